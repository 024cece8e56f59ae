"""`rubrics parse FILE [--format json|text]`: show the Document a parser saw, so a person can check it."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

import typer

from rubrics.commands import fail
from rubrics.errors import RubricsError
from rubrics.parsers.document import Document, Table


class Format(StrEnum):
    json = "json"
    text = "text"


def _where(block) -> str:
    parts = []
    if block.page is not None:
        parts.append(f"p{block.page}")
    if block.paragraph is not None:
        parts.append(f"¶{block.paragraph}")
    return ",".join(parts)


def render_table(table: Table, indent: str = "  ") -> list[str]:
    """A grid with one line per row; a merged cell shows its span, the slots it covers show ↑ or ←."""
    out = []
    head = f"table {table.index}: {table.n_rows}×{table.n_cols}"
    if table.name:
        head += f" «{table.name}»"
    if table.page is not None:
        head += f" page {table.page}"
    if table.header_rows:
        head += f", {table.header_rows} header row(s)"
    if table.continues is not None:
        head += f", continues table {table.continues}"
    out.append(indent + head)
    grid = table.grid()
    for r, row in enumerate(grid):
        shown = []
        for c, cell in enumerate(row):
            if cell is None:
                shown.append("∅")
            elif cell.row != r:
                shown.append("↑")
            elif cell.col != c:
                shown.append("←")
            else:
                span = f"[{cell.rowspan}×{cell.colspan}]" if (cell.rowspan, cell.colspan) != (1, 1) else ""
                nested = f" (+{len(cell.tables)} nested)" if cell.tables else ""
                shown.append(span + cell.text.replace("\n", "⏎") + nested)
        out.append(f"{indent}  r{r}: " + " | ".join(shown))
        for c, cell in enumerate(row):
            if cell is not None and (cell.row, cell.col) == (r, c):
                for nested in cell.tables:
                    out.extend(render_table(nested, indent + "    "))
    return out


def render_text(doc: Document) -> str:
    lines = [f"{doc.path}  format={doc.format}  sha256={doc.sha256[:16]}…"
             + (f"  pages={doc.n_pages}" if doc.n_pages else "")
             + (f"  encoding={doc.encoding}" if doc.encoding else "")]
    if doc.pages_without_text:
        lines.append(f"pages without text (need OCR): {', '.join(map(str, doc.pages_without_text))}")
    for label, texts in (("header", doc.headers), ("footer", doc.footers)):
        for text in texts:
            lines.append(f"[{label}] {text.replace(chr(10), ' ⏎ ')}")
    for block in doc.blocks:
        where = _where(block)
        if block.kind == "table":
            lines.append(f"#{block.index} table {where}")
            lines.extend(render_table(block.table))
        else:
            level = f" L{block.level}" if block.level is not None else ""
            lines.append(f"#{block.index} {block.kind}{level} {where}: {block.text}")
    return "\n".join(lines)


def register(app: typer.Typer) -> None:
    @app.command("parse")
    def parse_command(
        file: Path = typer.Argument(..., help="A .docx, .pdf, .xlsx, .doc, .txt, .md or .html file."),
        format: Format = typer.Option(Format.json, "--format", "-f", help="json: the Document; text: readable."),
    ) -> None:
        """Print the Document a parser saw: blocks, tables with spans, provenance."""
        from rubrics.parsers import parse

        try:
            doc = parse(file)
        except RubricsError as exc:
            fail(exc)
        if format is Format.json:
            typer.echo(json.dumps(doc.to_dict(), ensure_ascii=False, indent=1))
        else:
            typer.echo(render_text(doc))
