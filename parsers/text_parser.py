"""TXT / Markdown → Document: one paragraph per line, pipe tables as tables, # lines as headings.

Why lines are paragraphs: policy texts copied from web pages and OCR (the seeds) put one paragraph
per line, and numbered clauses ("1.常规工作50分") often follow each other without blank lines;
joining them would glue two clauses. Only a file that is visibly hard-wrapped at a fixed width
has its lines re-joined up to the next blank line.

Markdown tables split by page breaks (the header row printed again after a blank line) become
separate tables; the second one `continues` the first when nothing but blank lines is between and
the column count is the same, as for a PDF table split over pages.
"""

from __future__ import annotations

import re

from rubrics.parsers.document import Block, Cell, Document, Table
from rubrics.parsers.encoding import decode

# A pipe-table row: starts with "|" (optionally indented). Example: "| 类别 | 项目名称 | 分值 |".
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$|^\s*\|")
# A separator row under a markdown header. Example: "|------|:----:|---|".
SEPARATOR_ROW = re.compile(r"^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$")
# An ATX heading. Example: "## 二、考核内容".
ATX_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# An unescaped pipe, the cell separator ("\|" is a literal pipe inside a cell).
PIPE = re.compile(r"(?<!\\)\|")

HARD_WRAP_SHARE = 0.6  # this share of lines at ≥90% of the longest line means fixed-width wrapping


def _cells(line: str) -> list[str]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    return [part.strip().replace("\\|", "|") for part in PIPE.split(body)]


def _hard_wrapped(lines: list[str]) -> bool:
    widths = [len(ln.rstrip()) for ln in lines if ln.strip() and not TABLE_ROW.match(ln)]
    if len(widths) < 5:
        return False
    longest = max(widths)
    return longest >= 40 and sum(w >= 0.9 * longest for w in widths) >= HARD_WRAP_SHARE * len(widths)


def parse_text(data: bytes, path: str, sha256: str, fmt: str = "txt") -> Document:
    text, encoding = decode(data, path)
    doc = Document(path=path, format=fmt, sha256=sha256, encoding=encoding)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    wrapped = _hard_wrapped(lines)
    markdown = fmt == "md"
    table_rows: list[tuple[int, str]] = []
    pending: list[tuple[int, str]] = []  # a hard-wrapped paragraph being re-joined
    state = {"tables": 0, "last_table": None, "gap_only": False}

    def flush_paragraph():
        if pending:
            joined = "".join(t.strip() for _, t in pending) if wrapped else pending[0][1].strip()
            _add(doc, "paragraph", joined, pending[0][0])
            pending.clear()
            state["last_table"] = None

    def flush_table():
        if not table_rows:
            return
        table = _table(table_rows, state["tables"])
        prev = state["last_table"]
        if prev is not None and state["gap_only"] and prev.n_cols == table.n_cols:
            table.continues = prev.index
        doc.blocks.append(Block(kind="table", index=len(doc.blocks), table=table, paragraph=table_rows[0][0]))
        state["tables"] += 1
        state["last_table"] = table
        state["gap_only"] = True
        table_rows.clear()

    for number, line in enumerate(lines):
        if TABLE_ROW.match(line):
            flush_paragraph()
            table_rows.append((number, line))
            continue
        flush_table()
        if not line.strip():
            flush_paragraph()
            continue
        heading = ATX_HEADING.match(line) if markdown else None
        if heading:
            flush_paragraph()
            _add(doc, "heading", heading.group(2), number, level=len(heading.group(1)))
            state["last_table"] = None
            continue
        if wrapped:
            pending.append((number, line))
        else:
            pending.append((number, line))
            flush_paragraph()
    flush_paragraph()
    flush_table()
    return doc


def _add(doc: Document, kind: str, text: str, line: int, level: int | None = None) -> None:
    if text.strip():
        doc.blocks.append(Block(kind=kind, index=len(doc.blocks), text=text, level=level, paragraph=line))


def _table(rows: list[tuple[int, str]], index: int) -> Table:
    """Pipe rows → Table; separator rows dropped, the row above the first one counted as header."""
    cells: list[Cell] = []
    header_rows = 0
    r = 0
    for position, (_, line) in enumerate(rows):
        if SEPARATOR_ROW.match(line) and "-" in line:
            if position == 1 and r == 1:
                header_rows = 1
            continue
        for c, text in enumerate(_cells(line)):
            cells.append(Cell(text=text, row=r, col=c))
        r += 1
    n_cols = max((cell.col + 1 for cell in cells), default=0)
    return Table(index=index, n_rows=r, n_cols=n_cols, cells=cells, header_rows=header_rows)
