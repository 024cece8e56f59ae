"""Tables without ruling lines, found from how text lines up on a page.

Why: an HTML table printed borderless (a browser's print of a web form) or a Word table without
borders gives a PDF with positioned text and no lines; pdfplumber's ruled-line finder sees nothing
and every cell would come out as a loose text line, rows interleaved (a cell centred in a tall row
sits between the wrapped lines of its neighbours).

Why cautious: prose lines up too (a left margin, a first-line indent, a hanging indent under
numbering). A table needs strong evidence (thresholds below): segments side by side on a line,
separated by wide gaps, starting at positions shared by several lines of a run of consecutive lines,
and no line of the run crossing a column start (a prose line runs across the whole text column).
A merged cell spanning rows (政/治/思/想 one character per line, centred in its rows) is taken as
spanning only when its vertical centre is the centre of the rows it spans; otherwise the rows it
touches stay one row.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from rubrics.parsers import pdf_layout as layout
from rubrics.parsers.document import Cell, Table

# ---------------------------------------------------------------- thresholds (named data)

# A gap between two characters of a line this wide (× font size) splits it into segments (cells
# side by side: `20分` and `差错一次扣10分` 0.58 apart); a word space, even stretched in justified
# Latin text, stays under it.
SEG_GAP = 0.5
# Segment starts this close (× size) are one column start (`政` at 61.8 pt, `想` at 60.3 pt:
# single characters of different widths centred in one column).
START_TOL = 0.35
# Evidence for a table: at least this many column starts, each shared by two lines or more of a
# run of at least MIN_LINES consecutive lines, with MIN_SIDE_BY_SIDE of them holding two cells or
# more side by side, and at least MIN_ROWS rows once the lines are grouped into rows.
MIN_COLUMNS = 3
MIN_LINES = 4
MIN_SIDE_BY_SIDE = 3
MIN_ROWS = 3
# Lines above or below the run (a header row, a closing row) join it when no segment of theirs
# straddles a column gap and they are this close (× size) to the run's previous row.
EXTEND_GAP = 2.5
# Lines of one cell are at most this far apart (× size, bottom to next top); rows are separated by
# cell padding (an HTML row: 1.8 × size), single-spaced wraps by about 0.45.
BLOCK_GAP = 0.8
# A block spanning rows is a merged cell when its vertical centre is within this (× size) of the
# centre of the rows it spans (HTML and Word centre a merged cell's text vertically).
CENTRE_TOL = 0.3
# A block (two lines or more) that comes closer to the row above or below than this share of the
# usual gap between rows reaches into that row: a candidate merged cell (工/作/质/量 centred over
# three rows: 14 pt from the row above where rows are 29 pt apart).
SPAN_GAP = 0.6
# A table whose lines all sit at one pitch (every gap between consecutive lines within this × size
# of the others, none over BLOCK_GAP) has no padding between rows: a Word table without borders
# and without cell spacing, where a wrapped cell's second line is as close as the next row's first.
# Its rows are read line by line (see _pitch_rows) instead of from gaps.
PITCH_TOL = 0.2
# Right ends of a column's lines this close (× size) all alike: a column of equal-length labels
# (`政治表现` over `道德品行`) says nothing about wrapping, every line looks full.
SAME_END = 0.3
# A line next to the table belongs to a paragraph with it only when both start within this
# (× size) of each other: a first-line indent of two characters, a hanging numbering marker. The
# table's last line `的，每项得10分。` in the criteria column is no paragraph with the prose below it.
PARA_SHIFT = 4.0
# A single-segment line at the edge of a table at one pitch that runs this far (× size) past every
# other cell of its column is a prose line beside the table, not a row (see _without_prose_edges).
OVERHANG = 1.0
# A value on a line of its own in a cell: `30` under `40`, `20分` under `15分` are two cells, never
# one number wrapped.
NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?\s*(?:%|分)?")


@dataclass(eq=False)
class _Seg:
    chars: list[dict]
    x0: float
    x1: float
    top: float
    bottom: float
    line: int  # index of its text line on the page
    col: int = -1


@dataclass(eq=False)
class _Block:
    segs: list[_Seg] = field(default_factory=list)

    @property
    def top(self) -> float:
        return min(s.top for s in self.segs)

    @property
    def bottom(self) -> float:
        return max(s.bottom for s in self.segs)

    @property
    def col(self) -> int:
        return self.segs[0].col


def _segments(group: list[dict], line: int) -> list[_Seg]:
    chars = sorted(group, key=lambda c: c["x0"])
    out: list[list[dict]] = [[chars[0]]]
    for prev, c in zip(chars, chars[1:], strict=False):
        if c["x0"] - prev["x1"] > SEG_GAP * max(c["size"], prev["size"], 1):
            out.append([c])
        else:
            out[-1].append(c)
    return [_Seg(cs, cs[0]["x0"], max(c["x1"] for c in cs), min(c["top"] for c in cs),
                 max(c["bottom"] for c in cs), line) for cs in out]


def _starts(values: list[float], tol: float) -> list[float]:
    """Cluster x positions (neighbours closer than tol chain); each cluster stands for its most
    common position (a stray start beside a column does not drag the column's start)."""
    chains: list[list[float]] = []
    for v in sorted(values):
        if chains and v - chains[-1][-1] <= tol:
            chains[-1].append(v)
        else:
            chains.append([v])
    out = []
    for chain in chains:
        counts = Counter(round(v * 2) / 2 for v in chain)
        out.append(max(counts, key=lambda x: (counts[x], -x)))
    return out


def _fits(segs: list[_Seg], starts: list[float], tol: float) -> bool:
    """Every segment starts at a column start and none runs across another one."""
    for s in segs:
        if not any(abs(s.x0 - x) <= tol for x in starts):
            return False
        if any(s.x0 + tol < x < s.x1 - tol for x in starts):
            return False
    return True


def _shared(lines: list[list[_Seg]], idx: list[int], tol: float) -> list[float]:
    """Column starts used by two lines or more of the run, and by more lines than run across them
    (`赋分` over `标准` centred in a header cell starts inside the column of `20分` below)."""
    xs = [s.x0 for i in idx for s in lines[i]]
    clusters = _starts(xs, tol)
    keep = []
    for c in clusters:
        users = {i for i in idx for s in lines[i] if abs(s.x0 - c) <= tol}
        crossers = {i for i in idx for s in lines[i] if s.x0 + tol < c < s.x1 - tol}
        if len(users) >= 2 and len(users) > len(crossers):  # a start more lines run across is none
            keep.append(c)
    return keep


def _runs(lines: list[list[_Seg]], tol: float) -> list[tuple[list[int], list[float]]]:
    """Runs of consecutive lines that fit a shared set of column starts, refined until stable.
    The page is first cut at prose lines running across most column starts, so that two tables
    of different columns with a paragraph between are each judged on their own starts (else one
    table's starts cut the other's lines into pieces too short for a table)."""
    everywhere = _shared(lines, list(range(len(lines))), tol)
    todo, cur = [], []
    for i, line in enumerate(lines):
        crossed = sum(1 for x in everywhere if len(line) == 1 and line[0].x0 + tol < x < line[0].x1 - tol)
        if crossed >= MIN_COLUMNS - 1 and crossed * 2 > len(everywhere):
            todo.append(cur)
            cur = []
        else:
            cur.append(i)
    todo.append(cur)
    found = []
    while todo:
        idx = todo.pop()
        if len(idx) < MIN_LINES:
            continue
        starts = everywhere if len(idx) == len(lines) else _shared(lines, idx, tol)  # no cut: known
        if len(starts) < MIN_COLUMNS:
            continue
        parts, cur = [], []
        for i in idx:
            if _fits(lines[i], starts, tol):
                cur.append(i)
            else:
                parts.append(cur)
                cur = []
        parts.append(cur)
        parts = [p for p in parts if len(p) >= MIN_LINES]
        if len(parts) == 1 and len(parts[0]) == len(idx):
            side = sum(1 for i in idx if len(lines[i]) >= 2)
            if side >= MIN_SIDE_BY_SIDE:
                found.append((idx, starts))
            continue
        todo.extend(parts)
    return sorted(found)


def _bands(blocks: list[_Block], slack: float) -> list[tuple[float, float, list[_Block]]]:
    """Blocks overlapping vertically → row bands, top to bottom."""
    out: list[tuple[float, float, list[_Block]]] = []
    for b in sorted(blocks, key=lambda b: b.top):
        if out and b.top <= out[-1][1] + slack:
            top, bottom, members = out[-1]
            out[-1] = (top, max(bottom, b.bottom), [*members, b])
        else:
            out.append((b.top, b.bottom, [b]))
    return out


def _spans(blocks: list[_Block], size: float):
    """Row bands, and the blocks proven to be merged cells spanning rows: (block, first, last).
    A tall block that bridges two bands of the others is tried as a merged cell; when no centred
    range of rows proves it (see _prove), it is refused and its rows stay one."""
    spanning: list[_Block] = []
    refused: set[int] = set()
    rows, claims = _bands(blocks, 0.0), []
    while True:
        base = [b for b in blocks if b not in spanning]
        candidate = None
        for b in sorted(base, key=lambda b: b.top - b.bottom):  # tallest first
            if id(b) in refused:
                continue
            if _reaches(b, _bands([o for o in base if o is not b], 0.0)):
                candidate = b
                break
        if candidate is None:
            return rows, claims
        trial = [*spanning, candidate]
        new_rows = _bands([b for b in blocks if b not in trial], 0.0)
        new_claims = []
        for b in sorted(trial, key=lambda b: b.top):
            got = _prove(b, new_rows, [c for c in new_claims if c[0].col == b.col], size)
            if got is None:
                break
            new_claims.append((b, *got))
        if len(new_claims) == len(trial):
            spanning, rows, claims = trial, new_rows, new_claims
        else:
            refused.add(id(candidate))


def _reaches(b: _Block, others) -> bool:
    """Does the block reach into more than one row of the others? It overlaps two of their bands,
    lies between two, sticks out of its one band on one side more than the other (质 over 量
    centred on two rows, level with the lower row's first line), or comes closer to a neighbouring band than rows come to one another (SPAN_GAP): a merged
    cell's text centred over rows sits in the gaps between them, an ordinary tall cell makes its
    own row with the usual gap around it."""
    hit = [k for k, (t, u, _) in enumerate(others) if t < b.bottom and u > b.top]
    if len(hit) >= 2 or (not hit and any(u <= b.top for _, u, _ in others)
                         and any(t >= b.bottom for t, _, _ in others)):
        return True  # across two rows, or wholly in the gap between two
    if hit:  # out of its row's band further on one side than the other: not centred in that row
        t, u, _ = others[hit[0]]
        if abs(max(0.0, t - b.top) - max(0.0, b.bottom - u)) > CENTRE_TOL * b.segs[0].chars[0]["size"]:
            return True
    if len(b.segs) < 2:
        return False
    gaps = sorted(n[0] - p[1] for p, n in zip(others, others[1:], strict=False))
    if not gaps:
        return False
    usual = gaps[len(gaps) // 2]
    above = [u for t, u, _ in others if u <= b.top]
    below = [t for t, u, _ in others if t >= b.bottom]
    near = [b.top - max(above)] if above else []
    near += [min(below) - b.bottom] if below else []
    return any(g < SPAN_GAP * usual for g in near)


def _prove(b: _Block, rows, taken, size: float) -> tuple[int, int] | None:
    """The widest range of rows around the block's own rows whose centre is the block's centre,
    taking only rows where its column is otherwise empty; None when no range is centred on it."""
    own = [k for k, (t, u, _) in enumerate(rows) if t < b.bottom and u > b.top]
    if not own:  # wholly in the gap between two rows: it spans at least those two
        own = [k for k, (t, _, _) in enumerate(rows) if t >= b.bottom][:1]
        own = [own[0] - 1, own[0]] if own and own[0] > 0 else []
    if not own:
        return None

    def free(k: int) -> bool:
        if any(m.col == b.col for m in rows[k][2]):
            return False
        return not any(first <= k <= last for _, first, last in taken)

    lo = own[0]
    while lo > 0 and free(lo - 1):
        lo -= 1
    hi = own[-1]
    while hi + 1 < len(rows) and free(hi + 1):
        hi += 1
    centre = (b.top + b.bottom) / 2
    best = None
    for a in range(lo, own[0] + 1):
        for z in range(own[-1], hi + 1):
            centred = abs((rows[a][0] + rows[z][1]) / 2 - centre) <= CENTRE_TOL * size
            if z > a and centred and (best is None or z - a > best[1] - best[0]):
                best = (a, z)
    return best


def _one_pitch(lines: list[list[_Seg]], size: float) -> bool:
    """Do the table's lines all sit at one pitch, no gap telling rows apart (see PITCH_TOL)?"""
    gaps = [min(s.top for s in b) - max(s.bottom for s in a) for a, b in zip(lines, lines[1:], strict=False)]
    return bool(gaps) and max(gaps) <= BLOCK_GAP * size and max(gaps) - min(gaps) <= PITCH_TOL * size


def _line(segs: list[_Seg]) -> layout.Line:
    return layout.Line([c for s in segs for c in s.chars])


def _verdict(above: list[_Seg] | None, segs: list[_Seg], right: float, same_ends: bool, size: float) -> str:
    """What a line's cell says about the line, from the cell right above it in its column:
    `new` (a new row: the cell above stopped short, or two values), `on` (the cell above ran to the
    column's end and wrapped: `wrap` when not even the first word would have fitted), `alone` (no
    cell above) or `mute` (a column of equal-length labels: no telling)."""
    if above is None:
        return "alone"
    prev, line = _line(above), _line(segs)
    if NUMBER.fullmatch(prev.text) and NUMBER.fullmatch(line.text):
        return "new"
    if same_ends:
        return "mute"
    if layout.ends_short(prev, line, right, sentences=True):
        return "new"
    return "wrap" if right - prev.x1 < line.lead_x1 - line.x0 else "on"


def _without_prose_edges(lines: list[list[_Seg]], order: list[int], size: float) -> list[int]:
    """Drop a table's first or last line when it is one segment reaching past every other cell of
    its column (OVERHANG): in a table at one pitch the paragraph right above or below sits as close
    as a row, and a short prose line (`一、…如下：`) fits the columns but runs wider than the cells."""
    def overhangs(i: int) -> bool:
        if len(lines[i]) != 1:
            return False
        s = lines[i][0]
        others = [o.x1 for j in order if j != i for o in lines[j] if o.col == s.col]
        return bool(others) and s.x1 > max(others) + OVERHANG * size
    order = list(order)
    while len(order) > MIN_LINES and overhangs(order[0]):
        order.pop(0)
    while len(order) > MIN_LINES and overhangs(order[-1]):
        order.pop()
    return order


def _pitch_rows(lines: list[list[_Seg]], n_cols: int, size: float):
    """Rows of a table without row padding (_one_pitch), read line by line: each line's cells are
    compared with the cells right above them (_verdict). One cell that proves a new row makes
    the line a row start; otherwise a wrapped cell above says the line goes on (a cell centred in
    its row, nothing above it, starts on the row's second line); otherwise it is a row start. A
    cell that wrapped across a row start is a merged cell (`思想品德素质` over `（25%）`, the group
    of three rows) only in a column left empty at some row start and when not even the next
    line's first word would have fitted. Returns row bands and merged cells like _spans."""
    cols: list[dict[int, list[_Seg]]] = []
    for line in lines:
        by: dict[int, list[_Seg]] = {}
        for s in sorted(line, key=lambda s: s.x0):
            by.setdefault(s.col, []).append(s)
        cols.append(by)
    ends: dict[int, list[float]] = {}
    for by in cols:
        for k, ss in by.items():
            ends.setdefault(k, []).append(ss[-1].x1)
    right = {k: max(v) for k, v in ends.items()}
    same = {k: len(v) > 1 and max(v) - min(v) <= SAME_END * size for k, v in ends.items()}
    verdicts: list[dict[int, str]] = [{}]
    starts = [True]
    for n in range(1, len(cols)):
        said = {k: _verdict(cols[n - 1].get(k), ss, right[k], same[k], size) for k, ss in cols[n].items()}
        verdicts.append(said)
        starts.append("new" in said.values() or not {"on", "wrap"} & set(said.values()))
    group = {k for n in range(1, len(cols)) if starts[n] for k in range(n_cols) if k not in cols[n]}
    row_of, r = [], -1
    for start in starts:
        r += start
        row_of.append(r)
    spans: list[list] = []  # [block, first row, last row, last line]
    current: dict[int, list] = {}  # column → its latest cell
    for n, by in enumerate(cols):
        for k, ss in by.items():
            cell = current.get(k)
            same_row = not starts[n] and cell is not None and cell[2] == row_of[n]
            merged = (starts[n] and cell is not None and cell[3] == n - 1 and k in group
                      and verdicts[n].get(k) == "wrap")
            if same_row or merged:
                cell[0].segs.extend(ss)
                cell[2], cell[3] = row_of[n], n
            else:
                current[k] = [_Block(list(ss)), row_of[n], row_of[n], n]
                spans.append(current[k])
    rows = []
    for r in range(row_of[-1] + 1):
        mine = [s for n, by in enumerate(cols) if row_of[n] == r for ss in by.values() for s in ss]
        members = [b for b, first, _, _ in spans if first == r]
        rows.append((min(s.top for s in mine), max(s.bottom for s in mine), members))
    claims = [(b, first, last) for b, first, last, _ in spans if last > first]
    return rows, claims


def find_tables(groups: list[list[dict]], page_number: int,
                cell_text: Callable[[list[dict]], str]) -> tuple[list[Table], set[int]]:
    """Text lines of a page (each a list of chars, top to bottom) → unruled tables and the indices
    of the lines they took."""
    lines = [_segments(g, i) for i, g in enumerate(groups)]
    if sum(1 for ln in lines if len(ln) >= 2) < MIN_SIDE_BY_SIDE:
        return [], set()
    sizes = sorted(c["size"] for g in groups for c in g)
    size = sizes[len(sizes) // 2] or 1.0
    tol = START_TOL * size
    tables, used = [], set()
    for idx, starts in _runs(lines, tol):
        table, took = _table(lines, idx, starts, size, page_number, cell_text)
        if table is not None:
            tables.append(table)
            used |= took
    return tables, used


def _table(lines, idx, starts, size, page_number, cell_text):
    tol = START_TOL * size
    # column extents: from a start to the widest segment starting there
    rights = [max((s.x1 for i in idx for s in lines[i] if abs(s.x0 - x) <= tol), default=x) for x in starts]

    def inside(segs) -> list[int] | None:
        cols = []
        for s in segs:
            k = next((k for k in range(len(starts)) if starts[k] - tol <= s.x0
                      and (k + 1 == len(starts) or s.x1 < starts[k + 1] + tol)  # as _fits
                      and (k + 1 < len(starts) or s.x0 < rights[k] + SEG_GAP * size)), None)
            if k is None:
                if s.x0 >= rights[-1] + SEG_GAP * size:
                    k = len(starts)  # a column right of the run's (a header over an empty column)
                else:
                    return None
            cols.append(k)
        return cols

    def glued(i: int, j: int) -> bool:
        """Line j is outside the table, line i one segment, close enough and starting where j
        starts (PARA_SHIFT): the same paragraph."""
        if not 0 <= j < len(lines) or inside(lines[j]) is not None or len(lines[i]) > 1:
            return False  # a line of cells side by side is no paragraph's line
        a, b = (lines[i][0], lines[j][0]) if i < j else (lines[j][0], lines[i][0])
        return b.top - a.bottom <= BLOCK_GAP * size and abs(a.x0 - b.x0) <= PARA_SHIFT * size

    idx = list(idx)
    while idx and glued(idx[0], idx[0] - 1):  # the tail of a paragraph above, flush with a column
        idx.pop(0)
    while idx and glued(idx[-1], idx[-1] + 1):  # the first line of a paragraph below
        idx.pop()
    if len(idx) < MIN_LINES:
        return None, set()
    take = set(idx)
    for step in (-1, 1):  # header lines above, closing lines below
        edge = idx[0] if step < 0 else idx[-1]
        i = edge + step
        while 0 <= i < len(lines):
            near = lines[edge][0]
            gap = (near.top - lines[i][0].bottom) if step < 0 else (lines[i][0].top - near.bottom)
            if gap > EXTEND_GAP * size or inside(lines[i]) is None or glued(i, i + step):
                break
            take.add(i)
            edge = i
            i += step
    order = sorted(take)
    segs = [s for i in order for s in lines[i]]
    extra = False
    for s in segs:
        s.col = inside([s])[0]
        extra |= s.col == len(starts)
    n_cols = len(starts) + (1 if extra else 0)
    if _one_pitch([lines[i] for i in order], size):
        order = _without_prose_edges(lines, order, size)
        take &= set(order)
        segs = [s for i in order for s in lines[i]]
        rows, claims = _pitch_rows([lines[i] for i in order], n_cols, size)
    else:
        # blocks: a column's segments close above one another are one cell's lines
        blocks: list[_Block] = []
        for k in range(n_cols):
            col = sorted((s for s in segs if s.col == k), key=lambda s: s.top)
            for s in col:
                if blocks and blocks[-1].col == k and s.top - blocks[-1].bottom <= BLOCK_GAP * size:
                    blocks[-1].segs.append(s)
                else:
                    blocks.append(_Block([s]))
        rows, claims = _spans(blocks, size)
    if len(rows) < MIN_ROWS:
        return None, set()
    lefts = [*starts, rights[-1] + SEG_GAP * size][:n_cols]
    edges = [*lefts, max(s.x1 for s in segs)]
    cells: list[Cell] = []
    covered: set[tuple[int, int]] = set()
    for b, first, last in claims:
        cells.append(_cell(b.segs, first, last - first + 1, b.col, rows, edges, page_number, cell_text))
        covered |= {(r, b.col) for r in range(first, last + 1)}
    claimed = {id(b) for b, _, _ in claims}
    for r, (_, _, members) in enumerate(rows):
        for k in range(n_cols):
            if (r, k) in covered:
                continue
            mine = [s for m in members if m.col == k and id(m) not in claimed for s in m.segs]
            cells.append(_cell(mine, r, 1, k, rows, edges, page_number, cell_text))
    cells.sort(key=lambda c: (c.row, c.col))
    bbox = (round(edges[0], 2), round(rows[0][0], 2), round(edges[-1], 2), round(rows[-1][1], 2))
    table = Table(index=0, n_rows=len(rows), n_cols=n_cols, cells=cells, page=page_number, bbox=bbox)
    return table, take


def _cell(segs, row, rowspan, col, rows, edges, page_number, cell_text) -> Cell:
    chars = [c for s in segs for c in s.chars]
    bbox = (round(edges[col], 2), round(rows[row][0], 2), round(edges[col + 1], 2),
            round(rows[row + rowspan - 1][1], 2))
    return Cell(text=cell_text(chars) if chars else "", row=row, col=col, rowspan=rowspan,
                page=page_number, bbox=bbox)
