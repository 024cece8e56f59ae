"""One numbering engine for prose and tables: 第X章, 一、（一）1.（1）①⑴, 1.1 / 1.1.1, A、, 其一, 职能七、.

Why one module: the outline reader, the table reader (a 序号 column, a numbered label in a tree
column), names and rules all need to know where numbering is, what number it carries and how
deep it sits. One list of styles, each with its example, serves all of them.

    leading_marker(text)  numbering at the start of a text, or None
    strip_marker(text)    the text without it (a name)
    inline_markers(text)  numbered clauses inside a paragraph or cell (`1.…;2.…`)
    levels(markers)       the depth of each marker of a sequence, by the document's own order

Patterns accept both full-width and ASCII punctuation (raw cells and normalised text) and
traditional characters (條 節 項 兩). Numbers that are not numbering (`2019年`, `1.5分`,
`10%`, `3个`, `1月10日`, `一票否决`, `一等奖`, `一是`) never match: a marker needs its own
punctuation or word (`、` `.` `)` `第…条`), and an Arabic marker is never followed by a digit
or a unit.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from rubrics.pipeline.numbers import to_number

TIMEOUT = 1.0  # seconds; every pattern here runs on user-controlled text

CN = "〇零一二两兩三四五六七八九十百"
CN_NUM = f"[{CN}]{{1,5}}"  # bounded: an unbounded run made marker search quadratic
OPEN = r"[(（]\s*"
CLOSE = r"\s*[)）]"
DOT = r"[.．]"
DUN = "、"
# After an Arabic marker: never a digit or percent (`1.5`, `1、2、3`, `10%`).
NOT_NUMBER_AFTER = r"(?!\s*[\d%％])"
# A decimal is numbering only before words (`3.1考核内容`, `3.2日常检查`), never alone (`1.5`) or
# before a unit (`1.5分`, `3.5万元`, `2.5倍`); a unit character that starts a common word
# (分类, 年度, 人员, 人才, 台账, 项目, 名称) does not count as a unit.
DECIMAL_UNIT = (
    r"%|％|倍|万|亿|元|分(?![类值配析工级项解别组])|个(?!人)|米|吨|亩|公里|公斤|小时|天|年(?!度)|月(?!度)"
    r"|次|人(?![员才事口力身文])|项(?!目)|件|台(?![账帐])|户|名(?!称)|岁|周(?!边)|日(?!常)"
)
DECIMAL_AFTER = rf"(?!\s*(?:\d|{DECIMAL_UNIT}))\s*(?=[\p{{Han}}(（《“])"
# Characters that make a word with a following numeral (统一、 唯一、 之一、): no prefix marker.
PREFIX_BLOCKERS = "统唯之第万进同单专划逐每如若任其初十百千〇零一二两兩三四五六七八九"
CIRCLED = "①-⑳㉑-㉟㊱-㊿"
PAREN_CIRCLED = "⑴-⒇"
DOTTED = "⒈-⒛"


@dataclass(frozen=True)
class NumberingStyle:
    """A numbering style: the pattern of its marker (number in group `n`), an example, and its
    conventional depth (rank) — a prior only; `levels` follows the document's own order."""

    name: str
    pattern: str
    example: str
    rank: int


STYLES: list[NumberingStyle] = [
    NumberingStyle("part", rf"第(?P<n>{CN_NUM}|\d{{1,2}})部分[:：]?\s*", "第二部分 考核指标", 0),
    NumberingStyle("chapter", rf"第(?P<n>{CN_NUM}|\d{{1,3}})章[:：]?\s*", "第一章 总则", 0),
    NumberingStyle("section", rf"第(?P<n>{CN_NUM}|\d{{1,3}})[节節][:：]?\s*", "第二节 考核内容", 1),
    NumberingStyle("article", rf"第(?P<n>{CN_NUM}|\d{{1,3}})[条條][:：]?\s*", "第三条 考核对象", 1),
    NumberingStyle("item", rf"第(?P<n>{CN_NUM}|\d{{1,2}})[项項][:：、]?\s*", "第一项 基础工作", 2),
    NumberingStyle("ordinal", rf"第(?P<n>{CN_NUM})[、,，:：]\s*", "第一，坚持标准", 2),
    NumberingStyle("cn_dun", rf"(?P<n>{CN_NUM})\s*(?:{DUN}|{DOT}(?!\d))\s*", "一、指导思想 / 二.考核内容", 1),
    NumberingStyle("paren_cn", rf"{OPEN}(?P<n>{CN_NUM}){CLOSE}[、.．]?\s*", "（一）党建工作 / (二)、业务", 2),
    NumberingStyle("qi", r"其(?P<n>[一二三四五六七八九十]{1,2})(?:[,，、:：]|\s+)\s*", "其一，制度建设", 3),
    NumberingStyle(
        "decimal3",
        rf"(?P<n>[1-9]\d?(?:{DOT}\d{{1,2}}){{2,4}})(?!\d)(?:{DOT}(?!\d)|{DUN})?{DECIMAL_AFTER}",
        "4.2.1 安全培训",
        4,
    ),
    NumberingStyle(
        "decimal2",
        rf"(?P<n>[1-9]\d?{DOT}\d{{1,2}})(?!\d)(?:{DOT}(?!\d)|{DUN})?{DECIMAL_AFTER}",
        "3.1 考核内容 / 3.2、日常检查",
        4,
    ),
    NumberingStyle("arabic_dun", rf"(?P<n>\d{{1,2}})\s*{DUN}{NOT_NUMBER_AFTER}\s*", "1、班主任工作", 3),
    NumberingStyle(
        "arabic_dot", rf"(?:(?P<n>\d{{1,2}})\s*{DOT}(?!\d)|(?P<n>[{DOTTED}])){NOT_NUMBER_AFTER}\s*", "1.常规工作50分 / ⒈", 3
    ),
    NumberingStyle("paren_arabic", rf"(?:{OPEN}(?P<n>\d{{1,2}}){CLOSE}|(?P<n>[{PAREN_CIRCLED}]))[、.．]?\s*", "（1）基层党建 / ⑴", 4),
    NumberingStyle("half_paren", rf"(?P<n>\d{{1,2}})\s*[)）]{NOT_NUMBER_AFTER}\s*", "1）本届班子任期目标", 5),
    NumberingStyle("circled", rf"(?P<n>[{CIRCLED}])[、.．]?\s*", "①按时报送", 5),
    NumberingStyle("letter", rf"(?:{OPEN}(?P<n>[A-Za-zＡ-Ｚａ-ｚ]){CLOSE}|(?P<n>[A-ZＡ-Ｚa-z])\s*[、.．](?![\dA-Za-z]))\s*", "A、基础分 / (B)加分", 6),
    NumberingStyle(
        "prefixed",
        rf"(?P<p>[\p{{Han}}]{{1,4}}?(?<![{PREFIX_BLOCKERS}]))(?P<n>[一二三四五六七八九十]{{1,3}}){DUN}\s*",
        "职能七、服务保障",
        1,
    ),
]

_COMPILED = [(s, regex.compile(s.pattern)) for s in STYLES]
_RANK = {s.name: s.rank for s in STYLES}
_ORDER = {s.name: i for i, s in enumerate(STYLES)}
# Styles whose markers are interchangeable in careless writing when the numbers continue
# (`1.常规工作` then `2、专项工作` are siblings).
FAMILIES = ({"arabic_dot", "arabic_dun", "half_paren"}, {"cn_dun", "prefixed"}, {"paren_cn"}, {"paren_arabic"})
DECIMALS = ("arabic_dot", "arabic_dun", "decimal2", "decimal3")
# Characters after which a marker inside running text starts a clause.
CLAUSE_END = "。;；:：!?！？\n"
# Characters right before a marker that make it a reference, not numbering (`第1、2项`, `表3.1`).
REFERENCE_BEFORE = "第表图附款项0123456789.．"


@dataclass(frozen=True)
class Marker:
    """One numbering marker: its style, number (the last component of a decimal), all components,
    and its span in the text (trailing punctuation and spaces included)."""

    style: str
    value: int | None
    parts: tuple[int, ...]
    start: int
    end: int

    def same_style(self, other: Marker) -> bool:
        return self.style == other.style

    @property
    def rank(self) -> int:
        return _RANK.get(self.style, 9)


def _value(raw: str) -> int | None:
    """一 → 1, 十二 → 12, ③ → 3, ⑴ → 1, 7 → 7, B → 2."""
    if len(raw) == 1:
        code = ord(raw)
        for lo, hi, base in ((0x2460, 0x2473, 1), (0x3251, 0x325F, 21), (0x32B1, 0x32BF, 36), (0x2474, 0x2487, 1), (0x2488, 0x249B, 1)):
            if lo <= code <= hi:
                return code - lo + base
        if raw.isalpha() and raw.isascii():
            return ord(raw.upper()) - ord("A") + 1
        if "Ａ" <= raw <= "Ｚ" or "ａ" <= raw <= "ｚ":
            return ord(raw.upper()) - ord("Ａ") + 1
    if raw.isdigit():
        return int(raw)
    number = to_number(raw)
    return int(number) if number is not None and number == int(number) else None


def _marker_at(text: str, pos: int) -> Marker | None:
    """The longest marker starting exactly at pos (ties: the earlier style in STYLES)."""
    best: Marker | None = None
    for style, pattern in _COMPILED:
        m = pattern.match(text, pos, timeout=TIMEOUT)
        if not m:
            continue
        raw = m.group("n")
        if style.name.startswith("decimal"):
            parts = tuple(int(p) for p in regex.split(r"[.．]", raw))
            value = parts[-1]
        else:
            value = _value(raw)
            if value is None:
                continue
            parts = (value,)
        if m.end() >= len(text.rstrip()) and style.name in ("prefixed", "qi", "ordinal"):
            continue  # a bare word with a numeral is no marker of anything
        if style.name == "prefixed" and pos > 0 and regex.match(r"[\p{Han}]", text[pos - 1]):
            continue
        found = Marker(style.name, value, parts, m.start(), m.end())
        if best is None or found.end > best.end:
            best = found
    return best


def marker_at(text: str, pos: int) -> Marker | None:
    """The marker starting exactly at `pos`, or None (for readers that scan running text)."""
    return _marker_at(text, pos)


# Characters a marker can start with, but for `prefixed` (any Han word): a cheap pre-filter
# for scanning long running text.
MARKER_START = regex.compile(rf"[\d第其(（{CN}{CIRCLED}{PAREN_CIRCLED}{DOTTED}A-Za-zＡ-Ｚａ-ｚ]")
CLAUSE_START_ONLY = ("prefixed", "letter", "qi", "ordinal")  # never inside a clause


# Every style as one pattern anchored at the start (for `.match` / `.sub(count=1)` callers that
# only need the span; the checks of `leading_marker` — a bare `其一` is no marker — are not in it).
LEADING = regex.compile(r"^\s*(?:" + "|".join(f"(?:{s.pattern})" for s in STYLES) + r")\s*")


@functools.lru_cache(maxsize=65536)
def leading_marker(text: str) -> Marker | None:
    """The numbering at the start of a text (leading spaces allowed), or None."""
    if not text:
        return None
    pos = len(text) - len(text.lstrip())
    return _marker_at(text, pos)


# A cell holding a numeral alone (a 序号 column: `一` over `1`): read as the style it stands for.
BARE_NUMERAL = regex.compile(rf"^\s*(?:(?P<cn>{CN_NUM})|(?P<ar>\d{{1,2}}))\s*$")


def bare_marker(text: str) -> Marker | None:
    """A numeral standing alone as a marker: `一` as `一、`, `3` as `3.` (a 序号 cell prints no mark)."""
    m = BARE_NUMERAL.match(text or "")
    if not m:
        return None
    value = _value(m.group("cn")) if m.group("cn") else int(m.group("ar"))
    if value is None:
        return None
    return Marker("cn_dun" if m.group("cn") else "arabic_dot", value, (value,), m.start(), m.end())


def strip_marker(text: str) -> str:
    """The text without its leading numbering: `（一）党建工作` → `党建工作`."""
    marker = leading_marker(text)
    return (text[marker.end :] if marker else text).strip()


def inline_markers(text: str) -> list[Marker]:
    """Markers that start clauses inside a paragraph or cell: at the start, after a line break or
    a sentence end (`。；：`), or — after a space or comma — the next number of the style just read
    (`1.查资料 2.看现场`). A marker right after `第` or a digit is a reference (`第1、2项`)."""
    out: list[Marker] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace() or (i > 0 and text[i - 1] in REFERENCE_BEFORE):
            i += 1
            continue
        prev = text[:i].rstrip()
        at_clause = not prev or prev[-1] in CLAUSE_END or "\n" in text[len(prev) : i]
        marker = _marker_at(text, i)
        if marker is not None and not at_clause:
            after_gap = i > 0 and (text[i - 1].isspace() or text[i - 1] in ",，、")
            last = out[-1] if out else None
            follows = (
                last is not None
                and last.style == marker.style
                and last.value is not None
                and marker.value == last.value + 1
                and len(marker.parts) == len(last.parts)
            )
            if not (follows and (after_gap or marker.style not in ("arabic_dot", "arabic_dun", "half_paren"))):
                marker = None
        if marker is not None and marker.style in ("prefixed", "letter") and not at_clause:
            marker = None
        if marker is not None:
            out.append(marker)
            i = marker.end
            continue
        i += 1
    return out


def _family(style: str) -> int | None:
    for index, family in enumerate(FAMILIES):
        if style in family:
            return index
    return None


def levels(markers: list[Marker]) -> list[int]:
    """The depth of each marker in a sequence of headings, by the document's own order.

    A style already open on the stack closes everything below it (a sibling). A style not open
    goes under the open ones, except above those whose style the document first used after it
    (or, for a style never seen before, those conventionally two ranks deeper); a list restarting
    at 1 is always a child, so `一、 1. 二、 （一） 1.` reuses 1. one level deeper. Decimals sit by their number of parts (1. < 1.1 <
    1.1.1). Interchangeable markers (`1.` then `2、`) continuing a number are one level.
    """
    first_seen: dict[str, int] = {}
    stack: list[Marker] = []
    out: list[int] = []

    def key(m: Marker) -> str:
        if m.style in DECIMALS and (m.style.startswith("decimal") or any(s.style.startswith("decimal") for s in markers)):
            return f"dec{len(m.parts)}"
        return m.style

    for marker in markers:
        k = key(marker)
        known = k in first_seen
        first_seen.setdefault(k, len(first_seen))
        index = next((i for i in range(len(stack) - 1, -1, -1) if key(stack[i]) == k), None)
        if index is None:
            family = _family(marker.style)
            index = next(
                (
                    i
                    for i in range(len(stack) - 1, -1, -1)
                    if family is not None
                    and _family(stack[i].style) == family
                    and stack[i].value is not None
                    and marker.value == stack[i].value + 1
                ),
                None,
            )
        if index is not None:
            del stack[index:]
        else:
            while stack and _deeper(stack[-1], marker, k, key, first_seen, known):
                stack.pop()
        out.append(len(stack))
        stack.append(marker)
    return out


def _deeper(top: Marker, new: Marker, new_key: str, key, first_seen: dict[str, int], known: bool) -> bool:
    """Whether an open marker sits below a new marker of another style (so the new one closes it)."""
    top_key = key(top)
    if top_key.startswith("dec") and new_key.startswith("dec"):
        return int(top_key[3:]) >= int(new_key[3:])
    if known:
        # a list that restarts at 1 right after another style's marker is that marker's child
        return new.value != 1 and first_seen[top_key] > first_seen[new_key]
    return top.rank >= new.rank + 2
