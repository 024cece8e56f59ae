"""Pair the items and rules of two schemes: the same item renamed slightly, moved to another
parent or re-pointed is still the same item.

How: items with the same full path are anchored first (cheap, certain); the rest are scored on
name, parent path, points and text, and paired one to one by the Hungarian method. Rules are
paired within each pair of matched items (and among the scheme-wide rules) on kind, condition
text (numbers masked) and amount. Every match carries its score as a confidence 0..1.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rubrics.compare.assign import assign
from rubrics.compare.text import name_similarity, norm, ratio, text_similarity
from rubrics.extracted.models import Item, Rule, Scheme

# How much each signal counts for an item pair; signals absent on both sides are left out and
# the rest re-weighted. The name leads: the same words mean the same task, wherever it moved.
ITEM_WEIGHTS = {"name": 0.55, "path": 0.20, "points": 0.10, "text": 0.15}
# A pair below this overall score is not the same item (an added and a dropped item instead).
ITEM_FLOOR = 0.6
# Names this unlike are a different item, unless the task/criteria text is nearly the same.
NAME_FLOOR = 0.45
TEXT_OVERRIDE = 0.85

# Rules within a matched item: the condition text (numbers masked) leads, kind and amount help.
RULE_WEIGHTS = {"text": 0.6, "kind": 0.25, "amount": 0.15}
RULE_FLOOR = 0.62
# Conditions this unlike are different rules, whatever their kind and amount.
RULE_TEXT_FLOOR = 0.5


@dataclass(frozen=True)
class ItemMatch:
    a: Item
    b: Item
    confidence: float


@dataclass(frozen=True)
class RuleMatch:
    a: Rule
    b: Rule
    confidence: float


@dataclass
class SchemeMatch:
    """The pairing of two schemes: matched items and rules, and what is left on each side."""

    items: list[ItemMatch] = field(default_factory=list)
    rules: list[RuleMatch] = field(default_factory=list)
    a_only_items: list[Item] = field(default_factory=list)
    b_only_items: list[Item] = field(default_factory=list)
    a_only_rules: list[Rule] = field(default_factory=list)
    b_only_rules: list[Rule] = field(default_factory=list)

    def a_to_b(self) -> dict[str, str]:
        return {m.a.id: m.b.id for m in self.items}


def _path_key(item: Item) -> tuple[str, ...]:
    return tuple(norm(p) for p in item.path) or (norm(item.name),)


def _points_similarity(a: float | None, b: float | None) -> float | None:
    if a is None and b is None:
        return None
    if a is None or b is None:
        return 0.5
    if abs(a - b) < 1e-9:
        return 1.0
    return max(0.0, 1.0 - abs(a - b) / max(abs(a), abs(b)))


def item_score(a: Item, b: Item, a_text: str = "", b_text: str = "") -> float:
    """How sure we are that `a` and `b` are the same item, 0..1 (0 when the names forbid it)."""
    name = name_similarity(a.name, b.name)
    text = text_similarity(a_text, b_text) if (a_text or b_text) else None
    if name < NAME_FLOOR and (text is None or text < TEXT_OVERRIDE):
        return 0.0
    signals = {
        "name": name,
        "path": ratio("/".join(a.path[:-1]), "/".join(b.path[:-1])),
        "points": _points_similarity(a.points, b.points),
        "text": text,
    }
    total = sum(ITEM_WEIGHTS[k] for k, v in signals.items() if v is not None)
    return sum(ITEM_WEIGHTS[k] * v for k, v in signals.items() if v is not None) / total


def item_texts(scheme: Scheme) -> dict[str, str]:
    """The text that says what an item asks: its task and criteria, else its rules' texts."""
    by_item: dict[str | None, list[str]] = {}
    for rule in scheme.rules:
        by_item.setdefault(rule.item, []).append(rule.text)
    out = {}
    for item in scheme.items:
        own = " ".join(t for t in (item.task, item.criteria) if t)
        out[item.id] = own or " ".join(by_item.get(item.id, []))
    return out


def match_items(
    a_items: list[Item], b_items: list[Item], a_text: dict[str, str] | None = None, b_text: dict[str, str] | None = None
) -> tuple[list[ItemMatch], list[Item], list[Item]]:
    """One-to-one item pairs with confidences, then the unmatched items of each side (in order)."""
    a_text, b_text = a_text or {}, b_text or {}
    matches: list[ItemMatch] = []
    # 1. anchors: a full path that occurs exactly once on each side is the same item.
    a_keys = Counter(_path_key(i) for i in a_items)
    b_index: dict[tuple[str, ...], list[Item]] = {}
    for item in b_items:
        b_index.setdefault(_path_key(item), []).append(item)
    anchored_a, anchored_b = set(), set()
    for item in a_items:
        key = _path_key(item)
        if a_keys[key] == 1 and len(b_index.get(key, [])) == 1:
            other = b_index[key][0]
            conf = item_score(item, other, a_text.get(item.id, ""), b_text.get(other.id, ""))
            matches.append(ItemMatch(item, other, round(max(conf, 0.95), 3)))
            anchored_a.add(item.id)
            anchored_b.add(other.id)
    # 2. the rest: scored pairs, Hungarian assignment.
    rest_a = [i for i in a_items if i.id not in anchored_a]
    rest_b = [i for i in b_items if i.id not in anchored_b]
    scores = [[item_score(x, y, a_text.get(x.id, ""), b_text.get(y.id, "")) for y in rest_b] for x in rest_a]
    for i, j in assign(scores, ITEM_FLOOR):
        matches.append(ItemMatch(rest_a[i], rest_b[j], round(scores[i][j], 3)))
    matched_a = {m.a.id for m in matches}
    matched_b = {m.b.id for m in matches}
    order = {item.id: n for n, item in enumerate(b_items)}
    matches.sort(key=lambda m: order[m.b.id])
    return (
        matches,
        [i for i in a_items if i.id not in matched_a],
        [i for i in b_items if i.id not in matched_b],
    )


def _same(x: float | None, y: float | None) -> bool:
    return (x is None and y is None) or (x is not None and y is not None and abs(x - y) < 1e-9)


def rule_score(a: Rule, b: Rule) -> float:
    """How sure we are that two rules of the same item are the same rule, 0..1."""
    text = text_similarity(a.condition or a.text, b.condition or b.text)
    if text < RULE_TEXT_FLOOR:
        return 0.0
    kind = 1.0 if a.kind == b.kind else 0.0
    amount = 1.0 if _same(a.amount, b.amount) and _same(a.amount_max, b.amount_max) else 0.0
    return RULE_WEIGHTS["text"] * text + RULE_WEIGHTS["kind"] * kind + RULE_WEIGHTS["amount"] * amount


def match_rules(a_rules: list[Rule], b_rules: list[Rule]) -> tuple[list[RuleMatch], list[Rule], list[Rule]]:
    """One-to-one rule pairs of one item (or of the whole scheme), then each side's leftovers."""
    scores = [[rule_score(x, y) for y in b_rules] for x in a_rules]
    pairs = assign(scores, RULE_FLOOR)
    matches = [RuleMatch(a_rules[i], b_rules[j], round(scores[i][j], 3)) for i, j in pairs]
    used_a = {i for i, _ in pairs}
    used_b = {j for _, j in pairs}
    return (
        matches,
        [r for n, r in enumerate(a_rules) if n not in used_a],
        [r for n, r in enumerate(b_rules) if n not in used_b],
    )


def match_schemes(a: Scheme, b: Scheme) -> SchemeMatch:
    """Items first, then the rules of each matched item pair and the scheme-wide rules."""
    items, a_only, b_only = match_items(a.items, b.items, item_texts(a), item_texts(b))
    out = SchemeMatch(items=items, a_only_items=a_only, b_only_items=b_only)
    a_rules: dict[str | None, list[Rule]] = {}
    b_rules: dict[str | None, list[Rule]] = {}
    for rule in a.rules:
        a_rules.setdefault(rule.item, []).append(rule)
    for rule in b.rules:
        b_rules.setdefault(rule.item, []).append(rule)
    groups = [(None, None)] + [(m.a.id, m.b.id) for m in items]
    for a_id, b_id in groups:
        pairs, left_a, left_b = match_rules(a_rules.get(a_id, []), b_rules.get(b_id, []))
        out.rules.extend(pairs)
        out.a_only_rules.extend(left_a)
        out.b_only_rules.extend(left_b)
    return out
