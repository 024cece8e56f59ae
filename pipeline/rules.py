"""Rule statements inside criteria text: deduct, award, bonus, cap, veto, grade.

STUB: owned by the rules work (issue 4). Contract:
    parse_rules(text: str) -> list[RuleHit]
where text is normalised text (pipeline.normalize) and each RuleHit carries kind, amount,
amount_max, per, label, below, at_least, quota_pct, condition and its [start, end) span in text.
"""
