"""Getting data out of the warehouse for other tools: rubric JSON, XLSX for office staff, Parquet for analysts.

Why a registry of writers: each format is one function `writer(selection, out)`; another package
adds its own (the scorer's `rules-json`) with `register_writer`, and `rubrics export` lists what is
registered. Modules named in WRITER_MODULES are imported on first use so that their writers
register themselves without this package knowing them.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from rubrics.errors import RubricsError
from rubrics.extracted.models import Rubric
from rubrics.warehouse.load import CHILD_TABLES

# modules that register extra writers when imported (missing modules are skipped)
WRITER_MODULES = ("rubrics.scoring.export",)

# tables written by the parquet export, one file each
PARQUET_TABLES = ("documents", *CHILD_TABLES, "ingest_log")


@dataclass
class Selection:
    """What to export: whole documents, or one scheme of one document (`scheme_id` set)."""

    con: duckdb.DuckDBPyConnection
    rubrics: list[Rubric] = field(default_factory=list)  # narrowed to the chosen scheme when there is one
    scheme_id: str | None = None

    @property
    def document_ids(self) -> list[str]:
        return [r.document.id for r in self.rubrics if r.document.id]


Writer = Callable[[Selection, Path], None]
WRITERS: dict[str, Writer] = {}


def register_writer(name: str, writer: Writer) -> None:
    """Make `rubrics export --format NAME` call `writer(selection, out)`."""
    WRITERS[name] = writer


def writers() -> dict[str, Writer]:
    for module in WRITER_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name is None or not module.startswith(exc.name):
                raise
    return WRITERS


def select(con: duckdb.DuckDBPyConnection, scheme_ref: str | None = None) -> Selection:
    """Every document in ingest order, or the one scheme a reference names."""
    from rubrics.warehouse.load import load_rubric
    from rubrics.warehouse.resolve import resolve_scheme

    if scheme_ref:
        rubric, scheme = resolve_scheme(scheme_ref, con)
        narrowed = rubric.model_copy(update={"schemes": [scheme]})
        return Selection(con, [narrowed], scheme.id)
    ids = [row[0] for row in con.execute("SELECT id FROM documents ORDER BY ingested_at, id").fetchall()]
    return Selection(con, [load_rubric(con, doc_id) for doc_id in ids])


def export(con: duckdb.DuckDBPyConnection, fmt: str, out: Path, scheme_ref: str | None = None) -> Selection:
    table = writers()
    if fmt not in table:
        raise RubricsError(f"--format {fmt}: not a known export format (known: {', '.join(sorted(table))})")
    selection = select(con, scheme_ref)
    if not selection.rubrics:
        raise RubricsError("the warehouse holds no documents to export (run `rubrics ingest` first)")
    table[fmt](selection, out)
    return selection


def write_json(selection: Selection, out: Path) -> None:
    """One scheme: its rubric (the document with that scheme). Otherwise a list, or JSON lines for *.jsonl."""
    if selection.scheme_id is not None:
        text = selection.rubrics[0].model_dump_json(indent=2) + "\n"
    elif out.suffix.lower() == ".jsonl":
        text = "".join(r.model_dump_json() + "\n" for r in selection.rubrics)
    else:
        text = json.dumps([r.model_dump(mode="json") for r in selection.rubrics], ensure_ascii=False, indent=2) + "\n"
    if str(out) == "-":
        import sys

        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")


def write_xlsx(selection: Selection, out: Path) -> None:
    from rubrics.warehouse.xlsx import write_workbook

    write_workbook(selection.rubrics, out)


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def write_parquet(selection: Selection, out: Path) -> None:
    """A folder with one Parquet file per table (documents.parquet, items.parquet …), rows of the selection only."""
    if out.exists() and not out.is_dir():
        raise RubricsError(f"{out}: parquet export writes a folder of files; this is a file")
    out.mkdir(parents=True, exist_ok=True)
    docs = ", ".join(_quote(d) for d in selection.document_ids) or "NULL"
    for name in PARQUET_TABLES:
        if name == "documents":
            where = f"id IN ({docs})"
        elif name == "ingest_log":
            where = f"hash IN ({docs})"
        else:
            where = f"document_id IN ({docs})"
        if selection.scheme_id is not None and name in ("schemes", "items", "rules", "warnings"):
            column = "id" if name == "schemes" else "scheme_id"
            where += f" AND {column} = {_quote(selection.scheme_id)}"
        order = "ORDER BY id" if name == "ingest_log" else ""
        target = _quote(str(out / f"{name}.parquet"))
        selection.con.execute(f"COPY (SELECT * FROM {name} WHERE {where} {order}) TO {target} (FORMAT PARQUET)")


register_writer("json", write_json)
register_writer("xlsx", write_xlsx)
register_writer("parquet", write_parquet)
