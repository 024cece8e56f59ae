"""`rubrics compare` end to end: every format, the matrix of seed 003, one-line errors."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from rubrics.compare.mutate import next_year
from rubrics.extracted.models import Rubric

FIXTURES = Path(__file__).parent / "fixtures" / "compare"
SEED3 = FIXTURES / "003_2484aa2863b60ef9.json"
SEED4 = FIXTURES / "004_8bf266f19149a451.json"


def rubrics(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rubrics", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=120)


@pytest.fixture(scope="module")
def pair(tmp_path_factory) -> tuple[Path, Path, set]:
    """Seed 004 and a generated next year of it, as two rubric JSON files."""
    rubric = Rubric.model_validate(json.loads(SEED4.read_text(encoding="utf-8")))
    mutated = next_year(rubric.schemes[0], random.Random(5), ["rename", "drop", "add", "repoint", "rule_amount", "total"])
    nxt = rubric.model_copy(deep=True)
    nxt.schemes = [mutated.scheme]
    nxt.document.year = (rubric.document.year or 2016) + 1
    folder = tmp_path_factory.mktemp("pair")
    b = folder / "next.json"
    b.write_text(nxt.model_dump_json(), encoding="utf-8")
    return SEED4, b, mutated.expected


def test_json_lists_exactly_the_changes_made(pair):
    a, b, expected = pair
    run = rubrics("compare", str(a), str(b), "--format", "json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    got = {(c["kind"], tuple(c["path"]), c["field"], tuple(c["before"]) if isinstance(c["before"], list) else c["before"],
            tuple(c["after"]) if isinstance(c["after"], list) else c["after"]) for c in data["changes"]}
    assert got == expected
    assert data["a"]["document"]["year"] == 2016 and data["b"]["document"]["year"] == 2017


def test_table_and_markdown_name_each_change(pair):
    a, b, expected = pair
    table = rubrics("compare", str(a), str(b), "-f", "table")
    markdown = rubrics("compare", str(a), str(b), "-f", "markdown")
    english = rubrics("--lang", "en", "compare", str(a), str(b), "-f", "table")
    assert table.returncode == 0 and markdown.returncode == 0 and english.returncode == 0
    renamed_to = next(k[4] for k in expected if k[0] == "renamed")
    assert renamed_to in markdown.stdout and "项目改名" in table.stdout and "renamed" not in table.stdout
    assert "renamed" in english.stdout and "项目改名" not in english.stdout
    rows = [line for line in markdown.stdout.splitlines() if line.startswith("| ")][1:]  # after the header
    assert len(rows) == len(expected)


def test_default_output_is_one_block_per_change_within_80_columns(pair):
    """A terminal of 80 columns: every line fits, one 【kind】 header per change, before → after."""
    from rich.cells import cell_len

    a, b, expected = pair
    run = rubrics("compare", str(a), str(b))
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert max(cell_len(line) for line in lines) <= 80
    assert sum(line.startswith("【") for line in lines) == len(expected)
    before, after = next((k[3], k[4]) for k in expected if k[0] == "renamed")
    assert f"{before} → {after}" in run.stdout
    assert "出处" in run.stdout  # each block says where the change is in the files


def test_xlsx_has_one_coloured_row_per_change(pair, tmp_path):
    a, b, expected = pair
    out = tmp_path / "cmp.xlsx"
    run = rubrics("compare", str(a), str(b), "-f", "xlsx", "--out", str(out))
    assert run.returncode == 0, run.stderr
    sheet = load_workbook(out)["变化"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(expected)
    dropped = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "删除项目")
    assert dropped[0].fill.start_color.rgb == "FFFFC7CE"


def test_matrix_of_seed_003_shows_the_common_items_once(tmp_path):
    run = rubrics("compare", str(SEED3), "--matrix", "--format", "json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["labels"] == ["图书馆、档案馆", "网络与信息中心", "广安科技园", "广安茂林文化艺术中心"]
    rubric = Rubric.model_validate(json.loads(SEED3.read_text(encoding="utf-8")))
    common = {tuple(i.path) for i in rubric.schemes[0].items if i.path[0] == "保证目标"}
    rows = {tuple(r["path"]): r for r in data["rows"]}
    for path in common:  # once, and filled for all four units
        assert sum(1 for r in data["rows"] if tuple(r["path"]) == path) == 1
        assert rows[path]["common"]
    differing = {r["path"][-1]: r["differs"] for r in data["rows"] if r["common"] and r["differs"]}
    # where the OCR'd copies really differ: points lost in some copies, another assessor
    assert differing == {"党建工作(统战工作)": ["points"], "工作纪律": ["points"], "档案管理": ["assessor"],
                         "与安全管理": ["points", "assessor"]}
    assert [c["points"] for c in rows[("保证目标", "内部管理", "工作纪律")]["cells"]] == [None, 2.0, 2.0, None]
    # each unit's own 重点突破工作 tasks are rows of that unit alone
    own = [r for r in data["rows"] if r["path"][0] == "重点突破工作" and len(r["path"]) > 1]
    assert own and all(sum(c is not None for c in r["cells"]) == 1 for r in own)


def test_matrix_formats(tmp_path):
    for fmt in ("table", "markdown", "html"):
        run = rubrics("compare", str(SEED3), "--matrix", "-f", fmt)
        assert run.returncode == 0, run.stderr
        assert "党风廉政建设" in run.stdout
    out = tmp_path / "m.xlsx"
    assert rubrics("compare", f"{SEED3}#图书馆", f"{SEED3}#网络", f"{SEED3}#科技园", "--matrix", "-f", "xlsx",
                   "-o", str(out)).returncode == 0
    sheet = load_workbook(out)["对照"]
    assert [c.value for c in sheet[1]][:4] == ["项目", "图书馆、档案馆", "网络与信息中心", "广安科技园"]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["nope.json", "nope2.json"], "nope.json"),
        ([str(SEED3), str(SEED4)], "003_2484aa2863b60ef9.json#图书馆、档案馆"),  # lists the candidates
        ([str(SEED4)], "两个方案"),
        ([str(SEED4), str(SEED4), "-f", "xlsx"], "--out"),
        ([str(SEED4), str(SEED4), "-o", "/no/such/dir/x.md", "-f", "markdown"], "/no/such/dir/x.md"),
    ],
)
def test_errors_are_one_line(args, says):
    run = rubrics("compare", *args)
    assert run.returncode != 0
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and says in lines[0] and "Traceback" not in run.stderr


def test_warehouse_references(tmp_path):
    """Schemes named by document id prefix or file name in a real warehouse file."""
    from rubrics.warehouse.db import connect
    from rubrics.warehouse.load import write_document

    db = tmp_path / "w.duckdb"
    rubric = Rubric.model_validate(json.loads(SEED3.read_text(encoding="utf-8")))
    con = connect(db)
    write_document(con, rubric)
    con.close()
    prefix = rubric.document.id[:10]
    run = rubrics("compare", "--db", str(db), f"{prefix}#图书馆", "003_2484aa2863b60ef9.txt#网络", "-f", "json")
    assert run.returncode == 0, run.stderr
    assert {c["path"][-1] for c in json.loads(run.stdout)["changes"] if c["kind"] == "repointed"} == {"工作纪律", "与安全管理"}
    matrix = rubrics("compare", "--db", str(db), prefix, "--matrix", "-f", "json")
    assert matrix.returncode == 0, matrix.stderr
    assert len(json.loads(matrix.stdout)["labels"]) == 4
