"""A table variant as a grid of texts with merges, shared by the DOCX and XLSX renderers.

Why one grid: the two formats must draw the same layout, so the knobs (column order, header rows,
merges, section and total rows) are applied once here and each renderer only writes cells.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import opencc

from .generator import (
    GROUP_HEADERS,
    HEADERS,
    TREE_HEADERS,
    TREE_HEADERS_ONE,
    Node,
    SchemeSpec,
    Variant,
    _fmt,
    cn_number,
)

_S2T = opencc.OpenCC("s2tw")


def traditional(text: str) -> str:
    return _S2T.convert(text)


@dataclass
class Grid:
    rows: list[list[str]]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1 inclusive
    numeric_cols: set[int] = field(default_factory=set)  # columns whose body cells are numbers

    def merge(self, r0: int, c0: int, r1: int, c1: int) -> None:
        if (r0, c0) != (r1, c1):
            self.merges.append((r0, c0, r1, c1))


@dataclass
class Block:
    kind: str  # "para" | "table"
    text: str = ""
    grid: Grid | None = None
    scheme: int = 0  # which scheme the block belongs to (one sheet per scheme in XLSX)


# numbering written in tree cells when the knob asks for it, per tree level
CELL_NUMBERING = (lambda i: f"{cn_number(i)}、", lambda i: f"（{cn_number(i)}）", lambda i: f"{i}.", lambda i: f"（{i}）")


def suffix(node: Node, points: bool, weight: bool) -> str:
    parts = []
    if points:
        parts.append(f"{_fmt(node.points)}分")
    if weight and node.weight is not None:
        parts.append(f"占{_fmt(node.weight)}%")
    return f"（{'，'.join(parts)}）" if parts else ""


def _columns(rng: random.Random, v: Variant, tree_cols: int) -> list[str]:
    """Column roles left to right, as scoring tables print them: 序号, the unit, the tree columns (top level
    first), then the criteria, points, weight, method, assessor, and 得分/备注 last.

    `order=mixed` moves what real tables move: points, weight, method and assessor go anywhere after the tree
    (before, between or after the criteria columns), a weight may also stand beside the top level it weighs
    (一级指标 | 权重 | 二级指标). Criteria text never stands among or before the tree columns, 考核内容 stays
    before 评分标准, and the answer column (得分, 备注) stays last: no real table is drawn otherwise.
    """
    k = v.knobs
    text = {"one": ["criteria"], "two": ["content", "standard"]}.get(k["criteria"], ["standard"])
    movable = []
    if k["points"] == "column":
        movable.append("points")
    if k["weights"] == "column":
        movable.append("weight")
    if k["extra_cols"] in ("method", "both"):
        movable.append("method")
    if k["extra_cols"] in ("assessor", "both"):
        movable.append("assessor")
    tree = [f"tree{i}" for i in range(tree_cols)]
    two_rows = k["header_rows"] == "two"  # a group header needs its columns side by side
    if k["order"] == "tree_first":
        cols = tree + text + movable
    else:
        after = list(text)
        for role in movable:
            slots = list(range(len(after) + 1))
            if two_rows and "content" in after:  # not between 考核内容 and 评分标准 under their group header
                slots.remove(after.index("standard"))
            if role == "weight" and tree_cols >= 2 and not two_rows and rng.random() < 0.5:
                tree = [tree[0], "weight", *tree[1:]]
                continue
            after.insert(rng.choice(slots), role)
        cols = tree + after
    if k["extra_cols"] == "answer":
        cols.append("answer")
    if k["schemes"] == "unit":
        cols.insert(0, "unit")
    if k["seq"] == "yes":
        cols.insert(0, "seq")
    return cols


def _headers(rng: random.Random, cols: list[str], tree_cols: int) -> dict[str, str]:
    if tree_cols == 1:  # a lone 一级指标 or 类别 column is not how a one-level table is headed
        fam = (rng.choice(TREE_HEADERS_ONE),)
    else:
        fam = rng.choice([f for f in TREE_HEADERS if len(f) >= tree_cols])
    names = {f"tree{i}": fam[i] for i in range(tree_cols)}
    used = set(names.values())
    for role in cols:
        if role.startswith("tree"):
            continue
        choices = [h for h in HEADERS[role] if h not in used] or list(HEADERS[role])
        names[role] = rng.choice(choices)
        used.add(names[role])
    return names


def scheme_grid(rng: random.Random, v: Variant, schemes: list[SchemeSpec]) -> Grid:
    """One table holding `schemes` (several only for the per-unit column)."""
    k = v.knobs
    depth = int(k["depth"])
    sections = k["section_rows"] != "none"
    tree_cols = depth - sections
    cols = _columns(rng, v, tree_cols)
    head = _headers(rng, cols, tree_cols)
    trad_head = k["script"] in ("traditional_header", "traditional_all")
    trad_all = k["script"] == "traditional_all"
    width = len(cols)
    grid = Grid(rows=[])

    def T(text: str) -> str:
        return traditional(text) if trad_all else text

    def H(text: str) -> str:
        return traditional(text) if trad_head else text

    # header rows
    if k["header_rows"] == "two":
        top = [""] * width
        sub = [""] * width
        groups: list[tuple[str, list[int]]] = []
        tree_idx = [cols.index(f"tree{i}") for i in range(tree_cols)]
        crit_idx = [cols.index(r) for r in ("content", "standard") if r in cols] if k["criteria"] == "two" else []
        for name, idx in (("tree", tree_idx), ("criteria", crit_idx)):
            contiguous = idx and idx == list(range(idx[0], idx[0] + len(idx)))
            if len(idx) >= 2 and contiguous:
                choices = [g for g in GROUP_HEADERS[name] if g not in head.values()]
                groups.append((rng.choice(choices), idx))
        grouped = {c for _, idx in groups for c in idx}
        for c, role in enumerate(cols):
            if c in grouped:
                sub[c] = H(head[role])
            else:
                top[c] = H(head[role])
        grid.rows += [top, sub]
        for c in range(width):
            if c not in grouped:
                grid.merge(0, c, 1, c)
        for gname, idx in groups:
            top[idx[0]] = H(gname)
            grid.merge(0, idx[0], 0, idx[-1])
        if not groups:  # cannot happen with the knobs' constraints; say so rather than draw a wrong layout
            raise AssertionError(f"{v.label}: two header rows but no columns to group")
    else:
        grid.rows.append([H(head[r]) for r in cols])

    numbered = k["cell_numbering"] == "numbered"
    if "points" in cols and k["points"] == "column":
        grid.numeric_cols.add(cols.index("points"))
    seq = 0
    section_numbers = rng.random() < 0.7  # a table numbers all its section rows or none
    for s in schemes:
        unit_start = len(grid.rows)
        for ti, top_node in enumerate(s.roots, 1):
            if sections:
                row = [""] * width
                label = (f"{cn_number(ti)}、" if section_numbers else "") + T(top_node.name)
                if k["section_rows"] == "points_col":
                    pc = cols.index("points")
                    row[0] = label + suffix(top_node, False, k["weights"] != "none")
                    row[pc] = _fmt(top_node.points)
                    if pc > 0:
                        grid.merge(len(grid.rows), 0, len(grid.rows), pc - 1)
                    if pc < width - 1:
                        grid.merge(len(grid.rows), pc + 1, len(grid.rows), width - 1)
                else:
                    row[0] = label + suffix(top_node, True, k["weights"] != "none")
                    grid.merge(len(grid.rows), 0, len(grid.rows), width - 1)
                grid.rows.append(row)
                levels_root = top_node.children
            else:
                levels_root = [top_node]
            _body(grid, v, cols, levels_root, sections, numbered, T, counter := [seq], first=ti)
            seq = counter[0]
            if k["totals"] == "subtotal":
                _total_row(grid, cols, tree_cols, T("小计"), top_node.points)
        if k["schemes"] == "unit":
            c = cols.index("unit")
            _label_span(grid, k, c, unit_start, len(grid.rows) - 1, T(s.name))
    if k["totals"] in ("total", "subtotal"):
        _total_row(grid, cols, tree_cols, T("合计"), schemes[0].total)
    return grid


def _total_row(grid: Grid, cols: list[str], tree_cols: int, text: str, points: float) -> None:
    """小计 / 合计: the word merged over the tree columns, points in theirs."""
    row = [""] * len(cols)
    idx = [cols.index(f"tree{i}") for i in range(tree_cols)]
    row[idx[0]] = text
    row[cols.index("points")] = _fmt(points)
    grid.merge(len(grid.rows), idx[0], len(grid.rows), idx[-1])  # over a weight column between levels too
    grid.rows.append(row)


def _label_span(grid: Grid, k: dict[str, str], col: int, r0: int, r1: int, text: str) -> None:
    """A label covering rows r0..r1 of one column: merged, repeated, or on the first row only."""
    mode = k["labels"] if k["labels"] != "n/a" else "merged"
    for r in range(r0, r1 + 1):
        grid.rows[r][col] = text if (r == r0 or mode == "repeated") else ""
    if mode == "merged":
        grid.merge(r0, col, r1, col)


def _body(grid, v: Variant, cols, nodes: list[Node], sections: bool, numbered: bool, T, counter, first: int) -> None:
    """One row per leaf under `nodes`; ancestors fill the tree columns to the leaf's left.

    Numbering in the cells goes down the ladder one rung per level, below the section rows' 一、 where the table
    has them; a top item without section rows is numbered by its place among the tops (`first`).
    """
    k = v.knobs
    width = len(cols)
    stated_in_name = k["points"] == "name"

    def label(node: Node, level: int, index: int, is_top: bool) -> str:
        rung = level + sections
        num = CELL_NUMBERING[rung](index) if numbered and rung < len(CELL_NUMBERING) else ""
        pts = stated_in_name if not node.children else k["parent_points"] == "name"
        return num + T(node.name) + suffix(node, pts, is_top and k["weights"] == "name")

    def emit(node: Node, level: int, index: int, is_top: bool) -> None:
        start = len(grid.rows)
        if not node.children:
            row = [""] * width
            counter[0] += 1
            for c, role in enumerate(cols):
                if role == "seq":
                    row[c] = str(counter[0])
                elif role == "points":
                    row[c] = _fmt(node.points)
                elif role == "criteria":
                    row[c] = T(node.requirement + "。" + node.rule_text if node.rule_text else node.requirement + "。")
                elif role == "content":
                    row[c] = T(node.requirement)
                elif role == "standard":
                    row[c] = T(node.rule_text)
                elif role == "method":
                    row[c] = T(node.method)
                elif role == "assessor":
                    row[c] = T(node.assessor)
            row[cols.index(f"tree{level}")] = label(node, level, index, is_top)
            grid.rows.append(row)
        else:
            for i, child in enumerate(node.children, 1):
                emit(child, level + 1, i, False)
            _label_span(grid, k, cols.index(f"tree{level}"), start, len(grid.rows) - 1,
                        label(node, level, index, is_top))
        if is_top and k["weights"] == "column":
            _label_span(grid, k, cols.index("weight"), start, len(grid.rows) - 1, f"{_fmt(node.weight)}%")

    if sections:
        for i, node in enumerate(nodes, 1):
            emit(node, 0, i, False)
    else:
        for node in nodes:  # one top at a time: its number is its place among the scheme's tops
            emit(node, 0, first, True)


def table_blocks(v: Variant) -> list[Block]:
    """Caption paragraphs and tables, in document order."""
    rng = random.Random(f"grid:{v.seed}:{v.index}")
    k = v.knobs
    trad = k["script"] == "traditional_all"
    blocks: list[Block] = []
    groups = [v.schemes] if k["schemes"] == "unit" else [[s] for s in v.schemes]
    for n, group in enumerate(groups):
        if k["caption"] == "annex":
            blocks.append(Block("para", traditional(f"附件{n + 1}") if trad else f"附件{n + 1}", scheme=n))
        if k["caption"] in ("annex", "title"):
            title = group[0].title
            blocks.append(Block("para", traditional(title) if trad else title, scheme=n))
        blocks.append(Block("table", grid=scheme_grid(rng, v, group), scheme=n))
    return blocks
