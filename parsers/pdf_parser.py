"""PDF → Document: ruled tables with merged cells, and the text around them in reading order.

Why this shape: a PDF has no paragraphs or cells, only positioned characters and lines. Tables come
from pdfplumber's ruled-line finder; a merged cell is one cell box spanning several columns/rows of
the grid made of all the table's distinct x/y edges. Text outside tables is grouped into lines and
lines into paragraphs (gap, indent, short line). Each character is visited once (no second pass
of extract_text) so the whole parse stays close to bare pdfplumber's cost.
"""

from __future__ import annotations

import io
import logging
import re
from bisect import bisect_right
from collections import Counter
from statistics import median

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

from rubrics.errors import CorruptFile, EncryptedFile, NeedsOCR, RubricsError
from rubrics.parsers import ocr
from rubrics.parsers.document import Block, Cell, Document, Table

# pdfminer logs a warning for every odd font it meets; on a user's terminal those lines would bury
# the one-line result or error, and they say nothing about the document's content.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

EDGE_TOL = 2.0  # points: two cell edges closer than this are the same grid line
CONTINUE_TOL = 3.0  # points: column edges of a page-split table may differ this much between pages
MARGIN_BAND = 0.08  # top/bottom fraction of a page where running headers/footers live
HEADING_RATIO = 1.2  # a line this much larger than the page's body text is a heading

# A running header/footer is recognised by repeating on many pages once digits are masked.
# Example: "第 3 页 共 22 页" and "- 4 -" repeat as "第 # 页 共 # 页" / "- # -".
DIGITS = re.compile(r"\d+")


# A page whose characters are mostly unmapped glyphs ("(cid:1234)": an embedded font without a
# ToUnicode table) has no usable text layer and is reported for OCR like a scanned page.
UNMAPPED_SHARE = 0.5
DUPLICATE_TOL = 1.0  # points: the same glyph drawn again this close is fake bold, not text


def _dedupe(chars: list[dict]) -> list[dict]:
    """Drop overprinted copies of a glyph (fake bold: "考考核核" drawn twice, shifted a fraction)."""
    if len(chars) < 2:
        return chars
    order = sorted(range(len(chars)), key=lambda i: (chars[i]["text"], chars[i]["top"], chars[i]["x0"]))
    drop: set[int] = set()
    for a, b in zip(order, order[1:], strict=False):
        ca, cb = chars[a], chars[b]
        if (ca["text"] == cb["text"] and abs(ca["top"] - cb["top"]) < DUPLICATE_TOL
                and abs(ca["x0"] - cb["x0"]) < DUPLICATE_TOL):
            drop.add(b)
    return [c for i, c in enumerate(chars) if i not in drop] if drop else chars


def _is_cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" or "\uf900" <= ch <= "\ufaff"


def _glue(left: str, right: str) -> str:
    """Separator when two wrapped lines join: none between CJK/digits, a space between words."""
    if not left or not right:
        return ""
    a, b = left[-1], right[0]
    if a.isspace() or b.isspace() or _is_cjk(a) or _is_cjk(b):
        return ""
    if b.isascii() and b.isalpha():  # "points" + "and", "100)" + "Item": a word starts
        return " "
    return ""  # digits and punctuation: "0." + "2分" is one number wrapped, not two


def _ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def _ends_short(prev: _Line, line: _Line, right: float) -> bool:
    """Did `prev` stop before the margin for a reason other than wrapping?

    A line wraps early when the next line's first unbreakable token does not fit in the room left
    (e.g. "〔2019〕22号)" after "…(黔轻职院党"); only more room than that token means a real break.
    """
    room = right - prev.x1
    token_end = line.chars[0]["x1"]
    for ch in line.chars:
        if _ideograph(ch["text"]) and ch is not line.chars[0]:
            break
        token_end = ch["x1"]
    token = token_end - line.x0
    return room > token + 1.2 * max(prev.size, 1)


class _Line:
    __slots__ = ("chars", "top", "bottom", "x0", "x1", "size", "text")

    def __init__(self, chars):
        chars.sort(key=lambda c: c["x0"])
        self.chars = chars
        self.top = min(c["top"] for c in chars)
        self.bottom = max(c["bottom"] for c in chars)
        self.x0 = chars[0]["x0"]
        self.x1 = max(c["x1"] for c in chars)
        self.size = median(c["size"] for c in chars)
        out = []
        prev = None
        for c in chars:
            if prev is not None and c["x0"] - prev["x1"] > 0.25 * max(c["size"], 1) and not prev["text"].isspace() \
                    and not c["text"].isspace():
                out.append(" ")
            out.append(c["text"])
            prev = c
        self.text = "".join(out).strip()


def _lines(chars) -> list[_Line]:
    """Characters → text lines, top to bottom (a char joins a line whose vertical middle it shares)."""
    lines: list[list[dict]] = []
    spans: list[tuple[float, float]] = []
    for c in sorted(chars, key=lambda c: (round(c["top"], 1), c["x0"])):
        mid = (c["top"] + c["bottom"]) / 2
        if lines and spans[-1][0] <= mid <= spans[-1][1]:
            lines[-1].append(c)
        else:
            lines.append([c])
            spans.append((c["top"], c["bottom"]))
    return [line for line in (_Line(cs) for cs in lines) if line.text]


def _paragraphs(lines: list[_Line], left: float, right: float, body_size: float):
    """Lines → paragraphs: break on a larger gap, a first-line indent, a short line or a size change."""
    paras: list[list[_Line]] = []
    for line in lines:
        if paras:
            prev = paras[-1][-1]
            size = max(prev.size, line.size, 1)
            gap = line.top - prev.bottom
            new = (
                gap > 0.8 * size
                or line.x0 > left + 1.5 * size  # first-line indent (Chinese paragraphs indent 2 chars)
                or _ends_short(prev, line, right)  # the previous line stopped short of the margin
                or abs(line.size - prev.size) > 0.15 * size
            )
            if not new:
                paras[-1].append(line)
                continue
        paras.append([line])
    for para in paras:
        text = para[0].text
        for line in para[1:]:
            text += _glue(text, line.text) + line.text
        bbox = (min(ln.x0 for ln in para), para[0].top, max(ln.x1 for ln in para), para[-1].bottom)
        size = median(ln.size for ln in para)
        yield text, bbox, size / body_size if body_size else 1.0


def _clusters(values, tol=EDGE_TOL) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def _slot(edges: list[float], value: float) -> int:
    """Index of the grid line nearest to value."""
    i = bisect_right(edges, value)
    if i == 0:
        return 0
    if i == len(edges):
        return len(edges) - 1
    return i if edges[i] - value < value - edges[i - 1] else i - 1


def _cell_text(chars, right: float) -> str:
    """A cell's characters as text: wrapped lines glued, a line that stops short ends a paragraph."""
    lines = _lines(chars)
    if not lines:
        return ""
    right = max(ln.x1 for ln in lines)  # the widest line shows where this cell's text wraps
    text = lines[0].text
    for prev, line in zip(lines, lines[1:], strict=False):
        text += ("\n" if _ends_short(prev, line, right) else _glue(text, line.text)) + line.text
    return text


def _tables(found, page_number: int, chars) -> list[Table]:
    """One pdfplumber table → Tables with spans (none for a lone box: a framed paragraph, not a table)."""
    boxes = found.cells
    xs = _clusters([b[0] for b in boxes] + [b[2] for b in boxes])
    ys = _clusters([b[1] for b in boxes] + [b[3] for b in boxes])
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    if n_rows < 1 or n_cols < 1 or (n_rows == 1 and n_cols == 1):
        return []
    slots: dict[tuple[int, int], int] = {}
    cells: list[Cell] = []
    for box in sorted(boxes, key=lambda b: (b[1], b[0])):
        r0, r1 = _slot(ys, box[1]), _slot(ys, box[3])
        c0, c1 = _slot(xs, box[0]), _slot(xs, box[2])
        if r1 <= r0 or c1 <= c0:
            continue
        cell = Cell(text="", row=r0, col=c0, rowspan=r1 - r0, colspan=c1 - c0, page=page_number,
                    bbox=tuple(round(v, 2) for v in box))
        for r in range(r0, r1):
            for c in range(c0, c1):
                slots.setdefault((r, c), len(cells))
        cells.append(cell)
    buckets: list[list[dict]] = [[] for _ in cells]
    for ch in chars:
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        r, c = bisect_right(ys, cy) - 1, bisect_right(xs, cx) - 1
        k = slots.get((r, c))
        if k is not None:
            buckets[k].append(ch)
    for cell, bucket in zip(cells, buckets, strict=True):
        cell.text = _cell_text(bucket, cell.bbox[2]) if bucket else ""
    cells.sort(key=lambda cl: (cl.row, cl.col))
    tables = []
    for part in _split_by_layout(cells, n_rows, n_cols):
        table = _compact(part, page_number)
        if table is not None:
            tables.append(table)
    return tables


def _split_by_layout(cells: list[Cell], n_rows: int, n_cols: int) -> list[list[Cell]]:
    """Split where two touching tables were found as one: consecutive rows whose inner column
    boundaries have nothing in common, and no cell spanning the cut (e.g. a 5-column scoring table
    directly followed by a 2-column grade table)."""
    bounds: list[set[int]] = [set() for _ in range(n_rows)]
    crossing: set[int] = set()  # rows r where some cell covers both r-1 and r
    for cell in cells:
        for r in range(cell.row, cell.row + cell.rowspan):
            bounds[r].update(b for b in (cell.col, cell.col + cell.colspan) if 0 < b < n_cols)
        crossing.update(range(cell.row + 1, cell.row + cell.rowspan))
    cuts = [r for r in range(1, n_rows)
            if r not in crossing and bounds[r] and bounds[r - 1] and not bounds[r] & bounds[r - 1]]
    parts, start = [], 0
    for cut in [*cuts, n_rows]:
        parts.append([c for c in cells if start <= c.row < cut])
        start = cut
    return parts


def _compact(cells: list[Cell], page_number: int) -> Table | None:
    """Re-index a part's rows and keep only the grid columns its own cells use."""
    if not cells:
        return None
    first_row = min(c.row for c in cells)
    n_rows = max(c.row + c.rowspan for c in cells) - first_row
    edges = sorted({c.col for c in cells} | {c.col + c.colspan for c in cells})
    position = {e: i for i, e in enumerate(edges)}
    n_cols = len(edges) - 1
    if n_rows == 1 and n_cols == 1:
        return None
    for cell in cells:
        cell.row -= first_row
        cell.col, cell.colspan = position[cell.col], position[cell.col + cell.colspan] - position[cell.col]
    bbox = (min(c.bbox[0] for c in cells), min(c.bbox[1] for c in cells),
            max(c.bbox[2] for c in cells), max(c.bbox[3] for c in cells))
    return Table(index=0, n_rows=n_rows, n_cols=n_cols, cells=cells, page=page_number, bbox=bbox)


def _inside(ch, bbox) -> bool:
    cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
    return bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]


def _same_columns(a: Table, b: Table) -> bool:
    """Same column layout: outer edges and (almost all) inner column edges line up."""
    ea = _clusters({round(c.bbox[0], 1) for c in a.cells} | {round(c.bbox[2], 1) for c in a.cells})
    eb = _clusters({round(c.bbox[0], 1) for c in b.cells} | {round(c.bbox[2], 1) for c in b.cells})
    if abs(ea[0] - eb[0]) > CONTINUE_TOL or abs(ea[-1] - eb[-1]) > CONTINUE_TOL:
        return False
    matched = sum(1 for x in ea if any(abs(x - y) <= CONTINUE_TOL for y in eb))
    return matched >= 0.8 * max(len(ea), len(eb))


def _encryption_error(exc: BaseException, depth: int = 0) -> bool:
    """pdfplumber wraps pdfminer's password errors; look through args, cause and context."""
    if isinstance(exc, PDFPasswordIncorrect | PDFEncryptionError):
        return True
    if depth > 4:
        return False
    inner = [a for a in exc.args if isinstance(a, BaseException)] + [e for e in (exc.__cause__, exc.__context__) if e]
    return any(_encryption_error(e, depth + 1) for e in inner)


def _open(data: bytes, path: str):
    try:
        return pdfplumber.open(io.BytesIO(data))
    except Exception as exc:
        if _encryption_error(exc):
            raise EncryptedFile(path, "the PDF is password protected") from None
        raise


def parse_pdf(data: bytes, path: str, sha256: str, fmt: str = "pdf") -> Document:
    try:
        return _parse_pdf(data, path, sha256, fmt)
    except Exception as exc:
        if _encryption_error(exc):  # some files only fail when a page's content is decoded
            raise EncryptedFile(path, "the PDF is password protected") from None
        if isinstance(exc, RubricsError):
            raise
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
        detail = str(inner).splitlines()[0] if str(inner) else type(inner).__name__
        raise CorruptFile(path, f"damaged or truncated PDF ({detail})") from None


def _parse_pdf(data: bytes, path: str, sha256: str, fmt: str) -> Document:
    doc = Document(path=path, format=fmt, sha256=sha256)
    pages: list[list[tuple[float, Block]]] = []  # per page: (top, block) before furniture removal
    margin_lines: list[list[tuple[str, str, Block]]] = []
    use_ocr = ocr.available()
    with _open(data, path) as pdf:
        doc.n_pages = len(pdf.pages)
        meta = pdf.metadata or {}
        for key in ("Title", "Author", "Subject", "Creator", "Producer", "CreationDate"):
            value = meta.get(key)
            if isinstance(value, bytes):
                value = value.decode("utf-8", errors="replace")
            if value:
                doc.meta[key.lower()] = str(value)
        for page in pdf.pages:
            try:
                number = page.page_number
                chars = _dedupe([c for c in page.chars if c["text"] and not c["text"].isspace()])
                if chars and sum(c["text"].startswith("(cid:") for c in chars) > UNMAPPED_SHARE * len(chars):
                    chars = []  # glyphs without a Unicode mapping: as unreadable as a scan
                if not chars:
                    ocr_blocks = _ocr(page, number) if use_ocr else []
                    if not ocr_blocks:
                        doc.pages_without_text.append(number)
                    pages.append([(b.bbox[1], b) for b in ocr_blocks])
                    margin_lines.append([])
                    continue
                items: list[tuple[float, Block]] = []
                table_boxes = []
                for found in page.find_tables():
                    box = found.bbox  # a computed property in pdfplumber: read it once
                    inside = [c for c in chars if _inside(c, box)]
                    for table in _tables(found, number, inside):
                        table_boxes.append(table.bbox)
                        items.append((table.bbox[1], Block(kind="table", index=0, table=table, page=number,
                                                           bbox=table.bbox)))
                rest = [c for c in chars if not any(_inside(c, b) for b in table_boxes)]
                lines = _lines(rest)
                body_size = median(c["size"] for c in chars)
                left = min((ln.x0 for ln in lines), default=0)
                right = max((ln.x1 for ln in lines), default=page.width)
                if right < page.width - left - 4 * body_size:  # only short lines here: assume even margins
                    right = float(page.width) - left
                band = MARGIN_BAND * float(page.height)
                body, margins = [], []
                for ln in lines:
                    (margins if (ln.bottom < band or ln.top > page.height - band) else body).append(ln)
                page_margins = []
                for ln in margins:
                    block = Block(kind="paragraph", index=0, text=ln.text, page=number,
                                  bbox=(round(ln.x0, 2), round(ln.top, 2), round(ln.x1, 2), round(ln.bottom, 2)))
                    where = "header" if ln.bottom < band else "footer"
                    page_margins.append((where, DIGITS.sub("#", ln.text.replace(" ", "")), block))
                margin_lines.append(page_margins)
                for text, bbox, ratio in _paragraphs(body, left, right, body_size):
                    kind = "heading" if ratio >= HEADING_RATIO else "paragraph"
                    level = (1 if ratio >= 1.5 else 2) if kind == "heading" else None
                    items.append((bbox[1], Block(kind=kind, index=0, text=text, level=level, page=number,
                                                 bbox=tuple(round(v, 2) for v in bbox))))
                items.sort(key=lambda it: it[0])
                pages.append(items)
            finally:
                page.close()  # drop the page's parsed objects: memory stays flat in page count
    if doc.n_pages and len(doc.pages_without_text) == doc.n_pages:
        shown = ", ".join(map(str, doc.pages_without_text[:10])) + ("…" if doc.n_pages > 10 else "")
        hint = "OCR found no text on them" if use_ocr else "install the OCR extra: pip install 'rubrics[ocr]'"
        raise NeedsOCR(path, f"no text layer on any page (pages {shown}): scanned images need OCR ({hint})")
    _assemble(doc, pages, margin_lines)
    return doc


def _ocr(page, number: int) -> list[Block]:
    """A page without a text layer, rendered and read by OCR (blocks marked `ocr=True`)."""
    image = page.to_image(resolution=ocr.DPI).original
    try:
        return ocr.ocr_page(image, number, float(page.width))
    finally:
        image.close()


def _assemble(doc: Document, pages, margin_lines) -> None:
    """Pages → blocks in order: furniture kept apart, page-split tables linked by `continues`."""
    n_with_text = sum(1 for m in margin_lines if m) or 1
    counts = Counter(key for page in margin_lines for key in {(w, k) for w, k, _ in page})
    repeated = {key for key, n in counts.items() if n >= 2 and n >= 0.5 * n_with_text}
    kept: set[tuple[str, str]] = set()
    table_index = 0
    last_table: Table | None = None  # the previous page's last block, when that was a table
    for page_items, page_margins in zip(pages, margin_lines, strict=True):
        merged = [(b.bbox[1], b) for w, k, b in page_margins if (w, k) not in repeated] + page_items
        merged.sort(key=lambda it: it[0])
        for w, k, b in page_margins:
            if (w, k) in repeated and (w, k) not in kept:  # once per pattern: "第 1 页" stands for all
                kept.add((w, k))
                (doc.headers if w == "header" else doc.footers).append(b.text)
        for position, (_, block) in enumerate(merged):
            block.index = len(doc.blocks)
            if block.kind == "table":
                table = block.table
                table.index = table_index
                table_index += 1
                if position == 0 and last_table is not None and _same_columns(last_table, table):
                    table.continues = last_table.index
            doc.blocks.append(block)
        last = merged[-1][1] if merged else None
        last_table = last.table if last is not None and last.kind == "table" else None
