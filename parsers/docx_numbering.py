"""Recover the list numbers Word draws but never stores in the text (w:numPr → "一、", "（一）", "1.").

Why: in a 考核办法 the numbers ARE the outline ("一、" a part, "（一）" a section, "1." an item). Word
keeps them as automatic numbering (numbering.xml), so the paragraph text alone has lost them. We
replay Word's counters in document order and prepend the rendered label to the paragraph.

Counting follows Word: counters belong to the abstract list (w:abstractNum), so two w:num that share
one continue each other, unless a w:num restarts a level (w:lvlOverride/w:startOverride) the first
time it is used. Moving to a level resets the deeper levels (w:lvlRestart can say otherwise).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from docx.oxml.ns import qn

CN_DIGITS = "零一二三四五六七八九"
CN_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
CN_TRAD_DIGITS = "零壹貳參肆伍陸柒捌玖"
# 天干 (ideographTraditional) and 地支 (ideographZodiac): 甲、乙、丙 … as Word counts them.
TIANGAN = "甲乙丙丁戊己庚辛壬癸"
DIZHI = "子丑寅卯辰巳午未申酉戌亥"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"  # decimalEnclosedCircle(Chinese): ①
PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"  # decimalEnclosedParen: ⑴
FULLSTOP_DIGITS = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"  # decimalEnclosedFullstop: ⒈


def chinese_number(n: int, digits: str = CN_DIGITS, ten: str = "十", hundred: str = "百",
                   thousand: str = "千") -> str:
    """1 → 一, 10 → 十, 12 → 十二, 21 → 二十一, 105 → 一百零五 (chineseCounting)."""
    if n <= 0:
        return str(n)
    if n >= 10000:
        return str(n)
    parts: list[str] = []
    units = ((1000, thousand), (100, hundred), (10, ten), (1, ""))
    zero_pending = False
    for value, unit in units:
        d = (n // value) % 10
        if d == 0:
            if parts:
                zero_pending = True
            continue
        if zero_pending:
            parts.append(digits[0])
            zero_pending = False
        if not (value == 10 and d == 1 and not parts):  # 十二, not 一十二
            parts.append(digits[d])
        parts.append(unit)
    return "".join(parts)


def _roman(n: int) -> str:
    out = []
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                       (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _letter(n: int) -> str:
    # Word: a … z, aa … zz, aaa …
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _cycle(chars: str, n: int) -> str:
    return chars[(n - 1) % len(chars)] if n > 0 else str(n)


def _table(chars: str, n: int) -> str:
    return chars[n - 1] if 0 < n <= len(chars) else str(n)


# w:numFmt value → how a counter is written. Example: chineseCounting 3 → "三".
NUM_FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: "".join(chr(0xFF10 + int(d)) for d in str(n)),
    "decimalFullWidth2": lambda n: "".join(chr(0xFF10 + int(d)) for d in str(n)),
    "decimalHalfWidth": str,
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperLetter": lambda n: _letter(n).upper(),
    "lowerLetter": _letter,
    "chineseCounting": chinese_number,
    "chineseCountingThousand": chinese_number,
    "taiwaneseCounting": chinese_number,
    "taiwaneseCountingThousand": chinese_number,
    "japaneseCounting": chinese_number,
    "ideographDigital": lambda n: "".join(CN_DIGITS[int(d)] if d != "0" else "〇" for d in str(n)),
    "taiwaneseDigital": lambda n: "".join(CN_DIGITS[int(d)] if d != "0" else "〇" for d in str(n)),
    "chineseLegalSimplified": lambda n: chinese_number(n, CN_LEGAL_DIGITS, "拾", "佰", "仟"),
    "ideographLegalTraditional": lambda n: chinese_number(n, CN_TRAD_DIGITS, "拾", "佰", "仟"),
    "ideographTraditional": lambda n: _cycle(TIANGAN, n),
    "ideographZodiac": lambda n: _cycle(DIZHI, n),
    "decimalEnclosedCircle": lambda n: _table(CIRCLED, n),
    "decimalEnclosedCircleChinese": lambda n: _table(CIRCLED, n),
    "ideographEnclosedCircle": lambda n: _table(CIRCLED, n),
    "decimalEnclosedParen": lambda n: _table(PAREN_DIGITS, n),
    "decimalEnclosedFullstop": lambda n: _table(FULLSTOP_DIGITS, n),
    "none": lambda n: "",
}


@dataclass
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    suffix: str = "tab"  # tab | space | nothing
    restart: int | None = None  # w:lvlRestart: restart after this (1-based) level, 0 = never
    legal: bool = False  # w:isLgl: show all levels as decimal


@dataclass
class AbstractList:
    levels: dict[int, Level] = field(default_factory=dict)
    counters: dict[int, int] = field(default_factory=dict)


def _val(el, tag):
    child = el.find(qn(tag)) if el is not None else None
    return child.get(qn("w:val")) if child is not None else None


def _int(value, default=None):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _level(lvl) -> Level:
    level = Level()
    level.fmt = _val(lvl, "w:numFmt") or "decimal"
    text = _val(lvl, "w:lvlText")
    level.text = text if text is not None else ""
    level.start = _int(_val(lvl, "w:start"), 1)
    level.suffix = _val(lvl, "w:suff") or "tab"
    restart = _val(lvl, "w:lvlRestart")
    level.restart = _int(restart) if restart is not None else None
    legal = lvl.find(qn("w:isLgl"))
    level.legal = legal is not None and legal.get(qn("w:val"), "true") not in ("0", "false", "off")
    return level


class Numbering:
    """Counters of one document's numbering.xml, advanced paragraph by paragraph in order."""

    def __init__(self, numbering_element):
        self.abstracts: dict[str, AbstractList] = {}
        self.nums: dict[str, tuple[str, dict[int, Level], dict[int, int]]] = {}
        self.used: set[str] = set()
        if numbering_element is None:
            return
        for absnum in numbering_element.iter(qn("w:abstractNum")):
            lists = AbstractList()
            for lvl in absnum.iter(qn("w:lvl")):
                lists.levels[_int(lvl.get(qn("w:ilvl")), 0)] = _level(lvl)
            self.abstracts[absnum.get(qn("w:abstractNumId"))] = lists
        for num in numbering_element.iter(qn("w:num")):
            abstract_id = _val(num, "w:abstractNumId")
            overrides: dict[int, Level] = {}
            starts: dict[int, int] = {}
            for ov in num.iter(qn("w:lvlOverride")):
                ilvl = _int(ov.get(qn("w:ilvl")), 0)
                start = _val(ov, "w:startOverride")
                if start is not None:
                    starts[ilvl] = _int(start, 1)
                lvl = ov.find(qn("w:lvl"))
                if lvl is not None:
                    overrides[ilvl] = _level(lvl)
            self.nums[num.get(qn("w:numId"))] = (abstract_id, overrides, starts)

    def label(self, num_id: str | None, ilvl: int) -> tuple[str, str] | None:
        """Advance the counter for (numId, level) and return (label, suffix), or None if unnumbered."""
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return None
        abstract_id, overrides, starts = self.nums[num_id]
        lists = self.abstracts.get(abstract_id)
        if lists is None:
            return None
        levels = {**lists.levels, **overrides}
        level = levels.get(ilvl)
        if level is None:
            return None
        if num_id not in self.used:
            self.used.add(num_id)
            for lvl_index, start in starts.items():
                lists.counters.pop(lvl_index, None)
                lists.counters[lvl_index] = start - 1
        lists.counters[ilvl] = lists.counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in lists.counters if k > ilvl]:
            restart_after = levels[deeper].restart if deeper in levels else None
            if restart_after is None or (restart_after != 0 and restart_after - 1 >= ilvl):
                del lists.counters[deeper]
        text = level.text
        for k in range(9):
            token = f"%{k + 1}"
            if token not in text:
                continue
            ref = levels.get(k, Level())
            count = lists.counters.get(k, ref.start)
            fmt = "decimal" if (level.legal and k < ilvl) else ref.fmt
            text = text.replace(token, NUM_FORMATS.get(fmt, str)(count))
        if level.fmt == "bullet":
            return None  # a bullet glyph carries no number
        return text, level.suffix
