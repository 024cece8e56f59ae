"""Finding an ingested document or scheme from what a user types: an id prefix, a file name, a title.

Why forgiving but never guessing: users name documents the way they remember them (the file name,
the first characters of the id `rubrics ingest` showed, the title), but when two documents fit the
answer is an error listing them, not the first one.
"""

from __future__ import annotations

import re

import duckdb

from rubrics.errors import WarehouseError
from rubrics.messages import message

# an id prefix the user copied from `rubrics sql` or `show`: at least 4 hex digits
ID_PREFIX = re.compile(r"^[0-9a-f]{4,64}$")


def _rows(con: duckdb.DuckDBPyConnection, where: str, params: list) -> list[tuple]:
    return con.execute(
        f"SELECT id, file, title, ingested_at FROM documents WHERE {where} ORDER BY ingested_at", params
    ).fetchall()


def find_documents(con: duckdb.DuckDBPyConnection, ref: str) -> list[tuple]:
    """Documents a reference names, trying the most exact reading first; [] when none does.

    Order: id prefix, file name, path, title; then a prefix of the file name or title (the file
    name without its extension is one), then a substring of either. Several hits are returned for
    the caller to list as candidates.
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
    rows = _rows(con, "starts_with(file, ?) OR starts_with(title, ?)", [ref, ref])
    if rows:
        return rows
    return _rows(con, "contains(file, ?) OR contains(title, ?)", [ref, ref])


def describe(rows: list[tuple]) -> str:
    more = f"; … (+{len(rows) - 8})" if len(rows) > 8 else ""
    return "; ".join(f"{r[0][:12]} {r[1]}" + (f" ({r[2]})" if r[2] else "") for r in rows[:8]) + more


def find_document(con: duckdb.DuckDBPyConnection, ref: str, db_name: str = "warehouse") -> str:
    """The one document id a reference names, or a WarehouseError saying why not."""
    rows = find_documents(con, ref)
    if not rows:
        raise WarehouseError(message("name.none", db=db_name, ref=ref))
    if len(rows) > 1:
        raise WarehouseError(message("name.ambiguous", ref=ref, what=message("name.what.document"),
                                     candidates=describe(rows)))
    return rows[0][0]


def find_scheme_by_id(con: duckdb.DuckDBPyConnection, ref: str) -> list[tuple[str, str]]:
    """(document id, scheme id) of schemes whose id starts with `ref`."""
    if not ID_PREFIX.match(ref.lower()):
        return []
    return con.execute(
        "SELECT document_id, id FROM schemes WHERE starts_with(id, ?) ORDER BY document_id, ord", [ref.lower()]
    ).fetchall()


def find_scheme_by_name(con: duckdb.DuckDBPyConnection, name: str) -> list[tuple[str, str]]:
    """(document id, scheme id) of schemes named exactly `name`, else whose name starts with it."""
    for where in ("name = ?", "starts_with(name, ?)"):
        rows = con.execute(
            f"SELECT document_id, id FROM schemes WHERE {where} ORDER BY document_id, ord", [name]
        ).fetchall()
        if rows:
            return rows
    return []
