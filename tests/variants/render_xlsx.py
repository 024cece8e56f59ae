"""Write a table variant as a workbook: caption rows merged over the width above the table, real merged_cells.

Several captioned tables go one per sheet; tab names stay neutral (Sheet1 …) so the caption names the scheme.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from .generator import Variant
from .grid import table_blocks


def _value(text: str, numeric: bool):
    """Points are numbers in a spreadsheet; everything else (headers, 合计) stays text."""
    try:
        number = float(text) if numeric else None
    except ValueError:
        number = None
    if number is None:
        return text
    return int(number) if number.is_integer() else number


def render(v: Variant, path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheets: dict[int, object] = {}
    next_row: dict[int, int] = {}
    for block in table_blocks(v):
        if block.scheme not in sheets:
            ws = workbook.active if not sheets else workbook.create_sheet()
            ws.title = f"Sheet{len(sheets) + 1}"
            sheets[block.scheme] = ws
            next_row[block.scheme] = 1
        ws = sheets[block.scheme]
        top = next_row[block.scheme]
        if block.kind == "para":
            ws.cell(row=top, column=1, value=block.text)
            next_row[block.scheme] = top + 1
            continue
        grid = block.grid
        width = len(grid.rows[0])
        for r, row in enumerate(grid.rows):
            for c, text in enumerate(row):
                if text:
                    ws.cell(row=top + r, column=c + 1, value=_value(text, c in grid.numeric_cols))
        for r0, c0, r1, c1 in grid.merges:
            ws.merge_cells(start_row=top + r0, start_column=c0 + 1, end_row=top + r1, end_column=c1 + 1)
        next_row[block.scheme] = top + len(grid.rows) + 1
        # a caption line spans the table's width, as offices draw it
        for r in range(1, top):
            if ws.cell(row=r, column=1).value and width > 1:
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
    workbook.save(path)
    return path
