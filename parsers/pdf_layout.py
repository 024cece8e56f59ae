"""PDF text lines → paragraphs and headings, judged against the document's own body font.

Why a module of its own: a PDF has positioned lines, not paragraphs. Whether a line wraps the one
above or starts something new, and whether a short line is a heading, can only be told against
what is normal *in this document*: its body font (the modal size and weight of its text) and its
body line pitch (the modal distance between consecutive body lines). Absolute sizes mean nothing
across documents (a 16 pt body in one is a 16 pt heading in another).

Every threshold is named data below, each with the case it is for.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from statistics import median

# ---------------------------------------------------------------- thresholds (named data)

# A paragraph this much larger than the body font is a heading: an 18 pt title over a 12 pt body
# (1.5), a 14 pt section line over 12 pt (1.17). 1.15 keeps 12.5 pt over 12 pt body text.
HEADING_SIZE_RATIO = 1.15
# From this ratio a heading is level 1 (the document's title), below it level 2.
HEADING_L1_RATIO = 1.5
# A bold line of body size is a heading only when it is this short (`第一章  总  则`, `一、评比办法`),
# stands alone (one line) and is numbered like a heading or centred; a bold sentence is emphasis.
BOLD_HEADING_MAX_CHARS = 30
# Share of a line's characters in a bold face for the line to count as bold.
BOLD_SHARE = 0.8
# Font names that mark a bold face. 黑体 (SimHei) is the bold face of Chinese official documents
# (GB/T 9704: 一级标题 in 黑体 over a 仿宋 body).
BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold|simhei|heiti|黑体", re.IGNORECASE)
# A first line indented by more than this × font size starts a paragraph (Chinese paragraphs
# indent two characters; 1.5 leaves room for a justified line's jitter).
INDENT = 1.5
# Lines of one paragraph share a left edge within this (× size); a hanging indent under a numbered
# first line is at most HANGING_MAX (× size) to its right (`3.1` and a tab: 3.5 characters).
EDGE_TOL = 0.5
HANGING_MAX = 4
# A line whose centre is this close (× size) to the text column's centre, and which is indented
# on both sides, is centred (a title, `目  录`).
CENTRE_TOL = 1.5
# A line gap up to the body pitch + this × size is a wrap; more is a paragraph break (space before
# or after). 0.35 lets 31 pt pitch with 30.5–32 pt jitter pass and stops at a 6 pt space-after.
PITCH_SLACK = 0.35
# Without two body lines to measure the pitch from, assume single spacing: pitch = 1.45 × size.
DEFAULT_PITCH = 1.45
# Body font from non-table text once there is this much of it (about a line): else from all text,
# tables too (a form that is one table under a title and a `姓名: 项目:` line has no prose to vote;
# a 12 pt note of two lines under 9 pt tables has, and is body text, not a heading).
BODY_MIN_CHARS = 60
# Sizes are compared rounded to this step (pt): 11.96 and 12.04 are the same 12 pt font.
SIZE_STEP = 0.5
# A line with a size this far from the one above (× size) starts a new paragraph.
SIZE_CHANGE = 0.15

# Numbering that starts a paragraph when it opens a line, each with its example. A marker breaks
# only after a line that closed a clause (END_PUNCT) or when whitespace follows the marker:
# a wrap can land on `第` + `十条规定` or on `3、` + `2、1分）`, never on a clause's end.
NUMBER_MARKERS = (
    re.compile(r"[一二三四五六七八九十百]+[、．.]"),  # 一、评比办法
    re.compile(r"[（(][一二三四五六七八九十百]+[）)]"),  # （一）定期检查
    re.compile(r"[（(]\d{1,3}[）)]"),  # （1）课间操无故旷操
    re.compile(r"[①-⑳⑴-⒇⒈-⒛]"),  # ① ⑴ ⒈
    re.compile(r"第[一二三四五六七八九十百零〇\d]+[章节条款部分]"),  # 第一条  为促进…, 第二章 职责
    re.compile(r"[1-9]\d{0,2}(?:\.\d{1,3})+(?=\s)"),  # 4.2.1 年初, 1.1 目的 (1.5分 is no marker: no space)
    re.compile(r"[1-9]\d{0,2}[.．、](?!\d)"),  # 1、班主任每学期…, 2.及时组织 (3、2、1分, 0. 2分 are none)
    re.compile(r"[A-Z][、.．](?![A-Za-z\d])"),  # A、基础管理
)
# Heading-style numbering: a bold body-size line opening with one of these may be a heading.
HEADING_MARKERS = (
    re.compile(r"第[一二三四五六七八九十百零〇\d]+[章节部分篇]"),  # 第一章  总  则
    re.compile(r"[一二三四五六七八九十百]+[、．.]"),  # 一、评比办法
    re.compile(r"[（(][一二三四五六七八九十百]+[）)]"),  # （一）常规工作
    re.compile(r"附\s*件\s*\d*"),  # 附件1
)
# Room (× size) beyond the next line's first token that a wrapped line may leave at the margin.
WRAP_SLACK = 1.2
# The same after a sentence end (SENTENCE_END): a left-aligned wrap leaves less than the next
# token plus this (`…参与制定。` 1.55 characters short of the margin before `其他…` wrapped), a
# paragraph end more (`…加0.5-1.5分。` 2 characters short before `发文统计…` ended one).
SENTENCE_SLACK = 0.8
SENTENCE_END = "。！？!?；;：:"
# Characters that close a clause: a line ending with one can be followed by a numbered paragraph.
END_PUNCT = "。；;：:！!？?）)」』”\"】]"


def is_cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" or "\uf900" <= ch <= "\ufaff"


def ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def glue(left: str, right: str) -> str:
    """Separator when two wrapped lines join: none between CJK/digits, a space between words."""
    if not left or not right:
        return ""
    a, b = left[-1], right[0]
    if a.isspace() or b.isspace() or is_cjk(a) or is_cjk(b):
        return ""
    if b.isascii() and b.isalpha():  # "points" + "and", "100)" + "Item": a word starts
        return " "
    return ""  # digits and punctuation: "0." + "2分" is one number wrapped, not two


def numbered(text: str, markers=NUMBER_MARKERS) -> re.Match | None:
    for pattern in markers:
        m = pattern.match(text)
        if m:
            return m
    return None


class Line:
    """One text line: its box, font and text. Characters are summarised, not kept (memory flat)."""

    __slots__ = ("top", "bottom", "x0", "x1", "size", "bold", "text", "lead_x1", "n")

    def __init__(self, chars: list[dict]):
        chars.sort(key=lambda c: c["x0"])
        self.top = min(c["top"] for c in chars)
        self.bottom = max(c["bottom"] for c in chars)
        self.x0 = chars[0]["x0"]
        self.x1 = max(c["x1"] for c in chars)
        self.size = median(c["size"] for c in chars)
        out = []
        prev = None
        n_bold = 0
        lead_x1 = None  # right edge of the first unbreakable token (see ends_short)
        for c in chars:
            t = c["text"]
            space = prev is not None and c["x0"] - prev["x1"] > 0.25 * max(c["size"], 1)
            if space and not prev["text"].isspace() and not t.isspace():
                out.append(" ")
            out.append(t)
            if bold_font(c.get("fontname") or ""):
                n_bold += 1
            if lead_x1 is None and prev is not None and (space or ideograph(t)):  # a word or an ideograph ends it
                lead_x1 = prev["x1"]
            prev = c
        self.lead_x1 = lead_x1 if lead_x1 is not None else prev["x1"]
        self.n = len(chars)
        self.bold = n_bold >= BOLD_SHARE * len(chars)
        self.text = "".join(out).strip()


def lines_of(chars) -> list[Line]:
    """Characters → text lines, top to bottom (a char joins a line whose vertical middle it shares)."""
    return [line for line in (Line(cs) for cs in char_lines(chars)) if line.text]


def char_lines(chars) -> list[list[dict]]:
    """Characters grouped into lines, top to bottom (see lines_of), each line its characters."""
    groups: list[list[dict]] = []
    spans: list[tuple[float, float]] = []
    for c in sorted(chars, key=lambda c: (round(c["top"], 1), c["x0"])):
        mid = (c["top"] + c["bottom"]) / 2
        if groups and spans[-1][0] <= mid <= spans[-1][1]:
            groups[-1].append(c)
        else:
            groups.append([c])
            spans.append((c["top"], c["bottom"]))
    return groups


def ends_short(prev: Line, line: Line, right: float, sentences: bool = False) -> bool:
    """Did `prev` stop before the margin for a reason other than wrapping?

    A line wraps early when the next line's first unbreakable token does not fit in the room left
    (e.g. "〔2019〕22号)" after "…(黔轻职院党"); only more room than that token means a real break.
    The slack (WRAP_SLACK) allows for CJK line-breaking rules (no line may open with "，" or "。");
    with `sentences`, a line that closed a sentence needs only SENTENCE_SLACK.
    """
    room = right - prev.x1
    token = line.lead_x1 - line.x0
    size = max(prev.size, 1)
    if sentences and prev.text[-1:] in SENTENCE_END:
        return room > token + SENTENCE_SLACK * size
    return room > token + WRAP_SLACK * size


def starts_numbered(prev: Line, line: Line, para_text: str = "") -> bool:
    """`line` opens with a numbering marker that starts a paragraph (see NUMBER_MARKERS).

    Not when the paragraph so far already runs a list of that style inline (`…。(2)…。` then
    `(3)…` at the next line start): the wrap fell on the list's next marker by chance.
    """
    for pattern in NUMBER_MARKERS:
        m = pattern.match(line.text)
        if m is None:
            continue
        after = line.text[m.end():m.end() + 1]
        if not (prev.text[-1:] in END_PUNCT or after.isspace() or not after):
            return False
        return pattern.search(para_text, 1) is None
    return False


# ---------------------------------------------------------------- the body font


def size_key(size: float) -> float:
    return round(size / SIZE_STEP) * SIZE_STEP


@functools.lru_cache(maxsize=256)
def bold_font(fontname: str) -> bool:
    """Whether a font name is a bold face (BOLD_FONT); a document has few fonts: cached."""
    return BOLD_FONT.search(fontname) is not None


@dataclass(frozen=True)
class BodyFont:
    """What is normal in this document: modal size and weight of its text, modal line pitch."""

    size: float
    bold: bool
    pitch: float | None  # bottom-to-bottom distance of consecutive body lines; None: not measured

    def expected_pitch(self, size: float) -> float:
        return self.pitch if self.pitch is not None else DEFAULT_PITCH * size


def body_font(pages_lines: list[list[Line]], all_sizes: Counter) -> BodyFont:
    """The modal (size, bold) over prose characters (over all text when prose is scarce) and the
    modal pitch between consecutive lines of that size on a page."""
    votes: Counter = Counter()
    for lines in pages_lines:
        for ln in lines:
            votes[(size_key(ln.size), ln.bold)] += ln.n
    if sum(votes.values()) < BODY_MIN_CHARS and all_sizes:
        votes = Counter()
        for key, n in all_sizes.items():
            votes[key] += n
    if not votes:
        return BodyFont(size=0.0, bold=False, pitch=None)
    (size, bold), _ = votes.most_common(1)[0]
    pitches: Counter = Counter()
    for lines in pages_lines:
        for a, b in zip(lines, lines[1:], strict=False):
            if size_key(a.size) == size and size_key(b.size) == size:
                d = b.bottom - a.bottom
                if 0.9 * size < d < 3 * size:
                    pitches[round(d)] += 1
    pitch = float(pitches.most_common(1)[0][0]) if pitches else None
    return BodyFont(size=size, bold=bold, pitch=pitch)


# ---------------------------------------------------------------- paragraphs


@dataclass
class Column:
    """A page's text column: where body lines start and where they wrap."""

    left: float
    right: float


class Paragraph:
    """Lines joined into one paragraph; may continue onto the next page (`page` is where it starts)."""

    def __init__(self, line: Line, page: int, column: Column):
        self.lines = [line]
        self.page = page
        self.column = column
        self.text = line.text
        self.on_first_page = 1  # lines on the page where it starts
        self.last_page = page

    def add(self, line: Line, page: int, column: Column) -> None:
        self.text += glue(self.text, line.text) + line.text
        self.lines.append(line)
        if page == self.page:
            self.on_first_page += 1
        self.last_page = page
        self.column = column

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        """The box on the page where the paragraph starts."""
        own = self.lines[: self.on_first_page]
        return (min(ln.x0 for ln in own), own[0].top, max(ln.x1 for ln in own), own[-1].bottom)

    @property
    def size(self) -> float:
        return median(ln.size for ln in self.lines)


def continues(para: Paragraph, line: Line, body: BodyFont, column: Column, same_page: bool) -> bool:
    """Does `line` wrap the paragraph (rather than start a new one)?"""
    prev = para.lines[-1]
    size = max(prev.size, line.size, 1)
    if abs(line.size - prev.size) > SIZE_CHANGE * size:
        return False  # a size change: heading to body
    if line.x0 > column.left + INDENT * size and not _same_edge(para, line, size):
        return False  # a first-line indent (or a centred line)
    if ends_short(prev, line, para.column.right, sentences=True):
        return False  # the previous line stopped short of the margin
    if starts_numbered(prev, line, para.text):
        return False  # 一、 （一） 1. （1） ① 第X条 1.1 at line start
    if not same_page:
        return prev.text[-1:] not in "。！？!?"  # a page break inside a paragraph: no sentence end
    if len(para.lines) == 1 and _centred(prev, para.column):
        return False  # a centred line stands alone (a title)
    if len(para.lines) >= 2 and para.lines[-1].bottom > para.lines[-2].bottom:
        expected = para.lines[-1].bottom - para.lines[-2].bottom  # the paragraph's own spacing
    else:
        expected = body.expected_pitch(size) if size_key(size) == body.size else DEFAULT_PITCH * size
    return line.bottom - prev.bottom <= expected + PITCH_SLACK * size


def _same_edge(para: Paragraph, line: Line, size: float) -> bool:
    """An indented line that keeps the paragraph's left edge: the wrap of an indented block, or the
    hanging indent under a numbered first line (`3.1    公司本部…` over `于项目建设…`)."""
    prev = para.lines[-1]
    if len(para.lines) >= 2:
        return abs(line.x0 - prev.x0) <= EDGE_TOL * size
    return numbered(prev.text) is not None and 0 < line.x0 - prev.x0 <= HANGING_MAX * size


def _centred(line: Line, column: Column) -> bool:
    """Indented on both sides by about the same room (a title, `目  录`); an indented first line
    that runs to the margin is not centred."""
    size = max(line.size, 1)
    lead, trail = line.x0 - column.left, column.right - line.x1
    return lead > INDENT * size and trail > INDENT * size and abs(lead - trail) <= 2 * CENTRE_TOL * size


def judge(para: Paragraph, body: BodyFont) -> tuple[str, int | None]:
    """("heading", level) or ("paragraph", None), against the body font.

    Larger than the body by HEADING_SIZE_RATIO: a heading (level 1 from HEADING_L1_RATIO). Body
    size but bold where the body is not: a heading when it is one short line that is numbered like
    a heading (第一章, 一、, （一）) or centred (`目  录`).
    """
    if not body.size:
        return "paragraph", None
    ratio = para.size / body.size
    if ratio >= HEADING_SIZE_RATIO:
        return "heading", (1 if ratio >= HEADING_L1_RATIO else 2)
    if ratio < 1 - SIZE_CHANGE or body.bold or len(para.lines) != 1:
        return "paragraph", None
    line = para.lines[0]
    if not line.bold or len(line.text.replace(" ", "")) > BOLD_HEADING_MAX_CHARS:
        return "paragraph", None
    if numbered(line.text, HEADING_MARKERS) or _centred(line, para.column):
        return "heading", 2
    return "paragraph", None


def nearest_line(edges: list[float], value: float) -> int:
    """Index of the line (sorted positions) nearest to value; the lower one on a tie."""
    i = bisect_right(edges, value)
    if i == 0:
        return 0
    if i == len(edges):
        return len(edges) - 1
    return i if edges[i] - value < value - edges[i - 1] else i - 1
