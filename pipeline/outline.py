"""Schemes from numbered prose: 一、→（一）→ 1. →（1）→ ① with points stated inline.

STUB: owned by the prose work (issue 4). Contract:
    prose_schemes(doc, has_tables: bool) -> list[SchemeDraft]
"""

from __future__ import annotations

from rubrics.parsers.document import Document
from rubrics.pipeline.draft import SchemeDraft


def prose_schemes(doc: Document, has_tables: bool = False) -> list[SchemeDraft]:
    return []
