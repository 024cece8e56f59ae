"""What changed between two schemes: `compare_schemes(a, b) -> Comparison`.

Why a flat list of changes: each change is one fact a reviewer checks (an item renamed, a
rule's amount changed …), with the record it came from on both sides, so every number can be
traced to the source text. A matched item that is renamed and re-pointed yields two changes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from rubrics.compare.match import SchemeMatch, match_schemes
from rubrics.compare.text import norm, skeleton
from rubrics.extracted.models import DocumentInfo, Item, Rule, Scheme, Source

# Every kind of change, in the order a report lists them (English names; the label people read
# comes from the message catalogue, `kind.<code>` in rubrics/messages.py).
CHANGE_KINDS: dict[str, str] = {
    "scale_changed": "scale changed",
    "total_changed": "total changed",
    "item_added": "item added",
    "item_dropped": "item dropped",
    "renamed": "renamed",
    "moved": "moved",
    "repointed": "re-pointed",
    "reweighted": "re-weighted",
    "method_changed": "method changed",
    "assessor_changed": "assessor changed",
    "text_changed": "task/criteria changed",
    "rule_added": "rule added",
    "rule_dropped": "rule dropped",
    "rule_changed": "rule changed",
}

# The fields of a rule compared once two rules are matched, and the aspect they belong to (the
# words a report shows come from the catalogue, `field.<name>`).
RULE_FIELDS: dict[str, str] = {
    "kind": "kind",
    "amount": "amount",
    "amount_max": "range",
    "per": "unit",
    "label": "grade",
    "below": "grade",
    "at_least": "grade",
    "quota_pct": "grade",
    "condition": "condition",
}


@dataclass
class Ref:
    """One side of a change: which record, where it sits, and where it came from in the file."""

    item: str | None = None
    rule: str | None = None
    path: list[str] = field(default_factory=list)
    text: str | None = None
    source: dict | None = None

    @classmethod
    def of_item(cls, item: Item) -> Ref:
        return cls(item=item.id, path=list(item.path), text=item.name, source=_source(item.source))

    @classmethod
    def of_rule(cls, rule: Rule, path: list[str]) -> Ref:
        return cls(item=rule.item, rule=rule.id, path=list(path), text=rule.text, source=_source(rule.source))


@dataclass
class Change:
    kind: str
    path: list[str]
    field: str | None = None
    before: Any = None
    after: Any = None
    a: Ref | None = None
    b: Ref | None = None
    confidence: float | None = None

    def key(self) -> tuple:
        """What the change is about, without ids: for tests and for de-duplicating reports."""
        return (self.kind, tuple(self.path), self.field, _hashable(self.before), _hashable(self.after))


@dataclass
class SchemeSide:
    id: str
    name: str
    document: dict
    total: float | None
    top_sum: float | None
    n_items: int
    n_rules: int


@dataclass
class Comparison:
    a: SchemeSide
    b: SchemeSide
    changes: list[Change]
    matched_items: int
    matched_rules: int
    low_confidence: list[dict]

    def counts(self) -> dict[str, int]:
        out = {k: 0 for k in CHANGE_KINDS}
        for change in self.changes:
            out[change.kind] += 1
        return {k: v for k, v in out.items() if v}

    def to_dict(self) -> dict:
        return {
            "a": asdict(self.a),
            "b": asdict(self.b),
            "counts": self.counts(),
            "matched_items": self.matched_items,
            "matched_rules": self.matched_rules,
            "low_confidence": self.low_confidence,
            "changes": [asdict(c) for c in self.changes],
        }


def _hashable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _source(source: Source | None) -> dict | None:
    return source.model_dump(exclude_none=True, exclude_defaults=True) if source else None


def _top_sum(scheme: Scheme) -> float | None:
    tops = [i.points for i in scheme.items if i.parent is None and i.points is not None]
    return sum(tops) if tops else None


def _side(scheme: Scheme, doc: DocumentInfo | None) -> SchemeSide:
    return SchemeSide(
        id=scheme.id,
        name=scheme.name,
        document=(doc.model_dump(include={"id", "source", "title", "org", "year", "scale"}) if doc else {}),
        total=scheme.total,
        top_sum=_top_sum(scheme),
        n_items=len(scheme.items),
        n_rules=len(scheme.rules),
    )


def _differs(x: Any, y: Any) -> bool:
    if isinstance(x, float | int) and isinstance(y, float | int):
        return abs(x - y) > 1e-9
    return x != y


# Item fields compared on a matched pair: (field, change kind, how to compare).
_ITEM_FIELDS = (
    ("points", "repointed"),
    ("weight_pct", "reweighted"),
    ("method", "method_changed"),
    ("assessor", "assessor_changed"),
    ("task", "text_changed"),
    ("criteria", "text_changed"),
)


def _item_changes(match, a_to_b: dict[str, str]) -> list[Change]:
    a, b = match.a, match.b
    ra, rb = Ref.of_item(a), Ref.of_item(b)
    out = []

    def add(kind, field_, before, after):
        out.append(Change(kind, list(b.path), field_, before, after, ra, rb, match.confidence))

    if norm(a.name) != norm(b.name):
        add("renamed", "name", a.name, b.name)
    same_parent = (a.parent is None and b.parent is None) or (a.parent is not None and a_to_b.get(a.parent) == b.parent)
    if not same_parent:
        add("moved", "parent", list(a.path[:-1]), list(b.path[:-1]))
    for name, kind in _ITEM_FIELDS:
        before, after = getattr(a, name), getattr(b, name)
        if name in ("method", "assessor", "task", "criteria"):
            if norm(before) != norm(after):
                add(kind, name, before, after)
        elif _differs(before, after):
            add(kind, name, before, after)
    return out


def _rule_changes(match, a_path: list[str], b_path: list[str]) -> list[Change]:
    a, b = match.a, match.b
    ra, rb = Ref.of_rule(a, a_path), Ref.of_rule(b, b_path)
    out = []
    for name in RULE_FIELDS:
        if name == "condition":
            continue
        before, after = getattr(a, name), getattr(b, name)
        if _differs(before, after):
            out.append(Change("rule_changed", list(b_path), name, before, after, ra, rb, match.confidence))
    if skeleton(a.condition or a.text) != skeleton(b.condition or b.text):
        out.append(Change("rule_changed", list(b_path), "condition", a.condition or a.text,
                          b.condition or b.text, ra, rb, match.confidence))
    return out


def compare_schemes(
    a: Scheme, b: Scheme, a_doc: DocumentInfo | None = None, b_doc: DocumentInfo | None = None,
    matched: SchemeMatch | None = None,
) -> Comparison:
    """Every change from scheme `a` (e.g. last year) to scheme `b` (this year), with sources."""
    m = matched or match_schemes(a, b)
    a_to_b = m.a_to_b()
    a_items = {i.id: i for i in a.items}
    b_items = {i.id: i for i in b.items}
    changes: list[Change] = []
    a_scale, b_scale = (a_doc.scale if a_doc else None), (b_doc.scale if b_doc else None)
    if _differs(a_scale, b_scale):
        changes.append(Change("scale_changed", [], "scale", a_scale, b_scale))
    if _differs(a.total, b.total):
        changes.append(Change("total_changed", [], "total", a.total, b.total))
    for item in m.b_only_items:
        changes.append(Change("item_added", list(item.path), "item", None, item.name, None, Ref.of_item(item)))
    for item in m.a_only_items:
        changes.append(Change("item_dropped", list(item.path), "item", item.name, None, Ref.of_item(item), None))
    for match in m.items:
        changes.extend(_item_changes(match, a_to_b))

    def path_of(items: dict[str, Item], rule: Rule) -> list[str]:
        return list(items[rule.item].path) if rule.item in items else []

    matched_a_items = set(a_to_b)
    matched_b_items = set(a_to_b.values())
    # Rules of an added or dropped item go with it (the item change says so); only rules of
    # matched items, or of the whole scheme, are reported on their own.
    for rule in m.b_only_rules:
        if rule.item is None or rule.item in matched_b_items:
            path = path_of(b_items, rule)
            changes.append(Change("rule_added", path, rule.kind, None, rule.text, None, Ref.of_rule(rule, path)))
    for rule in m.a_only_rules:
        if rule.item is None or rule.item in matched_a_items:
            path = path_of(a_items, rule)
            changes.append(Change("rule_dropped", path, rule.kind, rule.text, None, Ref.of_rule(rule, path), None))
    for match in m.rules:
        changes.extend(_rule_changes(match, path_of(a_items, match.a), path_of(b_items, match.b)))

    order = list(CHANGE_KINDS)
    changes.sort(key=lambda c: order.index(c.kind))
    low = [
        {"a": x.a.name, "b": x.b.name, "a_path": x.a.path, "b_path": x.b.path, "confidence": x.confidence}
        for x in m.items if x.confidence < 0.8
    ]
    return Comparison(_side(a, a_doc), _side(b, b_doc), changes, len(m.items), len(m.rules), low)
