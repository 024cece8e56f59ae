"""The score results: each unit's total, grade, rank and the breakdown that explains every number.

Why a model of its own: the same records are printed as a table, written to XLSX/JSON, stored in
the warehouse's `scores` table and described by `extracted/results.schema.json`.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

RESULTS_FORMAT = "rubrics-results/1"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RuleLine(_Model):
    """One rule applied to one unit: count × amount = points, signed as it acts on the score."""

    rule: str
    item: str | None = None
    kind: str
    text: str
    count: float | None = None
    amount: float | None = Field(None, description="amount per count used (the rule's, or the one chosen)")
    points: float = Field(description="effect on the score after caps: negative for deductions")
    raw_points: float = Field(description="effect before caps")
    formula: str = Field(description="how the points were reached, e.g. '3 次 × 0.25 = 0.75'")
    notes: list[str] = Field(default_factory=list)


class ItemLine(_Model):
    """An item's score for one unit; `score` is null for items with no points of their own."""

    item: str
    parent: str | None = None
    path: list[str]
    name: str
    max: float | None = Field(None, description="the item's points (or weight × scale)")
    score: float | None = None
    basis: str = Field(description="rules, judged (score from the facts), default (full points, 扣分法), "
                       "owned (no points of its own: its rules count in its owner's points) or none")
    rules: list[RuleLine] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


class UnitResult(_Model):
    unit: str
    group: str | None = None
    total: float
    grade: str | None = None
    grade_reason: str | None = None
    rank: int = Field(description="rank by total within the unit's group (1 = best; equal totals share a rank)")
    vetoed: bool = False
    items: list[ItemLine] = Field(default_factory=list)
    scheme_rules: list[RuleLine] = Field(default_factory=list, description="rules of the whole scheme")
    notes: list[str] = Field(default_factory=list)


class SchemeInfo(_Model):
    document_id: str | None = None
    document_title: str | None = None
    document_source: str | None = None
    scheme_id: str
    scheme_name: str


class ScoreRun(_Model):
    """The results of scoring a set of units against one scheme."""

    format: str = RESULTS_FORMAT
    run_id: str = Field(description="SHA-256 (first 16 hex) of the scheme and facts: the same inputs give the same id")
    scheme: SchemeInfo
    scale: float | None = None
    facts_sha256: str | None = None
    units: list[UnitResult] = Field(default_factory=list, description="by group, then rank, then name")
    grading: list[str] = Field(default_factory=list, description="how grades were given: quotas, rounding, ties")
    warnings: list[str] = Field(default_factory=list)
