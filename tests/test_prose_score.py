"""Prose extraction measured by the reference scorer: the prose seeds and our own prose documents.

Why the shared scorer: it is what the pipeline is judged by on unseen documents; a second scorer
here could drift from it. Floors are the issue's targets; where a figure is short because of
another stage (a rule phrasing pipeline.rules does not read yet), the floor says so.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures" / "prose"
SHARED = Path(__file__).resolve().parents[2] / "shared"  # ../shared beside the checkout
SAMPLE = HERE.parent / "corpus" / "sample"
sys.path.insert(0, str(FIXTURES))
sys.path.insert(0, str(SHARED / "tools"))

from txt_document import load  # noqa: E402

from rubrics.pipeline.extract import extract  # noqa: E402

score_extraction = pytest.importorskip("score_extraction")

TARGETS = {"items_f1": 0.95, "points": 0.98, "rules_f1": 0.90, "per": 0.95, "attach": 0.95}
PROSE_SEEDS = ["000_6f2e7e74bafc85c3", "001_c964ca30b7816367", "002_635a68ef83f5eca7", "004_8bf266f19149a451"]


def figures(doc_path: Path, gold_path: Path) -> dict:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    rubric = json.loads(extract(load(doc_path)).model_dump_json())
    counts, _ = score_extraction.score_document(gold, rubric)
    return score_extraction.figures(counts)


def short_of(fig: dict, targets: dict) -> dict:
    return {k: fig[k] for k, floor in targets.items() if fig[k] is not None and fig[k] < floor}


@pytest.mark.parametrize("stem", PROSE_SEEDS)
def test_prose_seed_txt_meets_the_targets(stem):
    doc = SHARED / "corpus" / "seeds" / f"{stem}.txt"
    if not doc.exists():
        pytest.skip("shared seed corpus not mounted")
    fig = figures(doc, SHARED / "gold" / f"{stem}.json")
    assert not short_of(fig, TARGETS), fig
    assert fig["items_f1"] is not None
    assert fig["year"] in (None, 1.0) and fig["scale"] in (None, 1.0), fig


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("stem", PROSE_SEEDS)
def test_prose_seed_docx_pdf_meet_the_targets(stem, fmt):
    doc = SAMPLE / f"{stem}.{fmt}"
    assert doc.exists(), f"corpus/sample lacks {doc.name}: run make corpus"
    fig = figures(doc, SHARED / "gold" / f"{stem}.json")
    assert not short_of(fig, TARGETS), fig


# Our own documents in other styles. Two floors sit below the targets because of phrasings
# pipeline.rules does not read yet: enterprise_download's quota `优秀比例不超过部门总数的20%`
# (one missed, one bare 优秀 spurious) and county_400's per unit in `每少完成10%扣8分`.
OWN = {
    "hospital_measures": TARGETS,
    "village_traditional": TARGETS,
    "enterprise_download": {**TARGETS, "rules_f1": 0.85},
    "county_400": {**TARGETS, "per": 0.9},
    # items whose rules close them in brackets, rule clauses under an unpointed part, grades once
    # for two schemes; decimal numbering 2.1 / 2.1.1 (both in traditional characters)
    "school_brackets_traditional": TARGETS,
    "unit_decimal_spec": TARGETS,
}


@pytest.mark.parametrize("stem", sorted(OWN))
def test_own_prose_documents_meet_their_floors(stem):
    fig = figures(FIXTURES / f"{stem}.txt", FIXTURES / f"{stem}.json")
    assert not short_of(fig, OWN[stem]), fig
    assert fig["items_f1"] == 1.0, fig
    assert fig["year"] in (None, 1.0) and fig["scale"] in (None, 1.0), fig


def test_gold_files_are_valid_for_the_scorer():
    """Our hand-made gold reads without warnings: every rule's item is an item of its scheme."""
    for path in FIXTURES.glob("*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        warnings: list[str] = []
        for raw in gold["schemes"]:
            score_extraction.read_gold_scheme(raw, warnings)
        assert not warnings, (path.name, warnings)


@pytest.fixture(scope="module")
def own_office_files(tmp_path_factory) -> dict[str, Path]:
    """Our prose fixtures as real DOCX (Word list numbering, as the corpus generator writes the
    seeds) and PDF (LibreOffice from that DOCX), so the parsers' path is measured too."""
    gen = HERE.parent / "corpus"
    sys.path.insert(0, str(gen))
    documents = pytest.importorskip("corpusgen.documents")
    writer = pytest.importorskip("corpusgen.docx_writer")
    out = tmp_path_factory.mktemp("prose_office")
    files: dict[str, Path] = {}
    for stem in OWN:
        text = (FIXTURES / f"{stem}.txt").read_text(encoding="utf-8")
        path = out / f"{stem}.docx"
        writer.save_docx(documents.prose_document(text, stem), path)
        files[f"{stem}.docx"] = path
    try:
        pdf = importlib.import_module("corpusgen.pdf")
        for path in pdf.convert_to_pdf([files[f"{s}.docx"] for s in OWN], out):
            files[path.name] = path
    except (SystemExit, OSError, subprocess.SubprocessError):
        pass  # no LibreOffice here: the PDF cases skip
    return files


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("stem", sorted(OWN))
def test_own_prose_documents_as_docx_and_pdf(stem, fmt, own_office_files):
    path = own_office_files.get(f"{stem}.{fmt}")
    if path is None:
        pytest.skip(f"no {fmt} made (LibreOffice missing)")
    fig = figures(path, FIXTURES / f"{stem}.json")
    assert not short_of(fig, OWN[stem]), fig
