"""Every gold document in every form, scored by the reference scorer, kept above its floor.

The forms: the shared originals (seeds' .txt, real .xlsx/.doc/.html), the seeds' generated
DOCX/PDF/XLSX (corpus/sample) and the real documents rendered by LibreOffice (corpus/real).
Why floors per document and form, not one total: a gain on one document must not hide a loss on
another, and a form (PDF of a workbook) can break alone. The floors are reviewed data in
tests/floors.json: `pytest tests/test_score_corpus.py --update-floors` rewrites them from today's
figures (of the forms it scored), rounded down by FLOOR_MARGIN, and prints which went down; the
diff is reviewed like code. A floor of 0 or null guards only that the run does not fail.
Each test prints its figures against the floors. The scorer runs once per form (--jobs 2), its
--json report cached for the session, so the cost is one extraction per document and form.
"""

from __future__ import annotations

import importlib.util
import json
import math
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"  # ../shared beside the checkout
SCORER = SHARED / "tools" / "score_extraction.py"
GOLD = SHARED / "gold"
DOCS = (SHARED / "corpus", ROOT / "corpus" / "sample", ROOT / "corpus" / "real")  # the first that has a file wins
FORMS = ("txt", "docx", "pdf", "xlsx", "doc", "html")
FIGURES = ("items_f1", "points", "rules_f1", "attach")
FLOORS = Path(__file__).parent / "floors.json"
FLOOR_MARGIN = 0.01  # a floor sits this far under the figure it was taken from, then rounds down to 0.01
JOBS = 2

pytestmark = pytest.mark.slow
ABSENT = f"reference scorer or gold not found beside the checkout ({SCORER}, {GOLD})"


def _load_floors() -> dict:
    return json.loads(FLOORS.read_text(encoding="utf-8"))["floors"] if FLOORS.exists() else {}


def _scorer_module():
    """The scorer's own gold loading and document pairing, so the pairs here are the ones it scores."""
    if "score_extraction" in sys.modules:
        return sys.modules["score_extraction"]
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_extraction"] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def floor_of(figure: float | None) -> float | None:
    """Today's figure as a floor: FLOOR_MARGIN under it, rounded down to 0.01, never below 0."""
    if figure is None:
        return None
    return max(0.0, math.floor(round((figure - FLOOR_MARGIN) * 100, 6)) / 100)


class Scores:
    """The scorer's --json report per form, run on first use and kept for the session."""

    def __init__(self, tmp: Path):
        self.tmp, self.reports = tmp, {}

    def document(self, stem: str, form: str) -> dict | None:
        if form not in self.reports:
            self.reports[form] = self._run(form)
        return next((d for d in self.reports[form]["documents"] if d["id"] == stem and d["format"] == form), None)

    def _run(self, form: str) -> dict:
        out = self.tmp / f"score-{form}.json"
        command = [sys.executable, str(SCORER), "--gold", str(GOLD), "--docs", *map(str, DOCS), "--recursive",
                   "--ext", form, "--jobs", str(JOBS), "--json", str(out),
                   "--cmd", f"{shlex.quote(sys.executable)} -m rubrics extract {{file}} --format json"]
        run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=1800)
        if run.returncode == 2 or not out.exists():  # nothing of this form to score
            return {"documents": []}
        return json.loads(out.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def scores(tmp_path_factory, request):
    """Scores for the session; with --update-floors, floors.json rewritten from them at the end."""
    cache = Scores(tmp_path_factory.mktemp("score_corpus"))
    yield cache
    if request.config.getoption("--update-floors") and cache.reports:
        message = _write_floors(cache)
        capture = request.config.pluginmanager.get_plugin("capturemanager")
        with capture.global_and_fixture_disabled():  # said even when the run captures output
            print(message)


def _write_floors(cache: Scores) -> str:
    """Floors of every form scored this session replaced by today's; other forms kept; lowered ones said."""
    old = _load_floors()
    new = {stem: dict(forms) for stem, forms in old.items()}
    for form, report in cache.reports.items():
        for stem in list(new):
            new[stem].pop(form, None)
        for doc in report["documents"]:
            new.setdefault(doc["id"], {})[form] = {k: floor_of(doc["figures"][k]) for k in FIGURES}
    lowered = [f"{stem}.{form} {k} {was[k]} -> {new[stem][form][k]}"
               for stem, forms in old.items() for form, was in forms.items() for k in FIGURES
               if form in cache.reports and was.get(k) is not None
               and (new.get(stem, {}).get(form, {}).get(k) or 0) < was[k]]
    lines = ['{\n "about": "Floors of tests/test_score_corpus.py: per gold document and form, the reference '
             'scorer\'s figures rounded down; null where there is nothing to measure. Regenerate with pytest '
             'tests/test_score_corpus.py --update-floors and review the diff.",\n "floors": {']
    stems = sorted(s for s in new if new[s])
    for n, stem in enumerate(stems):
        forms = [f for f in FORMS if f in new[stem]]
        body = ",\n".join(f'   "{f}": {json.dumps(new[stem][f])}' for f in forms)
        lines.append(f'  "{stem}": {{\n{body}\n  }}' + ("," if n < len(stems) - 1 else ""))
    lines.append(" }\n}\n")
    FLOORS.write_text("\n".join(lines), encoding="utf-8")
    return f"\nfloors written to {FLOORS}" + ("; LOWERED:\n  " + "\n  ".join(lowered) if lowered else "")


def _pairs() -> list[tuple[str, str]]:
    return [(stem, form) for stem, forms in sorted(_load_floors().items()) for form in FORMS if form in forms]


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


@pytest.mark.skipif(not (SCORER.exists() and GOLD.is_dir()), reason=ABSENT)
@pytest.mark.parametrize(("stem", "form"), _pairs(), ids=[f"{s}.{f}" for s, f in _pairs()])
def test_document_in_form_holds_its_floor(stem, form, scores, request, capsys):
    doc = scores.document(stem, form)
    floors = _load_floors()[stem][form]
    assert doc is not None, f"{stem}.{form}: no document in {[str(d) for d in DOCS]} (floor kept in floors.json)"
    fig = doc["figures"]
    shown = ", ".join(f"{k} {_fmt(fig[k])} (floor {_fmt(floors.get(k))})" for k in FIGURES)
    with capsys.disabled():
        print(f"\n{stem}.{form}: {shown}")
    assert doc["status"] == "ok", f"{stem}.{form}: {doc['status']}: {doc['error']}"
    if request.config.getoption("--update-floors"):
        return
    # n/a (nothing to measure) fails a floor above 0: a figure that was measured must stay measured
    short = [f"{k} {_fmt(fig[k])} < {floors[k]}" for k in FIGURES
             if floors.get(k) and (fig[k] is None or fig[k] < floors[k])]
    assert not short, f"{stem}.{form} below its floor: {', '.join(short)}"


@pytest.mark.skipif(not (SCORER.exists() and GOLD.is_dir()), reason=ABSENT)
def test_every_document_and_form_has_a_floor(scores, request):
    """A gold document found in a form without a floor is unguarded: floors.json must name it."""
    scorer = _scorer_module()
    index = scorer.DocIndex(list(DOCS), True)
    found = {(gold_id, form) for gold_id, gold in scorer.load_gold_dir(GOLD, None) for form in FORMS
             if index.find(scorer.gold_stems(gold_id, gold), form)}
    if request.config.getoption("--update-floors"):
        for form in sorted({form for _, form in found}):
            scores.document("", form)  # every form scored, so every pair gets its floor at the end
        return
    floors = _load_floors()
    unguarded = sorted(f"{s}.{f}" for s, f in found if f not in floors.get(s, {}))
    assert not unguarded, f"no floor for {unguarded}: run pytest tests/test_score_corpus.py --update-floors"
