"""Page furniture and web chrome: what surrounds a document's body and is not part of it.

    strip_document(doc) -> (Document, list[Repair])

returns a copy of the Document whose blocks are the body only, and every change made, so
nothing is lost. What goes:
  * web and download-site chrome (breadcrumbs, publisher lines, counters, login and download
    instructions, copyright lines), recognised by the genre's markers (prose_patterns.CHROME);
    in the head and tail of a page, lines sandwiched between chrome lines go with them;
  * page-number lines and running headers (a short line repeated on page after page);
  * chunk markers a download site puts before each page's text (`2、组织…` continuing a sentence
    cut at `…负责`): the chunks are joined back into one paragraph;
  * page numbers left inside flattened running text (`区 档 案 局 、 2 区 政 府`), found as a
    rising sequence 1, 2, 3 … of lone integers, never a number followed by a unit (`14 个`).
Text is otherwise left exactly as printed: spacing and OCR repairs happen where the text is read
(pipeline.normalize), and are listed here too, so the rubric's `repairs` tell the whole story.
"""

from __future__ import annotations

import copy
from collections import Counter

from rubrics.extracted.models import Repair, Source
from rubrics.parsers.document import Block, Document
from rubrics.pipeline import prose_patterns as pp
from rubrics.pipeline.normalize import normalize_text, simplified

CHROME_SHORT = 30  # a line this short with one chrome marker is chrome
STRONG_MAX = 150  # a line up to this long with a marker no policy text uses is chrome
SANDWICH_MAX = 50  # a line this short between chrome lines (head or tail of a page) is chrome too
ANCHOR_LEN = 60  # a line this long (and no chrome) is body text
HEADER_MIN_REPEATS = 3  # a short line printed this often, apart, is a running header
MIN_PAGE_CHAIN = 3  # page numbers inside text only count as a rising run this long
MID_SENTENCE_SHARE = 0.5  # chunks are page cuts when at least this share of them cut a sentence
SENTENCE_END = "。;；:：!！?？)）"  # a clause closed by its bracket of rules `…(缺一项扣2分)` ends too


def _is_text(block: Block) -> bool:
    return block.kind in ("paragraph", "heading")


def _source(block: Block) -> Source:
    return Source(block=block.index, paragraph=block.paragraph, page=block.page, text=block.text, ocr=block.ocr)


def _starts_numbered(text: str) -> bool:
    t = normalize_text(text.strip()).simple
    return any(pp.match(pattern, t) for _, pattern, _ in pp.NUMBERING)


def is_chrome(text: str) -> bool:
    """A line of page chrome: two kinds of marker, or one on a short line that is no item."""
    t = simplified(text.strip())
    if not t:
        return False
    if len(t) <= STRONG_MAX and pp.search(pp.STRONG_CHROME, t):
        return True
    hits = pp.chrome_hits(t)
    if hits >= 2:
        return True
    if hits == 1 and len(t) <= CHROME_SHORT:
        norm = normalize_text(t).text
        return not (_starts_numbered(t) and "分" in norm)
    return False


def is_page_number(text: str) -> bool:
    return bool(text.strip()) and bool(pp.match(pp.PAGE_NUMBER_LINE, text.strip()))


def is_title_line(text: str) -> bool:
    return bool(pp.match(pp.TITLE_LINE, normalize_text(text.strip()).simple))


def _is_anchor(text: str) -> bool:
    """Body text for sure: a long line without chrome, or a top-level numbered heading."""
    t = normalize_text(text.strip()).simple
    if is_chrome(text) or is_page_number(text):
        return False
    if len(t) >= ANCHOR_LEN and pp.chrome_hits(t) == 0:
        return True
    return any(pp.match(pattern, t) for name, pattern, _ in pp.NUMBERING if name in ("cn_dun", "chapter", "article"))


def _running_headers(blocks: list[Block]) -> set[str]:
    """Short lines printed again and again, apart from each other: page headers and footers. Not a
    title printed above every copy of a table (a form sheet per quarter): a line that reads as a title
    and has a table within CAPTION_REACH blocks after each time it is printed is that table's caption."""
    texts = [b.text.strip() for b in blocks if _is_text(b)]
    counts = Counter(t for t in texts if t and len(t) <= CHROME_SHORT)
    headers = set()
    for text, count in counts.items():
        if count < HEADER_MIN_REPEATS:
            continue
        where = [i for i, t in enumerate(texts) if t == text]
        if all(b - a > 2 for a, b in zip(where, where[1:], strict=False)) and not _caption_of_copies(blocks, text):
            headers.add(text)
    return headers


# A caption stands at most this many blocks above its table (a form line may sit between).
CAPTION_REACH = 2


def _caption_of_copies(blocks: list[Block], text: str) -> bool:
    if not is_title_line(text):
        return False
    at = [i for i, b in enumerate(blocks) if _is_text(b) and b.text.strip() == text]
    return all(any(b.kind == "table" for b in blocks[i + 1 : i + 1 + CAPTION_REACH]) for i in at)


def _sandwich_filler(text: str) -> bool:
    """A line that may go with the chrome around it: short, and no title or closing date."""
    return (
        len(text.strip()) <= SANDWICH_MAX
        and not is_title_line(text)
        and not pp.match(pp.DATE_LINE, normalize_text(text).text)
    )


def _drop_chrome(blocks: list[Block], repairs: list[Repair]) -> list[Block]:
    text_blocks = [b for b in blocks if _is_text(b) and b.text.strip()]
    anchors = [i for i, b in enumerate(text_blocks) if _is_anchor(b.text)]
    first = anchors[0] if anchors else len(text_blocks)
    last = anchors[-1] if anchors else -1
    headers = _running_headers(blocks)
    web = [is_chrome(b.text) for b in text_blocks]
    chrome = [w or is_page_number(b.text) or b.text.strip() in headers for w, b in zip(web, text_blocks, strict=True)]
    drop = {id(b) for b, c in zip(text_blocks, chrome, strict=True) if c}
    # runs of short lines between two chrome lines (one of them web chrome, not only page numbers
    # or headers), in the head or tail of the page, are chrome too: `下载须知` `1: …` `2: …` `3: 本站…`
    i = 0
    while i < len(text_blocks):
        if chrome[i] or first <= i <= last:
            i += 1
            continue
        j = i
        while j < len(text_blocks) and not chrome[j] and not first <= j <= last:
            j += 1
        run = text_blocks[i:j]
        bounded = i > 0 and j < len(text_blocks) and chrome[i - 1] and chrome[j] and (web[i - 1] or web[j])
        if bounded and all(_sandwich_filler(b.text) for b in run):
            drop.update(id(b) for b in run)
        i = j
    kept = []
    for block in blocks:
        if id(block) in drop:
            repairs.append(Repair(kind="furniture", before=block.text, after="", source=_source(block)))
        elif _is_text(block) and not block.text.strip():
            continue
        else:
            kept.append(block)
    return kept


def _join_chunks(blocks: list[Block], repairs: list[Repair]) -> list[Block]:
    """Join runs of page chunks `1、…` `2、…` that cut sentences, dropping the markers."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        run = _chunk_run(blocks, i)
        if len(run) < MIN_PAGE_CHAIN:
            out.append(blocks[i])
            i += 1
            continue
        cut = sum(1 for b in run[:-1] if b.text.rstrip()[-1:] not in SENTENCE_END and not pp.search(pp.ITEM_HEAD_END, b.text.rstrip()))
        if cut < MID_SENTENCE_SHARE * (len(run) - 1):
            out.extend(run)
            i += len(run)
            continue
        parts = []
        for block in run:
            m = pp.match(pp.CHUNK_MARKER, block.text)
            repairs.append(Repair(kind="chunk_marker", before=m.group(0), after="", source=_source(block)))
            parts.append(block.text[m.end():])
        joined = copy.copy(run[0])
        joined.text = "".join(parts)
        out.append(joined)
        i += len(run)
    return out


def _chunk_run(blocks: list[Block], start: int) -> list[Block]:
    run: list[Block] = []
    expected = None
    for block in blocks[start:]:
        m = pp.match(pp.CHUNK_MARKER, block.text) if _is_text(block) else None
        if not m or (expected is not None and int(m.group("n")) != expected):
            break
        run.append(block)
        expected = int(m.group("n")) + 1
    return run


def _inline_page_numbers(blocks: list[Block], repairs: list[Repair]) -> None:
    """Remove a rising run of lone integers inside running text: page numbers a flattening left."""
    candidates = []
    for b_index, block in enumerate(blocks):
        if not _is_text(block):
            continue
        for m in pp.finditer(pp.INLINE_PAGE_NUMBER, block.text):
            if pp.match(pp.UNIT_AFTER_NUMBER, block.text[m.start("next") :]):
                continue
            candidates.append((b_index, m.start(), m.end(), int(m.group("n"))))
    best: list[tuple[int, int, int, int]] = []
    for s, head in enumerate(candidates):
        if head[3] > 2:
            continue
        chain = [head]
        for cand in candidates[s + 1 :]:
            if cand[3] == chain[-1][3] + 1:
                chain.append(cand)
        if len(chain) > len(best):
            best = chain
    if len(best) < MIN_PAGE_CHAIN:
        return
    by_block: dict[int, list[tuple[int, int, int, int]]] = {}
    for cand in best:
        by_block.setdefault(cand[0], []).append(cand)
    for b_index, cands in by_block.items():
        block = blocks[b_index]
        text = block.text
        for _, start, end, _n in sorted(cands, key=lambda c: -c[1]):
            end = end + 1 if text[end : end + 1] == " " else end
            repairs.append(Repair(kind="page_number", before=text[start:end], after="", source=_source(block)))
            text = text[:start] + text[end:]
        block.text = text


def _text_repairs(blocks: list[Block], repairs: list[Repair]) -> None:
    """List the spacing, decimal and OCR repairs normalisation makes on each block's text."""
    for block in blocks:
        if not _is_text(block):
            continue
        for kind, before, after in normalize_text(block.text).merged_repairs():
            repairs.append(Repair(kind=kind, before=before, after=after, source=_source(block)))


def strip_document(doc: Document) -> tuple[Document, list[Repair]]:
    """The document's body only, and every change made to get it."""
    repairs: list[Repair] = []
    body = copy.copy(doc)
    blocks = [copy.copy(b) for b in doc.blocks]
    blocks = _drop_chrome(blocks, repairs)
    blocks = _join_chunks(blocks, repairs)
    _inline_page_numbers(blocks, repairs)
    _text_repairs(blocks, repairs)
    body.blocks = blocks
    return body, repairs
