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
from dataclasses import dataclass, field
from statistics import median

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

from rubrics.errors import CorruptFile, EncryptedFile, NeedsOCR, RubricsError
from rubrics.messages import message
from rubrics.parsers import ocr, pdf_overflow, pdf_tiles
from rubrics.parsers import pdf_layout as layout
from rubrics.parsers import pdf_open as opened
from rubrics.parsers import pdf_unruled as unruled
from rubrics.parsers.document import Block, Cell, Document, Table

# pdfminer logs a warning for every odd font it meets; on a user's terminal those lines would bury
# the one-line result or error, and they say nothing about the document's content.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

EDGE_TOL = 2.0  # points: two cell edges closer than this are the same grid line
CONTINUE_TOL = 3.0  # points: column edges of a page-split table may differ this much between pages
SUBSET_MIN_EDGES = 4  # a closing row or two alone on the next page, edges a subset of the table's: ≥ 3 columns
# A page-border frame around body text (see _frame): a full-width box over half the page holding
# at least ten lines is the page's prose, not a table cell.
FRAME_SHARE = 0.5
FRAME_MIN_LINES = 10
MARGIN_BAND = 0.08  # top/bottom fraction of a page where running headers/footers live

# A running header/footer is recognised by repeating on many pages once digits are masked.
# Example: "第 3 页 共 22 页" and "- 4 -" repeat as "第 # 页 共 # 页" / "- # -".
DIGITS = re.compile(r"\d+")


# A page whose characters are mostly unmapped glyphs ("(cid:1234)": an embedded font without a
# ToUnicode table) has no usable text layer and is reported for OCR like a scanned page.
UNMAPPED_SHARE = 0.5
DUPLICATE_TOL = 1.0  # points: the same glyph drawn again this close is fake bold, not text
# A ruling line drawn as a filled rectangle is thin (Word draws borders so). A filled, unstroked
# rectangle thicker than this both ways is a fill: a highlighter mark behind a few words in a cell
# (yellow behind 扣3分, which pdfplumber would read as a 1×3 table of its own) or a sheet's white
# background wider than the page (one cell around the whole grid). Its edges are no table lines.
RULE_MAX = 3.0


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


def _clusters(values, tol=EDGE_TOL) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out




def _cell_text(chars) -> str:
    """A cell's characters as text: wrapped lines glued, a line that stops short ends a paragraph.
    (Numbering at a line start does not break here: in a narrow cell `1.…；2.…` often runs on.)"""
    lines = layout.lines_of(chars)
    if not lines:
        return ""
    right = max(ln.x1 for ln in lines)  # the widest line shows where this cell's text wraps
    text = lines[0].text
    for prev, line in zip(lines, lines[1:], strict=False):
        # numbers on lines of their own are separate numbers (`30⏎80⏎20`), never one (`308020`)
        numbers = text[-1:].isdigit() and line.text[:1].isdigit()
        new = numbers or layout.ends_short(prev, line, right)
        text += ("\n" if new else layout.glue(text, line.text)) + line.text
    return text


def _frame(cell: Cell, n_cols: int, chars: list[dict], page_height: float) -> bool:
    """A full-width 'cell' taller than FRAME_SHARE of the page holding FRAME_MIN_LINES lines of text:
    the page border of a document written inside a frame (a form header above, the body below)."""
    if cell.colspan != n_cols or cell.bbox[3] - cell.bbox[1] < FRAME_SHARE * page_height:
        return False
    return len(layout.lines_of(list(chars))) >= FRAME_MIN_LINES


def _tables(found, page_number: int, chars, page_height: float = 0.0) -> list[Table]:
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
        r0, r1 = layout.nearest_line(ys, box[1]), layout.nearest_line(ys, box[3])
        c0, c1 = layout.nearest_line(xs, box[0]), layout.nearest_line(xs, box[2])
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
    pdf_overflow.separate([c.bbox for c in cells], buckets)  # a row's overflow printed over its neighbour's
    frames = [k for k, (cell, bucket) in enumerate(zip(cells, buckets, strict=True)) if _frame(cell, n_cols, bucket, page_height)]
    if frames:  # a page border drawn around the body: its text is the page's prose, not a cell
        rows = {r for k in frames for r in range(cells[k].row, cells[k].row + cells[k].rowspan)}
        keep = [k for k, cell in enumerate(cells) if not rows & set(range(cell.row, cell.row + cell.rowspan))]
        cells, buckets = [cells[k] for k in keep], [buckets[k] for k in keep]
    for cell, bucket in zip(cells, buckets, strict=True):
        cell.text = _cell_text(bucket) if bucket else ""
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
    """Same column layout: outer edges and (almost all) inner column edges line up. Only the cells
    printed on the table's own page count (a strip joined from a later page has its own x)."""
    ca = [c for c in a.cells if c.page == a.page] or a.cells
    cb = [c for c in b.cells if c.page == b.page] or b.cells
    ea = _clusters({round(c.bbox[0], 1) for c in ca} | {round(c.bbox[2], 1) for c in ca})
    eb = _clusters({round(c.bbox[0], 1) for c in cb} | {round(c.bbox[2], 1) for c in cb})
    if abs(ea[0] - eb[0]) > CONTINUE_TOL or abs(ea[-1] - eb[-1]) > CONTINUE_TOL:
        return False
    matched = sum(1 for x in ea if any(abs(x - y) <= CONTINUE_TOL for y in eb))
    if matched >= 0.8 * max(len(ea), len(eb)):
        return True
    # a last row alone on the next page (合计 over the first columns, then the points column):
    # fewer edges because its cells span, but every one of them is an edge of the table before
    inner = [y for y in eb if not any(abs(x - y) <= CONTINUE_TOL for x in ea)]
    return b.n_rows <= 2 and len(eb) >= SUBSET_MIN_EDGES and not inner


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
            raise EncryptedFile(path, message("parse.pdf_password")) from None
        raise


def parse_pdf(data: bytes, path: str, sha256: str, fmt: str = "pdf") -> Document:
    try:
        return _parse_pdf(data, path, sha256, fmt)
    except Exception as exc:
        if _encryption_error(exc):  # some files only fail when a page's content is decoded
            raise EncryptedFile(path, message("parse.pdf_password")) from None
        if isinstance(exc, RubricsError):
            raise
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
        detail = str(inner).splitlines()[0] if str(inner) else type(inner).__name__
        raise CorruptFile(path, message("parse.bad_pdf", reason=detail)) from None


@dataclass
class _Page:
    """What one page gave before the document-wide judgements (body font, furniture, joins)."""

    number: int
    items: list[tuple[float, Block | layout.Line]] = field(default_factory=list)  # by top
    margins: list[tuple[str, str, Block]] = field(default_factory=list)  # (where, masked text, block)
    column: layout.Column | None = None
    ends: dict[int, opened.OpenEnds] = field(default_factory=dict)  # id(table) → its open ends
    height: float = 0.0


def _parse_pdf(data: bytes, path: str, sha256: str, fmt: str) -> Document:
    doc = Document(path=path, format=fmt, sha256=sha256)
    pages: list[_Page] = []
    sizes: Counter = Counter()  # (size, bold) → characters, over all text: the body font's fallback vote
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
                pages.append(_read_page(page, doc, sizes, use_ocr))
            finally:
                page.close()  # drop the page's parsed objects: memory stays flat in page count
    if doc.n_pages and len(doc.pages_without_text) == doc.n_pages:
        shown = ", ".join(map(str, doc.pages_without_text[:10])) + ("…" if doc.n_pages > 10 else "")
        hint = message("parse.ocr_empty") if use_ocr else message("parse.ocr_install")
        raise NeedsOCR(path, message("parse.needs_ocr", pages=shown, hint=hint))
    _cut_cells(pages)
    pdf_tiles.join_tiles(pages)
    _assemble(doc, pages, sizes)
    return doc


def _read_page(page, doc: Document, sizes: Counter, use_ocr: bool) -> _Page:
    """One page → its tables, body lines and margin lines (paragraphs are made document-wide)."""
    number = page.page_number
    out = _Page(number, height=round(float(page.height), 1))
    chars = _dedupe([c for c in page.chars if c["text"] and not c["text"].isspace()])
    if chars and sum(c["text"].startswith("(cid:") for c in chars) > UNMAPPED_SHARE * len(chars):
        chars = []  # glyphs without a Unicode mapping: as unreadable as a scan
    if not chars:
        ocr_blocks = _ocr(page, number) if use_ocr else []
        if not ocr_blocks:
            doc.pages_without_text.append(number)
        out.items = [(b.bbox[1], b) for b in ocr_blocks]
        return out
    ruled: list[Table] = []
    finder = _ruled(page)
    for found in finder.find_tables():
        box = found.bbox  # a computed property in pdfplumber: read it once
        inside = [c for c in chars if _inside(c, box)]
        ruled.extend(_tables(found, number, inside, float(page.height)))
    ruled = opened.join_side_by_side(ruled)
    boxes = [t.bbox for t in ruled]
    within = [next((k for k, b in enumerate(boxes) if _inside(c, b)), -1) for c in chars]
    taken: set[int] = set()
    band = float(page.height) * MARGIN_BAND
    rules = [(e["x0"], e["x1"], e["top"]) for e in finder.horizontal_edges] if ruled else []
    for k, table in sorted(enumerate(ruled), key=lambda it: it[1].bbox[1]):
        free = {i for i, w in enumerate(within) if (w == -1 or w == k) and i not in taken}
        got, ends = opened.fill(table, chars, free, float(page.height), band, _cell_text, rules)
        taken |= got
        out.ends[id(table)] = ends
        out.items.append((table.bbox[1], Block(kind="table", index=0, table=table, page=number, bbox=table.bbox)))
    rest = [c for i, c in enumerate(chars) if within[i] == -1 and i not in taken]
    groups = layout.char_lines(rest)
    found, taken = unruled.find_tables(groups, number, _cell_text)
    for table in found:
        out.items.append((table.bbox[1], Block(kind="table", index=0, table=table, page=number, bbox=table.bbox)))
    lines = [ln for ln in (layout.Line(g) for i, g in enumerate(groups) if i not in taken) if ln.text]
    body_size = median(c["size"] for c in chars)
    left = min((ln.x0 for ln in lines), default=0)
    right = max((ln.x1 for ln in lines), default=page.width)
    if right < page.width - left - 4 * body_size:  # only short lines here: assume even margins
        right = float(page.width) - left
    out.column = layout.Column(left, right)
    band = MARGIN_BAND * float(page.height)
    for c in chars:
        if band <= c["top"] <= page.height - band:
            sizes[(layout.size_key(c["size"]), layout.bold_font(c.get("fontname") or ""))] += 1
    for ln in lines:
        if ln.bottom < band or ln.top > page.height - band:
            block = Block(kind="paragraph", index=0, text=ln.text, page=number,
                          bbox=(round(ln.x0, 2), round(ln.top, 2), round(ln.x1, 2), round(ln.bottom, 2)))
            where = "header" if ln.bottom < band else "footer"
            out.margins.append((where, DIGITS.sub("#", ln.text.replace(" ", "")), block))
        else:
            out.items.append((ln.top, ln))
    out.items.sort(key=lambda it: it[0])
    return out


def _cut_cells(pages: list[_Page]) -> None:
    """A merged cell cut by the page break, its text printed further below the table than
    pdf_open takes on the page alone (LibreOffice centres it on the whole span, which ends on the
    next page): when the next page opens with a table of the same columns, the lines right below
    the table that each lie inside one of its open bottom runs are that cell's text."""
    for page, nxt in zip(pages, pages[1:], strict=False):
        if nxt.number != page.number + 1:
            continue
        tables = [(k, it) for k, (_, it) in enumerate(page.items) if isinstance(it, Block) and it.kind == "table"]
        following = next((it for _, it in nxt.items if isinstance(it, Block) and it.kind == "table"), None)
        if not tables or following is None:
            continue
        k, block = tables[-1]
        ends = page.ends.get(id(block.table))
        if ends is None or not ends.bottom or not _same_columns(block.table, following.table):
            continue
        found: dict[tuple, list[layout.Line]] = {}
        drop: set[int] = set()
        for j in range(k + 1, len(page.items)):
            line = page.items[j][1]
            end = next((e for e in ends.bottom if isinstance(line, layout.Line)
                        and e[0] - EDGE_TOL <= line.x0 and line.x1 <= e[1] + EDGE_TOL), None)
            if end is None:
                break
            found.setdefault(end, []).append(line)
            drop.add(j)
        for (x0, x1, top), lines in found.items():
            if not opened.close_end(block.table, x0, x1, top, "".join(ln.text for ln in lines)):
                drop -= {j for j in drop if page.items[j][1] in lines}
        page.items = [it for j, it in enumerate(page.items) if j not in drop]


def _is_fill(obj) -> bool:
    return (obj["object_type"] == "rect" and bool(obj.get("fill")) and not obj.get("stroke")
            and min(obj["width"], obj["height"]) > RULE_MAX)


def _ruled(page):
    """The page as the table finder should see it: fills (see RULE_MAX) taken out of its edges."""
    if not any(_is_fill(r) for r in page.rects):
        return page
    return page.filter(lambda obj: obj["object_type"] != "rect" or not _is_fill(obj))


def _ocr(page, number: int) -> list[Block]:
    """A page without a text layer, rendered and read by OCR (blocks marked `ocr=True`)."""
    image = page.to_image(resolution=ocr.DPI).original
    try:
        return ocr.ocr_page(image, number, float(page.width))
    finally:
        image.close()


# Lines that may stand between two parts of a page-split table without separating them: a page
# number in the body zone (`- 3 -`, `第3页 共5页`, `3/5`) or a continuation caption (`续表`, `续上表2`).
FURNITURE_LINE = re.compile(
    r"^(?:[-—–\s]*\d+[-—–\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+"
    r"|[（(]?(?:续表|续上表|接上表|续)[）)]?\s*\S{0,12})$")
HEADER_REPEAT_MAX = 3  # leading rows compared when looking for a header repeated on the next page
PRINT_TITLE_LINES = 3  # lines above a table's first part that may be printed again above the next


def _assemble(doc: Document, pages: list[_Page], sizes: Counter) -> None:
    """Pages → blocks in order: furniture kept apart, lines joined into paragraphs (across a page
    break too) and judged against the body font, page-split tables linked by `continues`."""
    n_with_text = sum(1 for p in pages if p.margins) or 1
    counts = Counter(key for p in pages for key in {(w, k) for w, k, _ in p.margins})
    repeated = {key for key, n in counts.items() if n >= 2 and n >= 0.5 * n_with_text}
    kept: set[tuple[str, str]] = set()
    body = layout.body_font([[ln for _, ln in p.items if isinstance(ln, layout.Line)] for p in pages], sizes)
    lowest: dict[float, float] = {}  # page height → lowest table bottom on pages of that height
    for p in pages:
        for _, it in p.items:
            if isinstance(it, Block) and it.kind == "table" and it.bbox is not None:
                lowest[p.height] = max(lowest.get(p.height, 0.0), it.bbox[3])
    floors = {p.number: lowest[p.height] for p in pages if p.height in lowest}
    chain = _Chain({k: v for p in pages for k, v in p.ends.items()}, floors)
    para: layout.Paragraph | None = None

    def close() -> None:
        nonlocal para
        if para is not None:
            kind, level = layout.judge(para, body)
            chain.emit(doc, Block(kind=kind, index=0, text=para.text, level=level, page=para.page,
                                  bbox=tuple(round(v, 2) for v in para.bbox)))
            para = None

    for page in pages:
        for w, k, b in page.margins:
            if (w, k) in repeated and (w, k) not in kept:  # once per pattern: "第 1 页" stands for all
                kept.add((w, k))
                (doc.headers if w == "header" else doc.footers).append(b.text)
        items = [(b.bbox[1], b) for w, k, b in page.margins if (w, k) not in repeated] + page.items
        items.sort(key=lambda it: it[0])
        for _, item in items:
            if isinstance(item, layout.Line):
                if para is not None and layout.continues(para, item, body, page.column, para.last_page == page.number):
                    para.add(item, page.number, page.column)
                    continue
                close()
                para = layout.Paragraph(item, page.number, page.column)
            else:
                close()
                chain.emit(doc, item)
    close()


class _Chain:
    """Emits blocks in order and links a table to the one it continues: the previous page's last
    table, same column edges, nothing between but furniture (FURNITURE_LINE) — or the title printed
    above the chain's first part printed again (a sheet's print titles: the title rows and the
    header rows repeat on every page). That repeat links only when the header rows repeat too and
    the part before filled its page (`floors`: the lowest table bottom on pages of that height),
    so the next sheet of a workbook, printed under the same title, stays a table of its own."""

    def __init__(self, ends: dict[int, opened.OpenEnds] | None = None, floors: dict[int, float] | None = None):
        self.ends = ends or {}  # id(table) → its open ends (a merged cell cut by the page break)
        self.floors = floors or {}  # page number → lowest table bottom on pages of its size
        self.n_tables = 0
        self.last: Table | None = None  # the latest table, while only furniture followed it
        self.heads: dict[int, Table] = {}  # table index → first part of its chain
        self.since: list[str] = []  # text since the latest table
        self.titles: dict[int, set[str]] = {}  # table index of a chain's head → the lines above it
        self.retitled = False  # the head's title was printed again since the latest table

    def emit(self, doc: Document, block: Block) -> None:
        block.index = len(doc.blocks)
        doc.blocks.append(block)
        if block.kind != "table":
            text = block.text.strip()
            if text:
                self.since.append(_squash(text))
            if text and not FURNITURE_LINE.match(text):
                head = self.heads.get(self.last.index) if self.last is not None else None
                if head is not None and _squash(text) in self.titles.get(head.index, set()):
                    self.retitled = True
                else:
                    self.last = None
            return
        table = block.table
        table.index = self.n_tables
        self.n_tables += 1
        before = self.last
        head = table
        if (before is not None and table.page is not None and before.page is not None
                and table.page == before.page + 1 and _same_columns(before, table)
                and (not self.retitled or self._print_titles(before, table))):
            table.continues = before.index
            if id(before) in self.ends and id(table) in self.ends:
                opened.carry_over(before, self.ends[id(before)], self.ends[id(table)])
            head = self.heads[before.index]
            k = _repeated_header(head, table)
            if k:
                table.header_rows = max(table.header_rows, k)
                head.header_rows = max(head.header_rows, k)
        else:
            self.titles[table.index] = set(self.since[-PRINT_TITLE_LINES:])
        self.heads[table.index] = head
        self.last = table
        self.since = []
        self.retitled = False

    def _print_titles(self, before: Table, table: Table) -> bool:
        k = _repeated_header(self.heads[before.index], table)
        floor = self.floors.get(before.page)
        if not k or floor is None or before.bbox is None:
            return False
        first = [c.bbox[3] - c.bbox[1] for c in table.cells if c.row == k and c.rowspan == 1 and c.bbox]
        return bool(first) and before.bbox[3] + min(first) > floor + CONTINUE_TOL


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _repeated_header(head: Table, part: Table) -> int:
    """Leading rows of `part` that repeat the first rows of its chain's first table (Word's
    repeating header row, printed again on each page): their count, or 0."""
    def rows(t: Table) -> list[tuple]:
        out: list[list] = [[] for _ in range(min(HEADER_REPEAT_MAX, t.n_rows))]
        for c in t.cells:
            if c.row < len(out):
                out[c.row].append((c.col, c.colspan, c.text))
        return [tuple(sorted(r)) for r in out]
    a, b = rows(head), rows(part)
    k = 0
    while k < min(len(a), len(b), part.n_rows - 1) and a[k] == b[k] and any(t for _, _, t in a[k]):
        k += 1
    return k
