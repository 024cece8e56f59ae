"""Every gold rule of the seeds, parsed from its own text: kind, numbers and per must match.

Why per rule: it isolates the statement grammar from the table and outline stages. The floors
are the issue's targets; the figures are printed so a run shows where the parser stands.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
import regex

from rubrics.pipeline.normalize import normalize_text
from rubrics.pipeline.numbers import NUMBER, to_number
from rubrics.pipeline.rules import parse_rules

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"
SEEDS = GOLD.parent / "corpus" / "seeds"  # the seeds' gold only: real documents are scored whole elsewhere
NUMBERS = ("amount", "amount_max", "below", "at_least", "quota_pct")


def _per(value: str | None) -> str | None:
    """`per` compared as the scorer does: NFKC, no punctuation or space, no leading 每."""
    if value is None:
        return None
    text = unicodedata.normalize("NFKC", value).casefold()
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PZC")
    return (text[1:] if text.startswith("每") else text) or None


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 1e-6


def _matches(hit, rule: dict) -> bool:
    if hit.kind != rule["kind"] or hit.label != rule.get("label"):
        return False
    return all(_same(getattr(hit, k), rule.get(k)) for k in NUMBERS)


def _gold_rules() -> list[dict]:
    rules = []
    for path in sorted(GOLD.glob("*.json")):
        if not (SEEDS / f"{path.stem}.txt").exists():
            continue
        for scheme in json.loads(path.read_text(encoding="utf-8"))["schemes"]:
            rules.extend(scheme["rules"])
    return rules


@pytest.mark.skipif(not GOLD.exists(), reason="shared gold not present")
def test_gold_rules_parse_from_their_own_text(capsys):
    rules = _gold_rules()
    assert len(rules) > 500
    numbers_ok = per_ok = 0
    misses = []
    for rule in rules:
        text = normalize_text(rule["text"]).text
        matching = [h for h in parse_rules(text) if _matches(h, rule)]
        if not matching:
            misses.append(rule["text"])
            continue
        numbers_ok += 1
        if any(_per(h.per) == _per(rule.get("per")) for h in matching):
            per_ok += 1
    rate, per_rate = numbers_ok / len(rules), per_ok / len(rules)
    with capsys.disabled():
        print(f"\ngold rules {len(rules)}: kind+numbers {rate:.3f}, per {per_rate:.3f}; missed {sorted(set(misses))}")
    assert rate >= 0.95
    assert per_rate >= 0.95


@pytest.mark.skipif(not GOLD.exists(), reason="shared gold not present")
def test_gold_amounts_are_written_in_the_hit_text():
    """No invented numbers: every amount a hit carries is written inside the hit's own span."""
    number = regex.compile(NUMBER)
    for rule in _gold_rules():
        text = normalize_text(rule["text"]).text
        for hit in parse_rules(text):
            written = {to_number(m.group(0)) for m in number.finditer(hit.text(text))}
            for key in NUMBERS:
                value = getattr(hit, key)
                if value is not None and not (key == "amount" and value == 0 and "不" in hit.text(text)):
                    assert value in written, (key, value, hit.text(text))
