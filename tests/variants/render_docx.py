"""Write a table variant as a Word file: caption paragraphs, then real tables with vertical/horizontal merges."""

from __future__ import annotations

from pathlib import Path

import docx

from .generator import Variant
from .grid import Grid, table_blocks


def write_grid(document, grid: Grid) -> None:
    n_rows, n_cols = len(grid.rows), len(grid.rows[0])
    table = document.add_table(rows=n_rows, cols=n_cols)
    table.style = "Table Grid"
    covered: set[tuple[int, int]] = set()
    for r0, c0, r1, c1 in grid.merges:  # merge first: python-docx joins the texts of merged cells
        table.cell(r0, c0).merge(table.cell(r1, c1))
        covered |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)} - {(r0, c0)}
    for r, row in enumerate(grid.rows):
        for c, text in enumerate(row):
            if (r, c) not in covered and text:
                table.cell(r, c).text = text


def render(v: Variant, path: Path) -> Path:
    document = docx.Document()
    for block in table_blocks(v):
        if block.kind == "para":
            document.add_paragraph(block.text)
        else:
            write_grid(document, block.grid)
            document.add_paragraph("")
    document.save(path)
    return path
