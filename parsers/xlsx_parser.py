"""XLSX → Document: one table per non-empty sheet, merged ranges as spans, values as printed; a sheet
holding one text per row (a 说明 page) as paragraphs.

Why values "as printed": a scoring sheet stores 2 as 2.0 and 25% as 0.25; a reader (and the gold)
sees "2" and "25%". Floats are written with up to 15 significant digits so binary noise (0.1+0.2)
never shows, and a percentage-formatted cell keeps its percent sign. Formulas are read as their
cached values (data_only) because the sheet's author saw those numbers.
"""

from __future__ import annotations

import datetime as dt
import io

import openpyxl

from rubrics.parsers.document import Block, Cell, Document, Table


def cell_text(value, number_format: str | None = None) -> str:
    """A cell value as a reader sees it. Examples: 2.0 → "2", 0.25 → "0.25", 0.25 with "0%" → "25%"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        if number_format and "%" in number_format:
            return _number(value * 100) + "%"
        return _number(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value).strip()


def _number(value: float) -> str:
    if isinstance(value, int):
        return str(value)
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return format(value, ".15g")


def parse_xlsx(data: bytes, path: str, sha256: str, fmt: str = "xlsx") -> Document:
    workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    doc = Document(path=path, format=fmt, sha256=sha256)
    for sheet in workbook.worksheets:
        lines = _text_lines(sheet)
        if lines is not None:  # a sheet written as a page of text (说明, 考核办法): its lines are prose
            for line in lines:
                doc.blocks.append(Block(kind="paragraph", index=len(doc.blocks), text=line,
                                        paragraph=len(doc.blocks)))
            continue
        table = _sheet_table(sheet, len(doc.tables()))
        if table is not None:
            doc.blocks.append(Block(kind="table", index=len(doc.blocks), table=table))
    props = workbook.properties
    for key in ("title", "creator", "subject", "created", "modified"):
        value = getattr(props, key, None)
        if value:
            doc.meta[key] = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return doc


def _text_lines(sheet) -> list[str] | None:
    """The lines of a sheet that holds one text per row (a page of 说明 typed down column A or across
    merged cells), or None where some row has two cells: a table. At least two lines, one a sentence."""
    lines: list[str] = []
    for row in sheet.iter_rows():
        texts = [cell_text(c.value, c.number_format) for c in row if c.value is not None]
        texts = [t for t in texts if t]
        if len(texts) > 1:
            return None
        lines.extend(texts)
    if len(lines) < 2 or not any(len(t) >= 20 or any(ch in t for ch in "，。；") for t in lines):
        return None
    return lines


def _sheet_table(sheet, index: int) -> Table | None:
    values: dict[tuple[int, int], str] = {}
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            text = cell_text(cell.value, cell.number_format)
            if text:
                values[(cell.row, cell.column)] = text
    if not values:
        return None
    merges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in sheet.merged_cells.ranges]
    rows = [r for r, _ in values] + [m[0] for m in merges if (m[0], m[1]) in values]
    cols = [c for _, c in values] + [m[1] for m in merges if (m[0], m[1]) in values]
    top, left = min(rows), min(cols)
    bottom = max([r for r, _ in values] + [m[2] for m in merges if (m[0], m[1]) in values])
    right = max([c for _, c in values] + [m[3] for m in merges if (m[0], m[1]) in values])
    covered: set[tuple[int, int]] = set()
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for r0, c0, r1, c1 in merges:
        spans[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    covered.add((r, c))
    cells: list[Cell] = []
    for r in range(top, bottom + 1):
        for c in range(left, right + 1):
            if (r, c) in covered:
                continue
            rowspan, colspan = spans.get((r, c), (1, 1))
            rowspan = min(rowspan, bottom - r + 1)
            colspan = min(colspan, right - c + 1)
            cells.append(Cell(text=values.get((r, c), ""), row=r - top, col=c - left,
                              rowspan=rowspan, colspan=colspan))
    return Table(index=index, n_rows=bottom - top + 1, n_cols=right - left + 1, cells=cells, name=sheet.title)
