"""Our held-out sets (corpus/unseen*: documents in our own words, made by their make_unseen*.py, with
gold written from the documents) scored by the reference scorer, every form together, against the
targets issue 11 sets for documents nobody tuned on. One total per set, not floors per document: the
sets are a proxy for documents outside every folder, and what matters is that the reader keeps its
general level there. Each set was first measured before any fix made from it (its FINDINGS.md); the
reader was then mended in general mechanisms, each shown by a test of its own. corpus/unseen3 is
reported by `make score-unseen3`, not held here: its missing points are a judgement call of its gold
(dimension points stated only as `各维度满分均为100分`), and the newest set is measured, not held.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "tools" / "score_extraction.py"
SETS = ("unseen", "unseen2", "unseen4", "unseen5", "unseen6", "unseen7", "unseen8", "unseen9")
# issue 11: "items F1 ≥ 0.90, rules F1 ≥ 0.85 and rules on the right item ≥ 0.85"; points never wrong.
TARGETS = {"items_f1": 0.90, "rules_f1": 0.85, "attach": 0.85, "points": 0.99}

pytestmark = pytest.mark.slow


@pytest.mark.skipif(not SCORER.exists(), reason=f"reference scorer not found beside the checkout ({SCORER})")
@pytest.mark.parametrize("name", SETS)
def test_held_out_documents_meet_the_targets(name, tmp_path, capsys):
    unseen = ROOT / "corpus" / name
    out = tmp_path / f"{name}.json"
    command = [sys.executable, str(SCORER), "--gold", str(unseen / "gold"), "--docs", str(unseen), "--recursive",
               "--ext", "docx,pdf,xlsx,html", "--jobs", "2", "--json", str(out),
               "--cmd", f"{shlex.quote(sys.executable)} -m rubrics extract {{file}} --format json"]
    subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=1800)
    report = json.loads(out.read_text(encoding="utf-8"))
    fig = report["totals"]["all"]["figures"]
    with capsys.disabled():
        print(f"\nheld-out set {name}:", report["summary"])
    assert fig["failed"] == 0
    short = {k: round(fig[k], 3) for k, floor in TARGETS.items() if fig[k] < floor}
    assert not short, f"held-out set {name} below the targets: {short} ({report['summary']})"
