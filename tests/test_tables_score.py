"""Table extraction measured by the reference scorer on our own table documents and seed 003.

Why the shared scorer: it is what the pipeline is judged by on unseen documents; a second
scorer here could drift from it. Floors sit at the issue's targets where the mechanism reaches
them; seed 003's item floor records where general mechanisms stop (see the gold's notes).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures" / "tables"
SHARED = Path(__file__).resolve().parents[2] / "shared"  # ../shared beside the checkout
sys.path.insert(0, str(FIXTURES))
sys.path.insert(0, str(SHARED / "tools"))

from md_document import load  # noqa: E402

from rubrics.pipeline.extract import extract  # noqa: E402

score_extraction = pytest.importorskip("score_extraction")

TARGETS = {"items_f1": 0.95, "points": 0.98, "rules_f1": 0.90, "per": 0.95, "attach": 0.95}


def _figures(doc_path: Path, gold_path: Path) -> dict:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    rubric = json.loads(extract(load(doc_path)).model_dump_json())
    counts, _ = score_extraction.score_document(gold, rubric)
    return score_extraction.figures(counts)


@pytest.mark.parametrize("stem", ["hospital_levels", "weights_only", "enterprise_pages", "numbered_one_column"])
def test_own_table_documents_meet_the_targets(stem):
    fig = _figures(FIXTURES / f"{stem}.md", FIXTURES / f"{stem}.json")
    short = {k: fig[k] for k, floor in TARGETS.items() if fig[k] is not None and fig[k] < floor}
    assert not short, f"{stem}: {short} (all figures {fig})"
    assert fig["items_f1"] is not None


def test_weights_only_table_keeps_weights_and_no_points():
    rubric = extract(load(FIXTURES / "weights_only.md"))
    items = {tuple(i.path): i for i in rubric.schemes[0].items}
    assert items[("业务发展",)].weight_pct == 50
    assert items[("业务发展", "营业收入完成率")].weight_pct == 30
    assert all(i.points is None for i in items.values())
    assert items[("内部管理", "安全生产")].method == "定性评价"


SEED_GOLD = SHARED / "gold" / "003_2484aa2863b60ef9.json"
SEED_FORMS = [SHARED / "corpus" / "seeds" / "003_2484aa2863b60ef9.txt"] + [
    HERE.parent / "corpus" / "sample" / f"003_2484aa2863b60ef9.{ext}" for ext in ("docx", "pdf")
]
# items: the txt meets the target; the generated docx/pdf encode the OCR's centred labels as
# merged cells (fill-down), which places four rows under another parent than the gold reads.
ITEM_FLOOR = {"txt": 0.95, "docx": 0.95, "pdf": 0.95}


@pytest.mark.parametrize("path", SEED_FORMS, ids=lambda p: p.suffix.lstrip("."))
def test_seed_003_floors(path):
    if not path.exists():
        pytest.skip(f"{path.name} not generated")
    try:
        from rubrics.parsers import parse

        parse(path)
    except Exception as exc:  # no parser for this form yet
        if path.suffix != ".txt":
            pytest.skip(f"{path.suffix} parser: {exc}")
    fig = _figures(path, SEED_GOLD)
    assert fig["points"] >= 0.98, fig
    assert fig["items_f1"] >= ITEM_FLOOR[path.suffix.lstrip(".")], fig
    assert fig["rules_f1"] >= 0.90, fig
    assert fig["per"] >= 0.95, fig
    assert fig["attach"] >= 0.95, fig
