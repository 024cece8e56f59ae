"""`rubrics export [--db FILE] [--scheme REF] --format json|xlsx|parquet --out PATH`.

json: the rubric JSON (one scheme's document with --scheme; else a list, JSON lines for *.jsonl;
`--out -` prints it); xlsx: one sheet per scheme laid out as a scoring table; parquet: a folder
with one file per warehouse table. Other packages add formats (see rubrics.warehouse.export).
"""

from __future__ import annotations

from pathlib import Path

import typer

from rubrics.commands import fail
from rubrics.errors import RubricsError


def register(app: typer.Typer) -> None:
    @app.command("export")
    def export_command(
        format: str = typer.Option(..., "--format", "-f", help="json, xlsx, parquet (or a format another package adds)"),
        out: Path = typer.Option(..., "--out", "-o", help="file to write (a folder for parquet; - prints json)"),
        scheme: str | None = typer.Option(
            None, "--scheme", "-s", help="one scheme: DOC (id prefix, file name, title), DOC#SCHEME or a scheme id prefix"
        ),
        db: Path | None = typer.Option(None, "--db", help="warehouse file (default $RUBRICS_DB or ./rubrics.duckdb)"),
    ) -> None:
        """Export everything, or one scheme, as rubric JSON, XLSX or Parquet."""
        from rubrics.messages import message
        from rubrics.warehouse.db import connect
        from rubrics.warehouse.export import export

        try:
            if str(out) != "-" and format != "parquet" and not out.parent.exists():
                raise RubricsError(message("export.folder_missing", out=out, folder=out.parent))
            con = connect(db, read_only=True)
            try:
                selection = export(con, format, out, scheme)
            finally:
                con.close()
        except (RubricsError, OSError) as exc:
            fail(exc)
        if str(out) != "-":
            n_schemes = sum(len(r.schemes) for r in selection.rubrics)
            typer.echo(message("export.wrote", out=out, format=format, docs=len(selection.rubrics),
                               schemes=n_schemes), err=True)
