"""From a Document to a Rubric: run the stages, then assign ids, parents and the reader's checks.

Stages (each knows nothing of file formats; they read the Document's blocks):
  normalize   → furniture dropped, text repaired (pipeline.normalize, pipeline.furniture)
  outline     → schemes from numbered prose (pipeline.outline)
  tables      → schemes from scoring tables (pipeline.reader)
  rules       → rule statements inside item text (pipeline.rules, used by both)
  fields      → title, org, year, scale (pipeline.fields)
This module only combines what they return and checks it; it never invents a number.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Iterable

import regex

from rubrics.errors import ExtractionError
from rubrics.extracted.models import (
    DocumentInfo,
    Item,
    Rubric,
    Rule,
    Scheme,
    Warning,
)
from rubrics.parsers.document import Document
from rubrics.pipeline.draft import ItemDraft, RuleDraft, SchemeDraft, add_new_rules
from rubrics.pipeline.normalize import normalize_text

EPS = 1e-6


def extract(doc: Document, settings=None, trace=None) -> Rubric:
    """The rubric of one parsed document; `trace` (pipeline.reader.trace.Trace) collects why."""
    try:
        return _extract(doc, settings, trace)
    except TimeoutError:  # a pattern's timeout on pathological text: one clear error, not a traceback
        raise ExtractionError(f"{doc.path}: the text defeats the extraction patterns (a pattern timed out)") from None


def _extract(doc: Document, settings=None, trace=None) -> Rubric:
    from rubrics.pipeline import fields, furniture, outline
    from rubrics.pipeline.reader.settings import DEFAULT

    body, repairs = furniture.strip_document(doc)
    table_schemes = read_tables(body, settings or DEFAULT, trace)
    prose_schemes = outline.prose_schemes(body, has_tables=bool(table_schemes))
    schemes = combine(prose_schemes, table_schemes, settings or DEFAULT, body=body)
    points_from_prose(table_schemes, body)
    info = fields.document_fields(body, schemes)
    info.id = doc.sha256
    info.source = doc.name
    info.format = doc.format
    settle_kinds(schemes)
    rubric = build_rubric(info, schemes, repairs=repairs)
    if not rubric.schemes and any(b.kind == "table" for b in body.blocks):
        rubric.warnings.append(Warning(code="nothing_read", message="文件中有表格，但未读出任何分值、权重或规则：请人工查看"))
    return rubric


def points_from_prose(tables: list[SchemeDraft], body: Document) -> None:
    """A table item without points whose points the prose states (`考核内容包括学习（60分）、纪律（40分）`)
    takes them, only where the document's own arithmetic agrees: its children's points add up to the
    stated number. Said in a warning naming the sentence, so the number stays traceable."""
    texts = [normalize_text(b.text).text for b in body.blocks if b.kind in ("paragraph", "heading") and b.text]
    if not texts:
        return
    for scheme in tables:
        for item in scheme.items:
            if item.points is not None or not item.path[-1]:
                continue
            children = [i for i in scheme.items if len(i.path) == len(item.path) + 1 and i.path[:-1] == item.path]
            if not children or any(c.points is None for c in children):
                continue
            stated = regex.compile(regex.escape(item.path[-1]) + STATED_POINTS_AFTER_NAME)
            found = {(float(m.group("n")), m.group(0)) for t in texts for m in stated.finditer(t)}
            if len(found) != 1:
                continue  # not stated, or stated twice differently: no reading to choose
            (value, words), = found
            if abs(value - sum(c.points for c in children)) < 1e-6:
                item.points = value
                scheme.warnings.append(("points_from_text", f"“{item.path[-1]}”的分值{value:g}取自正文“{words}”，与表中下级合计一致"))


# Points written right after a name in a sentence: `学习（60分）`, `纪律(40分)`.
STATED_POINTS_AFTER_NAME = r"\s*[(（]\s*(?P<n>\d+(?:\.\d+)?)\s*分\s*[)）]"


def settle_kinds(schemes: list[SchemeDraft]) -> None:
    """Award or bonus by what the points do, for prose and tables alike (see
    `reader.schemes.settle_award_or_bonus`)."""
    from rubrics.pipeline.reader.schemes import ADDITION_CAP, ITEM_ITSELF, settle_award_or_bonus

    for scheme in schemes:
        # a cap on additions stated for the whole scheme (每月加分累计不超过5分): its additions go
        # beyond the items' points, bonuses on every item
        beyond = [r for r in scheme.rules if r.kind == "cap" and ADDITION_CAP.search(r.text or "")
                  and not ITEM_ITSELF.search(r.text or "")]
        for item in scheme.items:
            settle_award_or_bonus(beyond[:1] + item.rules, item.points)


def read_tables(body: Document, settings, trace) -> list[SchemeDraft]:
    """The schemes of the document's tables (`pipeline.reader`), with the OCR repairs
    (`reader/ocr.py`) on documents whose tables read as recognised from a scan (`ocr_traits`:
    `ocr_spaced_share` of at least `ocr_min_cells` cells spaced between Chinese characters, or cells
    marked OCR'd). Decided once per document: born-digital tables never get an OCR repair."""
    from rubrics.pipeline.reader import schemes as reader

    spaced, cells, recognised = ocr_traits(body)
    ocr = recognised or (cells >= settings.ocr_min_cells and spaced / cells >= settings.ocr_spaced_share)
    if trace is not None and cells:
        trace.add("document", "表格读法", "ocr" if ocr else "born_digital", f"字间空格的单元格 {spaced}/{cells}",
                  "表格像识别文字：用OCR修补" if ocr else "表格不像识别文字：不用OCR修补")
    return reader.table_schemes(body, settings, trace, ocr=ocr)


def ocr_traits(body: Document) -> tuple[int, int, bool]:
    """(cells spaced between Chinese characters, cells with text, whether any cell was OCR'd) over the
    tables.

    Text recognised from a scan breaks words with spaces (`保证 目标`, `党风 廉政`); born-digital
    tables almost never do. The OCR repairs (labels centred in their blocks, cut across rows or pages,
    names proven by twin rows) are for the former only: born-digital tables never need them."""
    spaced = cells = 0
    recognised = False
    for block in body.blocks:
        if block.table is None:
            continue
        for cell in block.table.cells:
            recognised = recognised or cell.ocr
            if len(cell.text.strip()) < 2:
                continue
            cells += 1
            spaced += bool(HAN_SPACE_HAN.search(cell.text))
    return spaced, cells, recognised


# Two Chinese characters with a space between: how recognised text breaks words (settings.ocr_spaced_share).
HAN_SPACE_HAN = regex.compile(r"\p{Han}[ \t]+\p{Han}")


def combine(prose: list[SchemeDraft], tabled: list[SchemeDraft], settings=None,
            body: Document | None = None) -> list[SchemeDraft]:
    """Tables and prose merged by item overlap, neither thrown away for the other.

    A prose scheme that a table restates (their item names overlap) and a table scheme are one
    scheme: the one stating more points is kept, and takes the other's weights where it has none.
    A prose scheme no table restates stays a scheme of its own. Every prose scheme's rules outside
    its items (一票否决, grades, caps on bonuses), kept or not, go to every table scheme that is kept;
    so do bonuses and deductions the prose states for the whole (under a heading on them, beside a
    limit on additions, charged to the total, in a closing note right under the tables). A statement
    opening with a table item's name goes to that item; a note right under one of several tables,
    before the next one's title, goes to that table only (`body` gives the positions).
    """
    from rubrics.pipeline.reader.settings import DEFAULT

    settings = settings or DEFAULT
    if not tabled:
        return prose
    if not prose:
        return tabled
    items_scored = any(i.scored for t in tabled for i in t.items)
    dropped_tables: set[int] = set()
    kept_prose: list[SchemeDraft] = []
    for p in prose:
        overlaps = [(_overlap(p.items, t.items, settings.name_alike), k) for k, t in enumerate(tabled)]
        best, k = max(overlaps) if overlaps else (0.0, -1)
        p_points = sum(1 for i in p.items if i.points is not None)
        if best >= settings.min_restated:
            t = tabled[k]
            if p_points > sum(1 for i in t.items if i.points is not None):
                _take_weights(p, t, settings.name_alike)
                dropped_tables.add(k)
                kept_prose.append(p)
            else:
                _take_rules(t, p, settings.name_alike)
            continue
        if p.items and (p_points >= settings.min_own_prose_pointed or not items_scored):
            kept_prose.append(p)
    tables = [t for k, t in enumerate(tabled) if k not in dropped_tables]
    placed = _rules_to_named_items([p for p in prose if not any(p is k for k in kept_prose)], tables,
                                   settings.name_alike)
    # every prose scheme's rules outside its items, kept or not, govern the tables too (`四、加分` of a 办法)
    scheme_rules = [r for p in prose for r in p.rules if r.kind in DOCUMENT_WIDE_KINDS and id(r) not in placed]
    # bonuses under a heading on additions (`四、加分`), stated with their limit or in a closing note after
    # the tables, kept prose or not
    spans = _table_spans(tables, body)
    closing = _after_the_tables(spans)
    bonuses = [r for p in prose for r in p.rules
               if r.kind == "bonus" and (r.stated_for_all or closing(r)) and id(r) not in placed]
    # deductions under a heading on deductions from the whole (prose_patterns.DEDUCT_TOPIC), not restated by the table
    deductions = [r for p in prose if not any(p is k for k in kept_prose) for r in p.rules
                  if r.kind == "deduct" and r.stated_for_all and id(r) not in placed]
    owner = _notes_below_tables(spans, body)
    for scheme in tables:
        # a note printed under every copy of a table is one rule, given once; a note under another
        # table, before the next one's title, is that table's
        add_new_rules(scheme.rules, (r for r in scheme_rules if owner(r) in (None, id(scheme))))
        stated_texts = {_key(r.text) for r in scheme.rules} | {_key(r.text) for i in scheme.items for r in i.rules}
        scheme.rules.extend(copy.copy(r) for r in deductions if _key(r.text) not in stated_texts)
        if not _states_bonuses(scheme):
            bonuses_here = [r for r in bonuses if owner(r) in (None, id(scheme))]
            stated = {(r.amount, r.amount_max, r.per) for r in scheme.rules if r.kind == "award"} | {
                (r.amount, r.amount_max, r.per) for i in scheme.items for r in i.rules if r.kind == "award"}
            scheme.rules.extend(copy.copy(r) for r in bonuses_here if (r.amount, r.amount_max, r.per) not in stated)
    return kept_prose + tables  # prose before its annexed tables, as documents print them


def _notes_below_tables(spans: list[tuple[int, int, int]], body: Document | None):
    """Which table scheme a prose statement belongs to by where it stands: one printed right under a
    table, before the next table and with no heading or title between (`说明：90分以上为A…` under the
    first of two forms), is that table's. Returns a function of a rule: the owner's id, or None where
    position says nothing (before the first table, after the last, or under a new heading)."""
    if len(spans) < 2 or body is None:
        return lambda rule: None
    titles = {b.index for b in body.blocks if b.kind == "heading"
              or (b.kind == "paragraph" and _title_line(b.text or ""))}

    def owner(rule: RuleDraft) -> int | None:
        at = rule.source.block if rule.source is not None else None
        if at is None:
            return None
        above = [s for s in spans if s[1] < at]
        if not above or not any(s[0] > at for s in spans):
            return None
        _, last, scheme_id = max(above, key=lambda s: s[1])
        return None if any(last < k < at for k in titles) else scheme_id

    return owner


def _table_spans(tables: list[SchemeDraft], body: Document | None) -> list[tuple[int, int, int]]:
    """(first block, last block, id) of each table scheme, where its items say which tables they are in."""
    if body is None:
        return []
    block_of = {b.table.index: b.index for b in body.blocks if b.kind == "table" and b.table is not None}
    spans = []
    for scheme in tables:
        blocks = [block_of[i.source.table] for i in scheme.items
                  if i.source is not None and i.source.table in block_of]
        if blocks:
            spans.append((min(blocks), max(blocks), id(scheme)))
    return spans


# A closing note stands within this many blocks (paragraphs) under the last table; text further down
# is a document of its own (a 办法 after its form), not a note on the table.
CLOSING_NOTE_BLOCKS = 8


def _after_the_tables(spans: list[tuple[int, int, int]]):
    """Whether a prose statement stands right after every table: a closing note (`4．获评…的加3分`),
    written for the scheme(s) above it."""
    end = max((s[1] for s in spans), default=None)
    return lambda rule: (end is not None and rule.source is not None and rule.source.block is not None
                         and end < rule.source.block <= end + CLOSING_NOTE_BLOCKS)


def _title_line(text: str) -> bool:
    from rubrics.pipeline.reader.schemes import ANNEX_PREFIX, CAPTION_END

    line = text.strip()
    return 0 < len(line) <= 40 and (bool(CAPTION_END.search(line)) or bool(ANNEX_PREFIX.match(line) and len(line) <= 8))


def _states_bonuses(scheme: SchemeDraft) -> bool:
    """Whether a table states bonuses of its own (a 加分项 row, a 加分 note): then the prose's bonus
    paragraphs are its text again, not rules it lacks. (A prose bonus whose amount the table states
    anywhere is its text again too: a PDF form whose cells were read as prose.)"""
    return any(r.kind == "bonus" for r in scheme.rules) or any(
        r.kind == "bonus" for i in scheme.items for r in i.rules)


def _rules_to_named_items(prose: list[SchemeDraft], tables: list[SchemeDraft], name_alike: int) -> set[int]:
    """A prose statement opening with a table item's name (`1. 任务完成：…得30分`, a 评分说明 under a
    sheet) scores that item: its rules go to the item, in every table naming it. Returns the ids of
    the rules placed, so they are not also given to the whole scheme."""
    placed: set[int] = set()
    for p in prose:
        for rule in p.rules:
            if not rule.topic:
                continue
            named = ItemDraft(path=[rule.topic])
            for table in tables:
                twin = _twin(named, table.items, name_alike)
                if twin is not None:
                    twin.rules.append(copy.copy(rule))
                    placed.add(id(rule))
    return placed


def _names(items: list[ItemDraft]) -> list[str]:
    return [k for k in (_key(i.path[-1]) for i in items) if k]


def _overlap(a: list[ItemDraft], b: list[ItemDraft], name_alike: int) -> float:
    """Share of a's item names that b states too (alike by characters, or one inside the other)."""
    from rapidfuzz import fuzz

    names_a, names_b = _names(a), _names(b)
    if not names_a or not names_b:
        return 0.0
    hits = sum(1 for x in names_a if any(x in y or y in x or fuzz.ratio(x, y) >= name_alike for y in names_b))
    return hits / len(names_a)


def _twin(item: ItemDraft, others: list[ItemDraft], name_alike: int) -> ItemDraft | None:
    """The first of `others` named like `item` (the same key, or alike by rapidfuzz ratio)."""
    from rapidfuzz import fuzz

    x = _key(item.path[-1])
    if not x:
        return None
    return next((o for o in others if (y := _key(o.path[-1])) and (x == y or fuzz.ratio(x, y) >= name_alike)), None)


def _take_rules(keep: SchemeDraft, other: SchemeDraft, name_alike: int) -> None:
    """The restatement dropped keeps nothing of its own: each of its items' rules go to the kept item of
    the same name (an annex table restating a 办法's items with weights, while the 办法 states how each
    is scored). Its points do not: a number the kept reading does not state is not moved into it."""
    for item in keep.items:
        twin = _twin(item, other.items, name_alike)
        if twin is None:
            continue
        add_new_rules(item.rules, twin.rules)


def _take_weights(keep: SchemeDraft, other: SchemeDraft, name_alike: int) -> None:
    for item in keep.items:
        if item.weight_pct is None:
            twin = _twin(item, [o for o in other.items if o.weight_pct is not None], name_alike)
            if twin is not None:
                item.weight_pct = twin.weight_pct


# Rules the prose states once for a whole document (a closing paragraph): they govern every table scheme.
# Deductions and awards outside any item are left where they are (often table text a PDF lost).
DOCUMENT_WIDE_KINDS = {"grade", "cap", "veto"}


def _key(name: str) -> str:
    from rubrics.pipeline.reader import features as F

    return F.norm(name).replace(" ", "")


def _stable_id(*parts: object) -> str:
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return digest[:12]


def build_rubric(info: DocumentInfo, schemes: Iterable[SchemeDraft], repairs=()) -> Rubric:
    """Assign ids and parent links, attach rules, and add the sum checks as warnings."""
    out: list[Scheme] = []
    drafts = list(schemes)
    for s_index, draft in enumerate(drafts):
        scheme_id = _stable_id(info.id, s_index, draft.name)
        items, rules, warnings = _build_items(scheme_id, draft)
        for r_index, rule in enumerate(draft.rules):
            rules.append(_rule(scheme_id, f"s{r_index}", rule, None))
        warnings.extend(Warning(code=c, message=m) for c, m in draft.warnings)
        total = draft.total
        if total is None:
            tops = [i.points for i in items if i.parent is None]
            if tops and all(p is not None for p in tops):
                total = sum(tops)
        out.append(Scheme(id=scheme_id, name=draft.name, total=total, items=items, rules=rules, warnings=warnings))
    rubric = Rubric(document=info, schemes=out)
    rubric.repairs = list(repairs) + [r for draft in drafts for r in draft.repairs]
    check_totals(rubric)
    for scheme in rubric.schemes:
        scheme.needs_review = any(w.code in REVIEW_CODES for w in scheme.warnings)
    return rubric


# Warnings that mean a person should check the scheme before scoring with it.
REVIEW_CODES = {
    "points_mismatch", "points_exceed_parent", "scale_mismatch", "close_call", "untyped_column",
    "shared_points", "unpointed_under_pointed", "duplicate_item",
}


def _build_items(scheme_id: str, draft: SchemeDraft) -> tuple[list[Item], list[Rule], list[Warning]]:
    items: list[Item] = []
    rules: list[Rule] = []
    warnings: list[Warning] = []
    id_of_path: dict[tuple[str, ...], str] = {}
    for index, item in enumerate(draft.items):
        key = tuple(item.path)
        if key in id_of_path:
            warnings.append(Warning(code="duplicate_item", message=f"项目“{'/'.join(key)}”出现两次"))
            key = key + (f"#{index}",)
        item_id = _stable_id(scheme_id, index, *item.path)
        parent = id_of_path.get(tuple(item.path[:-1])) if len(item.path) > 1 else None
        id_of_path[key] = item_id
        items.append(_item(item_id, parent, item))
        for r_index, rule in enumerate(item.rules):
            rules.append(_rule(scheme_id, f"{index}.{r_index}", rule, item_id))
    return items, rules, warnings


def _item(item_id: str, parent: str | None, d: ItemDraft) -> Item:
    return Item(
        id=item_id,
        parent=parent,
        path=list(d.path),
        name=d.path[-1],
        points=d.points,
        weight_pct=d.weight_pct,
        method=d.method,
        assessor=d.assessor,
        task=d.task,
        criteria=d.criteria,
        source=d.source,
    )


def _rule(scheme_id: str, key: str, d: RuleDraft, item_id: str | None) -> Rule:
    return Rule(
        id=_stable_id(scheme_id, "rule", key, d.text),
        item=item_id,
        kind=d.kind,
        amount=d.amount,
        amount_max=d.amount_max,
        per=d.per,
        label=d.label,
        below=d.below,
        at_least=d.at_least,
        quota_pct=d.quota_pct,
        condition=d.condition,
        text=d.text,
        source=d.source,
    )


def check_totals(rubric: Rubric) -> None:
    """A careful reader's sums: children against their parent, top categories against the scale.

    Each mismatch becomes a warning on the scheme (its code stays; its message is Chinese, for the
    people who check it); nothing is changed.
    """
    scale = rubric.document.scale
    for scheme in rubric.schemes:
        children: dict[str | None, list[Item]] = {}
        for item in scheme.items:
            children.setdefault(item.parent, []).append(item)
        for item in scheme.items:
            kids = children.get(item.id, [])
            stated = [k.points for k in kids if k.points is not None]
            if item.points is None or not stated:
                continue
            total = sum(stated)
            if len(stated) == len(kids) and abs(total - item.points) > EPS:
                scheme.warnings.append(
                    Warning(
                        code="points_mismatch",
                        message=f"“{item.name}”的下级分值合计{total:g}分，与其所列{item.points:g}分不符",
                        item=item.id,
                    )
                )
            elif total - item.points > EPS:
                scheme.warnings.append(
                    Warning(
                        code="points_exceed_parent",
                        message=f"“{item.name}”的下级分值合计{total:g}分，超过其所列{item.points:g}分",
                        item=item.id,
                    )
                )
        tops = [i for i in children.get(None, []) if i.points is not None]
        if scale and tops and len(tops) == len(children.get(None, [])):
            total = sum(i.points for i in tops)
            if abs(total - scale) > EPS:
                scheme.warnings.append(
                    Warning(
                        code="scale_mismatch",
                        message=f"一级指标分值合计{total:g}分，与文件的总分制{scale:g}分不符",
                    )
                )
