"""Corrections on a real warehouse: `rubrics correct` changes what every read sees, keeps the
extraction beside it, refuses bad edits with one line and no change, exports, undoes, and survives
a re-ingest by a newer extractor (a subprocess that raises the extractor version; for the conflict
case it also reads one item under another name, as a newer reader might)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import jsonschema
import pytest
from typer.testing import CliRunner

from rubrics.cli import app

SEED = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "seeds" / "003_2484aa2863b60ef9.txt"
SCHEMA = Path(__file__).resolve().parents[1] / "extracted" / "corrections.schema.json"
runner = CliRunner()

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="needs ../shared/corpus/seeds")


def cli(*args: str):
    return runner.invoke(app, list(args))


def query(db: Path, sql: str, params=()):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


@pytest.fixture
def warehouse(tmp_path) -> tuple[Path, Path]:
    """A warehouse holding one real seed document (a copy, so a test may re-ingest it)."""
    doc = tmp_path / SEED.name
    doc.write_bytes(SEED.read_bytes())
    db = tmp_path / "w.duckdb"
    assert cli("ingest", str(doc), "--db", str(db)).exit_code == 0
    return db, doc


def a_leaf(db: Path) -> tuple[str, str, float, str]:
    """(scheme, item path with '/', points, item id) of the first item with points and no children."""
    return query(db, """
        SELECT s.name, array_to_string(i.path, '/'), i.points, i.id FROM items i
        JOIN schemes s ON s.id = i.scheme_id AND s.document_id = i.document_id
        WHERE i.points IS NOT NULL AND NOT EXISTS (SELECT 1 FROM items c WHERE c.parent = i.id AND c.scheme_id = i.scheme_id)
        ORDER BY s.ord, i.ord LIMIT 1""")[0]


def test_a_correction_is_what_every_read_sees_and_the_extraction_stays(warehouse, tmp_path):
    db, doc = warehouse
    scheme, path, points, item_id = a_leaf(db)
    new = points + 1.5
    run = cli("correct", f"{doc.name}#{scheme}", "--set", f"{path}.points={new:g}", "--who", "张三", "--db", str(db))
    assert run.exit_code == 0, run.output
    assert query(db, "SELECT points FROM items WHERE id = ?", [item_id]) == [(new,)]
    assert query(db, "SELECT points FROM item_paths WHERE item_id = ?", [item_id]) == [(new,)]
    stored = json.loads(query(db, "SELECT rubric FROM documents")[0][0])
    assert any(i["id"] == item_id and i["points"] == new for s in stored["schemes"] for i in s["items"])
    original = json.loads(query(db, "SELECT rubric FROM extractions")[0][0])
    assert any(i["id"] == item_id and i["points"] == points for s in original["schemes"] for i in s["items"])
    assert query(db, "SELECT who, field, old_value, new_value, status FROM overrides") == [
        ("张三", "points", json.dumps(points), json.dumps(new), "applied")]
    shown = cli("show", f"{doc.name}#{scheme}", "--db", str(db)).output
    assert f"{new:g}分" in shown
    out = tmp_path / "x.json"
    assert cli("export", "--scheme", f"{doc.name}#{scheme}", "--format", "json", "--out", str(out),
               "--db", str(db)).exit_code == 0
    exported = out.read_text(encoding="utf-8")
    assert item_id in exported
    assert any(i.get("id") == item_id and i.get("points") == new for i in _dicts(json.loads(exported)))


def _dicts(value):
    """Every dict nested in a JSON value."""
    if isinstance(value, dict):
        yield value
        for v in value.values():
            yield from _dicts(v)
    elif isinstance(value, list):
        for v in value:
            yield from _dicts(v)


@pytest.mark.parametrize("edit, words", [
    ("{path}.points=-2", "负数"),
    ("{path}.points=十分", "数字"),
    ("{path}.weight=150", "权重"),
    ("{top}.parent={path}", "下级"),
    ("{path}.colour=red", "不能修改"),
])
def test_bad_edits_are_refused_with_one_line_and_change_nothing(warehouse, edit, words):
    db, doc = warehouse
    scheme, path, _, _ = a_leaf(db)
    top = path.split("/")[0]
    before = query(db, "SELECT rubric FROM documents")
    run = subprocess.run([sys.executable, "-m", "rubrics", "correct", f"{doc.name}#{scheme}", "--set",
                          edit.format(path=path, top=top), "--db", str(db)], capture_output=True, text=True)
    assert run.returncode == 1
    assert len(run.stderr.strip().splitlines()) == 1 and words in run.stderr, run.stderr
    assert "Traceback" not in run.stderr
    assert query(db, "SELECT rubric FROM documents") == before
    assert query(db, "SELECT count(*) FROM overrides") == [(0,)]


def test_add_delete_move_rules_file_export_and_undo(warehouse, tmp_path):
    db, doc = warehouse
    scheme, path, _, _ = a_leaf(db)
    top = path.split("/")[0]
    rules_before = query(db, "SELECT count(*) FROM rules")[0][0]
    corrections = {"who": "李四", "corrections": [{"scheme": f"{doc.name}#{scheme}", "edits": [
        {"op": "add_item", "parent": top, "name": "新增考核项", "points": 3},
        {"op": "add_rule", "item": f"{top}/新增考核项", "kind": "deduct", "amount": 0.5, "per": "次",
         "text": "每缺一次扣0.5分"},
        {"op": "set", "target": f"{top}/新增考核项#1", "field": "amount", "value": 1},
        {"op": "set", "target": f"{top}/新增考核项", "field": "name", "value": "改名后的考核项"},
        {"op": "reviewed", "value": True},
    ]}]}
    jsonschema.validate(corrections, json.loads(SCHEMA.read_text(encoding="utf-8")))
    file = tmp_path / "fix.json"
    file.write_text(json.dumps(corrections, ensure_ascii=False), encoding="utf-8")
    run = cli("correct", "--file", str(file), "--db", str(db))
    assert run.exit_code == 0, run.output
    assert query(db, "SELECT points FROM item_paths WHERE path = ?", [f"{top} / 改名后的考核项"]) == [(3.0,)]
    assert query(db, "SELECT kind, amount, per, item_path FROM rules_with_items WHERE text = '每缺一次扣0.5分'") == [
        ("deduct", 1.0, "次", f"{top} / 改名后的考核项")]
    assert query(db, "SELECT count(*) FROM rules")[0][0] == rules_before + 1

    exported = tmp_path / "out.json"
    assert cli("corrections", "--db", str(db), "--export", str(exported)).exit_code == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert len(data["corrections"][0]["edits"]) == 5

    # the export replays on another warehouse holding the same document: the same rubric
    other = tmp_path / "other.duckdb"
    assert cli("ingest", str(doc), "--db", str(other)).exit_code == 0
    assert cli("correct", "--file", str(exported), "--db", str(other)).exit_code == 0
    assert query(other, "SELECT rubric FROM documents") == query(db, "SELECT rubric FROM documents")

    # undoing the added item's rule: the rule is gone, the later amount change on it becomes a conflict
    rule_add = query(db, "SELECT id FROM overrides WHERE op = 'add' AND target_kind = 'rule'")[0][0]
    run = cli("corrections", "--db", str(db), "--undo", str(rule_add))
    assert run.exit_code == 0 and "冲突" in run.output, run.output
    assert query(db, "SELECT count(*) FROM rules")[0][0] == rules_before
    assert query(db, "SELECT status FROM overrides ORDER BY id") == [
        ("applied",), ("undone",), ("conflict",), ("applied",), ("applied",)]
    listing = cli("corrections", "--db", str(db)).output
    assert "已撤销" in listing and "冲突" in listing


NEWER_EXTRACTOR = textwrap.dedent("""
    import sys
    import rubrics.warehouse.ingest as ingest
    import rubrics.pipeline.extract as pipeline
    ingest.EXTRACTOR_VERSION = "99.0-test"          # a newer extractor: the stored extraction is stale
    rename = sys.argv[1]
    if rename:                                       # ... which reads one item under another name
        real = pipeline.extract
        def extract(document):
            rubric = real(document)
            rubric.extractor_version = "99.0-test"
            for scheme in rubric.schemes:
                for item in scheme.items:
                    if item.name == rename:
                        item.name = rename + "（新读法）"
                        item.path = item.path[:-1] + [item.name]
                        item.source = None
            return rubric
        pipeline.extract = extract
    from rubrics.cli import main
    main(sys.argv[2:])
""")


def reingest(db: Path, doc: Path, rename: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", NEWER_EXTRACTOR, rename, "ingest", str(doc), "--db", str(db)],
                          capture_output=True, text=True, timeout=300)


def test_a_newer_extractor_reapplies_corrections_and_lists_the_lost_ones(warehouse):
    db, doc = warehouse
    scheme, path, points, item_id = a_leaf(db)
    other = query(db, """SELECT array_to_string(i.path, '/'), i.name FROM items i JOIN schemes s ON s.id = i.scheme_id
                          WHERE s.name = ? AND i.points IS NOT NULL AND array_to_string(i.path, '/') <> ?
                          ORDER BY i.ord DESC LIMIT 1""", [scheme, path])[0]
    ref = f"{doc.name}#{scheme}"
    assert cli("correct", ref, "--set", f"{path}.points={points + 2:g}", "--set", f"{other[0]}.points=0.5",
               "--db", str(db)).exit_code == 0

    same = reingest(db, doc)   # the newer extractor reads the document as before
    assert same.returncode == 0, same.stderr
    assert "已更新" in same.stdout
    assert query(db, "SELECT points FROM items WHERE id = ?", [item_id]) == [(points + 2,)]
    assert query(db, "SELECT status FROM overrides ORDER BY id") == [("applied",), ("applied",)]

    changed = reingest(db, doc, rename=other[1])   # ... now it names the second item otherwise
    assert changed.returncode == 0, changed.stderr
    assert "找不到对象" in changed.stdout and other[1] in changed.stdout, changed.stdout
    assert query(db, "SELECT points FROM items WHERE id = ?", [item_id]) == [(points + 2,)]
    statuses = query(db, "SELECT status, note FROM overrides ORDER BY id")
    assert statuses[0] == ("applied", None)
    assert statuses[1][0] == "conflict" and other[1] in statuses[1][1]
    assert "冲突" in cli("corrections", "--db", str(db)).output
