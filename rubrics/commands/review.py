"""`rubrics review [--db FILE] [--port N] [--host H] [--no-browser]`: the review web app."""

from __future__ import annotations

from pathlib import Path

import typer

from rubrics.commands import fail
from rubrics.errors import RubricsError


def register(app: typer.Typer) -> None:
    @app.command("review")
    def review_command(
        db: Path | None = typer.Option(None, "--db", help="warehouse file (default $RUBRICS_DB or ./rubrics.duckdb)"),
        port: int = typer.Option(8765, "--port", help="port to listen on (0: any free port)"),
        host: str = typer.Option("127.0.0.1", "--host", help="address to listen on; any other than this machine "
                                 "needs the token printed at start"),
        who: str | None = typer.Option(None, "--who", help="who corrects (default $RUBRICS_WHO or the OS user)"),
        browser: bool = typer.Option(True, "--browser/--no-browser", help="open the page in a browser"),
    ) -> None:
        """Review and correct the warehouse in a browser: each number beside its source."""
        try:
            from rubrics.review.server import serve

            serve(db, host=host, port=port, who=who, open_browser=browser)
        except RubricsError as exc:
            fail(exc)
