"""`rubrics ingest` on real DOCX files and real DuckDB files: idempotent, failures isolated and
logged, tables equal to the rubric JSON of `extract`, replacement after an extractor upgrade.

The DOCX files are written here with python-docx (a numbered notice with a scoring table); what
extraction finds in them may change as extraction improves, so the tests compare the warehouse
with the pipeline's own output, never with fixed figures.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from rubrics.cli import app
from rubrics.extracted.models import EXTRACTOR_VERSION
from rubrics.parsers import parse
from rubrics.pipeline.extract import extract
from rubrics.warehouse.db import connect
from rubrics.warehouse.ingest import file_hash
from rubrics.warehouse.load import CHILD_TABLES, load_rubric

runner = CliRunner()


def make_notice(path: Path, k: int) -> Path:
    """A small assessment notice: numbered prose with points and a scoring table (varies with k)."""
    doc = Document()
    doc.add_heading(f"某区{2020 + k}年度机关绩效考核办法", 0)
    doc.add_paragraph("一、考核内容（100分）")
    doc.add_paragraph(f"（一）党建工作{30 + k}分")
    doc.add_paragraph("1.组织学习每少一次扣0.5分，扣完为止。")
    doc.add_paragraph(f"（二）业务工作{70 - k}分")
    rows = [("类别", "考核内容", "分值", "评分标准"),
            ("业务工作", "按时报送材料", str(10 + k), "迟报一次扣1分"),
            ("业务工作", "信息公开", "5", f"未公开扣{k + 1}分")]
    table = doc.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(path)
    return path


@pytest.fixture
def folder(tmp_path) -> Path:
    notices = tmp_path / "notices"
    (notices / "2021").mkdir(parents=True)
    make_notice(notices / "a.docx", 0)
    make_notice(notices / "b.docx", 1)
    make_notice(notices / "2021" / "c.docx", 2)
    (notices / ".hidden.docx").write_bytes(b"not looked at")  # hidden: skipped (and said so) in a folder walk
    (notices / "photo.rtf2").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))  # an image: skipped, with the reason
    return notices


def ingest(*args: str):
    return runner.invoke(app, ["ingest", *args])


def table_counts(db: Path) -> dict[str, int]:
    con = connect(db, read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", *CHILD_TABLES)}
    finally:
        con.close()


def log(db: Path) -> list[tuple]:
    con = connect(db, read_only=True)
    try:
        return con.execute("SELECT file, status, error FROM ingest_log ORDER BY id").fetchall()
    finally:
        con.close()


def test_ingest_twice_changes_nothing(folder, tmp_path):
    db = tmp_path / "w.duckdb"
    first = ingest(str(folder), "--db", str(db))
    assert first.exit_code == 0, first.output
    assert sorted((f, s) for f, s, _ in log(db)) == [(".hidden.docx", "skipped"), ("a.docx", "ingested"),
                                                     ("b.docx", "ingested"), ("c.docx", "ingested"),
                                                     ("photo.rtf2", "skipped")]
    before = table_counts(db)
    assert before["documents"] == 3
    con = connect(db, read_only=True)
    stamps = con.execute("SELECT id, ingested_at, rubric FROM documents ORDER BY id").fetchall()
    con.close()

    second = ingest(str(folder), "--db", str(db), "--jobs", "2")
    assert second.exit_code == 0, second.output
    assert table_counts(db) == before
    assert sorted(s for _, s, _ in log(db)[5:]) == ["skipped"] * 2 + ["unchanged"] * 3
    con = connect(db, read_only=True)
    assert con.execute("SELECT id, ingested_at, rubric FROM documents ORDER BY id").fetchall() == stamps
    con.close()
    assert "未变" in second.stdout and "已跳过" in second.stdout


def test_tables_equal_the_extracted_rubric(folder, tmp_path):
    db = tmp_path / "w.duckdb"
    assert ingest(str(folder / "b.docx"), "--db", str(db)).exit_code == 0
    expected = extract(parse(folder / "b.docx"))
    doc_id = file_hash(folder / "b.docx")
    assert expected.document.id == doc_id
    con = connect(db, read_only=True)
    assert load_rubric(con, doc_id) == expected
    items = con.execute("SELECT scheme_id, id, points, weight_pct, path FROM items WHERE document_id = ? "
                        "ORDER BY scheme_id, ord", [doc_id]).fetchall()
    rules = con.execute("SELECT scheme_id, id, kind, amount, amount_max, per, text FROM rules WHERE document_id = ? "
                        "ORDER BY scheme_id, ord", [doc_id]).fetchall()
    sources = con.execute("SELECT id, page, table_no, row_no, col_no, paragraph, source_text FROM rules "
                          "WHERE document_id = ? UNION ALL SELECT id, page, table_no, row_no, col_no, paragraph, "
                          "source_text FROM items WHERE document_id = ?", [doc_id, doc_id]).fetchall()
    con.close()
    records = [r for s in expected.schemes for r in (*s.items, *s.rules)]
    assert records and sorted(sources, key=str) == sorted(
        ((r.id, *((r.source.page, r.source.table, r.source.row, r.source.col, r.source.paragraph, r.source.text)
                  if r.source else (None,) * 6)) for r in records), key=str)
    assert sorted(items) == sorted((s.id, i.id, i.points, i.weight_pct, i.path)
                                   for s in expected.schemes for i in s.items)
    assert sorted(rules, key=str) == sorted(((s.id, r.id, r.kind, r.amount, r.amount_max, r.per, r.text)
                                             for s in expected.schemes for r in s.rules), key=str)


def test_a_corrupt_file_fails_alone(folder, tmp_path):
    db = tmp_path / "w.duckdb"
    good = (folder / "a.docx").read_bytes()
    (folder / "broken.docx").write_bytes(good[: len(good) // 2])  # a truncated zip
    (folder / "empty.pdf").write_bytes(b"")
    result = ingest(str(folder), "--db", str(db))
    assert result.exit_code == 1
    entries = {f: (s, e) for f, s, e in log(db)}
    assert {f for f, (s, _) in entries.items() if s == "ingested"} == {"a.docx", "b.docx", "c.docx"}
    for name in ("broken.docx", "empty.pdf"):
        status, error = entries[name]
        assert status == "failed" and error
        assert name in result.stdout  # the summary names it with its reason
    assert table_counts(db)["documents"] == 3
    # nothing of the failed files anywhere
    con = connect(db, read_only=True)
    bad = file_hash(folder / "broken.docx")
    for table in CHILD_TABLES:
        assert con.execute(f"SELECT count(*) FROM {table} WHERE document_id = ?", [bad]).fetchone()[0] == 0
    con.close()


def test_explicit_files_are_tried_whatever_their_name(folder, tmp_path):
    db = tmp_path / "w.duckdb"
    odd = folder / "notice.bin"
    shutil.copy(folder / "a.docx", odd)  # a Word file under a strange name: named explicitly, so tried
    image = folder / "scan.img"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))  # named explicitly, tried, refused for what it is
    result = ingest(str(odd), str(image), str(tmp_path / "missing.docx"), "--db", str(db))
    assert result.exit_code == 1
    entries = {f: (s, e) for f, s, e in log(db)}
    assert entries["notice.bin"][0] == "ingested"
    assert entries["scan.img"][0] == "failed" and entries["scan.img"][1]
    assert entries["missing.docx"] == ("failed", "文件或文件夹不存在")


def test_same_bytes_under_two_names_is_one_document(folder, tmp_path):
    db = tmp_path / "w.duckdb"
    shutil.copy(folder / "a.docx", folder / "a-copy.docx")
    assert ingest(str(folder), "--db", str(db)).exit_code == 0
    assert table_counts(db)["documents"] == 3
    assert sorted(s for _, s, _ in log(db) if s != "skipped") == ["ingested"] * 3 + ["unchanged"]


def test_a_new_extractor_version_replaces_the_records(folder, tmp_path):
    db = tmp_path / "w.duckdb"
    assert ingest(str(folder), "--db", str(db)).exit_code == 0
    before = table_counts(db)
    # the warehouse as an older extractor left it: one document stamped with an older version and
    # carrying an extra, stale scheme that the current extractor does not produce
    con = connect(db)
    doc_id = file_hash(folder / "b.docx")
    con.execute("UPDATE documents SET extractor_version = '0.0.1' WHERE id = ?", [doc_id])
    con.execute("INSERT INTO schemes (document_id, id, ord, name) VALUES (?, 'stale', 99, 'old scheme')", [doc_id])
    con.close()
    result = ingest(str(folder), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert [(f, s) for f, s, _ in log(db)[5:] if s not in ("unchanged", "skipped")] == [("b.docx", "replaced")]
    assert table_counts(db) == before
    con = connect(db, read_only=True)
    assert con.execute("SELECT extractor_version FROM documents WHERE id = ?", [doc_id]).fetchone()[0] == EXTRACTOR_VERSION
    assert con.execute("SELECT count(*) FROM schemes WHERE id = 'stale'").fetchone()[0] == 0
    con.close()


def test_parallel_ingest_equals_serial(folder, tmp_path):
    serial, parallel = tmp_path / "s.duckdb", tmp_path / "p.duckdb"
    assert ingest(str(folder), "--db", str(serial)).exit_code == 0
    assert ingest(str(folder), "--db", str(parallel), "--jobs", "2").exit_code == 0
    query = "SELECT document_id, scheme_id, id, points, path FROM items ORDER BY ALL"
    rules = "SELECT document_id, id, kind, amount, per, text FROM rules ORDER BY ALL"
    got = []
    for db in (serial, parallel):
        con = connect(db, read_only=True)
        got.append((con.execute(query).fetchall(), con.execute(rules).fetchall(),
                    con.execute("SELECT id, rubric FROM documents ORDER BY id").fetchall()))
        con.close()
    assert got[0] == got[1]


def test_a_folder_walk_reads_every_file_by_its_bytes_and_names_each_skip(folder, tmp_path):
    """Documents without an extension or under a foreign one are read; what is no document is
    skipped, and each skip is in the summary and in ingest_log with its reason."""
    db = tmp_path / "w.duckdb"
    shutil.copy(folder / "a.docx", folder / "noext")
    shutil.copy(folder / "b.docx", folder / "x.wps")
    (folder / "x.bin").write_bytes(bytes(range(256)) * 8)  # binary of no format we read
    (folder / "~$a.docx").write_bytes(b"lock")
    (folder / "make_tables.py").write_text("# 考核评分表\nrows = ['党建工作 10分']\n", encoding="utf-8")
    result = ingest(str(folder), "--db", str(db))
    assert result.exit_code == 0, result.output
    entries = {f: (s, e) for f, s, e in log(db)}
    assert entries["noext"][0] == "unchanged" and entries["x.wps"][0] == "unchanged"  # = a.docx, b.docx
    for name in ("x.bin", "~$a.docx", ".hidden.docx", "photo.rtf2", "make_tables.py"):
        status, reason = entries[name]
        assert status == "skipped" and reason, name
        assert name in result.stdout
    assert "PNG" in entries["photo.rtf2"][1]
    # without the twins, the odd names are ingested themselves
    db2 = tmp_path / "w2.duckdb"
    for name in ("a.docx", "b.docx"):
        (folder / name).unlink()
    assert ingest(str(folder), "--db", str(db2)).exit_code == 0
    assert {f for f, s, _ in log(db2) if s == "ingested"} == {"noext", "x.wps", "c.docx"}


def test_a_failed_file_is_failed_every_time_never_unchanged(tmp_path):
    """Empty files of any name have the same bytes; each one fails, on every run."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.docx", "b.pdf", "c.txt"):
        (folder / name).write_bytes(b"")
    db = tmp_path / "w.duckdb"
    for _ in range(2):
        result = ingest(str(folder), "--db", str(db))
        assert result.exit_code == 1
    statuses = [(f, s) for f, s, _ in log(db)]
    assert statuses and all(s == "failed" for _, s in statuses), statuses
    assert len(statuses) == 6


def make_mismatch(path: Path) -> Path:
    """A scoring table whose second-level points (10 + 15) do not add up to their category's 30."""
    doc = Document()
    doc.add_heading("某县年度乡镇综合考核细则", 0)
    rows = [("一级指标", "二级指标", "分值", "评分标准"),
            ("党的建设（30分）", "组织建设", "10", "未按时换届扣2分"),
            ("党的建设（30分）", "党风廉政", "15", "发生违纪问题每起扣3分"),
            ("经济发展（70分）", "招商引资", "40", "未完成任务扣5分"),
            ("经济发展（70分）", "财政收入", "30", "每低于目标1%扣1分")]
    table = doc.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(path)
    return path


def test_the_summary_names_each_document_the_extractor_doubts(folder, tmp_path):
    doubtful = make_mismatch(tmp_path / "mismatch.docx")
    db = tmp_path / "w.duckdb"
    done = ingest(str(doubtful), str(folder / "a.docx"), "--db", str(db))
    assert done.exit_code == 0, done.output
    expected = extract(parse(doubtful))
    doubted = [s for s in expected.schemes if s.needs_review]
    assert doubted and any(w.code == "points_mismatch" for s in doubted for w in s.warnings)
    lines = [line for line in done.stdout.splitlines() if "需核对" in line]
    assert len(lines) == 1 and "mismatch.docx" in lines[0]  # a.docx adds up: no line for it
    assert f"{len(expected.schemes)}个方案中{len(doubted)}个需核对" in lines[0]
    assert "下级分值合计与上级不符" in lines[0] and "points_mismatch" not in lines[0]

    con = connect(db, read_only=True)
    stored = dict(con.execute("SELECT name, needs_review FROM schemes WHERE document_id = ?",
                              [file_hash(doubtful)]).fetchall())
    con.close()
    assert stored == {s.name: s.needs_review for s in expected.schemes}

    shown = runner.invoke(app, ["show", "mismatch.docx", "--db", str(db)])
    assert shown.exit_code == 0, shown.output
    assert "需人工核对" in shown.stdout and "下级分值合计与上级不符" in shown.stdout
    english = runner.invoke(app, ["ingest", str(doubtful), "--db", str(tmp_path / "en.duckdb")],
                            env={"RUBRICS_LANG": "en"})
    assert f"{len(doubted)} of {len(expected.schemes)} schemes need review" in english.stdout.replace("\n", " ")
    assert "children's points do not add up to the parent" in english.stdout
