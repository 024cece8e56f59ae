"""Scoring tables as spreadsheets (how many of them arrive): one sheet per table, real merged ranges."""

from __future__ import annotations

import io
import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from .docx_writer import FIXED_DATE, FONT
from .grid import GridTable
from .zipfix import deterministic_zip

# Characters Excel forbids in a sheet name, e.g. the `/` of 主要任务/考核内容.
SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
MM_PER_CHAR_WIDTH = 2.0  # rough width of one unit of Excel column width, in mm
THIN = Side(style="thin")


def write_xlsx(tables: list[tuple[str, GridTable]], path: Path) -> None:
    """Each (title, table) on its own sheet: the title merged across row 1, the table from row 2."""
    book = Workbook()
    book.remove(book.active)
    for title, grid in tables:
        sheet = book.create_sheet(SHEET_NAME_FORBIDDEN.sub("_", title)[:31])
        ncols = len(grid.widths_mm)
        sheet.cell(row=1, column=1, value=title).font = Font(name=FONT, bold=True, size=12)
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
        for r, row in enumerate(grid.rows, start=2):
            for cell in row.cells:
                for c in range(cell.col, cell.col + cell.span):
                    target = sheet.cell(row=r, column=c + 1)
                    target.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
                    target.alignment = Alignment(wrap_text=True, vertical="top")
                    target.font = Font(name=FONT, size=9, bold=row.header)
                if cell.text:
                    sheet.cell(row=r, column=cell.col + 1, value=cell.text)
                if cell.span > 1:
                    sheet.merge_cells(start_row=r, start_column=cell.col + 1,
                                      end_row=r, end_column=cell.col + cell.span)
        for col, span, first, last in grid.vertical_runs():
            sheet.merge_cells(start_row=first + 2, start_column=col + 1,
                              end_row=last + 2, end_column=col + span)
        for c, width in enumerate(grid.widths_mm, start=1):
            sheet.column_dimensions[get_column_letter(c)].width = round(width / MM_PER_CHAR_WIDTH, 1)
        sheet.freeze_panes = "A3"
    book.properties.creator = book.properties.lastModifiedBy = "rubrics corpus/make_corpus.py"
    book.properties.created = book.properties.modified = FIXED_DATE
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(deterministic_zip(buffer.getvalue()))
