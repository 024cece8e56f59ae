"""Page furniture and web chrome: what surrounds a document's body and is not part of it.

STUB: owned by the normalisation work (issue 4). Contract:
    strip_document(doc) -> (Document, list[Repair])
returns a copy of the Document whose blocks are the body only (download-site chrome, page
numbers, running headers, chunk markers removed), and the repairs made, so nothing is lost.
"""

from __future__ import annotations

from rubrics.extracted.models import Repair
from rubrics.parsers.document import Document


def strip_document(doc: Document) -> tuple[Document, list[Repair]]:
    return doc, []
