"""Markdown pipe tables cut by page breaks (OCR output) → one GridTable with real merged cells."""

from __future__ import annotations

from .grid import GridCell, GridRow, GridTable
from .seeds import MarkdownTable

# The leading columns whose empty cells continue the cell above (类别 / 项目 / 名称 in a
# scoring table): OCR writes a merged cell's text once and leaves the rows under it empty.
# They nest: a 名称 cell continues only while its 项目 and 类别 cells continue too, since a
# merged child cell never runs across the start of a new parent cell.
KEY_COLUMNS = 3


def header_layout(header: list[str]) -> list[tuple[int, int, str]]:
    """(col, span, text) of each header cell: an empty header cell widens the one before it.

    `| 项目名称 | |` is one header cell over two grid columns (项目 and 名称 under one title).
    """
    layout: list[tuple[int, int, str]] = []
    for col, text in enumerate(header):
        if text == "" and layout:
            first, span, title = layout[-1]
            layout[-1] = (first, span + 1, title)
        else:
            layout.append((col, 1, text))
    return layout


def grid_from_markdown(tables: list[MarkdownTable], widths_mm: list[float]) -> GridTable:
    """One table from consecutive chunks: the first header kept (repeating), later headers dropped.

    A body row with one cell per grid column maps one to one; a row with one cell per header cell
    (a chunk whose header did not split 项目名称) takes the header's spans.
    """
    header = tables[0].header
    layout = header_layout(header)
    if len(widths_mm) != len(header):
        raise ValueError(f"{len(widths_mm)} widths for {len(header)} columns")
    grid = GridTable(widths_mm=widths_mm)
    grid.rows.append(GridRow([GridCell(c, s, t) for c, s, t in layout], header=True))
    body: list[list[tuple[int, int, str]]] = []
    for table in tables:
        for cells in table.rows:
            if len(cells) == len(header):
                body.append([(col, 1, text) for col, text in enumerate(cells)])
            elif len(cells) == len(layout):
                body.append([(col, span, text) for (col, span, _), text in zip(layout, cells, strict=True)])
            else:
                raise ValueError(f"row of {len(cells)} cells in a table of {len(header)} columns")
    previous: dict[tuple[int, int], bool] = {}  # (col, span) -> cell above has text or continues
    for r, placed in enumerate(body):
        row = GridRow([])
        current: dict[tuple[int, int], bool] = {}
        parent_continues = True  # a child cell cannot run on past a new cell of its parent
        for col, span, text in placed:
            continues = (
                text == ""
                and col < KEY_COLUMNS
                and parent_continues
                and previous.get((col, span), False)
                and not (col == 0 and _label_below(body, r, col, span))
            )
            if col < KEY_COLUMNS:
                # an empty parent left unmerged (its label is ambiguous) still starts no new cell
                parent_continues = continues or (text == "" and parent_continues)
            row.cells.append(GridCell(col, span, None if continues else text))
            current[(col, span)] = continues or text != ""
        grid.rows.append(row)
        previous = current
    return grid


def _label_below(body: list[list[tuple[int, int, str]]], r: int, col: int, span: int) -> bool:
    """Whether a label follows row r in this column before its parent column starts a new cell.

    OCR prints a merged cell's text near the middle of the rows it spans, so an empty cell between
    two labels of one parent may belong to either: such a cell is left empty, unmerged, rather
    than merged into the label above by guess. Cells after the last label are merged into it.
    """
    for below in body[r + 1 :]:
        if any(text for c, _, text in below if c < col):
            return False  # the parent starts a new cell first
        if any(text for c, s, text in below if (c, s) == (col, span)):
            return True
    return False
