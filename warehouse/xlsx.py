"""A scheme as office staff would draw it in Excel: one column per tree level, merged category cells.

Why this layout: 考核办 staff read and print scoring tables, not JSON. Each leaf item gets one row
per rule (one row when it has none); a category's cell is merged over all the rows beneath it, as
in the source tables; a category's points are written in its cell (保证目标（40分）) and a leaf's in
the 分值 column, so the column can be summed without double counting. The right-most columns keep
the item and rule ids, so any row can be traced back to the warehouse and the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from rubrics.extracted.models import Item, Rubric, Rule, Scheme, Source

# rule kinds as office staff name them (the JSON keeps the English codes)
KIND_LABELS = {"deduct": "扣分", "award": "得分", "bonus": "加分", "cap": "封顶", "veto": "一票否决", "grade": "等次"}

LEVEL_WIDTH = 16
# (header, width, what fills it) after the level columns; `item` columns belong to the row's item
COLUMNS: tuple[tuple[str, int, str], ...] = (
    ("分值", 8, "points"),
    ("权重%", 8, "weight_pct"),
    ("考核方法", 12, "method"),
    ("考核单位", 14, "assessor"),
    ("考核内容", 36, "task"),
    ("评分标准", 40, "criteria"),
    ("规则类型", 9, "kind"),
    ("数额", 7, "amount"),
    ("数额上限", 8, "amount_max"),
    ("计扣单位", 8, "per"),
    ("规则原文", 46, "text"),
    ("来源", 20, "source"),
    ("项目编号", 14, "item_id"),
    ("规则编号", 14, "rule_id"),
)
ITEM_FIELDS = ("points", "weight_pct", "method", "assessor", "task", "criteria", "item_id")
TITLE_ROW, HEADER_ROW, FIRST_ROW = 1, 2, 3

# characters Excel forbids in sheet names, and its length limit
SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SHEET_MAX = 31

WRAP = Alignment(wrap_text=True, vertical="top")
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
ID_FONT = Font(color="808080", size=9)


SCHEME_WIDE = "（适用于全方案）"  # the level cell of a rule that belongs to no item (一票否决, 等次)


@dataclass
class Row:
    chain: list[Item]  # the items from the top category down to the row's item; [] for scheme-wide rules
    rule: Rule | None

    @property
    def item(self) -> Item | None:
        return self.chain[-1] if self.chain else None


def source_label(source: Source | None) -> str:
    """Where a record is in the source, counted from 1 as a person counts: 第2页 表1 第6行 第5列."""
    if source is None:
        return ""
    bits = []
    if source.page is not None:
        bits.append(f"第{source.page}页")
    if source.table is not None:
        bits.append(f"表{source.table + 1}")
        if source.row is not None:
            bits.append(f"第{source.row + 1}行")
        if source.col is not None:
            bits.append(f"第{source.col + 1}列")
    elif source.paragraph is not None:
        bits.append(f"第{source.paragraph + 1}段")
    return " ".join(bits)


def scheme_rows(scheme: Scheme) -> list[Row]:
    """The rows of the sheet in tree order: a leaf's rules, a category's own rules before its children."""
    ids = {item.id for item in scheme.items}
    children: dict[str | None, list[Item]] = {}
    for item in scheme.items:
        parent = item.parent if item.parent in ids else None
        children.setdefault(parent, []).append(item)
    rules: dict[str | None, list[Rule]] = {}
    for rule in scheme.rules:
        rules.setdefault(rule.item if rule.item in ids else None, []).append(rule)
    rows: list[Row] = []

    def walk(item: Item, chain: list[Item]) -> None:
        chain = [*chain, item]
        own = rules.get(item.id, [])
        kids = children.get(item.id, [])
        rows.extend(Row(chain, rule) for rule in own)
        if not own and not kids:
            rows.append(Row(chain, None))
        for kid in kids:
            walk(kid, chain)

    for top in children.get(None, []):
        walk(top, [])
    rows.extend(Row([], rule) for rule in rules.get(None, []))
    return rows


def _label(item: Item, has_children: bool) -> str:
    if not has_children:
        return item.name
    extra = []
    if item.points is not None:
        extra.append(f"{item.points:g}分")
    if item.weight_pct is not None:
        extra.append(f"权重{item.weight_pct:g}%")
    return f"{item.name}（{'，'.join(extra)}）" if extra else item.name


def _value(row: Row, field: str, has_children: set[str]):
    item, rule = row.item, row.rule
    if item is None:
        item = Item(id="", path=[], name="")
    if field in ("points", "weight_pct"):
        return None if item.id in has_children else getattr(item, field)
    if field in ("method", "assessor", "task", "criteria"):
        return getattr(item, field)
    if field == "item_id":
        return item.id or None
    if rule is None:
        return None
    if field == "kind":
        return KIND_LABELS.get(rule.kind, rule.kind)
    if field == "source":
        return source_label(rule.source or item.source)
    if field == "rule_id":
        return rule.id
    if field == "text":
        return rule.text
    return getattr(rule, field)


def sheet_name(name: str, taken: set[str]) -> str:
    base = SHEET_FORBIDDEN.sub("_", name).strip("'") or "scheme"
    candidate, n = base[:SHEET_MAX], 2
    while candidate.lower() in taken:
        suffix = f" ({n})"
        candidate, n = base[: SHEET_MAX - len(suffix)] + suffix, n + 1
    taken.add(candidate.lower())
    return candidate


def write_scheme_sheet(ws, rubric: Rubric, scheme: Scheme) -> None:
    rows = scheme_rows(scheme)
    # at least one level column: a scheme of scheme-wide rules only has no chain (a merge would
    # end in column 0)
    depth = max(1, max((len(r.chain) for r in rows), default=1))
    n_cols = depth + len(COLUMNS)
    has_children = {i.parent for i in scheme.items if i.parent}
    doc = rubric.document
    total = f" · 满分{scheme.total:g}" if scheme.total is not None else ""
    ws.cell(TITLE_ROW, 1, f"{doc.title or doc.source or ''} · {scheme.name}{total}").font = Font(bold=True, size=12)
    ws.merge_cells(start_row=TITLE_ROW, start_column=1, end_row=TITLE_ROW, end_column=n_cols)
    headers = [f"{n}级" for n in _level_names(depth)] + [c[0] for c in COLUMNS]
    for col, header in enumerate(headers, start=1):
        cell = ws.cell(HEADER_ROW, col, header)
        cell.font, cell.fill, cell.alignment = Font(bold=True), HEADER_FILL, WRAP
    for col in range(1, depth + 1):
        ws.column_dimensions[get_column_letter(col)].width = LEVEL_WIDTH
    for offset, (_, width, _) in enumerate(COLUMNS):
        ws.column_dimensions[get_column_letter(depth + 1 + offset)].width = width

    for r, row in enumerate(rows):
        excel_row = FIRST_ROW + r
        for level in range(depth):
            if level < len(row.chain):
                item = row.chain[level]
                ws.cell(excel_row, level + 1, _label(item, item.id in has_children)).alignment = WRAP
        for offset, (_, _, field) in enumerate(COLUMNS):
            cell = ws.cell(excel_row, depth + 1 + offset, _value(row, field, has_children))
            cell.alignment = WRAP
            if field in ("item_id", "rule_id"):
                cell.font = ID_FONT
    wide = [FIRST_ROW + r for r, row in enumerate(rows) if not row.chain]  # all at the end
    if wide:
        ws.cell(wide[0], 1, SCHEME_WIDE).alignment = WRAP
        if len(wide) > 1 or depth > 1:
            ws.merge_cells(start_row=wide[0], start_column=1, end_row=wide[-1], end_column=depth)
    _merge_levels(ws, rows, depth)
    _merge_item_fields(ws, rows, depth)

    after = FIRST_ROW + len(rows) + 1
    if not scheme.items:
        ws.cell(after, 1, "（本方案未识别出考核项目）")
        after += 2
    for k, warning in enumerate(scheme.warnings):
        ws.cell(after + k, 1, f"⚠ {warning.code}：{warning.message}").font = Font(color="C00000")
    ws.freeze_panes = ws.cell(FIRST_ROW, depth + 1)
    # printed as staff print scoring tables: landscape, one page wide, the header on every page
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"


def _level_names(depth: int) -> list[str]:
    numerals = "一二三四五六七八九十"
    return [numerals[i] if i < len(numerals) else str(i + 1) for i in range(depth)]


def _merge_levels(ws, rows: list[Row], depth: int) -> None:
    """Merge each category's cell over the rows beneath it; a leaf's cell across the deeper levels."""
    for level in range(depth):
        start = 0
        while start < len(rows):
            if level >= len(rows[start].chain):
                start += 1
                continue
            item = rows[start].chain[level]
            end = start
            while end + 1 < len(rows) and level < len(rows[end + 1].chain) and rows[end + 1].chain[level] is item:
                end += 1
            leaf_row = all(len(rows[k].chain) == level + 1 for k in range(start, end + 1))
            last_col = depth if leaf_row else level + 1
            if end > start or last_col > level + 1:
                ws.merge_cells(start_row=FIRST_ROW + start, start_column=level + 1,
                               end_row=FIRST_ROW + end, end_column=last_col)
            start = end + 1


def _merge_item_fields(ws, rows: list[Row], depth: int) -> None:
    """An item's own columns (points, method …) merged over its consecutive rule rows."""
    cols = [depth + 1 + k for k, c in enumerate(COLUMNS) if c[2] in ITEM_FIELDS]
    start = 0
    while start < len(rows):
        end = start
        while end + 1 < len(rows) and rows[start].item is not None and rows[end + 1].item is rows[start].item:
            end += 1
        if end > start:
            for col in cols:
                ws.merge_cells(start_row=FIRST_ROW + start, start_column=col, end_row=FIRST_ROW + end, end_column=col)
        start = end + 1


def _sheet_label(rubric: Rubric, scheme: Scheme, counts: dict[str, int]) -> str:
    """A scheme's sheet name: its own name, or, when several schemes share it (表1 in every
    file), the document's file stem or title before it, so `表1 (2)` … `表1 (8)` do not happen."""
    if counts.get(scheme.name, 0) <= 1:
        return scheme.name
    doc = rubric.document
    stem = Path(doc.source).stem if doc.source else (doc.title or (doc.id or "")[:8])
    label = f"{scheme.name}·{stem}"
    if sum(s.name == scheme.name for s in rubric.schemes) > 1:  # twice in one document too
        label = f"{scheme.name}·{stem}·{scheme.id.rsplit('-', 1)[-1]}"
    return label


def write_workbook(rubrics: list[Rubric], out: Path) -> None:
    """One sheet per scheme, after an index sheet (目录) listing them with their totals."""
    wb = Workbook()
    index = wb.active
    index.title = "目录"
    heads = ["工作表", "文件", "标题", "方案", "满分", "项目数", "规则数", "提示数", "文档编号"]
    for col, (head, width) in enumerate(zip(heads, (24, 30, 40, 24, 8, 8, 8, 8, 18), strict=True), start=1):
        cell = index.cell(1, col, head)
        cell.font, cell.fill = Font(bold=True), HEADER_FILL
        index.column_dimensions[get_column_letter(col)].width = width
    index.freeze_panes = "A2"
    taken = {"目录"}
    counts: dict[str, int] = {}
    for rubric in rubrics:
        for scheme in rubric.schemes:
            counts[scheme.name] = counts.get(scheme.name, 0) + 1
    for rubric in rubrics:
        for scheme in rubric.schemes:
            name = sheet_name(_sheet_label(rubric, scheme, counts), taken)
            write_scheme_sheet(wb.create_sheet(name), rubric, scheme)
            doc = rubric.document
            index.append([name, doc.source, doc.title, scheme.name, scheme.total, len(scheme.items),
                          len(scheme.rules), len(scheme.warnings), doc.id])
            index.cell(index.max_row, 1).hyperlink = f"#'{name}'!A1"
    wb.save(out)
