"""Document fields: title, issuing organisation, year, scale.

STUB: owned by the prose work (issue 4). Contract:
    document_fields(doc, schemes) -> DocumentInfo   (id/source/format are set by the caller)
"""

from __future__ import annotations

from rubrics.extracted.models import DocumentInfo
from rubrics.parsers.document import Document
from rubrics.pipeline.draft import SchemeDraft


def document_fields(doc: Document, schemes: list[SchemeDraft]) -> DocumentInfo:
    return DocumentInfo()
