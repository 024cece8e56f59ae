"""Text that overflows a fixed-height row, printed over its neighbour's text: told apart again.

Why: a spreadsheet row has a fixed height. When a cell's text needs more lines than fit, LibreOffice
prints them anyway, centred on the cell, so its first (last) lines land inside the row above
(below), a few points off that row's own lines. Assigned to cells by their centres, the characters
of two cells fall into one cell and were read as one line, mixed glyph by glyph (`检安查全表联` from
`检查表` and `安全联`). Two glyphs of one size that overlap both ways cannot belong to one line,
nor can two lines of one cell overlap: such a cell holds a neighbour's lines. Its lines are split
by their tops (glyph collisions keep two lines apart even at the same top), chained into runs of
non-overlapping lines (each cell's text is one such run), and the run nearest the cell's middle
stays; another run goes to the cell above or below it in the same column, whichever side of the
staying run it lies on. Every rule is geometry: glyph boxes, row and column lines.
"""

from __future__ import annotations

EDGE_TOL = 2.0  # points: two cell edges closer than this are one grid line (as in pdf_parser)
# Two glyphs collide when they overlap by more than this share of the narrower one's width and by
# more than VERTICAL_SHARE of the size in height: `检` at 292.8 and `安` at 295.7, both x 231.9–241.9.
COLLIDE_SHARE = 0.5
VERTICAL_SHARE = 0.1
# Glyphs of one line: tops within this × size (fonts of one line differ in descent: about 0.1).
# Further apart but overlapping in height, they are two lines printed over each other.
SAME_LINE = 0.25
SIZE_RATIO = 0.9  # glyphs compared only at (about) one size: a superscript is no second line
# One cell's lines keep one pitch (LibreOffice: 12.2 pt for 10 pt text, to a few hundredths): a run
# of lines ends where the gap differs from its pitch by more than PITCH_TOL × size; the second line
# of a run lies at most FIRST_PITCH × size below the first (double spacing).
PITCH_TOL = 0.1
FIRST_PITCH = 2.0
# A run cut by a row line moves only when the other cell's own text lies this many pitches away
# (the merged cell's clipped lines above a category's own name, two blank lines between them).
APART = 1.5


def _size(ch: dict) -> float:
    return max(float(ch.get("size") or 0.0), ch["bottom"] - ch["top"], 1.0)


def _same_size(a: dict, b: dict) -> bool:
    sa, sb = _size(a), _size(b)
    return min(sa, sb) >= SIZE_RATIO * max(sa, sb)


def _collide(a: dict, b: dict) -> bool:
    """Two glyphs drawn over each other (see COLLIDE_SHARE)."""
    x = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
    y = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    narrow = min(a["x1"] - a["x0"], b["x1"] - b["x0"])
    return narrow > 0 and x > COLLIDE_SHARE * narrow and y > VERTICAL_SHARE * _size(a)


def _overprinted(chars: list[dict]) -> bool:
    """Does this cell hold two lines printed over each other? (glyphs of one size that collide, or
    whose tops differ by more than SAME_LINE yet whose heights overlap)

    Swept in one pass: glyphs sorted by top are cut into lines (tops within SAME_LINE of the line's
    first); a glyph of the next line that starts above the previous line's bottom overlaps it, and
    glyphs of one line can only collide with their neighbours along x."""
    order = sorted(chars, key=lambda c: c["top"])
    lines: list[list[dict]] = []
    for ch in order:
        if lines and ch["top"] - lines[-1][0]["top"] <= SAME_LINE * _size(lines[-1][0]):
            lines[-1].append(ch)
        else:
            lines.append([ch])
    for prev, line in zip(lines, lines[1:], strict=False):
        for b in line:
            if any(b["top"] < a["bottom"] and _same_size(a, b) for a in prev):
                return True
    for line in lines:
        row = sorted(line, key=lambda c: c["x0"])
        for a, b in zip(row, row[1:], strict=False):
            if _same_size(a, b) and _collide(a, b):
                return True
    return False


def _lines(chars: list[dict]) -> list[list[dict]]:
    """Characters → lines by their tops; a glyph colliding with a line's glyph starts another line."""
    lines: list[list[dict]] = []
    for ch in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        fits = [ln for ln in lines if abs(ln[0]["top"] - ch["top"]) <= SAME_LINE * _size(ch)
                and not any(_collide(ch, o) for o in ln)]
        if fits:
            min(fits, key=lambda ln: abs(ln[0]["top"] - ch["top"])).append(ch)
        else:
            lines.append([ch])
    return sorted(lines, key=lambda ln: min(c["top"] for c in ln))


def _top(line: list[dict]) -> float:
    return min(c["top"] for c in line)


def _misfit(run: list[list[dict]], top: float) -> float:
    """How far a line at `top` is from where the run's next line belongs (its own pitch; without
    a pitch yet, the distance from its last line)."""
    gap = top - _top(run[-1])
    return abs(gap - (_top(run[-1]) - _top(run[-2]))) if len(run) >= 2 else gap


def _runs(lines: list[list[dict]]) -> list[list[list[dict]]]:
    """Lines chained into runs of one cell's text: each line follows the run whose pitch it fits
    best among those whose last line ends above it. A line printed over a run's last line takes
    its place when it fits the run's pitch better (a cell's lines keep one exact pitch: `入计算)。`
    at 107.2 continues a run at 92.6 of pitch 14.5; `当C=100%…` at 106.6 is the next cell's)."""
    runs: list[list[list[dict]]] = []
    for ln in lines:
        top, slack = _top(ln), VERTICAL_SHARE * _size(ln[0])
        over = [r for r in runs if len(r) >= 3 and max(c["bottom"] for c in r[-1]) > top + slack
                and _misfit(r[:-1], top) < _misfit(r[:-1], _top(r[-1]))]
        if over:
            run = over[0]
            runs.append([run.pop()])
            run.append(ln)
            continue
        before = [r for r in runs if max(c["bottom"] for c in r[-1]) <= top + slack]
        if before:
            min(before, key=lambda r: _misfit(r, top)).append(ln)
        else:
            runs.append([ln])
    return runs


def _middle(run: list[list[dict]]) -> float:
    return (min(c["top"] for c in run[0]) + max(c["bottom"] for c in run[-1])) / 2


def _neighbour(boxes: list[tuple], k: int, below: bool) -> int | None:
    """The cell directly above (below) cell k with the same column edges."""
    x0, top, x1, bottom = boxes[k]
    for j, (a0, t, a1, b) in enumerate(boxes):
        if j != k and abs(a0 - x0) <= EDGE_TOL and abs(a1 - x1) <= EDGE_TOL and (
                abs(t - bottom) <= EDGE_TOL if below else abs(b - top) <= EDGE_TOL):
            return j
    return None


def separate(boxes: list[tuple], buckets: list[list[dict]]) -> None:
    """Move the lines a cell holds from its neighbours (see module doc) into their own cells.
    `boxes[k]` is cell k's (x0, top, x1, bottom), `buckets[k]` its characters (changed in place)."""
    moves: list[tuple[int, int, list[dict]]] = []  # (from, to, characters)
    for k, bucket in enumerate(buckets):
        if len(bucket) < 2 or not _overprinted(bucket):
            continue
        runs = _runs(_lines(bucket))
        if len(runs) < 2:
            continue
        centre = (boxes[k][1] + boxes[k][3]) / 2
        stay = min(runs, key=lambda r: abs(_middle(r) - centre))
        for run in runs:
            if run is stay:
                continue
            j = _neighbour(boxes, k, below=_middle(run) > _middle(stay))
            if j is not None:
                moves.append((k, j, [c for ln in run for c in ln]))
    _move(buckets, moves)
    _straddling(boxes, buckets)


def _move(buckets: list[list[dict]], moves: list[tuple[int, int, list[dict]]]) -> None:
    for k, j, chars in moves:
        gone = {id(c) for c in chars}
        buckets[k] = [c for c in buckets[k] if id(c) not in gone]
        buckets[j].extend(chars)


def _pitch_runs(lines: list[list[dict]]) -> list[list[list[dict]]]:
    """Lines chained while they keep one pitch (a cell's lines are evenly spaced): a second line
    follows within FIRST_PITCH × size, later ones within PITCH_TOL × size of the run's pitch."""
    runs: list[list[list[dict]]] = []
    for ln in lines:
        run = runs[-1] if runs else None
        size = _size(ln[0])
        if run is not None:
            gap = _top(ln) - _top(run[-1])
            pitch = _top(run[-1]) - _top(run[-2]) if len(run) >= 2 else None
            if (abs(gap - pitch) <= PITCH_TOL * size) if pitch is not None else (
                    max(c["bottom"] for c in run[-1]) <= _top(ln) + VERTICAL_SHARE * size and gap <= FIRST_PITCH * size):
                run.append(ln)
                continue
        runs.append([ln])
    return runs


def _straddling(boxes: list[tuple], buckets: list[list[dict]]) -> None:
    """A line cut by the row line between two cells of one column is text running past its cell:
    a merged cell drawn only in part (print titles repeat its first rows; the rest of its text,
    clipped, still lies below them) or text overflowing its row without meeting other text. The
    evenly spaced run of lines through it belongs to whichever of the two cells has its middle
    nearer the run's middle; the other cell keeps its own runs."""
    for k in range(len(boxes)):
        j = _neighbour(boxes, k, below=True)
        if j is None or not (buckets[k] or buckets[j]):
            continue
        border = boxes[k][3]
        if not any(c["top"] < border < c["bottom"] for c in buckets[k] + buckets[j]):
            continue  # no glyph crosses the row line: nothing is cut by it (a cheap test before the lines)
        lines = _lines(buckets[k] + buckets[j])
        for run in _pitch_runs(lines):
            cut = any(_top(ln) < border - VERTICAL_SHARE * _size(ln[0])
                      and max(c["bottom"] for c in ln) > border + VERTICAL_SHARE * _size(ln[0]) for ln in run)
            if not cut:
                continue
            upper, lower = (boxes[k][1] + boxes[k][3]) / 2, (boxes[j][1] + boxes[j][3]) / 2
            owner, other = (k, j) if abs(_middle(run) - upper) <= abs(_middle(run) - lower) else (j, k)
            inside = {id(c) for ln in run for c in ln}
            rest = [c for c in buckets[other] if id(c) not in inside]
            if not _apart(run, rest):
                continue
            mine = {id(c) for c in buckets[other]}
            _move(buckets, [(other, owner, [c for ln in run for c in ln if id(c) in mine])])


def _apart(run: list[list[dict]], rest: list[dict]) -> bool:
    """The other cell keeps text of its own, set off from the run by at least APART blank lines
    (its own lines, not the run's continuation at a pitch that happens to match)."""
    if not rest:
        return False
    pitch = _top(run[1]) - _top(run[0]) if len(run) >= 2 else _size(run[0][0])
    top, bottom = _top(run[0]), max(c["bottom"] for c in run[-1])
    gap = min(min(abs(c["top"] - bottom), abs(top - c["bottom"])) for c in rest)
    return gap >= APART * pitch
