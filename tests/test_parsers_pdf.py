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


# ---------------------------------------------------------------- layout against the DOCX's own structure
#
# Documents built here with python-docx, rendered by LibreOffice, parsed back: the PDF's paragraphs,
# headings and tables must be the DOCX's. Body 12 pt at an exact 28 pt pitch (line gap ≈ the font
# size: an absolute gap rule splits every line), first lines indented two characters.

BODY_PT = 12
LONG_RULE = ("各单位应当建立健全考核台账，按月报送工作进展，未按时报送的每次扣2分，报送材料不实的每次扣5分，"
             "扣完为止。")
LATIN = ("The assessment covers planning, execution and reporting; each missing monthly report costs "
         "two points and each false report five points, down to zero for the item.")


def _run(paragraph, text, size=BODY_PT, bold=False):
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Sans CJK SC")
    return run


def _para(document, text, size=BODY_PT, bold=False, indent=True, centre=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(28 if size == BODY_PT else size * 2)
    fmt.space_before = fmt.space_after = Pt(0)
    if indent:
        fmt.first_line_indent = Pt(2 * size)
    if centre:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(paragraph, text, size, bold)
    return paragraph


def _prose_docx(path):
    """A 办法 in prose: title, bold numbered section lines, long wrapped paragraphs (one runs over a
    page break), flush-left numbered clauses, a Latin paragraph, a bold sentence that is no heading."""
    import docx

    document = docx.Document()
    _para(document, "某单位年度目标考核办法", size=20, bold=True, indent=False, centre=True)
    _para(document, "为规范年度目标考核工作，" + LONG_RULE * 2)
    _para(document, "一、考核内容", bold=True, indent=False)
    for n in ("（一）", "（二）", "（三）"):
        _para(document, f"{n}工作任务完成情况。" + LONG_RULE, indent=False)
    _para(document, "本条所列各项均以考核办复核结果为准，" + LONG_RULE * 14)  # longer than a page
    _para(document, "二、评分办法", bold=True, indent=False)
    _para(document, "各单位须如实填报，不得虚报瞒报，凡弄虚作假的一律取消当年评优资格并通报批评。", bold=True)
    _para(document, LATIN, indent=False)
    for n in range(1, 4):
        _para(document, f"{n}.第{n}项考核指标按完成比例得分。" + LONG_RULE, indent=False)
    document.save(path)
    return document


def _tables_docx(path):
    """Two page-split tables: one without a repeating header whose rows never break (its second part
    starts with a whole data row), one whose header repeats and whose rows may break over a page;
    9 pt tables with a 12 pt note after each."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt

    document = docx.Document()
    _para(document, "附件1 工作任务考核表", size=16, bold=True, indent=False, centre=True)
    for n_rows, repeat in ((45, False), (45, True)):
        table = document.add_table(rows=n_rows + 1, cols=4)
        table.style = document.styles["Table Grid"]
        for c, text in enumerate(["序号", "考核项目", "分值", "评分标准"]):
            table.cell(0, c).text = text
        if repeat:
            table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
        else:  # rows kept whole; the other table's rows may break across a page
            for row in table.rows:
                row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
        for r in range(1, n_rows + 1):
            for c, text in enumerate([str(r), f"任务{r}", str(r % 7 + 1), f"未完成第{r}项的扣{r % 3 + 1}分。"]):
                table.cell(r, c).text = text
        for row in table.rows:
            for cell in row.cells:
                for run in (run for p in cell.paragraphs for run in p.runs):
                    run.font.size = Pt(9)
        _para(document, "注：本表分值合计以考核办核定为准，" + LONG_RULE)
    document.save(path)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """(docx Document parsed, pdf Document parsed) for the prose and the tables fixture."""
    if shutil.which("soffice") is None:
        pytest.skip("needs LibreOffice to make the PDFs")
    tmp = tmp_path_factory.mktemp("layout")
    _prose_docx(tmp / "prose.docx")
    _tables_docx(tmp / "tables.docx")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(tmp / "prose.docx"), str(tmp / "tables.docx")],
                   check=True, capture_output=True, timeout=300)
    return {name: (parse(tmp / f"{name}.docx"), parse(tmp / f"{name}.pdf")) for name in ("prose", "tables")}


def _texts(doc):
    return [b.text.replace(" ", "") if not b.text.isascii() else b.text for b in doc.blocks if b.kind != "table"]


def test_pdf_paragraphs_are_the_docx_paragraphs(rendered):
    from_docx, from_pdf = rendered["prose"]
    assert from_pdf.n_pages >= 3
    assert _texts(from_pdf) == _texts(from_docx)


def test_paragraph_over_a_page_break_is_one_block_on_its_first_page(rendered):
    _, from_pdf = rendered["prose"]
    long = next(b for b in from_pdf.blocks if b.text.startswith("本条所列"))
    assert long.text.count("扣完为止。") == 14
    assert any(b.page > long.page for b in from_pdf.blocks[long.index + 1:])


def test_latin_words_join_with_one_space_and_cjk_without(rendered):
    _, from_pdf = rendered["prose"]
    texts = [b.text for b in from_pdf.blocks]
    assert LATIN in texts
    assert any(t == "（二）工作任务完成情况。" + LONG_RULE for t in texts)


def test_headings_judged_against_the_body_font(rendered):
    _, from_pdf = rendered["prose"]
    kinds = {b.text.replace(" ", ""): (b.kind, b.level) for b in from_pdf.blocks}
    assert kinds["某单位年度目标考核办法"] == ("heading", 1)  # 20 pt over a 12 pt body
    assert kinds["一、考核内容"][0] == "heading"  # bold, body size, short and numbered
    assert kinds["二、评分办法"][0] == "heading"
    bold_sentence = next(k for k in kinds if k.startswith("各单位须如实填报"))
    assert kinds[bold_sentence] == ("paragraph", None)  # bold but a sentence: emphasis
    assert all(kind == "paragraph" for text, (kind, _) in kinds.items() if text.startswith(("（", "1.", "2.")))


def test_body_size_note_on_a_page_of_small_table_text_is_no_heading(rendered):
    _, from_pdf = rendered["tables"]
    notes = [b for b in from_pdf.blocks if b.text.startswith("注：")]
    assert len(notes) == 2 and all(b.kind == "paragraph" for b in notes)
    title = next(b for b in from_pdf.blocks if b.kind == "heading")
    assert title.text.replace(" ", "") == "附件1工作任务考核表"


def test_page_split_tables_joined_without_losing_rows(rendered):
    from_docx, from_pdf = rendered["tables"]
    whole = from_docx.tables()
    parts = from_pdf.tables()
    chains: list[list] = []
    for t in parts:
        if t.continues is None:
            chains.append([t])
        else:
            assert parts[t.continues] is chains[-1][-1] and t.page == parts[t.continues].page + 1
            chains[-1].append(t)
    assert len(chains) == 2 and all(len(c) >= 2 for c in chains)
    source, chain = whole[0], chains[0]
    got = [row for part in chain for row in part.text_rows()]
    assert got == source.text_rows()  # every row once, in order: the continuation's first row kept
    # rows that may break over a page: a cut row's halves are two rows here (joined by the pipeline,
    # which knows the columns' roles), but no text is lost or repeated beyond the header
    source, chain = whole[1], chains[1]
    got = "".join(c for part in chain for row in part.text_rows()[part.header_rows if part.continues is not None else 0:]
                  for c in row)
    assert got == "".join(c for row in source.text_rows() for c in row)


def test_repeated_header_row_is_marked_and_kept(rendered):
    _, from_pdf = rendered["tables"]
    parts = from_pdf.tables()
    second = next(i for i, t in enumerate(parts[1:], 1) if t.continues is None)
    assert all(t.header_rows == 0 for t in parts[:second])  # no header repeated: data rows only
    assert parts[1].text_rows()[0][1].startswith("任务")
    for t in parts[second:]:
        assert t.header_rows == 1 and t.text_rows()[0] == ["序号", "考核项目", "分值", "评分标准"]


def test_split_fixture_marks_the_repeated_header(split_doc):
    long_parts = [t for t in split_doc.tables() if t.n_cols == 5]
    assert all(t.header_rows == 1 for t in long_parts)


# ---------------------------------------------------------------- fills are no ruling lines


def _highlighted_docx(path):
    """A ruled 4-column table whose criteria carry highlighter marks behind their amounts (扣3分 on
    yellow): the marks are filled rectangles in the PDF, the table's lines are strokes."""
    import docx
    from docx.enum.text import WD_COLOR_INDEX
    from docx.shared import Pt

    document = docx.Document()
    _para(document, "附表 月度检查评分表", size=16, bold=True, indent=False, centre=True)
    table = document.add_table(rows=6, cols=4)
    table.style = document.styles["Table Grid"]
    for c, text in enumerate(["序号", "检查项目", "评分标准", "分值"]):
        table.cell(0, c).text = text
    for r in range(1, 6):
        table.cell(r, 0).text = str(r)
        table.cell(r, 1).text = f"检查内容{r}"
        paragraph = table.cell(r, 2).paragraphs[0]
        paragraph.add_run(f"未按要求落实第{r}项制度的，")
        paragraph.add_run(f"扣{r}分").font.highlight_color = WD_COLOR_INDEX.YELLOW
        paragraph.add_run("；记录不全的，")
        paragraph.add_run("扣1-2分").font.highlight_color = WD_COLOR_INDEX.BRIGHT_GREEN
        paragraph.add_run("。")
        table.cell(r, 3).text = str(r * 2)
    for row in table.rows:
        for cell in row.cells:
            for run in (run for p in cell.paragraphs for run in p.runs):
                run.font.size = Pt(10)
    document.save(path)


def _render(tmp, *names):
    if shutil.which("soffice") is None:
        pytest.skip("needs LibreOffice to make the PDFs")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), *[str(tmp / n) for n in names]],
                   check=True, capture_output=True, timeout=300)


def test_highlighted_words_in_a_cell_are_no_table_of_their_own(tmp_path):
    _highlighted_docx(tmp_path / "marked.docx")
    _render(tmp_path, "marked.docx")
    from_docx, from_pdf = parse(tmp_path / "marked.docx"), parse(tmp_path / "marked.pdf")
    assert len(from_pdf.tables()) == 1
    table = from_pdf.tables()[0]
    assert (table.n_rows, table.n_cols) == (6, 4)
    assert [[c.replace(" ", "") for c in row] for row in table.text_rows()] == from_docx.tables()[0].text_rows()


# ---------------------------------------------------------------- tables without ruling lines
#
# An HTML table printed borderless and a Word table without borders: no lines for the table finder,
# only text that lines up. Prose that lines up too (justified paragraphs, nested numbered lists)
# must stay prose.

BORDERLESS_HTML = """<html><head><meta charset="utf-8"></head><body>
<p>　　为规范岗位考核，根据有关规定，结合本单位实际，制定本评分表。考核实行百分制，由考核小组按月评分。</p>
<table border="0" cellpadding="8" cellspacing="0">
<tr><td colspan="2" align="center">考核项目</td><td>分值</td><td>评分办法</td><td>得分</td></tr>
<tr><td rowspan="3">工<br>作<br>质<br>量</td><td width="120">任务按期完成率</td><td>20分</td>
<td width="260">每延误一项扣5分</td><td></td></tr>
<tr><td>文件办理差错</td><td>15分</td><td>差错一次扣3分，造成不良影响的扣15分，并在全单位范围内通报批评</td><td></td></tr>
<tr><td>台账资料完整</td><td>15分</td><td>缺一项扣2分</td><td></td></tr>
<tr><td rowspan="2">纪<br>律</td><td>出勤情况</td><td>30分</td><td>迟到一次扣1分，旷工一天扣10分</td><td></td></tr>
<tr><td>会议纪律</td><td>20分</td><td>无故缺席一次扣5分</td><td></td></tr>
</table>
<p>　　本评分表自印发之日起施行，由人事部门负责解释。各部门应当严格按照评分标准进行考核，不得弄虚作假。</p>
</body></html>"""

LISTS_HTML = """<html><head><meta charset="utf-8"></head><body>
<p style="text-align:justify">　　为加强安全管理，落实安全生产责任，根据国家有关法律法规，结合公司实际，制定本办法。
本办法适用于公司各部门、各项目部及全体员工，各单位应当结合实际制定实施细则并报安全部门备案。</p>
<ol><li>各部门负责人是本部门安全生产第一责任人，对本部门安全生产工作全面负责，每季度至少组织一次安全检查。
<ol><li>检查应当形成书面记录，发现的隐患应当限期整改并复查。</li>
<li>整改不到位的，由安全部门督办，并在月度例会上通报。</li></ol></li>
<li>项目部应当配备专职安全管理人员，人数按照合同额确定，不得兼任与安全无关的其他工作。</li>
<li>全体员工应当参加安全教育培训，未经培训考核合格的不得上岗作业，特种作业人员持证上岗。</li>
<li>发生事故的，应当按规定及时报告，不得迟报、漏报、谎报或者瞒报。</li></ol>
<p style="text-align:justify">　　本办法由安全部门负责解释，自发布之日起施行，原有规定与本办法不一致的，以本办法为准。</p>
</body></html>"""


def _borderless_docx(path):
    """A Word table without borders (python-docx's default style), cells centred vertically."""
    import docx
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT

    document = docx.Document()
    document.add_paragraph("第一条 为加强管理，制定本表。各部门按月考核，考核结果在全单位通报，并与年度评优挂钩。")
    rows = [("类别", "项目", "分值", "评分标准"), ("安全", "制度建设", "10", "缺一项扣2分"),
            ("", "隐患排查", "20", "发现隐患未整改的每项扣5分，造成事故的不得分"), ("", "教育培训", "10", "未培训扣10分"),
            ("质量", "一次合格率", "30", "每低1%扣3分"), ("", "客户投诉", "30", "有效投诉一次扣10分")]
    table = document.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
            table.cell(r, c).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for top, bottom, text in ((1, 3, "安全"), (4, 5, "质量")):
        merged = table.cell(top, 0).merge(table.cell(bottom, 0))
        merged.text = text
        merged.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    document.add_paragraph("第二条 本表由办公室负责解释，自印发之日起施行。")
    document.save(path)


@pytest.fixture(scope="module")
def unruled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("unruled")
    (tmp / "table.html").write_text(BORDERLESS_HTML, encoding="utf-8")
    (tmp / "lists.html").write_text(LISTS_HTML, encoding="utf-8")
    _borderless_docx(tmp / "word.docx")
    _render(tmp, "word.docx")
    # as a Writer document (Writer/Web would print a blank first page and lose the first paragraph)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(tmp),
                    str(tmp / "table.html"), str(tmp / "lists.html")], check=True, capture_output=True, timeout=300)
    return {name: parse(tmp / f"{name}.pdf") for name in ("table", "lists", "word")}


def _squeezed(table):
    return [[c.replace(" ", "") for c in row] for row in table.text_rows()]


def test_borderless_html_table_is_a_table_with_its_merged_cells(unruled):
    doc = unruled["table"]
    assert len(doc.tables()) == 1
    table = doc.tables()[0]
    assert table.n_cols == 5 and table.n_rows == 6
    rows = _squeezed(table)
    assert rows[0][2:] == ["分值", "评分办法", "得分"]
    assert [row[1:3] for row in rows[1:]] == [["任务按期完成率", "20分"], ["文件办理差错", "15分"],
                                              ["台账资料完整", "15分"], ["出勤情况", "30分"], ["会议纪律", "20分"]]
    assert rows[2][3] == "差错一次扣3分，造成不良影响的扣15分，并在全单位范围内通报批评"  # wrapped lines, one cell
    spans = {c.text: (c.row, c.col, c.rowspan) for c in table.cells if c.rowspan > 1}
    assert spans == {"工作质量": (1, 0, 3), "纪律": (4, 0, 2)}  # one character a line, centred on its rows
    prose = [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert any(t.startswith("本评分表自印发之日起施行") for t in prose)  # the prose after it stays prose


def test_borderless_word_table_spans_only_what_geometry_proves(unruled):
    doc = unruled["word"]
    assert [b.kind for b in doc.blocks] == ["paragraph", "table", "paragraph"]
    table = doc.tables()[0]
    rows = _squeezed(table)
    assert rows[0] == ["类别", "项目", "分值", "评分标准"]  # the paragraph's last line above is not a row
    assert [row[2] for row in rows[1:]] == ["10", "20", "10", "30", "30"]
    quality = next(c for c in table.cells if c.text == "质量")
    assert (quality.row, quality.rowspan) == (4, 2)  # centred on two rows: between them, provably both
    # 安全 centred on three equal rows reads the same as a cell of the middle row: kept, not stretched
    assert [c.text for c in table.cells if c.col == 0 and c.text] == ["类别", "安全", "质量"]


def test_prose_and_numbered_lists_make_no_table(unruled, rendered):
    assert unruled["lists"].tables() == []
    assert rendered["prose"][1].tables() == []
    assert any("限期整改" in b.text for b in unruled["lists"].blocks)
