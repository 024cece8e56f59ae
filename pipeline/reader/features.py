"""What one cell's text looks like: a number, a percentage, a name, a sentence, a rule, a blank.

These are the observations column typing and the choice between readings are built on; each
is a small pure function with the examples it is for.
"""

from __future__ import annotations

import functools

import regex

from rubrics.pipeline.names import POINTS_IN_NAME
from rubrics.pipeline.normalize import clean, simplified

NUM = r"[+-]?\d+(?:\.\d+)?"
# `10`, `10分`, `10.5 分`, `（10分）`: a number of points standing alone in a cell.
# Points are never signed: `-2` in a 分值 cell is a deduction (`signed_value`), not points of -2.
POINTS_CELL = regex.compile(r"^[(（]?\s*(?P<n>\d+(?:\.\d+)?)\s*(?:分)?\s*[)）]?$")
SIGNED_CELL = regex.compile(r"^(?P<sign>[+\-−－＋])\s*(?P<n>\d+(?:\.\d+)?)\s*(?:分)?$")
# `20%`, `0.2` is not a percentage (it may be points); `20％` is folded by clean().
PERCENT_CELL = regex.compile(rf"^(?P<n>{NUM})\s*%$")
# Sentence punctuation: a cell holding one of these is text, not a name.
SENTENCE_MARKS = regex.compile(r"[，,。；;：:！？!?]")
# A rule statement: a verb, a number and 分 (扣2分, 得0.5分, 加1-3分, 扣减5分/次).
RULE_MARK = regex.compile(rf"(?:扣|减|加|得|奖|计|罚)[^\d。；;,，]{{0,4}}?{NUM}(?:\s*[-—~～至]\s*{NUM})?\s*分|不得分|扣完为止|一票否决")
# Placeholders a form leaves for the person filling it in: ${…}, □, ____, checked/>.
PLACEHOLDER = regex.compile(r"^\s*(?:\$\{[^}]*\}|[□☐■_＿\s]+|checked/>|#DIV/0!|#N/A|#VALUE!|#REF!)\s*$")
# A signed band of adjustment: `（±10分）` is a cap, not base points.
PLUS_MINUS = regex.compile(rf"[(（]?\s*[±]\s*(?P<n>{NUM})\s*分\s*[)）]?")
# A weight written into a name: `岗位工作情况（70%）`, `业务（占70%）`, `（权重20%）`.
WEIGHT_IN_NAME = regex.compile(rf"[(（]\s*(?:占|权重|比重)?\s*(?P<w>{NUM})\s*%\s*[)）]|(?:占|权重)\s*(?P<v>{NUM})\s*%")
# A formula (`考核得分=小计得分×质量系数`) is never a name.
FORMULA = regex.compile(r"[=＝×÷]")


@functools.lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Cleaned, simplified text of a cell (line breaks kept as spaces)."""
    return simplified(clean(text or "")).strip()


# An amount in a column of its own, with the unit it is charged per: `2分/次`, `0.5分/处`, `10分每起`, `3`.
AMOUNT_CELL = regex.compile(r"^(?P<n>\d+(?:\.\d+)?)\s*分?\s*(?:[/／每]\s*(?P<per>[\p{Han}]{1,2}))?$")
# A cell saying "none here": no amount on the row (`—`, `/`, `无`), or a row not assessed in a points
# column (`不考核`, `不适用`).
NONE_CELL = regex.compile(r"^\s*(?:[—–\-－─/／\\]+|无|不考核|不适用)\s*$")


def amount_value(text: str) -> tuple[float, str | None] | None:
    """(amount, unit charged per) of an amount cell, or None (`2分/次` → (2, 次); `5` → (5, None))."""
    m = AMOUNT_CELL.match(norm(text))
    return (float(m.group("n")), m.group("per")) if m else None


def is_none(text: str) -> bool:
    return bool(NONE_CELL.match(norm(text)))


def points_value(text: str) -> float | None:
    """The number a points cell states, or None (`10`, `10分` → 10; `加2-5分` → None)."""
    m = POINTS_CELL.match(norm(text))
    return float(m.group("n")) if m else None


def signed_value(text: str) -> tuple[str, float] | None:
    """(`deduct` or `bonus`, amount) of a cell holding a signed number (`-2`, `+5分`), or None."""
    m = SIGNED_CELL.match(norm(text))
    if not m:
        return None
    return ("bonus" if m.group("sign") in "+＋" else "deduct"), float(m.group("n"))


def percent_value(text: str) -> float | None:
    m = PERCENT_CELL.match(norm(text))
    return float(m.group("n")) if m else None


def is_blank(text: str) -> bool:
    t = (text or "").strip()
    return not t or bool(PLACEHOLDER.match(t))


def has_rule(text: str) -> bool:
    return bool(RULE_MARK.search(norm(text)))


def join_lines(text: str) -> str:
    """A name printed over several lines, joined: `政⏎治⏎思⏎想` → 政治思想, `安全管理⏎体系运行` →
    安全管理体系运行; a line break between Latin words stays a space."""
    parts = [p.strip() for p in (text or "").splitlines() if p.strip()]
    out = ""
    for p in parts:
        if out and out[-1].isascii() and out[-1].isalnum() and p[0].isascii() and p[0].isalnum():
            out += " " + p
        else:
            out += p
    return out


@functools.lru_cache(maxsize=65536)
def label_likeness(text: str, max_chars: int, sentence_chars: int) -> float:
    """+1 for a name (short, no sentence punctuation, no rule), -1 for a sentence or a rule, 0 between."""
    t = norm(join_lines(text))
    if not t:
        return 0.0
    if has_rule(t) or FORMULA.search(t):
        return -1.0
    t = POINTS_IN_NAME.sub("", WEIGHT_IN_NAME.sub("", t))  # pipeline.names: `安全报告（20分）`
    n = len(t)
    marks = len(SENTENCE_MARKS.findall(t))
    if n <= max_chars and marks == 0:
        return 1.0
    if n >= sentence_chars or marks >= 2 or regex.search(r"[。；;]", t):
        return -1.0
    return 0.0
