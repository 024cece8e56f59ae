"""HTML → Document: headings and paragraphs in page order, <table> with rowspan/colspan as spans.

Why a walk of our own: notices are published as web pages where paragraphs are <p>, <div> or
text split by <br>, and scoring tables are <table>s with rowspan/colspan. Every block-level
boundary (and <br>) ends a paragraph; scripts, styles and forms are dropped. A one-cell table is
page layout, not data, so its content is read as body text.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from rubrics.parsers.document import Block, Cell, Document, Table
from rubrics.parsers.docx_numbering import NUM_FORMATS
from rubrics.parsers.encoding import decode

# Tags whose content is never document text.
DROP = {"script", "style", "noscript", "template", "head", "select", "button", "svg", "iframe", "object"}
# Tags that end the paragraph before and after them. Example: "<p>一、总则</p><div>第一条…</div>".
BLOCK_TAGS = {"p", "div", "section", "article", "main", "aside", "header", "footer", "nav", "li", "ul", "ol",
              "dl", "dt", "dd", "blockquote", "pre", "center", "form", "hr", "br", "tr", "caption", "figure",
              "figcaption", "address", "fieldset", "body", "html"}
HEADINGS = {f"h{i}": i for i in range(1, 7)}
# A charset declared in the first bytes. Example: <meta charset="gb2312">, content="text/html; charset=GBK".
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
# <ol type=…> → how the browser writes the counter. Example: type="a" → "b." for the second item.
OL_TYPES = {
    "1": str,
    "a": lambda n: chr(ord("a") + (n - 1) % 26),
    "A": lambda n: chr(ord("A") + (n - 1) % 26),
    "i": lambda n: NUM_FORMATS["lowerRoman"](n),
    "I": lambda n: NUM_FORMATS["upperRoman"](n),
}
SPACES = re.compile(r"[ \t\r\n\u00a0]+")
# Tables nested deeper than this are read as their cell's text: real notices nest two or three
# levels; a page nesting hundreds would otherwise exhaust the stack and take minutes.
MAX_NESTING = 16
ROW_GROUPS = {"thead", "tbody", "tfoot"}


def _span(tag: Tag, name: str) -> int:
    try:
        return max(1, int(str(tag.get(name, "1")).strip() or 1))
    except ValueError:
        return 1


class _Walker:
    def __init__(self, doc: Document):
        self.doc = doc
        self.buffer: list[str] = []
        self.paragraphs = 0
        self.tables = 0
        self.depth = 0  # layout tables entered (one-cell wrappers read as the page)

    def flush(self, kind: str = "paragraph", level: int | None = None) -> None:
        text = SPACES.sub(" ", "".join(self.buffer)).strip()
        self.buffer.clear()
        if text:
            self.doc.blocks.append(Block(kind=kind, index=len(self.doc.blocks), text=text, level=level,
                                         paragraph=self.paragraphs))
            self.paragraphs += 1

    def walk(self, node) -> None:
        for child in node.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                self.buffer.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name.lower()
            if name in DROP:
                continue
            if name in HEADINGS:
                self.flush()
                self.buffer.append(child.get_text(" "))
                self.flush("heading", HEADINGS[name])
            elif name == "table":
                self.flush()
                table = self.table(child, self.tables)
                if table is None:  # layout wrapper: read its content as the page
                    self.walk_cells(child)
                    continue
                self.tables += 1
                self.doc.blocks.append(Block(kind="table", index=len(self.doc.blocks), table=table,
                                             paragraph=self.paragraphs))
            elif name == "ol":
                self.flush()
                self.ordered_list(child)
            elif name in BLOCK_TAGS:
                self.flush()
                self.walk(child)
                self.flush()
            else:
                self.walk(child)

    def ordered_list(self, ol: Tag) -> None:
        """<ol><li>: the browser draws the numbers, so write them into the text as shown."""
        style = str(ol.get("type", "1"))
        try:
            number = int(str(ol.get("start", "1")))
        except ValueError:
            number = 1
        for child in ol.children:
            if isinstance(child, Tag) and child.name and child.name.lower() == "li":
                self.buffer.append(f"{OL_TYPES.get(style, str)(number)}. ")
                self.walk(child)
                self.flush()
                number += 1
            elif isinstance(child, Tag):
                self.walk(child)
        self.flush()

    def walk_cells(self, table: Tag) -> None:
        self.depth += 1
        try:
            for tr in _own_rows(table):
                for cell in tr.find_all(["td", "th"], recursive=False):
                    if self.depth > MAX_NESTING:
                        self.buffer.append(cell.get_text("\n"))
                    else:
                        self.walk(cell)
                    self.flush()
        finally:
            self.depth -= 1

    def table(self, table: Tag, index: int, depth: int = 0) -> Table | None:
        rows = _own_rows(table)
        if len(rows) <= 1 and sum(1 for _ in (rows[0].find_all(["td", "th"], recursive=False) if rows else ())) <= 1:
            return None  # one cell: layout, read as the page (before any nested table is built)
        occupied: set[tuple[int, int]] = set()
        cells: list[Cell] = []
        header_rows, in_header = 0, True
        n_cols = 0
        for r, tr in enumerate(rows):
            tds = [td for td in tr.find_all(["td", "th"], recursive=False)]
            is_header = bool(tds) and (tr.find_parent("thead") is not None or all(td.name == "th" for td in tds))
            if in_header and is_header:
                header_rows += 1
            else:
                in_header = False
            c = 0
            for td in tds:
                while (r, c) in occupied:
                    c += 1
                rowspan = min(_span(td, "rowspan"), len(rows) - r)
                colspan = _span(td, "colspan")
                deep = depth + self.depth >= MAX_NESTING
                nested = [] if deep else [self.table(t, k, depth + 1) for k, t in enumerate(_own_tables(td))]
                text = td.get_text("\n").strip() if deep else _cell_text(td)
                cells.append(Cell(text=text, row=r, col=c, rowspan=rowspan, colspan=colspan,
                                  tables=[t for t in nested if t is not None]))
                for rr in range(r, r + rowspan):
                    for cc in range(c, c + colspan):
                        occupied.add((rr, cc))
                c += colspan
                n_cols = max(n_cols, c)
        n_rows = len(rows)
        if n_rows * max(n_cols, 1) <= 1:
            return None
        return Table(index=index, n_rows=n_rows, n_cols=n_cols, cells=cells, header_rows=header_rows)


def _own_rows(table: Tag) -> list[Tag]:
    """The table's own <tr>s (directly or in thead/tbody/tfoot), never a nested table's."""
    rows = []
    for child in table.children:
        if isinstance(child, Tag):
            if child.name == "tr":
                rows.append(child)
            elif child.name in ROW_GROUPS:
                rows.extend(c for c in child.children if isinstance(c, Tag) and c.name == "tr")
    return rows


def _own_tables(td: Tag) -> list[Tag]:
    """Tables inside a cell that are not inside another table of that cell."""
    found, stack = [], [c for c in reversed(list(td.children)) if isinstance(c, Tag)]
    while stack:  # depth first, in document order
        node = stack.pop()
        if node.name == "table":
            found.append(node)
        else:
            stack.extend(c for c in reversed(list(node.children)) if isinstance(c, Tag))
    return found


def _cell_text(td: Tag) -> str:
    """A cell's own text (nested tables excluded), <br> and block children as line breaks."""
    parts: list[str] = []

    def visit(node):
        for child in node.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                parts.append(str(child))
            elif isinstance(child, Tag):
                name = child.name.lower()
                if name in DROP or name == "table":
                    continue
                if name in BLOCK_TAGS or name in HEADINGS:
                    parts.append("\n")
                    visit(child)
                    parts.append("\n")
                else:
                    visit(child)

    visit(td)
    lines = [SPACES.sub(" ", ln).strip() for ln in "".join(parts).split("\n")]
    return "\n".join(ln for ln in lines if ln)


def parse_html(data: bytes, path: str, sha256: str, fmt: str = "html") -> Document:
    declared = META_CHARSET.search(data[:4096])
    text, encoding = decode(data, path, declared.group(1).decode("ascii") if declared else None)
    soup = BeautifulSoup(text, "lxml")
    doc = Document(path=path, format=fmt, sha256=sha256, encoding=encoding)
    if soup.title and soup.title.string:
        doc.meta["title"] = soup.title.string.strip()
    walker = _Walker(doc)
    walker.walk(soup.body or soup)
    walker.flush()
    return doc
