"""Drafts: what the outline and table stages hand to extract, before ids and checks.

Why a separate, loose shape: the stages build trees incrementally (a row continues the item
above, a page break splits a name); ids, parent links and sum checks are assigned once, at the
end, by `pipeline.extract.build_rubric`.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass, field

from rubrics.extracted.models import Repair, Source


@dataclass
class RuleDraft:
    """One statement of an amount with its own condition (see pipeline.rules)."""

    kind: str
    text: str  # the exact source text stating the rule
    amount: float | None = None
    amount_max: float | None = None
    per: str | None = None
    label: str | None = None
    below: float | None = None
    at_least: float | None = None
    quota_pct: float | None = None
    condition: str | None = None
    source: Source | None = None
    topic: str | None = None  # what the statement names before a colon (`任务完成：…得30分`): the item it scores
    stated_for_all: bool = False  # under a heading on additions or deductions, or beside a limit on additions


@dataclass
class ItemDraft:
    """An item of the tree; `path` runs from the scheme's top category to this item."""

    path: list[str]
    points: float | None = None
    weight_pct: float | None = None
    method: str | None = None
    assessor: str | None = None
    task: str | None = None
    criteria: str | None = None
    source: Source | None = None
    rules: list[RuleDraft] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path[-1]

    @property
    def allotted(self) -> bool:
        """Whether the item states its share: points or a weight."""
        return self.points is not None or self.weight_pct is not None

    @property
    def scored(self) -> bool:
        """Whether the item gives anything to score by: its share or a rule."""
        return self.allotted or bool(self.rules)


@dataclass
class SchemeDraft:
    """A scheme: a named tree of items plus the rules of the whole scheme (item null)."""

    name: str
    items: list[ItemDraft] = field(default_factory=list)
    rules: list[RuleDraft] = field(default_factory=list)
    total: float | None = None
    source: Source | None = None
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (code, message)
    repairs: list[Repair] = field(default_factory=list)  # names read differently from the print

    def states_numbers(self) -> bool:
        """Whether the scheme gives anything to score by: points, a weight or a rule."""
        return bool(self.rules) or any(i.scored for i in self.items)


def add_new_rules(rules: list[RuleDraft], more: Iterable[RuleDraft]) -> None:
    """Append copies of the rules in `more` that `rules` does not state yet (the same kind, amount,
    label and text: a note printed again, a restatement), each once."""
    have = {_rule_key(r) for r in rules}
    for rule in more:
        if _rule_key(rule) not in have:
            have.add(_rule_key(rule))
            rules.append(copy.copy(rule))


def _rule_key(rule: RuleDraft) -> tuple:
    return (rule.kind, rule.amount, rule.label, rule.text)  # a list's grades share one text: the label tells them apart
