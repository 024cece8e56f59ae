"""Find the scheme a user names on the command line.

A reference is one of:
  * a rubric JSON file (what `rubrics extract` prints), optionally `FILE.json#scheme name`;
  * (warehouse) a document id prefix, a file name or a title, optionally `#scheme name`,
    or a scheme id prefix.
Why one resolver: score, compare, facts-template and export all take the same kind of reference.
"""

from __future__ import annotations

import json
from pathlib import Path

from rubrics.errors import RubricsError
from rubrics.extracted.models import Rubric, Scheme
from rubrics.messages import message


def split_ref(ref: str) -> tuple[str, str | None]:
    """`doc#scheme` → (doc, scheme); `doc` → (doc, None)."""
    if "#" in ref:
        doc, scheme = ref.split("#", 1)
        return doc, scheme or None
    return ref, None


def _candidates(ref: str, schemes: list[Scheme]) -> str:
    doc = split_ref(ref)[0]
    names = [s.name for s in schemes]
    listed = [f"{doc}#{s.name if names.count(s.name) == 1 else s.id}" for s in schemes[:10]]
    return "; ".join(listed) + (f"; … (+{len(schemes) - 10})" if len(schemes) > 10 else "")


def pick_scheme(rubric: Rubric, name: str | None, ref: str) -> Scheme:
    """The scheme of a rubric by name: exact, id, unique prefix, unique containment; the only
    one when none is named. Several fit: an error listing them as references to copy."""
    if not rubric.schemes:
        raise RubricsError(message("name.no_schemes", ref=ref))
    if name is None:
        if len(rubric.schemes) == 1:
            return rubric.schemes[0]
        raise RubricsError(message("name.ambiguous", ref=ref, what=message("name.what.scheme"),
                                   candidates=_candidates(ref, rubric.schemes)))
    for test in (lambda s: s.name == name, lambda s: s.id == name, lambda s: s.name.startswith(name),
                 lambda s: s.id.startswith(name), lambda s: name in s.name):
        matches = [s for s in rubric.schemes if test(s)]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise RubricsError(message("name.ambiguous", ref=ref, what=message("name.what.scheme"),
                                       candidates=_candidates(ref, matches)))
    raise RubricsError(message("name.no_scheme", ref=ref, name=name, candidates=_candidates(ref, rubric.schemes)))


def load_rubric_file(path: Path) -> Rubric:
    try:
        return Rubric.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        raise RubricsError(f"{path}: not a rubric JSON file ({exc})") from exc


def resolve_scheme(ref: str, db=None) -> tuple[Rubric, Scheme]:
    """The (rubric, scheme) a reference names; a RubricsError that says why when none does.

    `db` is a warehouse path (None: $RUBRICS_DB or ./rubrics.duckdb) or an open DuckDB connection.
    """
    doc_ref, scheme_name = split_ref(ref)
    path = Path(doc_ref)
    if path.suffix.lower() == ".json" and path.is_file():
        rubric = load_rubric_file(path)
        return rubric, pick_scheme(rubric, scheme_name, ref)
    if path.suffix.lower() == ".json" and not _is_connection(db) and not _warehouse_exists(db):
        raise RubricsError(message("name.no_json", ref=ref))
    with _Connection(db) as con:
        return resolve_in_warehouse(con, ref)


def resolve_document(ref: str, db=None) -> Rubric:
    """The rubric of the one ingested document a reference (id prefix, file name, title) names."""
    with _Connection(db) as con:
        from rubrics.warehouse.load import load_rubric
        from rubrics.warehouse.lookup import find_document

        return load_rubric(con, find_document(con, ref))


def resolve_in_warehouse(con, ref: str) -> tuple[Rubric, Scheme]:
    """Document (id prefix, file name, title) `#scheme name`, a scheme id prefix, or a scheme name."""
    from rubrics.warehouse.load import load_rubric
    from rubrics.warehouse.lookup import (
        describe,
        find_documents,
        find_scheme_by_id,
        find_scheme_by_name,
    )

    doc_ref, scheme_name = split_ref(ref)
    docs = find_documents(con, doc_ref)
    if len(docs) == 1:
        rubric = load_rubric(con, docs[0][0])
        return rubric, pick_scheme(rubric, scheme_name, ref)
    if len(docs) > 1:
        raise RubricsError(message("name.ambiguous", ref=ref, what=message("name.what.document"),
                                   candidates=describe(docs)))
    if scheme_name is None:
        for finder in (find_scheme_by_id, find_scheme_by_name):
            hits = finder(con, doc_ref)
            if len(hits) == 1:
                rubric = load_rubric(con, hits[0][0])
                return rubric, next(s for s in rubric.schemes if s.id == hits[0][1])
            if len(hits) > 1:
                listed = "; ".join(_scheme_ref(con, d, s) for d, s in hits[:8])
                raise RubricsError(message("name.ambiguous", ref=ref, what=message("name.what.scheme"),
                                           candidates=listed))
    raise RubricsError(message("name.nothing", ref=ref))


def _scheme_ref(con, doc_id: str, scheme_id: str) -> str:
    """A reference a user can copy for one scheme: FILE#NAME."""
    row = con.execute("SELECT d.file, s.name FROM schemes s JOIN documents d ON d.id = s.document_id "
                      "WHERE s.document_id = ? AND s.id = ?", [doc_id, scheme_id]).fetchone()
    return f"{row[0]}#{row[1]}" if row else f"{doc_id[:12]}#{scheme_id}"


def _is_connection(db) -> bool:
    return hasattr(db, "execute") and not isinstance(db, str | Path)


def _warehouse_exists(db) -> bool:
    from rubrics.warehouse.db import db_path

    return db_path(db).exists()


class _Connection:
    """An open connection passed in (left open), or a read-only one opened and closed here."""

    def __init__(self, db):
        self.db = db
        self.owned = None

    def __enter__(self):
        if _is_connection(self.db):
            return self.db
        from rubrics.warehouse.db import connect

        self.owned = connect(self.db, read_only=True)
        return self.owned

    def __exit__(self, *exc):
        if self.owned is not None:
            self.owned.close()
        return False
