"""Corrections stored as override rows, applied to the stored rubric in the same transaction.

Why store the effect as well as the edit: every read (`show`, the SQL views, `export`, `compare`,
`score`, `facts-template`) reads `documents.rubric` or the item and rule tables, so a correction
rewrites them at once and no reader needs to know corrections exist. The extraction as it came
stays in `extractions.rubric`; after every (re-)ingest of a document its live overrides are
replayed on the new extraction in id order (see load.write_document). An override whose target is
no longer found is marked `conflict` with the reason — never dropped — and `rubrics ingest`, the
review page and `rubrics corrections` list it.

Statuses: applied, conflict, undone. Undo marks the row undone and replays the others on the
original extraction, so later edits that depended on it become conflicts, in the open.
"""

from __future__ import annotations

import getpass
import json
import os
from datetime import datetime
from typing import Any

import duckdb

from rubrics.extracted.models import Rubric
from rubrics.messages import message
from rubrics.warehouse.edits import (
    Conflict,
    CorrectionError,
    apply_edit,
    canonical_field,
    clean_value,
    find_item,
    find_rule,
    find_scheme,
    replay,
)
from rubrics.warehouse.tx import transaction

WHO_ENV = "RUBRICS_WHO"
STATUSES = ("applied", "conflict", "undone")


class StaleEdit(CorrectionError):
    """The target changed since the person loaded it (another tab, another person)."""


def default_who() -> str:
    """Who makes a correction: $RUBRICS_WHO (a name given at start), else the OS user."""
    name = os.environ.get(WHO_ENV)
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _unjson(value: str | None) -> Any:
    return None if value is None else json.loads(value)


def _edit_of(row: tuple) -> dict:
    kind, op, scheme, key, field, new = row
    return {"kind": kind, "op": op, "scheme": scheme, "key": _unjson(key), "field": field, "new": _unjson(new)}


def live_edits(con: duckdb.DuckDBPyConnection, doc_id: str) -> list[tuple[int, dict]]:
    rows = con.execute(
        "SELECT id, target_kind, op, scheme, target_key, field, new_value FROM overrides "
        "WHERE document_id = ? AND status <> 'undone' ORDER BY id", [doc_id]).fetchall()
    return [(row[0], _edit_of(row[1:])) for row in rows]


def replay_stored(con: duckdb.DuckDBPyConnection, doc_id: str, extraction: Rubric) -> Rubric:
    """The extraction with this document's live overrides applied; their statuses updated.

    Runs inside the caller's transaction (write_document's, or undo's)."""
    corrected, results = replay(extraction, live_edits(con, doc_id))
    now = datetime.now()
    for edit_id, why in results.items():
        con.execute("UPDATE overrides SET status = ?, note = ?, checked_at = ? WHERE id = ?",
                    ["applied" if why is None else "conflict", why, now, edit_id])
    return corrected


def conflicts(con: duckdb.DuckDBPyConnection, doc_id: str | None = None) -> list[tuple]:
    """(id, document file, scheme, target, field, reason) of overrides that no longer apply."""
    where, params = ("AND o.document_id = ?", [doc_id]) if doc_id else ("", [])
    return con.execute(
        "SELECT o.id, d.file, o.scheme, o.target_label, o.field, o.note FROM overrides o "
        f"LEFT JOIN documents d ON d.id = o.document_id WHERE o.status = 'conflict' {where} ORDER BY o.id",
        params).fetchall()


def current_rubric(con: duckdb.DuckDBPyConnection, doc_id: str) -> Rubric:
    row = con.execute("SELECT rubric FROM documents WHERE id = ?", [doc_id]).fetchone()
    if row is None:
        raise CorrectionError(message("correct.no_document", ref=doc_id[:12]))
    return Rubric.model_validate_json(row[0])


def original_rubric(con: duckdb.DuckDBPyConnection, doc_id: str) -> Rubric:
    row = con.execute("SELECT rubric FROM extractions WHERE document_id = ?", [doc_id]).fetchone()
    return Rubric.model_validate_json(row[0]) if row else current_rubric(con, doc_id)


def _label(edit: dict) -> str:
    key = edit.get("key") or {}
    if edit["kind"] == "item":
        path = key.get("path") or []
        if edit["op"] == "add":
            return " / ".join(path + [str((edit.get("new") or {}).get("name"))])
        return " / ".join(path)
    if edit["kind"] == "rule":
        if edit["op"] == "add":
            return "+ " + str((edit.get("new") or {}).get("text", ""))[:40]
        return " / ".join(key.get("item") or []) + " # " + str(key.get("text", ""))[:40]
    return edit["scheme"]


def _current_value(rubric: Rubric, edit: dict) -> Any:
    """The target's present value of the edited field (for the changed-meanwhile check)."""
    scheme = find_scheme(rubric, edit["scheme"])
    if edit["kind"] == "item":
        target = find_item(scheme, edit["key"])
    elif edit["kind"] == "rule":
        target = find_rule(scheme, edit["key"])
    else:
        target = scheme
    field = edit.get("field")
    if field == "parent" and edit["kind"] == "item":
        parent = next((i for i in scheme.items if i.id == target.parent), None)
        return list(parent.path) if parent else None
    if field == "item" and edit["kind"] == "rule":
        item = next((i for i in scheme.items if i.id == target.item), None)
        return list(item.path) if item else None
    return getattr(target, field, None) if field else None


def prepare(edit: dict) -> dict:
    """Check an edit's shape and value before anything is opened for writing."""
    kind, op = edit.get("kind"), edit.get("op")
    if kind not in ("item", "rule", "scheme") or op not in ("set", "move", "delete", "add", "review"):
        raise CorrectionError(message("correct.bad.op", op=op, kind=kind))
    out = dict(edit)
    if op == "set":
        out["field"] = canonical_field(kind, edit.get("field") or "")
        out["new"] = clean_value(kind, out["field"], edit.get("new"))
    elif op == "review":
        out["field"] = "reviewed"
        out["new"] = clean_value("scheme", "reviewed", edit.get("new", True))
    elif op == "move":
        out["field"] = "parent" if kind == "item" else "item"
    elif op == "add":
        spec = dict(edit.get("new") or {})
        out["new"] = {f: (v if f == "item" else clean_value(kind, canonical_field(kind, f), v))
                      for f, v in spec.items() if v is not None}
    return out


def correct(con: duckdb.DuckDBPyConnection, doc_id: str, edits: list[dict], *, who: str | None = None,
            expect: dict[int, Any] | None = None) -> list[int]:
    """Apply edits to a document and record them, all in one transaction; return the override ids.

    `expect` ({edit index: the value the person saw}) makes the save fail with StaleEdit when that
    target's value has changed meanwhile (another tab). Any refused edit refuses them all."""
    who = who or default_who()
    prepared = [prepare(e) for e in edits]
    with transaction(con):
        rubric = current_rubric(con, doc_id)
        records = []
        for index, edit in enumerate(prepared):
            if expect and index in expect:
                try:
                    seen = _current_value(rubric, edit)
                except Conflict as exc:
                    raise StaleEdit(message("correct.stale_gone", why=str(exc))) from None
                if not _same(seen, expect[index]):
                    raise StaleEdit(message("correct.stale", now=_show(seen), then=_show(expect[index])))
            label = _label(edit)
            try:
                old, _ = apply_edit(rubric, edit)
            except Conflict as exc:
                raise CorrectionError(str(exc)) from None
            records.append((edit, old, label))
        ids = []
        now = datetime.now()
        for edit, old, label in records:
            ids.append(con.execute(
                "INSERT INTO overrides (document_id, scheme, target_kind, target_key, target_label, op, field, "
                "old_value, new_value, who, made_at, status, checked_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'applied', ?) RETURNING id",
                [doc_id, edit["scheme"], edit["kind"], _json(edit.get("key")), label, edit["op"], edit.get("field"),
                 _json(old), _json(edit.get("new")), who, now, now]).fetchone()[0])
        from rubrics.warehouse.load import replace_rows

        replace_rows(con, doc_id, rubric)
    return ids


def _same(a: Any, b: Any) -> bool:
    if isinstance(b, str) and isinstance(a, int | float) and not isinstance(a, bool):
        try:
            b = float(b)
        except ValueError:
            return False
    if isinstance(a, int | float) and isinstance(b, int | float) and not isinstance(a, bool):
        return abs(float(a) - float(b)) < 1e-9
    if a in (None, "") and b in (None, ""):
        return True
    return a == b


def _show(value: Any) -> str:
    if value is None:
        return message("correct.empty")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return " / ".join(map(str, value))
    return str(value)


def undo(con: duckdb.DuckDBPyConnection, override_id: int, *, who: str | None = None) -> str:
    """Mark an override undone and replay the document's others on its extraction; the document id."""
    row = con.execute("SELECT document_id, status FROM overrides WHERE id = ?", [override_id]).fetchone()
    if row is None:
        raise CorrectionError(message("correct.no_override", id=override_id))
    if row[1] == "undone":
        raise CorrectionError(message("correct.already_undone", id=override_id))
    doc_id = row[0]
    with transaction(con):
        con.execute("UPDATE overrides SET status = 'undone', undone_by = ?, undone_at = ? WHERE id = ?",
                    [who or default_who(), datetime.now(), override_id])
        corrected = replay_stored(con, doc_id, original_rubric(con, doc_id))
        from rubrics.warehouse.load import replace_rows

        replace_rows(con, doc_id, corrected)
    return doc_id


def review_states(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, str], bool]:
    """(document id, scheme name) → reviewed, from the latest applied review mark of each scheme."""
    rows = con.execute(
        "SELECT document_id, scheme, arg_max(new_value, id) FROM overrides "
        "WHERE op = 'review' AND status = 'applied' GROUP BY ALL").fetchall()
    return {(d, s): _unjson(v) is True for d, s, v in rows}


def listing(con: duckdb.DuckDBPyConnection, doc_id: str | None = None) -> list[dict]:
    where, params = ("WHERE o.document_id = ?", [doc_id]) if doc_id else ("", [])
    rows = con.execute(
        "SELECT o.id, o.document_id, d.file, o.scheme, o.target_kind, o.op, o.target_label, o.field, "
        "o.old_value, o.new_value, o.who, o.made_at, o.status, o.note, o.target_key "
        f"FROM overrides o LEFT JOIN documents d ON d.id = o.document_id {where} ORDER BY o.id", params).fetchall()
    names = ("id", "document_id", "file", "scheme", "kind", "op", "target", "field", "old", "new", "who", "at",
             "status", "note", "key")
    out = []
    for row in rows:
        record = dict(zip(names, row, strict=True))
        for name in ("old", "new", "key"):
            record[name] = _unjson(record[name])
        out.append(record)
    return out
