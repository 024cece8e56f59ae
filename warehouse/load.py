"""Writing one rubric into the warehouse tables, atomically, and reading it back.

Why Arrow tables rather than row-by-row INSERTs: a document has hundreds of items and rules, and
DuckDB ingests a columnar batch per table in one statement, which keeps the load rate far above
what a year's ingest needs (bench/bench_warehouse.py measures it).

One document = one transaction: its documents row, schemes, items, rules, warnings, repairs and
its ingest_log row commit together or not at all. A replacement (same bytes, another extractor
version) deletes the old rows and writes the new ones inside the same transaction.
"""

from __future__ import annotations

import os
import time
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa

from rubrics.extracted.models import Rubric, Source
from rubrics.warehouse.tx import transaction

PATH_SEP = " / "  # joins an item's path into items.path_str: 保证目标 / 党建 / 党风廉政建设

# set by tests: seconds to sleep inside each document's transaction, before COMMIT, so that a test
# can kill an ingest in the middle of a document (see tests/test_warehouse_safety.py)
SLOW_ENV = "RUBRICS_TEST_SLOW_INGEST"

CHILD_TABLES = ("schemes", "items", "rules", "warnings", "repairs")

_PROV = [
    ("page", pa.int32()),
    ("table_no", pa.int32()),
    ("row_no", pa.int32()),
    ("col_no", pa.int32()),
    ("paragraph", pa.int32()),
    ("block", pa.int32()),
    ("source_text", pa.string()),
    ("source_file", pa.string()),
    ("ocr", pa.bool_()),
]
S, F, INT = pa.string(), pa.float64(), pa.int32()
SCHEMAS: dict[str, pa.Schema] = {
    "schemes": pa.schema(
        [("document_id", S), ("id", S), ("ord", INT), ("name", S), ("total", F),
         ("n_items", INT), ("n_rules", INT), ("n_warnings", INT), ("needs_review", pa.bool_())]
    ),
    "items": pa.schema(
        [("document_id", S), ("scheme_id", S), ("id", S), ("ord", INT), ("parent", S), ("depth", INT),
         ("path", pa.list_(S)), ("path_str", S), ("name", S), ("points", F), ("weight_pct", F),
         ("method", S), ("assessor", S), ("task", S), ("criteria", S), *_PROV]
    ),
    "rules": pa.schema(
        [("document_id", S), ("scheme_id", S), ("id", S), ("ord", INT), ("item_id", S), ("kind", S),
         ("amount", F), ("amount_max", F), ("per", S), ("label", S), ("below", F), ("at_least", F),
         ("quota_pct", F), ("condition", S), ("text", S), *_PROV]
    ),
    "warnings": pa.schema(
        [("document_id", S), ("scheme_id", S), ("ord", INT), ("code", S), ("message", S), ("item_id", S)]
    ),
    "repairs": pa.schema(
        [("document_id", S), ("ord", INT), ("kind", S), ("before", S), ("after", S), *_PROV]
    ),
}


def _prov(source: Source | None) -> dict:
    if source is None:
        return {name: None for name, _ in _PROV}
    return {
        "page": source.page,
        "table_no": source.table,
        "row_no": source.row,
        "col_no": source.col,
        "paragraph": source.paragraph,
        "block": source.block,
        "source_text": source.text,
        "source_file": source.file,
        "ocr": source.ocr,
    }


def rubric_rows(rubric: Rubric, doc_id: str) -> dict[str, list[dict]]:
    """The rows of every child table for one rubric (plain dicts, in document order)."""
    rows: dict[str, list[dict]] = {name: [] for name in CHILD_TABLES}
    for s_ord, scheme in enumerate(rubric.schemes):
        rows["schemes"].append(
            {"document_id": doc_id, "id": scheme.id, "ord": s_ord, "name": scheme.name, "total": scheme.total,
             "n_items": len(scheme.items), "n_rules": len(scheme.rules), "n_warnings": len(scheme.warnings),
             "needs_review": scheme.needs_review}
        )
        for ord_, item in enumerate(scheme.items):
            rows["items"].append(
                {"document_id": doc_id, "scheme_id": scheme.id, "id": item.id, "ord": ord_,
                 "parent": item.parent, "depth": len(item.path), "path": list(item.path),
                 "path_str": PATH_SEP.join(item.path), "name": item.name, "points": item.points,
                 "weight_pct": item.weight_pct, "method": item.method, "assessor": item.assessor,
                 "task": item.task, "criteria": item.criteria, **_prov(item.source)}
            )
        for ord_, rule in enumerate(scheme.rules):
            rows["rules"].append(
                {"document_id": doc_id, "scheme_id": scheme.id, "id": rule.id, "ord": ord_, "item_id": rule.item,
                 "kind": rule.kind, "amount": rule.amount, "amount_max": rule.amount_max, "per": rule.per,
                 "label": rule.label, "below": rule.below, "at_least": rule.at_least,
                 "quota_pct": rule.quota_pct, "condition": rule.condition, "text": rule.text,
                 **_prov(rule.source)}
            )
        for ord_, warning in enumerate(scheme.warnings):
            rows["warnings"].append(
                {"document_id": doc_id, "scheme_id": scheme.id, "ord": ord_, "code": warning.code,
                 "message": warning.message, "item_id": warning.item}
            )
    for ord_, warning in enumerate(rubric.warnings):
        rows["warnings"].append(
            {"document_id": doc_id, "scheme_id": None, "ord": ord_, "code": warning.code,
             "message": warning.message, "item_id": warning.item}
        )
    for ord_, repair in enumerate(rubric.repairs):
        rows["repairs"].append(
            {"document_id": doc_id, "ord": ord_, "kind": repair.kind, "before": repair.before,
             "after": repair.after, **_prov(repair.source)}
        )
    return rows


def arrow_tables(rows: dict[str, list[dict]]) -> dict[str, pa.Table]:
    return {name: pa.Table.from_pylist(rows[name], schema=SCHEMAS[name]) for name in CHILD_TABLES}


def document_row(rubric: Rubric, doc_id: str, path: str | None, now: datetime) -> list:
    info = rubric.document
    n_warn = sum(len(s.warnings) for s in rubric.schemes) + len(rubric.warnings)
    return [
        doc_id,
        info.source or (Path(path).name if path else None),
        path,
        info.format,
        info.title,
        info.org,
        info.year,
        info.scale,
        info.method,
        info.assessor,
        rubric.extractor_version,
        now,
        len(rubric.schemes),
        sum(len(s.items) for s in rubric.schemes),
        sum(len(s.rules) for s in rubric.schemes),
        n_warn,
        rubric.model_dump_json(),
    ]


def stored_version(con: duckdb.DuckDBPyConnection, doc_id: str) -> str | None:
    """The extractor version a document was ingested with; None when it is not in the warehouse."""
    row = con.execute("SELECT extractor_version FROM documents WHERE id = ?", [doc_id]).fetchone()
    return None if row is None else row[0]


def write_document(
    con: duckdb.DuckDBPyConnection,
    rubric: Rubric,
    *,
    path: str | None = None,
    duration_s: float | None = None,
    log: bool = True,
    parsed: str | None = None,
) -> str:
    """Write (or replace) one document in one transaction; return 'ingested' or 'replaced'.

    `rubric.document.id` must be the SHA-256 of the file's bytes. The extraction is kept as it
    came (`extractions`, with the parsed document's JSON `parsed` for the review's source view);
    what the tables and `documents.rubric` hold is that extraction with the document's stored
    corrections replayed on it (warehouse/corrections.py). Raises whatever DuckDB raises, after
    rolling back, so nothing of the document is left half-written.
    """
    from rubrics.warehouse.corrections import replay_stored
    from rubrics.warehouse.migrations import CORRECTIONS_SCHEMA, schema_version

    doc_id = rubric.document.id
    if not doc_id:
        raise ValueError("the rubric has no document id (the SHA-256 of its file)")
    now = datetime.now()
    with transaction(con):
        exists = con.execute("SELECT count(*) FROM documents WHERE id = ?", [doc_id]).fetchone()[0] > 0
        # a warehouse opened below schema 3 (tests build one) has no corrections to replay yet
        corrections = schema_version(con) >= CORRECTIONS_SCHEMA
        corrected = replay_stored(con, doc_id, rubric) if corrections else rubric
        row = document_row(corrected, doc_id, path, now)
        if exists:
            for name in CHILD_TABLES:
                con.execute(f"DELETE FROM {name} WHERE document_id = ?", [doc_id])
            con.execute(
                "UPDATE documents SET file = ?, path = ?, format = ?, title = ?, org = ?, year = ?, scale = ?, "
                "method = ?, assessor = ?, extractor_version = ?, ingested_at = ?, n_schemes = ?, n_items = ?, "
                "n_rules = ?, n_warnings = ?, rubric = ? WHERE id = ?",
                row[1:] + [doc_id],
            )
        else:
            con.execute(f"INSERT INTO documents VALUES ({', '.join('?' * len(row))})", row)
        if corrections:
            _keep_extraction(con, doc_id, rubric.model_dump_json(), parsed)
        _insert_rows(con, doc_id, corrected)
        status = "replaced" if exists else "ingested"
        if log:
            log_attempt(con, path=path, file=row[1], doc_hash=doc_id, status=status,
                        duration_s=duration_s, version=rubric.extractor_version)
        slow = os.environ.get(SLOW_ENV)
        if slow:
            time.sleep(float(slow))
    return status


def _keep_extraction(con: duckdb.DuckDBPyConnection, doc_id: str, rubric_json: str, parsed: str | None) -> None:
    """The extraction as it came (and the parsed document, when given; else the one kept before)."""
    if con.execute("SELECT count(*) FROM extractions WHERE document_id = ?", [doc_id]).fetchone()[0]:
        con.execute("UPDATE extractions SET rubric = ?, parsed = coalesce(?, parsed) WHERE document_id = ?",
                    [rubric_json, parsed, doc_id])
    else:
        con.execute("INSERT INTO extractions VALUES (?, ?, ?)", [doc_id, rubric_json, parsed])


def _insert_rows(con: duckdb.DuckDBPyConnection, doc_id: str, rubric: Rubric) -> None:
    for name, table in arrow_tables(rubric_rows(rubric, doc_id)).items():
        _insert(con, name, table)


def _insert(con: duckdb.DuckDBPyConnection, name: str, table: pa.Table) -> None:
    """Append `table`'s rows by column name; columns a warehouse below the latest schema lacks (tests
    build one at an older migration) are left out rather than refused."""
    if not table.num_rows:
        return
    have = {r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? AND table_catalog = current_database()",
        [name]).fetchall()}
    table = table.select([c for c in table.column_names if c in have])
    con.register("_rubrics_batch", table)
    try:
        con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM _rubrics_batch")
    finally:
        con.unregister("_rubrics_batch")


def replace_rows(con: duckdb.DuckDBPyConnection, doc_id: str, rubric: Rubric) -> None:
    """Rewrite a document's stored rubric and its rows from a corrected rubric (in the caller's
    transaction); the extraction, the file's details and the ingest log stay as they are."""
    n_warn = sum(len(s.warnings) for s in rubric.schemes) + len(rubric.warnings)
    con.execute("DELETE FROM schemes WHERE document_id = ?", [doc_id])
    for name in ("items", "rules", "warnings"):
        con.execute(f"DELETE FROM {name} WHERE document_id = ?", [doc_id])
    rows = rubric_rows(rubric, doc_id)
    for name in ("schemes", "items", "rules", "warnings"):
        _insert(con, name, pa.Table.from_pylist(rows[name], schema=SCHEMAS[name]))
    con.execute(
        "UPDATE documents SET n_schemes = ?, n_items = ?, n_rules = ?, n_warnings = ?, rubric = ? WHERE id = ?",
        [len(rubric.schemes), sum(len(s.items) for s in rubric.schemes),
         sum(len(s.rules) for s in rubric.schemes), n_warn, rubric.model_dump_json(), doc_id])


def log_attempt(
    con: duckdb.DuckDBPyConnection,
    *,
    path: str | None,
    file: str | None,
    doc_hash: str | None,
    status: str,
    error: str | None = None,
    duration_s: float | None = None,
    version: str | None = None,
) -> None:
    """One ingest_log row; in the caller's transaction if one is open, else on its own."""
    con.execute(
        "INSERT INTO ingest_log (logged_at, file, path, hash, status, error, duration_s, extractor_version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [datetime.now(), file, path, doc_hash, status, error, duration_s, version],
    )


def load_rubric(con: duckdb.DuckDBPyConnection, doc_id: str) -> Rubric:
    """The rubric as ingested, with the corrections made to it (from documents.rubric)."""
    row = con.execute("SELECT rubric FROM documents WHERE id = ?", [doc_id]).fetchone()
    if row is None:
        raise KeyError(doc_id)
    return Rubric.model_validate_json(row[0])
