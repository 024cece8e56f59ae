"""The README is true: every `rubrics …` command in its code blocks runs as written against the demo
warehouse (`rubrics demo`), in a folder where the README's relative paths resolve.

Lines that are not a `rubrics` command (`make …`, the reference scorer under ../shared) are listed in
SKIPPED_PREFIXES with the reason; a test fails when the README gains a command of another kind, so
nothing is left out in silence.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
RUBRICS = Path(sys.executable).parent / "rubrics"

# Commands in the README this test does not run, and why.
SKIPPED_PREFIXES = {
    "make ": "builds the virtualenv or runs the whole suite: what runs this test",
    "rubrics review ": "starts a web server that runs until Ctrl-C; tests/test_review.py drives it in a browser",
    ".venv/bin/python ../shared/tools/score_extraction.py": "needs ../shared; the scoring figures are "
                                                             "checked by tests/test_*_score.py",
}

pytestmark = pytest.mark.slow


def readme_commands() -> list[str]:
    """Every command line of the README's ```bash blocks, continuation lines joined, comments cut."""
    text = README.read_text(encoding="utf-8")
    out = []
    for block in re.findall(r"```bash\n(.*?)```", text, flags=re.S):
        joined = re.sub(r"\\\n\s*", " ", block)
        for line in joined.splitlines():
            line = re.sub(r"\s+#\s.*$", "", line).strip()
            if line and not line.startswith("#"):
                out.append(line)
    return out


def test_every_readme_command_is_run_or_skipped_for_a_reason():
    commands = readme_commands()
    assert any(c.startswith("rubrics ") for c in commands)
    others = [c for c in commands if not c.startswith("rubrics ")
              and not any(c.startswith(p) for p in SKIPPED_PREFIXES)]
    assert not others, f"README commands neither run nor skipped: {others}"


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("readme")
    (folder / "tests").symlink_to(ROOT / "tests")
    env = {k: v for k, v in os.environ.items() if k not in ("RUBRICS_DB", "RUBRICS_LANG")}
    run = subprocess.run([str(RUBRICS), "demo"], cwd=folder, capture_output=True, text=True, timeout=900, env=env)
    assert run.returncode == 0, run.stderr[-2000:]
    return folder


def fill_in(sheet_path: Path) -> None:
    """What the README asks a person to do with the facts template: give each judged item a score
    (here its full points) and leave every count empty (nothing to deduct)."""
    from openpyxl import load_workbook

    book = load_workbook(sheet_path)
    sheet = book["facts"]
    heads = [str(c.value or "") for c in sheet[1]]
    col = {h.split()[-1]: n for n, h in enumerate(heads, start=1) if h}
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, col["fill"]).value and "score" in str(sheet.cell(row, col["fill"]).value):
            sheet.cell(row, col["score"], sheet.cell(row, col["max"]).value or 0)
    book.save(sheet_path)


# After a README command, what its comment tells the reader to do before the next one.
AFTER = {"facts-template": lambda folder, args: fill_in(folder / args[args.index("--out") + 1])}


def test_readme_commands_run_as_written_in_order(demo_folder):
    env = {k: v for k, v in os.environ.items() if k not in ("RUBRICS_DB", "RUBRICS_LANG")} | {"COLUMNS": "100"}
    for command in (c for c in readme_commands() if c.startswith("rubrics ")
                    and not any(c.startswith(p) for p in SKIPPED_PREFIXES)):
        args = shlex.split(command)
        run = subprocess.run([str(RUBRICS), *args[1:]], cwd=demo_folder, capture_output=True, text=True,
                             timeout=600, env=env)
        assert run.returncode == 0, f"{command}\n{run.stdout[-1500:]}\n{run.stderr[-1500:]}"
        assert "Traceback" not in run.stderr
        if args[1] in AFTER:
            AFTER[args[1]](demo_folder, args)
