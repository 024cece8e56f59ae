"""Golden files: each fixture's rubric JSON and `--explain` text, committed and compared.

Why: a change in extraction must show as a diff a person reviews, not slip by. Run
`pytest tests/test_golden.py --update-golden` to rewrite them, then read `git diff tests/golden`.
The fixtures are our own documents (tests/fixtures/tables/*.md, tests/fixtures/prose/*.txt), read by
the real parsers.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rubrics.parsers import parse
from rubrics.pipeline.extract import extract
from rubrics.pipeline.reader.settings import DEFAULT
from rubrics.pipeline.reader.trace import Trace

HERE = Path(__file__).parent
GOLDEN = HERE / "golden"
FIXTURES = sorted([*(HERE / "fixtures" / "tables").glob("*.md"), *(HERE / "fixtures" / "prose").glob("*.txt")])


def _outputs(path: Path) -> tuple[str, str]:
    from rubrics.commands.extract import explain_text

    trace = Trace()
    rubric = extract(parse(path), DEFAULT, trace)
    data = json.loads(rubric.model_dump_json())
    data.pop("extractor_version", None)
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", explain_text(rubric, trace, DEFAULT) + "\n"


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_golden(path: Path, request):
    rubric_text, explain = _outputs(path)
    targets = {GOLDEN / f"{path.stem}.rubric.json": rubric_text, GOLDEN / f"{path.stem}.explain.txt": explain}
    if request.config.getoption("--update-golden"):
        GOLDEN.mkdir(exist_ok=True)
        for target, text in targets.items():
            target.write_text(text, encoding="utf-8")
        return
    for target, text in targets.items():
        assert target.exists(), f"{target.name} missing: run pytest {Path(__file__).name} --update-golden"
        assert target.read_text(encoding="utf-8") == text, (
            f"{target.name} differs from the extraction: review, then pytest {Path(__file__).name} --update-golden"
        )


def test_every_fixture_has_golden_files():
    names = {p.name for p in GOLDEN.glob("*")} if GOLDEN.exists() else set()
    missing = [p.name for p in FIXTURES if f"{p.stem}.rubric.json" not in names]
    assert not missing, f"no golden files for {missing}"
