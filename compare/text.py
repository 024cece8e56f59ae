"""Text similarity for matching: normalised strings, jieba tokens, rapidfuzz ratios.

Why one module: names, paths, criteria and rule conditions are all compared the same way, and
jieba is slow to load and chatty, so it is loaded once, lazily and quietly, here.
"""

from __future__ import annotations

import logging
import unicodedata
from functools import lru_cache

import regex
from rapidfuzz import fuzz

# Characters that carry no meaning for matching: whitespace and punctuation, ASCII or CJK
# (e.g. "党建工作（统战工作）" and "党建工作(统战工作)" compare equal).
_NOISE = regex.compile(r"[\s\p{P}\p{S}]+")

# Numbers inside a rule's text or condition: masked so that "每少1次扣0.25分" and
# "每少1次扣0.5分" have the same skeleton and the amount change is reported as a change.
_NUMBER = regex.compile(r"\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+(?=[分次项个人篇条%])")

_jieba = None


def _tokenizer():
    """jieba, initialised once and quietly (no 'Building prefix dict' chatter on stderr)."""
    global _jieba
    if _jieba is None:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        logging.getLogger("jieba").setLevel(logging.WARNING)
        jieba.initialize()
        _jieba = jieba
    return _jieba


@lru_cache(maxsize=65536)
def norm(text: str | None) -> str:
    """NFKC, casefolded, without whitespace and punctuation."""
    if not text:
        return ""
    return _NOISE.sub("", unicodedata.normalize("NFKC", text).casefold())


@lru_cache(maxsize=65536)
def tokens(text: str | None) -> frozenset[str]:
    """The jieba words of a normalised text (deterministic: jieba's default dictionary, HMM off)."""
    n = norm(text)
    if not n:
        return frozenset()
    return frozenset(t for t in _tokenizer().lcut(n, HMM=False) if t.strip())


def skeleton(text: str | None) -> str:
    """A text with its numbers masked, for comparing rules whose amounts may have changed."""
    return _NUMBER.sub("#", norm(text))


def ratio(a: str | None, b: str | None) -> float:
    """Character similarity 0..1 of two normalised texts (1.0 when equal, 0.0 when one is empty)."""
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return 1.0 if na == nb else 0.0
    return fuzz.ratio(na, nb) / 100.0


def name_similarity(a: str | None, b: str | None) -> float:
    """How alike two item names are: characters (rapidfuzz) blended with shared jieba words.

    Why both: a character ratio rewards small edits (建设 → 建设工作), the word overlap keeps
    two names that only share a common word (工作) from looking alike.
    """
    na, nb = norm(a), norm(b)
    if na == nb:
        return 1.0
    if not na or not nb:
        return 0.0
    ta, tb = tokens(a), tokens(b)
    jaccard = len(ta & tb) / len(ta | tb) if ta and tb else 0.0
    partial = 0.0
    short, long_ = sorted((na, nb), key=len)
    if len(short) >= 4 and short in long_:  # 完成优质校建设任务 ⊂ 完成2020年度优质校建设任务
        partial = 0.85
    return max(0.6 * fuzz.ratio(na, nb) / 100.0 + 0.4 * jaccard, partial)


def text_similarity(a: str | None, b: str | None) -> float:
    """How alike two longer texts (criteria, task, rule conditions) are, numbers masked."""
    sa, sb = skeleton(a), skeleton(b)
    if not sa or not sb:
        return 1.0 if sa == sb else 0.0
    return fuzz.ratio(sa, sb) / 100.0
