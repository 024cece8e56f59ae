"""A spreadsheet printed wider than its paper: the column strips printed on later pages, put back
beside the columns they continue.

Why: Excel and LibreOffice print a wide sheet in tiles, down first, then over: the first column strip
of every row band (pages s … s+k-1), then the next strip of the same bands (pages s+k …). Each tile
is a table of its own to pdfplumber, so the points column (printed on the second strip) ends up in a
table without the item names. A tile of the next strip has the same rows as the tile it continues:
the same top and bottom and (almost) the same row lines: a strip may split a row the other keeps
whole (a header cell split in two under a group header) and merge two (one cell beside two items).
That evidence is strong only together with the order the tiles come in, so:
- a tile that opens with the same label as an earlier table that is no strip (the same form printed
  again: the next bidder's sheet, a monthly copy), or copies most of its text, starts a print area
  of its own;
- otherwise it continues the nearest earlier table of the same rows and other columns that has no
  right-hand partner yet; with none, it is left alone.
"""

from __future__ import annotations

from collections import Counter

from rubrics.parsers.document import Block, Cell, Table
from rubrics.parsers.pdf_layout import nearest_line

ROW_TOL = 3.0  # points: the same sheet row printed on two pages lies within this
# Share of the two tables' row lines (their union) found in both.
ROW_SHARE = 0.75
MIN_ROWS = 2  # a one-row table has too little geometry to tell a tile from a coincidence
# Share of a table's non-empty cell texts equal to an earlier left tile's: a copy of that tile
# (the next month's sheet of the same form), not a further strip of it.
COPY_SHARE = 0.8
# A tile holds other columns than the one it continues: fewer than this share of the larger set of
# column lines are found in both. The same table printed again shares all of them.
SAME_COLS_SHARE = 0.5


def _rows(table: Table) -> list[float]:
    return _lines({c.bbox[1] for c in table.cells} | {c.bbox[3] for c in table.cells})


def _cols(table: Table) -> list[float]:
    return _lines({c.bbox[0] for c in table.cells} | {c.bbox[2] for c in table.cells})


def _lines(values) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > ROW_TOL:
            out.append(v)
    return out


def _shared(a: list[float], b: list[float]) -> int:
    return sum(1 for x in a if any(abs(x - z) <= ROW_TOL for z in b))


def _other_columns(a: list[float], b: list[float]) -> bool:
    """Column lines mostly different: other columns of the sheet, not the same table again."""
    return _shared(a, b) < SAME_COLS_SHARE * max(len(a), len(b))


def _same_rows(a: list[float], b: list[float]) -> bool:
    if len(a) <= MIN_ROWS or len(b) <= MIN_ROWS:
        return False
    if abs(a[0] - b[0]) > ROW_TOL or abs(a[-1] - b[-1]) > ROW_TOL:
        return False
    shared = _shared(a, b)
    return shared >= ROW_SHARE * (len(a) + len(b) - shared)


def _texts(table: Table) -> Counter:
    return Counter(c.text for c in table.cells if c.text.strip())


def _label(table: Table) -> str:
    """The first row's leftmost text when it is a label (has a letter or ideograph): "序号",
    "类别". A strip's is a number or none, or the header of columns the left tile lacks."""
    first = sorted((c for c in table.cells if c.row == 0 and c.text.strip()), key=lambda c: c.col)
    text = first[0].text.strip() if first else ""
    return text if any(ch.isalpha() for ch in text) else ""


def _copy(ta: Counter, tb: Counter) -> bool:
    if not ta or not tb:
        return False
    return sum((ta & tb).values()) >= COPY_SHARE * max(sum(ta.values()), sum(tb.values()))



def _merge(host: Table, tile: Table) -> None:
    """Put `tile`'s columns to the right of `host`'s, rows re-slotted on the union of row lines."""
    edges = _lines(_rows(host) + _rows(tile))
    shift = host.n_cols
    for cell in tile.cells:
        cell.col += shift
    cells: list[Cell] = host.cells + tile.cells
    for cell in cells:
        r0, r1 = nearest_line(edges, cell.bbox[1]), nearest_line(edges, cell.bbox[3])
        cell.row, cell.rowspan = r0, max(1, r1 - r0)
    host.cells = sorted(cells, key=lambda c: (c.row, c.col))
    host.n_rows = len(edges) - 1
    host.n_cols = shift + tile.n_cols


def join_tiles(pages) -> None:
    """Merge each later strip's tile into the table it continues; its block leaves its page.
    `pages`: objects with `.items`, a list of (top, Block | line) in reading order."""
    seen: list[tuple[Table, list[float], list[float], Counter, str]] = []  # rows, columns, texts, label
    host_of: dict[int, Table] = {}  # id(table) → the table its columns now live in
    partnered: set[int] = set()  # ids of tables that already have a right-hand tile
    right: set[int] = set()  # ids of tables that are a later strip's tile
    for page in pages:
        keep = []
        for top, item in page.items:
            table = item.table if isinstance(item, Block) and item.kind == "table" else None
            # an OCR'd page counts too: a strip of blank record columns has no text layer, only its grid
            if table is None or not table.cells or any(c.bbox is None for c in table.cells):
                keep.append((top, item))
                continue
            rows, cols, texts, label = _rows(table), _cols(table), _texts(table), _label(table)
            own = any(id(t) not in right and ((label and f == label) or _copy(x, texts))
                      for t, _, _, x, f in seen)
            partner = None if own else next(
                (t for t, r, c, _, _ in reversed(seen)
                 if id(t) not in partnered and t.page != table.page
                 and _same_rows(r, rows) and _other_columns(c, cols)), None)
            seen.append((table, rows, cols, texts, label))
            if partner is None:
                keep.append((top, item))
                continue
            host = host_of.get(id(partner), partner)
            _merge(host, table)
            partnered.add(id(partner))
            right.add(id(table))
            host_of[id(table)] = host
        page.items = keep
