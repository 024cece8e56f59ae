"""`rubrics demo [--db FILE]`: build a warehouse from the bundled sample corpus and show what is in it.

The README's first command. The warehouse goes to demo.duckdb in the working folder (not the
default rubrics.duckdb, so the samples never mix into a user's own warehouse); the example queries
print their SQL so that the next step, `rubrics sql ... --db demo.duckdb`, is obvious.
"""

from __future__ import annotations

import os
from pathlib import Path

import typer

from rubrics.commands import fail
from rubrics.errors import RubricsError

DEMO_DB = "demo.duckdb"


def sample_corpus() -> Path:
    """corpus/sample beside the package sources (a git clone or an editable install)."""
    import rubrics

    folder = Path(rubrics.__file__).resolve().parents[1] / "corpus" / "sample"
    if not folder.is_dir():
        raise RubricsError(
            f"{folder}: the sample corpus is not here; the demo runs from a clone of the repository "
            "(pip installs do not ship it)"
        )
    from rubrics.warehouse.ingest import SUPPORTED_EXTENSIONS

    if not any(p.suffix.lower() in SUPPORTED_EXTENSIONS for p in folder.rglob("*")):
        raise RubricsError(f"{folder}: the sample corpus is empty (`make corpus` generates it)")
    return folder


def register(app: typer.Typer) -> None:
    @app.command("demo")
    def demo_command(
        db: Path = typer.Option(Path(DEMO_DB), "--db", help="warehouse file to build (default ./demo.duckdb)"),
        jobs: int = typer.Option(0, "--jobs", "-j", help="parse in N processes (0: one per core)"),
    ) -> None:
        """Build a warehouse from the bundled sample corpus (DOCX, PDF) and show what is in it."""
        from rich.console import Console

        from rubrics.commands.ingest import _Progress, _summary
        from rubrics.warehouse.db import connect
        from rubrics.warehouse.ingest import ingest

        console = Console()
        if not console.is_terminal:  # piped or logged: no folding at 80 columns
            console = Console(width=max(console.width, 160))
        try:
            corpus = sample_corpus()
            con = connect(db)
        except RubricsError as exc:
            fail(exc)
        try:
            from rich.markup import escape

            from rubrics.messages import message

            console.print("[bold]" + escape(message("demo.ingesting", corpus=corpus, db=db)) + "[/]")
            with _Progress(Console(stderr=True)) as progress:
                outcomes = ingest(con, [corpus], jobs=jobs if jobs > 0 else min(os.cpu_count() or 1, 4),
                                  on_outcome=progress.advance, on_plan=progress.start)
            _summary(outcomes)
            _contents(console, con)
            _examples(console, con, db)
        finally:
            con.close()
        if any(o.status == "failed" for o in outcomes):
            raise typer.Exit(1)


def _table(console, result, title: str | None = None, caption: str | None = None) -> None:
    from rich.markup import escape
    from rich.table import Table

    columns = [d[0] for d in result.description]
    table = Table(title=title, caption=caption, show_header=True, header_style="bold", title_justify="left")
    for name in columns:
        table.add_column(escape(name), overflow="fold")
    for row in result.fetchall():
        table.add_row(*(escape("" if v is None else f"{v:g}" if isinstance(v, float) else str(v)) for v in row))
    console.print(table)


def _contents(console, con) -> None:
    from rubrics.messages import message

    _table(console, con.execute(
        "SELECT file, format, year, title, n_schemes AS schemes, n_items AS items, n_rules AS rules, "
        "n_warnings AS warnings FROM documents ORDER BY file"
    ), title=message("demo.documents"))
    _table(console, con.execute(
        "SELECT file, scheme, stated_total AS total, n_items AS items, n_rules AS rules, n_warnings AS warnings "
        "FROM scheme_totals ORDER BY file, scheme"
    ), title=message("demo.schemes"))


def _examples(console, con, db: Path) -> None:
    from rich.markup import escape

    from rubrics.messages import message
    from rubrics.warehouse.examples import EXAMPLE_CODES, EXAMPLE_QUERIES

    console.print("\n[bold]" + escape(message("demo.examples", db=db)) + "[/]")
    for code, (_, sql) in zip(EXAMPLE_CODES, EXAMPLE_QUERIES, strict=True):
        console.print(f"\n[bold]{escape(message(code))}[/]\n[cyan]{escape(sql)}[/]")
        _table(console, con.execute(sql))
    first = con.execute("SELECT file FROM documents ORDER BY file LIMIT 1").fetchone()
    if first:
        console.print(f"\n{message('demo.next')} [cyan]rubrics show {escape(first[0])} --db {escape(str(db))}[/]  ·  "
                      f"[cyan]rubrics export --db {escape(str(db))} --format xlsx --out demo.xlsx[/]")
