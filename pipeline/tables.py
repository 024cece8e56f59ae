"""Schemes from scoring tables: header roles, merged cells, page-split rows, item trees.

STUB: owned by the tables work (issue 4). Contract:
    table_schemes(doc) -> list[SchemeDraft]
"""

from __future__ import annotations

from rubrics.parsers.document import Document
from rubrics.pipeline.draft import SchemeDraft


def table_schemes(doc: Document) -> list[SchemeDraft]:
    return []
