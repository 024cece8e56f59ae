"""Repairs for tables recognised from a scan (OCR), run only when the document reads as OCR'd.

Why apart: OCR breaks what the page printed whole — a name into pieces with the characters at
each break repeated (`安全管 管理`), one spelling misread in one copy of a table the document prints
again for another unit (`安仝官埋` where the other copies print 安全管理), a merged cell's text
centred in its block. Born-digital tables never need these repairs and could be harmed by them, so
`extract.read_tables` decides once per document (`extract.ocr_traits`) and sets
`View.ocr`; every step here is a no-op otherwise. Each repair is recorded (`Repair`) and traced.
"""

from __future__ import annotations

import functools

import regex

from rubrics.pipeline import names as nm
from rubrics.pipeline.reader.labels import key as label_key


def join_broken_name(text: str) -> str:
    """A name OCR broke into pieces, joined with the characters repeated at a break read once
    (`党建与思想 想政治工作` → 党建与思想政治工作; `安全管 管理` → 安全管理). Brackets and points stay."""
    return nm.join_name_pieces(text)


def fullest_spelling(node, name: str, points: float | None, repairs: list) -> None:
    """A label printed again in a variant with the same points, spelled more fully than the first
    copy (`安全官 (20分)` first, `安全管理 (20分)` after a page break): the item takes the fuller spelling,
    since OCR drops characters far more often than it adds them. Recorded as an `ocr` repair."""
    if points is None or node.name_points != points:
        return
    if len(label_key(name)) > len(label_key(node.name)):
        repairs.append(("name_ocr", node.name, name))
        node.name = name


def record_repairs(draft, repairs: list[tuple[str, str, str]], where: str, trace) -> None:
    """Each repair in the scheme's `repairs` (the rubric lists them) and in the trace, with a warning
    that says what was printed (`name_repaired`)."""
    from rubrics.extracted.models import Repair

    for kind, before, after in repairs:
        draft.repairs.append(Repair(kind=kind, before=before or "", after=after or ""))
        draft.warnings.append(("name_repaired", f"{kind}: {before!r} read as {after!r}"))
        trace.add("repairs", where, kind, f"“{before}” 读作 “{after}”")


# Punctuation inside a clause: a tree cell holding it is text cut from a sentence, not a name
# (`计算能力提升 到20TB;加强`).
CLAUSE_MARK = regex.compile(r"[;；,，]")
# A piece ends a sentence: the text cut across cells stops there.
SENTENCE_END = regex.compile(r"[。;；!！?？]$")


def numbered_spread(row, col: int, later: list[int]) -> tuple[str, list] | None:
    """A numbered text that OCR spread over neighbouring cells of one row, read back as one text.

    A scanned row keeps a cell's text in the cell's column, so a task printed across a narrow name
    column and the columns beside it comes out cut mid-word into several cells
    (`3. 做好安全 | 检查记录、归 | 档工作`), each with its lines split by spaces. So when the numbered cell
    at `col` states no points and is cut mid-phrase (its first line ends without a sentence mark),
    and the next filled cells of `later` (the tree columns right of it, then the first text column)
    start no numbering of their own, the pieces are read back line by line (`interleave`) as one text.
    Returns (the text, the cells read), or None."""
    from rubrics.pipeline.numbering import leading_marker

    head = row.slots[col].cell
    text = (head.text or "").strip() if head is not None else ""
    if (leading_marker(text) is None and not CLAUSE_MARK.search(text)) or nm.split_points(text)[1] is not None:
        return None
    first_line = regex.split(r"\s+", nm.NUMBERING.sub("", text, count=1).strip())[0]
    if not first_line or SENTENCE_END.search(first_line):
        return None
    cells = []
    for c in later:
        s = row.slots[c]
        if s.cell is None or not s.anchor or not (s.cell.text or "").strip() or any(s.cell is x for x in cells):
            continue
        if leading_marker(s.cell.text.strip()) is not None or nm.split_points(s.cell.text)[1] is not None:
            return None
        cells.append(s.cell)
    if not cells:
        return None
    return join_pieces(interleave([text, *(c.text for c in cells)])), cells


def interleave(pieces: list[str]) -> list[str]:
    """A sentence OCR spread over neighbouring cells, read back line by line across them.

    A task printed across two narrow columns comes out as one cell per column, each with its lines
    separated by spaces (`4. 按时开放阅览 每月推荐新书。` | `室,做好借阅登记,向读者`); reading line 1
    of every cell, then line 2, restores the sentence. The head's numbering goes first, or `3. 做好…`
    would read as two lines."""
    if pieces:
        pieces = [nm.NUMBERING.sub("", pieces[0].strip(), count=1), *pieces[1:]]
    lines = [[p for p in regex.split(r"\s+", piece.strip()) if p] for piece in pieces if piece.strip()]
    out: list[str] = []
    for i in range(max((len(ls) for ls in lines), default=0)):
        out.extend(ls[i] for ls in lines if i < len(ls))
    return out


def join_pieces(pieces: list[str]) -> str:
    """Pieces of one text joined, the characters repeated at a cut read once, edge debris dropped."""
    out = ""
    for p in pieces:
        out = nm.overlap_join(out, nm.strip_debris(nm.join_name_pieces(p)))
    return out


def name_from_twins(schemes: list, trace) -> None:
    """Names OCR misread or lost, proven by the same row in another scheme of the document.

    A document that prints one table per unit repeats most rows word for word; a scan misreads a
    name in one copy (`安仝官埋 (2分)` where the others print 安全管理 (2分)) or loses it (`(3分)` alone).
    `names.best_repair` decides from the same parent, the same points and assessor, the item's own
    text mentioning the name, or the row's content printed elsewhere; an ambiguous proof proves
    nothing. Level by level, so a repaired parent places its children. Items still nameless after
    this are dropped, as any nameless item is. Each repair is recorded on its scheme."""
    depth = max((len(i.path) for s in schemes for i in s.items), default=0)
    if len(schemes) < 2:
        depth = 0  # names are proven by another scheme only
    for level in range(1, depth + 1):
        cands = []
        for k, scheme in enumerate(schemes):
            for item in scheme.items:
                if len(item.path) != level:
                    continue
                text = " ".join(t for t in (item.task, item.criteria) if t)
                cands.append((k, item, nm.Candidate(k, tuple(item.path[:-1]), item.path[-1], item.points,
                                                    item.assessor, text)))
        proven = [c for _, _, c in cands if c.name]
        for k, item, cand in cands:
            siblings = {i.path[-1] for i in schemes[k].items
                        if i is not item and len(i.path) == level and tuple(i.path[:-1]) == cand.parent}
            name = nm.best_repair(cand, proven, siblings)
            if name and name != cand.name:
                kind = "name_ocr" if cand.name else "name_named"
                before = cand.name or (item.source.text if item.source and item.source.text else "")
                _rename(schemes[k], list(item.path), name)
                record_repairs(schemes[k], [(kind, before, name)], schemes[k].name, trace)
    for scheme in schemes:
        scheme.items = [i for i in scheme.items if all(i.path)]
    lost_child_from_twins(schemes, trace)  # before pieces join: a twin's text is compared as printed
    for scheme in schemes:
        join_label_pieces(scheme, trace)
    # an assessor printed as two units run together, where the document prints both apart
    vocabulary = {i.assessor for s in schemes for i in s.items if i.assessor and "、" not in i.assessor}
    vocabulary |= {p for s in schemes for i in s.items if i.assessor for p in i.assessor.split("、")}
    for scheme in schemes:
        for item in scheme.items:
            split = nm.split_units(item.assessor, vocabulary)
            if split != item.assessor:
                record_repairs(scheme, [("assessor_split", item.assessor, split)], scheme.name, trace)
                item.assessor = split


def _rename(scheme, path: list[str], name: str) -> None:
    """The item at `path` and everything under it take the new name at that level."""
    n = len(path)
    for item in scheme.items:
        if item.path[:n] == path:
            item.path = [*path[:-1], name, *item.path[n:]]


# A numbering that starts over (`一、`, `1.`, `（1）`, `①`): the first row of a new block.
FIRST_NUMBER = regex.compile(r"^\s*(?:[(（]\s*[一1]\s*[)）]|[一1]\s*[、.．](?!\d)|①)")


def _is_numbered(text: str) -> bool:
    from rubrics.pipeline.numbering import leading_marker

    return leading_marker(text.strip()) is not None


@functools.lru_cache(maxsize=65536)
def key(t: str) -> str:
    """A label's words for comparing blocks: pieces joined, points and punctuation dropped."""
    return label_key(nm.clean_name(join_broken_name(nm.split_points(t)[0])))


@functools.lru_cache(maxsize=65536)
def _is_label(text: str) -> bool:
    """A tree cell that can be a merged block's label: short, unnumbered, no sentence punctuation."""
    body = nm.split_points(text)[0]
    return (bool(text.strip()) and not _is_numbered(text) and not SENTENCE_MARK.search(body)
            and len(body.strip()) <= CENTRED_LABEL_MAX_CHARS)


# A centred label is a name: no sentence punctuation, at most this many characters.
SENTENCE_MARK = regex.compile(r"[;；,，。:：]")
CENTRED_LABEL_MAX_CHARS = 30


def _same_block(a: tuple, b: tuple) -> bool:
    """Two rows under the same labels, allowing a label OCR printed in part (`保证` / 保证目标)."""
    for x, y in zip(a, b, strict=False):
        if x == y:
            continue
        short, long_ = sorted((x, y), key=len)
        it = iter(long_)
        if not short or len(short) * 2 < len(long_) or not all(ch in it for ch in short):
            return False
    return True


def centred_owners(view, tree_cols: list[int], flips: frozenset = frozenset()) \
        -> tuple[dict[tuple[int, int], int], list[tuple[int, int]]]:
    """Empty tree slots a label printed BELOW them covers, as {(row, col): the label's row}, and the
    slots where a label above and one below were equally near (ties).

    OCR prints a merged cell's text in the middle of its block, so the rows above the label belong to
    it as much as the rows below: an empty slot of a tree column (not the deepest) is covered by the
    nearest label of its column in the same page's table, within its parent's block (`_same_block`).
    A run of numbered rows (`一、…`, `二、…`) moves as one. A tie goes up (fill-down), save where a
    numbering starts over in the run (that opens the block below); `flips` turns named ties the other
    way (`tree.build` tries each and keeps what makes more parents add up). An empty slot above the
    first label of a page's table, in a row without numbering, is measured against the previous
    page's last label of its block (the rows between counted across the break); an empty merged cell
    (a PDF's ruling over blank rows) is no label."""
    rows = [r for r in view.rows if r.kind == "item"]
    owners: dict[tuple[int, int], int] = {}
    ties: list[tuple[int, int]] = []
    if not rows or len(tree_cols) < 2:
        return owners, ties

    def text(i: int, c: int) -> str:
        s = rows[i].slots[c]
        return (s.cell.text or "") if s.cell is not None and s.anchor else ""

    last: list[dict[int, str]] = []
    current: dict[int, str] = {}
    for i in range(len(rows)):
        for c in tree_cols:
            if _is_label(text(i, c)):
                current[c] = text(i, c)
        last.append(dict(current))

    def block(i: int, L: int) -> tuple:
        out = []
        for c in tree_cols[:L]:
            if text(i, c).strip():
                out.append(key(text(i, c)))
            elif (rows[i].index, c) in owners:
                out.append(key(view.at(owners[(rows[i].index, c)]).text(c)))
            else:
                out.append(key(last[i].get(c, "")))
        return tuple(out)

    def numbered(i: int) -> bool:
        return any(_is_numbered(text(i, c)) for c in tree_cols if text(i, c).strip())

    by_table: dict[int, list[int]] = {}
    for i, r in enumerate(rows):
        by_table.setdefault(r.table, []).append(i)
    first_table = rows[0].table
    all_labels = [[i for i in range(len(rows)) if _is_label(text(i, c))] for c in tree_cols]
    for L, c in enumerate(tree_cols[:-1]):
        for idxs in by_table.values():
            labels = [i for i in idxs if _is_label(text(i, c))]
            for pos, i in enumerate(idxs):
                s = rows[i].slots[c]
                if text(i, c).strip() or (s.cell is not None and not s.anchor and (s.cell.text or "").strip()):
                    continue  # a label of its own, or a label merged down over it
                lo = hi = pos
                if numbered(i):
                    while lo > 0 and numbered(idxs[lo - 1]) and not text(idxs[lo - 1], tree_cols[0]).strip():
                        lo -= 1
                    while (hi + 1 < len(idxs) and numbered(idxs[hi + 1])
                           and not text(idxs[hi + 1], tree_cols[0]).strip()):
                        hi += 1
                lo, hi = idxs[lo], idxs[hi]
                same = [j for j in labels if L == 0 or _same_block(block(j, L), block(i, L))]
                above = [j for j in same if j < lo]
                below = [j for j in same if j > hi]
                if not below:
                    continue  # the label above (or the page before) covers it, as fill-down says
                if not above and rows[i].table != first_table and not numbered(i):
                    # the first rows of a page: the previous page's last label of the block, as near as
                    # the rows between say
                    above = [j for j in all_labels[L] if j < lo and (L == 0 or _same_block(block(j, L), block(i, L)))][-1:]
                    if not above:
                        continue
                down = below[0] - hi
                if above:
                    up = lo - above[-1]
                    downward = any(FIRST_NUMBER.match(text(lo, t)) for t in tree_cols if text(lo, t).strip())
                    tie = (rows[i].index, c)
                    if up == down:
                        ties.append(tie)
                    if up < down or (up == down and (tie in flips) == downward):
                        continue
                owners[(rows[i].index, c)] = rows[below[0]].index
    return owners, ties



def lost_child_from_twins(schemes: list, trace) -> None:
    """A group label's row that also carries a child's text, the child's name lost, gets that child
    back, named by the same text under the same group in another scheme of the document.

    OCR loses a child's name cell on the group's first row (`内务管理 (10分) | ␣ | 按时上下班…`): the
    text then reads as the group's own, though the group has children of its own and states no
    text elsewhere. When the other schemes print that text under the same group as one child
    (`考勤管理 (3分)`), that child is restored with the row's text, rules, method and assessor,
    and the twin's points where they still fit within the group's points."""
    for k, scheme in enumerate(schemes):
        for g in list(scheme.items):
            n = len(g.path)
            kids = [i for i in scheme.items if len(i.path) == n + 1 and i.path[:n] == g.path]
            text = label_key(g.task or "")
            if not kids or not text:
                continue
            twins = [t for j, other in enumerate(schemes) if j != k for t in other.items
                     if len(t.path) == n + 1 and t.path[:n] == g.path and label_key(t.task or "") == text]
            names = {t.path[-1] for t in twins}
            if len(names) != 1:
                continue
            twin = twins[0]
            name = label_key(twin.path[-1])
            same = [i for i in kids if name and (name in label_key(i.path[-1]) or label_key(i.path[-1]) in name)]
            if same:  # the child is there (its name printed in part): the text is its own
                if len(same) > 1:
                    continue
                _merge_into(same[0], g, before=True)
                continue
            stated = sum(i.points for i in kids if i.points is not None)
            points = twin.points
            if points is not None and (g.points is None or stated + points > g.points + 1e-6):
                points = None
            child = type(g)(path=[*g.path, twin.path[-1]], points=points, method=g.method, assessor=g.assessor,
                            task=g.task, criteria=g.criteria, source=g.source, rules=g.rules)
            g.task = g.criteria = g.method = g.assessor = None
            g.rules = []
            scheme.items.insert(scheme.items.index(g) + 1, child)
            record_repairs(scheme, [("name_named", "", twin.path[-1])], scheme.name, trace)


def methods_from_neighbours(schemes: list, trace) -> None:
    """An item whose rows printed neither method nor assessor takes both from the nearest item of
    the same group on the same page that printed them.

    Why: a method or assessor cell merged over a block of rows is printed by OCR once, in the middle
    of the block (`扣分法 | 人事科` on the second of four rows); the rows around it print nothing
    there. The nearest row of the same group and page table stands for the merged cell (a tie goes
    to the row above)."""
    for scheme in schemes:
        paths = [tuple(i.path) for i in scheme.items]
        leaves = [i for i in scheme.items
                  if i.source is not None and not any(len(p) > len(i.path) and p[:len(i.path)] == tuple(i.path)
                                                      for p in paths)]
        groups: dict[tuple, list] = {}
        for item in leaves:
            groups.setdefault((tuple(item.path[:-1]), item.source.table), []).append(item)
        for members in groups.values():
            donors = [i for i in members if i.method or i.assessor]
            for item in members:
                if item.method or item.assessor or not donors:
                    continue
                best = min(donors, key=lambda d: (abs((d.source.row or 0) - (item.source.row or 0)),
                                                  d.source.row or 0))
                item.method, item.assessor = best.method, best.assessor
                trace.add("repairs", scheme.name, "method_from_neighbour",
                          f"“{item.path[-1]}” 的评价方法、考核单位取自同组相邻行 “{best.path[-1]}”")


def _merge_into(kept, other, before: bool = False) -> None:
    """`other`'s text, rules, method and assessor become `kept`'s (its text first when `before`)."""
    def joined(a, b):
        parts = [b, a] if before else [a, b]
        return "\n".join(p for p in parts if p) or None

    kept.task, kept.criteria = joined(kept.task, other.task), joined(kept.criteria, other.criteria)
    kept.rules = [*other.rules, *kept.rules] if before else [*kept.rules, *other.rules]
    kept.method, kept.assessor = kept.method or other.method, kept.assessor or other.assessor
    other.task = other.criteria = other.method = other.assessor = None
    other.rules = []


def join_label_pieces(scheme, trace) -> None:
    """Two neighbouring leaves of one group, one named by a piece of the other's name and at most one
    stating points, are one item cut by a page break (`(值班` renamed from its twins, then
    `(值班 管理)` heading the next page; `(值班` then `考勤工作 (值班 管理) (4分)`): the text and rules of
    both go to the item with the fuller name, in the order printed."""
    items = scheme.items
    k = 0
    while k + 1 < len(items):
        a, b = items[k], items[k + 1]
        n = len(a.path)
        ka, kb = label_key(a.path[-1]), label_key(b.path[-1])
        short, long_ = sorted((ka, kb), key=len)
        if (len(b.path) != n or a.path[:-1] != b.path[:-1] or len(short) < 2 or short == long_
                or short not in long_ or (a.points is not None and b.points is not None)
                or any(len(i.path) > n and i.path[:n] in (a.path, b.path) for i in items)):
            k += 1
            continue
        kept, gone = (a, b) if len(ka) >= len(kb) else (b, a)
        _merge_into(kept, gone, before=gone is a)
        kept.points = kept.points if kept.points is not None else gone.points
        items.remove(gone)
        # a name repaired into the piece now reads as the whole: the repair says so
        scheme.repairs = [type(r)(kind=r.kind, before=r.before, after=kept.path[-1])
                          if r.after == gone.path[-1] else r for r in scheme.repairs]
        record_repairs(scheme, [("name_joined", gone.path[-1], kept.path[-1])], scheme.name, trace)
