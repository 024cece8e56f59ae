"""Text repairs every format needs, each one recorded and every character traceable.

Why offsets: a rule's `text` must be the exact source text a person can find in the file, but
rules are read from the repaired text (`0. 25` → `0.25`, `区 发 改 局` → `区发改局`). `NormText`
keeps, for every character of the repaired text, the index of the source character it came
from, so any span maps back to the original.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field


def is_cjk(ch: str) -> bool:
    """Han characters and CJK punctuation/fullwidth forms: text where spaces carry no meaning."""
    if not ch:
        return False
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2FFFF
        or 0xF900 <= code <= 0xFAFF
        or 0x3000 <= code <= 0x303F  # CJK punctuation: 、。〔〕「」
        or 0xFF00 <= code <= 0xFFEF  # fullwidth forms (before NFKC)
        or ch in "•·…—“”‘’《》【】（），；：！？"
    )


@dataclass
class NormText:
    """Repaired text plus, per character, the index of its source character."""

    text: str
    original: str
    offsets: list[int]
    repairs: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, before, after)

    def original_span(self, start: int, end: int) -> str:
        """The source text behind text[start:end] (spaces and misreadings as printed)."""
        if start >= end or not self.offsets:
            return ""
        first = self.offsets[start]
        last = self.offsets[min(end, len(self.offsets)) - 1]
        return self.original[first : last + 1]

    def original_range(self, start: int, end: int) -> tuple[int, int]:
        if start >= end or not self.offsets:
            return (0, 0)
        return self.offsets[start], self.offsets[min(end, len(self.offsets)) - 1] + 1


def _fold(text: str) -> tuple[list[str], list[int]]:
    """NFKC per character (full-width digits and brackets to ASCII), keeping source offsets."""
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        folded = unicodedata.normalize("NFKC", ch) if ord(ch) > 0x7F else ch
        if ch in "\u3000\xa0":
            folded = " "
        for out in folded:
            chars.append(out)
            offsets.append(i)
    return chars, offsets


def _drop_space(prev: str, nxt: str, before2: str) -> bool:
    """Whether a whitespace run between prev and nxt is layout noise rather than a word gap."""
    if not prev or not nxt:
        return True  # leading/trailing
    if is_cjk(prev) or is_cjk(nxt):
        return True
    # a decimal split by OCR: `0. 25` (digit, point, space, digit)
    if prev == "." and nxt.isdigit() and before2.isdigit():
        return True
    if prev.isdigit() and nxt in "%％.":
        return True
    return prev in "(（[-—~～/" or nxt in ")）]-—~～/,:;"


def normalize_text(text: str) -> NormText:
    """Fold widths and remove layout spaces; every change is listed in `repairs`."""
    chars, offsets = _fold(text)
    out: list[str] = []
    out_offsets: list[int] = []
    repairs: list[tuple[str, str, str]] = []
    i = 0
    n = len(chars)
    while i < n:
        ch = chars[i]
        if ch.isspace():
            j = i
            while j < n and chars[j].isspace():
                j += 1
            prev = out[-1] if out else ""
            before2 = out[-2] if len(out) > 1 else ""
            nxt = chars[j] if j < n else ""
            if _drop_space(prev, nxt, before2):
                if prev and nxt:
                    kind = "decimal" if prev == "." and nxt.isdigit() else "spacing"
                    left = before2 + prev if kind == "decimal" else prev
                    repairs.append((kind, left + "".join(chars[i:j]) + nxt, left + nxt))
            else:
                out.append(" ")
                out_offsets.append(offsets[i])
            i = j
            continue
        out.append(ch)
        out_offsets.append(offsets[i])
        i += 1
    return NormText(text="".join(out), original=text, offsets=out_offsets, repairs=repairs)


def clean(text: str) -> str:
    """The repaired text only, for names and labels."""
    return normalize_text(text).text
