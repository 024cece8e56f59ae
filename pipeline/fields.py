"""Document fields: title, issuing organisation, year, scale.

    document_fields(doc, schemes) -> DocumentInfo   (id/source/format are set by the caller)

Each field is read from what the document states, never inferred from sums:
  * title: the first line shaped like a title (`…考核办法`, `…工作方案(征求意见稿)`, `关于…的通知`),
    or the title a flattened page runs into its first sentence; never the web page's chrome
    (furniture has dropped that);
  * org: an organisation leading the title, the 落款 line before the closing date, the body that
    负责解释 (when it is a named body, not a bare `考核办公室`), or the issuer of a cited 《…》;
  * year: the scheme's year (`2019年度` in the title, then in the text), then any year in the
    title, then the closing date;
  * scale: 百分制 100, 千分制 1000, `N分制`, or a stated total (`合计分为100分`, `总分1000分`),
    else the total the scoring tables state in their 合计 row when they all state the same one.
"""

from __future__ import annotations

from rubrics.extracted.models import DocumentInfo
from rubrics.parsers.document import Document
from rubrics.pipeline import prose_patterns as pp
from rubrics.pipeline.draft import SchemeDraft
from rubrics.pipeline.normalize import normalize_text, simplified

FIELD_LABEL_WRAP = 4  # characters of the line before a form row that may hold its label's first half


def _lines(doc: Document) -> list[tuple[str, str]]:
    """(as printed, simplified) normalised lines: patterns read the second, titles come from the first."""
    texts = []
    for block in doc.blocks:
        if block.kind in ("paragraph", "heading") and block.text.strip():
            texts.append(block.text.strip())
        elif block.kind == "table" and block.table is not None:
            texts.extend(c.text for c in block.table.cells if c.text.strip())
    out = []
    for text in texts:
        norm = normalize_text(text)
        out.append((_printed(norm), norm.simple))
    return out


def _printed(norm) -> str:
    """The repaired text with its punctuation as printed: a title keeps its `（2024年版）`, only layout
    spaces are gone (normalising folds brackets to ASCII for the patterns, which a reader never sees)."""
    return "".join(
        o if o != ch and not o.isalnum() and len(o) == 1 else ch
        for ch, o in zip(norm.text, (norm.original[i] for i in norm.offsets), strict=True)
    )


def _wrapped(lines: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Lines with a title a PDF wrapped joined again: a line leaving 《 open, or a notice's heading whose
    `…的通知` went to the next line, runs on to the next."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(lines):
        real, simple = lines[i]
        after = lines[i + 1][1] if i + 1 < len(lines) else ""
        open_name = simple.count("《") > simple.count("》")
        open_notice = "关于" in simple and not simple.endswith("通知") and after.endswith("通知") and len(after) <= 20
        if after and (open_name or open_notice) and len(simple) + len(after) <= 80:
            real, simple = real + lines[i + 1][0], simple + lines[i + 1][1]
            i += 1
        out.append((real, simple))
        i += 1
    return out


def _issued(real: str, simple: str) -> str:
    """The document a notice issues (`…关于印发《X》的通知` → X): the notice is its cover letter."""
    m = pp.search(pp.TITLE_ISSUED, simple)
    if m is None:
        return real
    start = m.start("inner")
    return real[start : start + len(m.group("inner"))]


def find_title(lines: list[tuple[str, str]], meta_title: str | None = None) -> str | None:
    lines = _wrapped(lines[:41])
    for real, simple in lines[:40]:
        if pp.match(pp.TITLE_LINE, simple) or pp.match(pp.FIELD_TITLE_LINE, simple):
            return _issued(real, simple)
        m = pp.match(pp.TITLE_WITH_UNIT, simple)
        if m:
            return real[: m.end("title")]
    for real, simple in lines[:5]:
        m = pp.match(pp.TITLE_PREFIX, simple)
        if m:
            return real[: m.end("title")]
    return meta_title or None


def notice_issuer(lines: list[str]) -> str | None:
    """The body before 关于 in a notice's heading (`某县政府办公室关于印发《…》的通知`)."""
    for _, line in _wrapped([(text, text) for text in lines[:6]])[:5]:
        if pp.search(pp.TITLE_ISSUED, line) or line.endswith("通知"):
            m = pp.match(pp.NOTICE_ISSUER, line)
            if m and pp.match(pp.ORG_PREFIX, m.group("org")) and pp.search(pp.QUALIFIED_ORG, m.group("org")):
                return m.group("org")
    return None


def _org_prefix(text: str) -> str | None:
    m = pp.match(pp.ORG_PREFIX, text)
    if m and pp.search(pp.QUALIFIED_ORG, m.group("org")):
        return m.group("org")
    return None


def _body(org: str) -> str:
    """The organisation without the department it signed with (`某某有限公司销售部` → `某某有限公司`)."""
    m = pp.search(pp.ORG_BODY_END, org)
    if m and m.end() < len(org) and pp.match(pp.ORG_DEPARTMENT, org[m.end() :]):
        return org[: m.end()]
    return org


def find_org(lines: list[str], title: str | None) -> str | None:
    org = _find_org(lines, title)
    return _body(org) if org else None


def _signature(lines: list[str]) -> str | None:
    """The 落款: an organisation standing alone on the line before a closing date (the last one, as a
    notice signs before its 附件), a seal naming its body, or an organisation alone on the last line."""
    for i in range(len(lines) - 1, 0, -1):
        if (pp.match(pp.DATE_LINE, lines[i]) or pp.match(pp.DATE_THEN_ANNEX, lines[i])) and _org_alone(lines[i - 1]):
            return lines[i - 1]
    for line in reversed(lines[-4:]):
        m = pp.search(pp.ORG_SEAL, line)
        if m and pp.search(pp.QUALIFIED_ORG, m.group("org")):
            return m.group("org")
    last = lines[-1] if lines else ""
    if _org_alone(last) and pp.search(pp.QUALIFIED_ORG, last):
        return last
    return None


def _org_alone(line: str) -> bool:
    """A line that is an organisation's name and nothing else (a 落款)."""
    m = pp.match(pp.ORG_PREFIX, line)
    return len(line) <= 30 and m is not None and m.group("org") == line


def _find_org(lines: list[str], title: str | None) -> str | None:
    signed = _signature(lines) or notice_issuer(lines)
    if signed:
        return signed
    if title:
        org = _org_prefix(title.removeprefix("关于"))
        if org and org != title:
            return org
    text = "\n".join(lines)
    for m in pp.finditer(pp.INTERPRETER, text):
        org = m.group("org").removeprefix("本办法").removeprefix("本方案")
        org = pp.regex.sub(r"^.*?由", "", org)
        if pp.search(pp.QUALIFIED_ORG, org):
            return org
    for m in pp.finditer(pp.CITED_DOC, text):
        org = _org_prefix(m.group("inner"))
        if org and org != m.group("inner"):
            return org
    return None


def find_year(lines: list[str], title: str | None) -> int | None:
    for text in ([title] if title else []) + lines:
        m = pp.search(pp.YEAR_OF_SCHEME, text)
        if m:
            return int(m.group("year"))
    if title:
        m = pp.search(pp.YEAR_ANY, title)
        if m:
            return int(m.group("year"))
    for before, text in zip(["", *lines], lines, strict=False):  # a form row may wrap inside its label (`考评⏎日期：`)
        m = pp.search(pp.YEAR_FIELD, text) or pp.search(pp.YEAR_FIELD, before[-FIELD_LABEL_WRAP:] + text)
        if m:
            return int(m.group("year"))
    # the closing date (last lines first, then any date standing alone), then the document number
    for line in [*reversed(lines[-3:]), *reversed(lines[:-3])]:
        year = _date_year(line.strip())
        if year is not None:
            return year
    for text in lines:
        m = pp.search(pp.DOC_NUMBER_YEAR, text)
        if m:
            return int(m.group("year"))
    return _roc_year(lines, title)


def _roc_year(lines: list[str], title: str | None) -> int | None:
    """The year of a document dated in the 民国 calendar: the title's `113年度`, else the date's year."""
    roc = next((m for text in lines if (m := pp.search(pp.ROC_DATE, text))), None)
    if roc is None:
        return None
    m = pp.search(pp.ROC_YEAR_OF_SCHEME, title or "")
    return int((m or roc).group("year")) + pp.ROC_OFFSET


def _date_year(line: str) -> int | None:
    """The year of a line that is a date alone (`2024年3月5日`, `二〇二四年三月`) or a 印发 line."""
    if pp.match(pp.DATE_LINE, line) or pp.match(pp.DATE_THEN_ANNEX, line):
        return int(line[:4])
    m = pp.match(pp.DATE_LINE_CN, line)
    if m:
        return int("".join(pp.CN_YEAR_DIGITS[ch] for ch in m.group("year")))
    m = pp.search(pp.ISSUED_LINE, line)
    return int(m.group("year")) if m else None


def find_scale(lines: list[str]) -> float | None:
    text = "\n".join(lines)
    for word, scale in pp.SCALE_WORDS.items():
        if word in text:
            return scale
    m = pp.search(pp.SCALE_NUMBER, text)
    if m:
        return float(m.group("n"))
    for pattern in (pp.SCALE_TOTAL, pp.SCALE_BASE):
        m = pp.search(pattern, text)
        if m:
            return float(m.group("n"))
    return None


def stated_total(schemes: list[SchemeDraft]) -> float | None:
    """The total every scoring table states in its 合计 row (or over its points column), when they agree.

    A table's 合计 is the document stating its scale in a cell rather than a sentence; tables that
    state different totals, or a pointed table that states none, leave the scale open (which one is
    `the` scale is not ours to choose)."""
    pointed = [s for s in schemes if s.total or any(i.points is not None for i in s.items)]
    totals = {s.total for s in pointed}
    if len(totals) != 1 or None in totals:
        return None  # a table without a stated total, or two totals: the scale is not stated as one
    return totals.pop()


def document_fields(doc: Document, schemes: list[SchemeDraft]) -> DocumentInfo:
    """Title, org, year and scale as the document states them."""
    lines = _lines(doc)
    meta_title = doc.meta.get("title") if isinstance(doc.meta, dict) else None
    title = find_title(lines, meta_title)
    simple = [s for _, s in lines]
    simple_title = simplified(title) if title else None
    org = find_org(simple, simple_title)
    if org:  # in the characters printed: the simplified shadow has the same offsets
        simple_all, real_all = "\n".join(simple), "\n".join(r for r, _ in lines)
        at = simple_all.find(org)
        org = real_all[at : at + len(org)] if at >= 0 else org
    return DocumentInfo(
        title=title,
        org=org,
        year=find_year(simple, simple_title),
        scale=find_scale(simple) or stated_total(schemes),
    )
