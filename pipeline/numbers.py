"""Numbers as policies write them: Arabic decimals, Chinese numerals, ranges.

Why one module: every rule amount, count and threshold goes through here, so "扣二分", "扣2分"
and "扣0.2-0.6分" give the same kind of value, and nothing that is not written as a number
(a year, a percent sign, 十分 meaning "very") becomes one by accident.
"""

from __future__ import annotations

from functools import lru_cache

import cn2an

# Characters of a Chinese numeral (二, 十五, 两, 一百), with the financial forms contracts and
# enterprise tables use (壹, 贰, 叁拾; after traditional folding 貳 is 贰). No 半: "减半" is a
# relation, not 0.5.
CN_DIGITS = "零〇一二两兩三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟"

# A number as written: `0.25`, `12`, `十五`, `两`. Used inside larger patterns, so no groups.
ARABIC = r"\d+(?:\.\d+)?"
CHINESE = f"[{CN_DIGITS}]{{1,6}}"
NUMBER = f"(?:{ARABIC}|{CHINESE})"

# Range separators between two numbers: `0.2-0.6`, `1—3`, `1~3`, `1至3`, `1到3`, `5－15`.
RANGE_SEP = r"(?:-|—|–|－|~|～|〜|至|到)"


@lru_cache(maxsize=4096)
def to_number(text: str) -> float | None:
    """`0.25` → 0.25, `二` → 2.0, `十五` → 15.0; None when the text is no number.

    Why None rather than an exception: callers try candidates; a non-number is just no match.
    """
    text = text.strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        pass
    if any(ch not in CN_DIGITS for ch in text):
        return None
    try:
        value = cn2an.cn2an(text.replace("兩", "两").replace("〇", "零"), "smart")
    except (ValueError, KeyError, TypeError):
        return None
    return float(value)


def is_one(text: str | None) -> bool:
    """Whether a count is 1 (`1`, `一`): the count `per` drops (每1次 → 次)."""
    return text is not None and to_number(text) == 1.0


def format_count(text: str) -> str:
    """A count as written, for a `per` that keeps it (每3个百分点 → 3个百分点)."""
    return text.strip()
