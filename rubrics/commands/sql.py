"""`rubrics sql "QUERY" [--db FILE] [--format table|csv|json]`: ask the warehouse anything, read-only.

The connection is opened with DuckDB's read_only flag, so a write statement is refused by DuckDB
itself (not by guessing at the SQL text); the refusal is turned into one clear line.
"""

from __future__ import annotations

import csv
import json
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import typer

from rubrics.commands import fail
from rubrics.errors import RubricsError

FORMATS = ("table", "csv", "json")

# DuckDB's words when a read-only connection is asked to write, e.g.
# 'Invalid Input Error: Cannot execute statement of type "INSERT" on database "w" which is attached in read-only mode!'
READ_ONLY_WORDS = ("read-only mode", "read_only", "read-only")


def register(app: typer.Typer) -> None:
    @app.command("sql")
    def sql_command(
        query: str = typer.Argument(..., help='SQL, e.g. "SELECT scheme, path, points FROM item_paths LIMIT 10"'),
        db: Path | None = typer.Option(None, "--db", help="warehouse file (default $RUBRICS_DB or ./rubrics.duckdb)"),
        format: str = typer.Option("table", "--format", "-f", help="table, csv or json"),
    ) -> None:
        """Run SQL on the warehouse (read-only). Tables: documents, schemes, items, rules, warnings,
        repairs, ingest_log; views: item_paths, rules_with_items, scheme_totals, rules_per_kind."""
        import duckdb

        from rubrics.warehouse.db import connect

        if format not in FORMATS:
            raise typer.BadParameter("format must be table, csv or json", param_hint="--format")
        try:
            con = connect(db, read_only=True)
        except RubricsError as exc:
            fail(exc)
        try:
            result = con.execute(query)
            columns = [d[0] for d in result.description] if result.description else []
            rows = result.fetchall() if columns else []
        except duckdb.Error as exc:
            message = str(exc).strip().splitlines()[0]
            if any(word in message for word in READ_ONLY_WORDS):
                typer.echo(f"rubrics: sql is read-only: {message}", err=True)
            else:
                typer.echo(f"rubrics: sql: {message}", err=True)
            raise typer.Exit(1) from None
        finally:
            con.close()
        if format == "csv":
            writer = csv.writer(sys.stdout, lineterminator="\n")
            writer.writerow(columns)
            writer.writerows([[_csv_value(v) for v in row] for row in rows])
        elif format == "json":
            typer.echo(json.dumps([dict(zip(columns, row, strict=True)) for row in rows],
                                  ensure_ascii=False, indent=1, default=_json_default))
        else:
            _table(columns, rows)


def _json_default(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return str(value)


def _csv_value(value):
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def _table(columns: list[str], rows: list[tuple]) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(show_header=True, header_style="bold")
    for name in columns:
        table.add_column(escape(name), overflow="fold")
    for row in rows:
        table.add_row(*(escape("" if v is None else _cell(v)) for v in row))
    console = Console()
    if not console.is_terminal:  # piped into a file or a test: no wrapping at 80 columns
        console = Console(width=max(console.width, 4000))
    console.print(table)
    console.print(f"[dim]{len(rows)} row{'s' if len(rows) != 1 else ''}[/]")


def _cell(value) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        return " / ".join(str(v) for v in value)
    return str(value)
