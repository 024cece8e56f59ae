"""The rubric JSON contract: extracted/schema.json is current, and real extractions validate."""

from pathlib import Path

import jsonschema
import pytest

from rubrics.extracted.schema import SCHEMA_FILE, schema_text
from rubrics.parsers import parse
from rubrics.pipeline.extract import extract

SAMPLE = Path(__file__).resolve().parents[1] / "corpus" / "sample"


def test_committed_schema_is_generated_from_the_models():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "extracted/schema.json is stale: run python -m rubrics.extracted.schema"
    )


@pytest.mark.parametrize("path", sorted(SAMPLE.glob("*.docx")) + sorted(SAMPLE.glob("*.xlsx")), ids=lambda p: p.name)
def test_extraction_of_sample_validates_against_schema(path):
    import json

    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    rubric = json.loads(extract(parse(path)).model_dump_json())
    jsonschema.validate(rubric, schema)
    assert rubric["schemes"], f"{path.name}: no scheme extracted"


def test_schema_rejects_a_rule_of_unknown_kind():
    import json

    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    bad = {
        "document": {},
        "schemes": [{"id": "s", "name": "x", "rules": [{"id": "r", "kind": "penalty", "text": "扣1分"}]}],
    }
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
