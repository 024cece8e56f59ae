"""The `rubrics` command: a thin layer over the library, one module per verb in rubrics/commands.

Why a registry of modules: each verb (parse, extract, ingest …) lives beside its own options and
output code, and this file only assembles them and turns our typed errors into one clear line.
"""

from __future__ import annotations

import sys

import typer

from rubrics.errors import RubricsError

app = typer.Typer(
    name="rubrics",
    help="Read assessment policies (考核办法, 绩效考核 notices, scoring tables) into DuckDB, compare and score them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

COMMAND_MODULES = (
    "parse",
    "extract",
    "ingest",
    "show",
    "sql",
    "export",
    "compare",
    "score",
    "demo",
    "correct",
    "review",
)


def _register() -> None:
    import importlib

    for name in COMMAND_MODULES:
        module = importlib.import_module(f"rubrics.commands.{name}")
        module.register(app)


@app.callback()
def _options(
    lang: str | None = typer.Option(
        None, "--lang", help="language of what a person reads: zh (default) or en; also $RUBRICS_LANG",
    ),
) -> None:
    """Read assessment policies (考核办法, 绩效考核 notices, scoring tables) into DuckDB, compare and score them."""
    from rubrics.messages import LANGS, set_lang

    if lang is not None and lang not in LANGS:
        raise typer.BadParameter(f"one of {', '.join(LANGS)}", param_hint="--lang")
    set_lang(lang)


_register()


def main(argv: list[str] | None = None) -> None:
    """Console-script entry: run the app, turning RubricsError into a one-line message."""
    try:
        app(args=argv, standalone_mode=True)
    except RubricsError as exc:  # raised outside a command's own handling
        from rubrics.messages import message

        typer.echo(f"{message('error.prefix')}{exc}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
