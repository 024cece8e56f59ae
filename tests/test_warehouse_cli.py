"""`rubrics sql` (read-only, three formats) and `rubrics show` on a real warehouse file."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rubrics.cli import app
from rubrics.extracted.models import Rubric
from rubrics.warehouse.db import connect
from rubrics.warehouse.load import CHILD_TABLES, write_document

FIXTURES = Path(__file__).parent / "fixtures" / "warehouse"
runner = CliRunner()


def fixture(stem: str) -> Rubric:
    (path,) = FIXTURES.glob(f"{stem}*.rubric.json")
    return Rubric.model_validate_json(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> tuple[Path, list[Rubric]]:
    db = tmp_path_factory.mktemp("cli") / "w.duckdb"
    rubrics = [fixture("001"), fixture("004")]
    con = connect(db)
    for rubric in rubrics:
        write_document(con, rubric, path=f"/data/{rubric.document.source}")
    con.close()
    return db, rubrics


def counts(db: Path) -> dict[str, int]:
    con = connect(db, read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", *CHILD_TABLES)}
    finally:
        con.close()


def test_sql_formats_agree(warehouse):
    db, rubrics = warehouse
    query = "SELECT kind, amount, amount_max, per FROM rules_with_items ORDER BY document_id, rule_id"
    as_json = runner.invoke(app, ["sql", query, "--db", str(db), "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    rows = json.loads(as_json.stdout)
    expected = sorted(
        ((r.document.id, x.id), (x.kind, x.amount, x.amount_max, x.per)) for r in rubrics for s in r.schemes for x in s.rules
    )
    assert [(row["kind"], row["amount"], row["amount_max"], row["per"]) for row in rows] == [e[1] for e in expected]
    as_csv = runner.invoke(app, ["sql", query, "--db", str(db), "--format", "csv"])
    parsed = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(parsed) == len(rows)
    assert [float(r["amount"]) if r["amount"] else None for r in parsed] == [r["amount"] for r in rows]
    table = runner.invoke(app, ["sql", "SELECT count(*) AS n FROM items", "--db", str(db)])
    n_items = sum(len(s.items) for r in rubrics for s in r.schemes)
    assert table.exit_code == 0 and str(n_items) in table.stdout and "1 row" in table.stdout


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM items",
        "INSERT INTO ingest_log (status) VALUES ('x')",
        "DROP TABLE rules",
        "CREATE TABLE scratch AS SELECT 1",
        "UPDATE documents SET title = 'x'",
    ],
)
def test_sql_refuses_writes(warehouse, statement):
    db, _ = warehouse
    before = counts(db)
    result = runner.invoke(app, ["sql", statement, "--db", str(db)])
    assert result.exit_code == 1
    assert result.stderr.startswith("rubrics: sql is read-only:")
    assert len(result.stderr.strip().splitlines()) == 1
    assert counts(db) == before


def test_sql_errors_are_one_line(warehouse, tmp_path):
    db, _ = warehouse
    result = runner.invoke(app, ["sql", "SELEC nothing", "--db", str(db)])
    assert result.exit_code == 1 and "syntax error" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    result = runner.invoke(app, ["sql", "SELECT 1", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "no warehouse here" in result.stderr


def test_show_draws_the_tree_by_any_reference(warehouse):
    db, rubrics = warehouse
    rubric = rubrics[1]
    scheme = rubric.schemes[0]
    for ref in (rubric.document.id[:8], rubric.document.source, rubric.document.title):
        result = runner.invoke(app, ["show", ref, "--db", str(db)], env={"COLUMNS": "200"})
        assert result.exit_code == 0, result.output
        out = result.stdout
        assert scheme.name in out
        for item in scheme.items:
            assert item.name in out
            if item.points is not None:
                assert f"{item.name} {item.points:g}分" in out
        for rule in scheme.rules:
            assert rule.text[:10] in out
        for warning in scheme.warnings:
            assert warning.code in out
    result = runner.invoke(app, ["show", "no-such-document", "--db", str(db)])
    assert result.exit_code == 1 and "没有与“no-such-document”对应的文档" in result.stderr


def test_show_without_a_document_lists_them(warehouse):
    db, rubrics = warehouse
    result = runner.invoke(app, ["show", "--db", str(db)])
    assert result.exit_code == 0, result.output
    for rubric in rubrics:
        assert rubric.document.id[:12] in result.stdout and rubric.document.source in result.stdout
    assert f"共{len(rubrics)}个文档" in result.stdout
