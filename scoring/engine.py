"""`score(scheme, facts) -> ScoreRun`: every unit's total, breakdown and grade. Pure and deterministic.

Order of work for each unit (scoring/README.md explains each step with an example):
1. each counted rule gives its raw points: count × amount (fixed), the chosen amount × count
   (range), or the points given (no amount, 酌情); deductions negative;
2. caps with an amount shorten those points (innermost item first, then per-item scheme caps,
   then cumulative scheme caps), later rules first, each cut noted on the rule;
3. each block starts from its judged score, or 0 (only award rules), or its max (deduction method);
   adds awards, takes deductions; awards never lift it above its max; it never goes below 0
   (扣完为止, or by default: FLOOR_ITEMS_AT_ZERO), and a note says when a cap or floor applied;
   bonuses come on top;
4. items add up their nested items; the total adds the top items and the scheme's own rules;
5. vetoes and grades are applied across all units (scoring/grades.py).
"""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal

from rubrics.extracted.models import Rubric, Scheme
from rubrics.messages import message
from rubrics.scoring.facts import Facts, UnitFacts, validate
from rubrics.scoring.grades import UnitTotal, assign_grades
from rubrics.scoring.plan import Plan, build_plan, dec
from rubrics.scoring.results import ItemLine, RuleLine, SchemeInfo, ScoreRun, UnitResult

ZERO = Decimal(0)
SIGN = {"deduct": -1, "award": 1, "bonus": 1}

# An item's score stays within 0 and its points: 考核办法 deduct "from the item's points", so a
# unit cannot lose more on an item than the item is worth (扣0.25分/次 × 20 on a 4-point item
# gives 0, not −1), whether or not the document writes 扣完为止. The note on the item says so.
# An item with no points of its own (察访核验扣分) deducts from the total and is not floored.
FLOOR_ITEMS_AT_ZERO = True


def num(value: Decimal | None) -> float | None:
    """A decimal as the float the results carry (exact decimals print as written: 0.14, not 0.14000000001)."""
    if value is None:
        return None
    return float(round(value, 6)) + 0.0  # + 0.0 turns -0.0 into 0.0


def fmt(value: Decimal | None) -> str:
    return "?" if value is None else f"{num(value):g}"


def score(scheme: Scheme, facts: Facts, rubric: Rubric | None = None, *, source: str = "facts",
          facts_sha256: str | None = None) -> ScoreRun:
    """Score every unit in `facts` against `scheme`; raises FactsError (all problems) on bad facts."""
    plan = build_plan(scheme, rubric)
    units = validate(plan, facts, source)
    results, totals = [], []
    bare = []
    for unit in units:
        result, vetoes = score_unit(plan, unit)
        if not unit.rules and not (set(unit.items) - set(unit.defaulted)):
            bare.append(unit.unit)  # nothing entered: the total is the scheme's maximum, unverified
            result.notes.insert(0, message("score.no_facts"))
        results.append(result)
        totals.append(UnitTotal(unit=unit.unit, group=unit.group, total=dec(result.total),
                                given_grade=unit.grade, vetoes=vetoes))
    graded, grading = assign_grades(plan, totals)
    by_name = {r.unit: r for r in results}
    for g in graded:
        result = by_name[g.unit]
        result.grade, result.grade_reason, result.rank = g.grade, g.reason, g.rank
    results.sort(key=lambda r: (r.group or "", r.rank, r.unit))
    doc = rubric.document if rubric is not None else None
    return ScoreRun(
        run_id=_run_id(scheme, units),
        scheme=SchemeInfo(document_id=doc.id if doc else None, document_title=doc.title if doc else None,
                          document_source=doc.source if doc else None, scheme_id=scheme.id,
                          scheme_name=scheme.name),
        scale=num(plan.scale),
        facts_sha256=facts_sha256,
        units=results,
        grading=grading,
        warnings=([message("score.no_facts_units", n=len(bare), units="、".join(bare[:10]))] if bare else [])
        + list(plan.warnings) + ([plan.scale_note] if plan.scale_note and plan.scale_from == "weights" else []),
    )


def _run_id(scheme: Scheme, units: list[UnitFacts]) -> str:
    canonical = sorted(
        [u.unit, u.group, u.grade,
         sorted([k, str(f.count), str(f.amount), str(f.points)] for k, f in u.rules.items()),
         sorted([k, str(v)] for k, v in u.items.items())]
        for u in units
    )
    blob = scheme.model_dump_json() + json.dumps(canonical, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def _rule_lines(plan: Plan, unit: UnitFacts) -> dict[str, tuple[RuleLine, Decimal]]:
    """Raw points of every counted rule (zero where the facts say nothing), keyed by rule id."""
    lines: dict[str, tuple[RuleLine, Decimal]] = {}
    for rule in plan.scheme.rules:
        if rule.kind not in SIGN:
            continue
        fact = unit.rules.get(rule.id)
        per = f" {rule.per}" if rule.per else ""
        count = fact.count if fact else ZERO
        if rule.amount is None:
            points = fact.points if fact and fact.points is not None else ZERO
            amount = None
            formula = message("score.f.given", points=fmt(points)) if points else message("score.f.nothing")
        elif rule.amount_max is not None and rule.amount_max != rule.amount:
            points = fact.points if fact and fact.points is not None else ZERO
            amount = fact.amount if fact and fact.amount is not None else (points / count if count else None)
            formula = message("score.f.range", count=fmt(count), per=per, amount=fmt(amount), lo=f"{rule.amount:g}",
                              hi=f"{rule.amount_max:g}", points=fmt(points)) if count else "0"
        else:
            amount = dec(rule.amount)
            points = count * amount
            formula = f"{fmt(count)}{per} × {fmt(amount)} = {fmt(points)}"
        signed = SIGN[rule.kind] * points
        line = RuleLine(rule=rule.id, item=rule.item, kind=rule.kind, text=rule.text, count=num(count),
                        amount=num(amount), points=num(signed), raw_points=num(signed), formula=formula)
        lines[rule.id] = (line, signed)
    return lines


def _apply_caps(plan: Plan, lines: dict[str, tuple[RuleLine, Decimal]]) -> list[str]:
    """Shorten rules' points so each cap with an amount holds; later rules give way first."""
    notes: list[str] = []
    order = {r.id: n for n, r in enumerate(plan.scheme.rules)}

    def scopes(cap) -> list[list[str]]:
        kind = cap.target
        ids = [rid for rid in lines if plan.rules[rid].kind == kind]
        if cap.item is not None:
            inside = set(plan.subtree(cap.item))
            return [[rid for rid in ids if plan.rules[rid].item in inside]]
        if cap.each_item:
            return [[r.id for r in block.rules if r.kind == kind] for key, block in plan.blocks.items() if key]
        return [ids]

    caps = [c for c in plan.caps if c.amount is not None and c.target is not None]
    caps.sort(key=lambda c: (0, -plan.depth(c.item)) if c.item else ((1, 0) if c.each_item else (2, 0)))
    for cap in caps:
        for scope in scopes(cap):
            used = sum((abs(lines[rid][1]) for rid in scope), ZERO)
            excess = used - cap.amount
            if excess <= 0:
                continue
            for rid in sorted(scope, key=lambda r: order[r], reverse=True):
                line, value = lines[rid]
                if excess <= 0 or value == 0:
                    continue
                cut = min(abs(value), excess)
                new = value - cut if value > 0 else value + cut
                excess -= cut
                line.points = num(new)
                line.notes.append(message("score.n.capped_by", rule=cap.rule.id, text=cap.rule.text, raw=fmt(value),
                                                  new=fmt(new)))
                lines[rid] = (line, new)
            notes.append(message("score.n.cap_cut", text=cap.rule.text, kind=message(f"rule.{cap.target}"), used=fmt(used),
                                  cap=fmt(cap.amount)))
    return notes


def score_unit(plan: Plan, unit: UnitFacts):
    """One unit's UnitResult (grade and rank left for assign_grades) and the vetoes that apply to it."""
    lines = _rule_lines(plan, unit)
    notes = _apply_caps(plan, lines)
    floors = {c.item for c in plan.caps if c.floor}
    fired = [v for rid, v in plan.vetoes.items() if unit.rules.get(rid) and unit.rules[rid].count >= 1]
    zeroed = {v.rule.item for v in fired if v.zero}

    item_lines: dict[str, ItemLine] = {}
    for item_id in plan.order:
        item = plan.items[item_id]
        item_lines[item_id] = ItemLine(item=item_id, parent=item.parent, path=item.path, name=item.name,
                                       max=num(plan.max[item_id]), basis="none")
    for rid, (line, _value) in lines.items():
        rule = plan.rules[rid]
        if rule.item in item_lines:
            item_lines[rule.item].rules.append(line)

    within: dict[str, Decimal] = {}
    bonus: dict[str, Decimal] = {}
    for key, block in plan.blocks.items():
        if key is None:
            continue
        line = item_lines[key]
        values = [(r.kind, lines[r.id][1]) for r in block.rules]
        awards = sum((v for k, v in values if k == "award"), ZERO)
        deducts = sum((v for k, v in values if k == "deduct"), ZERO)
        bonuses = sum((v for k, v in values if k == "bonus"), ZERO)
        if block.judged:
            base = unit.items.get(key, ZERO)
            line.basis = "default" if key in unit.defaulted else "judged"
            if key in unit.defaulted:
                line.notes.append(message("score.n.defaulted", max=fmt(block.max), method=plan.items[key].method))
        elif block.rules:
            base = ZERO if block.award_only or block.max is None else block.max
            line.basis = "rules"
        else:
            base = ZERO
        value = base + awards + deducts
        if block.max is not None and value > block.max:
            line.notes.append(message("score.n.bounded", max=fmt(block.max), raw=fmt(value)))
            value = block.max
        if floors & set(block.members) and value < 0:
            line.notes.append(message("score.n.floor_stated", raw=fmt(value)))
            value = ZERO
        within[key], bonus[key] = value, bonuses
        owned = [m for m in block.members if m != key]
        for member in owned:
            item_lines[member].basis = "owned"
        if owned and any(r.kind != "bonus" for r in block.rules) and block.max is not None:
            names = "、".join(plan.items[m].name for m in owned if item_lines[m].rules)
            if names:
                line.notes.append(message("score.n.owned", names=names, max=fmt(block.max),
                                          owner=plan.items[key].name))

    def aggregate(owner: str) -> tuple[Decimal, Decimal]:
        w, b = within[owner], bonus[owner]
        stack = list(plan.children.get(owner, []))
        while stack:
            node = stack.pop(0)
            if plan.is_owner(node):
                cw, cb = aggregate(node)
                w, b = w + cw, b + cb
            else:
                stack.extend(plan.children.get(node, []))
        line = item_lines[owner]
        top = plan.max[owner]
        if top is not None and w > top:
            line.notes.append(message("score.cap", max=fmt(top), raw=fmt(w)))
            w = top
        if owner in floors and w < 0:
            line.notes.append(message("score.n.floor_stated", raw=fmt(w)))
            w = ZERO
        elif w < 0 and FLOOR_ITEMS_AT_ZERO and top is not None and top > 0:
            # an item without points of its own (察访核验扣分) deducts from the total: not floored
            line.notes.append(message("score.floor", max=fmt(top), raw=fmt(w)))
            w = ZERO
        if owner in zeroed:
            line.notes.append(message("score.n.veto_item", raw=fmt(w + b)))
            w, b = ZERO, ZERO
        line.score = num(w + b)
        return w, b

    top_within, top_bonus = ZERO, ZERO
    for item_id in plan.children.get(None, []):
        w, b = aggregate(item_id)
        top_within, top_bonus = top_within + w, top_bonus + b

    scheme_lines = [lines[r.id][0] for r in plan.blocks[None].rules]
    own = [lines[r.id][1] for r in plan.blocks[None].rules]
    s_within = sum((v for r, v in zip(plan.blocks[None].rules, own, strict=True) if r.kind != "bonus"), ZERO)
    s_bonus = sum((v for r, v in zip(plan.blocks[None].rules, own, strict=True) if r.kind == "bonus"), ZERO)
    total_within = top_within + s_within
    if None in floors and total_within < 0:
        notes.append(message("score.n.floor_scheme", raw=fmt(total_within)))
        total_within = ZERO
    total = total_within + top_bonus + s_bonus
    if None in zeroed:
        notes.append(message("score.n.veto_total", raw=fmt(total)))
        total = ZERO
    for veto in fired:
        notes.append(message("score.n.veto_applies", rule=veto.rule.id, text=veto.rule.text, what=veto.describe()))
    result = UnitResult(unit=unit.unit, group=unit.group, total=num(total), rank=0, vetoed=bool(fired),
                        items=list(item_lines.values()), scheme_rules=scheme_lines, notes=notes)
    return result, fired
