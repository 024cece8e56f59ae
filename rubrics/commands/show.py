"""`rubrics show DOC [--db FILE]`: the rubric tree of an ingested document, with its warnings.

DOC is an id prefix, a file name or a title (see rubrics.warehouse.lookup). The tree is the same one
`rubrics extract --format tree` draws, read from the warehouse's stored rubric JSON, so what is
shown is exactly what was ingested.
"""

from __future__ import annotations

from pathlib import Path

import typer

from rubrics.errors import RubricsError


def register(app: typer.Typer) -> None:
    @app.command("show")
    def show_command(
        doc: str = typer.Argument(..., help="document id prefix, file name or title"),
        db: Path | None = typer.Option(None, "--db", help="warehouse file (default $RUBRICS_DB or ./rubrics.duckdb)"),
    ) -> None:
        """Show the rubric tree of an ingested document: schemes, items, points, rules and warnings."""
        from rich.console import Console
        from rich.markup import escape

        from rubrics.commands.extract import rubric_tree
        from rubrics.warehouse.db import connect, db_path
        from rubrics.warehouse.load import load_rubric
        from rubrics.warehouse.lookup import find_document

        try:
            con = connect(db, read_only=True)
            try:
                doc_id = find_document(con, doc, str(db_path(db)))
                rubric = load_rubric(con, doc_id)
                file, path, ingested_at = con.execute(
                    "SELECT file, path, ingested_at FROM documents WHERE id = ?", [doc_id]
                ).fetchone()
            finally:
                con.close()
        except RubricsError as exc:
            typer.echo(f"rubrics: {exc}", err=True)
            raise typer.Exit(1) from None
        console = Console()
        console.print(
            f"[dim]{doc_id[:12]} · {escape(file or '?')} · ingested {ingested_at:%Y-%m-%d %H:%M} · "
            f"extractor {rubric.extractor_version}[/]"
        )
        tree = rubric_tree(rubric)
        for warning in rubric.warnings:
            tree.add(f"[yellow]⚠ {escape(warning.code)}: {escape(warning.message)}[/]")
        console.print(tree)
