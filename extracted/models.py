"""The rubric record models: the contract of `rubrics extract` and of extracted/*.json.

Why pydantic: the same classes validate what extraction builds, serialise the JSON that other
scorers read, and generate `extracted/schema.json` (`python -m rubrics.extracted.schema`).
The shape follows the design's contract; fields only ever get added, never renamed.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

RuleKind = Literal["deduct", "award", "bonus", "cap", "veto", "grade"]

EXTRACTOR_VERSION = "0.1.0"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Source(_Model):
    """Where a record came from, precise enough for a person to find it in the file."""

    file: str | None = None
    page: int | None = Field(None, description="1-based page (PDF) where known")
    paragraph: int | None = Field(None, description="paragraph index in the source, for prose")
    block: int | None = Field(None, description="block index in the parsed Document")
    table: int | None = Field(None, description="0-based table index in the Document")
    row: int | None = Field(None, description="0-based grid row in that table")
    col: int | None = Field(None, description="0-based grid column in that table")
    text: str | None = Field(None, description="the exact source text the record was read from")
    ocr: bool = Field(False, description="true when the text came from OCR")


class Repair(_Model):
    """A change normalisation made to the source text, kept so the original stays traceable."""

    kind: str = Field(description="spacing, decimal, width, furniture, ocr …")
    before: str
    after: str
    source: Source | None = None


class DocumentInfo(_Model):
    id: str | None = Field(None, description="SHA-256 of the file's bytes")
    source: str | None = Field(None, description="file name")
    format: str | None = None
    title: str | None = None
    org: str | None = Field(None, description="issuing organisation")
    year: int | None = None
    scale: float | None = Field(None, description="100 (百分制), 1000 (千分制) or the total the document states")
    method: str | None = Field(None, description="how units are assessed, where the document says")
    assessor: str | None = Field(None, description="who assesses, where the document says")


class Item(_Model):
    id: str
    parent: str | None = None
    path: list[str]
    name: str
    points: float | None = None
    weight_pct: float | None = None
    method: str | None = None
    assessor: str | None = None
    task: str | None = None
    criteria: str | None = None
    source: Source | None = None


class Rule(_Model):
    id: str
    item: str | None = Field(None, description="id of the item the rule belongs to; null for the whole scheme")
    kind: RuleKind
    amount: float | None = None
    amount_max: float | None = Field(None, description="upper end of a range (扣0.2-0.6分)")
    per: str | None = Field(None, description="unit the amount is charged per (次, 人次, 项 …); null for one-off")
    label: str | None = Field(None, description="grade label (优秀, 一等, 不合格 …) for grade rules")
    below: float | None = None
    at_least: float | None = None
    quota_pct: float | None = None
    condition: str | None = None
    text: str = Field(description="the shortest source text that states the rule")
    source: Source | None = None


class Warning(_Model):  # noqa: A001 - the contract's name
    code: str
    message: str
    item: str | None = None


class Scheme(_Model):
    id: str
    name: str
    total: float | None = None
    items: list[Item] = Field(default_factory=list)
    rules: list[Rule] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list)
    needs_review: bool = Field(False, description="the reader doubts something here: see warnings")


class Rubric(_Model):
    document: DocumentInfo
    schemes: list[Scheme] = Field(default_factory=list)
    repairs: list[Repair] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list, description="document-level warnings")
    extractor_version: str = EXTRACTOR_VERSION
