"""`rubrics export` to JSON, XLSX and Parquet, read back with json, openpyxl and DuckDB: same numbers."""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from rubrics.cli import app
from rubrics.extracted.models import Rubric
from rubrics.warehouse.db import connect
from rubrics.warehouse.load import write_document
from rubrics.warehouse.xlsx import COLUMNS, FIRST_ROW, HEADER_ROW, KIND_LABELS

FIXTURES = Path(__file__).parent / "fixtures" / "warehouse"
runner = CliRunner()


def fixture(stem: str) -> Rubric:
    (path,) = FIXTURES.glob(f"{stem}*.rubric.json")
    return Rubric.model_validate_json(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> tuple[Path, list[Rubric]]:
    db = tmp_path_factory.mktemp("export") / "w.duckdb"
    rubrics = [fixture(s) for s in ("001", "002", "003", "004")]
    con = connect(db)
    for rubric in rubrics:
        write_document(con, rubric)
    con.close()
    return db, rubrics


def run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_json_round_trip(warehouse, tmp_path):
    db, rubrics = warehouse
    out = tmp_path / "all.json"
    run("export", "--db", str(db), "--format", "json", "--out", str(out))
    assert [Rubric.model_validate(r) for r in json.loads(out.read_text(encoding="utf-8"))] == rubrics
    lines = tmp_path / "all.jsonl"
    run("export", "--db", str(db), "--format", "json", "--out", str(lines))
    assert [Rubric.model_validate_json(x) for x in lines.read_text(encoding="utf-8").splitlines()] == rubrics
    # one scheme: its document with that scheme only
    big = rubrics[2]
    one = tmp_path / "one.json"
    run("export", "--db", str(db), "--scheme", f"{big.document.id[:10]}#{big.schemes[1].name}",
        "--format", "json", "--out", str(one))
    got = Rubric.model_validate_json(one.read_text(encoding="utf-8"))
    assert got.document == big.document and got.schemes == [big.schemes[1]]


def _sheet_records(ws):
    """(item id → points column, rule id → (kind, amount, amount_max, per, text)) read from a scheme sheet."""
    headers = {ws.cell(HEADER_ROW, c).value: c for c in range(1, ws.max_column + 1)}
    assert all(name in headers for name, _, _ in COLUMNS)
    merged_tail = {
        (r, c) for rng in ws.merged_cells.ranges for r in range(rng.min_row, rng.max_row + 1)
        for c in range(rng.min_col, rng.max_col + 1) if (r, c) != (rng.min_row, rng.min_col)
    }
    items, rules = {}, {}
    for row in range(FIRST_ROW, ws.max_row + 1):
        item_id = ws.cell(row, headers["项目编号"]).value
        if item_id and (row, headers["项目编号"]) not in merged_tail:
            items[item_id] = ws.cell(row, headers["分值"]).value
        rule_id = ws.cell(row, headers["规则编号"]).value
        if rule_id:
            rules[rule_id] = tuple(ws.cell(row, headers[h]).value for h in ("规则类型", "数额", "数额上限", "计扣单位", "规则原文"))
    return items, rules


def test_xlsx_lays_out_the_tree_with_the_same_numbers(warehouse, tmp_path):
    db, rubrics = warehouse
    out = tmp_path / "all.xlsx"
    run("export", "--db", str(db), "--format", "xlsx", "--out", str(out))
    wb = load_workbook(out)
    schemes = [(r, s) for r in rubrics for s in r.schemes]
    assert len(wb.sheetnames) == 1 + len(schemes)  # the index sheet, then one sheet per scheme
    index = wb["目录"]
    listed = [index.cell(row, 1).value for row in range(2, index.max_row + 1)]
    assert len(set(listed)) == len(schemes) and all(name in wb.sheetnames for name in listed)
    for (_rubric, scheme), name in zip(schemes, listed, strict=True):
        ws = wb[name]
        items, rules = _sheet_records(ws)
        parents = {i.parent for i in scheme.items}
        # every item is on the sheet; a leaf's points are in the 分值 column ...
        assert set(items) == {i.id for i in scheme.items if i.id not in parents}
        for item in scheme.items:
            if item.id not in parents:
                assert items[item.id] == item.points
        # ... a category's in its merged cell, over all the rows of its children
        for item in scheme.items:
            if item.id in parents and item.points is not None:
                cells = [c for row in ws.iter_rows(min_row=FIRST_ROW) for c in row
                         if isinstance(c.value, str) and c.value.startswith(item.name + "（")]
                assert cells, item.name
                assert re.search(r"（([\d.]+)分", cells[0].value).group(1) == f"{item.points:g}"
        # every rule, with its numbers
        assert set(rules) == {r.id for r in scheme.rules}
        for rule in scheme.rules:
            assert rules[rule.id] == (KIND_LABELS[rule.kind], rule.amount, rule.amount_max, rule.per, rule.text)
        assert ws.freeze_panes is not None and ws.freeze_panes.startswith(("B", "C", "D", "E"))
    # the deep tables really merge category cells over several rows
    big = wb[listed[len(rubrics[0].schemes) + len(rubrics[1].schemes)]]
    tall = [rng for rng in big.merged_cells.ranges if rng.min_col == 1 and rng.max_row - rng.min_row >= 3]
    assert tall


def test_parquet_has_the_same_rows(warehouse, tmp_path):
    db, rubrics = warehouse
    out = tmp_path / "pq"
    run("export", "--db", str(db), "--format", "parquet", "--out", str(out))
    con = duckdb.connect()
    n_items = con.execute(f"SELECT count(*) FROM '{out / 'items.parquet'}'").fetchone()[0]
    assert n_items == sum(len(s.items) for r in rubrics for s in r.schemes)
    got = con.execute(
        f"SELECT document_id, scheme_id, id, kind, amount, amount_max, per FROM '{out / 'rules.parquet'}'"
    ).fetchall()
    expected = [(r.document.id, s.id, x.id, x.kind, x.amount, x.amount_max, x.per)
                for r in rubrics for s in r.schemes for x in s.rules]
    assert sorted(got, key=str) == sorted(expected, key=str)
    docs = con.execute(f"SELECT id, rubric FROM '{out / 'documents.parquet'}'").fetchall()
    assert {d: Rubric.model_validate_json(j) for d, j in docs} == {r.document.id: r for r in rubrics}
    # one scheme only
    one = tmp_path / "one"
    big = rubrics[2]
    run("export", "--db", str(db), "--format", "parquet", "--out", str(one), "--scheme", big.schemes[0].name)
    points = con.execute(f"SELECT id, points FROM '{one / 'items.parquet'}' ORDER BY ord").fetchall()
    assert points == [(i.id, i.points) for i in big.schemes[0].items]


def test_export_errors_are_one_line(warehouse, tmp_path):
    db, _ = warehouse
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "pdf", "--out", str(tmp_path / "x")])
    assert result.exit_code == 1 and "not a known export format" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "json", "--out", str(tmp_path / "x.json"),
                                 "--scheme", "no such thing"])
    assert result.exit_code == 1 and "no such thing" in result.stderr
