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
from rubrics.messages import has, message
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
        where = message("facts.at.sheet", sheet=self.sheet)
        if self.row is not None:
            where += message("facts.at.row", row=self.row)
        if self.column:
            where += message("facts.at.column", column=self.column)
        return f"{where}{message('grade.colon')}{self.message}"


def raise_problems(source: str, problems: list[Problem]) -> None:
    """One FactsError naming every problem (the CLI prints it on one line)."""
    if not problems:
        return
    sep = message("score.sep")
    shown = sep.join(str(p) for p in problems[:20])
    more = sep + message("facts.more", n=len(problems) - 20) if len(problems) > 20 else ""
    error = FactsError(message("facts.problems", source=source, n=len(problems), shown=shown, more=more))
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
                                    message("facts.other_document", theirs=ref.document_id[:12], ours=doc_id[:12])))
        if ref.scheme_name and ref.scheme_name != scheme.name:
            problems.append(Problem("scheme", None, "scheme_name",
                                    message("facts.other_scheme", theirs=ref.scheme_name, ours=scheme.name)))

    units: dict[str, UnitFacts] = {}
    declared_at: dict[str, tuple[str, int]] = {}
    bare_labels = _bare_labels(plan)
    computed_grades = any(r.below is not None or r.at_least is not None or r.quota_pct is not None
                          for r in plan.grade_rules)
    for index, row in enumerate(facts.units):
        sheet, rownum = _at(row, "units", index)
        name = (row.unit or "").strip()
        if not name:
            problems.append(Problem(sheet, rownum, "unit", message("facts.no_unit")))
            continue
        if name in units:
            first = declared_at[name]
            problems.append(Problem(sheet, rownum, "unit", message("facts.unit_twice", unit=name, sheet=first[0], row=first[1])))
            continue
        grade = (row.grade or "").strip() or None
        if grade is not None:
            if computed_grades:
                problems.append(Problem(sheet, rownum, "grade",
                                        message("facts.grade_computed")))
            elif bare_labels and grade not in bare_labels:
                problems.append(Problem(sheet, rownum, "grade",
                                        message("facts.grade_unknown", grade=grade, grades="、".join(bare_labels))))
        units[name] = UnitFacts(unit=name, group=(row.group or "").strip() or None, grade=grade)
        declared_at[name] = (sheet, rownum)
    declared = bool(units)

    seen: dict[tuple[str, str], tuple[str, int]] = {}
    item_at: dict[tuple[str, str], tuple[str, int]] = {}  # where each unit's judged-item row is
    for index, row in enumerate(facts.facts):
        sheet, rownum = _at(row, "facts", index)

        def bad(column: str | None, text: str, sheet=sheet, rownum=rownum) -> None:
            problems.append(Problem(sheet, rownum, column, text))

        name = (row.unit or "").strip()
        if not name:
            bad("unit", message("facts.no_unit"))
            continue
        if name not in units:
            if declared:
                bad("unit", message("facts.unit_unlisted", unit=name))
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
                bad("rule", message("facts.no_target"))
            continue
        seen_key = (name, *key)
        if seen_key in seen:
            first = seen[seen_key]
            bad(key[0], message(f"facts.twice_for_{key[0]}", unit=name, ref=key[1], sheet=first[0], row=first[1]))
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
                                        message("facts.no_score", unit=unit.unit,
                                                path="/".join(item.path) or item.name, max=_fmt(block.max))))
        if bare_labels and not computed_grades and unit.grade is None:
            sheet, rownum = declared_at.get(unit.unit, ("units", None))
            problems.append(Problem(sheet, rownum, "grade",
                                    message("facts.no_grade", unit=unit.unit, grades="、".join(bare_labels))))
    if not units:
        problems.append(Problem("units", None, "unit", message("facts.no_units")))
    raise_problems(source, problems)
    return list(units.values())


def _bare_labels(plan: Plan) -> list[str]:
    return [r.label for r in plan.grade_rules
            if r.label and r.below is None and r.at_least is None and r.quota_pct is None]


def _check_rule_row(plan: Plan, row: FactRow, unit: UnitFacts, bad) -> None:
    rule = plan.rules.get(row.rule)
    if rule is None:
        bad("rule", message("facts.unknown_rule", rule=row.rule, scheme=plan.scheme.name))
        return
    if row.item and rule.item != row.item:
        bad("item", message("facts.rule_item", rule=rule.id, item=rule.item, given=row.item))
        return
    if row.text and "".join(row.text.split()) != "".join(rule.text.split()):
        bad("text", message("facts.rule_text", rule=rule.id, text=rule.text, given=row.text))
        return
    if row.score is not None or row.score_pct is not None:
        bad("score", message("facts.rule_score", rule=rule.id))
    if rule.kind not in (*COUNTED_KINDS, "veto"):
        if any(v is not None for v in (row.count, row.amount, row.points)):
            bad("rule", message("facts.no_facts_kind", rule=rule.id,
                                kind=message(f"rule.{rule.kind}") if has(f"rule.{rule.kind}") else rule.kind))
        return
    count = dec(row.count)
    amount, points = dec(row.amount), dec(row.points)
    if rule.kind == "veto":
        if amount is not None or points is not None:
            bad("points", message("facts.veto_points", rule=rule.id))
        if count not in (None, 0, 1):
            bad("count", message("facts.veto_count", rule=rule.id, count=_fmt(count)))
            return
        unit.rules[rule.id] = RuleFact(count=count or Decimal(0))
        return
    lo, hi = dec(rule.amount), dec(rule.amount_max)
    if rule.per is None and count not in (None, 0, 1):
        bad("count", message("facts.once", rule=rule.id, count=_fmt(count)))
        return
    if lo is None:  # 酌情扣分: the points are given
        if amount is not None:
            bad("amount", message("facts.no_amount", rule=rule.id))
            return
        if count not in (None, 0) and points is None:
            bad("points", message("facts.no_amount_points", rule=rule.id))
            return
        unit.rules[rule.id] = RuleFact(count=count if count is not None else Decimal(1 if points else 0),
                                       points=points or Decimal(0))
        return
    if not _has_range(rule):
        if points is not None and points != (count if count is not None else Decimal(1)) * lo:
            bad("points", message("facts.fixed_points", rule=rule.id,
                                  amount=_fmt(lo) + ("/" + rule.per if rule.per else "")))
            return
        if amount is not None and amount != lo:
            bad("amount", message("facts.fixed_amount", rule=rule.id, amount=_fmt(lo), given=_fmt(amount)))
            return
        if count is None and points is not None:
            count = points / lo if lo else Decimal(0)
        unit.rules[rule.id] = RuleFact(count=count or Decimal(0))
        return
    # a range (扣0.2-0.6分): the amount per count is chosen, or the total
    if amount is not None and not (lo <= amount <= hi):
        bad("amount", message("facts.amount_range", given=_fmt(amount), rule=rule.id, lo=_fmt(lo), hi=_fmt(hi)))
        return
    if count is None and (amount is not None or points is not None):
        count = Decimal(1)
    count = count or Decimal(0)
    if points is not None:
        if not (count * lo <= points <= count * hi):
            bad("points", message("facts.points_range", given=_fmt(points), rule=rule.id, count=_fmt(count),
                                  lo=_fmt(lo), hi=_fmt(hi)))
            return
        if amount is not None and points != count * amount:
            bad("points", message("facts.points_product", points=_fmt(points), count=_fmt(count), amount=_fmt(amount)))
            return
    elif count > 0 and amount is None:
        bad("amount", message("facts.choose_amount", rule=rule.id, lo=_fmt(lo), hi=_fmt(hi)))
        return
    unit.rules[rule.id] = RuleFact(count=count, amount=amount,
                                   points=points if points is not None else count * (amount or Decimal(0)))


def _check_item_row(plan: Plan, row: FactRow, unit: UnitFacts, bad) -> None:
    item = plan.items.get(row.item)
    if item is None:
        bad("item", message("facts.unknown_item", item=row.item, scheme=plan.scheme.name))
        return
    if any(v is not None for v in (row.count, row.amount, row.points)):
        bad("count", message("facts.judged_counts", item=item.id, name=item.name))
        return
    block = plan.blocks.get(item.id) if plan.is_owner(item.id) else None
    if block is None or not block.judged:
        if row.score is None and row.score_pct is None:
            return
        why = "facts.by_rules" if block is not None and block.rules else "facts.no_own_points"
        bad("score", message(why, item=item.id, name=item.name))
        return
    if row.score is not None and row.score_pct is not None:
        bad("score_pct", message("facts.both_scores"))
        return
    if row.score is None and row.score_pct is None:
        return  # blank: handled as missing (or the default) after all rows
    if row.score is not None:
        score = dec(row.score)
        if score > block.max:
            bad("score", message("facts.above_max", score=_fmt(score), name=item.name, max=_fmt(block.max)))
            return
    else:
        score = dec(row.score_pct) * block.max / Decimal(100)
    unit.items[item.id] = score
