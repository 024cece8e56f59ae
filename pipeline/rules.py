"""Rule statements inside criteria text: deduct, award, bonus, cap, veto, grade.

    parse_rules(text) -> list[RuleHit]

`text` is normalised text (pipeline.normalize); each hit carries its [start, end) span in it, so
callers map it back to the source with `NormText.original_span`. One hit per statement of an
amount with its own condition (shared/gold/README.md): `迟到、早退扣0.02分/人•次；无故缺席扣
0.04分/人•次` is two, `无计划、无过程、无总结各扣0.25分` is one. Every number in a hit is read
from the text; nothing is computed or guessed. The wordings live in pipeline.rule_patterns.
"""

from __future__ import annotations

import bisect
import threading
from collections import deque
from dataclasses import dataclass

import regex

from rubrics.errors import ExtractionError
from rubrics.pipeline import rule_patterns as P
from rubrics.pipeline.normalize import simplified
from rubrics.pipeline.numbers import is_one, to_number

# Seconds one pattern may run on one text. Patterns are linear; this guards the worst case of
# hostile or broken input (a cell of 100,000 characters) so extraction fails with a clear line.
REGEX_TIMEOUT = 5.0
# Grade and cap hits are found first and keep their text from the amount patterns
# (最多得5分 is a cap, not an award; 90分以上为优秀 is a grade, not 90 points).
KINDS = ("deduct", "award", "bonus", "cap", "veto", "grade")


@dataclass
class RuleHit:
    kind: str  # deduct | award | bonus | cap | veto | grade
    start: int
    end: int  # span in the text given: the shortest text stating the rule, condition + amount
    amount: float | None = None
    amount_max: float | None = None
    per: str | None = None  # unit charged per: 次, 人次, 项, 3个百分点 (separators dropped)
    label: str | None = None  # grade label
    below: float | None = None
    at_least: float | None = None
    quota_pct: float | None = None
    condition: str | None = None  # the condition text, cleaned

    def text(self, source: str) -> str:
        return source[self.start : self.end]


@dataclass
class _Core:
    """The amount statement itself (verb + amount), before its condition is attached."""

    kind: str
    start: int
    end: int
    verb_start: int  # where the condition stops: the verb, or 按 of 按0.5分/台件扣分
    amount: float | None = None
    amount_max: float | None = None
    per: tuple[int, int] | None = None  # span of the unit written with the amount (/人•次)
    label: str | None = None
    below: float | None = None
    at_least: float | None = None
    quota_pct: float | None = None
    relative: bool = False  # 减半加分, 1-2倍加分: takes the per of the rule before it
    label_end: int | None = None  # where a grade's label ends in the text (its unit noun may follow)


def _compile(pattern: str) -> regex.Pattern:
    return regex.compile(pattern, regex.V0)


_EXPLICIT = {kind: _compile(p) for kind, p in P.EXPLICIT.items()}
_AMOUNT_FIRST = {kind: _compile(p) for kind, p in P.AMOUNT_FIRST.items()}
_NULL_AMOUNT = [(kind, value, _compile(p)) for kind, value, p in P.NULL_AMOUNT]
_RELATIVE = _compile(P.RELATIVE_BONUS)
_RELATIVE_AMOUNT = _compile(P.RELATIVE_AMOUNT)
_AMOUNT_LISTS = {kind: _compile(p) for kind, p in P.AMOUNT_LISTS.items()}
_AMOUNT_LIST_SPLIT = _compile(P.AMOUNT_LIST_SPLIT)
_TIER = _compile(P.TIER)
_COUNT_THEN_AMOUNT = _compile(P.COUNT_THEN_AMOUNT)
_CAP_LIST = _compile(P.CAP_LIST)
_CAP_LIST_ITEM = _compile(P.CAP_LIST_ITEM)
_GRADE_FREE = _compile(P.GRADE_FREE)
_GRADE_FREE_THRESHOLD = _compile(P.GRADE_FREE_THRESHOLD)
_PER_EACH_NOUN = _compile(P.PER_EACH_NOUN)
_CLASSIFIER_NOUN = _compile(P.CLASSIFIER_NOUN)
_WORKED_EXAMPLE = _compile(P.WORKED_EXAMPLE)
_AMOUNT_RESULT_AFTER = _compile(P.AMOUNT_RESULT_AFTER)
_FORMULA_SIGN = _compile(P.FORMULA_SIGN)
_CLAUSE_END_DEDUCT = _compile(P.CLAUSE_END_DEDUCT)
_CAP_AMOUNT = [_compile(p) for p in P.CAP_AMOUNT]
_CAP_NULL = [_compile(p) for p in P.CAP_NULL]
_VETO = _compile(P.VETO)
_VETO_NOT_AFTER = _compile(P.VETO_NOT_AFTER)
_VETO_GRADES = [_compile(p) for p in P.VETO_GRADES]
_VETO_JOINED = _compile(P.VETO_JOINED)
_GRADE_THRESHOLDS = [(name, field, _compile(p)) for name, field, p in P.GRADE_THRESHOLDS]
_GRADE_LISTS = [_compile(p) for p in P.GRADE_LISTS]
_GRADE_LIST_SPLIT = _compile(P.GRADE_LIST_SPLIT)
_GRADE_QUOTA_AFTER = _compile(P.GRADE_QUOTA_AFTER)
_GRADE_THRESHOLD_AFTER_QUOTA = _compile(P.GRADE_THRESHOLD_AFTER_QUOTA)
_LEVEL_NAME_AFTER = _compile(P.LEVEL_NAME_AFTER)
_PER_FREQUENCY_NEGATED = _compile(f"(?:{P.PER_FREQUENCY_NEGATED})$")
_GRADE_REST = _compile(P.GRADE_REST)
_GRADED_NOUN = _compile(f"(?:{P.GRADED_NOUNS})")
_GRADED_NOUN_AT_END = _compile(f"(?:{P.GRADED_NOUNS})(?=[,，。;；!！、]|$)|{P.LETTER_GRADED_NOUN}")
_VETO_BARRED = _compile(P.VETO_BARRED)
_GRADE_WORDS_LONGEST = sorted(set(P.GRADE_WORDS) | set(P.TITLE_WORDS), key=len, reverse=True)


def _split_label(label: str) -> tuple[str, str]:
    """A label as (grade or title word, unit noun after it): 优秀病区 → (优秀, 病区), 先进村 → (先进, 村);
    (label, "") when no unit noun follows a word of its own (rule_patterns.TITLE_WORDS)."""
    folded = fold_traditional(label)
    for word in _GRADE_WORDS_LONGEST:
        if folded.startswith(word) and len(folded) > len(word):
            rest = folded[len(word) :]
            if _GRADED_NOUN.fullmatch(rest):
                return label[: len(word)], label[len(word) :]
    return label, ""


def _grade_label(label: str) -> str:
    """The label a grade is recorded under: a grade word without the unit graded after it
    (优秀班组 → 优秀), a title with it (先进村); rule_patterns.TITLE_WORDS."""
    head, noun = _split_label(label)
    if noun and fold_traditional(head) not in P.TITLE_WORDS:
        return head
    return label


def _grade_key(label: str) -> str:
    """A and A等 (A级, A档) name one grade: a list's letters against the thresholds' labels."""
    folded = fold_traditional(label)
    if folded[:1].isascii() and folded[:1].isalpha():
        return folded[:1]
    return folded
_PER_EACH = _compile(P.PER_EACH)
_PER_FREQUENCY = _compile(P.PER_FREQUENCY)
_CLASSIFIER_NOUN_BEFORE_PREDICATE = _compile(P.CLASSIFIER_NOUN_BEFORE_PREDICATE)
_PER_BEYOND_THRESHOLD = _compile(P.PER_BEYOND_THRESHOLD)
_PER_BEYOND_REFERENCE = _compile(P.PER_BEYOND_REFERENCE)
_PER_COUNT = _compile(P.PER_COUNT)
_EACH_OF_LIST = _compile(P.EACH_OF_LIST)
_CURRENT_PERIOD = _compile(P.CURRENT_PERIOD)
_BRACKETED_POINTS = _compile(P.BRACKETED_POINTS)
_REQUIREMENT = _compile(P.REQUIREMENT_MARKERS)
_AWARD_LIST_ITEM = _compile(P.AWARD_LIST_ITEM)
_NUMBERING = _compile(P.NUMBERING)
_NUMBERING_PREFIX = _compile(f"(?:\\s*(?:{P.NUMBERING})\\s*)+")


def fold_traditional(text: str) -> str:
    """Traditional characters to simplified (OpenCC's full character table, normalize.simplified),
    one for one, so every offset stays valid. Done once per text, before every pattern."""
    return simplified(text)


def _finditer(pattern: regex.Pattern, text: str, pos: int = 0, endpos: int | None = None):
    try:
        return list(pattern.finditer(text, pos, len(text) if endpos is None else endpos, timeout=REGEX_TIMEOUT))
    except TimeoutError as exc:
        raise ExtractionError(f"rule patterns timed out on a text of {len(text)} characters") from exc


def _match(pattern: regex.Pattern, text: str, pos: int, endpos: int | None = None):
    return _once(pattern.match, text, pos, endpos)


def _fullmatch(pattern: regex.Pattern, text: str, pos: int, endpos: int | None = None):
    return _once(pattern.fullmatch, text, pos, endpos)


def _search(pattern: regex.Pattern, text: str, pos: int, endpos: int | None = None):
    return _once(pattern.search, text, pos, endpos)


def _once(method, text: str, pos: int, endpos: int | None):
    """One match, search or fullmatch of a pattern, bounded by REGEX_TIMEOUT like every other."""
    try:
        return method(text, pos, len(text) if endpos is None else endpos, timeout=REGEX_TIMEOUT)
    except TimeoutError as exc:
        raise ExtractionError(f"rule patterns timed out on a text of {len(text)} characters") from exc


# --------------------------------------------------------------------------- clause structure


class _Clauses:
    """Where statements may start: strong delimiters, numbering, commas outside brackets.

    Why precomputed: conditions are found by looking back from each amount; sorted boundary
    lists and bisect keep that linear in the text whatever its length.
    """

    def __init__(self, text: str):
        self.text = text
        self.strong: list[int] = []  # a statement cannot start before these
        self.weak: list[int] = []  # comma-clause starts (commas inside brackets do not count)
        masked = self._bracketed(text)
        for i, ch in enumerate(text):
            if ch in P.STRONG_DELIMITERS:
                self.strong.append(i + 1)
            elif ch in P.WEAK_DELIMITERS and not masked[i]:
                self.weak.append(i + 1)
        for m in _finditer(_NUMBERING, text):
            self.strong.append(m.start())
        self.strong.sort()
        self.weak = sorted(set(self.weak) | set(self.strong))

    @staticmethod
    def _bracketed(text: str) -> list[bool]:
        """Positions inside a matched bracket pair on one sentence: 每少报送一条(按月考核,…)扣."""
        depth_change = [0] * (len(text) + 1)
        stack: list[int] = []
        for i, ch in enumerate(text):
            if ch in P.OPEN_BRACKETS:
                stack.append(i)
            elif ch in P.CLOSE_BRACKETS and stack:
                opened = stack.pop()
                depth_change[opened] += 1
                depth_change[i] -= 1
            elif ch in P.STRONG_DELIMITERS:
                stack.clear()
        masked, depth = [], 0
        for i in range(len(text)):
            depth += depth_change[i]
            masked.append(depth > 0)
        return masked

    def strong_start(self, pos: int) -> int:
        k = bisect.bisect_right(self.strong, pos) - 1
        return self.strong[k] if k >= 0 else 0

    def weak_start(self, pos: int) -> int:
        k = bisect.bisect_right(self.weak, pos) - 1
        return self.weak[k] if k >= 0 else 0


# --------------------------------------------------------------------------- finding cores


def _amount(m) -> tuple[float | None, float | None, bool]:
    """The amount (and range end) of a match; ok False when a Chinese numeral is no number."""
    a = to_number(m.group("a"))
    b = to_number(m.group("b")) if m.groupdict().get("b") else None
    if a is None:
        return None, None, False
    if b is not None and b <= a:
        return None, None, False
    return a, b, True


def _after_inclusive(bound: float | None) -> float | None:
    """An inclusive upper bound on whole points as `below`: 70分及以下 → 71. A decimal bound
    stays as written (the scale's step is unknown; documented in rule_patterns)."""
    if bound is None:
        return None
    return bound + 1 if bound == int(bound) else bound


def _band_below(upper: float | None, incl: str) -> float | None:
    """The `below` of a band whose upper bound is `upper` (rule_patterns.BAND_*)."""
    if upper is None:
        return None
    if "不含" in incl:
        return upper
    if "含" in incl:
        return _after_inclusive(upper)
    if upper != int(upper):
        return None
    whole = int(upper)
    if whole % P.BAND_SCALE_TOP_MULTIPLE == 0:
        return None
    last = str(whole)[-1]
    if last in P.BAND_NEXT_STARTS_AFTER:
        return upper + 1
    if last in P.BAND_NEXT_STARTS_AT:
        return upper
    return None


def _chinese_amount_ok(folded: str, m) -> bool:
    """十分 after a verb is an adverb (加十分重要), not ten points: a Chinese amount must end a clause."""
    if m.group("a").isdigit() or "." in m.group("a"):
        return True
    after = folded[m.end() : m.end() + 1]
    return not after or not ("\u4e00" <= after <= "\u9fff") or after in "每"


def _unit(text: str) -> str:
    return "".join(ch for ch in text if ch not in P.UNIT_SEPARATORS)


def _heading_free(text: str, clauses: _Clauses, pos: int) -> str:
    """The words before pos in its clause, numbering and punctuation dropped."""
    head = _NUMBERING_PREFIX.sub("", text[max(clauses.strong_start(pos), pos - 20) : pos])
    return "".join(ch for ch in head if ch.isalnum())


def _numbered_heading(text: str, clauses: _Clauses, pos: int) -> bool:
    """Whether only numbering stands before pos in its sentence: `3.一票否决` is a heading."""
    head = text[max(clauses.strong_start(pos), pos - 20) : pos].strip()
    return bool(head) and bool(_NUMBERING_PREFIX.fullmatch(head))


class _Finder:
    """Collects cores; text taken by one (a grade, a cap) is not read again by a later pattern."""

    def __init__(self, folded: str, clauses: _Clauses):
        self.text = folded
        self.clauses = clauses
        self.cores: list[_Core] = []
        self._starts: list[int] = []  # taken spans, sorted and disjoint
        self._ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self._starts, start)
        if k > 0 and self._ends[k - 1] > start:
            return False
        return not (k < len(self._starts) and self._starts[k] < end)

    def take(self, start: int, end: int) -> None:
        k = bisect.bisect_right(self._starts, start)
        self._starts.insert(k, start)
        self._ends.insert(k, end)

    def end_before(self, pos: int) -> int:
        """The end of the last taken span ending at or before pos (0 when none)."""
        k = bisect.bisect_right(self._starts, pos) - 1
        while k >= 0 and self._ends[k] > pos:
            k -= 1
        return self._ends[k] if k >= 0 else 0

    def add(self, core: _Core) -> bool:
        if not self.free(core.start, core.end):
            return False
        self.cores.append(core)
        self.take(core.start, core.end)
        return True

    # grades ---------------------------------------------------------------------------
    def grades(self, original: str) -> None:
        labelled: list[str] = []
        open_bands: list[tuple[_Core, float]] = []  # bands whose round upper bound may be the scale's top
        for _name, field, pattern in _GRADE_THRESHOLDS:
            for m in _finditer(pattern, self.text):
                n = m.group("n") or (m.groupdict().get("n2"))
                value = to_number(n) if n else None
                if value is None:
                    continue
                upper = to_number(m.group("m")) if m.groupdict().get("m") else None
                if m.groupdict().get("m") and (upper is None or upper <= value):
                    continue
                label = _grade_label(original[m.start("label") : m.end("label")])
                before = self.text[: m.start()].rstrip()[-1:]
                if before and before in P.FORM_CHECKBOX:
                    continue  # a box to tick on a form, not a grade the document states
                core = _Core("grade", m.start(), m.end(), m.start(), label=label, label_end=m.end("label"))
                incl = m.groupdict().get("incl") or ""
                if field == "below_inclusive":
                    core.below = _after_inclusive(value)
                elif field == "both":
                    core.at_least = value
                    core.below = _after_inclusive(upper) if incl else upper
                elif field == "band":
                    core.at_least = value
                    core.below = _band_below(upper, incl)
                    if core.below is None and upper is not None and not incl and upper == int(upper) \
                            and int(upper) % P.BAND_SCALE_TOP_MULTIPLE == 0:
                        open_bands.append((core, upper))
                else:
                    setattr(core, field, value)
                also = m.groupdict().get("also_quota")
                if also:
                    core.quota_pct = to_number(also)
                noun = _match(_GRADED_NOUN_AT_END, self.text, core.end)
                if noun and core.end == core.label_end:
                    core.end = noun.end()  # the unit graded closes the statement: 为不合格教研组
                quota = _match(_GRADE_QUOTA_AFTER, self.text, core.end)
                if quota and core.quota_pct is None and self.free(core.end, quota.end()):
                    core.quota_pct = to_number(quota.group("n"))
                    core.end = quota.end()
                pool = _match(_GRADE_THRESHOLD_AFTER_QUOTA, self.text, core.end)
                if pool and core.quota_pct is not None and core.at_least is None and self.free(core.end, pool.end()):
                    core.at_least = to_number(pool.group("n"))  # …20%,从90分以上的单位中确定
                    core.end = pool.end()
                if self.add(core):
                    labelled.extend(_grade_key(part) for part in label.split("或"))  # 三等或不合格
        # 800分(含)至900分为达标 with 900分以上为优秀 in the same text: 900 is no top of the scale,
        # the band ends where the next grade starts (BAND_SCALE_TOP_MULTIPLE)
        starts = {c.at_least for c in self.cores if c.kind == "grade" and c.at_least is not None}
        for core, upper in open_bands:
            if upper in starts and core in self.cores:
                core.below = upper
        for m in _finditer(_GRADE_REST, self.text):
            label = _grade_label(original[m.start("label") : m.end("label")])
            if _grade_key(label) in labelled:
                continue
            core = _Core("grade", m.start(), m.end(), m.start(), label=label, label_end=m.end("label"))
            noun = _match(_GRADED_NOUN_AT_END, self.text, core.end)
            if noun:
                core.end = noun.end()
            if self.add(core):
                labelled.append(_grade_key(label))
        for m in _finditer(_GRADE_FREE, self.text):
            label = _grade_label(original[m.start("label") : m.end("label")])
            if _grade_key(label) in labelled:
                continue
            sentence = self.clauses.strong_start(m.start())
            found = [t for t in _finditer(_GRADE_FREE_THRESHOLD, self.text, sentence, m.start()) if self.free(*t.span())]
            start = found[-1].start() if found else m.start()
            core = _Core("grade", start, m.end(), start, label=label)
            if found:
                core.at_least = to_number(found[-1].group("n") or found[-1].group("n2"))
            if self.add(core):
                labelled.append(_grade_key(label))
        for pattern in _GRADE_LISTS:
            for m in _finditer(pattern, self.text):
                run = original[m.start("labels") : m.end("labels")]
                parts = [p.strip(P.QUOTES) for p in _GRADE_LIST_SPLIT.split(run) if p.strip(P.QUOTES)]
                if all(p[:1].isascii() for p in parts) and len({p[1:] for p in parts}) > 1:
                    # A/B/C等: 等 may be "etc." or a suffix of the last only; the letters are the grades
                    parts = [p.rstrip(P.GRADE_LETTER_SUFFIX) for p in parts]
                if len(parts) < 2 or len(set(parts)) < len(parts):
                    continue
                # a list whose grades all get a threshold or quota in the same text adds nothing
                uncovered = [p for p in parts if _grade_key(p) not in labelled]
                if not uncovered:
                    continue
                if not self.free(m.start(), m.end()):
                    continue
                for label in uncovered:
                    self.cores.append(_Core("grade", m.start(), m.end(), m.start(), label=label))
                self.take(m.start(), m.end())
        self._one_series(original)

    def _one_series(self, original: str) -> None:
        """Titles on a noun (先进村 … 后进村) make the grade words of the same text on that noun keep it
        (为达标村 → 达标村): one series, one form (rule_patterns.TITLE_WORDS)."""
        grades = [c for c in self.cores if c.kind == "grade" and c.label]
        titled = set()
        for core in grades:
            head, noun = _split_label(core.label)
            if noun and fold_traditional(head) in P.TITLE_WORDS:
                titled.add(fold_traditional(noun))
        if not titled:
            return
        for core in grades:
            if core.label_end is None or _split_label(core.label)[1]:
                continue
            m = _match(_GRADED_NOUN_AT_END, self.text, core.label_end)
            if m and m.group(0) in titled:
                core.label = core.label + original[m.start() : m.end()]

    # caps and vetoes ---------------------------------------------------------------------
    def caps(self) -> None:
        for m in _finditer(_CAP_LIST, self.text):
            if not self.free(m.start(), m.end()):
                continue
            for item in _finditer(_CAP_LIST_ITEM, self.text, m.start("list"), m.end("list")):
                a = to_number(item.group("a"))
                if a is not None:
                    # the name is the condition: verb_start at the amount
                    self.cores.append(_Core("cap", item.start("name"), item.end(), item.start("a"), amount=a))
            self.take(m.start(), m.end())
        for pattern in _CAP_AMOUNT:
            for m in _finditer(pattern, self.text):
                a, b, ok = _amount(m)
                if ok and b is None and _chinese_amount_ok(self.text, m):
                    self.add(_Core("cap", m.start(), m.end(), m.start(), amount=a))
        for pattern in _CAP_NULL:
            for m in _finditer(pattern, self.text):
                self.add(_Core("cap", m.start(), m.end(), m.start()))

    def vetoes(self) -> None:
        t = self.text
        for m in _finditer(_VETO, t):
            before = t[m.start() - 1 : m.start()]
            if before and before in P.VETO_NOT_BEFORE:
                continue
            if _match(_VETO_NOT_AFTER, t, m.end()):
                continue
            tail = t[m.end() : m.end() + 40]
            for ch in P.STRONG_DELIMITERS:
                tail = tail.split(ch, 1)[0]
            if _numbered_heading(t, self.clauses, m.start()) and not any(ch.isalnum() for ch in tail):
                continue  # a heading: 3.一票否决 (a cell saying 一票否决 alone is a veto)
            self.add(_Core("veto", m.start(), m.end(), m.start()))
        lowest = self._lowest_grade()
        vetoes = sorted((c for c in self.cores if c.kind == "veto"), key=lambda c: c.start)
        for pattern in _VETO_GRADES:
            for m in _finditer(pattern, t):
                key = _grade_key(t[m.start("label") : m.end("label")])
                if lowest is not None:
                    if key != lowest:
                        continue
                elif key not in P.VETO_LOWEST_LABELS and key not in P.VETO_LOW_SERIES_LABELS:
                    continue
                if not self._join_veto(vetoes, m.start(), m.end()):
                    self.add(_Core("veto", m.start(), m.end(), m.start()))
        for m in _finditer(_VETO_BARRED, t):
            if _grade_key(_grade_label(t[m.start("label") : m.end("label")])) not in P.VETO_TOP_LABELS:
                continue
            if not self._join_veto(vetoes, m.start(), m.end()):
                self.add(_Core("veto", m.start(), m.end(), m.start()))

    def _join_veto(self, vetoes: list[_Core], start: int, end: int) -> bool:
        """A grade set beside 一票否决 in the same sentence is the same veto (rule_patterns.VETO_JOINED):
        the veto already found (`vetoes`, sorted by start) grows to cover both; True when so."""
        if not self.free(start, end):
            return False
        k = bisect.bisect_left(vetoes, start, key=lambda c: c.start)
        if k > 0 and self._joined(vetoes[k - 1].end, start):
            core = vetoes[k - 1]
            self._grow(core, core.start, end)
            return True
        if k < len(vetoes) and self._joined(end, vetoes[k].start):
            core = vetoes[k]
            self._grow(core, start, core.end)
            core.verb_start = start
            return True
        return False

    def _joined(self, a: int, b: int) -> bool:
        return a <= b and _fullmatch(_VETO_JOINED, self.text, a, b) is not None

    def _grow(self, core: _Core, start: int, end: int) -> None:
        k = bisect.bisect_left(self._starts, core.start)
        del self._starts[k], self._ends[k]
        core.start, core.end = start, end
        self.take(start, end)

    def _lowest_grade(self) -> str | None:
        """The lowest grade the text states (its key): the one with the lowest threshold, else the
        last of a list; None when the text states no grades (rule_patterns.VETO_GRADES)."""
        grades = [c for c in self.cores if c.kind == "grade" and c.label]
        ranked = [c for c in grades if c.at_least is not None or c.below is not None]
        if ranked:
            low = min(ranked, key=lambda c: (-1e18 if c.at_least is None else c.at_least, c.below or 0.0))
            return _grade_key(low.label)
        listed = [c for c in grades if c.quota_pct is None]
        return _grade_key(max(listed, key=lambda c: c.start).label) if listed else None

    # amounts --------------------------------------------------------------------------------
    def amount_lists(self) -> None:
        """酌情扣3、2、1分 → three rules of one statement, each with the list's text."""
        for kind, pattern in _AMOUNT_LISTS.items():
            for m in _finditer(pattern, self.text):
                if not self.free(m.start("verb"), m.end()):
                    continue
                values = [to_number(n.group(0)) for n in _finditer(_AMOUNT_LIST_SPLIT, self.text, m.start("list"), m.end("list"))]
                if len(values) < 2 or any(v is None for v in values) or len(set(values)) < len(values):
                    continue
                for value in values:
                    self.cores.append(_Core(kind, m.start("verb"), m.end(), m.start("verb"), value))
                self.take(m.start("verb"), m.end())

    def tiers(self) -> None:
        """第一档20~30分: an award for the tier, its amount or range written after it."""
        for m in _finditer(_TIER, self.text):
            a, b, ok = _amount(m)
            if ok:
                self.add(_Core("award", m.start(), m.end(), m.start("a"), a, b))

    def amounts(self) -> None:
        t = self.text
        for kind, pattern in _AMOUNT_FIRST.items():
            for m in _finditer(pattern, t):
                a, b, ok = _amount(m)
                if not ok:
                    continue
                group = "su" if m.group("su") else "pu" if m.group("pu") else None
                per = m.span(group) if group else None
                self.add(_Core(kind, m.start(), m.end(), m.start(), a, b, per=per))
        for kind, pattern in _EXPLICIT.items():
            for m in _finditer(pattern, t):
                a, b, ok = _amount(m)
                if not ok or not _chinese_amount_ok(t, m):
                    continue
                per = m.span("su") if m.group("su") else None
                self.add(_Core(kind, m.start("verb"), m.end(), m.start("verb"), a, b, per=per))
        for kind, value, pattern in _NULL_AMOUNT:
            for m in _finditer(pattern, t):
                relative = kind == "bonus" and bool(_RELATIVE.search(m.group(0)))
                # a relative amount keeps its relation in the condition: verb_start at the end
                verb_start = m.end() if _RELATIVE_AMOUNT.search(m.group(0)) else m.start()
                self.add(_Core(kind, m.start(), m.end(), verb_start, amount=value, relative=relative))
        for m in _finditer(_CLAUSE_END_DEDUCT, t):
            before = t[max(0, m.start() - 2) : m.start()]
            if not before or before[-1] in P.LIST_JOINERS or any(ch in P.NEGATIONS for ch in before):
                continue
            if len(_heading_free(t, self.clauses, m.start())) < 2:
                continue  # a heading: 2.扣分
            self.add(_Core("deduct", m.start(), m.end(), m.start()))


def _bare_awards(folded: str, clauses: _Clauses, finder: _Finder) -> None:
    """Amounts written without a verb: 要有记录、图片等资料(0.4分); 得2分,…平台1分,…平台1分."""
    t = folded
    for m in _finditer(_COUNT_THEN_AMOUNT, t):
        count = m.group("count")
        per = m.span("unit") if is_one(count) else None
        a = to_number(m.group("a"))
        if a is not None:
            finder.add(_Core("award", m.start(), m.end(), m.start("a"), a, per=per))
    for m in _finditer(_BRACKETED_POINTS, t):
        start = max(clauses.strong_start(m.start()), finder.end_before(m.start()))
        head = _NUMBERING_PREFIX.match(t, start)
        if head and head.end() <= m.start():
            start = head.end()
        before = t[start : m.start()]
        if not before or not ("\u4e00" <= before[-1] <= "\u9fff") or not _REQUIREMENT.search(before):
            continue
        a = to_number(m.group("a"))
        if a is not None:
            finder.add(_Core("award", m.start(), m.end(), m.start(), a))
    # list continuation: each found award may be followed by siblings that drop the verb
    queue = deque(sorted((c for c in finder.cores if c.kind == "award" and c.amount is not None), key=lambda c: c.start))
    while queue:
        prev = queue.popleft()
        pos = prev.end
        if pos >= len(t) or t[pos] not in ",，、;；":
            continue
        m = _match(_AWARD_LIST_ITEM, t, pos + 1)
        if not m or any(ch in P.VERB_CHARS for ch in t[m.start() : m.start("a")]):
            continue
        a = to_number(m.group("a"))
        core = _Core("award", m.start("a"), m.end() + 1, m.start("a"), a)
        core.end = m.end("a") + 1  # through 分
        if a is not None and finder.add(core):
            queue.appendleft(core)


# --------------------------------------------------------------------------- per and condition


Span = tuple[int, int]


def _with_noun(folded: str, span: Span, verb_start: int) -> Span:
    """A classifier takes the noun standing between it and the verb: 每类人员扣 → 类人员."""
    start, end = span
    if folded[start:end] not in P.CLASSIFIERS:
        return span
    gap_end = verb_start
    while gap_end > end and folded[gap_end - 1] in P.WEAK_DELIMITERS + " ":
        gap_end -= 1
    while gap_end > end + 1 and folded[gap_end - 1] in P.ADVERBS_AT_VERB:
        gap_end -= 1  # 每个问题另扣 → 个问题
    if 0 < gap_end - end <= P.CLASSIFIER_NOUN_MAX and _match(_CLASSIFIER_NOUN, folded, end, gap_end) is not None:
        noun = folded[end:gap_end]
        if len(noun) == len(_match(_CLASSIFIER_NOUN, folded, end, gap_end).group(0)) and not any(
            ch in P.VERB_CHARS for ch in noun
        ):
            return (start, gap_end)
    m = _match(_CLASSIFIER_NOUN_BEFORE_PREDICATE, folded, end, gap_end)
    if m is not None and not any(ch in P.VERB_CHARS for ch in m.group(0)):
        return (start, m.end())  # 每有1个项目未完成扣 → 个项目
    return span


def _each_span(m, folded: str | None = None, verb_start: int | None = None) -> Span:
    """The unit of a 每 phrase, with its count unless the count is 1 (每3个百分点 → 3个百分点)."""
    count = m.group("count")
    unit = m.span("unit")
    if folded is not None and verb_start is not None:
        unit = _with_noun(folded, unit, verb_start)
    if count and not is_one(count):
        return (m.start("count"), unit[1])
    if folded is not None and folded[unit[0] : unit[1]] == "元":
        return unit if count is None else (m.start("count"), unit[1])  # 每5000元: the amount counted
    return unit


def _per_from_each(folded: str, lo: int, hi: int) -> Span | None:
    """The 每 phrase closest before the verb: 每少1次 → 次, 每缺少一项 → 项, 每少1病种 → 病种."""
    beyond = _finditer(_PER_BEYOND_THRESHOLD, folded, lo, hi) or _finditer(_PER_BEYOND_REFERENCE, folded, lo, hi)
    if beyond:
        return _each_span(beyond[-1], folded, hi)
    found = [m for m in _finditer(_PER_EACH, folded, lo, hi) if not _frequency(folded, m, hi)]
    if found and folded[found[-1].start("unit") : found[-1].end("unit")] == "元" and not found[-1].group("count"):
        found = found[:-1]  # 元 alone is money, not a unit
    if found:
        return _each_span(found[-1], folded, hi)
    nouns = [m for m in _finditer(_PER_EACH_NOUN, folded, lo, min(len(folded), hi + 2)) if m.end() <= hi]
    return _each_span(nouns[-1]) if nouns else None


def _frequency(folded: str, m, hi: int) -> bool:
    """每半年…一次: how often a requirement is due, no unit of the amount (rule_patterns.PER_FREQUENCY)."""
    if m.group("unit") not in P.PER_FREQUENCY_PERIODS:
        return False
    return _negated_period(folded, m) or _match(_PER_FREQUENCY, folded, m.end(), hi) is not None


def _negated_period(folded: str, m) -> bool:
    """未每日清运: the period is how often it is due, not what is counted (PER_FREQUENCY_NEGATED)."""
    return _search(_PER_FREQUENCY_NEGATED, folded, max(0, m.start() - 6), m.start()) is not None


def _after_frequency(folded: str, lo: int, hi: int) -> int:
    """Where the last frequency before the verb ends (每两个月更换一次的扣 → after 一次), so its
    一次 is not read as an instance counted (rule_patterns.PER_FREQUENCY); lo when there is none."""
    end = lo
    for m in _finditer(_PER_EACH, folded, lo, hi):
        if _frequency(folded, m, hi):
            once = _match(_PER_FREQUENCY, folded, m.end(), hi)
            end = max(end, once.end() if once else m.end())
    return end


def _per_each_adjacent(folded: str, lo: int, verb_start: int) -> Span | None:
    """For awards the unit must stand at the verb: 每篇得1分 (not 每月进行检查…得2分), or be a thing
    done and counted (每引进1个亿元以上项目得3分 → 个, rule_patterns.AWARD_PER_COUNTED_GAP)."""
    for m in _finditer(_PER_EACH, folded, lo, verb_start):
        gap = verb_start - m.end()
        counted = m.group("verb") and m.group("count") and m.group("unit") not in P.PER_FREQUENCY_PERIODS
        if gap <= P.AWARD_PER_GAP or (counted and gap <= P.AWARD_PER_COUNTED_GAP):
            return _each_span(m)
    return None


def _per_from_count(folded: str, lo: int, verb_start: int) -> Span | None:
    """A single counted instance just before the verb: 被投诉1次扣 · 1次会议扣 · 少1期扣."""
    best = None
    for m in _finditer(_PER_COUNT, folded, lo, verb_start):
        gap = folded[m.end() : verb_start]
        before = folded[max(lo, m.start() - 3) : m.start()]
        instance = any(before.endswith(w) for w in P.INSTANCE_VERBS)
        if len(gap) > (P.PER_INSTANCE_GAP if instance else P.PER_COUNT_GAP) or any(ch in P.WEAK_DELIMITERS + P.STRONG_DELIMITERS for ch in gap):
            continue
        if not is_one(m.group("count")):
            continue
        if before and (before[-1] in P.NOT_A_COUNT_BEFORE or before[-1].isdigit() or before[-1] == "."):
            continue
        if any(before.endswith(w) for w in P.COUNT_REQUIREMENT_BEFORE):
            continue
        if any(folded.startswith(w, m.end()) for w in P.COUNT_REQUIREMENT_AFTER):
            continue
        if m.group("unit") in P.LEVEL_UNITS and _match(_LEVEL_NAME_AFTER, folded, m.end()):
            continue  # 一级达标: a level's name, not a count
        best = m
    if best is None:
        return None
    if best.start() > 0 and folded[best.start() - 1] in P.CLASSIFIER_NOUN_AFTER:
        return _with_noun(folded, best.span("unit"), verb_start)
    return best.span("unit")


def _find_per(text: str, folded: str, clauses: _Clauses, core: _Core, start: int) -> str | None:
    """The unit the amount is charged per, read from the text as written (separators dropped)."""
    span = core.per
    if span is None and core.kind in ("deduct", "bonus", "award"):
        lo = max(start, clauses.weak_start(core.verb_start))
        if not folded[lo : core.verb_start].strip() and lo > start:
            lo = max(start, clauses.weak_start(lo - 1))  # 每少一件,扣0.2分: the verb stands alone
        if core.kind == "award":
            span = _per_each_adjacent(folded, lo, core.verb_start)
        else:
            span = _per_from_each(folded, lo, core.verb_start) or _per_from_count(
                folded, _after_frequency(folded, lo, core.verb_start), core.verb_start
            )
            if span is None and core.verb_start > 0 and _match(_EACH_OF_LIST, folded, core.verb_start - 1):
                return P.EACH_OF_LIST_UNIT
            if span is None and core.kind == "deduct":
                found = _finditer(_CURRENT_PERIOD, folded, lo, core.verb_start)
                span = found[0].span("unit") if found else None
    return _unit(text[span[0] : span[1]]) if span else None


def _clean_condition(text: str) -> str | None:
    """The condition as a reader would quote it: no numbering, openers, closers or 每 phrase."""
    s = _NUMBERING_PREFIX.sub("", text, count=1) if _NUMBERING_PREFIX.match(text) else text
    s = s.strip(" ,，、;；:：。")
    changed = True
    while changed and s:
        changed = False
        for w in P.CONDITION_OPENERS:
            if s.startswith(w) and len(s) > len(w) + 1:
                s, changed = s[len(w) :], True
        # a trailing 每 phrase with only a short object after it: …的,每项给相应单位 → …的
        tail = list(_PER_EACH.finditer(s))
        if tail:
            last = tail[-1]
            rest = s[last.end() :]
            if last.start() > 0 and len(rest) <= 10 and not any(ch in ",，、" for ch in rest):
                s, changed = s[: last.start()], True
        for w in P.CONDITION_CLOSERS:
            if s.endswith(w):
                s, changed = s[: -len(w)], True
        stripped = s.strip(" ,，、;；:：。(（" + P.QUOTES)
        if stripped != s:
            s, changed = stripped, True
    return s or None


# --------------------------------------------------------------------------- the parser


def parse_rules(text: str) -> list[RuleHit]:
    """Every rule statement in a normalised text, in reading order."""
    if not text or not text.strip():
        return []
    folded = fold_traditional(text)
    clauses = _Clauses(folded)
    finder = _Finder(folded, clauses)
    finder.grades(text)
    finder.caps()
    finder.vetoes()
    finder.amount_lists()
    finder.tiers()
    finder.amounts()
    _bare_awards(folded, clauses, finder)

    examples = [m.span() for m in _finditer(_WORKED_EXAMPLE, folded)]
    signs = [m.start() for m in _finditer(_FORMULA_SIGN, folded)]
    cores = sorted(
        (c for c in finder.cores if not _in_example(folded, c, examples) and not _in_formula(signs, clauses, c)),
        key=lambda c: (c.start, c.end),
    )
    hits: list[RuleHit] = []
    prev_start = prev_end = 0
    prev_by_kind: dict[str, RuleHit] = {}
    for core in cores:
        if core.start < prev_end:
            start = prev_start  # one grade list, one rule per label: the same statement
        else:
            start = _statement_start(folded, clauses, core, prev_end)
            prev_start, prev_end = start, core.end
        per = _find_per(text, folded, clauses, core, start)
        if per is None and core.relative and core.kind in prev_by_kind:
            per = prev_by_kind[core.kind].per
        hit = RuleHit(
            kind=core.kind,
            start=start,
            end=core.end,
            amount=core.amount,
            amount_max=core.amount_max,
            per=per,
            label=core.label,
            below=core.below,
            at_least=core.at_least,
            quota_pct=core.quota_pct,
            condition=_clean_condition(text[start : core.verb_start]),
        )
        hits.append(hit)
        prev_by_kind[core.kind] = hit
    return hits


def _in_example(folded: str, core: _Core, examples: list[Span]) -> bool:
    """A worked example's amounts are no rules: 例:某单位得分85分,扣2分后为83分."""
    if any(a <= core.start < b for a, b in examples):
        return True
    return core.amount is not None and _match(_AMOUNT_RESULT_AFTER, folded, core.end) is not None


def _in_formula(signs: list[int], clauses: _Clauses, core: _Core) -> bool:
    """A score formula's terms are no rules: 得分=(实得分之和/应得满分)×100. `signs`: where = stands,
    sorted (bisect keeps it linear when one clause holds many rules)."""
    k = bisect.bisect_left(signs, clauses.weak_start(core.start))
    return k < len(signs) and signs[k] < core.end


def _statement_start(folded: str, clauses: _Clauses, core: _Core, prev_end: int) -> int:
    """Where a statement's condition begins: after the sentence start, numbering and the rule before."""
    start = max(clauses.strong_start(core.verb_start), prev_end)
    m = _NUMBERING_PREFIX.match(folded, start)
    if m and m.end() <= core.start:
        start = m.end()
    while start < core.start and folded[start] in " ,，、;；:：。)）":
        start += 1
    return start


# --------------------------------------------------------------------------- condition tokens

_JIEBA_LOCK = threading.Lock()
_jieba = None


def condition_tokens(text: str | None) -> list[str]:
    """The words of a condition (jieba, exact mode, no HMM): for search and matching across years.

    Why no HMM: its guesses for unknown words can differ between jieba versions; the dictionary
    alone gives the same tokens everywhere. Loaded on first use, quietly.
    """
    global _jieba
    if not text:
        return []
    with _JIEBA_LOCK:
        if _jieba is None:
            import logging

            import jieba

            jieba.setLogLevel(logging.WARNING)
            jieba.initialize()
            _jieba = jieba
    words = _jieba.lcut(text, HMM=False)
    return [w for w in (w.strip() for w in words) if w and any(ch.isalnum() for ch in w)]
