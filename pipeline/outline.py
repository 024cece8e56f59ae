"""Schemes from numbered prose: 一、→（一）→ 1. →（1）→ ① with points stated inline.

    prose_schemes(doc, has_tables) -> list[SchemeDraft]

Steps, each a small function below:
  1. segments: every numbered clause (also inside running text flattened from a page: a marker
     after a sentence end, or the next number of its style) with its depth in the hierarchy and
     the unnumbered paragraphs that follow it;
  2. scheme sections: the outermost segments with at least two children stating points or
     weights (`1.常规工作50分`, `目标考核(700分,占70%)`); several in one document are several
     schemes, named from their heading (`系部目标任务分值构成` → 系部) or else from 考核对象;
     without any, a 考核内容 section listing contents gives items without points;
  3. a later sibling section that describes the same items (考评内容 after 考评方式) is merged in;
  4. assessors from prose (`X牵头`, `由X…考核评分`, `X根据…共性工作…考评打分`, `考核办评价`);
  5. rules (pipeline.rules.parse_rules) in an item's own text belong to it; elsewhere (加分,
     扣分, 一票否决, 等次 sections) to the scheme, as do rules charged to the 总分.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field

import regex

from rubrics.extracted.models import Source
from rubrics.parsers.document import Block, Document
from rubrics.pipeline import numbering as nb
from rubrics.pipeline import prose_patterns as pp
from rubrics.pipeline.draft import ItemDraft, RuleDraft, SchemeDraft
from rubrics.pipeline.normalize import NormText, normalize_text, simplified

ORDER_PREV_BLOCKERS = "第0123456789.A-Za-z"  # a marker right after one of these is no marker (第1、2项)
SUBJECT_NAME_MAX = 12  # 考核对象 children longer than this are sentences, not unit names
TOPIC_MAX = 12  # a heading line this short, without numbers, names a topic rather than a rule
TITLE_BLOCKS = 12  # the title is among the first blocks (after web chrome at most)
TITLE_RUN_BLOCKS = 5  # a title run into running text is read only in the first text blocks (as fields does)
TOTAL_WINDOW = 8  # characters before a rule read for `从…总分中` (charged to the total)
FULL_SCALES = (100.0, 1000.0)  # sections that each allocate a whole 百分制/千分制 are parallel schemes
SINGLE_CHAR_MARKERS = f"[{nb.PAREN_CIRCLED}{nb.DOTTED}]"  # `⑴`, `⒈`: one character, a list apart


@dataclass
class Piece:
    """A stretch of one block's normalised text: [start, end) in norm.text."""

    norm: NormText
    start: int
    end: int
    block: Block

    @property
    def text(self) -> str:
        """Simplified characters (normalize.simplified): what patterns read."""
        return self.norm.simple[self.start : self.end]

    @property
    def real(self) -> str:
        """The repaired text as printed (traditional characters kept): where names come from."""
        return self.norm.text[self.start : self.end]


@dataclass
class Segment:
    style: str | None
    number: int | None
    depth: int
    pieces: list[Piece] = field(default_factory=list)
    parent: Segment | None = None
    children: list[Segment] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.pieces)

    @property
    def real_text(self) -> str:
        return "\n".join(p.real for p in self.pieces)

    @property
    def head(self) -> str:
        return self.pieces[0].text if self.pieces else ""

    @property
    def real_head(self) -> str:
        return self.pieces[0].real if self.pieces else ""

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


# ------------------------------------------------------------------ 1. segments


def _markers(text: str) -> list[nb.Marker]:
    """Candidate numbering markers in a text, left to right, not overlapping (pipeline.numbering).

    Any style at a clause start; inside a clause only the styles that can continue a list (a
    `prefixed`, letter or 其一 marker mid-sentence is a word, not numbering)."""
    out: list[nb.Marker] = []
    taken_to = -1
    for i, ch in enumerate(text):
        if i < taken_to:
            continue
        at_clause = i == 0 or text[i - 1] in pp.CLAUSE_END
        if not at_clause and not nb.MARKER_START.match(ch):
            continue
        marker = nb.marker_at(text, i)
        if marker is None or (marker.style in nb.CLAUSE_START_ONLY and not at_clause):
            continue
        out.append(marker)
        taken_to = marker.end
    return out


def _key(marker: nb.Marker, text: str) -> str:
    """The outline level a marker opens: `1.` and `1、` are one list (careless writers mix them);
    decimals sit by their number of parts (`1.` above `1.1` above `1.1.1`). A one-character
    marker (`⑴`, `⒈`) is a list of its own: a document that has it beside `(1)` or `1.` uses
    both (`(1)舆情规范` over `⑴计划检查`)."""
    if marker.end > marker.start and regex.match(SINGLE_CHAR_MARKERS, text[marker.start]):
        return f"{marker.style}_char"
    if marker.style in ("arabic_dot", "arabic_dun"):
        return "ar"
    if marker.style.startswith("decimal"):
        return f"dec{len(marker.parts)}"
    return marker.style


def _decimal_level(key: str | None) -> int | None:
    if key == "ar":
        return 1
    if key and key.startswith("dec"):
        return int(key[3:])
    return None


class _Outline:
    """Builds the segment tree in reading order, keeping the stack of open numbering styles."""

    def __init__(self) -> None:
        self.root = Segment(style=None, number=None, depth=-1)
        self.stack: list[Segment] = []
        self.current = self.root

    def expected(self, style: str) -> int:
        for seg in reversed(self.stack):
            if seg.style == style:
                return (seg.number or 0) + 1
        return 1

    def open(self, style: str, number: int) -> Segment:
        level = _decimal_level(style)
        cut = None
        for i in range(len(self.stack) - 1, -1, -1):
            other = _decimal_level(self.stack[i].style)
            if self.stack[i].style == style:
                cut = i
                break
            if level and level > 1 and other:  # 2.2 closes 2.1.1 and 2.1, not 2.
                if other < level:
                    break
                cut = i
        if cut is not None:
            del self.stack[cut:]
        parent = self.stack[-1] if self.stack else self.root
        seg = Segment(style=style, number=number, depth=len(self.stack), parent=parent)
        parent.children.append(seg)
        self.stack.append(seg)
        self.current = seg
        return seg

    def open_heading(self, level: int) -> Segment:
        """An unnumbered heading (a Word heading style): it closes headings of its level or deeper
        and every numbered level under them."""
        keep = 0
        for i, seg in enumerate(self.stack):
            if seg.style and seg.style.startswith("heading") and int(seg.style[7:]) < level:
                keep = i + 1
        del self.stack[keep:]
        parent = self.stack[-1] if self.stack else self.root
        seg = Segment(style=f"heading{level}", number=None, depth=len(self.stack), parent=parent)
        parent.children.append(seg)
        self.stack.append(seg)
        self.current = seg
        return seg

    def _document_title(self, text: str) -> bool:
        """A heading that reads as the document's title (`…考核细则`) before any numbered text: the title
        of what follows, not a part of it (a PDF sets a title in a larger font, Word in a heading style)."""
        return not self.stack and bool(pp.match(pp.TITLE_LINE, text))

    def accepts(self, text: str, start: int, style: str, number: int) -> bool:
        if start == 0:
            return True
        prev = text[start - 1]
        if prev in ORDER_PREV_BLOCKERS or prev.isascii() and prev.isalnum():
            return False
        if number == self.expected(style):
            return True
        return prev in pp.CLAUSE_END and number == 1

    def add_block(self, block: Block) -> None:
        norm = normalize_text(block.text.strip())
        text = norm.simple
        if not text:
            return
        cuts = [(m.start, m.end, _key(m, text), m.value) for m in _markers(text)]
        if block.kind == "heading" and not (cuts and cuts[0][0] == 0) and not self._document_title(text):
            self.open_heading(block.level or 1)
        pos = 0
        pending_start = 0
        for start, end, style, number in cuts:
            if start < pos or not self.accepts(text, start, style, number):
                continue
            if start > pending_start:
                self.current.pieces.append(Piece(norm, pending_start, start, block))
            self.open(style, number)
            pending_start = end
            pos = end
        if pending_start < len(text):
            self.current.pieces.append(Piece(norm, pending_start, len(text), block))


def segments(doc: Document) -> Segment:
    """The numbered tree of the document's prose (tables are not read here)."""
    outline = _Outline()
    for block in doc.blocks:
        if block.kind in ("paragraph", "heading") and block.text.strip():
            outline.add_block(block)
    return outline.root


# ------------------------------------------------------------------ 2. names and points

# A name ending in one of these is a sentence with an amount, not an item with points:
# `迟到一次扣1分`, `全年无事故的得10分`, `考核得分不低于60分`, `完成率达到90%`.
VERB_BEFORE_POINTS = "扣加减得奖计各每按至为的满共于达到超过低高足完成"


@dataclass
class Head:
    name: str  # as printed
    points: float | None = None
    weight: float | None = None
    rest: int = 0  # where the text after the heading starts, in the first piece

    @property
    def simple(self) -> str:
        return simplified(self.name)


def clean_name(name: str) -> str:
    name = pp.NAME_BRACKET_NOTE.sub("", name.strip(), timeout=pp.TIMEOUT)
    return name.strip(" :,、;.。-—")


def read_head(seg: Segment) -> Head:
    """The name and inline points/weight of a segment's heading clause."""
    lead = len(seg.head) - len(seg.head.lstrip())
    text, real = seg.head[lead:].rstrip(), seg.real_head[lead:]
    for pattern in (pp.POINTS_HEAD, pp.COLON_POINTS_HEAD, pp.WEIGHT_HEAD):
        m = pp.match(pattern, text)
        if not m:
            continue
        name = clean_name(real[m.start("name") : m.end("name")])
        if not name or simplified(name)[-1] in VERB_BEFORE_POINTS or "," in name or pp.search(pp.NOT_A_NAME, name):
            continue
        points = float(m.group("points")) if "points" in m.groupdict() and m.group("points") else None
        weight = float(m.group("weight")) if m.group("weight") else None
        return Head(name=name, points=points, weight=weight, rest=lead + m.end())
    trailing = _trailing_rules(text)
    if trailing is not None:  # `1、班主任每学期应完成…。(缺一项扣2分)`: the clause is the name
        return Head(name=real[:trailing].strip().rstrip(" 。;,、.:"), rest=lead + trailing)
    end = pp.search(pp.NAME_END, text)
    cut = end.start() if end else len(text)
    head = Head(name=clean_name(real[:cut][: pp.NAME_MAX]), rest=lead + cut)
    if len(seg.pieces) > 1 and cut == len(text):  # `1.党建工作` then a line `分值:20分`
        m = pp.match(pp.POINTS_LINE, seg.pieces[1].text)
        if m:
            head.points = float(m.group("points"))
            head.weight = float(m.group("weight")) if m.group("weight") else None
    return head


def has_allocation(seg: Segment) -> bool:
    head = read_head(seg)
    return head.points is not None or head.weight is not None


def _trailing_rules(text: str) -> int | None:
    """Where a clause's trailing parenthesis of scoring rules starts (`…工作总结。(缺一项扣2分,
    不按时交扣1分)`), if the clause has one and a requirement before it."""
    m = pp.search(pp.TRAILING_RULES, text)
    if not m or m.start() < pp.REQUIREMENT_MIN:
        return None
    if not _rule_hits(m.group("inner")) and not pp.search(pp.SCORING_WORDS, m.group("inner")):
        return None
    return m.start()


def has_trailing_rules(seg: Segment) -> bool:
    lead = len(seg.head) - len(seg.head.lstrip())
    head = seg.head[lead:].rstrip()
    return not pp.search(pp.FORMULA_MARK, head) and _trailing_rules(head) is not None


def states_rule(seg: Segment) -> bool:
    """Whether a segment's own text (not its children's) states a rule with an amount or kind."""
    return bool(_rule_hits(seg.text))


def item_like(seg: Segment, top: bool = False) -> bool:
    """Whether a numbered segment is an item of a scheme: it states points or a weight, or it is a
    requirement with its rules in a trailing parenthesis, or (below the top of the document) it
    heads two or more clauses that state rules (`1、学生有下列行为…扣除相应得分` over `(1)…扣1分`)
    without being a short heading of a rules part (`加分`, `扣分和一票否决`)."""
    if has_allocation(seg) or has_trailing_rules(seg):
        return True
    if top or sum(1 for c in seg.children if states_rule(c)) < 2:
        return False
    name = read_head(seg).simple
    return not (len(name) <= TOPIC_MAX and (pp.search(pp.RULE_SECTION, name) or pp.search(pp.DOC_SECTION, name)))


def criteria_clause(seg: Segment) -> bool:
    """An unpointed numbered clause under an item that states a rule (`(1)课间操旷操一次扣1分`):
    part of its parent's criteria, not an item of its own."""
    if has_allocation(seg) or has_trailing_rules(seg) or not states_rule(seg):
        return False
    return not any(item_like(c) for c in seg.children)


def lead_in_clause(seg: Segment) -> bool:
    """An unpointed clause ending in a colon that leads into clauses stating rules (`（二）学习记录有下列
    情形的，按以下标准扣分：` over `1．…每次扣0.5分`): under a pointed item, part of its criteria."""
    if has_allocation(seg) or not seg.children or not pp.search(pp.LEAD_IN_END, seg.head):
        return False
    return all(states_rule(c) and not has_allocation(c) for c in seg.children)


# ------------------------------------------------------------------ 3. schemes


@dataclass
class _Built:
    draft: SchemeDraft
    section: Segment
    item_segments: dict[int, ItemDraft] = field(default_factory=dict)  # id(segment) → item
    segs: dict[int, Segment] = field(default_factory=dict)  # id(segment) → segment


def scheme_sections(root: Segment) -> list[Segment]:
    """The outermost segments with two or more children that state points or weights."""
    found: list[Segment] = []

    def visit(seg: Segment) -> None:
        if sum(1 for c in seg.children if item_like(c, top=seg.style is None)) >= 2:
            found.append(seg)
            return
        for child in seg.children:
            visit(child)

    visit(root)
    return found


def _bare_topic(seg: Segment) -> bool:
    """A heading that names a topic (`创新发展`, `醫療質量`), not a scheme: short, no number, no word
    of a scheme or part heading (`系部目标任务分值构成`, `加分项目`), not a unit (`职能部门`)."""
    name = read_head(seg).simple
    if not name or len(name) > TOPIC_MAX or any(ch.isdigit() for ch in name):
        return False
    if any(pp.search(p, name) for p in (pp.SCHEME_HEADING, pp.RULE_SECTION, pp.DOC_SECTION, pp.SUBJECT_HEADING)):
        return False
    return not pp.search(pp.UNIT_NAME_END, name)


def _points_below(seg: Segment) -> float:
    """The points a segment's items allocate: each child's own points, else those below it."""
    total = 0.0
    for child in seg.children:
        head = read_head(child)
        total += head.points if head.points is not None else _points_below(child)
    return total


def _common_ancestor(segs: list[Segment]) -> Segment:
    chains = [[s, *s.ancestors()][::-1] for s in segs]
    common = chains[0][0]
    for level in zip(*chains, strict=False):
        if any(x is not level[0] for x in level):
            break
        common = level[0]
    return common


def lift_topics(sections: list[Segment]) -> tuple[list[Segment], set[int]]:
    """Sections that are the top items of one scheme rather than schemes of their own.

    Two or more sections with points below them whose items do not repeat (parallel schemes for
    several units restate the same modules: 常规工作 under 系部 and under 职能部门) are parts of
    the scheme at their common ancestor when the ancestor's children that hold them are headed by
    bare topic names (`一、党建工作` / `1.组织建设10分` … `二、业务工作` / …, no points on the
    topics), not by a unit or a scheme heading (`一、教研组评估`, `(一)系部目标任务分值构成`), and
    each does not allocate a whole 100 or 1000 points of its own. Returns the sections and
    the ids of the ancestor's children that are items because a topic is in them."""
    if len(sections) < 2:
        return sections, set()
    totals = {_points_below(s) for s in sections}
    if len(totals) == 1 and totals <= set(FULL_SCALES):  # each a full 百分制 table: one per unit
        return sections, set()
    seen: set[str] = set()
    for section in sections:
        names = {_name_key(read_head(c).simple) for c in section.children} - {""}
        if names & seen:
            return sections, set()
        seen |= names
    top = _common_ancestor(sections)
    if top in sections:
        return sections, set()
    inner = {id(a) for s in sections for a in (s, *s.ancestors())}
    topics = [c for c in top.children if id(c) in inner]
    if not all(_bare_topic(t) for t in topics):
        return sections, set()
    return [top], {id(t) for t in topics}


def _unpointed_item(child: Segment, section: Segment) -> bool:
    """Whether a child without points, among siblings with points, is an item (`3.察访核验`)
    rather than a part of the document (`四、加分项目`, `五、考核结果`, `六、附则`). At the top
    of the document every part is a heading of the text, so there only allocations are items."""
    if section.style is None:
        return False
    name = read_head(child).simple
    return not (pp.search(pp.RULE_SECTION, name) or pp.search(pp.DOC_SECTION, name))


def _merge_restated(built: list[_Built]) -> list[_Built]:
    """A section that restates an earlier scheme's top items with the same points (a summary
    `考核内容包括党建工作20分、业务工作80分` and later the detailed `评分细则`) is the same scheme:
    its items join the first. Same names with other points (系部 50分 vs 职能部门 40分) stay apart."""
    out: list[_Built] = []
    for b in built:
        tops = {(_name_key(i.name), i.points, i.weight_pct) for i in b.draft.items if len(i.path) == 1}
        same = next(
            (
                a
                for a in out
                if tops
                and tops <= {(_name_key(i.name), i.points, i.weight_pct) for i in a.draft.items if len(i.path) == 1}
                and (not a.draft.name or not b.draft.name or a.draft.name == b.draft.name)
            ),
            None,
        )
        if same is None:
            out.append(b)
            continue
        have = {tuple(_name_key(p) for p in i.path) for i in same.draft.items}
        for item in b.draft.items:
            if tuple(_name_key(p) for p in item.path) not in have:
                same.draft.items.append(item)
        for sid, item in b.item_segments.items():
            match = next((i for i in same.draft.items if [_name_key(p) for p in i.path] == [_name_key(p) for p in item.path]), item)
            same.item_segments.setdefault(sid, match)
            same.segs.setdefault(sid, b.segs[sid])
    return out


def _name_key(name: str) -> str:
    return "".join(ch for ch in name if ch.isalnum())


def _mentions(text: str, name: str) -> bool:
    key = _name_key(name)
    if key and key in text:
        return True
    short = key
    for filler in pp.MENTION_FILLER:
        short = short.replace(filler, "")
    return len(short) >= 2 and short in text.replace("工作", "")


def _add_items(built: _Built, seg: Segment, parent_path: list[str]) -> None:
    head = read_head(seg)
    if not head.name:
        return
    path = [*parent_path, head.name]
    piece = seg.pieces[0] if seg.pieces else None
    item = ItemDraft(path=path, points=head.points, weight_pct=head.weight, source=_source(piece))
    if head.points is None and has_trailing_rules(seg):
        note = seg.head[head.rest :].strip().rstrip("。;,.")[1:-1]
        if not _rule_hits(note) and pp.match(pp.METHOD_NOTE, note):
            item.method = seg.real_head[head.rest :].strip().rstrip("。;,.")[1:-1]
    built.draft.items.append(item)
    built.item_segments[id(seg)] = item
    built.segs[id(seg)] = seg
    _add_split(built, seg, head, path)
    for child in seg.children:
        if not criteria_clause(child) and not (head.points is not None and lead_in_clause(child)):
            _add_items(built, child, path)


def _add_split(built: _Built, seg: Segment, head: Head, path: list[str]) -> None:
    """`其中公众评议200分,占20%;领导评价100分,占10%` inside an item's text: its children."""
    rest, real = seg.text[head.rest :], seg.real_text[head.rest :]
    intro = pp.search(pp.SPLIT_INTRO, rest)
    if not intro:
        return
    sentence = rest[intro.end() :].split("。")[0]
    parts = list(pp.finditer(pp.SPLIT_PART, sentence))
    if len(parts) < 2:
        return
    for m in parts:
        name = clean_name(real[intro.end() + m.start("name") : intro.end() + m.end("name")])
        weight = float(m.group("weight")) if m.group("weight") else None
        built.draft.items.append(ItemDraft(path=[*path, name], points=float(m.group("points")), weight_pct=weight))


def _merge_descriptions(built: _Built, others: set[int]) -> None:
    """A later sibling section that describes the same items (考评内容 after 考评方式) joins in.

    Its children that name a top item add their text and children to it; the others go under the
    top item whose text mentions them (`对职能目标、共性目标…进行考核` → 职能工作目标)."""
    section = built.section
    parent = section.parent
    if parent is None:
        return
    tops = {
        _name_key(i.path[0]): (seg_id, i)
        for seg_id, i in built.item_segments.items()
        if len(i.path) == 1
    }
    seg_of = {id(s): s for s in section.walk()}
    later = parent.children[parent.children.index(section) + 1 :]
    for sibling in later:
        if id(sibling) in others:
            continue
        if not pp.search(pp.CONTENT_HEADING, sibling.head) and not pp.search(pp.ALLOCATION_HEADING, sibling.head):
            continue
        names = [_name_key(read_head(c).name) for c in sibling.children]
        if not any(n in tops for n in names):
            continue
        for child, key in zip(sibling.children, names, strict=True):
            if key in tops:
                _, item = tops[key]
                built.item_segments[id(child)] = item
                built.segs[id(child)] = child
                for grandchild in child.children:
                    _add_items(built, grandchild, item.path)
                continue
            owner = next(
                (i for sid, i in tops.values() if _mentions(_name_key(seg_of[sid].text), read_head(child).simple)),
                None,
            )
            _add_items(built, child, owner.path if owner else [])


def _scheme_name(section: Segment, root: Segment, multiple: bool) -> str | None:
    head = read_head(section)
    cut = pp.search(pp.SCHEME_NAME_STOP, head.simple)
    name = head.name[: cut.start()] if cut else head.name
    if len(name) >= 2:
        return name
    return None


def _subject_name(root: Segment) -> str | None:
    """The units assessed, from a 考核对象 section: `(一)机关处(室):` `(二)直属单位:`."""
    for seg in root.walk():
        name = read_head(seg).simple
        if seg.style is None or len(name) > SUBJECT_NAME_MAX or not pp.search(pp.SUBJECT_HEADING, name):
            continue
        names = [read_head(c).name for c in seg.children]
        if any(pp.search(pp.SUBJECT_HEADING, simplified(n)) for n in names):
            continue  # `二、考评主体和考评对象` over `(二)考评对象`: the inner one says it
        if names and all(0 < len(n) <= SUBJECT_NAME_MAX for n in names):
            return "、".join(names)
        if not seg.children and len(seg.pieces) > 1 and len(seg.pieces[1].real.strip("。; ")) <= SUBJECT_NAME_MAX:
            return seg.pieces[1].real.strip("。; ")  # `一、考核对象` / `全镇12个行政村。`
        m = pp.match(pp.SUBJECT_HEADING, name)
        if not seg.children and m and len(name) - m.end() >= 2:  # `一、考核对象公司各职能部门。`
            return read_head(seg).name[m.end() :].lstrip("为是:")
    for seg in root.walk():
        m = pp.search(pp.SUBJECT_SENTENCE, seg.text)
        if m:
            return seg.real_text[m.start("who") : m.end("who")]
    return None


def _content_items(root: Segment) -> tuple[Segment, list[str]] | None:
    """`(一)考核内容。…主要包括A、B、C等方面内容` or a 考核内容 heading over numbered children."""
    for seg in root.walk():
        if seg.style is None:
            continue
        head = read_head(seg)
        if not pp.search(pp.CONTENT_HEADING, head.simple):
            continue
        if seg.children:
            names = [read_head(c).name for c in seg.children]
            if all(names):
                return seg, names
        m = pp.search(pp.CONTENT_LIST, seg.text[head.rest :])
        if m:
            listed = seg.real_text[head.rest + m.start("list") : head.rest + m.end("list")]
            names = [clean_name(n) for n in listed.split("、")]
            names = [n for n in names if n]
            if len(names) >= 2:
                return seg, names
    return None


def _source(piece: Piece | None) -> Source | None:
    if piece is None:
        return None
    block = piece.block
    return Source(
        block=block.index,
        paragraph=block.paragraph,
        page=block.page,
        text=piece.norm.original_span(piece.start, piece.end) or None,
        ocr=block.ocr,
    )


# ------------------------------------------------------------------ 4. assessors


def _orgs(text: str) -> str | None:
    parts = [p for p in pp.regex.split(r"[和、及与]", text) if p]
    if parts and all(pp.match(pp.ORG_FULL, p) for p in parts):
        return "、".join(parts)
    return None


def _lead_org(text: str) -> str | None:
    """The unit that leads or scores, in a statement of who does what."""
    clauses = [c for c in pp.regex.split(r"[,;。]", text) if c]
    for clause in clauses:
        if "牵头" in clause:
            m = pp.match(pp.LEAD_CLAUSE, clause)
            if m and _orgs(m.group("org")):
                return _orgs(m.group("org"))
    for clause in clauses:
        if pp.search(pp.ASSESS_VERBS, clause):
            m = pp.search(pp.LEAD_BY, clause) or pp.match(pp.LEAD_CLAUSE, clause)
            if m and _orgs(m.group("org")):
                return _orgs(m.group("org"))
    return None


def _assign_assessors(built: list[_Built], root: Segment) -> None:
    items_of = [(b, i) for b in built for i in b.draft.items]
    owned = {sid for b in built for sid in b.item_segments}
    for b in built:
        for sid, item in b.item_segments.items():
            seg = b.segs[sid]
            if item.assessor:
                continue
            own = seg.text[read_head(seg).rest :]
            if pp.search(pp.ASSESS_VERBS, own):
                m = pp.search(pp.LEAD_BY, own)
                if m and _orgs(m.group("org")):
                    item.assessor = _orgs(m.group("org"))
        for item in b.draft.items:
            m = pp.match(pp.SELF_NAMED_ASSESSOR, simplified(item.name))
            if m and not item.assessor:
                item.assessor = item.name[m.start("org") : m.end("org")]
    for seg in root.walk():
        if seg.style is None or id(seg) in owned or any(id(a) in owned for a in seg.ancestors()):
            continue
        head = read_head(seg)
        body = seg.text
        if not pp.search(pp.ASSESS_VERBS, body):
            continue
        target = _statement_item(seg, head.simple, built)
        if target is not None:
            org = _lead_org(body)
            if org and not target.assessor:
                target.assessor = org
            continue
        for sentence in pp.regex.split(r"[。;]", body):
            # the whole sentence (`X根据…共性工作…考评打分`), else each clause (`医疗质量由医务科负责考核,…`)
            if not _assess_clause(sentence, [i for _, i in items_of]):
                for clause in pp.regex.split(r",", sentence):
                    _assess_clause(clause, [i for _, i in items_of])


def _assess_clause(clause: str, items: list[ItemDraft]) -> bool:
    """Set the assessor of the one item a clause names, where it says who scores it."""
    if not pp.search(pp.ASSESS_VERBS, clause):
        return False
    m = pp.search(pp.LEAD_BY, clause) or pp.match(pp.LEAD_CLAUSE, clause)
    org = _orgs(m.group("org")) if m else None
    if not org:
        return False
    named = {id(i): i for i in items if _name_key(simplified(i.name)) in clause}
    if len(named) != 1:
        return False
    item = next(iter(named.values()))
    if not item.assessor:
        item.assessor = org
    return True


def _statement_item(seg: Segment, name: str, built: list[_Built]) -> ItemDraft | None:
    """The item a `1.基层党建工作目标:由…负责考核` statement is about, in the scheme its section names."""
    key = _name_key(name)
    if key.endswith("目标"):
        key = key[:-2]
    if len(key) < 2:
        return None
    schemes = built
    if len(built) > 1:
        heads = "".join(read_head(a).simple for a in seg.ancestors() if a.style)
        schemes = [b for b in built if b.draft.name and simplified(b.draft.name) in heads]
    matches = [i for b in schemes for i in b.draft.items if _name_key(simplified(i.name)) == key]
    return matches[0] if len(matches) == 1 else None


# ------------------------------------------------------------------ 5. rules


@functools.lru_cache(maxsize=4096)
def _rule_hits(text: str) -> tuple:
    try:
        from rubrics.pipeline.rules import parse_rules
    except ImportError:
        return ()
    return tuple(parse_rules(text))


def _rules_in(piece: Piece, start: int = 0) -> list[tuple[RuleDraft, int, str]]:
    """Rules stated in a piece's text from `start` (relative), with where each starts in the
    block's normalised text and its text with a few characters before (`从…总分中` is there)."""
    text = piece.text[start:]
    out = []
    for hit in _rule_hits(text):
        a, b = piece.start + start + hit.start, piece.start + start + hit.end
        original = piece.norm.original_span(a, b)
        rule = RuleDraft(
            kind=hit.kind,
            text=original,
            amount=hit.amount,
            amount_max=hit.amount_max,
            per=_as_printed(piece, a, b, hit.per),
            label=_as_printed(piece, a, b, getattr(hit, "label", None)),
            below=getattr(hit, "below", None),
            at_least=getattr(hit, "at_least", None),
            quota_pct=getattr(hit, "quota_pct", None),
            condition=getattr(hit, "condition", None),
            source=Source(block=piece.block.index, paragraph=piece.block.paragraph, page=piece.block.page,
                          text=original, ocr=piece.block.ocr),
        )
        out.append((rule, a, text[max(hit.start - TOTAL_WINDOW, 0) : hit.end]))
    return out


def _topic_heading(seg: Segment) -> bool:
    """A heading line that names a topic (`3.一票否决`, `二、加分项目`) over the statements below it:
    it states no rule of its own."""
    if not seg.pieces or (len(seg.pieces) == 1 and not seg.children):
        return False
    head = seg.pieces[0].text.strip()
    return len(head) <= TOPIC_MAX and not any(ch.isdigit() for ch in head) and not head.endswith("。")


def _as_printed(piece: Piece, start: int, end: int, word: str | None) -> str | None:
    """A word the rule parser read from the simplified text, in the characters printed."""
    if not word:
        return word
    at = piece.norm.simple.find(word, start, end)
    return piece.norm.text[at : at + len(word)] if at >= 0 else word


def _rule_figures(rule: RuleDraft) -> tuple:
    return (rule.kind, rule.amount, rule.amount_max, rule.per, rule.label, rule.below, rule.at_least, rule.quota_pct)


class _Seen:
    """Rules already recorded: the same statement read twice (the same place in the text), or an
    annex restating a rule of the body (`附:…指标体系框架` repeating `加分累计最高不超过10分`), is
    recorded once. The same words in two clauses are two rules (`缺一次扣1分` under two items)."""

    def __init__(self) -> None:
        self.keys: set[tuple] = set()
        self.body_figures: set[tuple] = set()

    def restated(self, rule: RuleDraft, in_annex: bool, where: tuple[int, int]) -> bool:
        figures = _rule_figures(rule)
        key = (*figures, where)
        if key in self.keys or (in_annex and figures in self.body_figures):
            return True
        self.keys.add(key)
        if not in_annex:
            self.body_figures.add(figures)
        return False


def _annex_start(root: Segment) -> tuple[int, int] | None:
    """(block index, offset in its normalised text) where the annex starts, if there is one."""
    for seg in root.walk():
        for piece in seg.pieces:
            m = pp.search(pp.ANNEX_START, piece.text)
            if m:
                return (piece.block.index, piece.start + m.start())
    return None


def _assign_rules(built: list[_Built], root: Segment) -> None:
    seen = _Seen()
    annex = _annex_start(root)
    owner_of: dict[int, tuple[_Built, ItemDraft | None]] = {}
    for b in built:
        for sid, item in b.item_segments.items():
            owner_of[sid] = (b, item)
        for seg in b.section.walk():
            if id(seg) not in owner_of:  # a criteria clause: its nearest item's rules
                item = next((b.item_segments[id(a)] for a in seg.ancestors() if id(a) in b.item_segments), None)
                owner_of[id(seg)] = (b, item)
    for seg in root.walk():
        scheme, item = owner_of.get(id(seg), (None, None))
        schemes = [scheme] if scheme is not None else None
        if scheme is None:
            scheme = next((owner_of[id(a)][0] for a in seg.ancestors() if id(a) in owner_of), None)
            schemes = [scheme] if scheme is not None else _governed(seg, built)
        own_item = scheme is not None and id(seg) in scheme.item_segments  # not a criteria clause
        skip = read_head(seg).rest if own_item and item is not None and seg.pieces else 0
        pieces = seg.pieces[1:] if item is None and _topic_heading(seg) else seg.pieces
        for p_index, piece in enumerate(pieces):
            for rule, at, near in _rules_in(piece, skip if p_index == 0 else 0):
                in_annex = annex is not None and (piece.block.index, at) >= annex
                if seen.restated(rule, in_annex, (piece.block.index, at)):
                    continue
                if item is not None and not pp.search(pp.TOTAL_CHARGE, near):
                    item.rules.append(rule)
                else:
                    rule.topic = _topic(seg)
                    rule.stated_for_all = _stated_for_all(rule.kind, seg, piece)
                    for n, target in enumerate(schemes):
                        target.draft.rules.append(rule if n == 0 else dataclasses.replace(rule))


def _stated_for_all(kind: str, seg: Segment, piece: Piece) -> bool:
    """Whether a bonus or deduction outside every item is stated for every scheme (extract.combine):
    under a heading on additions (pp.BONUS_TOPIC) or beside a limit on them (pp.BONUS_LIMIT); for a
    deduction, under a heading on deductions (pp.DEDUCT_TOPIC), charged to the total (pp.TOTAL_CHARGE)
    or beyond the items (pp.BEYOND_ITEMS)."""
    chain = [a for a in [seg, *seg.ancestors()] if a.style or a is seg]
    if kind == "deduct":
        return (any(pp.match(pp.DEDUCT_TOPIC, a.head) or pp.search(pp.TOTAL_CHARGE, a.head) for a in chain)
                or bool(pp.search(pp.TOTAL_CHARGE, piece.text)) or bool(pp.search(pp.BEYOND_ITEMS, piece.text)))
    return any(pp.match(pp.BONUS_TOPIC, a.head) for a in chain) or bool(pp.search(pp.BONUS_LIMIT, piece.text))


def _topic(seg: Segment) -> str | None:
    """The name a statement opens with before a colon (`任务完成：…`), if it does."""
    m = pp.match(pp.TOPIC_COLON, seg.head) if seg.style else None
    return clean_name(m.group("topic")) if m else None


def _governed(seg: Segment, built: list[_Built]) -> list[_Built]:
    """The schemes a statement outside every scheme governs: the one whose name it mentions, else
    all of them (a closing paragraph on grades, caps or vetoes is written once for every scheme)."""
    text = _name_key("".join(a.head for a in seg.ancestors() if a.style) + seg.text)
    named = [b for b in built if len(_name_key(b.draft.name)) >= 2 and _name_key(simplified(b.draft.name)) in text]
    return named if len(named) == 1 else built


# ------------------------------------------------------------------ the stage


def _title(doc: Document) -> str | None:
    """The document's title line as printed (`…考核细则`, letter-spaced `创 建 文 明 …` joined), or
    a title a text file runs into its first numbered clause (`…评分细则第一条 …`)."""
    for block in doc.blocks[:TITLE_BLOCKS]:
        if block.kind not in ("paragraph", "heading"):
            continue
        norm = normalize_text(block.text.strip())
        m = pp.match(pp.TITLE_LINE, norm.simple)
        if m:
            return norm.text[m.start("title") : m.end("title")]
        m = pp.match(pp.TITLE_PREFIX, norm.simple)
        if m and nb.leading_marker(norm.simple[m.end("title") :]):  # a title run into its first clause
            return norm.text[m.start("title") : m.end("title")]
    texts = [b for b in doc.blocks if b.kind in ("paragraph", "heading") and b.text.strip()][:TITLE_RUN_BLOCKS]
    for block in texts:  # a flattened page: the title runs into its first sentence (fields.find_title)
        norm = normalize_text(block.text.strip())
        m = pp.match(pp.TITLE_PREFIX, norm.simple)
        if m:
            return norm.text[m.start("title") : m.end("title")]
    return None


def prose_schemes(doc: Document, has_tables: bool = False) -> list[SchemeDraft]:
    """Schemes stated in the document's numbered prose."""
    root = segments(doc)
    sections, topics = lift_topics(scheme_sections(root))
    built: list[_Built] = []
    title = _title(doc)
    for section in sections:
        name = title if section is root else _scheme_name(section, root, multiple=len(sections) > 1)
        b = _Built(draft=SchemeDraft(name=name or ""), section=section)
        for child in section.children:
            top = section.style is None
            if id(child) not in topics and not item_like(child, top=top) and not _unpointed_item(child, section):
                continue
            _add_items(b, child, [])
        _merge_descriptions(b, {id(x) for x in sections})
        built.append(b)
    built = _merge_restated(built)
    if not built:
        content = _content_items(root)
        if content is not None:
            section, names = content
            b = _Built(draft=SchemeDraft(name=""), section=section)
            for name in names:
                b.draft.items.append(ItemDraft(path=[name], source=_source(section.pieces[0] if section.pieces else None)))
            built.append(b)
    if not built:
        built.append(_Built(draft=SchemeDraft(name=""), section=Segment(style=None, number=None, depth=-1)))
    subject = _subject_name(root)
    for b in built:
        if not b.draft.name:
            b.draft.name = subject or title or "考核方案"
    _assign_assessors(built, root)
    _assign_rules(built, root)
    return [b.draft for b in built if b.draft.items or b.draft.rules]
