"""Opening the warehouse: where the file is, waiting for another process's lock, migrations.

Why one place: every verb (ingest, show, sql, export, compare, score) opens the same DuckDB file the
same way, so the default path, the "in use by another process" message and the schema upgrade on
open are decided once.

DuckDB allows one process to hold a database file for writing (readers in other processes are
locked out too), so a second process either waits for the lock (`wait` seconds, retried) or gets a
one-line `WarehouseError`, never a corrupt file.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import duckdb

from rubrics.errors import WarehouseError

DEFAULT_DB = "rubrics.duckdb"
DB_ENV = "RUBRICS_DB"
# seconds a command waits for another process to release the warehouse before giving up
WAIT_ENV = "RUBRICS_DB_WAIT"
DEFAULT_WAIT = 10.0

# DuckDB's message when another process holds the file, e.g.
# 'IO Error: Could not set lock on file "/x/rubrics.duckdb": Conflicting lock is held in
#  /usr/bin/python3.11 (PID 10984). See also https://duckdb.org/docs/...'
LOCK_MESSAGE = re.compile(r"Could not set lock on file|Conflicting lock is held")
LOCK_HOLDER = re.compile(r"Conflicting lock is held in (?P<prog>\S+) \(PID (?P<pid>\d+)\)")


def db_path(db: str | os.PathLike | None = None) -> Path:
    """The warehouse file: `--db`, else `$RUBRICS_DB`, else rubrics.duckdb in the working folder."""
    if db:
        return Path(db)
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


def default_wait() -> float:
    try:
        return float(os.environ.get(WAIT_ENV, DEFAULT_WAIT))
    except ValueError:
        return DEFAULT_WAIT


def _lock_holder(message: str) -> str:
    match = LOCK_HOLDER.search(message)
    if match:
        return f"{Path(match['prog']).name}, PID {match['pid']}"
    return "DuckDB holds one writer at a time"


def connect(
    db: str | os.PathLike | None = None,
    *,
    read_only: bool = False,
    wait: float | None = None,
    create: bool = True,
    migrate_schema: bool = True,
) -> duckdb.DuckDBPyConnection:
    """A connection to the warehouse with its schema brought up to date.

    read_only: DuckDB refuses every write on the connection (what `rubrics sql` needs); the file
    must exist. wait: seconds to keep retrying while another process holds the file.
    """
    path = db_path(db)
    if read_only or not create:
        if not path.exists():
            raise WarehouseError(f"{path}: no warehouse here (run `rubrics ingest` or `rubrics demo` first)")
    elif path.parent and not path.parent.exists():
        raise WarehouseError(f"{path}: the folder {path.parent} does not exist")
    wait = default_wait() if wait is None else wait
    con = _open(path, read_only, wait)
    if not migrate_schema:
        return con
    from rubrics.warehouse.migrations import OutdatedSchema, check_current, migrate

    try:
        if not read_only:
            migrate(con, path)
            return _with_analyst_sql(con)
        try:
            check_current(con, path)
            return _with_analyst_sql(con)
        except OutdatedSchema:
            # a read-only connection cannot upgrade: do it once with a brief write open
            con.close()
            writer = _open(path, False, wait)
            try:
                migrate(writer, path)
            finally:
                writer.close()
            con = _open(path, True, wait)
            return _with_analyst_sql(con)
    except BaseException:
        con.close()
        raise


def _with_analyst_sql(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """The comparison macros (compare_items, compare_schemes, compare_rules) on every connection.

    Why here: `rubrics sql`, pandas and the notebook should all be able to ask the same questions
    as `rubrics compare`; the macros are TEMP, so read-only connections get them too.
    """
    from rubrics.compare.sql import install_compare_sql

    install_compare_sql(con)
    return con


def _open(path: Path, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """duckdb.connect, retried while another process holds the file, errors as one line."""
    deadline = time.monotonic() + max(wait, 0.0)
    delay = 0.05
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            message = str(exc)
            if not LOCK_MESSAGE.search(message):
                raise WarehouseError(f"{path}: cannot open the warehouse ({_first_line(message)})") from None
            if time.monotonic() >= deadline:
                raise WarehouseError(
                    f"{path}: the warehouse is in use by another process ({_lock_holder(message)}); "
                    f"waited {wait:g}s, try again when it has finished"
                ) from None
            time.sleep(delay)
            delay = min(delay * 2, 0.5)
        except duckdb.Error as exc:
            raise WarehouseError(f"{path}: not a DuckDB warehouse ({_first_line(str(exc))})") from None


def _first_line(message: str) -> str:
    return message.strip().splitlines()[0] if message.strip() else message
