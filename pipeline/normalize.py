"""Text repairs every format needs, each one recorded and every character traceable.

Why offsets: a rule's `text` must be the exact source text a person can find in the file, but
rules are read from the repaired text (`0. 25` → `0.25`, `区 发 改 局` → `区发改局`). `NormText`
keeps, for every character of the repaired text, the index of the source character it came
from, so any span maps back to the original.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field

import regex

# OCR confusions repaired only where the context proves them; each (kind, pattern, replacement,
# example). The pattern matches one character, so offsets stay one to one.
OCR_CONFUSIONS: list[tuple[str, str, str, str]] = [
    # digit zero read for the letter O at the start of a Latin acronym: `0A系统` → `OA系统`
    ("ocr", r"(?<![0-9A-Za-z.])0(?=[A-Z]{1,4}(?![A-Za-z0-9]))", "O", "0A系统"),
    # letter O read for zero between digits or before 分/%: `1O0分` → `100分`, `1O分` → `10分`
    ("ocr", r"(?<=\d)[Oo](?=\d|分|%)", "0", "1O分"),
    # letter l / I read for one between digits: `2l9` → `219`
    ("ocr", r"(?<=\d)[lI](?=\d)", "1", "2l9"),
]
_OCR = [(kind, regex.compile(p), repl) for kind, p, repl, _ in OCR_CONFUSIONS]


@functools.cache
def _traditional_table() -> dict[int, str]:
    """Traditional → simplified, one character for one (OpenCC's TSCharacters table).

    Why one for one: patterns read a simplified shadow of the text at the same offsets, while
    names and rule texts are taken from the text as printed (a traditional document keeps its
    own characters)."""
    from pathlib import Path

    import opencc

    table: dict[int, str] = {}
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        trad, _, simp = line.partition("\t")
        simp = simp.split(" ")[0]
        if len(trad) == 1 and len(simp) == 1 and trad != simp:
            table[ord(trad)] = simp
    return table


def simplified(text: str) -> str:
    """The text with traditional characters folded to simplified, same length, same offsets."""
    return text.translate(_traditional_table())


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
    repair_spans: list[tuple[int, int]] = field(default_factory=list)  # source [start, end) of each repair

    def merged_repairs(self) -> list[tuple[str, str, str]]:
        """Repairs with neighbouring ones of a kind merged: `区 发 改 局` is one spacing repair."""
        merged: list[tuple[str, int, int]] = []
        for (kind, _, _), (start, end) in zip(self.repairs, self.repair_spans, strict=True):
            if merged and merged[-1][0] == kind and start - merged[-1][2] <= 2:
                merged[-1] = (kind, merged[-1][1], max(end, merged[-1][2]))
            else:
                merged.append((kind, start, end))
        out = []
        for kind, start, end in merged:
            before = self.original[start:end]
            out.append((kind, before, normalize_text_plain(before) if kind != "ocr" else self._after(start, end)))
        return out

    def _after(self, start: int, end: int) -> str:
        return "".join(ch for ch, off in zip(self.text, self.offsets, strict=True) if start <= off < end)

    @functools.cached_property
    def simple(self) -> str:
        """The repaired text in simplified characters (same offsets), for patterns to read."""
        return simplified(self.text)

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


def _repair_ocr(chars: list[str], offsets: list[int], text: str, repairs, spans) -> list[str]:
    """Apply OCR_CONFUSIONS in place (one character for one, so offsets hold)."""
    joined = "".join(chars)
    for kind, pattern, repl in _OCR:
        for m in pattern.finditer(joined, timeout=1.0):
            i = m.start()
            chars[i] = repl
            start = offsets[max(i - 1, 0)]
            end = offsets[min(i + 1, len(offsets) - 1)] + 1
            repairs.append((kind, text[start:end], "".join(chars[max(i - 1, 0) : i + 2])))
            spans.append((start, end))
        joined = "".join(chars)
    return chars


def fold_char(ch: str) -> str:
    """One source character with its width folded (NFKC), as normalisation folds it.

    Circled and one-character numbers (①, ⑴, ⒈) are numbering levels of their own, so they stay:
    NFKC would make them plain digits, `(1)` or `1.`. Ideographic and no-break spaces become plain
    spaces.
    """
    if ch in "\u3000\xa0":
        return " "
    if ord(ch) <= 0x7F or 0x2460 <= ord(ch) <= 0x249B:
        return ch
    return unicodedata.normalize("NFKC", ch)


def _fold(text: str) -> tuple[list[str], list[int]]:
    """NFKC per character (full-width digits and brackets to ASCII), keeping source offsets."""
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        for out in fold_char(ch):
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
    spans: list[tuple[int, int]] = []
    chars = _repair_ocr(chars, offsets, text, repairs, spans)
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
                    spans.append((out_offsets[-2 if kind == "decimal" and len(out_offsets) > 1 else -1], offsets[j] + 1))
            else:
                out.append(" ")
                out_offsets.append(offsets[i])
            i = j
            continue
        out.append(ch)
        out_offsets.append(offsets[i])
        i += 1
    return NormText(text="".join(out), original=text, offsets=out_offsets, repairs=repairs, repair_spans=spans)


def normalize_text_plain(text: str) -> str:
    return normalize_text(text).text


@functools.lru_cache(maxsize=65536)
def clean(text: str) -> str:
    """The repaired text only, for names and labels."""
    return normalize_text(text).text
