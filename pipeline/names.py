"""Item names: cleaning a cell into a name, and repairing misread names from the document itself.

Why here and not in normalize: a name carries its points (`重点 突破 工作 (30分)`), its
numbering (`3. 做好…`), notes (`(另文下发)`), layout debris (`]承担的`) and OCR misreadings
(`付条官埋` for 档案管理). Cleaning keeps the words; repair replaces a name only where the same
document spells the right one in the same place (same parent, same column, similar content),
and every repair is returned so the printed text stays traceable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from rubrics.pipeline import numbering as nb
from rubrics.pipeline.normalize import clean

NUM = r"\d+(?:\.\d+)?"

# Points stated in a name cell: `重点突破工作 (30分)`, `党风廉政建设（4分）`, `资产管理 2分`.
POINTS_IN_NAME = re.compile(rf"[(（\[【]\s*(?P<n>{NUM})\s*分\s*[)）\]】]|(?<![\d.])(?P<m>{NUM})\s*分$")
# A weight stated in a name cell: `业务工作（占70%）`, `党建 (权重20%)`, `质量 30%`.
# Leading numbering of a name (`1.` `1、` `（一）` `一、` `①` `(1)` `第一项` `1.1`): the one engine,
# pipeline.numbering; this compiled form is for callers that match or cut it.
NUMBERING = nb.LEADING
# Words that make a bracketed part a note, not part of the name: `(另文下发)`,
# `(学校2020年工作要点)`, `(备注:…)`, `(详见附件)`, `(以支部为单位)`.
NOTE_WORDS = ("另文", "要点", "备注", "详见", "见附件", "为单位", "文件")
NOTE_PAREN = re.compile(r"[(（][^()（）]*[)）]|[(（][^()（）]*$")
# A year inside brackets marks a source note too: `(学校2020年工作要点)`, `（2021年文件）`.
NOTE_YEAR = re.compile(r"\d{4}\s*年")
# Layout debris at the edge of a cell: a stray bracket or a lone Latin letter/digit left by OCR
# (`]承担的广安`, `网络与信息安全保障 o`, `V 12`).
EDGE_DEBRIS = re.compile(r"^[\]\[|｜_`'\"”“ ]+|[\]\[|｜_`'\"”“ ]+$|(?<=[\u4e00-\u9fff])\s*[A-Za-z]$")
# Method words: `扣分法 达标法` is two methods; everything else split by a line is one word.
METHOD_WORD = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:法|制)$")
# Unit names end in one of these: `党政办 绩效办` is two units, `资产 基建处` is one.
UNIT_SUFFIXES = ("办", "馆", "处", "部", "科", "室", "局", "委", "会", "中心", "小组", "院", "所", "队", "站", "组", "厅", "署")


def split_points(text: str) -> tuple[str, float | None]:
    """The text without a points statement, and the points (`保证 目标 (40分)` → 保证 目标, 40)."""
    points = None
    for m in POINTS_IN_NAME.finditer(text):
        points = float(m.group("n") or m.group("m"))
    stripped = POINTS_IN_NAME.sub("", text)
    return stripped, points


def overlap_join(left: str, right: str) -> str:
    """Join two pieces of one text, reading an overlap once (`保证目标` + `目标` → 保证目标).

    Why: OCR of a merged cell split across rows or columns repeats the characters at the cut
    (`推进重要` | `要信息系统`).
    """
    if not left:
        return right
    if not right:
        return left
    for k in range(min(len(left), len(right)), 0, -1):
        if left.endswith(right[:k]) and re.match(r"[\u4e00-\u9fff]", right[:k]):
            return left + right[k:]
    return left + right


def clean_name(text: str) -> str:
    """A cell's text as an item name: no points, numbering, notes, OCR spacing or debris."""
    text, _ = split_points(text or "")
    text = clean(text)
    text = nb.strip_marker(text)
    text = NOTE_PAREN.sub(
        lambda m: "" if any(w in m.group(0) for w in NOTE_WORDS) or NOTE_YEAR.search(m.group(0)) else m.group(0),
        text,
    )
    prev = None
    while prev != text:
        prev = text
        text = EDGE_DEBRIS.sub("", text).strip()
    return text.rstrip("。;；,，、:： ")


def strip_debris(text: str) -> str:
    """A piece of a name without the layout debris at its edges."""
    prev = None
    while prev != text:
        prev = text
        text = EDGE_DEBRIS.sub("", text).strip()
    return text


def join_name_pieces(text: str) -> str:
    """Pieces of one cell split by OCR spaces, joined with overlaps read once (`思想 想政作`)."""
    pieces = [clean(p) for p in re.split(r"[\s\u3000]+", (text or "").strip()) if p]
    out = ""
    for piece in pieces:
        if _cjk(out[-1:]) and _cjk(piece[:1]):
            out = overlap_join(out, piece)
        elif out[-1:].isascii() and out[-1:].isalnum() and piece[:1].isascii() and piece[:1].isalnum():
            out = f"{out} {piece}"  # a gap between Latin words is a word gap
        else:
            out += piece
    return out


def _cjk(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"


def clean_method(text: str) -> str | None:
    """`扣分法 达标法` → 扣分法、达标法; a wrapped word is joined."""
    pieces = [clean(p) for p in re.split(r"[\s、,，/]+", text or "") if p.strip()]
    if not pieces:
        return None
    if len(pieces) > 1 and all(METHOD_WORD.match(p) for p in pieces):
        return "、".join(pieces)
    return "".join(pieces)


def clean_assessor(text: str) -> str | None:
    """`绩效考核 小组` → 绩效考核小组 (a wrapped name); `党政办 绩效办` → 党政办、绩效办 (two units)."""
    pieces = [clean(p) for p in re.split(r"[\s、,，/]+", text or "") if p.strip()]
    pieces = [p for p in pieces if re.search(r"[\u4e00-\u9fff]", p)]  # debris like `V 12`
    if not pieces:
        return None
    units: list[str] = []
    for piece in pieces:
        if units and (not units[-1].endswith(UNIT_SUFFIXES) or len(piece) < 2):
            units[-1] += piece
        else:
            units.append(piece)
    if len(units) > 1 and not units[-1].endswith(UNIT_SUFFIXES):
        return "".join(units)
    return "、".join(units)


def split_units(text: str | None, vocabulary: set[str]) -> str | None:
    """An assessor printed as two units run together (`党政办绩效办`) split where the document
    prints both units elsewhere."""
    if not text or "、" in text or text in vocabulary:
        return text
    for i in range(2, len(text) - 1):
        left, right = text[:i], text[i:]
        if left in vocabulary and (right in vocabulary or (len(right) >= 2 and right.endswith(UNIT_SUFFIXES))):
            return f"{left}、{right}"
    return text


# ---------------------------------------------------------------- repair from the document


@dataclass
class Candidate:
    """An item as the repair sees it: its name and what proves where it sits."""

    scheme: int
    parent: tuple[str, ...]
    name: str
    points: float | None
    assessor: str | None
    text: str  # task + criteria, for content similarity


NAME_RATIO = 60  # a misread name this alike to a proven one is that name
CONTENT_RATIO = 85  # task+criteria this alike: the same row printed in another scheme
MIN_CONTENT = 10  # characters of content needed before content proves anything


def _norm(text: str | None) -> str:
    return re.sub(r"[\W_]+", "", clean(text or ""))


def best_repair(target: Candidate, others: list[Candidate], same_scheme_names: set[str]) -> str | None:
    """A name that the document proves for `target`, or None.

    Proofs, strongest first: (1) the same row (content alike) printed elsewhere with a name;
    (2) a sibling name elsewhere under the same parent with the same points and assessor, that
    the misread name resembles or that the item's own text keeps mentioning; (3) a name that
    contains the fragment the cell kept (`(统战工作)` → 党建工作(统战工作)).
    Names already used by a sibling in the target's own scheme are never taken.
    """
    pool = [o for o in others if o.scheme != target.scheme and o.parent == target.parent and o.name]
    pool = [o for o in pool if o.name not in same_scheme_names and o.name != target.name]
    if not pool:
        return None
    # how often each spelling is printed in this place: a misreading is the rarer one
    printed: dict[str, int] = {}
    for o in others:
        if o.parent == target.parent:
            printed[o.name] = printed.get(o.name, 0) + 1
    tnorm, tname = _norm(target.text), _norm(target.name)
    scored: list[tuple[float, str]] = []
    for o in pool:
        onorm, oname = _norm(o.text), _norm(o.name)
        score = 0.0
        if not tname and len(tnorm) >= MIN_CONTENT and len(onorm) >= MIN_CONTENT and _agree(target, o):
            content = fuzz.ratio(tnorm, onorm)
            short, long_ = sorted((tnorm, onorm), key=len)
            if len(short) * 5 >= len(long_) * 2:  # a row cut short by OCR: most of it still alike
                content = max(content, _bigram_share(short, long_) - 5)
            if content >= CONTENT_RATIO:
                score = max(score, 100 + content)
        same_slot = target.points is not None and o.points == target.points
        resembles = fuzz.ratio(tname, oname) >= NAME_RATIO or (
            len(tname) == len(oname) and tnorm.count(oname) >= 2
        )
        if tname and same_slot and printed.get(o.name, 0) > printed.get(target.name, 0) and resembles:
            score = max(score, 50 + fuzz.ratio(tname, oname) / 10)
        fragment = len(tname) >= 2 and tname in oname and tname != oname
        if fragment and target.assessor is not None and o.assessor == target.assessor:
            score = max(score, 40 + len(tname))
        if score:
            scored.append((score, o.name))
    if not scored:
        return None
    scored.sort(key=lambda s: -s[0])
    best = scored[0]
    # an ambiguous proof (two different names equally good) proves nothing
    if len(scored) > 1 and scored[1][0] == best[0] and scored[1][1] != best[1]:
        return None
    return best[1]


def _bigram_share(short: str, long_: str) -> float:
    """Percent of the shorter text's character pairs found in the longer: a row that lost its
    head or tail to OCR still shares nearly all of them with the whole row printed elsewhere."""
    grams = {short[i : i + 2] for i in range(len(short) - 1)}
    if not grams:
        return 0.0
    other = {long_[i : i + 2] for i in range(len(long_) - 1)}
    return 100.0 * len(grams & other) / len(grams)


def _agree(a: Candidate, b: Candidate) -> bool:
    """Points and assessor, where both are stated, do not contradict."""
    if a.points is not None and b.points is not None and a.points != b.points:
        return False
    return a.assessor is None or b.assessor is None or a.assessor == b.assessor
