"""One transaction on a DuckDB connection: committed when the block ends, rolled back on any exception.

Why one helper: every write of the warehouse (a document, a correction, an undo) is all or nothing,
and the rollback must never hide the error that caused it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import duckdb


@contextlib.contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    con.execute("BEGIN TRANSACTION")
    try:
        yield
        con.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(duckdb.Error):
            con.execute("ROLLBACK")
        raise
