"""Finding an ingested document or scheme from what a user types: an id prefix, a file name, a title.

Why forgiving but never guessing: users name documents the way they remember them (the file name,
the first characters of the id `rubrics ingest` showed, the title), but when two documents fit the
answer is an error listing them, not the first one.
"""

from __future__ import annotations

import re

import duckdb

from rubrics.errors import WarehouseError

# an id prefix the user copied from `rubrics sql` or `show`: at least 4 hex digits
ID_PREFIX = re.compile(r"^[0-9a-f]{4,64}$")


def _rows(con: duckdb.DuckDBPyConnection, where: str, params: list) -> list[tuple]:
    return con.execute(
        f"SELECT id, file, title, ingested_at FROM documents WHERE {where} ORDER BY ingested_at", params
    ).fetchall()


def find_documents(con: duckdb.DuckDBPyConnection, ref: str) -> list[tuple]:
    """Documents a reference names, trying the most exact reading first; [] when none does.

    Order: id prefix, file name, path, title; then a unique substring of file name or title.
    """
    ref = ref.strip()
    if not ref:
        return []
    if ID_PREFIX.match(ref.lower()):
        rows = _rows(con, "starts_with(id, ?)", [ref.lower()])
        if rows:
            return rows
    for where in ("file = ?", "path = ?", "title = ?"):
        rows = _rows(con, where, [ref])
        if rows:
            return rows
    return _rows(con, "contains(file, ?) OR contains(title, ?)", [ref, ref])


def describe(rows: list[tuple]) -> str:
    return "; ".join(f"{r[0][:12]} {r[1]}" + (f" ({r[2]})" if r[2] else "") for r in rows[:8])


def find_document(con: duckdb.DuckDBPyConnection, ref: str, db_name: str = "warehouse") -> str:
    """The one document id a reference names, or a WarehouseError saying why not."""
    rows = find_documents(con, ref)
    if not rows:
        raise WarehouseError(f"{ref}: no document of that id, file name or title in {db_name}")
    if len(rows) > 1:
        raise WarehouseError(f"{ref}: {len(rows)} documents fit, name one by id prefix: {describe(rows)}")
    return rows[0][0]


def find_scheme_by_id(con: duckdb.DuckDBPyConnection, ref: str) -> list[tuple[str, str]]:
    """(document id, scheme id) of schemes whose id starts with `ref`."""
    if not ID_PREFIX.match(ref.lower()):
        return []
    return con.execute(
        "SELECT document_id, id FROM schemes WHERE starts_with(id, ?) ORDER BY document_id, ord", [ref.lower()]
    ).fetchall()


def find_scheme_by_name(con: duckdb.DuckDBPyConnection, name: str) -> list[tuple[str, str]]:
    """(document id, scheme id) of schemes whose name is exactly `name`."""
    return con.execute(
        "SELECT document_id, id FROM schemes WHERE name = ? ORDER BY document_id, ord", [name]
    ).fetchall()
