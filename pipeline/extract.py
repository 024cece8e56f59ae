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

import hashlib
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
from rubrics.pipeline.draft import ItemDraft, RuleDraft, SchemeDraft

EPS = 1e-6


def extract(doc: Document, settings=None, trace=None) -> Rubric:
    """The rubric of one parsed document; `trace` (pipeline.reader.trace.Trace) collects why."""
    try:
        return _extract(doc, settings, trace)
    except TimeoutError:  # a pattern's timeout on pathological text: one clear error, not a traceback
        raise ExtractionError(f"{doc.path}: the text defeats the extraction patterns (a pattern timed out)") from None


def _extract(doc: Document, settings=None, trace=None) -> Rubric:
    from rubrics.pipeline import fields, furniture, outline
    from rubrics.pipeline.reader import schemes as reader
    from rubrics.pipeline.reader.settings import DEFAULT

    body, repairs = furniture.strip_document(doc)
    table_schemes = reader.table_schemes(body, settings or DEFAULT, trace)
    prose_schemes = outline.prose_schemes(body, has_tables=bool(table_schemes))
    schemes = combine(prose_schemes, table_schemes)
    info = fields.document_fields(body, schemes)
    info.id = doc.sha256
    info.source = doc.name
    info.format = doc.format
    return build_rubric(info, schemes, repairs=repairs)


def combine(prose: list[SchemeDraft], tabled: list[SchemeDraft]) -> list[SchemeDraft]:
    """Table schemes win where a document has both; prose adds scheme-wide rules to them.

    Why: a notice with an attached scoring table states its items in the table; the prose around
    it (一票否决, grades, caps on bonuses) applies to the whole scheme.
    """
    if not tabled:
        return prose
    if not prose:
        return tabled
    # the prose tree is dropped only when the tables carry items with points of their own
    if any(i.points is not None for s in tabled for i in s.items):
        scheme_rules = [r for s in prose for r in s.rules]
        if scheme_rules and len(tabled) == 1:
            tabled[0].rules.extend(scheme_rules)
        return tabled
    return prose


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
