"""How a scheme is scored, worked out once from the rubric: blocks, bounds, caps, vetoes, grades.

Why a plan: the facts template, the facts validator, the engine and the rules-json export must
agree on which rows need facts and what each number is bounded by. Each of them reads this plan.

Terms (see scoring/README.md):
* an item's **max** is its points, else its weight × the scheme's scale / 100;
* an **owner** is an item with a max, or a top-level item; every other item (no points of its own,
  under an owner) lends its rules to the nearest owner above it;
* an owner's **block** is its own share of points: its max minus the max of the owners nested in
  it (the residual), scored by its rules and those of the items it owns, or, when there are no
  counted rules, by a score given in the facts (**judged**).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from rubrics.extracted.models import Item, Rubric, Rule, Scheme
from rubrics.messages import message
from rubrics.scoring import patterns

COUNTED_KINDS = ("deduct", "award", "bonus")


def dec(value: float | int | str | None) -> Decimal | None:
    """A float as the decimal it was written as (0.1 stays 0.1), so sums are exact."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return value
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value))


def rule_text(rule: Rule) -> str:
    """All the wording a rule carries: its text, its condition and its source text."""
    parts = [rule.text, rule.condition or ""]
    if rule.source is not None and rule.source.text and rule.source.text not in rule.text:
        parts.append(rule.source.text)
    return " ".join(p for p in parts if p)


@dataclass
class CapPlan:
    """A cap rule read: what it bounds (kind), where (item id or None = scheme), how (amount/floor)."""

    rule: Rule
    item: str | None
    amount: Decimal | None
    target: str | None  # award / bonus / deduct; None for a floor (扣完为止) or unknown wording
    each_item: bool = False  # a scheme cap that bounds every item separately (每个单项 …)

    @property
    def floor(self) -> bool:
        return self.amount is None


@dataclass
class VetoPlan:
    """A veto rule and the consequence its wording (or a grade rule naming 一票否决) states."""

    rule: Rule
    downgrade: int | None = None
    label: str | None = None
    zero: bool = False
    no_honours: bool = False
    stated: bool = True  # False: no consequence found; the default (lowest grade) applies

    def describe(self) -> str:
        bits = []
        if self.zero:
            bits.append(message("score.veto.zero"))
        if self.label:
            bits.append(message("score.veto.label", label=self.label))
        if self.downgrade:
            bits.append(message("score.veto.down", n=self.downgrade))
        if self.no_honours:
            bits.append(message("score.veto.no_top"))
        if not self.stated:
            bits.append(message("score.veto.lowest"))
        return message("score.sep").join(bits)


@dataclass
class Block:
    """An owner's own share of points and the rules that score it."""

    owner: str | None  # item id; None for the scheme's own rules
    max: Decimal | None
    rules: list[Rule] = field(default_factory=list)
    members: list[str] = field(default_factory=list)  # owner + the unpointed items it owns
    judged: bool = False
    default_full: bool = False  # judged item of a deduction method: full points without facts

    @property
    def award_only(self) -> bool:
        kinds = {r.kind for r in self.rules}
        return "award" in kinds and "deduct" not in kinds


@dataclass
class Plan:
    rubric: Rubric | None
    scheme: Scheme
    scale: Decimal | None
    scale_note: str | None  # where the scale came from, in words
    items: dict[str, Item]
    order: list[str]  # item ids in document order
    children: dict[str | None, list[str]]
    max: dict[str, Decimal | None]
    max_from: dict[str, str]  # "points" / "weight"
    owner_of: dict[str, str]  # item id → owner id (owners map to themselves)
    blocks: dict[str | None, Block]
    rules: dict[str, Rule]
    caps: list[CapPlan]
    vetoes: dict[str, VetoPlan]
    grade_rules: list[Rule]
    warnings: list[str]
    scale_from: str | None = None  # total | scale | weights (no scale stated: weights as shares of 100)

    def is_owner(self, item_id: str) -> bool:
        return self.owner_of.get(item_id) == item_id

    def subtree(self, item_id: str) -> list[str]:
        out, stack = [], [item_id]
        while stack:
            node = stack.pop()
            out.append(node)
            stack.extend(self.children.get(node, []))
        return out

    def depth(self, item_id: str) -> int:
        depth, node = 0, self.items[item_id].parent
        while node is not None and node in self.items:
            depth += 1
            node = self.items[node].parent
        return depth


def _scale(rubric: Rubric | None, scheme: Scheme, has_weights: bool) -> tuple[Decimal | None, str | None]:
    """The scale and where it came from (`total`, `scale` or `weights`: shares of 100 assumed)."""
    if scheme.total is not None:
        return dec(scheme.total), "total"
    if rubric is not None and rubric.document.scale is not None:
        return dec(rubric.document.scale), "scale"
    if has_weights:
        return Decimal(100), "weights"
    return None, None


def build_plan(scheme: Scheme, rubric: Rubric | None = None) -> Plan:
    """Read a scheme into a Plan; pure, no I/O. `rubric` supplies the document's scale when given."""
    items = {i.id: i for i in scheme.items}
    order = [i.id for i in scheme.items]
    warnings: list[str] = []
    children: dict[str | None, list[str]] = {}
    for item in scheme.items:
        parent = item.parent if item.parent in items else None
        children.setdefault(parent, []).append(item.id)

    has_weights = any(i.weight_pct is not None and i.points is None for i in scheme.items)
    scale, scale_from = _scale(rubric, scheme, has_weights)
    scale_note = message(f"score.scale.{scale_from}") if scale_from else None
    max_: dict[str, Decimal | None] = {}
    max_from: dict[str, str] = {}
    for item in scheme.items:
        if item.points is not None:
            max_[item.id], max_from[item.id] = dec(item.points), "points"
        elif item.weight_pct is not None and scale is not None:
            max_[item.id] = dec(item.weight_pct) * scale / Decimal(100)
            max_from[item.id] = "weight"
        else:
            max_[item.id] = None

    owner_of: dict[str, str] = {}
    for item_id in order:
        node = item_id
        while True:
            parent = items[node].parent if items[node].parent in items else None
            if max_[node] is not None or parent is None:
                break
            node = parent
        owner_of[item_id] = node

    def nested_owners(owner: str) -> list[str]:
        """Owners directly inside `owner` (through items it owns)."""
        out, stack = [], list(children.get(owner, []))
        while stack:
            node = stack.pop(0)
            if owner_of[node] == node:
                out.append(node)
            else:
                stack.extend(children.get(node, []))
        return out

    rules = {r.id: r for r in scheme.rules}
    blocks: dict[str | None, Block] = {None: Block(owner=None, max=None)}
    for item_id in order:
        if owner_of[item_id] != item_id:
            continue
        own_max = max_[item_id]
        if own_max is not None:
            inner = [max_[o] for o in nested_owners(item_id) if max_[o] is not None]
            residual = own_max - sum(inner, Decimal(0))
            if residual < 0:
                warnings.append(
                    message("score.w.parts_exceed", name=items[item_id].name, parts=sum(inner, Decimal(0)),
                            own=own_max)
                )
                residual = Decimal(0)
            own_max = residual
        blocks[item_id] = Block(owner=item_id, max=own_max,
                                members=[m for m in order if owner_of[m] == item_id])

    for rule in scheme.rules:
        if rule.kind not in COUNTED_KINDS:
            continue
        key = owner_of.get(rule.item) if rule.item is not None else None
        if rule.item is not None and rule.item not in items:
            warnings.append(message("score.w.item_missing", rule=rule.id, item=rule.item))
        blocks[key].rules.append(rule)

    for key, block in blocks.items():
        if key is None or block.rules or block.max is None or block.max <= 0:
            continue
        block.judged = True
        method = " ".join(items[m].method or "" for m in [key, *_ancestors(items, key)])
        block.default_full = bool(patterns.METHOD_DEDUCTION.search(method))

    caps = [_cap_plan(r, items, scheme.rules, warnings) for r in scheme.rules if r.kind == "cap"]
    grade_rules = [r for r in scheme.rules if r.kind == "grade"]
    vetoes = {r.id: _veto_plan(r, grade_rules) for r in scheme.rules if r.kind == "veto"}
    return Plan(rubric=rubric, scheme=scheme, scale=scale, scale_note=scale_note, scale_from=scale_from,
                items=items, order=order,
                children=children, max=max_, max_from=max_from, owner_of=owner_of, blocks=blocks,
                rules=rules, caps=caps, vetoes=vetoes, grade_rules=grade_rules, warnings=warnings)


def _ancestors(items: dict[str, Item], item_id: str) -> list[str]:
    out, node = [], items[item_id].parent
    while node is not None and node in items:
        out.append(node)
        node = items[node].parent
    return out


def _cap_plan(rule: Rule, items: dict[str, Item], all_rules: list[Rule], warnings: list[str]) -> CapPlan:
    item = rule.item if rule.item in items else None
    amount = dec(rule.amount)
    text = rule_text(rule)
    plan = CapPlan(rule=rule, item=item, amount=amount, target=None,
                   each_item=item is None and bool(patterns.CAP_EACH_ITEM.search(text)))
    if amount is None:
        return plan
    plan.target = patterns.cap_target(text)
    if plan.target is None:
        scope = [r for r in all_rules if r.kind in COUNTED_KINDS and (item is None or r.item == item)]
        kinds = {r.kind for r in scope}
        if len(kinds) == 1:
            plan.target = kinds.pop()
        else:
            warnings.append(
                message("score.w.cap_unclear", rule=rule.id, text=rule.text)
            )
    return plan


def _veto_plan(rule: Rule, grade_rules: list[Rule]) -> VetoPlan:
    text = rule_text(rule)
    plan = VetoPlan(rule=rule)
    plan.downgrade = patterns.veto_downgrade(text)
    plan.zero = bool(patterns.VETO_ZERO.search(text))
    plan.no_honours = bool(patterns.VETO_NO_HONOURS.search(text))
    labels = [g.label for g in grade_rules if g.label]
    for grade in grade_rules:  # a grade rule that names 一票否决 as its condition
        if grade.label and patterns.VETO_WORDS.search(rule_text(grade)):
            plan.label = grade.label
            break
    if plan.label is None and plan.downgrade is None:
        for label in sorted(set(labels) | set(patterns.FAIL_LABELS), key=len, reverse=True):
            if label in text and (label in labels or label in patterns.FAIL_LABELS):
                plan.label = label
                break
    plan.stated = bool(plan.downgrade or plan.label or plan.zero or plan.no_honours)
    return plan
