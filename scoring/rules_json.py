"""Rules out for other scorers: a self-contained JSON document of a scheme's rules and how we read them.

Why more than the rubric JSON: another scoring system needs, besides each rule, what the facts
must give for it (a count, a chosen amount, points), what each cap bounds, what each veto does,
the grade ladder and each item's max and owner. All of it comes from the same Plan the scorer uses,
so both apply the rules the same way. Schema: extracted/rules.schema.json.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from rubrics.extracted.models import Rubric, Scheme
from rubrics.scoring.grades import ladder
from rubrics.scoring.plan import COUNTED_KINDS, Plan, build_plan

RULES_FORMAT = "rubrics-rules/1"

SEMANTICS = [
    "deduct: count × amount per `per` (per null: charged once, count 0 or 1); a range (amount..amount_max) "
    "takes the amount chosen in the facts; amount null (酌情) takes the points given",
    "award: earned within the item: an item with only award rules starts at 0 and never exceeds its max",
    "bonus: added beyond the item's max (or to the total when item is null)",
    "an item with deduct rules starts at its max; an item with no counted rules is judged: the facts give its score",
    "cap with amount: bounds the sum of the rules of kind `cap.bounds` in its scope; cap without amount (扣完为止): "
    "the item (or total) does not go below 0",
    "items without points of their own (`owner` ≠ id) count their rules within their owner's residual points",
    "veto: applies when the facts say it happened; `veto` gives the consequence read from its text",
    "grades: `below`/`at_least` thresholds; `quota_pct` seats = floor(units × cumulative share), last takes the "
    "rest; ties across a boundary take the lower grade; the lower of quota and threshold grades wins",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CapInfo(_Model):
    bounds: str | None = Field(description="deduct, award or bonus; 'floor' for 扣完为止; null when unclear (not applied)")
    scope: str = Field(description="item, each_item (every item of the scheme separately) or scheme")


class VetoInfo(_Model):
    downgrade: int | None = Field(None, description="grades moved down (下调一个等次 → 1)")
    label: str | None = Field(None, description="grade the unit is given (定为不合格)")
    zero: bool = Field(False, description="the score (item's, or total) is set to 0")
    no_honours: bool = Field(False, description="the unit cannot take the top grade (取消评优资格)")
    stated: bool = Field(True, description="false: no consequence stated; the lowest grade applies")


class RuleOut(_Model):
    id: str
    item: str | None = None
    kind: str
    amount: float | None = None
    amount_max: float | None = None
    per: str | None = None
    label: str | None = None
    below: float | None = None
    at_least: float | None = None
    quota_pct: float | None = None
    condition: str | None = None
    text: str
    facts: str = Field(description="what a facts row gives: count, count_and_amount, points, happened or none")
    cap: CapInfo | None = None
    veto: VetoInfo | None = None


class ItemOut(_Model):
    id: str
    parent: str | None = None
    path: list[str]
    name: str
    points: float | None = None
    weight_pct: float | None = None
    max: float | None = Field(None, description="points, else weight × scale / 100")
    owner: str = Field(description="the item whose points this item's rules count within")
    own_share: float | None = Field(None, description="for owners: max minus the max of nested owners")
    judged: bool = Field(False, description="scored by a score in the facts (no counted rules)")
    default_full: bool = Field(False, description="judged, deduction method: full points when no score is given")
    method: str | None = None
    assessor: str | None = None


class SchemeOut(_Model):
    id: str
    name: str
    total: float | None = None
    scale: float | None = None
    grade_ladder: list[str] = Field(default_factory=list, description="grade labels from best to worst")
    items: list[ItemOut] = Field(default_factory=list)
    rules: list[RuleOut] = Field(default_factory=list)


class DocumentOut(_Model):
    id: str | None = None
    source: str | None = None
    title: str | None = None
    org: str | None = None
    year: int | None = None
    scale: float | None = None


class RulesDocument(_Model):
    """A document's schemes with their rules, read for scoring."""

    format: str = RULES_FORMAT
    document: DocumentOut
    schemes: list[SchemeOut]
    semantics: list[str] = Field(default_factory=lambda: list(SEMANTICS))


def _facts_needed(rule) -> str:
    if rule.kind == "veto":
        return "happened"
    if rule.kind not in COUNTED_KINDS:
        return "none"
    if rule.amount is None:
        return "points"
    if rule.amount_max is not None and rule.amount_max != rule.amount:
        return "count_and_amount"
    return "count"


def scheme_out(plan: Plan) -> SchemeOut:
    caps = {c.rule.id: c for c in plan.caps}
    rules = []
    for rule in plan.scheme.rules:
        out = RuleOut(**rule.model_dump(exclude={"source"}), facts=_facts_needed(rule))
        if rule.id in caps:
            cap = caps[rule.id]
            out.cap = CapInfo(bounds="floor" if cap.floor else cap.target,
                              scope="item" if cap.item else ("each_item" if cap.each_item else "scheme"))
        if rule.id in plan.vetoes:
            v = plan.vetoes[rule.id]
            out.veto = VetoInfo(downgrade=v.downgrade, label=v.label, zero=v.zero, no_honours=v.no_honours,
                                stated=v.stated)
        rules.append(out)
    items = []
    for item_id in plan.order:
        item = plan.items[item_id]
        block = plan.blocks.get(item_id) if plan.is_owner(item_id) else None
        items.append(ItemOut(
            id=item.id, parent=item.parent, path=item.path, name=item.name, points=item.points,
            weight_pct=item.weight_pct, max=_f(plan.max[item_id]), owner=plan.owner_of[item_id],
            own_share=_f(block.max) if block else None, judged=bool(block and block.judged),
            default_full=bool(block and block.default_full), method=item.method, assessor=item.assessor))
    return SchemeOut(id=plan.scheme.id, name=plan.scheme.name, total=plan.scheme.total, scale=_f(plan.scale),
                     grade_ladder=ladder(plan), items=items, rules=rules)


def _f(value):
    return None if value is None else float(value)


def rules_document(rubric: Rubric, scheme: Scheme | None = None) -> RulesDocument:
    """The rules document of one scheme, or of every scheme of the rubric when scheme is None."""
    schemes = [scheme] if scheme is not None else list(rubric.schemes)
    doc = rubric.document
    return RulesDocument(
        document=DocumentOut(id=doc.id, source=doc.source, title=doc.title, org=doc.org, year=doc.year,
                             scale=doc.scale),
        schemes=[scheme_out(build_plan(s, rubric)) for s in schemes],
    )


def write_rules_json(rubric: Rubric, scheme: Scheme | None, path: Path | str) -> RulesDocument:
    """Write the rules document (one scheme, or all when scheme is None) to path ('-' prints it)."""
    document = rules_document(rubric, scheme)
    text = json.dumps(document.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    if str(path) == "-":
        import sys

        sys.stdout.write(text)
    else:
        Path(path).write_text(text, encoding="utf-8")
    return document
