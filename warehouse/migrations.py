"""The warehouse schema as ordered migrations, applied when a warehouse is opened.

Why migrations rather than one CREATE script: users keep a warehouse for years; a file built by an
older `rubrics` must open after an upgrade with its data intact. Each step runs once, in order, in
its own transaction together with the `schema_version` row that records it. Steps are only ever
appended, never edited once released.

Column names avoid SQL keywords so queries need no quoting: provenance is `page`, `table_no`,
`row_no`, `col_no`, `paragraph`, `block`, `source_text`, `source_file`, `ocr`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from rubrics.errors import WarehouseError

# provenance columns shared by items, rules and repairs (a rubric `Source`, flattened)
PROVENANCE = """
    page INTEGER, table_no INTEGER, row_no INTEGER, col_no INTEGER,
    paragraph INTEGER, block INTEGER, source_text VARCHAR, source_file VARCHAR, ocr BOOLEAN
"""

CORE_TABLES = f"""
CREATE TABLE documents (
    id VARCHAR PRIMARY KEY,          -- SHA-256 of the file's bytes
    file VARCHAR,                    -- file name
    path VARCHAR,                    -- absolute path at ingest
    format VARCHAR, title VARCHAR, org VARCHAR, year INTEGER, scale DOUBLE,
    method VARCHAR, assessor VARCHAR,
    extractor_version VARCHAR,
    ingested_at TIMESTAMP,
    n_schemes INTEGER, n_items INTEGER, n_rules INTEGER, n_warnings INTEGER,
    rubric VARCHAR                   -- the full rubric JSON, for exact reload
);
CREATE TABLE schemes (
    document_id VARCHAR, id VARCHAR, ord INTEGER, name VARCHAR, total DOUBLE,
    n_items INTEGER, n_rules INTEGER, n_warnings INTEGER
);
CREATE TABLE items (
    document_id VARCHAR, scheme_id VARCHAR, id VARCHAR, ord INTEGER, parent VARCHAR, depth INTEGER,
    path VARCHAR[], path_str VARCHAR, name VARCHAR,
    points DOUBLE, weight_pct DOUBLE, method VARCHAR, assessor VARCHAR, task VARCHAR, criteria VARCHAR,
    {PROVENANCE}
);
CREATE TABLE rules (
    document_id VARCHAR, scheme_id VARCHAR, id VARCHAR, ord INTEGER, item_id VARCHAR,
    kind VARCHAR, amount DOUBLE, amount_max DOUBLE, per VARCHAR, label VARCHAR,
    below DOUBLE, at_least DOUBLE, quota_pct DOUBLE, condition VARCHAR, text VARCHAR,
    {PROVENANCE}
);
CREATE TABLE warnings (
    document_id VARCHAR, scheme_id VARCHAR,   -- scheme_id NULL: a document-level warning
    ord INTEGER, code VARCHAR, message VARCHAR, item_id VARCHAR
);
CREATE TABLE repairs (
    document_id VARCHAR, ord INTEGER, kind VARCHAR, before VARCHAR, after VARCHAR,
    {PROVENANCE}
);
CREATE SEQUENCE ingest_log_seq;
CREATE TABLE ingest_log (
    id BIGINT DEFAULT nextval('ingest_log_seq'),
    logged_at TIMESTAMP, file VARCHAR, path VARCHAR, hash VARCHAR,
    status VARCHAR,                  -- ingested | unchanged | replaced | failed
    error VARCHAR, duration_s DOUBLE, extractor_version VARCHAR
);
CREATE INDEX items_scheme ON items (scheme_id);
CREATE INDEX rules_scheme ON rules (scheme_id);
"""

VIEWS = """
-- every item with its scheme and document: the question most queries start from
CREATE OR REPLACE VIEW item_paths AS
SELECT s.name AS scheme, i.path_str AS path, i.points, i.weight_pct, i.depth, i.name,
       i.path AS path_list, d.file, d.title, d.org, d.year,
       i.document_id, i.scheme_id, i.id AS item_id, i.ord
FROM items i JOIN schemes s ON s.id = i.scheme_id AND s.document_id = i.document_id
JOIN documents d ON d.id = i.document_id;

-- every rule beside the item it belongs to (item columns NULL for scheme-wide rules)
CREATE OR REPLACE VIEW rules_with_items AS
SELECT s.name AS scheme, i.path_str AS item_path, i.name AS item, i.points AS item_points,
       r.kind, r.amount, r.amount_max, r.per, r.label, r.below, r.at_least, r.quota_pct,
       r.condition, r.text, r.page, r.table_no, r.row_no, r.col_no, r.paragraph,
       d.file, d.year, r.document_id, r.scheme_id, r.item_id, r.id AS rule_id
FROM rules r JOIN schemes s ON s.id = r.scheme_id AND s.document_id = r.document_id
JOIN documents d ON d.id = r.document_id
LEFT JOIN items i ON i.id = r.item_id AND i.scheme_id = r.scheme_id AND i.document_id = r.document_id;

-- a scheme's total as the rubric states it, the sum of its top categories, and the document's scale
CREATE OR REPLACE VIEW scheme_totals AS
SELECT s.name AS scheme, d.file, s.total AS stated_total,
       sum(i.points) FILTER (WHERE i.parent IS NULL) AS top_sum,
       count(*) FILTER (WHERE i.parent IS NULL) AS n_top,
       count(*) FILTER (WHERE i.parent IS NULL AND i.points IS NULL) AS n_top_without_points,
       d.scale, s.n_items, s.n_rules, s.n_warnings,
       s.document_id, s.id AS scheme_id
FROM schemes s JOIN documents d ON d.id = s.document_id
LEFT JOIN items i ON i.scheme_id = s.id AND i.document_id = s.document_id
GROUP BY ALL;

-- how many rules of each kind a scheme has
CREATE OR REPLACE VIEW rules_per_kind AS
SELECT s.name AS scheme, d.file, r.kind, count(*) AS n_rules,
       count(r.amount) AS n_with_amount, s.document_id, s.id AS scheme_id
FROM rules r JOIN schemes s ON s.id = r.scheme_id AND s.document_id = r.document_id
JOIN documents d ON d.id = s.document_id
GROUP BY ALL;
"""


CORRECTIONS = """
-- the extraction as it came, before any correction, and the parsed document (its tables' grids with
-- merged cells and boxes, its paragraphs) that the review shows beside the rubric
CREATE TABLE extractions (document_id VARCHAR, rubric VARCHAR, parsed VARCHAR);
INSERT INTO extractions SELECT id, rubric, NULL FROM documents;
-- one row per correction a person made; target_key names the target by what survives
-- re-extraction (scheme name, item path, source position), never by a row id
CREATE SEQUENCE overrides_seq;
CREATE TABLE overrides (
    id BIGINT DEFAULT nextval('overrides_seq'),
    document_id VARCHAR,             -- SHA-256 of the document's file
    scheme VARCHAR,                  -- the scheme's name when the correction was made
    target_kind VARCHAR,             -- item | rule | scheme
    target_key VARCHAR,              -- JSON: {"path", "source"} for an item; {"item", "text", "kind", "source", "nth"} for a rule
    target_label VARCHAR,            -- the target in words, for listings
    op VARCHAR,                      -- set | move | delete | add | review
    field VARCHAR,
    old_value VARCHAR, new_value VARCHAR,   -- JSON
    who VARCHAR, made_at TIMESTAMP,
    status VARCHAR,                  -- applied | conflict | undone
    note VARCHAR,                    -- why a conflict does not apply
    checked_at TIMESTAMP,            -- last time it was (re)applied
    undone_by VARCHAR, undone_at TIMESTAMP
);
CREATE OR REPLACE VIEW corrections AS
SELECT o.id, d.file, o.scheme, o.target_kind, o.op, o.target_label AS target, o.field,
       o.old_value, o.new_value, o.who, o.made_at, o.status, o.note, o.document_id
FROM overrides o LEFT JOIN documents d ON d.id = o.document_id;
"""


# Whether the extractor doubts a scheme (the rubric's `needs_review`), so a query or `show` can list
# what a person should check first. Schemes stored before this step are marked from their stored
# warnings, with the codes that meant "review" when this step was written (pipeline.extract.REVIEW_CODES).
NEEDS_REVIEW = """
ALTER TABLE schemes ADD COLUMN needs_review BOOLEAN DEFAULT false;
UPDATE schemes SET needs_review = EXISTS (
    SELECT 1 FROM warnings w
    WHERE w.document_id = schemes.document_id AND w.scheme_id = schemes.id
      AND w.code IN ('points_mismatch', 'points_exceed_parent', 'scale_mismatch', 'close_call',
                     'untyped_column', 'shared_points', 'unpointed_under_pointed', 'duplicate_item')
);
"""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "core tables", CORE_TABLES),
    Migration(2, "views for the common questions", VIEWS),
    Migration(3, "corrections: overrides, the original extraction, the parsed document", CORRECTIONS),
    Migration(4, "schemes.needs_review: the extractor doubts the scheme", NEEDS_REVIEW),
)
LATEST = MIGRATIONS[-1].version
CORRECTIONS_SCHEMA = 3  # the migration that brought the overrides and extractions tables
NEEDS_REVIEW_SCHEMA = 4  # the migration that brought schemes.needs_review


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest migration applied; 0 for an empty database."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchone()[0]
    if not exists:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]


def migrate(con: duckdb.DuckDBPyConnection, path: Path | str = "warehouse", upto: int | None = None) -> int:
    """Apply the migrations not yet applied (up to `upto`, for tests); return the version reached."""
    if schema_version(con) == 0:
        _refuse_foreign(con, path)
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER, name VARCHAR, applied_at TIMESTAMP)"
    )
    current = schema_version(con)
    if current > LATEST:
        raise WarehouseError(
            f"{path}: built by a newer rubrics (schema {current}, this one knows {LATEST}); upgrade rubrics"
        )
    target = LATEST if upto is None else upto
    for step in MIGRATIONS:
        if current < step.version <= target:
            con.execute("BEGIN TRANSACTION")
            try:
                con.execute(step.sql)
                con.execute(
                    "INSERT INTO schema_version VALUES (?, ?, current_timestamp::TIMESTAMP)",
                    [step.version, step.name],
                )
                con.execute("COMMIT")
            except duckdb.Error as exc:
                con.execute("ROLLBACK")
                raise WarehouseError(f"{path}: schema migration {step.version} ({step.name}) failed: {exc}") from None
            current = step.version
    return current


def _refuse_foreign(con: duckdb.DuckDBPyConnection, path: Path | str) -> None:
    """A DuckDB file with tables of its own and no schema_version is someone else's: never add ours."""
    tables = [r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_name <> 'schema_version' "
        "AND table_catalog = current_database() ORDER BY 1 LIMIT 5"
    ).fetchall()]
    if tables:
        raise WarehouseError(f"{path}: a DuckDB file that is not a rubrics warehouse (it has tables {', '.join(tables)})")


def check_current(con: duckdb.DuckDBPyConnection, path: Path | str) -> None:
    """For read-only connections, which cannot migrate: say what to do when the schema is behind."""
    version = schema_version(con)
    if version == 0:
        _refuse_foreign(con, path)
    if version > LATEST:
        raise WarehouseError(
            f"{path}: built by a newer rubrics (schema {version}, this one knows {LATEST}); upgrade rubrics"
        )
    if version < LATEST:
        raise OutdatedSchema(version)


class OutdatedSchema(WarehouseError):
    """A read-only open found an older schema; `db.connect` upgrades it with a brief write open."""

    def __init__(self, version: int):
        self.version = version
        super().__init__(f"schema {version} is older than {LATEST}")
