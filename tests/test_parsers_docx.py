"""DOCX parser on real Word files: merged cells once with spans, recovered list numbers, nested
tables, repeating header rows, header/footer kept out of the body, body order."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from rubrics.parsers import parse
from rubrics.parsers.docx_numbering import NUM_FORMATS, chinese_number

SAMPLE = Path(__file__).resolve().parent.parent / "corpus" / "sample"

# Three levels the way Chinese notices number them, plus a circled-number list that restarts.
NUMBERING_XML = f"""
<w:numbering {nsdecls('w')}>
  <w:abstractNum w:abstractNumId="10">
    <w:multiLevelType w:val="multilevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="%3."/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="11">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%1"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="12">
    <w:lvl w:ilvl="0"><w:start w:val="9"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="第%1条"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="5"><w:abstractNumId w:val="10"/></w:num>
  <w:num w:numId="6"><w:abstractNumId w:val="11"/></w:num>
  <w:num w:numId="7"><w:abstractNumId w:val="11"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="8"><w:abstractNumId w:val="12"/></w:num>
</w:numbering>
"""


def _numbered(document, text: str, num_id: int, ilvl: int = 0):
    paragraph = document.add_paragraph()
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = num_id
    paragraph.add_run(text)
    return paragraph


def _install_numbering(document) -> None:
    part = document.part.numbering_part
    fresh = parse_xml(NUMBERING_XML)
    for child in list(part.element):
        part.element.remove(child)
    for child in fresh:
        part.element.append(child)


@pytest.fixture
def rich_docx(tmp_path) -> Path:
    document = docx.Document()
    _install_numbering(document)
    section = document.sections[0]
    section.header.paragraphs[0].text = "某某市考核办 内部资料"
    section.footer.paragraphs[0].text = "第 1 页"
    document.add_heading("年度绩效考核办法", level=1)
    _numbered(document, "总体要求", 5, 0)  # 一、
    _numbered(document, "考核内容", 5, 1)  # （一）
    _numbered(document, "常规工作50分", 5, 2)  # 1.
    _numbered(document, "5分以下不计", 5, 2)  # 2. — must not read as "2.5分"
    _numbered(document, "专项工作", 5, 1)  # （二）: deeper level restarts below it
    _numbered(document, "年初专项40分", 5, 2)  # 1.
    _numbered(document, "考核程序", 5, 0)  # 二、
    _numbered(document, "自评", 6)  # ①
    _numbered(document, "复核", 6)  # ②
    document.add_paragraph("下列事项另行计分：")
    _numbered(document, "加分", 7)  # ① again: numId 7 restarts the shared list
    _numbered(document, "附则", 8)  # 第九条 (start 9)

    table = document.add_table(rows=4, cols=4)
    rows = [["类别", "项目", "分值", "评分标准"],
            ["保证目标(40分)", "党建工作", "15", "未完成扣2分"],
            ["", "廉政建设", "10", "发现问题扣1分"],
            ["合计", "", "", "100"]]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            if value:
                table.cell(r, c).text = value
    table.cell(1, 0).merge(table.cell(2, 0))  # vertical: 保证目标 over two rows
    table.cell(3, 0).merge(table.cell(3, 2))  # horizontal: 合计 over three columns
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    inner = table.cell(1, 3).add_table(rows=2, cols=2)
    inner.cell(0, 0).text = "情形"
    inner.cell(0, 1).text = "扣分"
    inner.cell(1, 0).text = "迟报"
    inner.cell(1, 1).text = "0.5"
    document.add_paragraph("本办法自发布之日起施行。")
    path = tmp_path / "rich.docx"
    document.save(path)
    return path


def test_list_numbers_are_recovered_in_order(rich_docx):
    doc = parse(rich_docx)
    texts = [b.text for b in doc.blocks if b.kind != "table"]
    assert texts[:2] == ["年度绩效考核办法", "一、总体要求"]
    assert "（一）考核内容" in texts
    assert "1.常规工作50分" in texts
    assert "2. 5分以下不计" in texts  # a gap, so no invented 2.5
    assert "（二）专项工作" in texts
    assert texts[texts.index("（二）专项工作") + 1] == "1.年初专项40分"  # restarted under （二）
    assert "二、考核程序" in texts
    assert "① 自评" in texts  # Word's default tab after the number reads as one space
    assert any(t.startswith("②") and "复核" in t for t in texts)
    circled = [t for t in texts if "加分" in t]
    assert circled and circled[0].startswith("①")
    assert "第九条附则" in texts


def test_heading_and_list_levels(rich_docx):
    doc = parse(rich_docx)
    heading = doc.blocks[0]
    assert heading.kind == "heading" and heading.level == 1
    by_text = {b.text: b for b in doc.blocks if b.kind != "table"}
    assert by_text["（一）考核内容"].level == 2
    assert by_text["1.常规工作50分"].level == 3


def test_merged_cells_emitted_once_with_spans(rich_docx):
    doc = parse(rich_docx)
    [table] = doc.tables()
    assert (table.n_rows, table.n_cols) == (4, 4)
    assert table.header_rows == 1
    anchors = {c.text: c for c in table.cells}
    category = anchors["保证目标(40分)"]
    assert (category.row, category.col, category.rowspan, category.colspan) == (1, 0, 2, 1)
    total = anchors["合计"]
    assert (total.row, total.col, total.rowspan, total.colspan) == (3, 0, 1, 3)
    assert sum(1 for c in table.cells if c.text == "保证目标(40分)") == 1
    grid = table.grid()
    assert grid[2][0] is category and grid[3][2] is total
    assert len(table.cells) == 16 - 1 - 2


def test_nested_table_lives_in_its_cell(rich_docx):
    doc = parse(rich_docx)
    [table] = doc.tables()
    holder = next(c for c in table.cells if c.tables)
    assert (holder.row, holder.col) == (1, 3)
    assert holder.text == "未完成扣2分"  # the nested table's text is not mixed into the cell text
    nested = holder.tables[0]
    assert nested.text_rows() == [["情形", "扣分"], ["迟报", "0.5"]]


def test_header_footer_apart_and_body_order(rich_docx):
    doc = parse(rich_docx)
    assert doc.headers == ["某某市考核办 内部资料"]
    assert doc.footers == ["第 1 页"]
    body = " ".join(b.text for b in doc.blocks)
    assert "内部资料" not in body and "第 1 页" not in body
    kinds = [b.kind for b in doc.blocks]
    assert kinds.index("table") < len(kinds) - 1
    assert doc.blocks[-1].text == "本办法自发布之日起施行。"
    assert [b.index for b in doc.blocks] == list(range(len(doc.blocks)))
    paragraphs = [b.paragraph for b in doc.blocks if b.kind != "table"]
    assert paragraphs == sorted(paragraphs)
    assert doc.format == "docx" and len(doc.sha256) == 64


@pytest.mark.parametrize("fmt, n, expected", [
    ("chineseCounting", 1, "一"), ("chineseCounting", 10, "十"), ("chineseCounting", 12, "十二"),
    ("chineseCounting", 21, "二十一"), ("chineseCountingThousand", 105, "一百零五"),
    ("ideographTraditional", 3, "丙"), ("decimalEnclosedCircle", 4, "④"), ("upperRoman", 14, "XIV"),
    ("lowerLetter", 27, "aa"), ("chineseLegalSimplified", 3, "叁"),
])
def test_number_formats(fmt, n, expected):
    assert NUM_FORMATS[fmt](n) == expected


def test_chinese_number_zero_inside():
    assert chinese_number(1010) == "一千零一十"


@pytest.mark.skipif(not (SAMPLE / "003_2484aa2863b60ef9.docx").exists(), reason="sample corpus not generated")
def test_sample_003_category_cells_span_their_rows():
    doc = parse(SAMPLE / "003_2484aa2863b60ef9.docx")
    first = doc.tables()[0]
    assert first.header_rows >= 1
    spans = {(c.row, c.col): c for c in first.cells}
    assert spans[(1, 0)].text.startswith("重点")
    assert spans[(1, 1)].text == "档案建设管理" and spans[(1, 1)].rowspan == 2
    tall = [c for c in first.cells if c.col < 3 and c.rowspan > 1]
    assert len(tall) >= 3 and any(c.col == 0 for c in tall)
    covered = sum(c.rowspan for c in first.cells if c.col == 0)
    assert covered == first.n_rows  # column 0 is tiled exactly by its anchors


@pytest.mark.skipif(not (SAMPLE / "000_6f2e7e74bafc85c3.docx").exists(), reason="sample corpus not generated")
def test_sample_000_outline_numbers_survive():
    doc = parse(SAMPLE / "000_6f2e7e74bafc85c3.docx")
    texts = [b.text for b in doc.blocks if b.kind != "table"]
    assert any(t.startswith("一、2019年度部门目标绩效任务体系") for t in texts)
    assert "(一)系部目标任务分值构成:" in texts
    assert "1.常规工作50分" in texts
    assert "(1)基层党建工作10分;" in texts


def test_macro_enabled_word_file_is_read(tmp_path):
    import zipfile

    source = tmp_path / "plain.docx"
    document = docx.Document()
    document.add_paragraph("三、考核结果运用")
    document.save(source)
    path = tmp_path / "notice.docm"
    main = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                assert main in data
                data = data.replace(main, b"application/vnd.ms-word.document.macroEnabled.main+xml")
            zout.writestr(item, data)
    doc = parse(path)
    assert doc.format == "docx" and doc.blocks[0].text == "三、考核结果运用"


def test_alt_chunk_html_is_read_in_place(tmp_path):
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = docx.Document()
    document.add_paragraph("前言")
    html = ("<html><body><p>一、考核内容</p><table><tr><td rowspan='2'>党建</td><td>10</td></tr>"
            "<tr><td>5</td></tr></table></body></html>").encode()
    part = Part(PackURI("/word/afchunk1.htm"), "text/html", html, document.part.package)
    rid = document.part.relate_to(
        part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk")
    chunk = parse_xml(f'<w:altChunk {nsdecls("w", "r")} r:id="{rid}"/>')
    document.element.body.insert(1, chunk)  # after 前言, before the final sectPr
    document.add_paragraph("附则")
    path = tmp_path / "oa.docx"
    document.save(path)
    doc = parse(path)
    assert [b.text for b in doc.blocks if b.kind != "table"] == ["前言", "一、考核内容", "附则"]
    [table] = doc.tables()
    assert table.index == 0 and table.cells[0].rowspan == 2
    assert [b.index for b in doc.blocks] == list(range(len(doc.blocks)))
