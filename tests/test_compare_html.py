"""The HTML report in a real headless Chromium: it loads, its script runs, filters work, no errors."""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from rubrics.compare.diff import compare_schemes
from rubrics.compare.html import comparison_html, matrix_html
from rubrics.compare.matrix import build_matrix
from rubrics.compare.mutate import next_year
from rubrics.extracted.models import Rubric

FIXTURES = Path(__file__).parent / "fixtures" / "compare"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (Debian: apt-get install -y chromium)")

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium(url: str, *extra: str) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *extra, url],
                              capture_output=True, text=True, timeout=90)


def body_attrs(dom: str) -> dict[str, str]:
    tag = re.search(r"<body([^>]*)>", dom).group(1)
    return dict(re.findall(r'([\w-]+)="([^"]*)"', tag))


def js_errors(dom: str) -> str:
    return re.search(r'<div id="js-errors">(.*?)</div>', dom, re.S).group(1).strip()


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """A generated next-year pair of one seed-003 scheme: the changes are known."""
    rubric = Rubric.model_validate(json.loads((FIXTURES / "003_2484aa2863b60ef9.json").read_text(encoding="utf-8")))
    scheme = rubric.schemes[0]
    mutated = next_year(scheme, random.Random(11), ["add", "drop", "rename", "repoint", "rule_amount", "rule_unit"])
    comparison = compare_schemes(scheme, mutated.scheme, rubric.document, rubric.document)
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(comparison_html(comparison), encoding="utf-8")
    return path, comparison


def test_the_report_is_self_contained(report):
    text = report[0].read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", text)
    assert "<script>" in text and "<style>" in text


def test_the_report_loads_and_its_script_runs_without_errors(report):
    path, comparison = report
    run = chromium(path.as_uri(), "--dump-dom")
    assert run.returncode == 0, run.stderr[-2000:]
    attrs = body_attrs(run.stdout)
    assert attrs.get("data-ready") == "1"
    assert "data-errors" not in attrs and js_errors(run.stdout) == ""
    assert int(attrs["data-shown"]) == len(comparison.changes)
    assert run.stdout.count('data-kind="renamed"') == 1


def test_the_filters_hide_the_kinds_unchecked(report):
    path, comparison = report
    counts = comparison.counts()
    run = chromium(path.as_uri() + "#hide=item_added,rule_changed", "--dump-dom")
    shown = int(body_attrs(run.stdout)["data-shown"])
    assert shown == len(comparison.changes) - counts["item_added"] - counts["rule_changed"]


def test_a_script_error_would_be_seen(report, tmp_path):
    """The check above could fail: a page with a broken script reports it in the DOM."""
    broken = tmp_path / "broken.html"
    broken.write_text(report[0].read_text(encoding="utf-8").replace(
        "</body>", "<script>no_such_function();</script></body>"), encoding="utf-8")
    run = chromium(broken.as_uri(), "--dump-dom")
    assert "no_such_function" in js_errors(run.stdout)
    assert body_attrs(run.stdout).get("data-errors") == "1"


def test_the_screenshot_shows_the_changes_highlighted(report, tmp_path):
    from PIL import Image

    shot = tmp_path / "report.png"
    run = chromium(report[0].as_uri(), f"--screenshot={shot}", "--window-size=1280,2000")
    assert shot.exists(), run.stderr[-2000:]
    colours = {rgb for _, rgb in Image.open(shot).convert("RGB").getcolors(1 << 20)}
    assert (0xE6, 0xF6, 0xE9) in colours  # an added row's green
    assert (0xFD, 0xE8, 0xEA) in colours  # a dropped row's red
    assert (0xFF, 0xF5, 0xD6) in colours  # a changed row's amber


def test_the_matrix_page_marks_common_items_that_differ(tmp_path):
    rubric = Rubric.model_validate(json.loads((FIXTURES / "003_2484aa2863b60ef9.json").read_text(encoding="utf-8")))
    matrix = build_matrix(rubric.schemes, [s.name for s in rubric.schemes])
    path = tmp_path / "matrix.html"
    path.write_text(matrix_html(matrix), encoding="utf-8")
    run = chromium(path.as_uri() + "#hide=same,partial", "--dump-dom")
    attrs = body_attrs(run.stdout)
    assert attrs.get("data-ready") == "1" and js_errors(run.stdout) == ""
    assert int(attrs["data-shown"]) == sum(1 for r in matrix.rows if r.common and r.differs) > 0


ENGLISH_LABELS = ("item added", "item dropped", "re-pointed", "renamed", "rule changed", "before", "after",
                  "confidence", "shown", "filter text", "items,", "matched")


def visible_text(dom: str) -> str:
    """What a reader sees: the DOM without scripts, styles and tags (attributes keep the codes)."""
    dom = re.sub(r"<(script|style)\b.*?</\1>", " ", dom, flags=re.S)
    return re.sub(r"<[^>]+>", " ", dom)


def test_the_report_speaks_chinese_by_default_and_english_when_asked(report, tmp_path):
    from rubrics.messages import set_lang

    path, comparison = report
    run = chromium(path.as_uri(), "--dump-dom")
    text = visible_text(run.stdout)
    assert "项目改名" in text and "新增项目" in text and "分值调整" in text and "原出处" in text
    assert not [w for w in ENGLISH_LABELS if w in text]
    assert "第" in text and ("段" in text or "行" in text)  # sources in words, counted from 1
    set_lang("en")
    try:
        english = tmp_path / "en.html"
        english.write_text(comparison_html(comparison), encoding="utf-8")
    finally:
        set_lang(None)
    text = visible_text(chromium(english.as_uri(), "--dump-dom").stdout)
    assert "renamed" in text and "item added" in text and "项目改名" not in text
