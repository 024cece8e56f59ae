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
        out.append((norm.text, norm.simple))
    return out


def find_title(lines: list[tuple[str, str]], meta_title: str | None = None) -> str | None:
    for real, simple in lines[:40]:
        if pp.match(pp.TITLE_LINE, simple):
            return real
    for real, simple in lines[:5]:
        m = pp.match(pp.TITLE_PREFIX, simple)
        if m:
            return real[: m.end("title")]
    return meta_title or None


def _org_prefix(text: str) -> str | None:
    m = pp.match(pp.ORG_PREFIX, text)
    if m and pp.search(pp.QUALIFIED_ORG, m.group("org")):
        return m.group("org")
    return None


def find_org(lines: list[str], title: str | None) -> str | None:
    # 落款: the organisation line just before the closing date
    for i in range(len(lines) - 1, max(len(lines) - 4, 0), -1):
        if pp.match(pp.DATE_LINE, lines[i]) and i > 0:
            candidate = lines[i - 1]
            if len(candidate) <= 30 and pp.match(pp.ORG_PREFIX, candidate):
                org = pp.match(pp.ORG_PREFIX, candidate).group("org")
                if org == candidate:
                    return org
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
    for text in lines:
        m = pp.search(pp.YEAR_FIELD, text)
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
    if pp.match(pp.DATE_LINE, line):
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
