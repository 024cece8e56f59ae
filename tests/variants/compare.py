"""The tree a variant was made from against the rubric the pipeline read: pass, or the first reasons why not.

What must hold, per scheme: the same number of schemes, each named as the document names it (where it
does); exactly the same item paths; the points the layout states (a parent whose points the layout does
not write may come back empty or as its children's sum, never as another number); weights where stated;
and the rules as a multiset of (item path, kind, amount). Names are compared after folding traditional
characters and dropping spaces; numbering and `（N分）` suffixes must be gone from names.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import opencc

from .generator import SchemeSpec, Variant

_T2S = opencc.OpenCC("tw2s")


def fold(text: str | None) -> str:
    """Traditional → simplified, no whitespace: how names are compared."""
    return re.sub(r"\s+", "", _T2S.convert(text or ""))


def _name_ok(expected: str, got: str) -> bool:
    """The scheme carries the document's name: equal, or one inside the other (附件1 …, a caption read as its
    unit `某街道` of `某街道2024年度…标准`), as the shared scorer pairs scheme names."""
    e, g = fold(expected), fold(got)
    return bool(g) and (e == g or e in g or (len(g) >= 2 and g in e))


# which check a reason belongs to, by its first word (after a `[scheme] ` tag)
CHECKS = {"schemes": ("scheme",), "items": ("missing", "extra"), "points": ("points",),
          "weights": ("weight",), "rules": ("rules",)}


def failed_checks(reasons: list[str]) -> set[str]:
    """The checks the reasons say failed; an error of the pipeline fails them all."""
    out: set[str] = set()
    for reason in reasons:
        text = reason.split("] ", 1)[-1]
        if text.startswith("error"):
            return set(CHECKS)
        out |= {name for name, heads in CHECKS.items() if text.startswith(heads)}
    return out


@dataclass
class Outcome:
    ok: bool
    reasons: list[str] = field(default_factory=list)


def _num(x) -> float | None:
    return None if x is None else round(float(x), 4)


def _scheme_reasons(spec: SchemeSpec, got, tag: str) -> list[str]:
    reasons: list[str] = []
    by_id = {i.id: i for i in got.items}
    got_items = {tuple(fold(p) for p in i.path): i for i in got.items}
    want = {tuple(fold(p) for p in path): node for path, node in spec.walk()}
    missing = [p for p in want if p not in got_items]
    extra = [p for p in got_items if p not in want]
    if missing:
        reasons.append(f"{tag}missing {len(missing)} items, e.g. {'/'.join(missing[0])}")
    if extra:
        reasons.append(f"{tag}extra {len(extra)} items, e.g. {'/'.join(extra[0])}")
    for path, node in want.items():
        item = got_items.get(path)
        if item is None:
            continue
        pts = _num(item.points)
        if node.points_stated and pts != _num(node.points):
            reasons.append(f"{tag}points {'/'.join(path)}: {pts} ≠ {_num(node.points)}")
        elif not node.points_stated and pts not in (None, _num(node.points)):
            reasons.append(f"{tag}points {'/'.join(path)}: {pts}, not stated (sum {_num(node.points)})")
        if node.weight is not None and _num(item.weight_pct) != _num(node.weight):
            reasons.append(f"{tag}weight {'/'.join(path)}: {item.weight_pct} ≠ {_num(node.weight)}")
    want_rules = Counter((path, r.kind, _num(r.amount)) for path, node in want.items() for r in node.rules)
    got_rules = Counter()
    for r in got.rules:
        owner = by_id.get(r.item)
        path = tuple(fold(p) for p in owner.path) if owner else ()
        got_rules[(path, r.kind, _num(r.amount))] += 1
    lost, added = want_rules - got_rules, got_rules - want_rules
    if lost:
        (path, kind, amount), _ = next(iter(lost.items()))
        reasons.append(f"{tag}rules missing {sum(lost.values())}, e.g. {kind} {amount} on {'/'.join(path) or '-'}")
    if added:
        (path, kind, amount), _ = next(iter(added.items()))
        reasons.append(f"{tag}rules extra {sum(added.values())}, e.g. {kind} {amount} on {'/'.join(path) or '-'}")
    return reasons


class _Empty:
    """A scheme that was not read: every item and rule of the made one is missing."""

    name = ""
    items: list = []
    rules: list = []


_EMPTY = _Empty()


def compare(variant: Variant, rubric) -> Outcome:
    """Pass/fail of one variant with its reasons (at most MAX_REASONS)."""
    specs, got = variant.schemes, list(rubric.schemes)
    reasons: list[str] = []
    if len(got) != len(specs):
        reasons.append(f"schemes: {len(got)} read ({', '.join(s.name for s in got)[:80]}), {len(specs)} made")
    pairs = []
    if len(specs) == 1 and got:  # one made: compare with the largest read, to say more than the count
        pairs = [(specs[0], max(got, key=lambda s: len(s.items)))]
    else:
        free, unmatched = list(got), []
        for spec in specs:
            match = next((g for g in free if spec.name and _name_ok(spec.name, g.name)), None)
            if match is None:
                unmatched.append(spec)
                continue
            free.remove(match)
            pairs.append((spec, match))
        for spec in unmatched:  # named wrong or not read: still compare the content, in order
            if got:
                reasons.append(f"scheme {spec.name!r} not found by name")
            pairs.append((spec, free.pop(0) if free else _EMPTY))
    if not got and len(specs) == 1:
        pairs = [(specs[0], _EMPTY)]
    for spec, scheme in pairs:
        tag = f"[{spec.name}] " if len(specs) > 1 else ""
        if spec.name and not _name_ok(spec.name, scheme.name):
            reasons.append(f"{tag}scheme name {scheme.name!r} ≠ {spec.name!r}")
        reasons += _scheme_reasons(spec, scheme, tag)
    return Outcome(ok=not reasons, reasons=reasons)
