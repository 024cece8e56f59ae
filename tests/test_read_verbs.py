"""Every read verb over a warehouse of odd documents: exit 0, or one line saying why; never a traceback.

The odd documents are the shapes real extraction leaves behind: a document with no schemes, schemes
without items, with rules but no items, with items but no rules or points, schemes of the same
name, an item whose parent is missing, sources with nothing in them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rubrics.extracted.models import DocumentInfo, Item, Rubric, Rule, Scheme, Source, Warning
from rubrics.warehouse.db import connect
from rubrics.warehouse.load import write_document


def _doc(n: int, **kw) -> DocumentInfo:
    return DocumentInfo(id=f"{n:x}" * 64 if n < 16 else None, source=f"odd{n}.docx", **kw)


def odd_rubrics() -> list[Rubric]:
    rules = [Rule(id="r1", item=None, kind="veto", text="发生重大安全事故的一票否决"),
             Rule(id="r2", item=None, kind="bonus", amount=1, text="获国家级表彰加1分")]
    return [
        Rubric(document=_doc(1)),  # no schemes at all
        Rubric(document=_doc(2, title="空方案"), schemes=[Scheme(id="s0", name="表1")]),
        Rubric(document=_doc(3), schemes=[Scheme(id="s0", name="只有规则", rules=rules)]),
        Rubric(document=_doc(4, year=2021), schemes=[
            Scheme(id="s0", name="表1", items=[Item(id="i1", path=["甲"], name="甲")]),
            Scheme(id="s1", name="表1", total=100, items=[
                Item(id="i1", path=["甲"], name="甲", points=60, source=Source()),
                Item(id="i2", parent="missing", path=["无", "乙"], name="乙", points=-5),
            ], rules=[Rule(id="r1", item="i1", kind="deduct", amount=2, per="次", text="每次扣2分"),
                      Rule(id="r2", item="i2", kind="grade", label="优秀", at_least=90, text="90分以上为优秀")],
                   warnings=[Warning(code="sum_mismatch", message="子项合计与上级不符")]),
        ]),
    ]


@pytest.fixture(scope="module")
def odd_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("odd") / "odd.duckdb"
    con = connect(path)
    for rubric in odd_rubrics():
        write_document(con, rubric)
    con.close()
    return path


def run(db: Path, tmp: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("RUBRICS_DB", "RUBRICS_LANG")} | {"COLUMNS": "80"}
    return subprocess.run([sys.executable, "-m", "rubrics", *args, "--db", str(db)], capture_output=True,
                          text=True, timeout=180, cwd=tmp, env=env)


def verbs(tmp: Path) -> list[list[str]]:
    facts = tmp / "facts.json"
    facts.write_text(json.dumps({"format": "rubrics-facts/1", "units": [{"unit": "甲单位"}], "facts": []}),
                     encoding="utf-8")
    out = []
    for ref in ("odd1", "odd2", "odd3", "odd4", "odd4.docx#表1", "odd4.docx#s1", "空方案", "nothing-like-it"):
        out.append(["show", ref])
        out.append(["export", "--scheme", ref, "--format", "rules-json", "--out", str(tmp / "r.json")])
        out.append(["facts-template", ref, "--out", str(tmp / "f.xlsx")])
        out.append(["score", ref, "--facts", str(facts), "--format", "json"])
        out.append(["compare", ref, "odd4.docx#s1"])
        out.append(["compare", ref, "odd4.docx#s1", "--format", "html", "--out", str(tmp / "c.html")])
        out.append(["compare", ref, "odd4.docx", "--matrix"])
    out += [["show"], ["sql", "SELECT * FROM item_paths"], ["sql", "SELECT * FROM scheme_totals"],
            ["sql", "SELECT * FROM compare_schemes('s0', 's1')"]]
    for fmt, name in (("xlsx", "all.xlsx"), ("json", "all.json"), ("json", "all.jsonl"), ("parquet", "pq")):
        out.append(["export", "--format", fmt, "--out", str(tmp / name)])
    for ref in ("odd2", "odd4.docx#s1"):
        out.append(["export", "--scheme", ref, "--format", "xlsx", "--out", str(tmp / "one.xlsx")])
    return out


def test_every_read_verb_exits_cleanly_on_odd_documents(odd_db, tmp_path):
    failures = []
    for args in verbs(tmp_path):
        proc = run(odd_db, tmp_path, *args)
        said = proc.stderr.strip().splitlines()
        clean = proc.returncode == 0 or (proc.returncode == 1 and len(said) == 1 and said[0].startswith("rubrics"))
        if "Traceback" in proc.stdout + proc.stderr or not clean:
            failures.append((args, proc.returncode, proc.stderr[-600:]))
    assert not failures, "\n".join(map(str, failures))


def test_the_workbook_of_odd_documents_has_a_sheet_per_scheme(odd_db, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "all.xlsx"
    assert run(odd_db, tmp_path, "export", "--format", "xlsx", "--out", str(out)).returncode == 0
    book = load_workbook(out)
    assert len(book.sheetnames) == 1 + 4  # the index and one sheet per scheme
    assert not [n for n in book.sheetnames if n.endswith(")")]  # same-named schemes told apart by their file
