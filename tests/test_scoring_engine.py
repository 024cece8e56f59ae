"""score(scheme, facts): hand-computed expectations on the seed schemes and on small schemes of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from rubrics.extracted.models import DocumentInfo, Item, Rubric, Rule, Scheme
from rubrics.scoring.engine import score
from rubrics.scoring.facts import Facts
from rubrics.scoring.grades import quota_seats
from rubrics.scoring.plan import build_plan

FIXTURES = Path(__file__).parent / "fixtures" / "scoring"


def load(name: str) -> tuple[Rubric, Scheme]:
    rubric = Rubric.model_validate_json((FIXTURES / name).read_text(encoding="utf-8"))
    return rubric, rubric.schemes[0]


def facts(units, rows) -> Facts:
    return Facts.model_validate({"units": [{"unit": u} if isinstance(u, str) else u for u in units], "facts": rows})


def unit(run, name):
    return next(u for u in run.units if u.unit == name)


def item(result, item_id):
    return next(i for i in result.items if i.item == item_id)


def make(items, rules, total=None, scale=None) -> tuple[Rubric, Scheme]:
    """A small scheme: items as (id, parent, name, points[, weight, method]); rules as dicts."""
    built, paths = [], {}
    for spec in items:
        item_id, parent, name, points, *rest = spec
        paths[item_id] = [*paths.get(parent, []), name]
        built.append(Item(id=item_id, parent=parent, path=paths[item_id], name=name, points=points,
                          weight_pct=rest[0] if rest else None, method=rest[1] if len(rest) > 1 else None))
    rule_models = [Rule(id=f"r{n}", **{"text": f"rule {n}", **r}) for n, r in enumerate(rules)]
    scheme = Scheme(id="s0", name="test", total=total, items=built, rules=rule_models)
    return Rubric(document=DocumentInfo(scale=scale), schemes=[scheme]), scheme


# --- seed 001: 60/25/15, judged items, scheme-level bonuses/deductions, veto --------------------

JUDGED_001 = {"s0i0": 55, "s0i2": 9, "s0i3": 4, "s0i4": 3.5, "s0i5": 2, "s0i6": 5, "s0i8": 4.5, "s0i9": 9}


def judged_rows(name, scores):
    return [{"unit": name, "item": k, "score": v} for k, v in scores.items()]


def test_seed001_judged_items_bonus_range_deduction_and_veto():
    rubric, scheme = load("seed001.rubric.json")
    rows = judged_rows("办公室", JUDGED_001) + [
        {"unit": "办公室", "rule": "s0r0", "count": 1},  # 每项加10分 × 1
        {"unit": "办公室", "rule": "s0r2", "points": 2.5},  # 个人先进减半加分 (no amount: given)
        {"unit": "办公室", "rule": "s0r7", "count": 2, "amount": 0.8},  # 每次扣减0.5-1.5分, chose 0.8 twice
        {"unit": "办公室", "rule": "s0r6", "count": 1},  # 负次要责任 2.5
    ] + judged_rows("综合业务处", {**JUDGED_001, "s0i0": 58}) + [{"unit": "综合业务处", "rule": "s0r9", "count": 1}]
    run = score(scheme, facts(["办公室", "综合业务处"], rows), rubric)
    office = unit(run, "办公室")
    # 55+9+4+3.5+2+5+4.5+9 = 92; +10 +2.5 −1.6 −2.5 = 100.4
    assert office.total == pytest.approx(100.4)
    assert item(office, "s0i1").score == pytest.approx(23.5)  # 共性工作 9+4+3.5+2+5
    assert item(office, "s0i7").score == pytest.approx(13.5)
    lines = {line.rule: line for line in office.scheme_rules}
    assert lines["s0r7"].points == pytest.approx(-1.6) and "在0.5-1.5之间选定" in lines["s0r7"].formula
    assert lines["s0r0"].formula == "1 项 × 10 = 10"
    other = unit(run, "综合业务处")
    assert other.total == pytest.approx(95) and other.vetoed
    # 001 states no consequence and has no grades: the veto's own label marks the unit
    assert other.grade == "一票否决" and "未写明后果" in other.grade_reason
    assert office.grade is None and office.rank == 1 and other.rank == 2


def test_seed001_missing_judged_score_is_refused():
    rubric, scheme = load("seed001.rubric.json")
    scores = dict(JUDGED_001)
    del scores["s0i9"]
    with pytest.raises(Exception) as err:
        score(scheme, facts(["办公室"], judged_rows("办公室", scores)), rubric)
    assert "考核领导小组综合评价" in str(err.value) and "未评分" in str(err.value)


# --- seed 004: 千分制, weights → points, bonus cap, grades below 900, quotas 40/50/10 -----------


def seed004_rows(names, functional, extra=()):
    rows = []
    for name, value in zip(names, functional, strict=True):
        rows += [{"unit": name, "item": "s0i1", "score": value}, {"unit": name, "item": "s0i13", "score_pct": 95},
                 {"unit": name, "item": "s0i16", "score": 180}, {"unit": name, "item": "s0i17", "score": 90}]
    return rows + list(extra)


def test_seed004_weights_give_points_and_bonus_cap():
    rubric, scheme = load("seed004.rubric.json")
    plan = build_plan(scheme, rubric)
    assert plan.max["s0i1"] == 600 and plan.max["s0i13"] == 100  # 60% and 10% of 1000
    run = score(scheme, facts(["甲"], seed004_rows(["甲"], [560], [
        {"unit": "甲", "rule": "s0r0", "points": 12},  # 1-2倍加分: 12 given, capped at 10
        {"unit": "甲", "rule": "s0r3", "points": 7},  # 察访核验扣分
        {"unit": "甲", "rule": "s0r2", "count": 1},  # 每项扣减2分
    ])), rubric)
    result = unit(run, "甲")
    # 560 + 95 + 10 (bonus capped) + 180 + 90 − 7 − 2 = 926
    assert result.total == pytest.approx(926)
    bonus = item(result, "s0i14").rules[0]
    assert bonus.raw_points == 12 and bonus.points == 10 and "受s0r1" in bonus.notes[0] and "12 → 10" in bonus.notes[0]
    assert item(result, "s0i0").score == pytest.approx(665)
    assert item(result, "s0i18").score == pytest.approx(-7)
    # a lone unit: 1 × 40% and 1 × 90% floor to 0 seats, so the last quota grade takes it
    assert result.grade == "三等或不合格"


def test_seed004_quotas_threshold_and_veto_over_ten_units():
    rubric, scheme = load("seed004.rubric.json")
    names = [f"U{i}" for i in range(10)]
    functional = [560 - 5 * i for i in range(10)]  # totals 925, 920, … 880
    run = score(scheme, facts(names, seed004_rows(names, functional, [{"unit": "U1", "rule": "s0r8", "count": 1}])),
                rubric)
    grades = {u.unit: u.grade for u in run.units}
    totals = {u.unit: u.total for u in run.units}
    assert totals["U0"] == 925 and totals["U9"] == 880
    # seats: 10 × 40% = 4 一等, 50% = 5 二等, 1 三等或不合格; below 900 → 不合格; U1 vetoed: 一等 → 二等
    assert grades == {"U0": "一等", "U1": "二等", "U2": "一等", "U3": "一等", "U4": "二等", "U5": "二等",
                      "U6": "不合格", "U7": "不合格", "U8": "不合格", "U9": "不合格"}
    assert totals["U5"] == 900  # at 900: not below 900
    assert "下调一个等次" in unit(run, "U1").grade_reason and "一等 → 二等" in unit(run, "U1").grade_reason
    assert any("一等4个（40%）、二等5个（50%）、三等或不合格1个（10%）" in n for n in run.grading)


def test_seed004_quotas_apply_within_groups_and_ties_take_the_lower_grade():
    rubric, scheme = load("seed004.rubric.json")
    units = [{"unit": f"A{i}", "group": "经济管理类"} for i in range(5)] + \
            [{"unit": f"B{i}", "group": "党委群团类"} for i in range(5)]
    names = [u["unit"] for u in units]
    # group A totals 965, 960, 960, 950, 945: 2 一等 seats (5 × 40%), ranks 2 and 3 tied across the boundary
    functional = [600, 595, 595, 585, 580, 600, 590, 580, 570, 560]
    run = score(scheme, facts(units, seed004_rows(names, functional)), rubric)
    grades = {u.unit: u.grade for u in run.units}
    assert grades["A0"] == "一等" and grades["A1"] == "二等" and grades["A2"] == "二等"
    assert "与A2同为960分" in unit(run, "A1").grade_reason
    assert any("960分同分（经济管理类）" in n for n in run.grading)
    assert [grades[f"B{i}"] for i in range(5)] == ["一等", "一等", "二等", "二等", "三等或不合格"]
    assert unit(run, "A1").rank == unit(run, "A2").rank == 2 and unit(run, "A3").rank == 4


def test_quota_seats_rounding():
    assert quota_seats(10, [40, 50, 10]) == [4, 5, 1]
    assert quota_seats(7, [40, 50, 10]) == [2, 4, 1]  # floor(2.8)=2, floor(6.3)=6 → 4, rest 1
    assert quota_seats(3, [20]) == [0]  # a share below 100% is never rounded up
    assert sum(quota_seats(13, [15, 35, 50])) == 13


# --- seed 003: per-count deductions, ranges, 扣完为止, items with no points of their own ---------


def test_seed003_per_count_deductions_and_floor():
    rubric, scheme = load("seed003_library.rubric.json")
    rows = [
        {"unit": "甲", "rule": "s0r54", "count": 7},  # 迟到、早退 0.02/人次 × 7 = 0.14
        {"unit": "甲", "rule": "s0r55", "count": 3},  # 无故缺席 0.04 × 3 = 0.12
        {"unit": "甲", "rule": "s0r69", "count": 3},  # 资产 0.5/台件 × 3 = 1.5
        {"unit": "甲", "rule": "s0r75", "count": 2},  # 0.2/次 × 2 = 0.4
        {"unit": "甲", "rule": "s0r62", "amount": 0.5},  # 财务 扣0.2-0.6分: chose 0.5
        {"unit": "乙", "rule": "s0r68", "count": 1},  # 不进行国有资产交接 扣2分
        {"unit": "乙", "rule": "s0r69", "count": 2},  # 1.0 more: 资产管理 2 − 3 → 扣完为止 0
        {"unit": "乙", "rule": "s0r29", "count": 20},  # 党风廉政 0.25/起 × 20 = 5 > 4: no 扣完为止 there
    ]
    run = score(scheme, facts(["甲", "乙"], rows), rubric)
    a, b = unit(run, "甲"), unit(run, "乙")
    assert a.total == pytest.approx(100 - 0.14 - 0.12 - 1.5 - 0.4 - 0.5)  # 97.34
    assert item(a, "s0i16").score == pytest.approx(0.1)  # 资产管理 2 − 1.9
    # 内部管理: own share 4 − 0.26 = 3.74, + 安全 3 + 财务 (2 − 0.5) + 资产 0.1 + 节能 2 + 档案 2 = 12.34
    assert item(a, "s0i12").score == pytest.approx(12.34)
    assert item(a, "s0i13").basis == "owned" and item(a, "s0i13").score is None
    assert {r.rule: r.formula for r in item(a, "s0i13").rules}["s0r54"] == "7 人次 × 0.02 = 0.14"
    assert item(b, "s0i16").score == 0 and any("扣完为止" in n for n in item(b, "s0i16").notes)
    # no 扣完为止 written for 党风廉政 (4分): still never below 0, and the note says it was floored
    assert item(b, "s0i9").score == 0
    assert any("按0分计" in n and "-1" in n for n in item(b, "s0i9").notes)
    assert b.total == pytest.approx(100 - 2 - 4)


def test_a_unit_with_no_facts_is_reported_as_such():
    """A facts sheet left empty: the unit gets the maximum, and both it and the run say so."""
    rubric, scheme = make([("a", None, "宣传", 5)], [{"item": "a", "kind": "deduct", "amount": 1, "per": "次"}])
    run = score(scheme, facts(["甲"], []), rubric)
    result = unit(run, "甲")
    assert any("未录入任何事实" in n for n in result.notes)
    assert any("甲" in w and "未录入任何事实" in w for w in run.warnings)


# --- semantics on small schemes of our own --------------------------------------------------------


def test_award_only_item_earns_up_to_its_points_and_award_cap():
    rubric, scheme = make(
        [("a", None, "宣传", 5), ("b", None, "信息", 4)],
        [{"item": "a", "kind": "award", "amount": 1, "per": "篇"},
         {"item": "b", "kind": "award", "amount": 0.5, "per": "条"},
         {"item": "b", "kind": "cap", "amount": 3, "text": "本项最多得3分"}],
    )
    run = score(scheme, facts(["x"], [{"unit": "x", "rule": "r0", "count": 7}, {"unit": "x", "rule": "r1", "count": 9}]),
                rubric)
    x = unit(run, "x")
    assert item(x, "a").score == 5 and any("以本项5分为限" in n for n in item(x, "a").notes)  # 7 篇 earn 5 of 5
    assert item(x, "b").score == 3  # 4.5 earned, cap 最多得3分
    assert x.total == 8


def test_scheme_bonus_cap_cuts_later_rules_first_and_each_item_deduction_cap():
    rubric, scheme = make(
        [("a", None, "甲项", 5), ("b", None, "乙项", 5)],
        [{"kind": "bonus", "amount": 4, "per": "项"},
         {"kind": "bonus", "amount": 3, "per": "项"},
         {"kind": "cap", "amount": 10, "text": "加分累计最高不超过10分"},
         {"item": "a", "kind": "deduct", "amount": 1, "per": "次"},
         {"item": "b", "kind": "deduct", "amount": 1, "per": "次"},
         {"kind": "cap", "amount": 2, "text": "每个单项扣减分上限为2分"}],
    )
    rows = [{"unit": "x", "rule": "r0", "count": 2}, {"unit": "x", "rule": "r1", "count": 1},
            {"unit": "x", "rule": "r3", "count": 3}, {"unit": "x", "rule": "r4", "count": 1}]
    x = unit(score(scheme, facts(["x"], rows), rubric), "x")
    lines = {r.rule: r for r in x.scheme_rules}
    assert lines["r0"].points == 8 and lines["r1"].points == 2 and lines["r1"].raw_points == 3
    assert item(x, "a").score == 3  # 3 deducted, capped at 2 for this item
    assert item(x, "b").score == 4
    assert x.total == 3 + 4 + 10


def test_weights_only_scheme_scores_percentages():
    rubric, scheme = make([("a", None, "业务", None, 40), ("b", None, "满意度", None, 60)], [])
    plan = build_plan(scheme, rubric)
    assert plan.max == {"a": 40, "b": 60}  # no scale stated: weights are shares of 100
    run = score(scheme, facts(["x"], [{"unit": "x", "item": "a", "score_pct": 80},
                                      {"unit": "x", "item": "b", "score_pct": 90}]), rubric)
    assert unit(run, "x").total == pytest.approx(0.8 * 40 + 0.9 * 60)  # 86
    assert any("权重按百分之一百计" in w for w in run.warnings)


def test_deduction_method_item_defaults_to_full_points():
    rubric, scheme = make([("a", None, "安全", 10, None, "扣分法"), ("b", None, "评议", 10)], [])
    run = score(scheme, facts(["x"], [{"unit": "x", "item": "b", "score": 7}]), rubric)
    x = unit(run, "x")
    assert item(x, "a").score == 10 and item(x, "a").basis == "default"
    assert x.total == 17


@pytest.mark.parametrize(
    ("veto_text", "grade"),
    [
        ("发生重大安全事故的实行一票否决，年度考核直接定为不合格", "不合格"),
        ("一票否决，取消当年评先评优资格", "良好"),
        ("一票否决，下调两个等次", "合格"),
        ("实行一票否决", "不合格"),
    ],
)
def test_veto_consequences(veto_text, grade):
    rubric, scheme = make(
        [("a", None, "工作", 100)],
        [{"kind": "veto", "text": veto_text},
         {"kind": "grade", "label": "优秀", "at_least": 90, "text": "90分以上为优秀"},
         {"kind": "grade", "label": "良好", "at_least": 80, "text": "80分以上为良好"},
         {"kind": "grade", "label": "合格", "at_least": 60, "text": "60分以上为合格"},
         {"kind": "grade", "label": "不合格", "below": 60, "text": "60分以下为不合格"}],
    )
    rows = [{"unit": "x", "item": "a", "score": 95}, {"unit": "x", "rule": "r0", "count": 1},
            {"unit": "y", "item": "a", "score": 95}]
    run = score(scheme, facts(["x", "y"], rows), rubric)
    assert unit(run, "y").grade == "优秀" and not unit(run, "y").vetoed
    assert unit(run, "x").grade == grade and unit(run, "x").vetoed


def test_veto_zero_and_grade_rule_naming_the_veto():
    rubric, scheme = make(
        [("a", None, "工作", 100)],
        [{"kind": "veto", "text": "出现违纪的一票否决，考核总分为零"},
         {"kind": "veto", "text": "发生安全事故的一票否决"},
         {"kind": "grade", "label": "优秀", "at_least": 90},
         {"kind": "grade", "label": "不称职", "condition": "被一票否决的", "text": "被一票否决的评为不称职"}],
    )
    rows = [{"unit": "x", "item": "a", "score": 95}, {"unit": "x", "rule": "r0", "count": 1},
            {"unit": "y", "item": "a", "score": 95}, {"unit": "y", "rule": "r1", "count": 1}]
    run = score(scheme, facts(["x", "y"], rows), rubric)
    assert unit(run, "x").total == 0
    assert unit(run, "y").total == 95 and unit(run, "y").grade == "不称职"


def test_bare_grade_list_takes_the_grade_from_the_facts():
    rubric, scheme = make(
        [("a", None, "工作", 100)],
        [{"kind": "grade", "label": label} for label in ("优秀", "良好", "一般", "较差")],
    )
    run = score(scheme, facts([{"unit": "x", "grade": "良好"}], [{"unit": "x", "item": "a", "score": 80}]), rubric)
    assert unit(run, "x").grade == "良好"


def test_run_id_is_deterministic_and_independent_of_row_order():
    rubric, scheme = load("seed003_library.rubric.json")
    rows = [{"unit": "甲", "rule": "s0r54", "count": 7}, {"unit": "乙", "rule": "s0r68", "count": 1}]
    one = score(scheme, facts(["甲", "乙"], rows), rubric)
    two = score(scheme, facts(["乙", "甲"], rows[::-1]), rubric)
    assert one.run_id == two.run_id
    assert one.model_dump() == two.model_dump()


def test_notes_and_reasons_are_english_with_lang_en():
    from rubrics.messages import set_lang

    rubric, scheme = load("seed004.rubric.json")
    units = [{"unit": f"A{i}", "group": "经济管理类"} for i in range(5)]
    names = [u["unit"] for u in units]
    set_lang("en")
    try:
        run = score(scheme, facts(units, seed004_rows(names, [600, 595, 595, 585, 580])), rubric)
    finally:
        set_lang(None)
    assert "tied with A2" in unit(run, "A1").grade_reason
    assert any("tie at 960 in group 经济管理类" in n for n in run.grading)
    assert any("5 units in group 经济管理类: 一等 2 (40%)" in n for n in run.grading)
