"""Tables into schemes: which tables are one logical table, what each is called, and the drafts.

A table continued on the next page (the parser's `continues`, or the same columns with nothing
but its repeated header between) is one table. A caption — a line inside the grid across the
table, or the heading / 附件N line above it — names the scheme; where every sheet of a workbook
prints the same caption, the sheet's tab tells them apart. The same scheme printed again (a
monthly sheet per month) is one scheme. A table with neither points, weights nor rules is not a
scheme (a list of documents, a signature block); the trace says so.
"""

from __future__ import annotations

import os
from dataclasses import replace

import regex

from rubrics.extracted.models import Source
from rubrics.parsers.document import Document, Table
from rubrics.pipeline.draft import ItemDraft, RuleDraft, SchemeDraft, add_new_rules
from rubrics.pipeline.normalize import clean, normalize_text, simplified
from rubrics.pipeline.reader import features as F
from rubrics.pipeline.reader.column_items import column_items
from rubrics.pipeline.reader.columns import type_columns
from rubrics.pipeline.reader.grid import (
    View,
    find_header,
    full_key,
    header_alignment,
    print_titles,
    stitch_cut_rows,
    view_of,
)
from rubrics.pipeline.reader.ocr import methods_from_neighbours, name_from_twins, record_repairs
from rubrics.pipeline.reader.roles import header_role
from rubrics.pipeline.reader.settings import DEFAULT, ReaderSettings
from rubrics.pipeline.reader.tasks import clause_items, task_items
from rubrics.pipeline.reader.trace import NullTrace, Trace
from rubrics.pipeline.reader.tree import Node, Reading, build, is_subtotal, score

# `附件2  工程公司总部安全监督检查标准`, `附表1`: the annex label before a caption.
ANNEX_PREFIX = regex.compile(r"^\s*(?:附件|附表|表)\s*[\d一二三四五六七八九十]*\s*[:：.、]?\s*")
# A blank left in a caption for a name to be written in: `（        ）项目…`, `____`.
BLANK_IN_CAPTION = regex.compile(r"[(（]\s*[)）]|_{2,}|＿{2,}|\s{3,}")
# Lines that are captions: they end like a table's title.
# A line that reads as a document's title (its kind at the end, its edition in brackets after it).
TITLE_LIKE = regex.compile(r"(?:考核|考评|测评|评核|评分|评价|评比|评估|检查|绩效)[\p{Han}]{0,6}(?:表|细则|标准|办法|方案|要点)(?:[(（][^)）]{0,12}[)）])?$")
CAPTION_END = regex.compile(r"(?:表|细则|标准|清单|办法|方案|指标|体系|评分|考核|评价|目录|要求)(?:[(（][^)）]*[)）])?$")
MAX_CAPTION = 60
# A unit column splits a table into schemes only where its units cover several items each.
MAX_UNIT_SHARE = 0.5
# Words that make an addition go beyond an item's points (a bonus even on a pointed item).
BEYOND_POINTS = regex.compile(r"超额|超过|超出|另加|另行|额外|加分项|附加")
# A cap worded on additions: 最多加2分 · 加分不超过10分 · 奖励分最高5分 (not 最多加至30分, 加满为止: the
# score rises to a bound); one naming the item itself.
ADDITION_CAP = regex.compile(r"加(?!至|满)|奖")
ITEM_ITSELF = regex.compile(r"本项|该项|此项|本指标|该指标")


def _caption_name(line: str) -> str:
    text = clean(line)
    text = ANNEX_PREFIX.sub("", text)
    text = BLANK_IN_CAPTION.sub(" ", text)
    text = regex.sub(r"\s+", "", text).strip(" ：:")
    return text


def _caption(candidates: list[str]) -> str | None:
    """The best caption among lines near a table: one that ends like a title, else the last short one."""
    lines = [c for c in candidates if c and len(clean(c)) <= MAX_CAPTION and not regex.search(r"[:：]\s*$", c)
             and not F.SENTENCE_MARKS.search(_caption_name(c)) and not F.has_rule(c)]
    named = [c for c in lines if CAPTION_END.search(_caption_name(c) or "")]
    for pool in (named, lines):
        for line in reversed(pool):
            name = _caption_name(line)
            if len(name) >= 2 and not regex.fullmatch(r"[\d\s.、]+", name):
                return name
    return None


def _views(doc: Document) -> list[tuple[View, list[str], str | None]]:
    """Logical tables with the text lines seen since the table before (caption candidates) and the
    last heading since then, or else the first line since then that reads as a title (the name when
    no line near the table is a caption)."""
    out: list[tuple[View, list[str], str | None]] = []
    pending: list[Table] = []
    lines: list[str] = []
    pending_lines: list[str] = []
    heading: str | None = None
    pending_heading: str | None = None
    pending_titles: list[str] = []
    text_between = False

    def flush() -> None:
        if pending:
            # no heading: the first line since the table before that reads as a document's title
            named = pending_heading or next(iter(pending_titles), None)
            out.append((view_of(list(pending)), list(pending_lines), named))
            pending.clear()

    for block in doc.blocks:
        if block.kind in ("heading", "paragraph"):
            t = (block.text or "").strip()
            if t:
                lines.append(t)
                text_between = True
                if block.kind == "heading":
                    heading = t
            continue
        table = block.table
        if table is None or not table.cells:
            continue
        prev = pending[-1] if pending else None
        joins = prev is not None and (
            table.continues == prev.index
            or (not text_between and table.name == prev.name and table.n_cols == prev.n_cols
                and _same_header(prev, table))
            or _headless_continuation(prev, table, lines)
            or (not text_between and table.name == prev.name and header_alignment(pending[0], table) is not None)
        )
        if not joins:
            flush()
            pending_lines = lines[-3:]
            pending_heading = heading
            pending_titles = [t for t in lines if TITLE_LIKE.search(simplified(_caption_name(t) or ""))]
        pending.append(table)
        lines = []
        heading = None
        text_between = False
    flush()
    return out


def _headless_continuation(prev: Table, table: Table, lines: list[str]) -> bool:
    """A table with no header of its own, the same columns as the one before and no caption between
    (only page numbers, signature lines or running text) continues that table on a new page."""
    if table.name != prev.name or table.n_cols != prev.n_cols or _caption(lines) is not None:
        return False
    first = table.text_rows()[0] if table.n_rows else []
    roles = sum(1 for t in first if t.strip() and header_role(t)[0] is not None)
    return roles < 2


def _same_header(a: Table, b: Table) -> bool:
    ra, rb = a.text_rows(), b.text_rows()
    if not ra or not rb:
        return False
    return [F.norm(x) for x in ra[0]] == [F.norm(x) for x in rb[0]]


def _total(view: View, cols) -> float | None:
    """The table's total as printed: its 合计/总计 row (never a group's 小计), or a number in the header
    over the points column."""
    points_cols = [c.col for c in cols if c.role == "points"]
    totals = [r for r in view.rows if r.kind == "total"]
    subtotals = [r for r in totals if is_subtotal(r)]
    for row in totals:
        if row in subtotals and not (len(subtotals) == 1 and len(totals) == 1):
            continue  # a group's 小计 closes its group, not the table (a table's only total row does)
        for c in points_cols + list(range(view.n_cols)):
            s = row.slots[c]
            if s.cell is not None and s.anchor:
                v = F.points_value(s.cell.text)
                if v is not None:
                    return v
    # a total printed in the header row over the points column (`分值 100`)
    for i in view.header:
        for c in points_cols:
            s = view.at(i).slots[c]
            if s.cell is not None and s.anchor:
                v = F.points_value(s.cell.text)
                if v is not None:
                    return v
    return None


def read_view(view: View, cols, settings: ReaderSettings, trace: Trace) -> Reading | None:
    """Every candidate reading of a table whose header and columns are known; the best, or None."""
    textual = [c.col for c in cols if c.role == "textual" and not c.condition]
    if not textual:
        trace.add("readings", view.where, "no_text_column", "没有可作名称的列：不成方案")
        return None
    total = _total(view, cols)
    readings: list[Reading] = []
    for tree_cols in candidate_tree_columns(textual, len(view.rows), settings):
        reading = build(view, cols, tree_cols, settings)
        reading.total = total
        score(reading, view, cols, settings)
        readings.append(reading)
    readings.sort(key=lambda r: -r.score)
    if view.ocr:  # ties between labels OCR centred, settled by the sums on the chosen reading
        readings[0] = build(view, cols, readings[0].tree_cols, settings, settle=True)
        readings[0].total = total
        score(readings[0], view, cols, settings)
    best = readings[0]
    runner = readings[1] if len(readings) > 1 else None
    for r in readings:
        parts = ", ".join(f"{k}={v:g}" for k, v in r.parts.items() if v)
        trace.add("readings", view.where, "arithmetic_and_labels",
                  f"树列 {[c + 1 for c in r.tree_cols]} 得分 {r.score:.1f}" + (" ← 选定" if r is best else ""), parts)
    if runner is not None and best.score - runner.score < settings.close_call_margin:
        best.warnings.append(("close_call", f"{view.where}：两种读法得分接近（{best.score:.1f} 对 {runner.score:.1f}），请核对树的层级"))
    for c in cols:
        if c.role == "unknown":
            best.warnings.append(("untyped_column", f"{view.where} 第{c.col + 1}列“{c.header}”未能判断用途"))
    return best


def candidate_tree_columns(textual: list[int], n_rows: int, settings: ReaderSettings) -> list[list[int]]:
    """Which textual columns may be the tree's levels (left to right): every subset up to
    `max_tree_levels` when there are few textual columns, else the leftmost k (large tables stay linear)."""
    from itertools import combinations

    top = min(len(textual), settings.max_tree_levels)
    if len(textual) > settings.max_subset_columns or n_rows > settings.max_subset_rows:
        return [textual[:k] for k in range(1, top + 1)]
    return [list(c) for k in range(1, top + 1) for c in combinations(textual, k)]


def _source(view: View, row, col: int | None, cell=None, text: str | None = None) -> Source:
    return Source(page=row.page, table=row.table, row=row.row, col=col, ocr=bool(cell is not None and cell.ocr),
                  text=text)


def rules_in_cell(text: str, view: View, row, col: int, cell) -> list[RuleDraft]:
    """The rule statements of one cell, each with its exact source text and where it stands."""
    from rubrics.pipeline.rules import parse_rules

    norm = normalize_text(text)
    out: list[RuleDraft] = []
    for hit in parse_rules(norm.text):
        src = norm.original_span(hit.start, hit.end)
        out.append(RuleDraft(kind=hit.kind, text=src, amount=hit.amount, amount_max=hit.amount_max, per=hit.per,
                             label=hit.label, below=hit.below, at_least=hit.at_least, quota_pct=hit.quota_pct,
                             condition=hit.condition, source=_source(view, row, col, cell, src)))
    return out


def _rules(node: Node, view: View) -> list[RuleDraft]:
    out: list[RuleDraft] = []
    for text, cell, row, col in node.texts:
        out.extend(rules_in_cell(text, view, row, col, cell))
    for kind, amount, cell, row, col in node.amounts:
        stated = F.amount_value(cell.text)  # `2分/次` names its unit; `-2` beside `被投诉的（每次）` does not
        per = (stated[1] if stated else None) or _per_of_label(
            [node.raw or node.name, *(t for t, _, r, _ in node.texts if r is row)], kind, amount)
        out.append(RuleDraft(kind=kind, text=clean(cell.text), amount=amount, condition=node.name, per=per,
                             source=_source(view, row, col, cell, cell.text)))
    if node.pm_cap is not None:
        amount, words = node.pm_cap
        out.append(RuleDraft(kind="cap", text=words, amount=amount,
                             source=_source(view, node.row, node.col, node.cell, node.raw)))
    return out


def _per_of_label(texts: list[str], kind: str, amount: float) -> str | None:
    """The unit an amount in its own column is charged per, as its row's label or text states it
    (`被投诉的（每次）` | `-2`): each read with the amount as one sentence by the rule parser."""
    from rubrics.pipeline.rules import parse_rules

    verb = "扣" if kind == "deduct" else "加"
    for text in reversed(texts):
        hits = parse_rules(F.norm(text) + f"，{verb}{amount:g}分")
        if hits and hits[-1].kind == kind and hits[-1].amount == amount and hits[-1].per:
            return hits[-1].per
    return None


def settle_award_or_bonus(rules: list[RuleDraft], item_points: float | None) -> None:
    """加 that builds an item's score within its stated points is an award, not a bonus (gold README:
    award or bonus is decided by what the points do, not by the verb). The bound is the item's points
    or a cap stated on it (累计最多得5分); a per-count 加 on a pointed item (每条加0.5~1分) builds that
    item's score too. An amount beyond the bound, on an item with neither, or worded as going beyond
    (另加, 超额, 超出) stays a bonus.
    Called once per item, for prose and tables alike, by `extract.settle_kinds`."""
    # a cap on what is added (最多加2分, 累计加分不超过10分) says the additions go beyond the item's score:
    # bonuses, limited; unless it names the item itself (本项最高加10分: the item's own bound)
    for r in rules:
        if r.kind == "cap" and ADDITION_CAP.search(r.text or "") and not ITEM_ITSELF.search(r.text or ""):
            return
    caps = [r.amount for r in rules if r.kind == "cap" and r.amount is not None]
    bound = min([item_points, *caps]) if item_points is not None else (min(caps) if caps else None)
    if bound is None:
        return  # 加 on an item with neither points nor a cap can go anywhere: a bonus
    for rule in rules:
        if rule.kind != "bonus" or rule.amount is None:
            continue
        top = rule.amount_max if rule.amount_max is not None else rule.amount
        if top <= bound and not BEYOND_POINTS.search(rule.text or ""):
            rule.kind = "award"
    # an open 加 (加分减半, 酌情加分) beside additions that build the item's score builds it too
    if any(r.kind == "award" for r in rules):
        for rule in rules:
            if rule.kind == "bonus" and rule.amount is None and not BEYOND_POINTS.search(rule.text or ""):
                rule.kind = "award"


def _note_rules(view: View) -> list[RuleDraft]:
    """Rules written across the table (说明, a closing line): rules of the whole scheme."""
    out: list[RuleDraft] = []
    for row in view.rows:
        if row.kind in ("note", "lead"):
            for c, cell in row.filled():
                out.extend(rules_in_cell(cell.text, view, row, c, cell))
    return out


def _drafts(reading: Reading, view: View, task_cols: set[int] = frozenset()) -> list[ItemDraft]:
    """Item drafts of a reading. Text from a column headed as the task (考核内容, 主要任务) is the item's
    task when the row has criteria text of its own elsewhere; otherwise it is the criteria."""
    out: list[ItemDraft] = []
    def walk(node: Node) -> None:
        tasks = [clean(t) for t, _, _, col in node.texts if col in task_cols]
        texts = [clean(t) for t, _, _, col in node.texts if col not in task_cols]
        if not texts:
            tasks, texts = [], tasks
        out.append(ItemDraft(path=node.path(), points=node.points, weight_pct=node.weight, method=node.method,
                             assessor=node.assessor, task="\n".join(tasks) or None, criteria="\n".join(texts) or None,
                             source=_source(view, node.row, node.col, node.cell, node.raw),
                             rules=_rules(node, view)))
        if not node.children:
            by_col: dict[int, list[str]] = {}
            for text, _, _, col in node.texts:
                by_col.setdefault(col, []).append(text)
            texts_by_col = [" ".join(by_col[c]) for c in sorted(by_col)]
            out.extend(task_items(out[-1], texts_by_col) or clause_items(out[-1], texts_by_col))
        for child in node.children:
            walk(child)

    for root in reading.roots:
        walk(root)
    return [d for d in out if all(d.path[:-1])]  # a lost last name may be proven by a twin row (ocr.py)


def table_schemes(doc: Document, settings: ReaderSettings = DEFAULT, trace: Trace | None = None,
                  ocr: bool = False) -> list[SchemeDraft]:
    """The schemes of a document's tables; `ocr` (the document reads as recognised from a scan,
    `extract.ocr_traits`) turns on the OCR repairs (`reader/ocr.py`)."""
    trace = trace if trace is not None else NullTrace()
    schemes: list[tuple[SchemeDraft, View]] = []
    tops: list[tuple[set[str], int]] = []  # each table so far: its top rows, its data rows
    sums: set[int] = set()  # schemes read from items printed as column headers
    for whole, lines, heading in _views(doc):
        whole.ocr = ocr
        find_header(whole, settings, trace)
        if _repeats_only(whole, tops):
            trace.add("schemes", whole.where, "print_titles_only", "只有前表每页重复打印的行：不成方案")
            continue
        tops.append((print_titles(whole), sum(r.kind == "item" for r in whole.rows)))
        caption = (_caption(whole.lead) or _caption(lines) or whole.name or _caption([heading] if heading else [])
                   or f"表{whole.tables[0].index + 1}")
        sideways = column_items(whole, settings, trace)
        if sideways is not None:
            summary = SchemeDraft(name=caption, items=sideways, rules=_note_rules(whole))
            sums.add(id(summary))
            schemes.append((summary, whole))
            continue
        cols = type_columns(whole, settings, trace)
        stitch_cut_rows(whole, {c.col: c.role for c in cols}, trace)
        _promote_sections(whole, cols, trace)
        for column_name, own_cols, own_view in _per_points_column(whole, cols, trace):
            for unit, view in _per_unit(own_view, own_cols, trace):
                draft = _scheme(view, own_cols, unit or column_name or caption, settings, trace)
                if draft is not None:
                    schemes.append((draft, view))
    schemes = _notes_to_table_above(schemes, trace)
    _distinct_names(schemes)
    _unit_names(schemes)
    drafts = [s for s, _ in schemes]
    if ocr:
        name_from_twins(drafts, trace)
        methods_from_neighbours(drafts, trace)
    drafts = _headers_restating_items(drafts, sums, trace)
    return _summaries_to_scheme_above(_merge_copies(drafts, trace), trace)


def _headers_restating_items(drafts: list[SchemeDraft], sums: set[int], trace: Trace) -> list[SchemeDraft]:
    """A sheet whose column headers name another table's items with their points (`基础护理（25分）`
    over rows of wards to fill in) is that table's summary, not a scheme: each header's points go to
    the item of the same name where that table leaves them unstated."""
    out: list[SchemeDraft] = []
    for draft in drafts:
        others = [d for d in drafts if d is not draft and id(d) not in sums]
        if id(draft) in sums and others:
            names = {clean(i.path[-1]) for i in draft.items}
            home = next((d for d in others if names <= {clean(i.path[-1]) for i in d.items}), None)
            if home is not None:
                by_name = {clean(i.path[-1]): i for i in draft.items}
                for item in home.items:
                    stated = by_name.get(clean(item.path[-1]))
                    if stated is not None and item.points is None and len(item.path) == len(stated.path):
                        item.points = stated.points
                add_new_rules(home.rules, draft.rules)
                trace.add("schemes", draft.name, "summary_of_items", "表头重述另一表的条目：汇总表，不成方案，分值补给原条目",
                          home.name[:20])
                continue
        out.append(draft)
    return out


def _repeats_only(view: View, tops: list[tuple[set[str], int]]) -> bool:
    """A table whose every data row repeats (in full or as a strip of its columns) a top row of a
    longer table before it: a page holding only a sheet's print titles. (A copy of a whole table,
    a sheet per unit, repeats every row: it is no print title.)"""
    keys = [full_key(r) for r in view.rows if r.kind == "item"]
    if not keys or any(len(k) < PRINT_TITLE_MIN_CHARS for k in keys):
        return False
    return any(len(keys) < n and all(any(k in t for t in top) for k in keys) for top, n in tops)


# A repeated row is recognised only by this many characters of words (shorter rows repeat by chance).
PRINT_TITLE_MIN_CHARS = 8


def _notes_to_table_above(schemes: list[tuple[SchemeDraft, View]], trace: Trace) -> list[tuple[SchemeDraft, View]]:
    """A table that is only a note row (`备注 | …实行一票否决`), printed apart from the table above it
    (a PDF row with other column rules is cut off as a table of its own), is that table's note: its
    rules go to the scheme above, not to a scheme of their own."""
    out: list[tuple[SchemeDraft, View]] = []
    for draft, view in schemes:
        rows = [r for r in view.rows if r.kind not in ("blank", "header", "lead")]
        if out and not draft.items and rows and all(r.kind in ("note", "sign") for r in rows):
            above = out[-1][0]
            above.rules.extend(draft.rules)
            trace.add("schemes", view.where, "note_of_table_above", "说明行归上表", above.name[:20])
            continue
        out.append((draft, view))
    return out


def _summaries_to_scheme_above(schemes: list[SchemeDraft], trace: Trace) -> list[SchemeDraft]:
    """A summary table after a scheme (its copies merged first, so the grades reach the one kept) is
    not a scheme: its notes on grading the totals go to the scheme above. Nor is a table of additions
    without points of its own: its items join the scheme above."""
    out: list[SchemeDraft] = []
    for draft in schemes:
        if out and _is_summary(draft):
            out[-1].rules.extend(draft.rules)
            trace.add("schemes", draft.name, "summary_table", "汇总表（条目无分值、权重或规则）不成方案：说明归上表",
                      out[-1].name[:20])
            continue
        if out and _only_additions(draft) and _allots(out[-1]):
            out[-1].items.extend(draft.items)
            out[-1].rules.extend(draft.rules)
            trace.add("schemes", draft.name, "additions_table", "加减分表（条目无分值，含加分）归上一方案",
                      out[-1].name[:20])
            continue
        out.append(draft)
    return out


def _only_additions(draft: SchemeDraft) -> bool:
    """A table of additions and deductions without points of its own (`加分项 | 获集团创新奖 | +5分`): a
    bonus adds to a score, and this table states none, so it adds to the scheme above."""
    rules = [r for i in draft.items for r in i.rules] + draft.rules
    return bool(draft.items) and any(r.kind == "bonus" for r in rules) and not _allots(draft)


def _allots(draft: SchemeDraft) -> bool:
    return any(i.allotted for i in draft.items)


# Rules a summary table's notes may state for the scheme it sums up: how the totals are graded,
# capped or vetoed. A note that deducts or awards scores something of its own.
SUMMARY_NOTE_KINDS = {"grade", "cap", "veto"}


def _is_summary(draft: SchemeDraft) -> bool:
    """A table whose rows state nothing to score (no points, weights or rules: units by periods, a
    roster of totals to fill) with only notes on how the totals are graded sums up the scheme above."""
    return (bool(draft.rules) and all(r.kind in SUMMARY_NOTE_KINDS for r in draft.rules)
            and not any(i.scored for i in draft.items))


def _promote_sections(view: View, cols, trace: Trace) -> None:
    """A row whose one label spans into a text column (its other cells numbers or blank) heads a section:
    `公共服务（占30%） … 120` across 序号, 考核项目 and 计分办法."""
    role = {c.col: c.role for c in cols}
    for row in view.rows:
        if row.kind != "item":
            continue
        words = [(c, cell) for c, cell in row.filled()
                 if F.points_value(cell.text) is None and F.percent_value(cell.text) is None]
        if len(words) != 1:
            continue
        c, cell = words[0]
        spanned = [role.get(k) for k in range(c + 1, c + cell.colspan)]
        label = F.label_likeness(cell.text, DEFAULT.label_max_chars, DEFAULT.sentence_min_chars) > 0
        if label and cell.colspan >= 2 and "textual" in spanned and role.get(c) in ("textual", "seq"):
            row.kind = "section"
            trace.add("rows", f"{view.where} 第{row.row + 1}行", "label_across_text", "分节行", F.norm(cell.text)[:20])




def _per_points_column(view: View, cols, trace: Trace) -> list[tuple[str | None, list, View]]:
    """Points columns under one merged points header, each named by its sub-header
    (`分值 | 一类乡镇 | 二类乡镇`), make one scheme per column: the same items scored for different
    kinds of unit. A row whose cell in a column says it is not assessed (—, 不考核) is not in that
    column's scheme. Points columns not under one shared points word (一级指标分值 | 二级指标分值:
    points of different levels) stay one scheme."""
    points = [c for c in cols if c.role == "points"]
    if len(points) < 2:
        return [(None, cols, view)]
    headers = [regex.sub(r"\s+", " ", c.header or "").strip() for c in points]  # header rows joined by a space
    firsts = {h.split(" ")[0] for h in headers}
    names = [h.split(" ", 1)[1].strip() if " " in h else "" for h in headers]
    shared = firsts.pop() if len(firsts) == 1 else ""
    if not shared or header_role(shared)[0] != "points" or not all(names) or len(set(names)) < len(names):
        return [(None, cols, view)]
    out = []
    for k, column in enumerate(points):
        own_cols = [c if c.role != "points" or c.col == column.col else replace(c, role="form") for c in cols]
        keep = [r for r in view.rows
                if not (r.kind == "item" and r.slots[column.col].anchor
                        and F.is_none(r.text(column.col)))]
        own_view = _with_rows(view, keep)
        out.append((names[k], own_cols, own_view))
    trace.add("schemes", view.where, "points_columns", f"{len(points)} 个分值列各成方案", "、".join(names)[:60])
    return out


def _with_rows(view: View, rows: list) -> View:
    """The same table with only these rows (one unit's, one points column's): a view of its own, so
    nothing cached on the whole is reused for the part."""
    return replace(view, rows=rows)


def _per_unit(view: View, cols, trace: Trace) -> list[tuple[str | None, View]]:
    """A column naming the unit assessed (被考核单位, 部门) makes one scheme per unit, in order."""
    unit_cols = [c.col for c in cols if c.role == "unit"]
    if not unit_cols:
        return [(None, view)]
    c = unit_cols[0]
    groups: list[tuple[str, list]] = []
    for row in view.rows:
        if row.kind not in ("item", "section"):
            continue
        name = F.norm(F.join_lines(row.text(c)))
        if not name:
            if groups:
                groups[-1][1].append(row)
            continue
        if not groups or groups[-1][0] != name:
            groups.append((name, []))
        groups[-1][1].append(row)
    items = sum(len(rows) for _, rows in groups)
    if not groups or len(groups) > items * MAX_UNIT_SHARE:
        # a different unit on (nearly) every row names who answers for the item, not who is assessed
        # …unless the table has its own assessor column: then the units are who the row applies to
        has_assessor = any(col.role == "assessor" for col in cols)
        role = "remark" if has_assessor else "assessor"
        trace.add("schemes", view.where, "unit_column_per_row",
                  f"第{c + 1}列每行一个单位：" + ("适用单位，不分方案" if has_assessor else "按责任单位读，不分方案"))
        for col in cols:
            if col.col == c:
                col.role = role
        return [(None, view)]
    shared = [r for r in view.rows if r.kind not in ("item", "section")]
    out = []
    for name, rows in groups:
        keep = {r.index for r in rows} | {r.index for r in shared}
        sub = _with_rows(view, [r for r in view.rows if r.index in keep])
        out.append((name, sub))
    trace.add("schemes", view.where, "unit_column", f"按第{c + 1}列的被考核单位分为 {len(out)} 个方案",
              "、".join(n for n, _ in out)[:60])
    return out


def _scheme(view: View, cols, name: str, settings: ReaderSettings, trace: Trace) -> SchemeDraft | None:
    reading = read_view(view, cols, settings, trace)
    task_cols = {c.col for c in cols if c.header_role == "task" and c.role == "textual"}
    items = _drafts(reading, view, task_cols) if reading else []
    if not view.ocr:
        items = [i for i in items if all(i.path)]  # only OCR'd tables keep a lost name for its twin to prove
    rules = _note_rules(view)
    draft = SchemeDraft(name=name, items=items, rules=rules, total=reading.total if reading else None)
    if not draft.states_numbers():
        trace.add("schemes", view.where, "nothing_to_score", "不成方案：没有分值、权重或规则")
        return None
    if reading:
        draft.warnings.extend(reading.warnings)
        record_repairs(draft, reading.repairs, view.where, trace)
        for node in reading.nodes:
            if node.shared:
                draft.warnings.append(("shared_points", f"“{node.name}”所在的分值格合并于多个条目之上，未分给任何一项"))
    trace.add("schemes", view.where, "caption", f"方案“{name}”", f"{len(items)} 项, {sum(len(i.rules) for i in items) + len(rules)} 条规则")
    return draft


def _distinct_names(schemes: list[tuple[SchemeDraft, View]]) -> None:
    """Where several tables print the same caption, the sheet's tab tells them apart."""
    by_name: dict[str, list[tuple[SchemeDraft, View]]] = {}
    for s, v in schemes:
        by_name.setdefault(s.name, []).append((s, v))
    for group in by_name.values():
        if len(group) > 1 and all(v.name for _, v in group) and len({v.name for _, v in group}) == len(group):
            signatures = {_signature(s) for s, _ in group}
            if len(signatures) > 1:
                for s, v in group:
                    s.name = clean(v.name or s.name).strip()


# Where the tables of one document differ only before a shared year-and-title tail
# (`一车间2021年度考核表`, `二车间2021年度考核表`), each is named by its unit (`一车间`).
SHARED_TAIL = regex.compile(r"\d{4}\s*年")


def _unit_names(schemes: list[tuple[SchemeDraft, View]]) -> None:
    """Schemes printed one per unit under one title, named by their units: the captions' shared tail
    starts with a year, and the heads before it are distinct names."""
    names = [s.name for s, _ in schemes]
    if len(set(names)) < 2:
        return
    tail = os.path.commonprefix([n[::-1] for n in names])[::-1]
    m = SHARED_TAIL.search(tail)
    if m is None:
        return
    tail = tail[m.start():]
    heads = [n[: len(n) - len(tail)].strip(" ：:") for n in names]
    if all(len(h) >= 2 for h in heads) and len(set(heads)) == len(set(names)):
        for (s, _), head in zip(schemes, heads, strict=True):
            s.name = head


def _signature(s: SchemeDraft) -> tuple:
    return tuple((tuple(i.path), i.points, i.criteria) for i in s.items) + tuple((r.kind, r.amount) for r in s.rules)


def _merge_copies(schemes: list[SchemeDraft], trace: Trace) -> list[SchemeDraft]:
    """The same scheme printed several times (a sheet per month) is one scheme."""
    out: list[SchemeDraft] = []
    seen: dict[tuple, SchemeDraft] = {}
    for s in schemes:
        sig = (s.name, _signature(s))
        if sig in seen:
            trace.add("schemes", s.name, "same_scheme_again", "与前一方案相同：合并为一个")
            continue
        seen[sig] = s
        out.append(s)
    return out

