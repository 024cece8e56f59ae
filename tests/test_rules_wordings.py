"""One test per named wording's example (rule_patterns.WORDING_EXAMPLES / NOT_RULE_EXAMPLES).

Why generated from the registry: each wording carries the example it is for, so adding one is a
line of data with its own test, and a wording whose example no longer holds fails by name.
"""

from __future__ import annotations

import pytest

from rubrics.pipeline import rule_patterns as P
from rubrics.pipeline.normalize import normalize_text
from rubrics.pipeline.rules import parse_rules

FIELDS = ("kind", "amount", "amount_max", "per", "label", "below", "at_least", "quota_pct")
CASES = [(family, name, text, expect) for family, rows in P.WORDING_EXAMPLES.items() for name, text, expect in rows]


def _got(text: str) -> list[dict]:
    norm = normalize_text(text).text
    return [{k: getattr(h, k) for k in FIELDS} for h in parse_rules(norm)]


def _want(rule: dict) -> dict:
    return {k: float(rule[k]) if isinstance(rule.get(k), (int, float)) else rule.get(k) for k in FIELDS}


def test_every_family_of_the_issue_has_examples():
    assert {"amounts", "open_amounts", "caps", "vetoes", "grades", "per", "traditional"} <= set(P.WORDING_EXAMPLES)
    names = [(f, n) for f, n, _, _ in CASES]
    assert len(names) == len(set(names)), "a wording name is used twice in one family"


@pytest.mark.parametrize(("family", "name", "text", "expect"), CASES, ids=[f"{f}:{n}" for f, n, _, _ in CASES])
def test_wording_example(family, name, text, expect):
    assert _got(text) == [_want(r) for r in expect]


@pytest.mark.parametrize(("name", "text"), P.NOT_RULE_EXAMPLES, ids=[n for n, _ in P.NOT_RULE_EXAMPLES])
def test_not_a_rule(name, text):
    assert _got(text) == []


def test_a_rule_after_a_deadline_keeps_only_its_own_amount():
    """1月10日前 is a date, 逾期扣1分 the rule: one hit, amount 1, no 10 or 1 from the date."""
    assert [(h["kind"], h["amount"]) for h in _got("1月10日前报送,逾期扣1分")] == [("deduct", 1.0)]


def test_numbers_in_names_are_no_amounts():
    assert [(h["kind"], h["amount"], h["per"]) for h in _got("十九大精神学习未开展扣1分")] == [("deduct", 1.0, None)]
    assert [(h["kind"], h["amount"]) for h in _got("二级医院未达标的扣5分")] == [("deduct", 5.0)]


def test_honour_as_condition_is_a_bonus_not_a_grade():
    assert [(h["kind"], h["amount"]) for h in _got("被评为先进单位的,加3分")] == [("bonus", 3.0)]


def test_traditional_text_keeps_its_own_characters_in_values():
    [hit] = parse_rules(normalize_text("考核總分90分以上為優秀").text)
    assert hit.label == "優秀"
    [hit] = parse_rules(normalize_text("每個項目獎勵3分").text)
    assert hit.per == "個項目"


def test_a_round_band_end_is_closed_only_by_the_grade_that_starts_there():
    """600分(含)至700分: 700 may be the top of a 700-point scale; only a grade starting at 700 in
    the same text shows the band ends below it (a guessed bound would be a wrong number)."""
    [alone] = _got("600分（含）至700分为合格")
    assert (alone["at_least"], alone["below"]) == (600.0, None)
    got = _got("600分（含）至700分为合格；700分以上为优秀")
    assert [(h["label"], h["at_least"], h["below"]) for h in got] == [("合格", 600.0, 700.0), ("优秀", 700.0, None)]


def test_a_direct_grade_is_a_veto_only_when_it_is_the_lowest():
    """The same words give a veto for the lowest grade and nothing for a reward (直接评为优秀)."""
    scheme = "90分以上为优秀，75分以上不足90分为合格，不足75分为基本合格。"
    assert [h["kind"] for h in _got(scheme + "瞒报事故的，直接评为基本合格")][-1] == "veto"
    assert [h["kind"] for h in _got(scheme + "瞒报事故的，直接评为合格")] == ["grade"] * 3
    assert _got("瞒报事故的，直接评为合格") == []


def test_a_grade_set_in_another_sentence_is_its_own_veto():
    """A veto and a direct grade are one rule only when one sentence joins them by a comma."""
    assert [h["kind"] for h in _got("发生重大事故的，实行一票否决，年度考核直接定为不合格")] == ["veto"]
    assert [h["kind"] for h in _got("发生重大事故的，实行一票否决。瞒报数据的，直接定为不合格")] == ["veto", "veto"]


def test_a_period_is_a_frequency_only_without_a_shortfall_after_it():
    """每月…一次 states how often a duty is due (per null); 每月少…一次 counts each month short."""
    assert _got("未按规定每月开展一次消防演练的，扣2分")[0]["per"] is None
    assert _got("每月少开展一次消防演练扣2分")[0]["per"] == "月"
