"""Facts: what happened in each unit, as counts, chosen amounts and item scores; and their checks.

Why strict: a wrong deduction is worse than a missing one, so a facts file is validated whole
against the scheme's plan; every problem is collected (sheet, row, column, reason) and nothing is
scored unless all rows are valid. The same models give the facts JSON Schema.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from rubrics.errors import FactsError
from rubrics.scoring.plan import COUNTED_KINDS, Plan, dec

FACTS_FORMAT = "rubrics-facts/1"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SchemeRef(_Model):
    """Which scheme the facts were written for; checked against the scheme being scored."""

    document_id: str | None = None
    scheme_id: str | None = None
    scheme_name: str | None = None


class UnitRow(_Model):
    """A unit being assessed (单位), its comparison group (类别, for quotas) and a given grade."""

    unit: str
    group: str | None = Field(None, description="comparison group: grade quotas apply within each group")
    grade: str | None = Field(None, description="the grade, only for schemes that list grades without thresholds")
    _at: tuple[str, int] | None = PrivateAttr(default=None)


class FactRow(_Model):
    """One unit's facts for one rule (counts, chosen amount, points) or one judged item (score)."""

    unit: str
    rule: str | None = Field(None, description="rule id; for deduct/award/bonus/veto rules")
    item: str | None = Field(None, description="item id; for items scored by judgement (or the rule's item)")
    text: str | None = Field(None, description="the rule's text as the template showed it; checked when given")
    count: float | None = Field(None, ge=0, description="how many times (per the rule's `per`); 0/1 for one-off rules and vetoes")
    amount: float | None = Field(None, ge=0, description="for a range rule (扣0.2-0.6分): the amount chosen per count")
    points: float | None = Field(None, ge=0, description="for a rule with no amount (酌情扣分): the points given; "
                                 "for a range rule: the total chosen")
    score: float | None = Field(None, ge=0, description="for a judged item: its score in points")
    score_pct: float | None = Field(None, ge=0, le=100, description="for a judged item: its score as % of its max")
    note: str | None = None
    _at: tuple[str, int] | None = PrivateAttr(default=None)


class Facts(_Model):
    """A facts file: the units and one row per unit and rule (or judged item)."""

    format: str = FACTS_FORMAT
    scheme: SchemeRef | None = None
    units: list[UnitRow] = Field(default_factory=list)
    facts: list[FactRow] = Field(default_factory=list)
    _problems: list = PrivateAttr(default_factory=list)  # malformed cells found while reading a sheet


# --- validated facts --------------------------------------------------------------------------


@dataclass
class RuleFact:
    count: Decimal
    amount: Decimal | None = None  # chosen per count (ranges)
    points: Decimal | None = None  # total points (null-amount rules, or a range's total)


@dataclass
class UnitFacts:
    unit: str
    group: str | None = None
    grade: str | None = None
    rules: dict[str, RuleFact] = field(default_factory=dict)
    items: dict[str, Decimal] = field(default_factory=dict)  # judged item → score in points
    defaulted: list[str] = field(default_factory=list)  # judged items given full points by default


@dataclass
class Problem:
    sheet: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = f"sheet {self.sheet}"
        if self.row is not None:
            where += f" row {self.row}"
        if self.column:
            where += f" column {self.column}"
        return f"{where}: {self.message}"


def raise_problems(source: str, problems: list[Problem]) -> None:
    """One FactsError naming every problem (the CLI prints it on one line)."""
    if not problems:
        return
    shown = "; ".join(str(p) for p in problems[:20])
    more = f"; … and {len(problems) - 20} more" if len(problems) > 20 else ""
    error = FactsError(f"{source}: {len(problems)} problem(s) in the facts, nothing scored: {shown}{more}")
    error.problems = problems
    raise error


def _at(row: FactRow | UnitRow, default_sheet: str, index: int) -> tuple[str, int]:
    return row._at or (default_sheet, index + 1)


def _fmt(value: Decimal | float | None) -> str:
    return "" if value is None else f"{float(value):g}"


def _has_range(rule) -> bool:
    return rule.amount is not None and rule.amount_max is not None and rule.amount_max != rule.amount


def validate(plan: Plan, facts: Facts, source: str = "facts") -> list[UnitFacts]:
    """Check every row against the plan; the units' facts in declaration order, or a FactsError."""
    problems: list[Problem] = list(facts._problems)
    scheme = plan.scheme
    if facts.scheme is not None:
        ref = facts.scheme
        doc_id = plan.rubric.document.id if plan.rubric is not None else None
        if ref.document_id and doc_id and ref.document_id != doc_id:
            problems.append(Problem("scheme", None, "document_id",
                                    f"the facts are for document {ref.document_id[:12]}, not {doc_id[:12]}"))
        if ref.scheme_name and ref.scheme_name != scheme.name:
            problems.append(Problem("scheme", None, "scheme_name",
                                    f"the facts are for scheme {ref.scheme_name!r}, not {scheme.name!r}"))

    units: dict[str, UnitFacts] = {}
    declared_at: dict[str, tuple[str, int]] = {}
    bare_labels = _bare_labels(plan)
    computed_grades = any(r.below is not None or r.at_least is not None or r.quota_pct is not None
                          for r in plan.grade_rules)
    for index, row in enumerate(facts.units):
        sheet, rownum = _at(row, "units", index)
        name = (row.unit or "").strip()
        if not name:
            problems.append(Problem(sheet, rownum, "unit", "no unit name"))
            continue
        if name in units:
            first = declared_at[name]
            problems.append(Problem(sheet, rownum, "unit", f"unit {name!r} is listed twice (first at {first[0]} row {first[1]})"))
            continue
        grade = (row.grade or "").strip() or None
        if grade is not None:
            if computed_grades:
                problems.append(Problem(sheet, rownum, "grade",
                                        "this scheme's grades are computed from thresholds or quotas; leave grade empty"))
            elif bare_labels and grade not in bare_labels:
                problems.append(Problem(sheet, rownum, "grade",
                                        f"grade {grade!r} is not one of the scheme's grades ({'、'.join(bare_labels)})"))
        units[name] = UnitFacts(unit=name, group=(row.group or "").strip() or None, grade=grade)
        declared_at[name] = (sheet, rownum)
    declared = bool(units)

    seen: dict[tuple[str, str], tuple[str, int]] = {}
    item_at: dict[tuple[str, str], tuple[str, int]] = {}  # where each unit's judged-item row is
    for index, row in enumerate(facts.facts):
        sheet, rownum = _at(row, "facts", index)

        def bad(column: str | None, message: str, sheet=sheet, rownum=rownum) -> None:
            problems.append(Problem(sheet, rownum, column, message))

        name = (row.unit or "").strip()
        if not name:
            bad("unit", "no unit name")
            continue
        if name not in units:
            if declared:
                bad("unit", f"unit {name!r} is not in the units list")
                continue
            units[name] = UnitFacts(unit=name)
        unit = units[name]
        if row.rule:
            _check_rule_row(plan, row, unit, bad)
            key = ("rule", row.rule)
        elif row.item:
            _check_item_row(plan, row, unit, bad)
            key = ("item", row.item)
            item_at.setdefault((name, row.item), (sheet, rownum))
        else:
            if any(v is not None for v in (row.count, row.amount, row.points, row.score, row.score_pct)):
                bad("rule", "the row names neither a rule nor an item")
            continue
        seen_key = (name, *key)
        if seen_key in seen:
            first = seen[seen_key]
            bad(key[0], f"unit {name!r} is listed twice for {key[0]} {key[1]} (first at {first[0]} row {first[1]})")
        else:
            seen[seen_key] = (sheet, rownum)

    for unit in units.values():
        for key, block in plan.blocks.items():
            if not block.judged or key in unit.items:
                continue
            if block.default_full:
                unit.items[key] = block.max
                unit.defaulted.append(key)
            else:
                item = plan.items[key]
                sheet, rownum = item_at.get((unit.unit, key)) or declared_at.get(unit.unit, ("facts", None))
                problems.append(Problem(sheet, rownum, "score",
                                        f"unit {unit.unit!r} has no score for {'/'.join(item.path) or item.name} "
                                        f"(judged, out of {_fmt(block.max)})"))
        if bare_labels and not computed_grades and unit.grade is None:
            sheet, rownum = declared_at.get(unit.unit, ("units", None))
            problems.append(Problem(sheet, rownum, "grade",
                                    f"unit {unit.unit!r} has no grade (the scheme lists {'、'.join(bare_labels)})"))
    if not units:
        problems.append(Problem("units", None, "unit", "no units in the facts"))
    raise_problems(source, problems)
    return list(units.values())


def _bare_labels(plan: Plan) -> list[str]:
    return [r.label for r in plan.grade_rules
            if r.label and r.below is None and r.at_least is None and r.quota_pct is None]


def _check_rule_row(plan: Plan, row: FactRow, unit: UnitFacts, bad) -> None:
    rule = plan.rules.get(row.rule)
    if rule is None:
        bad("rule", f"unknown rule {row.rule!r} (not in scheme {plan.scheme.name!r})")
        return
    if row.item and rule.item != row.item:
        bad("item", f"rule {rule.id} belongs to item {rule.item}, not {row.item}")
        return
    if row.text and "".join(row.text.split()) != "".join(rule.text.split()):
        bad("text", f"rule {rule.id}'s text is {rule.text!r}, the row says {row.text!r}: "
                    "the facts were made for another version of the scheme")
        return
    if row.score is not None or row.score_pct is not None:
        bad("score", f"rule {rule.id} is scored by count and amount, not by an item score")
    if rule.kind not in (*COUNTED_KINDS, "veto"):
        if any(v is not None for v in (row.count, row.amount, row.points)):
            bad("rule", f"rule {rule.id} is a {rule.kind} rule: it takes no facts")
        return
    count = dec(row.count)
    amount, points = dec(row.amount), dec(row.points)
    if rule.kind == "veto":
        if amount is not None or points is not None:
            bad("points", f"veto {rule.id} takes only count 1 (it happened) or 0")
        if count not in (None, 0, 1):
            bad("count", f"veto {rule.id}: count must be 1 (it happened) or 0, not {_fmt(count)}")
            return
        unit.rules[rule.id] = RuleFact(count=count or Decimal(0))
        return
    lo, hi = dec(rule.amount), dec(rule.amount_max)
    if rule.per is None and count not in (None, 0, 1):
        bad("count", f"rule {rule.id} is charged once (no per-unit), so count must be 0 or 1, not {_fmt(count)}")
        return
    if lo is None:  # 酌情扣分: the points are given
        if amount is not None:
            bad("amount", f"rule {rule.id} states no amount; give the points instead")
            return
        if count not in (None, 0) and points is None:
            bad("points", f"rule {rule.id} states no amount (酌情); give the points, not only a count")
            return
        unit.rules[rule.id] = RuleFact(count=count if count is not None else Decimal(1 if points else 0),
                                       points=points or Decimal(0))
        return
    if not _has_range(rule):
        if points is not None and points != (count if count is not None else Decimal(1)) * lo:
            bad("points", f"rule {rule.id}'s amount is fixed ({_fmt(lo)}{'/' + rule.per if rule.per else ''}): "
                          "give the count only")
            return
        if amount is not None and amount != lo:
            bad("amount", f"rule {rule.id}'s amount is fixed at {_fmt(lo)}, not {_fmt(amount)}")
            return
        if count is None and points is not None:
            count = points / lo if lo else Decimal(0)
        unit.rules[rule.id] = RuleFact(count=count or Decimal(0))
        return
    # a range (扣0.2-0.6分): the amount per count is chosen, or the total
    if amount is not None and not (lo <= amount <= hi):
        bad("amount", f"{_fmt(amount)} is outside rule {rule.id}'s range {_fmt(lo)}-{_fmt(hi)}")
        return
    if count is None and (amount is not None or points is not None):
        count = Decimal(1)
    count = count or Decimal(0)
    if points is not None:
        if not (count * lo <= points <= count * hi):
            bad("points", f"{_fmt(points)} is outside rule {rule.id}'s range for {_fmt(count)} × "
                          f"{_fmt(lo)}-{_fmt(hi)}")
            return
        if amount is not None and points != count * amount:
            bad("points", f"points {_fmt(points)} ≠ count {_fmt(count)} × amount {_fmt(amount)}")
            return
    elif count > 0 and amount is None:
        bad("amount", f"rule {rule.id} is a range ({_fmt(lo)}-{_fmt(hi)}): choose the amount per count")
        return
    unit.rules[rule.id] = RuleFact(count=count, amount=amount,
                                   points=points if points is not None else count * (amount or Decimal(0)))


def _check_item_row(plan: Plan, row: FactRow, unit: UnitFacts, bad) -> None:
    item = plan.items.get(row.item)
    if item is None:
        bad("item", f"unknown item {row.item!r} (not in scheme {plan.scheme.name!r})")
        return
    if any(v is not None for v in (row.count, row.amount, row.points)):
        bad("count", f"item {item.id} ({item.name}) is scored by judgement: give its score, not counts")
        return
    block = plan.blocks.get(item.id) if plan.is_owner(item.id) else None
    if block is None or not block.judged:
        if row.score is None and row.score_pct is None:
            return
        why = "is scored by its rules; give counts for them" if block is not None and block.rules else \
            "has no points of its own to score"
        bad("score", f"item {item.id} ({item.name}) {why}")
        return
    if row.score is not None and row.score_pct is not None:
        bad("score_pct", "give score or score_pct, not both")
        return
    if row.score is None and row.score_pct is None:
        return  # blank: handled as missing (or the default) after all rows
    if row.score is not None:
        score = dec(row.score)
        if score > block.max:
            bad("score", f"score {_fmt(score)} is above item {item.name}'s {_fmt(block.max)} points")
            return
    else:
        score = dec(row.score_pct) * block.max / Decimal(100)
    unit.items[item.id] = score
