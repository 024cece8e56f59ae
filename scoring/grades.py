"""Grades across the units scored together: thresholds, quotas by rank, bare lists, then vetoes.

Why across units: a quota (40% 一等) depends on every unit in the same group, so grades are given
after all totals are known. The rules, stated in every run's `grading` notes:
* rank: by total, highest first, within a group (类别); equal totals share a rank (1, 2, 2, 4);
* quota seats: floor(N × cumulative share / 100) minus the seats already given, so no grade gets
  more than its share; when the shares reach 100% (99% or more, for rounded thirds) the last quota grade
  takes every unit left;
* ties across a quota boundary: all tied units take the lower grade (the quota is never exceeded);
* thresholds: `below` (低于900分为不合格) and `at_least` (90分及以上为优秀); when a unit has both a
  quota grade and a threshold grade, it gets the lower of the two;
* a bare grade list (优秀、良好、一般、较差) takes the grade the facts give;
* vetoes last: the stated consequence (下调一个等次, 定为不合格, 取消评优资格), else the lowest grade.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, Decimal

from rubrics.messages import message
from rubrics.scoring import patterns
from rubrics.scoring.plan import Plan, VetoPlan, dec

# Quota shares that add up to at least this cover every unit: the last quota grade takes the rest
# (33%/33%/33% as printed, or thirds written as decimals, mean "all units").
FULL_SHARE = Decimal(99)


@dataclass
class UnitTotal:
    unit: str
    group: str | None
    total: Decimal
    given_grade: str | None = None
    vetoes: list[VetoPlan] = field(default_factory=list)


@dataclass
class Graded:
    unit: str
    grade: str | None
    reason: str | None
    rank: int


def ladder(plan: Plan) -> list[str]:
    """Grade labels from best to worst: quotas in document order, at_least by threshold, bare list, below."""
    rules = plan.grade_rules
    ordered = [r.label for r in rules if r.quota_pct is not None]
    ordered += [r.label for r in sorted((r for r in rules if r.at_least is not None), key=lambda r: -r.at_least)]
    ordered += [r.label for r in rules if r.below is None and r.at_least is None and r.quota_pct is None]
    ordered += [r.label for r in sorted((r for r in rules if r.below is not None), key=lambda r: -r.below)]
    out: list[str] = []
    for label in ordered:
        if label and label not in out:
            out.append(label)
    return out


def quota_seats(n: int, shares: list[Decimal]) -> list[int]:
    """Seats per quota grade for n units: floor of the cumulative share; the last takes the rest at 100%."""
    seats, given, cumulative = [], 0, Decimal(0)
    for index, share in enumerate(shares):
        cumulative += share
        if index == len(shares) - 1 and cumulative >= FULL_SHARE:
            upto = n
        else:
            upto = int((Decimal(n) * cumulative / 100).to_integral_value(rounding=ROUND_FLOOR))
        upto = min(max(upto, given), n)
        seats.append(upto - given)
        given = upto
    return seats


def _ranks(units: list[UnitTotal]) -> dict[str, int]:
    ordered = sorted(units, key=lambda u: (-u.total, u.unit))
    ranks: dict[str, int] = {}
    for position, unit in enumerate(ordered):
        if position and unit.total == ordered[position - 1].total:
            ranks[unit.unit] = ranks[ordered[position - 1].unit]
        else:
            ranks[unit.unit] = position + 1
    return ranks


def _worse(labels: list[str], a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a or b
    ia = labels.index(a) if a in labels else len(labels)
    ib = labels.index(b) if b in labels else len(labels)
    return a if ia >= ib else b


def assign_grades(plan: Plan, units: list[UnitTotal]) -> tuple[list[Graded], list[str]]:
    """Each unit's grade, the reason, and its rank; plus the run's notes on how grades were given."""
    labels = ladder(plan)
    rules = plan.grade_rules
    quotas = [r for r in rules if r.quota_pct is not None]
    at_least = sorted((r for r in rules if r.at_least is not None), key=lambda r: -r.at_least)
    below = sorted((r for r in rules if r.below is not None), key=lambda r: r.below)
    notes: list[str] = []
    if quotas:
        notes.append(message("grade.quota_rule"))
    groups: dict[str | None, list[UnitTotal]] = {}
    for unit in units:
        groups.setdefault(unit.group, []).append(unit)

    out: list[Graded] = []
    for group, members in groups.items():
        ranks = _ranks(members)
        quota_grade: dict[str, tuple[str, str]] = {}
        if quotas:
            seats = quota_seats(len(members), [dec(r.quota_pct) for r in quotas])
            where = message("grade.in_group", group=group) if group else ""
            notes.append(message("grade.seats", n=len(members), where=where, seats=message("list.sep").join(
                message("grade.seat", label=r.label, n=s, pct=f"{r.quota_pct:g}")
                for r, s in zip(quotas, seats, strict=True))))
            slots: list[str] = []
            for rule, count in zip(quotas, seats, strict=True):
                slots += [rule.label] * count
            ordered = sorted(members, key=lambda u: (-u.total, u.unit))
            for position, unit in enumerate(ordered):
                if position >= len(slots):
                    break
                tied = [p for p, other in enumerate(ordered) if other.total == unit.total]
                last = max(tied)
                label = slots[min(last, len(slots) - 1)] if last < len(slots) else None
                reason = message("grade.quota", rank=ranks[unit.unit], n=len(members), label=label)
                if label != slots[position]:
                    others = "、".join(o.unit for o in ordered if o.total == unit.total and o is not unit)
                    lower = label or message("grade.none")
                    reason = message("grade.tied", others=others, total=f"{float(unit.total):g}",
                                     upper=slots[position], lower=lower)
                    note = message("grade.tie_note", total=f"{float(unit.total):g}", where=where, reason=reason)
                    if note not in notes:
                        notes.append(note)
                if label:
                    quota_grade[unit.unit] = (label, reason)
        for unit in members:
            grade, reasons = None, []
            if unit.unit in quota_grade:
                grade, reason = quota_grade[unit.unit]
                reasons.append(reason)
            for rule in at_least:
                if unit.total >= dec(rule.at_least):
                    if _worse(labels, grade, rule.label) == rule.label or grade is None:
                        grade = rule.label
                        reasons.append(message("grade.at_least", total=f"{float(unit.total):g}",
                                               bound=f"{rule.at_least:g}", label=rule.label))
                    break
            else:
                if at_least and not quotas:
                    reasons.append(message("grade.below_all", total=f"{float(unit.total):g}"))
            for rule in below:
                if unit.total < dec(rule.below):
                    grade = _worse(labels, grade, rule.label)
                    reasons.append(message("grade.below", total=f"{float(unit.total):g}", bound=f"{rule.below:g}",
                                           label=rule.label))
                    break
            if not quotas and not at_least and not below and unit.given_grade:
                grade = unit.given_grade
                reasons.append(message("grade.given"))
            for veto in unit.vetoes:
                grade, why = _apply_veto(labels, grade, veto)
                reasons.append(why)
            out.append(Graded(unit=unit.unit, grade=grade, reason=message("score.sep").join(reasons) or None,
                              rank=ranks[unit.unit]))
    return out, notes


def _apply_veto(labels: list[str], grade: str | None, veto: VetoPlan) -> tuple[str | None, str]:
    """A veto's consequence on a grade, with the reason in words."""
    head = message("grade.veto_head", rule=veto.rule.id, text=veto.rule.text)

    def why(code: str, **fields) -> str:
        return f"{head}{message('grade.colon')}{message(code, **fields)}"

    if veto.label:
        new = _worse(labels, grade, veto.label) if grade else veto.label
        return new, f"{head}{message('grade.colon')}{veto.label}"
    if veto.downgrade:
        if grade is None or grade not in labels:
            return grade, why("grade.veto.down_none", n=veto.downgrade)
        new = labels[min(labels.index(grade) + veto.downgrade, len(labels) - 1)]
        return new, why("grade.veto.down", n=veto.downgrade, grade=grade, new=new)
    if veto.no_honours:
        if grade is not None and labels and grade == labels[0] and len(labels) > 1:
            return labels[1], why("grade.veto.no_top", grade=grade, new=labels[1])
        return grade, why("grade.veto.no_top_same")
    if veto.zero:
        return grade, why("score.veto.zero")
    lowest = labels[-1] if labels else patterns.VETO_DEFAULT_LABEL
    return lowest, why("grade.veto.lowest", lowest=lowest)
