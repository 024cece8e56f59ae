"""The verbs end to end (subprocess), the scores table in a real DuckDB file, the JSON Schemas and rules-json."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import jsonschema
import pytest
from openpyxl import load_workbook

from rubrics.extracted.models import Rubric
from rubrics.scoring.rules_json import write_rules_json
from rubrics.scoring.schemas import SCHEMAS, extracted_dir, schema_text

FIXTURES = Path(__file__).parent / "fixtures" / "scoring"
RUBRICS = str(Path(sys.executable).parent / "rubrics")
SEED004 = FIXTURES / "seed004.rubric.json"
SEED003 = FIXTURES / "seed003_library.rubric.json"


def run(*args, cwd: Path, env_db: str | None = None):
    env = {k: v for k, v in os.environ.items() if k != "RUBRICS_DB"} | {"COLUMNS": "250"}
    if env_db:
        env["RUBRICS_DB"] = env_db
    return subprocess.run([RUBRICS, *map(str, args)], cwd=cwd, capture_output=True, text=True, env=env, timeout=120)


def test_score_json_matches_example_and_stores_the_run(tmp_path):
    db = tmp_path / "w.duckdb"
    out = tmp_path / "results.json"
    facts = FIXTURES / "example.facts.json"
    done = run("score", SEED004, "--facts", facts, "--format", "json", "--out", out, "--db", db, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    results = json.loads(out.read_text(encoding="utf-8"))
    expected = json.loads((FIXTURES / "example.results.json").read_text(encoding="utf-8"))
    assert results["facts_sha256"] and results["run_id"] == expected["run_id"]
    assert [(u["unit"], u["total"], u["grade"]) for u in results["units"]] == \
        [(u["unit"], u["total"], u["grade"]) for u in expected["units"]]
    # 区发改局 560+95+6+180+90 = 931; 区财政局 540+90+185+92−2 = 905; 区住建局 530+88+170+85−5 = 868
    assert [(u["unit"], u["total"]) for u in results["units"]] == [("区发改局", 931), ("区财政局", 905), ("区住建局", 868)]
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT unit, total, grade, rank, facts_sha256, run_id, json_extract_string(breakdown, '$.unit') "
                       "FROM scores ORDER BY rank").fetchall()
    con.close()
    assert [r[:4] for r in rows] == [("区发改局", 931.0, "一等", 1), ("区财政局", 905.0, "二等", 2),
                                     ("区住建局", 868.0, "不合格", 3)]
    assert rows[0][4] == results["facts_sha256"] and rows[0][5] == results["run_id"] and rows[0][6] == "区发改局"
    again = run("score", SEED004, "--facts", facts, "--format", "json", "--out", out, "--db", db, cwd=tmp_path)
    assert again.returncode == 0
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM scores").fetchone()[0] == 3  # the same run replaces its rows
    con.close()


def test_template_then_score_table_and_xlsx(tmp_path):
    template = tmp_path / "facts.xlsx"
    done = run("facts-template", SEED003, "--out", template, "--units", "甲,乙", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    book = load_workbook(template)
    sheet = book["facts"]
    head = [c.value for c in sheet[1]]
    count_col = head.index("次数 count") + 1
    rule_col = head.index("规则编号 rule") + 1
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row=row, column=1).value == "甲" and sheet.cell(row=row, column=rule_col).value == "s0r69":
            sheet.cell(row=row, column=count_col, value=3)  # 0.5/台件 × 3
    book.save(template)
    table = run("score", SEED003, "--facts", template, cwd=tmp_path)
    assert table.returncode == 0, table.stderr
    assert "98.5" in table.stdout and "3 台件 × 0.5 = 1.5" in table.stdout
    out = tmp_path / "scores.xlsx"
    done = run("score", SEED003, "--facts", template, "--format", "xlsx", "--out", out, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    book = load_workbook(out)
    scores = {r[0]: r[2] for r in book["scores"].iter_rows(min_row=2, values_only=True)}
    assert scores == {"甲": 98.5, "乙": 100}
    formulas = [r[11] for r in book["breakdown"].iter_rows(min_row=2, values_only=True) if r[0] == "甲" and r[6] == "s0r69"]
    assert formulas == ["3 台件 × 0.5 = 1.5"]
    assert not (tmp_path / "rubrics.duckdb").exists()  # no warehouse given or present: nothing stored


def test_bad_facts_is_one_line_and_nonzero(tmp_path):
    facts = tmp_path / "facts.csv"
    facts.write_text("单位,规则编号,次数,选定分值\n甲,s0r54,-1,\n甲,s0r62,1,0.9\n甲,nope,1,\n", encoding="utf-8")
    done = run("score", SEED003, "--facts", facts, cwd=tmp_path)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr
    assert "事实表有3处问题" in lines[0] and "第2行 次数列：-1是负数" in lines[0]
    assert "0.9超出规则s0r62的分值范围0.2-0.6" in lines[0] and "未知规则“nope”" in lines[0]
    english = run("--lang", "en", "score", SEED003, "--facts", facts, cwd=tmp_path)
    lines = english.stderr.strip().splitlines()
    assert len(lines) == 1 and "3 problem(s)" in lines[0] and "row 2 column 次数: -1 is negative" in lines[0]
    assert "0.9 is outside rule s0r62's range 0.2-0.6" in lines[0] and "unknown rule 'nope'" in lines[0]
    missing = run("score", SEED003, "--facts", tmp_path / "none.csv", cwd=tmp_path)
    assert missing.returncode != 0 and "没有这个事实表文件" in missing.stderr


def test_committed_schemas_are_current_and_examples_validate():
    for name in SCHEMAS:
        assert (extracted_dir() / name).read_text(encoding="utf-8") == schema_text(name), \
            f"{name} is stale: run python -m rubrics.scoring.schemas"
    facts_schema = json.loads((extracted_dir() / "facts.schema.json").read_text(encoding="utf-8"))
    results_schema = json.loads((extracted_dir() / "results.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads((FIXTURES / "example.facts.json").read_text(encoding="utf-8")), facts_schema)
    jsonschema.validate(json.loads((FIXTURES / "example.results.json").read_text(encoding="utf-8")), results_schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"facts": [{"unit": "甲", "rule": "r", "count": -1}]}, facts_schema)


def test_rules_json_is_self_contained_and_valid(tmp_path):
    rubric = Rubric.model_validate_json(SEED004.read_text(encoding="utf-8"))
    out = tmp_path / "rules.json"
    write_rules_json(rubric, rubric.schemes[0], out)
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, json.loads((extracted_dir() / "rules.schema.json").read_text(encoding="utf-8")))
    scheme = data["schemes"][0]
    rules = {r["id"]: r for r in scheme["rules"]}
    assert rules["s0r1"]["cap"] == {"bounds": "bonus", "scope": "item"}
    assert rules["s0r8"]["veto"]["downgrade"] == 1
    assert rules["s0r0"]["facts"] == "points" and rules["s0r2"]["facts"] == "count"
    assert scheme["grade_ladder"] == ["一等", "二等", "三等或不合格", "不合格"]
    items = {i["id"]: i for i in scheme["items"]}
    assert items["s0i1"]["max"] == 600 and items["s0i1"]["judged"] and items["s0i2"]["owner"] == "s0i1"
    assert data["semantics"]


def test_warehouse_scheme_reference_and_export_rules_json(tmp_path):
    """A scheme stored in the warehouse: scored by reference, exported with `rubrics export --format rules-json`."""
    from rubrics.warehouse.db import connect
    from rubrics.warehouse.load import write_document

    rubric = Rubric.model_validate_json(SEED004.read_text(encoding="utf-8"))
    rubric.document.id = "a" * 64  # stands for the SHA-256 of the seed's file
    db = tmp_path / "w.duckdb"
    con = connect(db)
    write_document(con, rubric, path="004.txt")
    con.close()
    out = tmp_path / "rules.json"
    done = run("export", "--db", db, "--scheme", "aaaaaaaa#区直机关", "--format", "rules-json", "--out", out, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["document"]["id"] == "a" * 64 and [s["name"] for s in data["schemes"]] == ["区直机关"]
    scored = run("score", "aaaaaaaa#区直机关", "--facts", FIXTURES / "example.facts.json", "--format", "json",
                 "--db", db, cwd=tmp_path)
    assert scored.returncode == 0, scored.stderr
    assert [u["total"] for u in json.loads(scored.stdout)["units"]] == [931, 905, 868]
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT DISTINCT document_id FROM scores").fetchall() == [("a" * 64,)]
    con.close()
