"""`rubrics ingest PATH... [--db FILE] [--jobs N]`: files and folders into the warehouse.

A progress bar on stderr (plain lines when stderr is not a terminal, so logs stay readable), then a
summary on stdout: how many were ingested, replaced, unchanged, skipped and failed, and why each
file was skipped or failed. Exit 1 when any file failed, after all the others were done.
"""

from __future__ import annotations

import os
from pathlib import Path

import typer

from rubrics.commands import fail
from rubrics.errors import RubricsError

STATUS_STYLE = {"ingested": "green", "replaced": "cyan", "unchanged": "dim", "skipped": "yellow", "failed": "red"}


def register(app: typer.Typer) -> None:
    @app.command("ingest")
    def ingest_command(
        paths: list[Path] = typer.Argument(..., help="files and folders (folders are walked recursively)"),
        db: Path | None = typer.Option(None, "--db", help="warehouse file (default $RUBRICS_DB or ./rubrics.duckdb)"),
        jobs: int = typer.Option(1, "--jobs", "-j", help="parse in N processes (0: one per core)"),
        wait: float | None = typer.Option(
            None, "--wait", help="seconds to wait while another process uses the warehouse (default 10)"
        ),
    ) -> None:
        """Ingest files and folders into the warehouse; one transaction per document."""
        from rich.console import Console

        from rubrics.warehouse.db import connect
        from rubrics.warehouse.ingest import Ingest

        err = Console(stderr=True)
        jobs = jobs if jobs > 0 else (os.cpu_count() or 1)
        try:
            con = connect(db, wait=wait)
        except RubricsError as exc:
            fail(exc)
        try:
            with _Progress(err) as progress:
                batch = Ingest(con, jobs=jobs, on_outcome=progress.advance, on_plan=progress.start)
                outcomes = batch.run(paths)
        except KeyboardInterrupt:
            # the document being written was rolled back; everything logged before it is whole
            from rubrics.messages import message

            _summary(batch.outcomes)
            typer.echo(message("error.prefix") + message("ingest.interrupted", done=len(batch.outcomes),
                                                         total=progress.total), err=True)
            raise typer.Exit(130) from None
        finally:
            con.close()
        _summary(outcomes)
        if any(o.status == "failed" for o in outcomes):
            raise typer.Exit(1)


class _Progress:
    """A rich progress bar on a terminal; one line per file otherwise."""

    def __init__(self, console):
        self.console = console
        self.live = console.is_terminal
        self.done = 0
        self.total = 0
        self.bar = None
        self.task = None

    def __enter__(self):
        if self.live:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            from rubrics.messages import message

            self.bar = Progress(
                TextColumn(message("ingest.progress")), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                TextColumn("{task.description}"), console=self.console, transient=True,
            )
            self.bar.__enter__()
        return self

    def start(self, total: int) -> None:
        self.total = total
        if self.bar is not None:
            self.task = self.bar.add_task("", total=total)

    def advance(self, outcome) -> None:
        self.done += 1
        if self.bar is not None:
            self.bar.update(self.task, advance=1, description=outcome.file)
        else:
            from rubrics.messages import message

            reason = f": {outcome.error}" if outcome.error else ""
            status = message(f"ingest.status.{outcome.status}")
            self.console.print(f"[{self.done}/{self.total}] {status} {outcome.path}{reason}",
                               markup=False, highlight=False, soft_wrap=True)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.__exit__(*exc)
        return False


def _summary(outcomes) -> None:
    """Counts by status, what was written, then every skipped and failed file with its reason."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from rubrics.messages import message

    console = Console()
    if not console.is_terminal:  # a log file or a pipe: one line per failure, no folding at 80 columns
        console = Console(width=max(console.width, 400))
    counts = {status: 0 for status in STATUS_STYLE}
    for outcome in outcomes:
        counts[outcome.status] = counts.get(outcome.status, 0) + 1
    table = Table(title=message("ingest.title"), show_header=True)
    for status in STATUS_STYLE:
        table.add_column(message(f"ingest.status.{status}"), justify="right", style=STATUS_STYLE[status])
    table.add_row(*(str(counts[s]) for s in STATUS_STYLE))
    console.print(table)
    written = [o for o in outcomes if o.status in ("ingested", "replaced")]
    if written:
        console.print(message("ingest.written", docs=len(written), schemes=sum(o.schemes for o in written),
                              items=sum(o.items for o in written), rules=sum(o.rules for o in written)))
    doubted = [o for o in written if o.review]
    if doubted:  # the extractor's doubts, one line per document: a silent wrong number is the worst kind
        console.print(f"[bold yellow]{escape(message('ingest.review_title'))}[/]")
        for outcome in doubted:
            console.print("  ⚠ " + escape(review_line(outcome)), style="yellow")
    stale = [(o, c) for o in outcomes for c in o.conflicts]
    if stale:  # corrections whose target a re-extraction no longer has: never dropped in silence
        table = Table(title=message("ingest.conflicts"), show_header=True, header_style="magenta")
        for name in message("correct.list_head").split("|")[:5] + [message("correct.list_head").split("|")[-1]]:
            table.add_column(name, overflow="fold")
        for _, (cid, file, scheme, target, field, note) in stale:
            table.add_row(str(cid), escape(file or "?"), escape(scheme or ""), escape(target or ""),
                          escape(field or ""), escape(note or ""))
        console.print(table)
    for status in ("skipped", "failed"):
        listed = [o for o in outcomes if o.status == status]
        if not listed:
            continue
        reasons = Table(title=message(f"ingest.status.{status}"), show_header=True,
                        header_style=STATUS_STYLE[status])
        reasons.add_column(message("ingest.file"), overflow="fold")
        reasons.add_column(message("ingest.reason"), overflow="fold")
        for outcome in listed:
            reasons.add_row(escape(outcome.path), escape(outcome.error or "?"))
        console.print(reasons)


# The summary names at most this many kinds of doubt per document, the most frequent first.
REVIEW_CODES_SHOWN = 3


def review_line(outcome) -> str:
    """`a.docx：2个方案中1个需核对 · 下级分值合计与上级不符2处、两种读法接近1处`."""
    from rubrics.messages import message, warning_label

    ranked = sorted(outcome.review_codes.items(), key=lambda kv: (-kv[1], kv[0]))
    parts = [message("ingest.review_code", what=warning_label(code), n=n) for code, n in ranked[:REVIEW_CODES_SHOWN]]
    if len(ranked) > REVIEW_CODES_SHOWN:
        parts.append(message("ingest.review_more", n=len(ranked) - REVIEW_CODES_SHOWN))
    return message("ingest.review", file=outcome.file, n=outcome.schemes, k=outcome.review,
                   codes=message("list.sep").join(parts))
