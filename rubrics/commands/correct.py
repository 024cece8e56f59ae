"""`rubrics correct SCHEME --set "路径.points=5"` and `rubrics corrections [--export F] [--undo ID]`.

Why on the command line too: scripts and people who don't want a browser make the same
corrections as the review page, through the same API (warehouse/corrections.py), so a correction
made either way is stored, listed, exported, undone and re-applied after re-extraction alike.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer

from rubrics.commands import fail
from rubrics.errors import RubricsError

DB_HELP = "warehouse file (default $RUBRICS_DB or ./rubrics.duckdb)"


def register(app: typer.Typer) -> None:
    @app.command("correct")
    def correct_command(
        scheme: str | None = typer.Argument(
            None, help="DOC#SCHEME, a scheme id prefix or name (not needed with --file)"),
        set_: list[str] = typer.Option([], "--set", help='PATH.FIELD=VALUE, e.g. "基础工作/台账管理.points=5"; '
                                       'rules: "rule:ID.amount=1" or "PATH#N.kind=deduct"; move: "PATH.parent=NEW/PARENT"'),
        delete: list[str] = typer.Option([], "--delete", help="an item PATH (without sub-items) or a rule rule:ID / PATH#N"),
        add_item: list[str] = typer.Option([], "--add-item", help='"PARENT/NEW NAME=POINTS" (=POINTS optional)'),
        add_rule: list[str] = typer.Option([], "--add-rule",
                                           help='\'ITEMPATH={"kind": "deduct", "amount": 1, "per": "次", "text": "…"}\''),
        reviewed: bool | None = typer.Option(None, "--reviewed/--unreviewed", help="mark the scheme reviewed (or not)"),
        file: Path | None = typer.Option(None, "--file", help="a corrections file (JSON; extracted/corrections.schema.json)"),
        who: str | None = typer.Option(None, "--who", help="who corrects (default $RUBRICS_WHO or the OS user)"),
        db: Path | None = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Correct an ingested scheme; each correction is stored and survives re-extraction."""
        from rubrics.messages import message
        from rubrics.warehouse.corrections import default_who

        specs: list[dict] = []
        try:
            from rubrics.warehouse.specs import parse_add_rule, parse_set, read_file

            specs += [parse_set(line) for line in set_]
            specs += [{"op": "delete", "target": t} for t in delete]
            specs += [parse_add_rule(line) for line in add_rule]
            batches: list[tuple[str, str | None, list[dict]]] = []
            if file is not None:
                data = read_file(file)
                who = who or data.get("who")
                batches += [(entry["scheme"], None, entry["edits"]) for entry in data["corrections"]]
            if specs or add_item or reviewed is not None:
                if scheme is None:
                    raise RubricsError(message("correct.nothing"))
                if reviewed is not None:
                    specs.append({"op": "reviewed", "value": reviewed})
                batches.insert(0, (scheme, "\n".join(add_item), specs))
            if not batches:
                raise RubricsError(message("correct.nothing"))
            who = who or default_who()
            done = _apply(db, batches, who)
        except RubricsError as exc:
            fail(exc)
        for name, n in done:
            typer.echo(message("correct.done", n=n, who=who, scheme=name))

    @app.command("corrections")
    def corrections_command(
        doc: str | None = typer.Argument(None, help="only this document (id prefix, file name or title)"),
        db: Path | None = typer.Option(None, "--db", help=DB_HELP),
        export: Path | None = typer.Option(None, "--export", help="write them as a corrections file (JSON)"),
        undo: int | None = typer.Option(None, "--undo", help="undo the correction with this id"),
        who: str | None = typer.Option(None, "--who", help="who undoes (default $RUBRICS_WHO or the OS user)"),
        as_json: bool = typer.Option(False, "--json", help="list as JSON"),
    ) -> None:
        """List the corrections made to the warehouse (and conflicts), export them, or undo one."""
        from rubrics.messages import message
        from rubrics.warehouse import corrections
        from rubrics.warehouse.db import connect, db_path
        from rubrics.warehouse.lookup import find_document

        try:
            con = connect(db, read_only=undo is None)
            try:
                if undo is not None:
                    doc_id = corrections.undo(con, undo, who=who)
                    typer.echo(message("correct.undone", id=undo))
                    stale = corrections.conflicts(con, doc_id)
                    if stale:
                        typer.echo(message("correct.now_conflicts", n=len(stale)))
                        for cid, _, scheme, target, field, note in stale:
                            typer.echo(f"  {cid} {scheme} · {target} · {field or ''}: {note}")
                    return
                doc_id = find_document(con, doc, str(db_path(db))) if doc else None
                records = corrections.listing(con, doc_id)
            finally:
                con.close()
            if export is not None:
                from rubrics.warehouse.specs import export_records

                if export.parent and not export.parent.exists():
                    raise RubricsError(message("export.folder_missing", out=export, folder=export.parent))
                data = export_records(records)
                export.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
                typer.echo(message("correct.exported", out=export, n=sum(len(e["edits"]) for e in data["corrections"])))
                return
        except RubricsError as exc:
            fail(exc)
        if as_json:
            typer.echo(json.dumps(records, ensure_ascii=False, indent=2, default=str))
            return
        _print_list(records)


def _apply(db, batches: list[tuple[str, str | None, list[dict]]], who: str) -> list[tuple[str, int]]:
    """Resolve every batch against its scheme, then apply it in one transaction per scheme."""
    from rubrics.warehouse.corrections import correct
    from rubrics.warehouse.db import connect
    from rubrics.warehouse.resolve import resolve_in_warehouse
    from rubrics.warehouse.specs import parse_add_item, to_edits

    con = connect(db)
    try:
        done = []
        for ref, add_items, specs in batches:
            rubric, scheme = resolve_in_warehouse(con, ref)
            if add_items:
                paths = [i.path for i in scheme.items]
                specs = [parse_add_item(line, paths) for line in add_items.split("\n")] + specs
            edits = to_edits(rubric, scheme.name, specs)
            correct(con, rubric.document.id, edits, who=who)
            done.append((f"{rubric.document.source}#{scheme.name}", len(edits)))
        return done
    finally:
        con.close()


def _print_list(records: list[dict]) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from rubrics.messages import message

    console = Console()
    if not console.is_terminal:
        console = Console(width=max(console.width, 240))
    if not records:
        console.print(message("correct.list_none"))
        return
    table = Table(show_header=True, header_style="bold")
    for name in message("correct.list_head").split("|"):
        table.add_column(name, overflow="fold")
    style = {"applied": "green", "conflict": "magenta", "undone": "dim"}
    for r in records:
        field = r["field"] or message(f"correct.op.{r['op']}") if r["op"] != "set" else r["field"]
        table.add_row(str(r["id"]), escape(r["file"] or ""), escape(r["scheme"] or ""), escape(r["target"] or ""),
                      escape(field or ""), escape(_brief(r["old"])), escape(_brief(r["new"])), escape(r["who"] or ""),
                      f"{r['at']:%Y-%m-%d %H:%M}",
                      f"[{style.get(r['status'], '')}]{message('correct.status.' + r['status'])}[/]",
                      escape(r["note"] or ""))
    console.print(table)


def _brief(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dict) and "path" in value:
        return " / ".join(value["path"] or [])
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)[:60]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
