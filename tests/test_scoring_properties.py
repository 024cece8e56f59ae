"""Property tests: bounds hold for any counts, quotas give exactly their shares, row order does not matter."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from rubrics.extracted.models import DocumentInfo, Item, Rubric, Rule, Scheme
from rubrics.scoring.engine import score
from rubrics.scoring.facts import Facts
from rubrics.scoring.grades import quota_seats

FIXTURES = Path(__file__).parent / "fixtures" / "scoring"
SEED003 = Rubric.model_validate_json((FIXTURES / "seed003_library.rubric.json").read_text(encoding="utf-8"))
SEED004 = Rubric.model_validate_json((FIXTURES / "seed004.rubric.json").read_text(encoding="utf-8"))

# fixed-amount rules of seed 003 with a per-unit (counts of any size) or one-off (0/1)
RULES_003 = [r for r in SEED003.schemes[0].rules
             if r.kind == "deduct" and r.amount is not None and r.amount_max is None]
ASSET = "s0i16"  # 资产管理 (2分) carries 扣完为止


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(RULES_003), st.integers(0, 40)), max_size=30, unique_by=lambda t: t[0].id))
def test_capped_item_stays_within_zero_and_its_points(counts):
    rows = [{"unit": "u", "rule": r.id, "count": c if r.per else min(c, 1)} for r, c in counts]
    run = score(SEED003.schemes[0], Facts.model_validate({"units": [{"unit": "u"}], "facts": rows}), SEED003)
    items = {i.item: i for i in run.units[0].items}
    assert 0 <= items[ASSET].score <= 2
    for line in run.units[0].items:  # no item rises above its points (all rules here deduct)
        if line.score is not None and line.max is not None:
            assert line.score <= line.max + 1e-9


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 10), min_size=1, max_size=6).filter(lambda xs: sum(xs) > 0),
       st.integers(1, 60))
def test_quota_seats_are_exact_shares(parts, n):
    total = sum(parts)
    shares = [p * 100 / total for p in parts]  # shares that sum to 100
    from decimal import Decimal

    seats = quota_seats(n, [Decimal(str(s)) for s in shares])
    assert sum(seats) == n
    cumulative = 0.0
    given_so_far = 0
    for share, seat in zip(shares[:-1], seats[:-1], strict=True):
        cumulative += share
        given_so_far += seat
        assert given_so_far <= n * cumulative / 100 + 1e-9  # never more than the stated share
        assert given_so_far > n * cumulative / 100 - 1 - 1e-9  # and less than one seat short


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(0, 400), min_size=10, max_size=10, unique=True))
def test_seed004_quotas_assign_40_50_10_of_ten_distinct_units(functional):
    names = [f"U{i}" for i in range(10)]
    rows = []
    for name, value in zip(names, functional, strict=True):
        rows += [{"unit": name, "item": "s0i1", "score": 200 + value}, {"unit": name, "item": "s0i13", "score": 100},
                 {"unit": name, "item": "s0i16", "score": 200}, {"unit": name, "item": "s0i17", "score": 100}]
    run = score(SEED004.schemes[0], Facts.model_validate({"facts": rows}), SEED004)
    ranked = sorted(run.units, key=lambda u: -u.total)
    from collections import Counter

    quota = Counter()
    for u in ranked:  # the quota part of the reason, before thresholds lower a grade
        quota[u.grade_reason.split("；")[0].split("：")[-1].removesuffix("名额")] += 1
    assert quota == Counter({"一等": 4, "二等": 5, "三等或不合格": 1})
    for u in run.units:
        assert (u.grade == "不合格") == (u.total < 900) or u.grade == "三等或不合格"


def _scheme_with_everything() -> tuple[Rubric, Scheme]:
    items = [Item(id="a", path=["甲"], name="甲", points=10), Item(id="b", path=["乙"], name="乙", points=5)]
    rules = [Rule(id="r0", item="a", kind="deduct", amount=0.5, per="次", text="每次扣0.5分"),
             Rule(id="r1", item="a", kind="cap", text="扣完为止"),
             Rule(id="r2", item="b", kind="award", amount=1, per="篇", text="每篇得1分"),
             Rule(id="r3", kind="bonus", amount=2, per="项", text="每项加2分"),
             Rule(id="r4", kind="cap", amount=5, text="加分累计最高不超过5分"),
             Rule(id="r5", kind="grade", label="一等", quota_pct=30, text="30%一等"),
             Rule(id="r6", kind="grade", label="二等", quota_pct=70, text="70%二等")]
    scheme = Scheme(id="s", name="s", items=items, rules=rules)
    return Rubric(document=DocumentInfo(scale=15), schemes=[scheme]), scheme


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8), st.integers(0, 5)), min_size=1, max_size=8),
       st.randoms(use_true_random=False))
def test_scoring_is_independent_of_row_order(counts, rnd: random.Random):
    rubric, scheme = _scheme_with_everything()
    units = [{"unit": f"单位{i}"} for i in range(len(counts))]
    rows = []
    for i, (d, a, b) in enumerate(counts):
        rows += [{"unit": f"单位{i}", "rule": "r0", "count": d}, {"unit": f"单位{i}", "rule": "r2", "count": a},
                 {"unit": f"单位{i}", "rule": "r3", "count": b}]
    first = score(scheme, Facts.model_validate({"units": units, "facts": rows}), rubric)
    rnd.shuffle(rows)
    rnd.shuffle(units)
    second = score(scheme, Facts.model_validate({"units": units, "facts": rows}), rubric)
    assert first.model_dump() == second.model_dump()
    for unit in first.units:
        items = {i.item: i.score for i in unit.items}
        assert 0 <= items["a"] <= 10 and 0 <= items["b"] <= 5
        assert unit.total <= 15 + 5
