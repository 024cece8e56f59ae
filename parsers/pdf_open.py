"""Cells the ruling lines leave open, and tables one open column cuts in two.

Why: pdfplumber's finder makes a cell only where four lines close it. A spreadsheet printed to PDF
leaves regions that no four lines close, and their text was lost (it lies inside the table's box,
so it is no paragraph either) or read as a stray paragraph:
- a column merged over many rows without a horizontal rule (a category beside its items): the
  finder sees the columns left and right of it as two tables side by side that share every row
  line. They are one table (`join_side_by_side`), the open column a cell between them.
- a merged cell cut by a page break: no line closes it at the page's end, none opens it on the
  next page. LibreOffice centres its text on the whole merged span, so the text lands inside the
  open part, below the table's last line, or above the next page's first line (even above the page
  itself, where nobody sees it). `fill` makes the open part a cell and gives it that text.
- a first row on a continued page whose top border was drawn with the row before it.
Every rule is geometry: row lines, column x-ranges, the page edge; never the words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from rubrics.parsers.document import Cell, Table
from rubrics.parsers.pdf_layout import char_lines, glue, nearest_line

EDGE_TOL = 2.0  # points: two cell edges closer than this are one grid line (as in pdf_parser)
ROW_TOL = 3.0  # points: row lines of two side-by-side parts of one table lie this close
# Side-by-side parts are one table when every row line of the part with fewer lines is a row line
# of the other and those cover at least this share of the other's lines (the right part of an
# HSE check sheet: 12 of 12 lines; its left serial-number part lacked the top line: 11 of 12).
JOIN_SHARE = 0.75
JOIN_MIN_ROWS = 2  # a one-row box beside a table is no evidence of shared rows
# Text outside a table is taken into an open end only from the page's margin band (the band a
# running header or footer uses, see pdf_parser.MARGIN_BAND) or from beyond the page edge, or
# when it lies directly below the table's open end: a paragraph further down is the page's own.
# A line is cut by a row line when at least this share of its height lies on either side (a cell's
# first line drawn across the page's clip: 6 pt above and 4 pt below a 10 pt line); a paragraph
# right under a table may touch its last line by a point, no more.
CUT_SHARE = 0.25
BELOW_GAP = 2.5  # × the text's size: the most blank space between the table and text below it


@dataclass
class OpenEnds:
    """A table's open regions at its top and bottom, by column x-range (for the page join)."""

    top: list[tuple[float, float, Cell | None]] = field(default_factory=list)  # (x0, x1, cell)
    bottom: list[tuple[float, float, float]] = field(default_factory=list)  # (x0, x1, top of the run)


def _lines(values, tol: float = EDGE_TOL) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def edges(table: Table) -> tuple[list[float], list[float]] | None:
    """The table's column and row lines from its cells' boxes; None when they do not make its grid."""
    if not table.cells or any(c.bbox is None for c in table.cells):
        return None
    xs = _lines({c.bbox[0] for c in table.cells} | {c.bbox[2] for c in table.cells})
    ys = _lines({c.bbox[1] for c in table.cells} | {c.bbox[3] for c in table.cells})
    if len(xs) - 1 != table.n_cols or len(ys) - 1 != table.n_rows:
        return None
    return xs, ys


def _matched(a: list[float], b: list[float]) -> int:
    return sum(1 for y in a if any(abs(y - z) <= ROW_TOL for z in b))


def _side_by_side(a: Table, b: Table) -> bool:
    """`b` to the right of `a` on the same page with the same row lines (see JOIN_SHARE)."""
    ea, eb = edges(a), edges(b)
    if ea is None or eb is None or a.bbox[2] > b.bbox[0] + EDGE_TOL:
        return False
    ra, rb = ea[1], eb[1]
    if min(len(ra), len(rb)) - 1 < JOIN_MIN_ROWS or abs(ra[-1] - rb[-1]) > ROW_TOL:
        return False
    few, many = (ra, rb) if len(ra) <= len(rb) else (rb, ra)
    return _matched(few, many) == len(few) and len(few) >= JOIN_SHARE * len(many)


def _merge(a: Table, b: Table) -> Table:
    """One table of both parts' cells, slotted on the union of their lines (a gap between the
    parts becomes a column of its own, still without cells: `fill` finds its text)."""
    cells = a.cells + b.cells
    xs = _lines({c.bbox[0] for c in cells} | {c.bbox[2] for c in cells})
    ys = _lines({c.bbox[1] for c in cells} | {c.bbox[3] for c in cells}, ROW_TOL)
    for cell in cells:
        r0, r1 = nearest_line(ys, cell.bbox[1]), nearest_line(ys, cell.bbox[3])
        c0, c1 = nearest_line(xs, cell.bbox[0]), nearest_line(xs, cell.bbox[2])
        cell.row, cell.rowspan = r0, max(1, r1 - r0)
        cell.col, cell.colspan = c0, max(1, c1 - c0)
    cells.sort(key=lambda c: (c.row, c.col))
    bbox = (min(a.bbox[0], b.bbox[0]), min(a.bbox[1], b.bbox[1]), max(a.bbox[2], b.bbox[2]), max(a.bbox[3], b.bbox[3]))
    return Table(index=0, n_rows=len(ys) - 1, n_cols=len(xs) - 1, cells=cells, page=a.page, bbox=bbox)


def join_side_by_side(tables: list[Table]) -> list[Table]:
    """Tables of one page, neighbours that are parts of one table joined (see `_side_by_side`)."""
    out = sorted(tables, key=lambda t: t.bbox[0])
    joined = True
    while joined:
        joined = False
        for i, a in enumerate(out):
            right = [b for b in out if b is not a and b.bbox[0] >= a.bbox[2] - EDGE_TOL]
            b = min(right, key=lambda t: t.bbox[0], default=None)
            if b is not None and _side_by_side(a, b):
                out[i] = _merge(a, b)
                out.remove(b)
                joined = True
                break
    return out


def _runs(covered: set[tuple[int, int]], n_rows: int, col: int) -> list[tuple[int, int]]:
    """Maximal runs (r0, r1 inclusive) of rows that no cell covers in `col`."""
    runs, start = [], None
    for r in range(n_rows + 1):
        free = r < n_rows and (r, col) not in covered
        if free and start is None:
            start = r
        elif not free and start is not None:
            runs.append((start, r - 1))
            start = None
    return runs


def fill(table: Table, chars: list[dict], free: set[int], page_height: float, band: float,
         cell_text: Callable[[list[dict]], str],
         rules: list[tuple[float, float, float]] = ()) -> tuple[set[int], OpenEnds]:
    """Open regions of `table` given the page's untaken characters (`free`, indices into `chars`)
    that belong to them; empty open columns dropped. `rules`: the page's horizontal ruling lines
    (x0, x1, y), which end an open region even where they close no cell (two merged cells, both
    cut open by page breaks, one above the other). Returns the indices taken and the open ends."""
    ends = OpenEnds()
    grid = edges(table)
    if grid is None:
        return set(), ends
    xs, ys = grid
    n_rows, n_cols = table.n_rows, table.n_cols
    covered = {(r, c) for cell in table.cells for r in range(cell.row, cell.row + cell.rowspan)
               for c in range(cell.col, cell.col + cell.colspan)}
    regions: dict[tuple[int, int, int], list[int]] = {}  # (col, r0, r1) → char indices
    runs = {c: _split(_runs(covered, n_rows, c), xs[c], xs[c + 1], ys, rules) for c in range(n_cols)}
    for c in range(n_cols):
        for r0, r1 in runs[c]:
            regions[(c, r0, r1)] = []

    def column(x: float) -> int | None:
        for c in range(n_cols):
            if xs[c] <= x < xs[c + 1]:
                return c
        return None

    outside: list[int] = []
    for i in free:
        ch = chars[i]
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        c = column(cx)
        if c is None:
            continue
        if ys[0] <= cy <= ys[-1]:
            r = min(bisect(ys, cy), n_rows - 1)
            for r0, r1 in runs[c]:
                if r0 <= r <= r1:
                    regions[(c, r0, r1)].append(i)
        else:
            outside.append(i)
    crossing = _ends(table, regions, runs, outside, chars, xs, ys, page_height, band, cell_text)
    taken: set[int] = set(crossing)
    for (c, r0, r1), idx in sorted(regions.items()):
        if not idx:
            if r1 == n_rows - 1:
                ends.bottom.append((xs[c], xs[c + 1], ys[r0]))
            continue
        cell = Cell(text=cell_text([chars[i] for i in idx]), row=r0, col=c, rowspan=r1 - r0 + 1, colspan=1,
                    page=table.page, bbox=(round(xs[c], 2), round(ys[r0], 2), round(xs[c + 1], 2), round(ys[r1 + 1], 2)))
        table.cells.append(cell)
        taken.update(idx)
        if r0 == 0:
            ends.top.append((xs[c], xs[c + 1], cell))
    table.cells.sort(key=lambda cl: (cl.row, cl.col))
    _drop_empty_columns(table, xs)
    return taken, ends


def _split(runs: list[tuple[int, int]], x0: float, x1: float, ys: list[float],
           rules: list[tuple[float, float, float]]) -> list[tuple[int, int]]:
    """Runs of open rows cut where a horizontal rule crosses the whole column."""
    out = []
    for r0, r1 in runs:
        start = r0
        for r in range(r0 + 1, r1 + 1):
            if any(abs(y - ys[r]) <= EDGE_TOL and a <= x0 + EDGE_TOL and b >= x1 - EDGE_TOL for a, b, y in rules):
                out.append((start, r - 1))
                start = r
        out.append((start, r1))
    return out


def bisect(lines: list[float], value: float) -> int:
    k = 0
    while k + 1 < len(lines) and lines[k + 1] <= value:
        k += 1
    return k


def _column_of(g: list[dict], xs: list[float]) -> int | None:
    """The column whose x-range holds the whole line `g` (None: it crosses a column line)."""
    x0, x1 = min(c["x0"] for c in g), max(c["x1"] for c in g)
    return next((k for k in range(len(xs) - 1) if xs[k] - EDGE_TOL <= x0 and x1 <= xs[k + 1] + EDGE_TOL), None)


def _off_page_split(g: list[dict], xs: list[float], page_height: float) -> list[list[dict]]:
    """A line beyond the page edge is clipped cell text nobody sees: cut it at the column lines
    (the open cells of two columns print side by side there). A line on the page stays whole."""
    if not (max(c["bottom"] for c in g) <= 0 or min(c["top"] for c in g) >= page_height):
        return [g]
    parts: dict[int, list[dict]] = {}
    for ch in g:
        cx = (ch["x0"] + ch["x1"]) / 2
        k = next((k for k in range(len(xs) - 1) if xs[k] <= cx < xs[k + 1]), -1)
        parts.setdefault(k, []).append(ch)
    return [parts[k] for k in sorted(parts)]


def _ends(table: Table, regions, runs, outside: list[int], chars, xs, ys, page_height, band,
          cell_text) -> set[int]:
    """Text just outside the first or last row line that belongs to the table (see module doc):
    - a line cut by that line (the first line of a cell's text drawn across the page's clip) goes
      to the cell under (over) it in its column;
    - whole lines inside one column whose top (bottom) run is open, next to the table (BELOW_GAP),
      in the margin band or beyond the page edge go to that open run."""
    if not outside:
        return set()
    n_rows = table.n_rows
    taken: set[int] = set()
    groups = char_lines([chars[i] for i in outside])
    index = {id(chars[i]): i for i in outside}
    grid = table.grid()
    for g in groups:
        top, bottom = min(c["top"] for c in g), max(c["bottom"] for c in g)
        for row, line in ((0, ys[0]), (n_rows - 1, ys[-1])):
            cut = min(line - top, bottom - line) >= CUT_SHARE * (bottom - top)
            c = _column_of(g, xs) if cut else None
            if c is None:
                continue
            cell = grid[row][c]
            if cell is None:
                run = next((r for r in runs.get(c, []) if r[0] <= row <= r[1]), None)
                if run is not None:
                    regions[(c, *run)].extend(index[id(ch)] for ch in g)
            else:
                text = cell_text(g)
                cell.text = text + glue(text, cell.text) + cell.text if row == 0 else cell.text + glue(cell.text, text) + text
            for ch in g:
                taken.add(index.pop(id(ch)))
            break
    groups = [part for g in groups if all(id(ch) in index for ch in g) for part in _off_page_split(g, xs, page_height)]
    below = [g for g in groups if min(c["top"] for c in g) >= ys[-1] - 1]
    above = [g for g in groups if max(c["bottom"] for c in g) <= ys[0] + 1][::-1]  # nearest first
    for lines, last, edge in ((below, n_rows - 1, ys[-1]), (above, 0, ys[0])):
        reach: dict[int, float] = {}  # column → how far its open end's text reaches so far
        for g in lines:
            c = _column_of(g, xs)
            run = next((r for r in runs.get(c, []) if (r[1] if last else r[0]) == last), None) if c is not None else None
            top, bottom = min(ch["top"] for ch in g), max(ch["bottom"] for ch in g)
            size = max(ch["size"] for ch in g)
            off_page = bottom <= 0 or top >= page_height
            in_band = (top >= page_height - band) if last else (bottom <= band)
            prev = reach.get(c, edge)
            near = (top - prev if last else prev - bottom) <= BELOW_GAP * size
            if run is None or not (off_page or in_band or near):
                if off_page:
                    continue
                break
            regions[(c, *run)].extend(index[id(ch)] for ch in g)
            reach[c] = bottom if last else top
    return taken


def _drop_empty_columns(table: Table, xs: list[float]) -> None:
    """A column no cell touches (the empty gap between two joined parts) is no column of the sheet:
    the cells left of it widen over it, so the grid keeps one line per column edge."""
    used = {c for cell in table.cells for c in range(cell.col, cell.col + cell.colspan)}
    empty = [c for c in range(table.n_cols) if c not in used]
    if not empty:
        return
    for c in empty:
        for cell in table.cells:
            if cell.col + cell.colspan == c:
                cell.bbox = (cell.bbox[0], cell.bbox[1], round(xs[c + 1], 2), cell.bbox[3])
    shift = {c: c - sum(1 for e in empty if e < c) for c in range(table.n_cols + 1)}
    for cell in table.cells:
        end = cell.col + cell.colspan
        cell.col = shift[cell.col]
        cell.colspan = max(1, shift[end] - cell.col)
    table.n_cols -= len(empty)


def close_end(table: Table, x0: float, x1: float, top: float, text: str) -> bool:
    """Give the open bottom run of `table` between x0 and x1 (from `top` down) a cell with `text`;
    False when the grid cannot say where it is or a cell covers it already."""
    own = [c for c in table.cells if c.page == table.page and c.bbox is not None]  # joined strips have their own x
    if not own or any(c.bbox is None for c in table.cells):
        return False
    xs = _lines({c.bbox[0] for c in own} | {c.bbox[2] for c in own})
    ys = _lines({c.bbox[1] for c in table.cells} | {c.bbox[3] for c in table.cells}, ROW_TOL)
    if len(ys) - 1 != table.n_rows:
        return False
    r0, c0, c1 = nearest_line(ys, top), nearest_line(xs, x0), nearest_line(xs, x1)
    if c1 <= c0 or r0 >= table.n_rows or any(
            cl.col < c1 and c0 < cl.col + cl.colspan and cl.row + cl.rowspan > r0 for cl in table.cells):
        return False
    table.cells.append(Cell(text=text, row=r0, col=c0, rowspan=table.n_rows - r0, colspan=c1 - c0,
                            page=table.page, bbox=(round(x0, 2), round(top, 2), round(x1, 2), round(ys[-1], 2))))
    table.cells.sort(key=lambda cl: (cl.row, cl.col))
    return True


def carry_over(prev: Table, prev_ends: OpenEnds, ends: OpenEnds) -> None:
    """A merged cell cut by the page break whose text was printed only on the next page (above its
    first row line): the open end of the part before, in the same column, gets the text too."""
    for x0, x1, cell in ends.top:
        for b0, b1, top in prev_ends.bottom:
            if abs(b0 - x0) <= ROW_TOL and abs(b1 - x1) <= ROW_TOL:
                close_end(prev, b0, b1, top, cell.text)
