"""PDF parser on real PDFs (LibreOffice output, committed): tables with spans and pages, page-split
tables linked by `continues`, touching tables kept apart, paragraphs in reading order."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest

from rubrics.errors import EmptyFile, NeedsOCR
from rubrics.parsers import parse

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "parsers"
SAMPLE = ROOT / "corpus" / "sample"


def _fixture_builders():
    spec = importlib.util.spec_from_file_location("parser_fixtures", FIXTURES / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def split_doc():
    return parse(FIXTURES / "split_table.pdf")


def test_split_table_links_every_page_to_the_one_before(split_doc):
    tables = split_doc.tables()
    long_parts = [t for t in tables if t.n_cols == 5]
    assert len(long_parts) >= 3
    assert long_parts[0].continues is None
    for before, after in zip(long_parts, long_parts[1:], strict=False):
        assert after.page == before.page + 1
        assert after.continues == before.index
    # every part repeats the header row the Word table marks as repeating
    assert all(t.text_rows()[0] == ["考核类别", "考核项目", "分值", "考核标准", "扣分"] for t in long_parts)
    # all 70 scored rows are there, once each, across the parts
    items = [row[1] for t in long_parts for row in t.text_rows()[1:] if row[1].startswith("项目")]
    assert items == [f"项目{i}" for i in range(1, 71)]


def test_touching_table_of_another_layout_is_separate_and_not_a_continuation(split_doc):
    grades = [t for t in split_doc.tables() if t.text_rows()[0] == ["等次", "得分"]]
    assert len(grades) == 1
    grade = grades[0]
    assert grade.n_cols == 2 and grade.continues is None
    assert grade.text_rows()[1:] == [["优秀", "900分以上"], ["合格", "600-899分"]]


def test_merged_category_cell_has_rowspan_and_bbox(split_doc):
    first = split_doc.tables()[0]
    category = next(c for c in first.cells if c.text.startswith("医疗质量"))
    assert category.col == 0 and category.row == 1
    assert category.rowspan == first.n_rows - 1  # runs down to the page break
    assert category.page == 1 and category.bbox is not None
    x0, top, x1, bottom = category.bbox
    assert x0 < x1 and top < bottom
    assert category.text == "医疗质量(400分)"
    assert first.grid()[first.n_rows - 1][0] is category


def test_paragraphs_around_tables_in_reading_order(split_doc):
    texts = [b.text for b in split_doc.blocks if b.kind != "table"]
    assert texts[0] == "某县人民医院科室综合目标考核评分表"
    assert "说明：本表满分1000分，各科室按月自评、季度复核。" in texts
    assert split_doc.blocks[-1].text == "一、本办法由院办负责解释。"
    pages = [b.page for b in split_doc.blocks]
    assert pages == sorted(pages)
    assert split_doc.n_pages == max(pages)
    assert split_doc.pages_without_text == []


def test_wrapped_cell_lines_are_glued_without_inventing_spaces(split_doc):
    rows = [r for t in split_doc.tables() if t.n_cols == 5 for r in t.text_rows()]
    standards = {r[1]: r[3] for r in rows if r[1].startswith("项目")}
    assert standards["项目7"] == "第7项未达标的，每例扣3分，扣完为止。"


@pytest.mark.skipif(not (SAMPLE / "003_2484aa2863b60ef9.pdf").exists(), reason="sample corpus not generated")
def test_sample_003_page_split_tables_continue():
    doc = parse(SAMPLE / "003_2484aa2863b60ef9.pdf")
    tables = doc.tables()
    assert len(tables) >= 4
    linked = [t for t in tables if t.continues is not None]
    assert len(linked) >= len(tables) // 2
    for t in linked:
        before = tables[t.continues]
        assert t.page == before.page + 1
        # same column layout: outer edges line up; the seed's last page lost one inner column
        assert abs(t.bbox[0] - before.bbox[0]) < 3 and abs(t.bbox[2] - before.bbox[2]) < 3
        assert abs(t.n_cols - before.n_cols) <= 1
    starts = [t for t in tables if t.continues is None]
    # each department's table starts fresh after its title heading
    assert len(starts) >= 4
    first = tables[0]
    project = next(c for c in first.cells if c.row == 1 and c.col == 1)
    assert project.text == "档案建设管理" and project.rowspan == 2


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice to make the PDF")
def test_fresh_pdf_from_generated_docx_matches_docx_spans(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.style = document.styles["Table Grid"]
    for r, row in enumerate([["类别", "项目", "分值"], ["发展目标(30分)", "教学", "10"], ["", "科研", "20"]]):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    table.cell(1, 0).merge(table.cell(2, 0))
    source = tmp_path / "t.docx"
    document.save(source)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=180)
    from_docx = parse(source).tables()[0]
    from_pdf = parse(tmp_path / "t.pdf").tables()[0]
    shape = lambda t: sorted((c.row, c.col, c.rowspan, c.colspan, c.text) for c in t.cells)  # noqa: E731
    assert shape(from_pdf) == shape(from_docx)


def test_running_header_and_page_footer_kept_out_of_the_body(split_doc):
    assert split_doc.headers == ["某县人民医院绩效考核办公室"]
    assert split_doc.footers == ["第 1 页"]  # one entry for the pattern repeated on every page
    body = [b.text for b in split_doc.blocks if b.kind != "table"]
    assert not any("考核办公室" in t or t.startswith("第 ") for t in body)


def test_overprinted_fake_bold_is_read_once(tmp_path):
    path = tmp_path / "bold.pdf"
    path.write_bytes(_fixture_builders().text_pdf(["Scoring (total 100)", "Item A 10 points"], overprint=0.4))
    doc = parse(path)
    assert [b.text for b in doc.blocks] == ["Scoring (total 100)", "Item A 10 points"]


def test_text_layer_of_unmapped_glyphs_needs_ocr(tmp_path, monkeypatch):
    monkeypatch.setenv("RUBRICS_OCR", "0")  # with OCR installed the page is read by OCR instead
    path = tmp_path / "cid.pdf"
    path.write_bytes(_fixture_builders().text_pdf(["Scoring 100"], unmapped=True))
    with pytest.raises(NeedsOCR) as info:
        parse(path)
    assert "cid.pdf" in str(info.value) and "1" in info.value.reason


def test_word_file_without_text_is_empty(tmp_path):
    import docx

    path = tmp_path / "blank.docx"
    docx.Document().save(path)
    with pytest.raises(EmptyFile) as info:
        parse(path)
    assert "blank.docx" in str(info.value)
