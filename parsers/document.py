"""The one document model every parser produces.

Why one model: extraction must not care whether a table came from Word, a PDF page or a
spreadsheet. A parser's whole job is to fill these blocks faithfully, keeping where every
paragraph and cell came from so that any number extracted later can be checked by a person.

Parsers know file formats and nothing about rubrics: no points, no rules in here.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "table"]


@dataclass
class Cell:
    """One table cell, emitted once even when merged; `row`/`col` is its top-left grid slot."""

    text: str
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    ocr: bool = False
    tables: list[Table] = field(default_factory=list)  # nested tables inside this cell


@dataclass
class Table:
    """A table as its grid of anchored cells.

    `continues` names the index of the table this one continues (a PDF table split by a page
    break, same column layout and nothing between). `header_rows` counts the leading rows the
    source marks as a repeating header (Word's tblHeader), when it says so.
    """

    index: int
    n_rows: int
    n_cols: int
    cells: list[Cell]
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    continues: int | None = None
    header_rows: int = 0
    name: str | None = None  # a sheet name, or a caption the source gives

    def grid(self) -> list[list[Cell | None]]:
        """Rows × columns with every slot pointing at the cell that covers it (merged cells repeat)."""
        grid: list[list[Cell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            for r in range(cell.row, min(cell.row + cell.rowspan, self.n_rows)):
                for c in range(cell.col, min(cell.col + cell.colspan, self.n_cols)):
                    grid[r][c] = cell
        return grid

    def text_rows(self) -> list[list[str]]:
        """Rows of plain text, a merged cell's text only in its anchor slot ('' elsewhere)."""
        rows = [[""] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            if cell.row < self.n_rows and cell.col < self.n_cols:
                rows[cell.row][cell.col] = cell.text
        return rows


@dataclass
class Block:
    """A heading, paragraph or table, in reading order.

    `index` is the block's position in the document; `paragraph` the paragraph's index among
    the source's paragraphs (where the format has them); `page` the 1-based page (PDF).
    """

    kind: BlockKind
    index: int
    text: str = ""
    level: int | None = None  # heading level, or list level of a numbered paragraph
    table: Table | None = None
    page: int | None = None
    paragraph: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    style: str | None = None
    ocr: bool = False


@dataclass
class Document:
    """A parsed file: ordered blocks plus what sits outside the body."""

    path: str
    format: str  # docx, pdf, xlsx, txt, md, html, doc
    sha256: str
    blocks: list[Block] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)  # running header / footer text, kept apart
    footers: list[str] = field(default_factory=list)
    n_pages: int | None = None
    pages_without_text: list[int] = field(default_factory=list)  # 1-based, for OCR
    encoding: str | None = None  # text formats: the encoding that was detected
    meta: dict = field(default_factory=dict)  # core properties the file carries (title, author …)

    @property
    def name(self) -> str:
        from pathlib import Path

        return Path(self.path).name

    def tables(self) -> list[Table]:
        return [b.table for b in self.blocks if b.kind == "table" and b.table is not None]

    def to_dict(self) -> dict:
        return asdict(self)
