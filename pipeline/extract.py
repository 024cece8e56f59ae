"""From a Document to a Rubric: run the stages, then assign ids, parents and the reader's checks.

Stages (each knows nothing of file formats; they read the Document's blocks):
  normalize   → furniture dropped, text repaired (pipeline.normalize, pipeline.furniture)
  outline     → schemes from numbered prose (pipeline.outline)
  tables      → schemes from scoring tables (pipeline.tables)
  rules       → rule statements inside item text (pipeline.rules, used by both)
  fields      → title, org, year, scale (pipeline.fields)
This module only combines what they return and checks it; it never invents a number.
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections.abc import Iterable

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
from rubrics.pipeline.draft import ItemDraft, RuleDraft, SchemeDraft  # noqa: F401

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
    table_schemes = choose_table_reading(body, settings or DEFAULT, trace)
    prose_schemes = outline.prose_schemes(body, has_tables=bool(table_schemes))
    schemes = combine(prose_schemes, table_schemes)
    info = fields.document_fields(body, schemes)
    info.id = doc.sha256
    info.source = doc.name
    info.format = doc.format
    settle_kinds(schemes, info.scale)
    return build_rubric(info, schemes, repairs=repairs)


def settle_kinds(schemes: list[SchemeDraft], scale: float | None) -> None:
    """Award or bonus by what the points do, for prose and tables alike (see
    `reader.schemes.settle_award_or_bonus`); a scheme whose top items add up to its total is closed."""
    from rubrics.pipeline.reader.schemes import settle_award_or_bonus

    for scheme in schemes:
        tops = [i.points for i in scheme.items if len(i.path) == 1]
        total = scheme.total if scheme.total is not None else scale
        closed = (total is not None and bool(tops) and all(p is not None for p in tops)
                  and abs(sum(tops) - total) <= EPS)
        for item in scheme.items:
            settle_award_or_bonus(item.rules, item.points, closed)


def choose_table_reading(body: Document, settings, trace) -> list[SchemeDraft]:
    """The general reader's schemes, or the layout reader's where the document's arithmetic and names
    prefer it (tables OCR'd into text, labels cut across rows and headers repeated with other splits).

    Both are readings of the same grids; `plausibility` scores each the same way.
    """
    from rubrics.pipeline import tables as layout
    from rubrics.pipeline.reader import schemes as reader

    general = reader.table_schemes(body, settings, trace)
    try:
        legacy = layout.table_schemes(body)
    except Exception:  # noqa: BLE001 — the layout reader is a second opinion, never a reason to fail
        legacy = []
    a, b = plausibility(general, settings), plausibility(legacy, settings)
    if trace is not None:
        trace.add("document", "表格读法", "plausibility", f"通用读法 {a:.1f}，版式读法 {b:.1f}",
                  "选定" + ("版式读法" if b > a else "通用读法"))
    return legacy if b > a else general


def plausibility(schemes: list[SchemeDraft], settings) -> float:
    """Per item: names that read as names, points stated, sums that hold, no header word read as an item.

    Averages, not totals, so a reading cannot win by producing more items.
    """
    from rubrics.pipeline.reader import features as F
    from rubrics.pipeline.reader.roles import header_key, header_role

    items = [i for s in schemes for i in s.items]
    if not items:
        return float("-inf")
    names = sum(F.label_likeness(i.path[-1], settings.label_max_chars, settings.sentence_min_chars) for i in items)
    header_words = sum(1 for i in items if len(header_key(i.path[-1])) <= 4 and header_role(i.path[-1])[0])
    joined = sum(1 for i in items if INNER_MARKER.search(i.path[-1]))
    pointed = sum(1 for i in items if i.points is not None or i.weight_pct is not None)
    ok = bad = 0
    for scheme in schemes:
        kids: dict[tuple, list[ItemDraft]] = {}
        for item in scheme.items:
            kids.setdefault(tuple(item.path[:-1]), []).append(item)
        for item in scheme.items:
            children = kids.get(tuple(item.path), [])
            if item.points is not None and children and all(c.points is not None for c in children):
                if abs(sum(c.points for c in children) - item.points) <= EPS:
                    ok += 1
                else:
                    bad += 1
    n = len(items)
    sums = (ok - bad) / max(1, ok + bad)
    rules = sum(len(i.rules) for i in items) + sum(len(s.rules) for s in schemes)
    return names / n - 3 * (header_words + joined) / n + pointed / n + 2 * sums + min(1.0, rules / n)


# A numbering marker inside a name (`考勤建设1.资产台账`): two labels read as one.
INNER_MARKER = re.compile(r"[\u4e00-\u9fff]\s*(?:\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,2}[)）])\s*[\u4e00-\u9fff]")


def combine(prose: list[SchemeDraft], tabled: list[SchemeDraft]) -> list[SchemeDraft]:
    """Tables and prose together: table schemes keep their items; the prose's scheme-wide rules (一票否决,
    grades, caps on bonuses) go to every table scheme; a prose scheme that no table restates (its items
    overlap none of a table scheme's) stays a scheme of its own.
    """
    if not tabled:
        return prose
    if not prose:
        return tabled
    if not any(i.points is not None or i.weight_pct is not None or i.rules for s in tabled for i in s.items):
        return prose
    scheme_rules = [r for s in prose for r in s.rules]
    for scheme in tabled:
        have = {(r.kind, r.amount, r.text) for r in scheme.rules}
        scheme.rules.extend(copy.copy(r) for r in scheme_rules if (r.kind, r.amount, r.text) not in have)
    table_names = [{_key(i.path[-1]) for i in s.items} for s in tabled]
    extra = []
    for scheme in prose:
        names = {_key(i.path[-1]) for i in scheme.items}
        pointed = sum(1 for i in scheme.items if i.points is not None)
        overlap = max((len(names & t) / len(names) for t in table_names if names), default=0.0)
        if names and pointed >= MIN_OWN_PROSE_POINTED and overlap < MAX_PROSE_OVERLAP:
            scheme.rules = []  # its scheme-wide rules were given to the tables above
            extra.append(scheme)
    return tabled + extra


# A prose scheme sharing less than this share of its item names with every table scheme is a scheme
# of its own; it needs this many pointed items to be one.
MAX_PROSE_OVERLAP = 0.3
MIN_OWN_PROSE_POINTED = 2


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
            warnings.append(Warning(code="duplicate_item", message=f"item {'/'.join(key)} appears twice"))
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

    Each mismatch becomes a warning on the scheme; nothing is changed.
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
                        message=f"children of {item.name} add up to {total:g}, the item states {item.points:g}",
                        item=item.id,
                    )
                )
            elif total - item.points > EPS:
                scheme.warnings.append(
                    Warning(
                        code="points_exceed_parent",
                        message=f"children of {item.name} add up to {total:g}, more than its {item.points:g}",
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
                        message=f"top categories add up to {total:g}, the document's scale is {scale:g}",
                    )
                )
