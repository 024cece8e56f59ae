"""Our held-out set (corpus/unseen: nine documents in our own words, made by make_unseen.py, with gold
written from the documents) scored by the reference scorer, every form together, against the targets
issue 11 sets for documents nobody tuned on. One total, not floors per document: the set is a proxy for
documents outside every folder, and what matters is that the reader keeps its general level there.
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
UNSEEN = ROOT / "corpus" / "unseen"
# issue 11: "items F1 ≥ 0.90, rules F1 ≥ 0.85 and rules on the right item ≥ 0.85"; points never wrong.
TARGETS = {"items_f1": 0.90, "rules_f1": 0.85, "attach": 0.85, "points": 0.99}

pytestmark = pytest.mark.slow


@pytest.mark.skipif(not SCORER.exists(), reason=f"reference scorer not found beside the checkout ({SCORER})")
def test_held_out_documents_meet_the_targets(tmp_path, capsys):
    out = tmp_path / "unseen.json"
    command = [sys.executable, str(SCORER), "--gold", str(UNSEEN / "gold"), "--docs", str(UNSEEN), "--recursive",
               "--ext", "docx,pdf,xlsx,html", "--jobs", "2", "--json", str(out),
               "--cmd", f"{shlex.quote(sys.executable)} -m rubrics extract {{file}} --format json"]
    subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=1800)
    report = json.loads(out.read_text(encoding="utf-8"))
    fig = report["totals"]["all"]["figures"]
    with capsys.disabled():
        print("\nheld-out set:", report["summary"])
    assert fig["failed"] == 0
    short = {k: round(fig[k], 3) for k, floor in TARGETS.items() if fig[k] < floor}
    assert not short, f"held-out set below the targets: {short} ({report['summary']})"
