"""The message catalogue: every entry has both languages with the same fields; the language is chosen
by --lang, then RUBRICS_LANG, else Chinese; a source is pointed at the same way, counted from 1."""

from __future__ import annotations

import string

import pytest

from rubrics.messages import MESSAGES, message, set_lang
from rubrics.where import describe_source


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_both_languages_name_the_same_fields(code):
    zh, en = MESSAGES[code]
    assert zh and en and fields(zh) == fields(en)


def test_chinese_by_default_english_by_env_or_flag(monkeypatch):
    monkeypatch.delenv("RUBRICS_LANG", raising=False)
    assert message("kind.repointed") == "分值调整"
    monkeypatch.setenv("RUBRICS_LANG", "en")
    assert message("kind.repointed") == "re-pointed"
    set_lang("zh")
    try:
        assert message("kind.repointed") == "分值调整"  # the flag wins over the environment
    finally:
        set_lang(None)


def test_a_source_in_words_is_counted_from_one(monkeypatch):
    monkeypatch.delenv("RUBRICS_LANG", raising=False)
    assert describe_source({"page": 3, "table": 1, "row": 3, "col": 4}) == "第3页 表2 第4行 第5列"
    assert describe_source({"paragraph": 11}) == "第12段"
    assert describe_source({}, fallback="s0i1") == "s0i1"
    monkeypatch.setenv("RUBRICS_LANG", "en")
    assert describe_source({"page": 3, "table": 1, "row": 3, "col": 4}) == "p. 3, table 2, row 4, col 5"


def test_the_cli_takes_lang(tmp_path):
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-m", "rubrics", "--lang", "en", "show", "x", "--db",
                          str(tmp_path / "none.duckdb")], capture_output=True, text=True, timeout=60)
    assert run.returncode == 1 and len(run.stderr.strip().splitlines()) == 1
    bad = subprocess.run([sys.executable, "-m", "rubrics", "--lang", "fr", "show"], capture_output=True, text=True,
                         timeout=60)
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
