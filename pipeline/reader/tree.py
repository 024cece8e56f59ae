"""The item tree of one table under one reading, and how well the document's arithmetic holds.

A *reading* says which textual columns are tree levels (left to right) and which hold criteria
or task text. Building is mechanical: merged cells and repeated labels give parents, blanks
below a label fill down, a row without a label of its own continues the item above, each
points column is bound to the tree level whose cells span the same rows as its own. Scoring
counts the evidence: children that add up to their parent, tops that add up to the table's
total, points cells that land on exactly one item, names that read as names and text that
reads as text, and what the header's words said.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import regex

from rubrics.parsers.document import Cell
from rubrics.pipeline import names as nm
from rubrics.pipeline.numbering import leading_marker
from rubrics.pipeline.reader import features as F
from rubrics.pipeline.reader.columns import Column
from rubrics.pipeline.reader.grid import Row, View
from rubrics.pipeline.reader.labels import POINTED_COLUMN_SHARE, is_variant, join_cut
from rubrics.pipeline.reader.labels import key as label_key
from rubrics.pipeline.reader.ocr import centred_owners, fullest_spelling, numbered_spread
from rubrics.pipeline.reader.roles import kind_of
from rubrics.pipeline.reader.settings import ReaderSettings

# Weights of the evidence when readings are compared (see `score`).
SCORE_WEIGHTS = {
    "sum_ok": 2.0,  # a parent whose children add up to it
    "sum_bad": -2.0,  # a parent whose children do not
    "total_ok": 3.0,  # top items add up to the table's 合计 / stated total
    "total_bad": -1.0,
    "bound": 0.5,  # a points cell that lands on exactly one item
    "conflict": -1.5,  # an item that several different points cells claim
    "shared": -0.5,  # a points cell merged over several items
    "name": 1.0,  # times the label-likeness of each item name
    "label_in_text": -0.5,  # a name-like cell left in a text column
    "header_agrees": 1.5,  # a tree column headed with a tree word, a text column with a text word
    "header_disagrees": -1.5,
    "chain": -1.5,  # per item of a tree column that never branches: more than its names earn, so a level
    # that never branches never wins by its names alone
}
# A tree column whose items have siblings less often than this is a per-row attribute, not a level.
MIN_BRANCHING = 0.25


@dataclass
class Node:
    level: int
    raw: str
    name: str
    col: int
    row: Row
    cell: Cell | None
    parent: Node | None = None
    section: bool = False
    rows: list[int] = field(default_factory=list)
    points: float | None = None
    name_points: float | None = None
    weight: float | None = None
    described: bool = False  # the label was `name：description`; its name is the head
    pm_cap: tuple[float, str] | None = None  # `（±10分）`, `（不超过5分）` in the name: (amount, its words)
    method: str | None = None
    assessor: str | None = None
    texts: list[tuple[str, Cell, Row, int]] = field(default_factory=list)  # (text, cell, row, col)
    amounts: list[tuple[str, float, Cell, Row, int]] = field(default_factory=list)  # (kind, amount, …)
    children: list[Node] = field(default_factory=list)
    claims: list[tuple[float, Cell]] = field(default_factory=list)  # points cells that name this node
    weight_claims: list[tuple[float, Cell]] = field(default_factory=list)
    shared: bool = False
    subtotal: float | None = None  # a 小计 row's number closing this item's group
    seen: set[int] = field(default_factory=set)

    def path(self) -> list[str]:
        out: list[str] = []
        node: Node | None = self
        while node is not None:
            out.append(node.name)
            node = node.parent
        return out[::-1]


@dataclass
class Reading:
    tree_cols: list[int]
    roots: list[Node]
    nodes: list[Node]
    score: float = 0.0
    parts: dict[str, float] = field(default_factory=dict)
    total: float | None = None
    warnings: list[tuple[str, str]] = field(default_factory=list)
    repairs: list[tuple[str, str, str]] = field(default_factory=list)  # OCR repairs: (kind, before, after)


# A bracket in a name that holds only what the row states about the item: `（21分，占20%）`, `（±10分）`.
BRACKET = regex.compile(r"[(（\[【](?P<body>[^()（）\[\]【】]*)[)）\]】]")
PART_POINTS = regex.compile(rf"^(?:共|计|满分)?\s*(?P<n>{F.NUM})\s*分$")
PART_WEIGHT = regex.compile(rf"^(?:占|权重|比重)?\s*(?P<n>{F.NUM})\s*%$")
# A limit stated on the row's label: `（±10分）`, `（不超过5分）`, `（最高加3分）`, `（上限10分）`.
PART_CAP = regex.compile(
    rf"^(?:[±]|(?:累计)?(?:最高|最多|至多)?(?:不超过|不得超过|不高于)|最高|最多|至多|上限)(?:为)?(?:加|得|扣)?"
    rf"\s*(?P<n>{F.NUM})\s*分$"
)


# A label cell that names the item, then describes it: `体温单：绘制准确、及时`, `病房环境:整洁、安静`.
DESCRIBED = regex.compile(r"^(?P<head>[^:：,，。;；()（）\d]{2,12})[:：](?P<tail>.{4,})$", flags=regex.S)
# Heads that introduce the text rather than name an item.
NOT_A_NAME_HEAD = regex.compile(r"^(?:说明|备注|注|要求|内容|标准|考核内容|评分标准|其中|包括)$")


def described_name(name: str) -> tuple[str, str | None]:
    """(the item's name, its description) of a label written `name：description`; (name, None) when
    the cell is a name alone."""
    m = DESCRIBED.match(name)
    if not m or NOT_A_NAME_HEAD.match(m.group("head").strip()):
        return name, None
    return m.group("head").strip(), m.group("tail").strip()


@functools.lru_cache(maxsize=65536)
def split_name(raw: str, ocr: bool = False) -> tuple[str, float | None, float | None, tuple[float, str] | None]:
    """(clean name, points, weight %, (cap, its words)) of a label cell.

    A bracket whose every part is a points, weight or ± statement is read and removed
    (`目标任务（21分，占20%）`); other brackets stay in the name (`读书笔记(《培训细则》规定书目)`).
    On OCR'd tables the pieces OCR broke a name into are joined with the characters repeated at each
    break read once (`安全管 管理` → 安全管理; `ocr.join_broken_name`)."""
    text = F.join_lines(raw)
    if ocr:
        from rubrics.pipeline.reader.ocr import join_broken_name

        text = join_broken_name(text)
    points = weight = cap = None
    for m in reversed(list(BRACKET.finditer(text))):
        parts = [p.strip() for p in regex.split(r"[,，、;；/]", F.norm(m.group("body"))) if p.strip()]
        found = [(PART_POINTS.match(p), PART_WEIGHT.match(p), PART_CAP.match(p)) for p in parts]
        if not parts or not all(any(f) for f in found):
            continue
        for pm, wm, cm in found:
            if pm and points is None:
                points = float(pm.group("n"))
            elif wm and weight is None:
                weight = float(wm.group("n"))
            elif cm and cap is None:
                cap = (float(cm.group("n")), cm.group(0))
        text = text[: m.start()] + text[m.end():]
    pm = F.PLUS_MINUS.search(text)
    if pm and cap is None:
        cap = (float(pm.group("n")), pm.group(0).strip("()（） "))
        text = text[: pm.start()] + text[pm.end():]
    w = F.WEIGHT_IN_NAME.search(text)
    if w and weight is None:
        weight = float(w.group("w") or w.group("v"))
        text = text[: w.start()] + text[w.end():]
    text, name_points = nm.split_points(text)
    return nm.clean_name(text), points if points is not None else name_points, weight, cap


def _numbered_depths(view: View, tree_cols: list[int]) -> tuple[dict[tuple[int, int], int], list[int]]:
    """Levels inside one tree column from its numbering (一、 then 1. then （1） down one column), by the
    document's own order of styles (pipeline.numbering); a column numbered in one style is one level."""
    marks: dict[tuple[int, int], int] = {}
    sub: list[int] = []
    for c in tree_cols:
        column_marks, column_sub = _column_depths(view, c)
        marks.update(column_marks)
        sub.append(column_sub)
    return marks, sub


def _seq_depths(view: View, cols: list[Column], tree_cols: list[int], marks: dict, sub: list[int]) -> None:
    """A 序号 column numbered in two styles (`一、` on group rows, `1、` on their items) gives the levels
    of the first tree column's labels, when that column has no numbering of its own."""
    seq = [c.col for c in cols if c.role == "seq" and tree_cols and c.col < tree_cols[0]]
    if not seq or sub[0] > 1:
        return
    seq_marks, seq_sub = _column_depths(view, seq[-1])
    if seq_sub < 2:
        return
    for (r_index, _), depth in seq_marks.items():
        marks[(r_index, tree_cols[0])] = depth
    sub[0] = seq_sub


def _column_depths(view: View, c: int) -> tuple[dict[tuple[int, int], int], int]:
    """One column's numbering depths, computed once per view (every reading asks again)."""
    memo = view.__dict__.setdefault("_column_depths", {})
    if c in memo:
        return memo[c]
    from rubrics.pipeline.numbering import bare_marker, leading_marker, levels

    found = []
    for row in view.rows:
        if row.kind == "item" and row.slots[c].anchor and not F.is_blank(row.text(c)):
            m = leading_marker(F.norm(row.text(c))) or bare_marker(F.norm(row.text(c)))
            if m is not None:
                found.append((row.index, m))
    marks: dict[tuple[int, int], int] = {}
    sub = 1
    if len({m.style for _, m in found}) >= 2:
        depths = levels([m for _, m in found])
        for (r_index, _), d in zip(found, depths, strict=True):
            marks[(r_index, c)] = min(d, MAX_NUMBERED_DEPTH - 1)
        sub = min(max(depths) + 1, MAX_NUMBERED_DEPTH)
    memo[c] = (marks, sub)
    return memo[c]


def _contiguous(view: View, last: int, index: int) -> bool:
    """Nothing but repeated headers and blank rows between row `last` and row `index` (a page break)."""
    nxt = _next_content_row(view, last)
    return nxt is None or nxt >= index


def _next_content_row(view: View, index: int) -> int | None:
    """The next row after `index` that is not a repeated header, a blank or a lead row."""
    pos = view.__dict__.get("_pos")
    if pos is None or len(pos) != len(view.rows):
        pos = view.__dict__["_pos"] = {r.index: k for k, r in enumerate(view.rows)}
    for row in view.rows[pos[index] + 1:] if index in pos else []:
        if row.kind not in ("header", "blank", "lead"):
            return row.index
    return None


def _cut_labels(view: View, c: int, settings: ReaderSettings, above_leaf: bool = False) -> dict[int, int]:
    """Labels a scan or a page break cut across two rows of one tree column, as {upper row: lower row}.

    In a column whose names state their points, a short label without points directly above a label
    with points (or with points only: `(30分)`) is its first half when the two joined read as another
    label of the column with the same points (`安全` / `管理 (20分)` where `安全管理 (20分)` is printed
    elsewhere), or when the lower half has no name at all. On OCR'd tables, in a column above the leaf
    level, any such pair is one label (`业务` / `工作 (40分)`): OCR splits a merged label's lines over the
    rows of its block. Computed once per view."""
    memo = view.__dict__.setdefault("_cut_labels", {})
    ocr_join = view.ocr and above_leaf
    if (c, ocr_join) in memo:
        return memo[(c, ocr_join)]
    from rubrics.pipeline.numbering import leading_marker

    labels = []
    for row in view.rows:
        if row.kind == "item" and row.slots[c].anchor and not F.is_blank(row.text(c)):
            name, pts, _, _ = split_name(row.text(c), view.ocr)
            labels.append((row, name, pts))
    out: dict[int, int] = {}
    pointed = [(r.index, n, p) for r, n, p in labels if p is not None]
    if labels and len(pointed) >= POINTED_COLUMN_SHARE * len(labels):
        for (ra, _, pa), (rb, nb, pb) in zip(labels, labels[1:], strict=False):
            if pa is not None or pb is None or _next_content_row(view, ra.index) != rb.index:
                continue
            likeness = [F.label_likeness(r.text(c), settings.label_max_chars, settings.sentence_min_chars)
                        for r in (ra, rb)]
            if min(likeness) <= 0 or leading_marker(F.norm(rb.text(c))) is not None:
                continue
            joined, jp, _, _ = split_name(join_cut(ra.text(c), rb.text(c)), view.ocr)
            if (ocr_join or not label_key(nb)
                    or any(i != rb.index and is_variant(n, p, joined, jp) for i, n, p in pointed)):
                out[ra.index] = rb.index
    memo[(c, ocr_join)] = out
    return out


# Levels one tree column may hold through its numbering.
MAX_NUMBERED_DEPTH = 4


def build(view: View, cols: list[Column], tree_cols: list[int], settings: ReaderSettings,
          settle: bool = False) -> Reading:
    """The item tree of `view` read with `tree_cols` as its levels. On OCR'd tables an empty tree slot
    may belong to a label printed below it (`ocr.centred_owners`); with `settle` (the chosen reading
    only: every tie costs a build), where a label above and one below are equally near, each such tie
    is turned the other way once and kept turned when more parents then add up (`_consistency`)."""
    if not view.ocr:
        return _build(view, cols, tree_cols, settings, {})
    owners, ties = centred_owners(view, tree_cols)
    reading = _build(view, cols, tree_cols, settings, owners)
    if not ties or not settle:
        return reading
    best, flips = _consistency(reading), frozenset()
    for tie in ties:
        trial_owners, _ = centred_owners(view, tree_cols, flips | {tie})
        trial = _build(view, cols, tree_cols, settings, trial_owners)
        if _consistency(trial) > best:
            reading, flips, best = trial, flips | {tie}, _consistency(trial)
    return reading


def _consistency(reading: Reading) -> int:
    """How well a tree's points add up: +1 per parent whose children's stated points sum to it, -2 per
    parent they exceed (a label taken into the wrong block overfills it)."""
    out = 0
    for node in reading.nodes:
        stated = [k.points for k in node.children if k.points is not None]
        if node.points is None or not stated:
            continue
        if abs(sum(stated) - node.points) < 1e-6:
            out += 1
        elif sum(stated) > node.points + 1e-6:
            out -= 2
    return out


def _build(view: View, cols: list[Column], tree_cols: list[int], settings: ReaderSettings,
           owners: dict[tuple[int, int], int]) -> Reading:
    has_sections = any(r.kind == "section" for r in view.rows)
    off = 1 if has_sections else 0
    marks, sub = _numbered_depths(view, tree_cols)
    _seq_depths(view, cols, tree_cols, marks, sub)
    base = [off + sum(sub[:L]) for L in range(len(tree_cols))]
    depth = off + sum(sub)
    cell_node: dict[int, Node] = {}
    text_cols = [c.col for c in cols if c.role in ("textual", "remark", "unknown") and c.col not in tree_cols]
    task_cols = [c.col for c in cols if c.role == "textual" and c.col not in tree_cols]
    role = {c.col: c.role for c in cols}
    current: list[Node | None] = [None] * depth
    nodes: list[Node] = []
    roots: list[Node] = []
    last_leaf: Node | None = None
    row_leaf: dict[int, Node] = {}
    row_path: dict[int, list[Node | None]] = {}
    spread_text: list[tuple[int, int, Cell]] = []
    cut_joined: dict[tuple[int, int], str] = {}  # (upper row, col) → the label joined from its two halves
    cut_lower: dict[tuple[int, int], int] = {}  # (lower row, col) → id of the upper half's cell
    repairs: list[tuple[str, str, str]] = []
    for c in tree_cols:
        for upper, lower in _cut_labels(view, c, settings, above_leaf=c != tree_cols[-1]).items():
            cut_joined[(upper, c)] = join_cut(view.at(upper).text(c), view.at(lower).text(c))
            cut_lower[(lower, c)] = id(view.at(upper).slots[c].cell)

    def attach(node: Node) -> None:
        parent = next((current[j] for j in range(node.level - 1, -1, -1) if current[j] is not None), None)
        node.parent = parent
        (parent.children if parent else roots).append(node)
        nodes.append(node)
        current[node.level] = node
        for j in range(node.level + 1, depth):
            current[j] = None

    for row in view.rows:
        if row.kind == "section":
            (c, cell), *_ = [(c, cell) for c, cell in row.filled() if F.points_value(cell.text) is None] or [(0, None)]
            if cell is None:
                continue
            name, pts, w, cap = split_name(cell.text, view.ocr)
            node = Node(0, cell.text, name, c, row, cell, section=True, name_points=pts, weight=w, pm_cap=cap)
            for c2, cell2 in row.filled():
                v = F.points_value(cell2.text)
                if v is not None and role.get(c2) == "points":
                    node.name_points = node.name_points if node.name_points is not None else v
            attach(node)
            node.rows.append(row.index)
            last_leaf = node
            row_leaf[row.index] = node
            continue
        if row.kind == "total" and last_leaf is not None:
            _subtotal(row, role, last_leaf)
            continue
        if row.kind != "item":
            continue
        touched: list[Node | None] = [None] * depth
        own_points = any(role.get(c2) == "points" and s.anchor and s.cell is not None
                         and F.points_value(s.cell.text) is not None for c2, s in enumerate(row.slots))
        heading_only = False
        for L, c in enumerate(tree_cols):
            slot = row.slots[c]
            cell = slot.cell
            src = row  # the row that printed the label (a centred label's row, below this one)
            if (cell is None or F.is_blank(cell.text)) and (row.index, c) in owners:
                src = view.at(owners[(row.index, c)])
                slot = src.slots[c]
                cell = slot.cell
            if cell is None or F.is_blank(cell.text):
                continue
            lvl = base[L] + marks.get((src.index, c), 0)
            if owners and slot.anchor and id(cell) in cell_node:
                known = cell_node[id(cell)]
                if current[known.level] is known:
                    touched[known.level] = known  # a centred label, met first on a row above it
                continue
            spread = numbered_spread(row, c, [*tree_cols[L + 1:], *[t for t in task_cols if t > c][:1]]) \
                if view.ocr and slot.anchor and src is row else None
            if spread is not None:
                raw, used = spread
                seen = {id(cell), *(id(u) for u in used)}
                if not any(id(x) not in seen and k not in tree_cols for k, x in row.filled()):
                    heading_only = True  # a numbered heading with nothing to score (二、本部门…) is no item
                    break
                # numbered: at its numbering's level; a clause cut from a sentence is no label and parents
                # nothing, so the column's deepest level
                numbered = (row.index, c) in marks or leading_marker(F.norm(cell.text)) is not None
                node = Node(lvl if numbered else base[L] + sub[L] - 1, raw, nm.clean_name(raw), c, row, cell)
                node.seen.update(id(u) for u in used)
                attach(node)
                cell_node[id(cell)] = node
                touched[node.level] = node
                repairs.append(("task_spread", " | ".join([cell.text, *(u.text for u in used)]), node.name))
                break
            if not slot.anchor:
                cur = cell_node.get(id(cell))
                if cur is not None and current[cur.level] is cur:
                    touched[cur.level] = cur  # a label merged down over this row
                continue  # merged from the left: the same label as the level before
            spreads = cell.colspan > 1 and any(cc in text_cols for cc in range(c + 1, c + cell.colspan))
            if spreads and F.label_likeness(cell.text, settings.label_max_chars, settings.sentence_min_chars) < 0:
                spread_text.append((row.index, c, cell))  # a sentence spread over name and text columns:
                continue  # the row's text (criteria, rules), not a name
            cur = current[lvl]
            same_parents = all(touched[j] is None or touched[j] is current[j] for j in range(lvl))
            if (cur is not None and F.norm(cur.raw) == F.norm(cell.text) and cur.rows
                    and cur.rows[-1] == row.index - 1 and same_parents):
                touched[lvl] = cur  # the same label repeated on the next row
                continue
            if (src.index, c) in cut_lower:
                upper = cell_node.get(cut_lower[(src.index, c)])
                if upper is not None and current[upper.level] is upper:
                    touched[upper.level] = upper  # the lower half of a label cut across two rows
                    continue
            raw = cut_joined.get((src.index, c), cell.text)
            name, pts, w, cap = split_name(raw, view.ocr)
            name, description = described_name(name)
            if (cur is not None and same_parents and cur.rows and (pts is not None or not own_points)
                    and is_variant(cur.name, cur.name_points, name, pts)
                    and _contiguous(view, cur.rows[-1], row.index)):
                touched[lvl] = cur  # the label above printed again in a variant (OCR, a page break)
                cell_node[id(cell)] = cur
                if view.ocr:
                    fullest_spelling(cur, name, pts, repairs)
                continue
            node = Node(lvl, raw, name, c, src, cell, name_points=pts, weight=w, pm_cap=cap)
            if description:
                node.texts.append((description, cell, src, c))
                node.seen.add(id(cell))
                node.described = True
            attach(node)
            cell_node[id(cell)] = node
            touched[lvl] = node
        if heading_only:
            continue
        deepest = max((j for j in range(depth) if touched[j] is not None), default=None)
        if deepest is None:
            leaf = last_leaf  # no label of its own: the row continues the item above
            if leaf is None:
                continue
        else:
            leaf = touched[deepest]
            # blanks above the deepest label fill down from the current labels
        assert leaf is not None
        node: Node | None = leaf
        while node is not None:
            if not node.rows or node.rows[-1] != row.index:
                node.rows.append(row.index)
            node = node.parent
        last_leaf = leaf
        row_leaf[row.index] = leaf
        row_path[row.index] = [current[j] for j in range(depth)]
    cell_rows = view.cell_rows()
    reading = Reading(tree_cols=tree_cols, roots=roots, nodes=nodes, repairs=repairs)
    levels_of = {c: [base[L] + d for d in range(sub[L])] for L, c in enumerate(tree_cols)}
    _bind_numbers(view, cols, reading, row_leaf, row_path, cell_rows, levels_of)
    _gather(view, cols, text_cols, row_leaf)
    for r_index, c, cell in spread_text:
        leaf = row_leaf.get(r_index)
        if leaf is not None and id(cell) not in leaf.seen:
            leaf.seen.add(id(cell))
            leaf.texts.append((cell.text, cell, view.at(r_index), c))
    _resolve_points(reading, cell_rows)
    _collapse_twins(reading)
    return reading


# `小计` closes the group above it: its number is the points of that group's top item.
SUBTOTAL = regex.compile(r"^小\s*计")


def is_subtotal(row: Row) -> bool:
    """A total row whose label is 小计 (a group's, unless it is the table's only total row)."""
    words = [cell.text for _, cell in row.filled() if F.points_value(cell.text) is None]
    return bool(words) and bool(SUBTOTAL.match(F.norm(words[0])))


def _subtotal(row: Row, role: dict[int, str], last_leaf: Node) -> None:
    if not is_subtotal(row):
        return
    values = [F.points_value(cell.text) for c, cell in row.filled() if role.get(c) == "points"]
    values = [v for v in values if v is not None]
    if not values:  # no points column (points in the names): the row's one number, wherever printed
        values = [v for v in (F.points_value(cell.text) for _, cell in row.filled()) if v is not None]
        if len(values) != 1:
            return
    top = last_leaf
    while top.parent is not None:
        top = top.parent
    if top is not last_leaf and top.subtotal is None:
        top.subtotal = values[0]


def _node_at(leaf: Node, level: int) -> Node:
    node = leaf
    while node.level > level and node.parent is not None:
        node = node.parent
    return node


def _bind_numbers(view, cols, reading, row_leaf, row_path, cell_rows, levels_of) -> None:
    """Each points/weight column to the tree level whose cells span the same rows as its own."""
    prev_level = -1
    every = sorted(lvl for lvls in levels_of.values() for lvl in lvls)
    for col in cols:
        if col.role not in ("points", "weight"):
            continue
        left = sorted(lvl for c, lvls in levels_of.items() if c < col.col for lvl in lvls) or every
        cands = [lvl for lvl in left if lvl > prev_level] or left
        if not cands:
            continue
        best, best_hits = cands[-1], -1
        for lvl in cands:
            hits = 0
            for r_index, path in row_path.items():
                slot = view.at(r_index).slots[col.col]
                if slot.cell is None or not slot.anchor or lvl >= len(path) or path[lvl] is None:
                    continue
                hits += cell_rows.get(id(slot.cell)) == path[lvl].rows  # the cell spans exactly this item
            if hits >= best_hits:
                best, best_hits = lvl, hits
        if col.role == "weight":
            best = _repeated_weight_level(view, col.col, row_path, cands, best)
        if col.role == "points":
            prev_level = best
        for r_index, leaf in row_leaf.items():
            slot = view.at(r_index).slots[col.col]
            if slot.cell is None or not slot.anchor or F.is_blank(slot.cell.text):
                continue
            target = _node_at(leaf, best)
            if col.role == "points":
                v = F.points_value(slot.cell.text)
                if v is not None:
                    target.claims.append((v, slot.cell))
                elif F.has_rule(slot.cell.text):
                    leaf.texts.append((slot.cell.text, slot.cell, view.at(r_index), col.col))
            else:
                v = F.percent_value(slot.cell.text)
                if v is None:
                    v = F.points_value(slot.cell.text)
                if v is not None:
                    target.weight_claims.append((v, slot.cell))


def _weight_of(text: str) -> float | None:
    v = F.percent_value(text)
    return v if v is not None else F.points_value(text)


def _repeated_weight_level(view, col: int, row_path, levels: list[int], best: int) -> int:
    """A weight printed again on every row of its group (not merged) belongs to the group: the
    shallowest level where it is constant within each item and the items' weights add up to 100 %."""
    for lvl in sorted(levels):
        if lvl >= best:
            break
        per_node: dict[int, set[float]] = {}
        nodes = {}
        for r_index, path in row_path.items():
            if lvl >= len(path) or path[lvl] is None:
                continue
            v = _weight_of(view.at(r_index).text(col))
            if v is not None:
                per_node.setdefault(id(path[lvl]), set()).add(v)
                nodes[id(path[lvl])] = path[lvl]
        if len(per_node) >= 2 and all(len(vs) == 1 for vs in per_node.values()):
            total = sum(next(iter(vs)) for vs in per_node.values())
            if abs(total - 100) <= WEIGHT_SUM_TOLERANCE or abs(total - 1) <= WEIGHT_SUM_TOLERANCE / 100:
                return lvl
    return best


# Weights of one level add up to 100 % within this much (rounded printed shares).
WEIGHT_SUM_TOLERANCE = 0.5


def _gather(view: View, cols: list[Column], text_cols: list[int], row_leaf: dict[int, Node]) -> None:
    """Criteria/task text, amounts, method and assessor of every row go to the row's item."""
    role = {c.col: c.role for c in cols}
    for r_index, leaf in row_leaf.items():
        row = view.at(r_index)
        for c, s in enumerate(row.slots):
            cell = s.cell
            if cell is None or F.is_blank(cell.text) or id(cell) in leaf.seen:
                continue
            rl = role.get(c)
            if c in text_cols:
                if not s.left:
                    continue  # merged from the left: read once, at its anchor column
                leaf.seen.add(id(cell))
                leaf.texts.append((cell.text, cell, row, c))
            elif rl in AMOUNT_KINDS and s.anchor:
                leaf.seen.add(id(cell))
                if F.is_none(cell.text):
                    continue  # `—`: no amount on this row
                amount = F.amount_value(cell.text)
                signed = F.signed_value(cell.text)
                if amount is None and signed is not None:
                    amount = (signed[1], None)  # `-2` in a 扣分 column: an amount of 2
                if amount is not None:
                    leaf.amounts.append((AMOUNT_KINDS[rl], amount[0], cell, row, c))
                else:
                    leaf.texts.append((cell.text, cell, row, c))
            elif rl == "points" and s.anchor and F.signed_value(cell.text) is not None:
                kind, v = F.signed_value(cell.text)  # `-2` in a 分值 column: the row deducts, it has no points
                leaf.seen.add(id(cell))
                leaf.amounts.append((kind, v, cell, row, c))
            elif rl == "method" and leaf.method is None:
                leaf.method = nm.clean_method(cell.text)
            elif rl == "assessor" and leaf.assessor is None:
                leaf.assessor = nm.clean_assessor(cell.text)


# Columns of amounts and the kind of rule each amount states.
AMOUNT_KINDS = {"amount_deduct": "deduct", "amount_bonus": "bonus", "amount_award": "award"}


def _resolve_points(reading: Reading, cell_rows: dict[int, list[int]]) -> None:
    for node in reading.nodes:
        node.points = node.name_points if node.name_points is not None else node.subtotal
        values = {v for v, _ in node.claims}
        if node.claims:
            if len(values) > 1:
                reading.parts["conflict"] = reading.parts.get("conflict", 0) + 1
            else:
                v, cell = node.claims[0]
                covered = cell_rows.get(id(cell), [])
                if set(covered) - set(node.rows):
                    node.shared = True  # one points cell over several items: points of none of them
                    reading.parts["shared"] = reading.parts.get("shared", 0) + 1
                else:
                    if node.points is None:
                        node.points = v
                    reading.parts["bound"] = reading.parts.get("bound", 0) + 1
        if node.weight_claims and node.weight is None:
            wvals = {v for v, _ in node.weight_claims}
            if len(wvals) == 1:
                node.weight = next(iter(wvals))


def _collapse_twins(reading: Reading) -> None:
    """A level printed twice in one row (the same name, the same points) is one item."""
    for node in list(reading.nodes):
        if len(node.children) != 1:
            continue
        child = node.children[0]
        if child.children or F.norm(child.name) != F.norm(node.name):
            continue
        if child.points is not None and node.points is not None and child.points != node.points:
            continue
        node.points = node.points if node.points is not None else child.points
        node.texts.extend(child.texts)
        node.amounts.extend(child.amounts)
        node.method = node.method or child.method
        node.assessor = node.assessor or child.assessor
        node.children = []
        reading.nodes.remove(child)


def score(reading: Reading, view: View, cols: list[Column], settings: ReaderSettings) -> None:
    W = SCORE_WEIGHTS
    parts = reading.parts
    ok = bad = 0
    for node in reading.nodes:
        kids = node.children
        if node.points is not None and kids and all(k.points is not None for k in kids):
            if abs(sum(k.points for k in kids) - node.points) <= settings.eps:
                ok += 1
            else:
                bad += 1
    parts["sum_ok"], parts["sum_bad"] = ok, bad
    total = reading.total
    tops = [n for n in reading.roots]
    if total is not None and tops and all(n.points is not None for n in tops):
        if abs(sum(n.points for n in tops) - total) <= settings.eps:
            parts["total_ok"] = 1
        else:
            parts["total_bad"] = 1
    parts["name"] = sum(F.label_likeness(n.name if n.described else n.raw, settings.label_max_chars,
                                         settings.sentence_min_chars)
                        for n in reading.nodes if not n.section)
    by_level: dict[int, list[Node]] = {}
    for n in reading.nodes:
        if not n.section and n.parent is not None:
            by_level.setdefault(n.level, []).append(n)
    chain = 0
    for level_nodes in by_level.values():
        branching = sum(len(n.parent.children) > 1 for n in level_nodes) / len(level_nodes)
        if len(level_nodes) >= 3 and branching < MIN_BRANCHING:
            chain += len(level_nodes)
    parts["chain"] = chain
    tree = set(reading.tree_cols)
    label_in_text = 0.0
    agrees = disagrees = 0
    for col in cols:
        if col.role != "textual":
            continue
        hk = kind_of(col.header_role)
        if col.col in tree:
            agrees += hk == "tree"
            disagrees += col.header_role == "criteria"
        else:
            agrees += hk == "text"
            disagrees += hk == "tree"
            distinct = {F.norm(row.text(col.col)) for row in view.rows
                        if row.kind == "item" and row.slots[col.col].anchor}
            # a phrase repeated down a text column (现场查验) is a value, not a name: counted once
            label_in_text += sum(max(0.0, F.label_likeness(t, settings.label_max_chars, settings.sentence_min_chars))
                                 for t in distinct)
    parts["label_in_text"] = label_in_text
    parts["header_agrees"], parts["header_disagrees"] = agrees, disagrees
    reading.score = sum(W[k] * v for k, v in parts.items() if k in W)
