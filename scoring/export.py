"""Registers `rubrics export --format rules-json` with the warehouse's export registry.

Why here: rubrics.warehouse.export imports this module on first use (WRITER_MODULES), so the
warehouse need not know the scorer; the writer turns its Selection into rules documents.
"""

from __future__ import annotations

import json
from pathlib import Path

from rubrics.scoring.rules_json import rules_document, write_rules_json
from rubrics.warehouse.export import Selection, register_writer


def write_rules(selection: Selection, out: Path) -> None:
    """One scheme (or document): one rules document; several documents: a JSON list of them."""
    if len(selection.rubrics) == 1:
        rubric = selection.rubrics[0]
        scheme = rubric.schemes[0] if selection.scheme_id is not None and rubric.schemes else None
        write_rules_json(rubric, scheme, out)
        return
    docs = [rules_document(r).model_dump(mode="json") for r in selection.rubrics]
    text = json.dumps(docs, ensure_ascii=False, indent=2) + "\n"
    if str(out) == "-":
        import sys

        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")


register_writer("rules-json", write_rules)
