"""`rubrics show DOC [--db FILE]`: the rubric tree of an ingested document, with its warnings.

DOC is an id prefix, a file name or a title, or a unique prefix of one (see
rubrics.warehouse.lookup); `DOC#SCHEME` shows one scheme. The tree is the one `rubrics extract
--format tree` draws, read from the warehouse's stored rubric JSON, so what is shown is exactly
what was ingested; each item says where it is in the file, in words counted from 1.
"""

from __future__ import annotations

from pathlib import Path

import typer

from rubrics.commands import fail
from rubrics.errors import RubricsError


def register(app: typer.Typer) -> None:
    @app.command("show")
    def show_command(
        doc: str | None = typer.Argument(
            None, help="document id prefix, file name or title, or a unique prefix; DOC#SCHEME for one scheme "
                       "(none: list them)"),
        db: Path | None = typer.Option(None, "--db", help="warehouse file (default $RUBRICS_DB or ./rubrics.duckdb)"),
    ) -> None:
        """Show the rubric tree of an ingested document (schemes, items, points, rules, warnings); no DOC: list them."""
        from rich.console import Console
        from rich.markup import escape

        from rubrics.commands.extract import rubric_tree
        from rubrics.warehouse.db import connect, db_path
        from rubrics.warehouse.load import load_rubric
        from rubrics.warehouse.lookup import find_document

        if doc is None:
            _list_documents(db)
            return
        from rubrics.messages import message, warning_label
        from rubrics.warehouse.resolve import pick_scheme, split_ref

        doc_ref, scheme_name = split_ref(doc)
        try:
            con = connect(db, read_only=True)
            try:
                doc_id = find_document(con, doc_ref, str(db_path(db)))
                rubric = load_rubric(con, doc_id)
                file, path, ingested_at = con.execute(
                    "SELECT file, path, ingested_at FROM documents WHERE id = ?", [doc_id]
                ).fetchone()
            finally:
                con.close()
            if scheme_name is not None:
                rubric = rubric.model_copy(update={"schemes": [pick_scheme(rubric, scheme_name, doc)]})
        except RubricsError as exc:
            fail(exc)
        console = Console()
        console.print("[dim]" + escape(message(
            "show.header", id=doc_id[:12], file=file or "?", at=f"{ingested_at:%Y-%m-%d %H:%M}",
            version=rubric.extractor_version)) + "[/]")
        tree = rubric_tree(rubric, sources=True)
        for warning in rubric.warnings:
            tree.add(f"[yellow]⚠ {escape(warning_label(warning.code))}：{escape(warning.message)}[/]")
        console.print(tree)


def _list_documents(db) -> None:
    """What `show` can show: every document with its id prefix, file, title and counts."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from rubrics.warehouse.db import connect

    try:
        con = connect(db, read_only=True)
        try:
            rows = con.execute(
                "SELECT left(d.id, 12), d.file, d.title, d.year, d.n_schemes, "
                "(SELECT count(*) FROM schemes s WHERE s.document_id = d.id AND s.needs_review), "
                "d.n_items, d.n_rules, d.n_warnings FROM documents d ORDER BY d.file, d.ingested_at"
            ).fetchall()
        finally:
            con.close()
    except RubricsError as exc:
        fail(exc)
    from rubrics.messages import message

    table = Table(show_header=True, header_style="bold")
    for name in message("show.list_head").split("|"):
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*(escape("" if v is None else str(v)) for v in row))
    console = Console()
    if not console.is_terminal:
        console = Console(width=max(console.width, 200))
    console.print(table)
    console.print("[dim]" + escape(message("show.list_foot", n=len(rows))) + "[/]")
