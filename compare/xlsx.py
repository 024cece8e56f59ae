"""Comparisons and matrices as XLSX workbooks, the form 考核办 staff pass around.

Colours say the kind of change (green added, red dropped, amber changed); a matrix row shared by
all units whose cells differ is amber, so the differences among common items stand out.
"""

from __future__ import annotations

from pathlib import Path

from rubrics.compare.diff import Comparison
from rubrics.compare.matrix import Matrix
from rubrics.compare.render import COLUMNS, change_row, col_label, matrix_rows, summary_lines
from rubrics.messages import lang

# Sheet names by language (a sheet name is read by people; tests open them by these names).
SHEETS = {"summary": ("概要", "summary"), "changes": ("变化", "changes"), "matrix": ("对照", "matrix")}


def sheet_title(key: str) -> str:
    zh, en = SHEETS[key]
    return en if lang() == "en" else zh

# Fill colours (ARGB) by what a row shows.
FILLS = {"added": "FFC6EFCE", "dropped": "FFFFC7CE", "changed": "FFFFEB9C", "header": "FFD9D9D9"}


def _fill(colour: str):
    from openpyxl.styles import PatternFill

    return PatternFill("solid", start_color=colour, end_color=colour)


def _tone(kind: str) -> str:
    if kind.endswith("added"):
        return "added"
    if kind.endswith("dropped"):
        return "dropped"
    return "changed"


def _header(sheet, names) -> None:
    from openpyxl.styles import Font

    sheet.append(list(names))
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
        cell.fill = _fill(FILLS["header"])
    sheet.freeze_panes = f"A{sheet.max_row + 1}"  # a coordinate: sheet.cell() would create a row


def write_comparison(comparison: Comparison, path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    summary = book.active
    summary.title = sheet_title("summary")
    for line in summary_lines(comparison):
        summary.append([line])
    summary.column_dimensions["A"].width = 120
    sheet = book.create_sheet(sheet_title("changes"))
    _header(sheet, [col_label(c) for c in COLUMNS])
    for change in comparison.changes:
        row = change_row(change)
        sheet.append([row[c] for c in COLUMNS])
        for cell in sheet[sheet.max_row]:
            cell.fill = _fill(FILLS[_tone(change.kind)])
    for letter, width in zip("ABCDEFGH", (16, 50, 12, 30, 30, 18, 18, 10), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


def write_matrix(matrix: Matrix, path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title("matrix")
    rows = matrix_rows(matrix)
    _header(sheet, rows[0])
    for row, data in zip(rows[1:], matrix.rows, strict=True):
        sheet.append(row)
        if data.common and data.differs:
            for cell in sheet[sheet.max_row]:
                cell.fill = _fill(FILLS["changed"])
    sheet.column_dimensions["A"].width = 60
    book.save(path)
