"""Repairs for tables recognised from a scan (OCR), run only when the document reads as OCR'd.

Why apart: OCR breaks what the page printed whole — a name into pieces with the characters at
each break repeated (`安全管 管理`), one spelling misread in one copy of a table the document prints
again for another unit (`安仝官埋` where the other copies print 安全管理), a merged cell's text
centred in its block. Born-digital tables never need these repairs and could be harmed by them, so
`extract.choose_table_reading` decides once per document (`extract.ocr_traits`) and sets
`View.ocr`; every step here is a no-op otherwise. Each repair is recorded (`Repair`) and traced.
"""

from __future__ import annotations

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
    that says what was printed, as the layout reader did (`name_repaired`)."""
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
