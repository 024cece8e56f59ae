"""Schemes from scoring tables: header roles, merged cells, page-split rows, item trees.

Contract: `table_schemes(doc) -> list[SchemeDraft]`.

How a table becomes a tree (each step general; none knows a particular document):
1. Tables are grouped into schemes by the title line above them (`XX2020年度…考核任务表` →
   scheme `XX`), or one scheme per run of tables that continue each other when there is none.
2. Each table's header row gives its columns roles (pipeline.table_roles); a header repeated
   on a new page is dropped; a table without a header continues the one before it.
3. Tree columns (类别/项目/名称, 一级/二级/三级指标) give each row its path. A merged cell
   covers the rows below it (`Table.grid()`); text that OCR split over two rows of a merged
   cell (`保证目标` / `目标 (40分)`) is joined; where the layout centred a merged cell's text
   in its block (OCR'd PDFs), empty slots belong to the nearest label, and the reading whose
   points add up (children to parents) is the one kept.
4. A row whose tree cells are empty or only a fragment of the name above continues that
   item (a row cut by a page break): its task/criteria text and rules go to that item.
5. Names are cleaned and, where the document proves it, repaired (pipeline.names).
6. Rules come from the criteria text of every row (pipeline.rules), attached to the row's item.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from rubrics.extracted.models import Repair, Source
from rubrics.parsers.document import Document, Table
from rubrics.pipeline import names as nm
from rubrics.pipeline.draft import ItemDraft, RuleDraft, SchemeDraft
from rubrics.pipeline.normalize import clean, normalize_text
from rubrics.pipeline.table_roles import TREE_ROLES, header_roles, is_header_row, signature

# A title line over a table: `图书馆、档案馆2020年度绩效目标量化考核任务表`,
# `XX医院2023年科室绩效考核指标表`, `某公司部门考核评分表`.
TITLE_LINE = re.compile(r"(考核|任务|指标|评分|评价|细则|目标|考评|计分).{0,12}表$")
# What follows the scheme's name in a title: the year and the table kind (`2020年度…表`), or
# the table kind alone (`绩效考核指标表`).
TITLE_TAIL = re.compile(r"(\d{4}\s*[-—~至]?\s*(\d{4})?\s*年度?.*|(绩效|目标|量化|年度|考核|考评|任务|指标|评分|评价|细则|计分|量化)+(一览)?表)$")
MAX_TITLE_CHARS = 60
# Numbers in a 分值 / 权重 column: `10`, `10分`, `20%`, `0.2`.
NUMBER = re.compile(r"(\d+(?:\.\d+)?)")


@dataclass
class Row:
    """One data row with its cells by role (text as printed) and where it came from."""

    seq: int
    table: int  # Table.index
    row: int
    page: int | None
    tree: list[str]  # per tree level: anchor text, '' for empty or a merged repeat
    tree_cols: list[int]
    merged: list[bool] = field(default_factory=list)  # per tree level: slot covered by a merged cell above
    half: list[bool] = field(default_factory=list)  # per tree level: a label joined from this row and the next
    follows_page: bool = False  # first row of a table that continues the one before
    ocr: bool = False  # some cell of the row was read by OCR (a scanned page)
    cells: dict[str, tuple[str, int]] = field(default_factory=dict)  # role -> (text, col)

    def text(self, role: str) -> str:
        return self.cells.get(role, ("", -1))[0]

    def has_content(self) -> bool:
        return any(_meaningful(self.text(r)) for r in ("task", "criteria", "points", "weight", "method", "assessor"))

    def scores(self) -> bool:
        """Whether the row states anything to score by (not only a heading or task text)."""
        return any(_meaningful(self.text(r)) for r in ("criteria", "points", "weight", "method", "assessor"))


def _meaningful(text: str) -> bool:
    """Text with a Han character or a digit; `_` or `V` left by OCR in an empty cell is not."""
    return bool(re.search(r"[\u4e00-\u9fff\d]", text or ""))


@dataclass
class Node:
    """An item being built."""

    level: int
    name: str
    raw: str
    parent: Node | None
    points: float | None = None
    weight: float | None = None
    method: str | None = None
    assessor: str | None = None
    task: list[str] = field(default_factory=list)
    criteria: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    nameless: bool = False

    def path(self) -> list[str]:
        out: list[str] = []
        node: Node | None = self
        while node is not None:
            out.append(node.name)
            node = node.parent
        return out[::-1]


# ---------------------------------------------------------------- grouping tables into schemes


def _title_name(text: str) -> str | None:
    """The scheme name a title line gives, or None when the line is no table title."""
    line = clean(text).strip()
    if not line or len(line) > MAX_TITLE_CHARS or not TITLE_LINE.search(line):
        return None
    name = TITLE_TAIL.sub("", line).strip(" :：-—")
    return name or line


def _groups(doc: Document) -> list[tuple[str | None, list[Table]]]:
    """Tables grouped by the title line above them; None where no title names the group."""
    groups: list[tuple[str | None, list[Table]]] = []
    current: tuple[str | None, list[Table]] | None = None
    last_sig: tuple | None = None
    text_between = False
    for block in doc.blocks:
        if block.kind in ("heading", "paragraph"):
            name = _title_name(block.text)
            if name:
                current = (name, [])
                groups.append(current)
                last_sig = None
            elif block.text.strip():
                text_between = True
            continue
        table = block.table
        if table is None or not table.cells:
            continue
        sig = _header_signature(table)
        # a table of its own name (a spreadsheet's sheet) is a scheme of its own
        own_sheet = table.name is not None and bool(current and current[1]) and table.name != current[1][-1].name
        continues = table.continues is not None or (
            not own_sheet and not text_between and last_sig is not None and (sig is None or sig == last_sig)
        )
        if current is None or (current[0] is None and not continues) or (own_sheet and table.continues is None):
            current = (None, [])
            groups.append(current)
        current[1].append(table)
        last_sig = sig or last_sig
        text_between = False
    return [g for g in groups if g[1]]


def _header_signature(table: Table) -> tuple | None:
    for texts in _anchor_rows(table)[:4]:
        if is_header_row(texts):
            return signature(texts)
    return None


def _anchor_rows(table: Table) -> list[list[str]]:
    """Rows of text with a merged cell's text repeated over the slots it covers."""
    grid = table.grid()
    return [[c.text if c is not None else "" for c in row] for row in grid]


# ---------------------------------------------------------------- rows by role


def _rows(tables: list[Table]) -> list[Row]:
    """Data rows of a scheme's tables, headers (and their page repeats) dropped."""
    rows: list[Row] = []
    roles: list[str | None] | None = None
    header_sigs: set[tuple] = set()
    seq = 0
    for table in tables:
        grid = table.grid()
        texts = _anchor_rows(table)
        start = 0
        found = False
        for r, row_texts in enumerate(texts[:4]):
            if is_header_row(row_texts):
                if not found:
                    roles = header_roles(row_texts)
                    found = True
                else:  # a second header row adds roles the first left empty
                    extra = header_roles(row_texts)
                    roles = [a or b for a, b in zip(roles or [], extra, strict=False)]
                header_sigs.add(signature(row_texts))
                start = r + 1
            elif found:
                break
        if roles is None:
            continue  # no header seen yet: not a scoring table we can read
        tree_cols = [c for c, role in enumerate(roles) if role in TREE_ROLES or role == "tree_more"]
        first_data = True
        first_kept = True
        for r in range(start, table.n_rows):
            if signature(texts[r]) in header_sigs:
                continue
            tree: list[str] = []
            merged: list[bool] = []
            for c in tree_cols:
                cell = grid[r][c] if c < table.n_cols else None
                # a merged cell counts once, at its anchor; below and right of it the slot is empty
                anchor = cell is not None and cell.row == r and cell.col == c
                tree.append(cell.text if anchor else "")
                merged.append(cell is not None and not anchor)
            row = Row(seq=seq, table=table.index, row=r, page=_page(table, grid[r]), ocr=_ocr(grid[r]), tree=tree,
                      tree_cols=tree_cols, merged=merged, half=[False] * len(tree))
            for c, role in enumerate(roles):
                if role in (None, "tree_more", "seq", "remark") or role in TREE_ROLES or c >= table.n_cols:
                    continue
                cell = grid[r][c]
                if cell is None or role in row.cells:
                    continue
                anchor = cell.row == r
                # a criteria/task cell merged down is read once; method/assessor/points repeat
                if role in ("task", "criteria") and not anchor:
                    continue
                row.cells[role] = (cell.text, c)
            if first_data and table.continues is not None and rows and _cut_row(row, rows[-1], roles):
                _stitch(rows[-1], row)
                first_data = False
                continue
            first_data = False
            if any(t.strip() for t in tree) or row.has_content():
                row.follows_page = first_kept and table.continues is not None
                first_kept = False
                rows.append(row)
                seq += 1
    return rows


def _cut_row(row: Row, prev: Row, roles: list[str | None]) -> bool:
    """The first row of a table continued from the page before is the bottom half of that page's
    last row when it names no unit or method of its own (those cells print once per row) and
    starts no numbered item; with neither column, only an empty tree says so."""
    if len(row.tree) != len(prev.tree) or any(_is_numbered(t) for t in row.tree if t.strip()):
        return False
    if "method" in roles or "assessor" in roles:
        own = _meaningful(row.text("method")) or _meaningful(row.text("assessor"))
        return not own and (_meaningful(prev.text("method")) or _meaningful(prev.text("assessor")))
    return not any(t.strip() for t in row.tree)


def _stitch(prev: Row, cut: Row) -> None:
    """A row cut by a page break joined back: each cell's text continues the one above it."""
    prev.tree = [a + b if a.strip() and b.strip() else a or b for a, b in zip(prev.tree, cut.tree, strict=True)]
    for role, (text, col) in cut.cells.items():
        if not text.strip():
            continue
        before, before_col = prev.cells.get(role, ("", col))
        prev.cells[role] = (before + text, before_col)


def _ocr(cells) -> bool:
    """Whether any cell of a grid row came from OCR, so its numbers are marked as OCR'd."""
    return any(cell is not None and cell.ocr for cell in cells)


def _page(table: Table, cells) -> int | None:
    for cell in cells:
        if cell is not None and cell.page is not None:
            return cell.page
    return table.page


# ---------------------------------------------------------------- labels in tree columns


def _is_numbered(text: str) -> bool:
    return bool(nm.NUMBERING.match(clean(text))) and bool(clean(text))


# A tree cell holding task text rather than a name: numbered, or a sentence
# (`1. 做好专业…`, `计算能力提升 到20TB;加强`).
SENTENCE = re.compile(r"[;；,，。:：]")
MAX_LABEL_CHARS = 30


def _is_text_cell(text: str) -> bool:
    body = clean(nm.split_points(text)[0])
    return _is_numbered(text) or bool(SENTENCE.search(body)) or len(body) > MAX_LABEL_CHARS


def _carries_points(rows: list[Row], level: int) -> bool:
    """Whether names in this tree column usually state their points (`内部管理 (15分)`)."""
    texts = [r.tree[level] for r in rows if level < len(r.tree) and r.tree[level].strip()
             and not _is_text_cell(r.tree[level])]
    with_points = [t for t in texts if nm.split_points(t)[1] is not None]
    return bool(texts) and len(with_points) * 3 >= len(texts)


def _join_split_labels(rows: list[Row]) -> int:
    """Text OCR split over two rows of one merged cell, joined (`保证目标` / `目标 (40分)`).

    Only in columns above the leaf, where names carry points: a piece without points directly
    above a piece with points, in the same table, is one name.
    """
    joins = 0
    if not rows:
        return joins
    n_levels = max(len(r.tree) for r in rows)
    for level in range(n_levels - 1):
        if not _carries_points(rows, level):
            continue
        for a, b in zip(rows, rows[1:], strict=False):
            if (a.table != b.table and not b.follows_page) or level >= len(a.tree) - 1 or level >= len(b.tree) - 1:
                continue
            top, below = a.tree[level], b.tree[level]
            if not top.strip() or not below.strip() or _is_text_cell(below) or _is_text_cell(top):
                continue
            if nm.split_points(top)[1] is None and nm.split_points(below)[1] is not None:
                joined = nm.overlap_join(nm.join_name_pieces(top), nm.join_name_pieces(below))
                a.tree[level] = joined
                a.half[level] = True
                b.tree[level] = ""
                joins += 1
    return joins


def _owners(rows: list[Row], centred: bool, flips: frozenset = frozenset()) -> tuple[list[list[int | None]], list]:
    """For each row and tree level, the index of the row whose label covers it (None: the state),
    and the slots where two labels were equally near (ties).

    Fill-down: an empty slot is covered by the label above (what a merged cell means).
    Centred: OCR places a merged cell's text in the middle of its block, so an empty slot is
    covered by the nearest label in its table, within its parent's block; a run of numbered rows
    (`一、` `二、`) moves as one; a tie goes up unless `flips` names it (see `_centred`).
    """
    owners: list[list[int | None]] = [[None] * len(r.tree) for r in rows]
    ties: list[tuple[int, int]] = []
    if not centred:
        return owners, ties
    n_levels = max((len(r.tree) for r in rows), default=0)
    by_table: dict[int, list[int]] = {}
    for i, r in enumerate(rows):
        by_table.setdefault(r.table, []).append(i)
    last_label: list[list[str]] = []  # per row, per level: the last label printed at or above it
    current = [""] * n_levels
    for r in rows:
        for k, t in enumerate(r.tree):
            if t.strip() and not _is_text_cell(t):
                current[k] = t
        last_label.append(list(current))

    def key(text: str) -> str:
        return _norm(nm.clean_name(nm.split_points(text)[0]))

    def block(i: int, lv: int) -> tuple:
        out = []
        for k in range(lv):
            if rows[i].tree[k].strip():
                out.append(key(rows[i].tree[k]))
            elif owners[i][k] is not None:
                out.append(key(rows[owners[i][k]].tree[k]))
            else:
                out.append(key(last_label[i][k]))
        return tuple(out)

    for level in range(n_levels - 1):
        for idxs in by_table.values():
            labels = [i for i in idxs if level < len(rows[i].tree) and rows[i].tree[level].strip()
                      and not _is_text_cell(rows[i].tree[level])]
            for i in idxs:
                if level >= len(rows[i].tree) or rows[i].tree[level].strip() or rows[i].merged[level]:
                    continue
                lo, hi = _run(rows, idxs, i)
                same = [j for j in labels if level == 0 or _same_block(block(j, level), block(i, level))]
                above = [j for j in same if j < lo]
                below = [j for j in same if j > hi]
                if not below or (not above and _continues_prev_page(rows, idxs, i, level)):
                    continue  # the label above (or the page before) covers it, as in fill-down
                down = below[0] + (0.5 if rows[below[0]].half[level] else 0.0) - hi
                if above:
                    up = lo - above[-1] - (0.5 if rows[above[-1]].half[level] else 0.0)
                    # a tie goes up, save where a numbering starts over here (`一、`, `1.`): that opens
                    # the block below; the sums may flip either way (see `_centred`)
                    downward = _starts_numbering(rows[lo])
                    if up < down or (up == down and ((i, level) in flips) == downward):
                        if up == down:
                            ties.append((i, level))
                        continue
                    if up == down:
                        ties.append((i, level))
                owners[i][level] = below[0]
    return owners, ties


FIRST_NUMBER = re.compile(r"^\s*(?:[(（]\s*[一1]\s*[)）]|[一1]\s*[、.．](?!\d)|①)")


def _starts_numbering(row: Row) -> bool:
    return any(FIRST_NUMBER.match(clean(t)) for t in row.tree if t.strip())


def _same_block(a: tuple, b: tuple) -> bool:
    """Two rows under the same labels, allowing a label OCR printed in part (`保证` / 保证目标)."""
    for x, y in zip(a, b, strict=False):
        if x == y:
            continue
        short, long_ = sorted((x, y), key=len)
        if not short or len(short) * 2 < len(long_) or not _subsequence(short, long_):
            return False
    return True


def _continues_prev_page(rows: list[Row], idxs: list[int], i: int, level: int) -> bool:
    """An empty slot above a table's first label, in a table that is not the scheme's first:
    the block above the page break covers it, unless a numbered run starts here."""
    first_table = rows[0].table
    if rows[i].table == first_table:
        return False
    return not any(_is_numbered(t) for t in rows[i].tree if t.strip())


def _run(rows: list[Row], idxs: list[int], i: int) -> tuple[int, int]:
    """The run of consecutive numbered rows around row i (`一、…`, `二、…`), as (first, last)."""
    def numbered(k: int) -> bool:
        return any(_is_numbered(t) for t in rows[k].tree if t.strip())

    if not numbered(i):
        return i, i
    pos = idxs.index(i)
    lo = hi = pos
    while lo > 0 and numbered(idxs[lo - 1]) and not any(rows[idxs[lo - 1]].tree[:1]):
        lo -= 1
    while hi + 1 < len(idxs) and numbered(idxs[hi + 1]) and not any(rows[idxs[hi + 1]].tree[:1]):
        hi += 1
    return idxs[lo], idxs[hi]


# ---------------------------------------------------------------- building the tree


@dataclass
class Built:
    roots: list[Node]
    nodes: list[Node]
    repairs: list[tuple[str, str, str]]
    ties: list[tuple[int, int]] = field(default_factory=list)


def _same_label(existing: Node, name: str, points: float | None) -> bool:
    """A label that names an existing node: the same name, or a fragment/misreading of it with
    the same points (`保证(40分)`, `保证标(40分)` for 保证目标 (40分))."""
    a, b = _norm(existing.name), _norm(name)
    if not a or not b:
        return False  # a lost name is never the same label as anything
    if a == b:
        return True
    if points is None or existing.points is None or points != existing.points:
        return False
    short, long_ = sorted((a, b), key=len)
    return len(short) * 2 >= len(long_) and _subsequence(short, long_)


def _subsequence(short: str, long_: str) -> bool:
    it = iter(long_)
    return all(ch in it for ch in short)


NON_WORD = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=65536)
def _norm(text: str) -> str:
    """Cached: label matching compares every new label with its siblings (10,000-row tables)."""
    return NON_WORD.sub("", text or "")


def _build(rows: list[Row], centred: bool, flips: frozenset = frozenset()) -> Built:
    owners, ties = _owners(rows, centred, flips)
    roots: list[Node] = []
    nodes: list[Node] = []
    repairs: list[tuple[str, str, str]] = []
    state: list[Node | None] = []
    last: Node | None = None

    def kids(parent: Node | None) -> list[Node]:
        return parent.children if parent is not None else roots

    def label_node(level: int, raw: str, parent: Node | None) -> Node:
        text, points = nm.split_points(raw)
        text, weight = nm.split_weight(text)
        name = nm.clean_name(nm.join_name_pieces(text))
        key = _norm(name)
        for existing in kids(parent):
            if existing.points != points and _norm(existing.name) != key:
                continue  # cheap test first: a match needs the same name or the same points
            if _same_label(existing, name, points):
                if _norm(name) != _norm(existing.name) and name:
                    # keep the spelling the other is a fragment of
                    if len(_norm(name)) > len(_norm(existing.name)):
                        repairs.append(("ocr", existing.name, name))
                        existing.name = name
                    else:
                        repairs.append(("ocr", name, existing.name))
                if existing.points is None:
                    existing.points = points
                return existing
        node = Node(level=level, name=name, raw=raw, parent=parent, points=points, weight=weight,
                    nameless=not name)
        kids(parent).append(node)
        nodes.append(node)
        return node

    for i, row in enumerate(rows):
        levels = len(row.tree)
        while len(state) < levels:
            state.append(None)
        labels: list[str] = []
        own: list[bool] = []
        for lv in range(levels):
            text = row.tree[lv]
            if text.strip():
                labels.append(text)
                own.append(True)
            elif owners[i][lv] is not None:
                j = owners[i][lv]
                labels.append(rows[j].tree[lv])
                own.append(False)
            else:
                labels.append("")
                own.append(False)
        deepest = max((lv for lv in range(levels) if labels[lv].strip()), default=-1)
        numbered_at = next((lv for lv in range(levels) if own[lv] and _is_text_cell(labels[lv])), None)

        leaf_state = state[levels - 1] if levels else None
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        per_row = numbered_at is None and _row_item_under_label(row, labels, own, leaf_state, nxt)
        if not levels:
            # no tree column (序号 | 考核内容 | 分值 | 评分标准): each row is an item named by its text
            if row.has_content():
                last = _new_item(nodes, None, roots, 0, _first_line(row.text("task") or row.text("criteria")))
                last.nameless = not last.name
                _absorb(last, row)
            continue
        # a row with no label of its own continues the item above (a row cut by a page break)
        if not per_row and not any(own) and last is not None and all(
            owners[i][lv] is None or (state[lv] is not None and rows[owners[i][lv]].tree[lv]
                                      and _label_is(state[lv], rows[owners[i][lv]].tree[lv]))
            for lv in range(levels)
        ):
            _absorb(last, row)
            continue

        parent: Node | None = None
        changed = False
        stop = numbered_at if numbered_at is not None else levels - 1
        for lv in range(stop):
            text = labels[lv]
            if not text.strip():
                # an empty slot under a label new on this row is empty in the new block too
                node = state[lv]
                if not changed and node is not None and node.parent is parent:
                    parent = node
                continue
            node = label_node(lv, text, parent)
            if state[lv] is not node:
                changed = True
                state[lv] = node
                for k in range(lv + 1, len(state)):
                    state[k] = None
            parent = node

        # the row's own item: a numbered task spread over the columns, the leaf label, or nameless
        if numbered_at is not None:
            pieces = [row.tree[k] for k in range(numbered_at, levels) if row.tree[k].strip()]
            if not row.scores():
                # a numbered heading row with nothing to score (`二、本部门承担的…`) is no item
                continue
            pieces.append(row.text("task"))
            name_raw = _join_pieces(_interleave(pieces))
            item = _new_item(nodes, parent, kids(parent), numbered_at, name_raw)
            item.nameless = not item.name
        elif per_row:
            # a label merged over rows that each state their own points in a 分值 column: every
            # row is an item under it, named by its content (项目 | 考核内容 | 分值 | 评分标准)
            leaf = label_node(levels - 1, labels[levels - 1], parent) if labels[levels - 1].strip() else leaf_state
            state[levels - 1] = leaf
            item = _new_item(nodes, leaf, leaf.children, levels, _first_line(row.text("task")))
            item.nameless = not item.name
            _absorb(item, row)
            last = item
            continue
        else:
            leaf_text = row.tree[levels - 1] if levels else ""
            leaf_label = labels[levels - 1] if levels else ""
            cur = state[levels - 1] if levels else None
            if (leaf_text.strip() and cur is not None and cur.parent is parent and _continues_name(cur, leaf_text)
                    and _same_assessor(cur, row)):
                _extend_name(cur, leaf_text, repairs)
                _absorb(cur, row)
                last = cur
                continue
            if not leaf_text.strip() and not leaf_label.strip() and not row.has_content():
                continue
            if leaf_text.strip() or leaf_label.strip():
                item = label_node(levels - 1, leaf_text or leaf_label, parent)
            elif deepest >= 0 and own[deepest] and parent is not None and not row.has_content():
                continue
            else:
                item = _new_item(nodes, parent, kids(parent), levels - 1, "")
                item.nameless = True
        if levels:
            state[levels - 1] = item
        _absorb(item, row)
        last = item
    return Built(roots=roots, nodes=nodes, repairs=repairs, ties=ties)


def _row_item_under_label(
    row: Row, labels: list[str], own: list[bool], leaf_state: Node | None, nxt: Row | None
) -> bool:
    """Whether a row is an item of its own under its deepest label rather than that label itself.

    So when the row states points in a 分值 column and names a content, while its label is merged
    from the rows above (or left empty under it) or states other points (`公共卫生服务（40分）`
    over rows of 10, 10, 20).
    """
    if not labels or not _first_line(row.text("task")):
        return False
    m = NUMBER.search(clean(row.text("points")))
    if not m:
        return False
    if not labels[-1].strip():
        return leaf_state is not None and _has_row_items(leaf_state)
    label_points = nm.split_points(labels[-1])[1]
    if not own[-1]:
        return True
    if label_points is not None:
        return abs(label_points - float(m.group(1))) > 1e-6
    return _pointed_row_below(row, nxt)


def _pointed_row_below(row: Row, nxt: Row | None) -> bool:
    """Whether the next row sits under this row's labels (none of its own) with points and content:
    then this row's label spans several pointed rows and is their parent."""
    return (
        nxt is not None
        and nxt.table == row.table
        and len(nxt.tree) == len(row.tree)
        and not any(t.strip() for t in nxt.tree)
        and bool(NUMBER.search(clean(nxt.text("points"))))
        and bool(_first_line(nxt.text("task")))
    )


def _has_row_items(node: Node) -> bool:
    """Whether a label already holds items made from its rows (so the next row is one more)."""
    return bool(node.children) and all(not c.children for c in node.children)


def _label_is(node: Node, raw: str) -> bool:
    text, points = nm.split_points(raw)
    return _same_label(node, nm.clean_name(nm.join_name_pieces(text)), points)


def _same_assessor(node: Node, row: Row) -> bool:
    """A continuation row does not name another assessor than the item it continues."""
    mine = nm.clean_assessor(row.text("assessor"))
    return mine is None or node.assessor is None or mine == node.assessor


def _continues_name(node: Node, raw: str) -> bool:
    """A leaf cell that is only a piece of the current leaf's name (a name cut by a page break)."""
    text, points = nm.split_points(raw)
    piece = _norm(nm.clean_name(nm.join_name_pieces(text)))
    name = _norm(node.name)
    if not piece:
        return False  # a cell with points only (`(3分)`) is an item whose name was lost
    if node.nameless:
        return True
    if points is not None and node.points is not None and points != node.points:
        return False
    return piece in name or name in piece


def _extend_name(node: Node, raw: str, repairs) -> None:
    text, points = nm.split_points(raw)
    piece = nm.clean_name(nm.join_name_pieces(text))
    if node.nameless or len(_norm(piece)) > len(_norm(node.name)):
        if node.name:
            repairs.append(("joined", node.name, piece))
        node.name = piece
        node.nameless = not piece
    if node.points is None:
        node.points = points


def _first_line(text: str) -> str:
    """The first clause of a text cell, as the name of an item that has no name column."""
    return re.split(r"[。;；\n]", clean(text).strip(), maxsplit=1)[0]


def _interleave(pieces: list[str]) -> list[str]:
    """A sentence OCR spread over neighbouring cells, read back line by line across them.

    Why: a task printed across two narrow columns comes out as one cell per column, each with
    its lines separated by spaces (`4. 严格按照学校作息时 推荐图书30期以上。` | `间开放图书馆,…,
    向读者`); reading line 1 of every cell, then line 2, restores the sentence.
    """
    if pieces:  # the head's number first, or `3. 做好…` would read as two lines
        pieces = [nm.NUMBERING.sub("", pieces[0].strip(), count=1), *pieces[1:]]
    lines = [[p for p in re.split(r"\s+", piece.strip()) if p] for piece in pieces if piece.strip()]
    out: list[str] = []
    for i in range(max((len(ls) for ls in lines), default=0)):
        out.extend(ls[i] for ls in lines if i < len(ls))
    return out


def _join_pieces(pieces: list[str]) -> str:
    out = ""
    for p in pieces:
        p = nm.strip_debris(nm.join_name_pieces(p))
        out = nm.overlap_join(out, p)
    return out


def _new_item(nodes: list[Node], parent: Node | None, siblings: list[Node], level: int, raw: str) -> Node:
    text, points = nm.split_points(raw)
    name = nm.clean_name(text)
    node = Node(level=level, name=name, raw=raw, parent=parent, points=points)
    siblings.append(node)
    nodes.append(node)
    return node


def _absorb(node: Node, row: Row) -> None:
    """A row's text, points, method and assessor added to its item."""
    node.rows.append(row)
    task, criteria = row.text("task").strip(), row.text("criteria").strip()
    if task:
        node.task.append(task)
    if criteria:
        node.criteria.append(criteria)
    if node.points is None and row.text("points").strip():
        m = NUMBER.search(clean(row.text("points")))
        node.points = float(m.group(1)) if m else None
    if node.weight is None and row.text("weight").strip():
        m = NUMBER.search(clean(row.text("weight")))
        if m:
            value = float(m.group(1))
            node.weight = value * 100 if value <= 1 and "%" not in row.text("weight") else value
    if node.method is None and row.text("method").strip():
        node.method = nm.clean_method(row.text("method"))
    if node.assessor is None and row.text("assessor").strip():
        node.assessor = nm.clean_assessor(row.text("assessor"))


# ---------------------------------------------------------------- choosing the reading


def _consistency(built: Built) -> int:
    """How well the tree's points add up: +1 per parent whose children sum to it, -2 per excess."""
    score = 0
    for node in built.nodes:
        stated = [c.points for c in node.children if c.points is not None]
        if node.points is None or not stated:
            continue
        total = sum(stated)
        if abs(total - node.points) < 1e-6:
            score += 1
        elif total > node.points + 1e-6:
            score -= 2
    stated = [r.points for r in built.roots if r.points is not None]
    return score


def _centred(rows: list[Row]) -> Built:
    """The centred reading, each tie between two equally near labels settled by the sums:
    a tie goes down only where that makes more parents add up."""
    flips: frozenset = frozenset()
    built = _build(rows, centred=True)
    score = _consistency(built)
    for tie in list(built.ties):
        trial = _build(rows, centred=True, flips=flips | {tie})
        trial_score = _consistency(trial)
        if trial_score > score:
            flips, built, score = flips | {tie}, trial, trial_score
    return built


def _fill_methods(nodes: list[Node]) -> None:
    """An item whose row printed neither method nor assessor takes them from the nearest row of
    its parent's block that did (a merged cell whose text OCR centred in the block)."""
    leaves = [n for n in nodes if n.rows and not n.children]
    leaves.sort(key=lambda n: n.rows[0].seq)
    # donors per (parent, table), kept up to date: one pass instead of a scan of all leaves per leaf
    groups: dict[tuple[int, int | None], list[Node]] = {}
    for o in leaves:
        if o.method or o.assessor:
            groups.setdefault((id(o.parent), o.rows[0].table), []).append(o)
    for node in leaves:
        if node.method is not None or node.assessor is not None:
            continue
        key = (id(node.parent), node.rows[0].table)
        donors = [o for o in groups.get(key, ()) if o is not node]
        if not donors:
            continue
        best = min(donors, key=lambda o: (abs(o.rows[0].seq - node.rows[0].seq), o.rows[0].seq))
        if all(not r.text("method").strip() and not r.text("assessor").strip() for r in node.rows):
            node.method, node.assessor = best.method, best.assessor
            if node.method or node.assessor:
                groups.setdefault(key, []).append(node)


# ---------------------------------------------------------------- repair across schemes


def _repair(schemes: list[tuple[str, Built]]) -> None:
    """Nameless and misread items named from the same place in another scheme of the document;
    each repair is added to its scheme's `repairs` so the printed text stays traceable."""
    # names are proven by another scheme only (best_repair's pool): with one scheme there is none
    max_level = max((n.level for _, b in schemes for n in b.nodes), default=-1) if len(schemes) > 1 else -1
    for level in range(max_level + 1):
        cands: list[tuple[Node, nm.Candidate]] = []
        for s, (_, built) in enumerate(schemes):
            for node in built.nodes:
                if node.level != level:
                    continue
                parent = tuple(node.parent.path()) if node.parent else ()
                text = " ".join(node.task + node.criteria)
                cands.append((node, nm.Candidate(s, parent, node.name, node.points, node.assessor, text)))
        proven = [c for n, c in cands if not n.nameless]
        for node, cand in cands:
            siblings = {c.name for c in (node.parent.children if node.parent else _roots_of(schemes[cand.scheme][1]))
                        if c is not node}
            name = nm.best_repair(cand, proven, siblings)
            if name and name != node.name:
                schemes[cand.scheme][1].repairs.append(("ocr" if node.name else "named", node.name or node.raw, name))
                node.name = name
                node.nameless = False
    # split assessors printed as two units run together
    vocabulary = {n.assessor for _, b in schemes for n in b.nodes if n.assessor and "、" not in n.assessor}
    vocabulary |= {p for _, b in schemes for n in b.nodes if n.assessor for p in n.assessor.split("、")}
    for _, built in schemes:
        for node in built.nodes:
            node.assessor = nm.split_units(node.assessor, vocabulary)


def _roots_of(built: Built) -> list[Node]:
    return built.roots


def _settle_nameless(built: Built) -> None:
    """A nameless item nobody could name: the only child of its parent is the parent's own row;
    otherwise it is named by its task text."""
    for node in list(built.nodes):
        if not node.nameless:
            continue
        siblings = node.parent.children if node.parent else built.roots
        if node.parent is not None and len(siblings) == 1:
            parent = node.parent
            parent.children.remove(node)
            built.nodes.remove(node)
            parent.rows.extend(node.rows)
            parent.task.extend(node.task)
            parent.criteria.extend(node.criteria)
            parent.method = parent.method or node.method
            parent.assessor = parent.assessor or node.assessor
            if parent.points is None:
                parent.points = node.points
            continue
        node.name = nm.clean_name(_join_pieces(node.task)) or "未命名"
        node.nameless = False


# ---------------------------------------------------------------- drafts


def _rules(node: Node, item_path: list[str]) -> list[RuleDraft]:
    """Rules from every row's criteria text (or its task text where the table has no criteria)."""
    try:
        from rubrics.pipeline.rules import parse_rules
    except ImportError:  # the rules stage is not there yet: items only
        return []
    out: list[RuleDraft] = []
    for row in node.rows:
        role = "criteria" if "criteria" in row.cells else "task"
        text, col = row.cells.get(role, ("", -1))
        if not text.strip():
            continue
        norm = normalize_text(text)
        for hit in parse_rules(norm.text):
            out.append(
                RuleDraft(
                    kind=hit.kind,
                    text=norm.original_span(hit.start, hit.end),
                    amount=hit.amount,
                    amount_max=hit.amount_max,
                    per=hit.per,
                    label=hit.label,
                    below=hit.below,
                    at_least=hit.at_least,
                    quota_pct=hit.quota_pct,
                    condition=hit.condition,
                    source=Source(page=row.page, table=row.table, row=row.row, col=col, ocr=row.ocr,
                                  text=norm.original_span(hit.start, hit.end)),
                )
            )
    return out


# Numbered clauses inside one cell: `1. 对学校… 2. 采用… 3. 强化…`.
CLAUSE_START = re.compile(r"(?:^|(?<=[\s。;；,，]))(\d{1,2})\s*[.．、](?!\d)")
# Points a task states for itself: `搭建…管理系统(8分)` in the task text, or in its criterion
# `…不低于5次得15分` / `以总分15分按比例扣分`.
TASK_POINTS = re.compile(r"[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]")
CLAUSE_POINTS = re.compile(r"(?:总分|得)\s*(\d+(?:\.\d+)?)\s*分")


def _clauses(text: str) -> dict[int, str]:
    """Numbered clauses of a cell by number, when the numbers run in order (2, 3, 4 …)."""
    hits = list(CLAUSE_START.finditer(text))
    out: dict[int, str] = {}
    expected = None
    for k, m in enumerate(hits):
        n = int(m.group(1))
        if expected is not None and n != expected:
            continue
        end = next((h.start() for h in hits[k + 1 :] if int(h.group(1)) == n + 1), len(text))
        out[n] = text[m.start() : end]
        expected = n + 1
    return out


def _task_items(parent: ItemDraft, node: Node) -> list[ItemDraft]:
    """An item without points whose numbered tasks state points of their own: each task is a
    sub-item named by its text, with its criterion's rules (the source scores them apart)."""
    task = clean(" ".join(node.task))
    criteria = clean(" ".join(node.criteria))
    tasks, crits = _clauses(task), _clauses(criteria)
    if len(tasks) < 2:
        return []
    points: dict[int, float | None] = {}
    for n, text in tasks.items():
        m = TASK_POINTS.search(text) or CLAUSE_POINTS.search(crits.get(n, ""))
        points[n] = float(m.group(1)) if m else None
    if not any(p is not None for p in points.values()):
        return []
    children: list[ItemDraft] = []
    for n, text in tasks.items():
        name = nm.clean_name(text)
        if not name:
            continue
        crit = crits.get(n)
        child = ItemDraft(path=[*parent.path, name], points=points[n], method=parent.method,
                          assessor=parent.assessor, task=text.strip(), criteria=crit, source=parent.source)
        if crit:
            mine = [r for r in parent.rules if _norm(clean(r.text)) and _norm(clean(r.text)) in _norm(crit)]
            child.rules = mine
            parent.rules = [r for r in parent.rules if not any(r is x for x in mine)]
        children.append(child)
    return children


def _drafts(built: Built) -> list[ItemDraft]:
    out: list[ItemDraft] = []

    def walk(node: Node) -> None:
        path = [p for p in node.path() if p]
        row = node.rows[0] if node.rows else None
        col = None
        if row is not None and node.level < len(row.tree_cols):
            col = row.tree_cols[node.level]
        source = None
        if row is not None:
            source = Source(page=row.page, table=row.table, row=row.row, col=col, ocr=row.ocr,
                            text=node.raw or (row.tree[node.level] if node.level < len(row.tree) else None) or None)
        out.append(
            ItemDraft(
                path=path,
                points=node.points,
                weight_pct=node.weight,
                method=node.method,
                assessor=node.assessor,
                task="\n".join(clean(t) for t in node.task) or None,
                criteria="\n".join(clean(c) for c in node.criteria) or None,
                source=source,
                rules=_rules(node, path),
            )
        )
        if not node.children and node.points is None:
            out.extend(_task_items(out[-1], node))
        for child in node.children:
            walk(child)

    for root in built.roots:
        walk(root)
    return [d for d in out if d.path]


def table_schemes(doc: Document) -> list[SchemeDraft]:
    """One scheme per titled group of tables (or per run of continuing tables)."""
    built_groups: list[tuple[str, Built]] = []
    unnamed = 0
    for title, tables in _groups(doc):
        rows = _rows(tables)
        if not rows:
            continue
        joins = _join_split_labels(rows)
        plain = _build(rows, centred=False)
        centred = _centred(rows)
        # the reading whose points add up; on a tie, labels split over rows (OCR of merged cells)
        # say the layout centred them, else fill-down, the plain reading of a merged cell
        a, b = _consistency(plain), _consistency(centred)
        best = centred if b > a or (b == a and joins) else plain
        if not best.nodes:
            continue
        if title is None:
            unnamed += 1
            # a sheet named like a title line (`图书馆2020年度考核任务表`) gives the same name
            sheet = tables[0].name
            title = (_title_name(sheet) if sheet else None) or sheet or f"表{unnamed}"
        built_groups.append((title, best))
    _repair(built_groups)
    schemes: list[SchemeDraft] = []
    for title, built in built_groups:
        _settle_nameless(built)
        _fill_methods(built.nodes)
        scheme = SchemeDraft(name=title, items=_drafts(built))
        for kind, before, after in built.repairs:
            scheme.warnings.append(("name_repaired", f"{kind}: {before!r} read as {after!r}"))
            scheme.repairs.append(Repair(kind=f"name_{kind}", before=before or "", after=after or ""))
        schemes.append(scheme)
    return schemes
