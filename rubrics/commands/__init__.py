"""One module per CLI verb; each exposes `register(app)`."""

from __future__ import annotations

import typer


def fail(message: object, code: int = 1) -> None:
    """Print one line to stderr and exit non-zero: the file and the reason, never a traceback."""
    from rubrics.messages import message as text

    typer.echo(f"{text('error.prefix')}{message}", err=True)
    raise typer.Exit(code) from None
