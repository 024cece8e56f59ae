"""One label printed several ways down one tree column is one label.

Why: a merged label cell that a scan, an OCR pass or a page break printed again comes out in
variants — spaced (`安全 管理 (20分)`), cut short (`安全(20分)`), misread by one character
(`安全官理(20分)`), cut across two rows (`安全` / `管理 (20分)`), or a row holding only a fragment
of the label above (`(重点 工作)` under `考勤工作 (重点 工作)`). Each is the label above, not a new
item. The evidence is what the variants share: the same stated points and the characters of one
inside the other; a fragment with no points of its own must be a piece of the label it continues.
"""

from __future__ import annotations

import functools

import regex

from rubrics.pipeline import names as nm
from rubrics.pipeline.reader import features as F

# A fragment continuing the label above has at least this many characters (one character is noise).
MIN_FRAGMENT = 2
# A variant with the same points keeps at least this share of the longer spelling's characters.
MIN_VARIANT_SHARE = 0.5
# Of the labels of one column, at least this share state their points for a cut label to be joined
# (a column whose names carry points: `内部管理 (15分)`).
POINTED_COLUMN_SHARE = 1 / 3


@functools.lru_cache(maxsize=65536)
def key(name: str) -> str:
    """A name as compared: simplified, without spaces and punctuation."""
    return regex.sub(r"[\W_]+", "", F.norm(name or ""))


def _subsequence(short: str, long_: str) -> bool:
    it = iter(long_)
    return all(ch in it for ch in short)


def is_variant(name: str, points: float | None, other: str, other_points: float | None) -> bool:
    """Whether label `other` (with its stated points) is label `name` printed again.

    The same name; or, without points of its own, a piece of it (`(重点工作)` of `考勤工作(重点工作)`);
    or, with the same points, one spelling's characters in order inside the other, sharing at least
    half of them (`安全(20分)`, `安全官理(20分)` for 安全管理 (20分))."""
    a, b = key(name), key(other)
    if not a or not b:
        return False
    if a == b:
        return True
    if other_points is None:
        return len(b) >= MIN_FRAGMENT and b in a
    if points is None or other_points != points:
        return False
    short, long_ = sorted((a, b), key=len)
    return len(short) >= MIN_VARIANT_SHARE * len(long_) and _subsequence(short, long_)


def join_cut(upper: str, lower: str) -> str:
    """Two pieces of one label cut across rows, the overlap at the cut read once
    (`安全管理` + `管理 (20分)` → `安全管理 (20分)`)."""
    return nm.overlap_join(regex.sub(r"\s+", "", upper.strip()), regex.sub(r"\s+", "", lower.strip()))
