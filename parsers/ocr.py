"""OCR for PDF pages without a text layer: text lines, and tables rebuilt from ruling lines.

Why this shape: a scanned 考核 table is an image; its structure lives in the printed ruling lines,
its content in the OCR engine's text lines. We find the rulings on the rendered bitmap (long dark
runs, kept by a morphological opening), build the grid from them exactly as the text-layer path
builds it from pdfplumber's cell boxes (a merged cell = neighbouring slots with no ruling between
them), and drop every OCR line into the cell under it. Everything else on the page becomes
paragraphs. Every block and cell made here has `ocr=True`, so extraction can mark provenance.

The engine is RapidOCR (PyPI `rapidocr-onnxruntime`, PP-OCRv4 models inside the wheel, no network):
chosen over tesseract-chi-sim for fewer character errors on 考核 tables and a pure pip install.
It is optional (`pip install rubrics[ocr]`); without it scanned pages stay in
`Document.pages_without_text` and a fully scanned PDF raises NeedsOCR.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from rubrics.parsers.document import Block, Cell, Table

DPI = 200  # render resolution: 9-pt CJK strokes stay legible; higher costs time for no accuracy
DARK = 160  # grey level below which a pixel is ink (rulings are printed black or dark grey)
RULE_MIN = 0.03  # a ruling is a dark run at least this fraction of the page's width/height
RULE_TOL = 6  # pixels: rulings closer than this are one line (a thick or doubled rule)
MIN_CONFIDENCE = 0.5  # OCR lines scored below this are noise (stamps, specks, bleed-through)
COVER = 0.6  # a ruling separates two slots when it covers this share of their common edge
# Environment switch to skip OCR (e.g. a bulk ingest where scanned pages should just be listed).
OCR_ENV = "RUBRICS_OCR"


@dataclass
class OcrLine:
    """One recognised text line, box in page points (x0, top, x1, bottom)."""

    text: str
    box: tuple[float, float, float, float]
    score: float


def available() -> bool:
    """True when the OCR engine is installed and not switched off by RUBRICS_OCR=0."""
    if os.environ.get(OCR_ENV, "1").strip().lower() in ("0", "no", "off", "false"):
        return False
    try:
        import rapidocr_onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


@lru_cache(maxsize=1)
def _engine():
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR()


def recognise(image, scale: float) -> list[OcrLine]:
    """OCR lines on a page image; `scale` converts pixels to page points."""
    arr = np.asarray(image.convert("RGB"))
    result, _ = _engine()(arr)
    lines = []
    for quad, text, score in result or []:
        text = str(text).strip()
        if not text or float(score) < MIN_CONFIDENCE:
            continue
        xs = [p[0] for p in quad]
        ys = [p[1] for p in quad]
        lines.append(OcrLine(text, (min(xs) * scale, min(ys) * scale, max(xs) * scale, max(ys) * scale),
                             float(score)))
    return lines


# --- ruling lines -------------------------------------------------------------------------------

@dataclass
class Segment:
    """A ruling: `at` is its y (horizontal) or x (vertical); it runs from `start` to `end`."""

    at: float
    start: float
    end: float


def rulings(gray: np.ndarray) -> tuple[list[Segment], list[Segment]]:
    """Horizontal and vertical ruling segments (in pixels) on a greyscale page bitmap."""
    import cv2

    ink = (gray < DARK).astype(np.uint8)
    h, w = ink.shape
    out = []
    for horizontal in (True, False):
        length = max(15, int((w if horizontal else h) * RULE_MIN))
        kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1) if horizontal else (1, length))
        opened = cv2.morphologyEx(ink, cv2.MORPH_OPEN, kernel)
        n, _, stats, _ = cv2.connectedComponentsWithStats(opened, connectivity=8)
        segs = []
        for x, y, sw, sh, _area in stats[1:n]:
            if horizontal and sh <= 3 * RULE_TOL:
                segs.append(Segment(y + sh / 2, x, x + sw))
            elif not horizontal and sw <= 3 * RULE_TOL:
                segs.append(Segment(x + sw / 2, y, y + sh))
        out.append(_merge(segs))
    return out[0], out[1]


def _merge(segs: list[Segment]) -> list[Segment]:
    """Join collinear pieces of one ruling (a rule broken by a speck or crossed by text)."""
    segs.sort(key=lambda s: (s.at, s.start))
    merged: list[Segment] = []
    for s in segs:
        for m in merged:
            if abs(m.at - s.at) <= RULE_TOL and s.start <= m.end + RULE_TOL and s.end >= m.start - RULE_TOL:
                m.start, m.end = min(m.start, s.start), max(m.end, s.end)
                break
        else:
            merged.append(Segment(s.at, s.start, s.end))
    return merged


def _levels(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= RULE_TOL:
            continue
        out.append(v)
    return out


def _covers(segs: list[Segment], at: float, lo: float, hi: float) -> bool:
    """Is there a ruling at `at` covering most of the span lo..hi?"""
    need = COVER * (hi - lo)
    return any(abs(s.at - at) <= RULE_TOL and min(s.end, hi) - max(s.start, lo) >= need for s in segs)


def grid_cells(hsegs: list[Segment], vsegs: list[Segment]) -> tuple[list[float], list[float], list[tuple]]:
    """Rulings → (row edges, column edges, cells as (r0, c0, r1, c1)); empty when no table.

    Only rulings that meet a ruling of the other direction count: an underline or a text rule is
    not a table edge. Neighbouring slots with no ruling between them are one merged cell.
    """
    hs = [h for h in hsegs if any(v.start - RULE_TOL <= h.at <= v.end + RULE_TOL
                                  and h.start - RULE_TOL <= v.at <= h.end + RULE_TOL for v in vsegs)]
    vs = [v for v in vsegs if any(h.start - RULE_TOL <= v.at <= h.end + RULE_TOL
                                  and v.start - RULE_TOL <= h.at <= v.end + RULE_TOL for h in hs)]
    ys, xs = _levels([h.at for h in hs]), _levels([v.at for v in vs])
    if len(ys) < 2 or len(xs) < 2:
        return [], [], []
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    parent = list(range(n_rows * n_cols))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(n_rows):
        for c in range(n_cols):
            if c + 1 < n_cols and not _covers(vs, xs[c + 1], ys[r], ys[r + 1]):
                parent[find(r * n_cols + c + 1)] = find(r * n_cols + c)
            if r + 1 < n_rows and not _covers(hs, ys[r + 1], xs[c], xs[c + 1]):
                parent[find((r + 1) * n_cols + c)] = find(r * n_cols + c)
    groups: dict[int, list[tuple[int, int]]] = {}
    for r in range(n_rows):
        for c in range(n_cols):
            groups.setdefault(find(r * n_cols + c), []).append((r, c))
    cells = []
    for slots in groups.values():
        r0, c0 = min(r for r, _ in slots), min(c for _, c in slots)
        r1, c1 = max(r for r, _ in slots) + 1, max(c for _, c in slots) + 1
        cells.append((r0, c0, r1, c1))
    return ys, xs, sorted(cells)


# --- page assembly ------------------------------------------------------------------------------

def _split_across(line: OcrLine, xs: list[float]) -> list[OcrLine]:
    """An OCR line running over a column ruling, cut there (characters shared by width).

    Why: the detector sometimes reads two neighbouring cells' text as one line when it sits close
    to the rule; without the cut, one cell would receive its neighbour's words.
    """
    x0, top, x1, bottom = line.box
    cuts = [x for x in xs if x0 + RULE_TOL < x < x1 - RULE_TOL]
    if not cuts or len(line.text) < 2:
        return [line]
    pieces, start_x, start_i = [], x0, 0
    per_char = (x1 - x0) / len(line.text)
    for x in [*cuts, x1]:
        end_i = len(line.text) if x == x1 else round((x - x0) / per_char)
        if end_i > start_i:
            pieces.append(OcrLine(line.text[start_i:end_i].strip(), (start_x, top, x, bottom), line.score))
        start_x, start_i = x, max(start_i, end_i)
    return [p for p in pieces if p.text]


def _rows_of(lines: list[OcrLine]) -> list[list[OcrLine]]:
    """OCR lines → visual rows (lines whose vertical middles fall inside one another's span)."""
    rows: list[list[OcrLine]] = []
    for ln in sorted(lines, key=lambda ln: (ln.box[1], ln.box[0])):
        mid = (ln.box[1] + ln.box[3]) / 2
        if rows and rows[-1][0].box[1] <= mid <= rows[-1][0].box[3]:
            rows[-1].append(ln)
        else:
            rows.append([ln])
    return [sorted(r, key=lambda ln: ln.box[0]) for r in rows]


def _join(lines: list[OcrLine], right: float) -> str:
    """A cell's or paragraph's lines as text: wrapped lines glued, a line ending short breaks."""
    rows = _rows_of(lines)
    right = min(right, max((row[-1].box[2] for row in rows), default=right))  # where this text wraps
    text = ""
    prev_end = None
    for row in rows:
        row_text = " ".join(ln.text for ln in row)
        height = max(ln.box[3] - ln.box[1] for ln in row)
        if text:
            text += "\n" if prev_end is not None and right - prev_end > 2 * height else ""
        text += row_text
        prev_end = row[-1].box[2]
    return text


def ocr_page(image, page_number: int, page_width: float) -> list[Block]:
    """One scanned page image → blocks (tables and paragraphs) in reading order, all `ocr=True`."""
    scale = float(page_width) / image.width
    lines = recognise(image, scale)
    gray = np.asarray(image.convert("L"))
    hsegs, vsegs = rulings(gray)
    ys, xs, slots = grid_cells(hsegs, vsegs)
    blocks: list[tuple[float, Block]] = []
    rest = lines
    if slots:
        ys = [y * scale for y in ys]
        xs = [x * scale for x in xs]
        table_box = (xs[0], ys[0], xs[-1], ys[-1])
        inside, rest = [], []
        for ln in lines:
            cx, cy = (ln.box[0] + ln.box[2]) / 2, (ln.box[1] + ln.box[3]) / 2
            (inside if xs[0] <= cx <= xs[-1] and ys[0] <= cy <= ys[-1] else rest).append(ln)
        pieces = [p for ln in inside for p in _split_across(ln, xs)]
        buckets: dict[tuple, list[OcrLine]] = {s: [] for s in slots}
        index = {}
        for s in slots:
            for r in range(s[0], s[2]):
                for c in range(s[1], s[3]):
                    index[(r, c)] = s
        for p in pieces:
            cx, cy = (p.box[0] + p.box[2]) / 2, (p.box[1] + p.box[3]) / 2
            r = max(0, min(len(ys) - 2, int(np.searchsorted(ys, cy)) - 1))
            c = max(0, min(len(xs) - 2, int(np.searchsorted(xs, cx)) - 1))
            buckets[index[(r, c)]].append(p)
        cells = []
        for (r0, c0, r1, c1), got in buckets.items():
            bbox = (round(xs[c0], 2), round(ys[r0], 2), round(xs[c1], 2), round(ys[r1], 2))
            cells.append(Cell(text=_join(got, bbox[2]), row=r0, col=c0, rowspan=r1 - r0, colspan=c1 - c0,
                              page=page_number, bbox=bbox, ocr=True))
        cells.sort(key=lambda cl: (cl.row, cl.col))
        table = Table(index=0, n_rows=len(ys) - 1, n_cols=len(xs) - 1, cells=cells, page=page_number,
                      bbox=tuple(round(v, 2) for v in table_box))
        blocks.append((table_box[1], Block(kind="table", index=0, table=table, page=page_number,
                                           bbox=table.bbox, ocr=True)))
    right = max((ln.box[2] for ln in rest), default=page_width)
    for para in _paragraphs(rest):
        box = (min(ln.box[0] for ln in para), min(ln.box[1] for ln in para),
               max(ln.box[2] for ln in para), max(ln.box[3] for ln in para))
        blocks.append((box[1], Block(kind="paragraph", index=0, text=_join(para, right), page=page_number,
                                     bbox=tuple(round(v, 2) for v in box), ocr=True)))
    blocks.sort(key=lambda it: it[0])
    return [b for _, b in blocks]


def _paragraphs(lines: list[OcrLine]) -> list[list[OcrLine]]:
    """Rows of text → paragraphs: a new one after a gap taller than half a line or an indent."""
    paras: list[list[OcrLine]] = []
    prev = None
    for row in _rows_of(lines):
        height = max(ln.box[3] - ln.box[1] for ln in row)
        if prev is not None:
            gap = row[0].box[1] - max(ln.box[3] for ln in prev)
            indent = row[0].box[0] - prev[0].box[0]
            if gap <= 0.5 * height and indent <= height:
                paras[-1].extend(row)
                prev = row
                continue
        paras.append(list(row))
        prev = row
    return paras
