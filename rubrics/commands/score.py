"""`rubrics facts-template` and `rubrics score`: from observed facts to scores, breakdown and grades.

facts-template SCHEME --out facts.xlsx|facts.csv [--units A,B|FILE]: a sheet to enter each unit's
counts and judged scores against the scheme's rules.
score SCHEME --facts FILE [--db FILE] [--out PATH] [--format table|xlsx|json]: every unit's total,
breakdown and grade; stored in the warehouse's `scores` table when a warehouse is given or present.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import typer

from rubrics.commands import fail
from rubrics.errors import RubricsError


def _units(value: str | None) -> list[str] | None:
    """--units: a file with one unit per line, or names separated by commas (, or ，)."""
    if not value:
        return None
    path = Path(value)
    if path.is_file():
        names = [line.strip() for line in path.read_text(encoding="utf-8-sig").splitlines()]
    else:
        names = [part.strip() for part in value.replace("，", ",").split(",")]
    names = [n for n in names if n]
    if len(set(names)) != len(names):
        raise RubricsError(f"--units: a unit is listed twice ({', '.join(names)})")
    return names


def _warehouse(db: Path | None) -> Path | None:
    """The warehouse to store scores in: --db, else $RUBRICS_DB or ./rubrics.duckdb when it exists."""
    from rubrics.warehouse.db import db_path

    if db is not None:
        return db
    path = db_path(None)
    return path if path.exists() else None


def register(app: typer.Typer) -> None:
    @app.command("facts-template")
    def facts_template_command(
        scheme: str = typer.Argument(..., help="scheme: FILE.json[#NAME] or a warehouse reference"),
        out: Path = typer.Option(..., "--out", "-o", help="facts.xlsx or facts.csv to write"),
        units: str | None = typer.Option(None, "--units", help="unit names (A,B,C) or a file with one per line"),
        db: Path | None = typer.Option(None, "--db", help="warehouse file (default $RUBRICS_DB or ./rubrics.duckdb)"),
    ) -> None:
        """Write a sheet for entering each unit's facts (counts, chosen amounts, judged scores)."""
        from rubrics.scoring.facts_io import write_template
        from rubrics.scoring.plan import build_plan
        from rubrics.warehouse.resolve import resolve_scheme

        try:
            if not out.parent.exists():
                from rubrics.messages import message

                raise RubricsError(message("score.folder_missing", out=out, folder=out.parent))
            rubric, chosen = resolve_scheme(scheme, db)
            rows = write_template(build_plan(chosen, rubric), out, _units(units))
        except (RubricsError, OSError) as exc:
            fail(exc)
        from rubrics.messages import message

        typer.echo(message("score.template", out=out, rows=rows, scheme=chosen.name), err=True)

    @app.command("score")
    def score_command(
        scheme: str = typer.Argument(..., help="scheme: FILE.json[#NAME] or a warehouse reference"),
        facts: Path = typer.Option(..., "--facts", help="facts file: .xlsx, .csv or .json"),
        db: Path | None = typer.Option(None, "--db", help="warehouse to read the scheme from and store scores in"),
        out: Path | None = typer.Option(None, "--out", "-o", help="file for --format xlsx or json ('-' prints json)"),
        format: str = typer.Option("table", "--format", "-f", help="table, xlsx or json"),
        brief: bool = typer.Option(False, "--brief", help="table: totals and grades only, no breakdown"),
    ) -> None:
        """Score every unit in the facts: totals, breakdown by item and rule, grades; store the run."""
        from rubrics.scoring.engine import score
        from rubrics.scoring.facts_io import read_facts
        from rubrics.scoring.report import rich_tables, write_json, write_xlsx
        from rubrics.warehouse.resolve import resolve_scheme

        if format not in ("table", "xlsx", "json"):
            raise typer.BadParameter("format must be table, xlsx or json", param_hint="--format")
        if format == "xlsx" and out is None:
            raise typer.BadParameter("--format xlsx needs --out FILE.xlsx", param_hint="--out")
        try:
            if out is not None and str(out) != "-" and not out.parent.exists():
                from rubrics.messages import message

                raise RubricsError(message("score.folder_missing", out=out, folder=out.parent))
            rubric, chosen = resolve_scheme(scheme, db)
            data = read_facts(facts, defer=True)
            sha = hashlib.sha256(facts.read_bytes()).hexdigest()
            run = score(chosen, data, rubric, source=str(facts), facts_sha256=sha)
            stored = _store(run, db)
            if format == "json":
                write_json(run, out or Path("-"))
            elif format == "xlsx":
                write_xlsx(run, out)
            else:
                from rich.console import Console

                console = Console()
                for part in rich_tables(run, detail=not brief):
                    console.print(part)
                if out is not None:
                    (write_xlsx if out.suffix.lower() == ".xlsx" else write_json)(run, out)
        except (RubricsError, OSError) as exc:
            fail(exc)
        from rubrics.messages import message

        if out is not None and str(out) != "-":
            typer.echo(message("score.wrote", out=out), err=True)
        if stored:
            typer.echo(message("score.stored", run=run.run_id, n=len(run.units), db=stored), err=True)


def _store(run, db: Path | None) -> Path | None:
    from rubrics.scoring.store import store_run
    from rubrics.warehouse.db import connect

    path = _warehouse(db)
    if path is None:
        return None
    con = connect(path)
    try:
        store_run(con, run)
    finally:
        con.close()
    return path
