"""Hand-written rule statements in other wordings (tests/fixtures/rules/cases.json).

Each case lists every rule the text states, in reading order, and nothing else: a number that is
no rule (a year, 不少于4次, an item's 20分) must not come back as one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rubrics.pipeline.normalize import normalize_text
from rubrics.pipeline.rules import parse_rules

CASES = json.loads((Path(__file__).parent / "fixtures" / "rules" / "cases.json").read_text(encoding="utf-8"))["cases"]
FIELDS = ("kind", "amount", "amount_max", "per", "label", "below", "at_least", "quota_pct")


def _expected(rule: dict) -> dict:
    out = {}
    for key in FIELDS:
        value = rule.get(key)
        out[key] = float(value) if isinstance(value, (int, float)) else value
    return out


def test_enough_cases_in_other_wordings():
    assert len(CASES) >= 40
    assert {"hospital", "village", "enterprise", "traditional", "1000-point", "400-point", "bands", "none"} <= {
        c["domain"] for c in CASES
    }


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:24] for c in CASES])
def test_case(case):
    text = normalize_text(case["text"]).text
    got = [{key: getattr(hit, key) for key in FIELDS} for hit in parse_rules(text)]
    assert got == [_expected(rule) for rule in case["expect"]]
