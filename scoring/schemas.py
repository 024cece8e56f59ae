"""`python -m rubrics.scoring.schemas`: write the facts, results and rules JSON Schemas.

Why generated: the pydantic models are the contract; the schemas beside extracted/schema.json are
derived from them, and a test checks the committed files are up to date.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rubrics.scoring.facts import Facts
from rubrics.scoring.results import ScoreRun
from rubrics.scoring.rules_json import RulesDocument

SCHEMAS = {
    "facts.schema.json": (Facts, "rubrics facts", "Observed facts per unit for `rubrics score`"),
    "results.schema.json": (ScoreRun, "rubrics score results", "Scores, breakdown and grades of `rubrics score`"),
    "rules.schema.json": (RulesDocument, "rubrics rules", "A scheme's rules for other scorers (export rules-json)"),
}


def schema_text(name: str) -> str:
    model, title, description = SCHEMAS[name]
    schema = model.model_json_schema()
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": title,
              "description": description, **{k: v for k, v in schema.items() if k not in ("title", "description")}}
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def extracted_dir() -> Path:
    import rubrics.extracted

    return Path(rubrics.extracted.__file__).parent


def main(argv: list[str] | None = None) -> None:
    out = Path(argv[0]) if argv else extracted_dir()
    for name in SCHEMAS:
        (out / name).write_text(schema_text(name), encoding="utf-8")
        print(out / name)


if __name__ == "__main__":
    main(sys.argv[1:])
