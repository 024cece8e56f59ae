"""Score runs in the warehouse: one `scores` row per unit and run, so years compare with SQL.

Why self-contained: the warehouse engineer owns the rest of the schema; this module creates its
own table with CREATE TABLE IF NOT EXISTS and touches nothing else. A run is stored once: storing
the same run id again replaces its rows (same scheme and facts give the same run id).
"""

from __future__ import annotations

from datetime import UTC, datetime

import duckdb

from rubrics.errors import WarehouseError
from rubrics.scoring.results import ScoreRun

SCORES_DDL = """
CREATE TABLE IF NOT EXISTS scores (
    run_id        VARCHAR NOT NULL,   -- SHA-256 prefix of scheme + facts (ScoreRun.run_id)
    document_id   VARCHAR,            -- the scored scheme's document (SHA-256 of its file), if known
    scheme_id     VARCHAR NOT NULL,
    scheme_name   VARCHAR,
    facts_sha256  VARCHAR,            -- SHA-256 of the facts file's bytes
    unit          VARCHAR NOT NULL,
    unit_group    VARCHAR,            -- comparison group (类别) the quotas applied within
    total         DOUBLE NOT NULL,
    grade         VARCHAR,
    rank          INTEGER,            -- within the group, 1 = best
    vetoed        BOOLEAN,
    breakdown     JSON,               -- the unit's UnitResult (items, rules applied, notes)
    "at"          TIMESTAMP NOT NULL, -- when the run was stored (UTC); quoted: AT is a keyword
    PRIMARY KEY (run_id, unit)
)
"""


def ensure_table(con) -> None:
    try:
        con.execute(SCORES_DDL)
    except duckdb.Error as exc:
        raise WarehouseError(f"scores: the table could not be created ({str(exc).strip().splitlines()[0]})") from None


def store_run(con, run: ScoreRun, at: datetime | None = None) -> int:
    """Write a run's units to `scores` in one transaction; returns the rows written."""
    at = (at or datetime.now(UTC)).replace(tzinfo=None)
    ensure_table(con)
    rows = [
        (run.run_id, run.scheme.document_id, run.scheme.scheme_id, run.scheme.scheme_name, run.facts_sha256,
         unit.unit, unit.group, unit.total, unit.grade, unit.rank, unit.vetoed, unit.model_dump_json(), at)
        for unit in run.units
    ]
    try:
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("DELETE FROM scores WHERE run_id = ?", [run.run_id])
            con.executemany("INSERT INTO scores VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    except duckdb.Error as exc:
        raise WarehouseError(f"scores: the run could not be stored ({str(exc).strip().splitlines()[0]})") from None
    return len(rows)
