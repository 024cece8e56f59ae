"""A scoring table as the reader sees it: one grid (tables joined across pages), its lead rows
(caption, form line), its header rows and the kind of every data row.

Why structure first: a header is recognised by where it sits and what it looks like (short
cells naming roles, merged over sub-headers, repeated on a new page), not by one fixed word list;
a row that totals (合计, 小计), annotates (说明, 备注) or signs (检查人, 日期) is structure, not an
item.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

import regex

from rubrics.parsers.document import Cell, Table
from rubrics.pipeline.names import POINTS_IN_NAME
from rubrics.pipeline.numbering import leading_marker
from rubrics.pipeline.reader import features as F
from rubrics.pipeline.reader.roles import header_key, header_role
from rubrics.pipeline.reader.settings import ReaderSettings
from rubrics.pipeline.reader.trace import Trace

# A row that totals: `合计`, `小 计`, `总分合计`, `汇总`, `总 分`.
TOTAL_ROW = regex.compile(r"^(?:总分合计|得分合计|合计|小计|总计|总分|汇总|共计|满分|总得分|最终考核得分|考核得分|得分"
                          r"|(?:扣分|加分|减分)(?:合计|小计|总计)$)")
# A row that annotates the table: `说明：…`, `备注`, `注：`, or the word alone in its cell beside the text.
NOTE_ROW = regex.compile(r"^(?:说明|备注|附注|注)(?:[:：\d、.．\s]|$)")
# A row a form leaves for signatures, dates and opinions.
# Also a label that ends in signing: `被考核人签字：`, `负责人签名：`, `单位盖章`.
SIGN_ROW = regex.compile(
    r"^(?:签字|签名|检查人|评价人|考核人|评分人|受检|检查组|日期|时间|年\s*月|意见|审核|批准|考评人"
    r"|\p{Han}{1,8}(?:签字|签名|签章|盖章)(?:[:：]|$))"
)
# A text ending as a sentence ends: a note, never a label.
SENTENCE_END = regex.compile(r"[。；;！!]\s*$")
# A form line above a table: `姓名：   项目：`, `企业名称：`, `签字：________`.
FORM_LINE = regex.compile(r"[:：]\s*$|[:：]\s{2,}|[:：]\s*[_＿]{2,}")


# A label alone in a row, spanning at least this share of the columns, heads a section.
SECTION_SPAN = 0.6


@dataclass
class Slot:
    cell: Cell | None
    anchor: bool  # this grid slot is the cell's top-left
    table: int  # Table.index the row came from
    row: int  # row in that table
    left: bool = True  # this view column is the cell's leftmost (a cell merged from the left is read once)


@dataclass
class Row:
    index: int  # position in the view
    slots: list[Slot]
    kind: str = "item"  # item | section | total | note | sign | blank | header
    table: int = 0
    row: int = 0
    page: int | None = None

    def text(self, col: int) -> str:
        s = self.slots[col]
        return s.cell.text if s.cell is not None else ""

    def anchor_text(self, col: int) -> str:
        s = self.slots[col]
        return s.cell.text if (s.cell is not None and s.anchor) else ""

    def anchors(self) -> list[tuple[int, Cell]]:
        """The cells that start in this row (a merged cell once), with their column."""
        out: list[tuple[int, Cell]] = []
        seen: set[int] = set()
        for c, s in enumerate(self.slots):
            if s.cell is not None and s.anchor and id(s.cell) not in seen:
                seen.add(id(s.cell))
                out.append((c, s.cell))
        return out

    def filled(self) -> list[tuple[int, Cell]]:
        """Anchors in this row with text."""
        return [(c, cell) for c, cell in self.anchors() if not F.is_blank(cell.text)]


@dataclass
class View:
    """One logical table: the rows of one or more Tables (a table continued on the next page)."""

    tables: list[Table]
    n_cols: int
    rows: list[Row]
    lead: list[str] = field(default_factory=list)  # caption / form lines found inside the grid
    header: list[int] = field(default_factory=list)  # view indices of header rows
    header_texts: list[str] = field(default_factory=list)  # per column, the header words joined
    header_roles: list[str | None] = field(default_factory=list)
    name: str | None = None  # the sheet name, where the source gives one
    ocr: bool = False  # the document reads as recognised from a scan: the OCR repairs (reader/ocr.py) apply

    def cell_rows(self) -> dict[int, list[int]]:
        """For each cell (by id), the rows of this view it covers; computed once per view, read by every reading."""
        out = self.__dict__.get("_cell_rows")
        if out is None:
            out = {}
            for row in self.rows:
                seen: set[int] = set()
                for s in row.slots:
                    if s.cell is not None and id(s.cell) not in seen:
                        seen.add(id(s.cell))
                        out.setdefault(id(s.cell), []).append(row.index)
            self.__dict__["_cell_rows"] = out
        return out

    def at(self, index: int) -> Row:
        """The row whose `index` (position in the whole table) is given; a per-unit view keeps a subset."""
        by = self.__dict__.get("_by_index")
        if by is None or len(by) != len(self.rows):
            by = {r.index: r for r in self.rows}
            self.__dict__["_by_index"] = by
        return by[index]

    @property
    def where(self) -> str:
        return "表" + "+".join(str(t.index + 1) for t in self.tables)


def view_of(tables: list[Table]) -> View:
    n_cols = max(t.n_cols for t in tables)
    maps = [list(range(n_cols))] + [header_alignment(tables[0], t) or list(range(n_cols)) for t in tables[1:]]
    if any(m != list(range(n_cols)) for m in maps[1:]):
        n_cols = tables[0].n_cols  # tables re-splitting the first one's header are read in its columns
    rows: list[Row] = []
    for t, mapping in zip(tables, maps, strict=True):
        grid = t.grid()
        by_view = {vc: tc for tc, vc in enumerate(mapping) if vc is not None and tc < t.n_cols}
        for r in range(t.n_rows):
            slots = []
            for c in range(n_cols):
                tc = by_view.get(c)
                cell = grid[r][tc] if tc is not None else None
                anchor = cell is not None and cell.row == r and cell.col == tc
                slots.append(Slot(cell, anchor, t.index, r, left=cell is not None and cell.col == tc))
            page = next((s.cell.page for s in slots if s.cell is not None and s.cell.page is not None), t.page)
            rows.append(Row(len(rows), slots, table=t.index, row=r, page=page))
    return View(tables=tables, n_cols=n_cols, rows=rows, name=tables[0].name)


def _header_pieces(table: Table) -> list[tuple[int, int, str]]:
    """The first row's cells as (first column, columns covered, header key), left to right."""
    out = []
    for cell in sorted((c for c in table.cells if c.row == 0), key=lambda c: c.col):
        out.append((cell.col, max(1, cell.colspan), header_key(cell.text)))
    return out


def header_alignment(base: Table, other: Table) -> list[int | None] | None:
    """Where the first row of `other` prints the same header words as `base`'s first row in the same
    order but split into other cells (`项目名称 | ` against `项目 | 名称`, a header repeated on a new
    page), the column of `base` each column of `other` stands for; None where the headers differ.

    Columns are aligned by where their words start in the header read as one string; several cells of
    `other` inside one cell of `base` take that cell's columns (its span, then the blank-headed columns
    after it) in order; a column of `other` without a word of its own follows the one before."""
    a, b = _header_pieces(base), _header_pieces(other)
    joined = "".join(k for _, _, k in a)
    if len(joined) < MIN_HEADER_CHARS or joined != "".join(k for _, _, k in b):
        return None
    if [k for _, _, k in a] == [k for _, _, k in b] and base.n_cols == other.n_cols:
        return None  # the same split: columns line up as they are
    slots: list[tuple[int, int, list[int]]] = []  # (start offset, end offset, base columns)
    pos = 0
    for k, (col, span, key) in enumerate(a):
        if not key:
            continue
        cols = list(range(col, col + span))
        for col2, span2, key2 in a[k + 1:]:
            if key2:
                break
            cols.extend(range(col2, col2 + span2))  # blank-headed columns after a cell: its other halves
        slots.append((pos, pos + len(key), cols))
        pos += len(key)
    mapping: list[int | None] = [None] * other.n_cols
    used: dict[int, int] = {}
    pos = 0
    prev: int | None = None
    for col, span, key in b:
        if key:
            k = next(i for i, (s0, e0, _) in enumerate(slots) if s0 <= pos < e0)
            cols = slots[k][2]
            target = cols[min(used.get(k, 0), len(cols) - 1)]
            used[k] = used.get(k, 0) + 1
            pos += len(key)
        else:
            target = prev + 1 if prev is not None and prev + 1 < base.n_cols else None
        for j in range(span):
            if col + j < other.n_cols:
                mapping[col + j] = target + j if target is not None and target + j < base.n_cols else None
        prev = mapping[min(col + span, other.n_cols) - 1]
    for c in range(other.n_cols):  # columns no header cell starts (covered from the left) follow
        if mapping[c] is None and c > 0 and mapping[c - 1] is not None and mapping[c - 1] + 1 < base.n_cols:
            mapping[c] = mapping[c - 1] + 1
    seen = [m for m in mapping if m is not None]
    return mapping if len(seen) == len(set(seen)) else None


# Header words of at least this many characters before two headers count as one header re-split.
MIN_HEADER_CHARS = 4


def _distinct_texts(row: Row) -> list[str]:
    out: list[str] = []
    for _, cell in row.filled():
        t = F.norm(cell.text)
        if t and t not in out:
            out.append(t)
    return out


def _is_lead(row: Row, n_cols: int) -> bool:
    """A caption or form line inside the grid: one text across the row, or `名称：  日期：` cells."""
    filled = row.filled()
    if not filled:
        return True
    texts = _distinct_texts(row)
    if len(texts) == 1 and (filled[0][1].colspan >= max(2, n_cols // 2) or len(filled) == 1):
        return F.points_value(texts[0]) is None
    return all(FORM_LINE.search(cell.text or "") for _, cell in filled)


def _header_score(row: Row, settings: ReaderSettings) -> tuple[int, bool]:
    """(roles named, whether the row could be a header at all)."""
    filled = row.filled()
    if not filled:
        return 0, False
    roles = 0
    numbers = 0
    for _, cell in filled:
        key = header_key(cell.text)
        if len(key) > settings.header_cell_max_chars * 2 or F.has_rule(cell.text):
            return 0, False
        if F.signed_value(cell.text) is not None:
            return 0, False  # `+3`, `-2`: a row's addition or deduction; no header is signed
        if F.points_value(cell.text) is not None or F.percent_value(cell.text) is not None:
            numbers += 1  # `40%` is a row's weight, not a header word
            continue
        role, _ = header_role(cell.text, settings.header_cell_max_chars)
        roles += role is not None
    return roles, numbers <= max(1, len(filled) // 3)


def find_header(view: View, settings: ReaderSettings, trace: Trace) -> None:
    """Lead rows, header rows and the role each header cell names (a prior for column typing)."""
    rows = view.rows
    start = None
    limit = min(len(rows), settings.max_lead_rows + 1)
    for i in range(limit):
        roles, ok = _header_score(rows[i], settings)
        if ok and roles >= 2:
            start = i
            break
        if not _is_lead(rows[i], view.n_cols):
            break
    if start is None:
        # no header: lead rows only (a caption over a table that heads nothing)
        i = 0
        while i < min(len(rows), settings.max_lead_rows) and _is_lead(rows[i], view.n_cols):
            i += 1
        lead_end = i
        view.header = []
        trace.add("header", view.where, "no_header_row", "无表头：列按内容判断", "前几行没有两个以上的列名")
    else:
        lead_end = start
        end = start + 1
        while end < len(rows) and end - start < settings.max_header_rows:
            nxt = rows[end]
            roles, ok = _header_score(nxt, settings)
            covered = sum(1 for s in nxt.slots if s.cell is not None and not s.anchor and s.cell.row < nxt.row)
            short = all(len(F.norm(c.text)) <= settings.header_cell_max_chars for _, c in nxt.filled())
            wide = any(c.colspan >= max(2, math.ceil(view.n_cols * SECTION_SPAN)) for _, c in nxt.filled())
            stated = any(POINTS_IN_NAME.search(F.norm(c.text)) for _, c in nxt.filled())
            # a numbered label (`一、 | 共性指标 | | 30`) or a bare number starts the data, unless the row
            # names several roles (a header row whose 分值 cell totals the column)
            stated = stated or (roles < 2 and any(
                leading_marker(F.norm(c.text)) is not None or F.points_value(c.text) is not None
                for _, c in nxt.filled()))
            if (ok and short and not wide and not stated and (roles >= 1 or covered >= view.n_cols // 2)
                    and nxt.table == rows[start].table):
                end += 1
            else:
                break
        view.header = list(range(start, end))
        trace.add("header", view.where, "roles_in_row", f"表头第{start + 1}–{end}行",
                  f"列名 {sum(_header_score(rows[i], settings)[0] for i in view.header)} 个")
    for i in range(lead_end):
        for t in _distinct_texts(rows[i]):
            view.lead.append(t)
        rows[i].kind = "lead"
    for i in view.header:
        rows[i].kind = "header"
    # per column: header words from the top header row down; the role from the lowest row naming one
    texts = [""] * view.n_cols
    roles: list[str | None] = [None] * view.n_cols
    for i in view.header:
        for c, s in enumerate(rows[i].slots):
            if s.cell is None:
                continue
            t = F.norm(s.cell.text)
            if t and t not in texts[c]:
                texts[c] = (texts[c] + " " + t).strip()
            role, _ = header_role(s.cell.text, settings.header_cell_max_chars)
            if role is not None:
                roles[c] = role
    view.header_texts = texts
    view.header_roles = roles
    signatures = {tuple(header_key(rows[i].text(c)) for c in range(view.n_cols)) for i in view.header}
    joined = {_joined_key(rows[i]) for i in view.header} - {""}
    titles = print_titles(view, lead_end)
    at_top: dict[int, bool] = {}  # per table piece: still in the rows it repeats from the first page
    rule_block = False  # under a numbered note heading a rules part (`四、加分项目（最高加5分）`)
    for row in rows[lead_end:]:
        if row.kind in ("header", "lead"):
            continue
        if signatures and (tuple(header_key(row.text(c)) for c in range(view.n_cols)) in signatures
                           or _joined_key(row) in joined):
            row.kind = "header"  # a header repeated on a new page
            trace.add("rows", f"{view.where} 第{row.row + 1}行", "header_repeated", "重复表头，跳过")
            continue
        if row.table != rows[0].table and at_top.setdefault(row.table, True):
            if full_key(row) in titles:
                row.kind = "header"  # print titles: the first page's top rows printed again on every page
                trace.add("rows", f"{view.where} 第{row.row + 1}行", "print_title_repeated", "每页重复打印的首页行，跳过",
                          (_distinct_texts(row) or [""])[0][:20])
                continue
            at_top[row.table] = False
        row.kind = classify_row(row, view)
        if row.kind == "note":
            rule_block = _opens_rule_block(row)
        elif row.kind in ("section", "total"):
            rule_block = False
        elif row.kind == "item" and rule_block:
            row.kind = "note"  # a row under `四、加分项目`: a rule of the whole scheme, not an item
            trace.add("rows", f"{view.where} 第{row.row + 1}行", "row_in_rule_block", "加分/否决段内的行：全表规则",
                      (_distinct_texts(row) or [""])[0][:20])
            continue
        if row.kind != "item":
            trace.add("rows", f"{view.where} 第{row.row + 1}行", f"row_{row.kind}", ROW_KIND_ZH[row.kind],
                      (_distinct_texts(row) or [""])[0][:20])


# A spreadsheet's print titles repeat at most this many rows below the header on every page.
MAX_PRINT_TITLE_ROWS = 8


def print_titles(view: View, lead_end: int = 0) -> set[str]:
    """The words of the first table piece's top data rows (a sheet's print titles may repeat them)."""
    rows = view.rows
    first = [r for r in rows[lead_end:] if r.table == rows[0].table and r.kind not in ("header", "lead")]
    return {k for r in first[:MAX_PRINT_TITLE_ROWS] if len(k := full_key(r)) >= MIN_HEADER_CHARS * 2}


def full_key(row: Row) -> str:
    """A row's words with the merged cells above it read in (a repeat prints them in every row)."""
    return "".join(header_key(s.cell.text) for s in row.slots if s.cell is not None and s.left)


def _opens_rule_block(row: Row) -> bool:
    """A note row that is a numbered heading of a rules part (`四、加分项目（最高加5分）`, `五、一票否决事项`):
    the rows under it, up to the next section, state rules of the whole scheme."""
    from rubrics.pipeline.prose_patterns import RULE_SECTION

    texts = _distinct_texts(row)
    if len(texts) != 1:
        return False
    text = texts[0]
    marker = leading_marker(text)
    head = text[marker.end:] if marker else ""
    return marker is not None and len(head) <= RULE_HEADING_MAX and bool(RULE_SECTION.search(head))


# A rules part's heading is short: `加分项目（最高加5分）`, not a sentence.
RULE_HEADING_MAX = 16


def _joined_key(row: Row) -> str:
    """A row's words read as one string: a header re-split on a new page (`项目名称 | ` / `项目 | 名称`)
    reads the same."""
    return "".join(header_key(cell.text) for _, cell in row.filled())


ROW_KIND_ZH = {"blank": "空行", "total": "合计行", "note": "说明行", "sign": "签字行", "section": "分节行", "item": "条目"}


def classify_row(row: Row, view: View) -> str:
    filled = row.filled()
    if not filled:
        # a row whose cells are all covered from above carries nothing new
        return "blank"
    texts = _distinct_texts(row)
    first = regex.sub(r"\s+", "", texts[0]) if texts else ""
    words = [t for t in texts if F.points_value(t) is None and F.percent_value(t) is None]
    label = regex.sub(r"\s+", "", words[0]) if len(words) == 1 else ""
    if label and TOTAL_ROW.match(label) and len(label) <= 12:
        return "total"  # `合计 … 100`, also where the number is printed left of the label
    if first and SIGN_ROW.match(first) and len(first) <= 40:
        return "sign"
    if all(FORM_LINE.search(cell.text or "") and not F.has_rule(cell.text) for _, cell in filled[1:] or filled):
        return "sign"  # `质量经理：      日期：` — a line a person fills in, after a label or alone
    if first and NOTE_ROW.match(first):
        return "note"
    widest = max(cell.colspan for _, cell in filled)
    if all(cell.colspan >= 2 for _, cell in filled) and any(len(t) > 30 or F.has_rule(t) for t in words):
        return "note"  # text written across the table (a formula, a conclusion, a closing rule)
    if len(words) == 1 and widest >= max(2, math.ceil(view.n_cols * SECTION_SPAN)):
        text = words[0]
        if len(text) > 30 or F.has_rule(text) or SENTENCE_END.search(text):
            return "note"  # a sentence across the table (`3．…直接评为C级。`), not a section's label
        return "section"
    return "item"


def stitch_cut_rows(view: View, roles: dict[int, str], trace: Trace) -> None:
    """A row a page break cut in two, joined back: the first row of a table continuing the one
    before is the bottom half of that table's last row when it leaves empty the columns printed once
    per row (method, assessor) that the row above fills, or the number columns the row above fills
    while its text continues the row above's, and starts no numbered label. Each of its cells
    continues the cell above it (`安全 管理 (20` / `分)`); the half row is no row of its own."""
    once = [c for c, r in roles.items() if r in ONCE_PER_ROW]
    numbered = [c for c, r in roles.items() if r in NUMBERS_PER_ROW]
    if not once and not numbered:
        return
    prev: Row | None = None
    for row in view.rows:
        if row.kind != "item":
            continue
        if prev is not None and row.table != prev.table and (
                _is_cut(row, prev, once, roles, view.ocr) or _is_cut_tail(row, prev, numbered, roles)):
            _stitch(view, prev, row)
            row.kind = "blank"
            trace.add("rows", f"{view.where} 第{row.row + 1}行", "row_cut_by_page", "接上页最后一行",
                      (_distinct_texts(prev) or [""])[0][:20])
            continue
        prev = row


# Columns a table prints once in every row: a row leaving them empty under a row that fills them is
# the rest of that row (cut by a page break).
ONCE_PER_ROW = ("method", "assessor")


def _is_cut(row: Row, prev: Row, once: list[int], roles: dict[int, str], view_ocr: bool = False) -> bool:
    filled = row.filled()
    if not filled or any(not F.is_blank(row.text(c)) for c in once):
        return False
    for c, cell in filled:
        if roles.get(c) == "textual" and leading_marker(F.norm(cell.text)) is not None:
            return False  # a numbered label starts an item of its own
    if any(not F.is_blank(prev.text(c)) for c in once):
        return True
    # OCR'd: the row above printed no method or assessor either, but each cell here continues a text
    # the row above left mid-sentence (`3. 依托…定期开展` / `系列活动。`)
    return view_ocr and _continues_above(prev, [c for c, _ in filled])


# Number columns a table fills in every row (序号, 分值): a row leaving them empty under a row filling
# them, whose text continues the row above's unfinished text, is that row's rest.
NUMBERS_PER_ROW = ("seq", "points", "weight")


def _is_cut_tail(row: Row, prev: Row, numbered: list[int], roles: dict[int, str]) -> bool:
    filled = row.filled()
    if not filled or not numbered or any(not F.is_blank(row.text(c)) for c in numbered):
        return False
    if any(F.is_blank(prev.text(c)) for c in numbered):
        return False
    texts = [(c, cell) for c, cell in filled if roles.get(c) in ("textual", *ONCE_PER_ROW)]
    if len(texts) != len(filled) or any(leading_marker(F.norm(cell.text)) is not None for _, cell in texts):
        return False
    return _continues_above(prev, [c for c, _ in texts])


def _continues_above(prev: Row, cols: list[int]) -> bool:
    """Whether the row above left a text unfinished in each of these columns (no sentence end)."""
    return all(not F.is_blank(prev.text(c)) and not OCR_SENTENCE_END.search(prev.text(c).strip()) for c in cols)


# A text that ends here is whole: the row below starts a text of its own.
OCR_SENTENCE_END = regex.compile(r"[。;；!！?？)）]$")


def _stitch(view: View, upper: Row, lower: Row) -> None:
    for c, cell in lower.filled():
        above = upper.slots[c].cell
        joined = replace(above if above is not None else cell,
                         text=(above.text if above is not None else "") + cell.text)
        for row in view.rows:
            if row.table not in (upper.table, lower.table):
                continue  # a cell lives in the rows of its own table
            for s in row.slots:
                if above is not None and s.cell is above:
                    s.cell = joined
                elif s.cell is cell:
                    s.cell, s.anchor = joined, False
        if above is None:
            upper.slots[c] = Slot(joined, True, upper.table, upper.row)
    view.__dict__.pop("_cell_rows", None)
