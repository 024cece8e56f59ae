"""`python -m rubrics.extracted.schema`: write extracted/schema.json from the rubric models.

Why generated: the pydantic models in models.py are the contract; the JSON Schema other tools
validate against is derived from them, and a test checks the committed file is up to date.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rubrics.extracted.models import Rubric

SCHEMA_FILE = Path(__file__).with_name("schema.json")


def schema_text() -> str:
    schema = Rubric.model_json_schema()
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://rubrics.invalid/schema/rubric.json",
        "title": "rubrics rubric",
        "description": "What `rubrics extract FILE --format json` prints: a document's schemes, items and rules.",
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> None:
    out = Path(argv[0]) if argv else SCHEMA_FILE
    out.write_text(schema_text(), encoding="utf-8")
    print(out)


if __name__ == "__main__":
    main(sys.argv[1:])
