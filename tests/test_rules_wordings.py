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
