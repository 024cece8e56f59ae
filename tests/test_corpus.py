"""The committed sample corpus (corpus/sample) holds each seed's text exactly, as real office files.

These read the committed DOCX/PDF/XLSX (no LibreOffice needed) and compare them with the seeds and the
gold in ../shared, the way a parser author or a reader would.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path

import docx
import openpyxl
import pdfplumber
import pytest
from docx.oxml.ns import qn

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpus" / "sample"
SHARED = ROOT.parent / "shared"
SEEDS = sorted((SHARED / "corpus" / "seeds").glob("*.txt"))
TABLE_SEED = "003_2484aa2863b60ef9"  # OCR'd markdown scoring tables, one per department
FLATTENED_SEED = "004_8bf266f19149a451"  # text flattened from a .DOC, appendix table rebuilt

pytestmark = pytest.mark.skipif(not SEEDS, reason=f"seeds not found in {SHARED}/corpus/seeds")

# A list number at a paragraph's start, as the seeds write them: 一、 (一) （一） 1. 1、 (1) （1） 1)
LEADING_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d{1,2}(?:\.(?!\d)|、|\))|[(（]\d{1,2}[)）])")
CN = "一二三四五六七八九十"


def squeeze(text: str) -> str:
    return re.sub(r"\s", "", text)


def seed_text(stem: str) -> str:
    return (SHARED / "corpus" / "seeds" / f"{stem}.txt").read_text(encoding="utf-8")


def seed_paragraphs(stem: str) -> list[str]:
    return [line for line in seed_text(stem).split("\n") if line]


@cache
def document(stem: str):
    return docx.Document(str(SAMPLE / f"{stem}.docx"))


def unique_cells(table) -> list:
    """Each merged cell once (python-docx repeats a merged cell for every grid slot it covers)."""
    seen, cells = set(), []
    for row in table.rows:
        for cell in row.cells:
            if cell._tc not in seen:
                seen.add(cell._tc)
                cells.append(cell)
    return cells


def docx_text(stem: str) -> str:
    doc = document(stem)
    parts = [p.text for p in doc.paragraphs]
    parts += [cell.text for table in doc.tables for cell in unique_cells(table)]
    return "\n".join(parts)


def cn_number(n: int) -> str:
    return CN[n - 1] if n <= 10 else ("" if n < 20 else CN[n // 10 - 1]) + "十" + (CN[n % 10 - 1] if n % 10 else "")


def paragraphs_with_numbers(stem: str) -> list[str]:
    """Body paragraphs with Word's automatic numbers put back from numPr, as a Word reader shows them."""
    doc = document(stem)
    numbering = doc.part.numbering_part.element
    abstract = {a.get(qn("w:abstractNumId")): a for a in numbering.iter(qn("w:abstractNum"))}
    nums, counters = {}, defaultdict(int)
    for num in numbering.iter(qn("w:num")):
        lvl = abstract[num.find(qn("w:abstractNumId")).get(qn("w:val"))].find(qn("w:lvl"))
        override = num.find(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}")
        start = int((override if override is not None else lvl.find(qn("w:start"))).get(qn("w:val")))
        nums[num.get(qn("w:numId"))] = (lvl.find(qn("w:numFmt")).get(qn("w:val")),
                                        lvl.find(qn("w:lvlText")).get(qn("w:val")), start)
    out = []
    for paragraph in doc.paragraphs:
        num_id = paragraph._p.xpath("./w:pPr/w:numPr/w:numId/@w:val")
        if not num_id:
            out.append(paragraph.text)
            continue
        fmt, lvl_text, start = nums[num_id[0]]
        value = start + counters[num_id[0]]
        counters[num_id[0]] += 1
        shown = cn_number(value) if fmt == "chineseCounting" else str(value)
        out.append(lvl_text.replace("%1", shown) + paragraph.text)
    return out


@cache
def pdf_pages(stem: str) -> list[str]:
    with pdfplumber.open(SAMPLE / f"{stem}.pdf") as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_docx_and_pdf_exist_per_seed(seed):
    for suffix in (".docx", ".pdf"):
        path = SAMPLE / f"{seed.stem}{suffix}"
        assert path.is_file() and path.stat().st_size > 1000, path


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_docx_holds_every_seed_paragraph_after_its_number(seed):
    text = docx_text(seed.stem)
    if seed.stem == TABLE_SEED:
        return  # its markdown rows are checked cell by cell below
    paragraphs = [p for p in seed_paragraphs(seed.stem) if LEADING_NUMBER.sub("", p) not in text]
    if seed.stem == FLATTENED_SEED:
        # only the lines the appendix table was rebuilt from may be missing as whole paragraphs
        assert 1 <= len(paragraphs) <= 3 and "附" in paragraphs[0], [p[:30] for p in paragraphs]
    else:
        assert paragraphs == []


@pytest.mark.parametrize("stem", ["000_6f2e7e74bafc85c3", "001_c964ca30b7816367", "002_635a68ef83f5eca7"])
def test_word_numbering_reproduces_the_seed_exactly(stem):
    """Recovering the numbers from numPr/numbering.xml gives back each seed paragraph, character for
    character; the number text itself is not in the run text."""
    doc = document(stem)
    assert paragraphs_with_numbers(stem) == seed_paragraphs(stem)
    numbered = [p for p in doc.paragraphs if p._p.xpath("./w:pPr/w:numPr")]
    assert len(numbered) > 20
    assert not any(LEADING_NUMBER.match(p.text) for p in numbered)
    formats = {lvl.get(qn("w:val")) for lvl in doc.part.numbering_part.element.iter(qn("w:lvlText"))}
    assert {"%1、", "(%1)"} <= formats


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_every_gold_rule_text_is_in_the_docx(seed):
    gold = json.loads((SHARED / "gold" / f"{seed.stem}.json").read_text(encoding="utf-8"))
    text = squeeze(docx_text(seed.stem))
    missing = [r["text"] for s in gold["schemes"] for r in s["rules"] if squeeze(r["text"]) not in text]
    assert missing == []


def test_scoring_tables_are_real_merged_word_tables():
    doc = document(TABLE_SEED)
    assert len(doc.tables) == 4
    titles = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert len(titles) == 4 and all(title in seed_text(TABLE_SEED) for title in titles)
    for table in doc.tables:
        rows = table._tbl.tr_lst
        assert rows[0].xpath("./w:trPr/w:tblHeader")
        assert not any(row.xpath("./w:trPr/w:tblHeader") for row in rows[1:])
        restarts = table._tbl.xpath(".//w:tc/w:tcPr/w:vMerge[@w:val='restart']")
        assert len(restarts) >= 3  # 类别/项目/名称 cells over the rows they span
        assert table._tbl.xpath("./w:tr[1]/w:tc/w:tcPr/w:gridSpan[@w:val='2']")  # 项目名称 over two
        texts = [cell.text for cell in unique_cells(table)]
        assert texts.count("类别") == 1  # the header rows repeated by the OCR'd pages are gone


def test_scoring_table_cells_are_the_seed_cells():
    """Every body cell of every markdown row is a Word cell with exactly that text; the page-break
    fragment row `(统战 工作)` is kept as a row of its own."""
    seed_cells = []
    for line in seed_text(TABLE_SEED).split("\n"):
        cells = [c.strip() for c in line.strip()[1:-1].split("|")] if line.startswith("|") else []
        if cells and "类别" not in cells and not all(re.fullmatch(r":?-*:?", c) for c in cells):
            seed_cells += [c for c in cells if c]
    docx_cells = [cell.text for table in document(TABLE_SEED).tables for cell in unique_cells(table)]
    assert sorted(set(seed_cells) - set(docx_cells)) == []
    assert "(统战 工作)" in docx_cells
    # a merged 类别 cell spans rows: its vMerge continuations are empty cells below it
    first = document(TABLE_SEED).tables[0]
    spans = [tc for tc in first._tbl.xpath("./w:tr/w:tc[1]") if tc.xpath("./w:tcPr/w:vMerge[not(@w:val)]")]
    assert spans and all(not "".join(tc.itertext()).strip() for tc in spans)


def test_scoring_table_pdf_repeats_the_header_on_every_page():
    """Each department's table runs over several pages; pdfplumber finds a ruled table on every page,
    starting with the repeated header row."""
    titles = [p.text for p in document(TABLE_SEED).paragraphs if p.style.name == "Heading 1"]
    pages_per_title = defaultdict(int)
    current = None
    with pdfplumber.open(SAMPLE / f"{TABLE_SEED}.pdf") as pdf:
        for page in pdf.pages:
            text = page.extract_text() or ""
            current = next((t for t in titles if t in text), current)
            pages_per_title[current] += 1
            tables = page.find_tables()
            assert tables, f"page {page.page_number}: no table found"
            header = tables[0].extract()[0]
            assert header[0] == "类别" and "考核 单位" in header, header
    assert set(pages_per_title) == set(titles)
    assert all(count > 1 for count in pages_per_title.values()), pages_per_title


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_pdf_text_has_the_seed_characters(seed):
    """CJK comes out of the PDF as text (embedded font with a ToUnicode map), nothing missing."""
    pdf = squeeze("".join(pdf_pages(seed.stem)))
    assert set(squeeze(seed_text(seed.stem))) - set(pdf) <= set("|-")
    if seed.stem not in (TABLE_SEED, FLATTENED_SEED):
        assert [p for p in seed_paragraphs(seed.stem) if squeeze(p) not in pdf] == []


def test_flattened_appendix_is_a_real_table_of_seed_text():
    """Seed 004's indicator table: every cell an exact substring of the seed, merged 类型 and 权重
    cells, and nothing of the flattened lines lost but page numbers."""
    seed = seed_text(FLATTENED_SEED)
    doc = document(FLATTENED_SEED)
    assert len(doc.tables) == 1
    table = doc.tables[0]
    cells = [cell.text for cell in unique_cells(table) if cell.text]
    assert all(cell in seed for cell in cells)
    assert [c.text for c in table.rows[0].cells][:3] == ["类型", "类型", "指标内容"]
    assert "60%" in cells and "20%" in cells
    assert table._tbl.xpath(".//w:vMerge[@w:val='restart']")
    paragraphs = set(p.text for p in doc.paragraphs)
    flattened = [p for p in seed_paragraphs(FLATTENED_SEED) if p not in paragraphs]
    rest = seed[seed.index(flattened[0]):seed.index(flattened[-1]) + len(flattened[-1])]
    for piece in sorted(cells + [p for p in paragraphs if p and p in rest], key=len, reverse=True):
        rest = rest.replace(piece, " ", 1)
    assert rest.strip(" \n0123456789") == ""


def test_spreadsheets_have_one_sheet_per_table_with_merged_ranges():
    book = openpyxl.load_workbook(SAMPLE / f"{TABLE_SEED}.xlsx")
    titles = [p.text for p in document(TABLE_SEED).paragraphs if p.style.name == "Heading 1"]
    assert [sheet["A1"].value for sheet in book.worksheets] == titles
    for sheet in book.worksheets:
        assert sheet["A2"].value == "类别"
        vertical = [r for r in sheet.merged_cells.ranges if r.min_col <= 3 and r.max_row > r.min_row]
        assert len(vertical) >= 3
    appendix = openpyxl.load_workbook(SAMPLE / f"{FLATTENED_SEED}.xlsx").active
    assert appendix["A2"].value == "类型" and appendix["E3"].value == "60%"
    assert any(str(r) == "E3:E10" for r in appendix.merged_cells.ranges)


def test_generator_output_is_committed_and_stable(tmp_path):
    """Regenerating DOCX/XLSX (no LibreOffice needed) gives the committed bytes: fixtures are current."""
    subprocess.run([sys.executable, str(ROOT / "corpus" / "make_corpus.py"), "--no-pdf",
                    "--seeds", str(SHARED / "corpus" / "seeds"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    made = sorted(tmp_path.iterdir())
    assert made
    for path in made:
        assert path.read_bytes() == (SAMPLE / path.name).read_bytes(), path.name


def test_only_consistent_number_sequences_become_word_numbering():
    sys.path.insert(0, str(ROOT / "corpus"))
    from corpusgen.numbering import list_marks

    paragraphs = ["一、总则", "(一)甲", "1.子", "2.子", "(二)乙", "1.子", "3.跳号", "二、附则", "4. 中途开始"]
    marks = list_marks(paragraphs)
    assert sorted(marks) == [0, 1, 2, 3, 4, 7]  # 1.,3. under (二) and a list starting at 4 stay literal
    assert marks[2].sequence == marks[3].sequence != marks[1].sequence
    assert [marks[i].depth for i in (0, 1, 2)] == [0, 1, 2]
