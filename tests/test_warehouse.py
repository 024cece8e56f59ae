"""The warehouse's load layer on real DuckDB files: tables equal the rubric JSON, replacement is
atomic, migrations upgrade an old file, references resolve.

Rubrics come from tests/fixtures/warehouse (made from the hand-made gold: realistic trees with
hundreds of rules, whatever the state of extraction).
"""

from __future__ import annotations

import json
import signal
from pathlib import Path

import duckdb
import pytest

from rubrics.errors import RubricsError, WarehouseError
from rubrics.extracted.models import EXTRACTOR_VERSION, Rubric
from rubrics.warehouse.db import connect
from rubrics.warehouse.load import CHILD_TABLES, PATH_SEP, SLOW_ENV, load_rubric, write_document
from rubrics.warehouse.migrations import LATEST, MIGRATIONS, migrate, schema_version
from rubrics.warehouse.resolve import resolve_document, resolve_scheme

FIXTURES = Path(__file__).parent / "fixtures" / "warehouse"


def fixture(stem: str) -> Rubric:
    (path,) = FIXTURES.glob(f"{stem}*.rubric.json")
    return Rubric.model_validate_json(path.read_text(encoding="utf-8"))


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "w.duckdb"


def counts(con) -> dict[str, int]:
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", *CHILD_TABLES)}


def test_tables_hold_exactly_the_rubric_json(db):
    rubric = fixture("003")
    con = connect(db)
    assert write_document(con, rubric, path="/x/003.txt") == "ingested"
    doc_id = rubric.document.id
    for scheme in rubric.schemes:
        items = con.execute(
            "SELECT id, parent, path, path_str, name, points, weight_pct, method, assessor, depth "
            "FROM items WHERE document_id = ? AND scheme_id = ? ORDER BY ord", [doc_id, scheme.id]
        ).fetchall()
        assert [r[0] for r in items] == [i.id for i in scheme.items]
        for row, item in zip(items, scheme.items, strict=True):
            assert row[1:] == (item.parent, item.path, PATH_SEP.join(item.path), item.name, item.points,
                               item.weight_pct, item.method, item.assessor, len(item.path))
        rules = con.execute(
            "SELECT id, item_id, kind, amount, amount_max, per, label, below, at_least, quota_pct, condition, text "
            "FROM rules WHERE document_id = ? AND scheme_id = ? ORDER BY ord", [doc_id, scheme.id]
        ).fetchall()
        assert len(rules) == len(scheme.rules) > 100
        for row, rule in zip(rules, scheme.rules, strict=True):
            assert row == (rule.id, rule.item, rule.kind, rule.amount, rule.amount_max, rule.per, rule.label,
                           rule.below, rule.at_least, rule.quota_pct, rule.condition, rule.text)
        (total,) = con.execute("SELECT total FROM schemes WHERE document_id = ? AND id = ?", [doc_id, scheme.id]).fetchone()
        assert total == scheme.total
    # the stored JSON reloads to the very same rubric
    assert load_rubric(con, doc_id) == rubric
    n_warnings = sum(len(s.warnings) for s in rubric.schemes) + len(rubric.warnings)
    assert counts(con)["warnings"] == n_warnings
    con.close()


def test_views_agree_with_the_rubric(db):
    rubric = fixture("004")
    con = connect(db)
    write_document(con, rubric)
    scheme = rubric.schemes[0]
    top = [i.points for i in scheme.items if i.parent is None]
    stated, top_sum, n_top = con.execute(
        "SELECT stated_total, top_sum, n_top FROM scheme_totals WHERE scheme_id = ?", [scheme.id]
    ).fetchone()
    assert (stated, n_top) == (scheme.total, len(top))
    assert top_sum == pytest.approx(sum(p for p in top if p is not None))
    kinds = dict(con.execute("SELECT kind, n_rules FROM rules_per_kind WHERE scheme_id = ?", [scheme.id]).fetchall())
    expected: dict[str, int] = {}
    for rule in scheme.rules:
        expected[rule.kind] = expected.get(rule.kind, 0) + 1
    assert kinds == expected
    joined = con.execute("SELECT rule_id, item FROM rules_with_items WHERE scheme_id = ?", [scheme.id]).fetchall()
    names = {i.id: i.name for i in scheme.items}
    assert sorted(joined) == sorted((r.id, names.get(r.item)) for r in scheme.rules)
    assert con.execute("SELECT count(*) FROM item_paths").fetchone()[0] == len(scheme.items)
    con.close()


def test_same_ids_in_two_documents_stay_apart(db):
    """Fixture ids (s0, s0i0 …) repeat across documents: rows are keyed by document as well."""
    con = connect(db)
    a, b = fixture("001"), fixture("004")
    assert a.schemes[0].id == b.schemes[0].id
    write_document(con, a)
    write_document(con, b)
    per_doc = dict(con.execute("SELECT document_id, count(*) FROM items GROUP BY ALL").fetchall())
    assert per_doc == {a.document.id: len(a.schemes[0].items), b.document.id: len(b.schemes[0].items)}
    joined = con.execute("SELECT count(*) FROM item_paths").fetchone()[0]
    assert joined == len(a.schemes[0].items) + len(b.schemes[0].items)
    con.close()


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def test_replacement_is_atomic_and_complete(db, monkeypatch):
    con = connect(db)
    old = fixture("003")
    write_document(con, old)
    before = counts(con)
    # a newer extractor finds fewer rules: the old rows go, the new ones come, in one transaction
    new = old.model_copy(deep=True)
    new.extractor_version = EXTRACTOR_VERSION + ".next"
    new.schemes = new.schemes[:1]
    new.schemes[0].rules = new.schemes[0].rules[:10]
    assert write_document(con, new) == "replaced"
    after = counts(con)
    assert after["documents"] == 1 and after["schemes"] == 1 and after["rules"] == 10
    assert con.execute("SELECT extractor_version FROM documents").fetchone()[0] == new.extractor_version
    # Ctrl-C in the middle of a replacement (after the DELETEs and INSERTs, before COMMIT) leaves
    # the previous version whole: RUBRICS_TEST_SLOW_INGEST holds the transaction open
    monkeypatch.setenv(SLOW_ENV, "2")
    signal.signal(signal.SIGALRM, _interrupt)
    signal.setitimer(signal.ITIMER_REAL, 0.3)
    try:
        with pytest.raises(KeyboardInterrupt):
            write_document(con, old)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
    assert counts(con) == after
    assert load_rubric(con, new.document.id) == new
    assert before["rules"] > after["rules"]
    con.close()


def test_ingest_log_row_commits_with_the_document(db):
    con = connect(db)
    write_document(con, fixture("002"), path="/a/002.txt", duration_s=0.5)
    rows = con.execute("SELECT status, hash, path, extractor_version FROM ingest_log").fetchall()
    assert rows == [("ingested", fixture("002").document.id, "/a/002.txt", EXTRACTOR_VERSION)]
    con.close()


def test_old_warehouse_is_migrated_on_open_with_data_intact(db):
    con = duckdb.connect(str(db))
    assert migrate(con, db, upto=1) == 1
    rubric = fixture("001")
    write_document(con, rubric)  # a warehouse built when only migration 1 existed
    assert con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'item_paths'").fetchone()[0] == 0
    con.close()

    con = connect(db, read_only=True)  # a read-only open upgrades it too
    assert schema_version(con) == LATEST == MIGRATIONS[-1].version
    assert con.execute("SELECT count(*) FROM item_paths").fetchone()[0] == len(rubric.schemes[0].items)
    assert load_rubric(con, rubric.document.id) == rubric
    versions = [r[0] for r in con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()]
    assert versions == [m.version for m in MIGRATIONS]
    con.close()


def test_needs_review_is_stored_and_backfilled_for_an_older_warehouse(db):
    from rubrics.extracted.models import Warning

    doubted, sure = fixture("001"), fixture("002")
    scheme = doubted.schemes[0]
    scheme.warnings.append(Warning(code="points_mismatch", message="下级分值合计与上级不符"))
    scheme.needs_review = True
    sure.schemes[0].warnings.append(Warning(code="name_repaired", message="名称经修复"))  # not a doubt
    con = duckdb.connect(str(db))
    assert migrate(con, db, upto=3) == 3  # before schemes.needs_review
    write_document(con, doubted)
    write_document(con, sure)
    con.close()
    con = connect(db)  # migration 4 marks the stored schemes from their warnings
    marks = dict(con.execute("SELECT document_id, bool_or(needs_review) FROM schemes GROUP BY ALL").fetchall())
    assert marks == {doubted.document.id: True, sure.document.id: False}
    write_document(con, doubted)  # a new write stores the rubric's own flag
    assert con.execute("SELECT needs_review FROM schemes WHERE document_id = ? AND id = ?",
                       [doubted.document.id, scheme.id]).fetchone()[0] is True
    con.close()


def test_newer_warehouse_is_refused_with_a_clear_message(db):
    con = connect(db)
    con.execute("INSERT INTO schema_version VALUES (?, 'from the future', now()::TIMESTAMP)", [LATEST + 1])
    con.close()
    with pytest.raises(WarehouseError, match="newer rubrics"):
        connect(db)


def test_not_a_database_is_one_clear_error(tmp_path):
    bad = tmp_path / "notes.duckdb"
    bad.write_text("this is not a database", encoding="utf-8")
    with pytest.raises(WarehouseError, match="notes.duckdb"):
        connect(bad)
    with pytest.raises(WarehouseError, match="no warehouse here"):
        connect(tmp_path / "missing.duckdb", read_only=True)


def test_references_resolve_in_the_warehouse(db, tmp_path):
    con = connect(db)
    multi, single = fixture("003"), fixture("004")
    write_document(con, multi, path="/data/003.txt")
    write_document(con, single, path="/data/004.txt")
    con.close()
    doc = single.document
    # id prefix, file name, title: the one scheme of a one-scheme document
    for ref in (doc.id[:10], doc.source, doc.title):
        rubric, scheme = resolve_scheme(ref, db)
        assert (rubric.document.id, scheme.name) == (doc.id, single.schemes[0].name)
    # a document with four schemes needs #name; a name part picks one
    with pytest.raises(RubricsError, match="对应多个方案") as err:  # the candidates, as references to copy
        resolve_scheme(multi.document.source, db)
    assert all(f"{multi.document.source}#{s.name}" in str(err.value) for s in multi.schemes)
    name = multi.schemes[2].name
    rubric, scheme = resolve_scheme(f"{multi.document.id[:8]}#{name}", db)
    assert scheme == multi.schemes[2]
    # a scheme name alone, when it is unique in the warehouse
    rubric, scheme = resolve_scheme(name, db)
    assert scheme.id == multi.schemes[2].id and rubric.document.id == multi.document.id
    assert resolve_document(doc.source, db) == single
    with pytest.raises(RubricsError, match="没有这个名称的文档或方案"):
        resolve_scheme("nothing like this", db)
    # a unique prefix of a scheme's name, of the file name without its extension
    rubric, scheme = resolve_scheme(f"{multi.document.id[:8]}#{name[:2]}", db) if sum(
        s.name.startswith(name[:2]) for s in multi.schemes) == 1 else (rubric, scheme)
    assert scheme == multi.schemes[2]
    stem = Path(doc.source).stem
    assert resolve_scheme(stem, db)[0].document.id == doc.id
    # rubric JSON files still resolve without any warehouse
    path = tmp_path / "r.json"
    path.write_text(json.dumps(single.model_dump(mode="json"), ensure_ascii=False), encoding="utf-8")
    assert resolve_scheme(str(path), tmp_path / "none.duckdb")[1] == single.schemes[0]


def test_ambiguous_file_name_lists_the_candidates(db):
    con = connect(db)
    a = fixture("001")
    b = fixture("002")
    b.document.source = a.document.source  # two versions of one file name
    write_document(con, a)
    write_document(con, b)
    con.close()
    with pytest.raises(RubricsError, match="对应多个文档") as err:
        resolve_document(a.document.source, db)
    assert a.document.id[:12] in str(err.value) and b.document.id[:12] in str(err.value)


def test_someone_elses_duckdb_file_is_left_alone(tmp_path):
    other = tmp_path / "sales.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE orders (id INTEGER)")
    con.close()
    for read_only in (True, False):
        with pytest.raises(WarehouseError, match="not a rubrics warehouse"):
            connect(other, read_only=read_only)
    con = duckdb.connect(str(other), read_only=True)
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    con.close()
    assert tables == {"orders"}
