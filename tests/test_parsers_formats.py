"""XLSX, text (UTF-8 / GBK / Big5, markdown tables) and HTML parsers on real files."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from rubrics.parsers import parse
from rubrics.parsers.xlsx_parser import cell_text

SAMPLE = Path(__file__).resolve().parent.parent / "corpus" / "sample"


# ---- XLSX -----------------------------------------------------------------------------------------
@pytest.fixture
def workbook(tmp_path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "职能部门"
    ws["B2"], ws["C2"], ws["D2"], ws["E2"] = "类别", "项目", "分值", "权重"
    ws["B3"], ws["C3"], ws["D3"], ws["E3"] = "常规工作", "党建", 10.0, 0.25
    ws["C4"], ws["D4"], ws["E4"] = "廉政", 2.5, 0.1
    ws["B5"], ws["D5"] = "合计", "=D3+D4"
    ws["E3"].number_format = "0%"
    ws.merge_cells("B3:B4")
    ws.merge_cells("B5:C5")
    wb.create_sheet("空白")
    other = wb.create_sheet("加分项")
    other["A1"], other["B1"] = "情形", "加分"
    other["A2"], other["B2"] = "获省级表彰", 3
    path = tmp_path / "book.xlsx"
    wb.save(path)
    return path


def test_xlsx_one_table_per_non_empty_sheet_with_spans(workbook):
    doc = parse(workbook)
    tables = doc.tables()
    assert [t.name for t in tables] == ["职能部门", "加分项"]
    sheet = tables[0]
    assert (sheet.n_rows, sheet.n_cols) == (4, 4)  # trimmed to the used area B2:E5
    by_text = {c.text: c for c in sheet.cells if c.text}
    category = by_text["常规工作"]
    assert (category.row, category.col, category.rowspan, category.colspan) == (1, 0, 2, 1)
    total = by_text["合计"]
    assert (total.rowspan, total.colspan) == (1, 2)
    assert sheet.text_rows()[1] == ["常规工作", "党建", "10", "25%"]
    assert sheet.text_rows()[2] == ["", "廉政", "2.5", "0.1"]
    assert tables[1].text_rows() == [["情形", "加分"], ["获省级表彰", "3"]]


@pytest.mark.parametrize("value, fmt, expected", [
    (2.0, None, "2"), (0.25, None, "0.25"), (0.1 + 0.2, None, "0.3"), (0.25, "0%", "25%"),
    (0.125, "0.0%", "12.5%"), (1000, None, "1000"), (None, None, ""), ("  优秀 ", None, "优秀"),
])
def test_xlsx_numbers_as_printed(value, fmt, expected):
    assert cell_text(value, fmt) == expected


@pytest.mark.skipif(not (SAMPLE / "003_2484aa2863b60ef9.xlsx").exists(), reason="sample corpus not generated")
def test_sample_003_xlsx_keeps_merged_categories():
    doc = parse(SAMPLE / "003_2484aa2863b60ef9.xlsx")
    tables = doc.tables()
    assert tables and all(t.name for t in tables)
    tall = [c for c in tables[0].cells if c.col < 3 and c.rowspan > 1]
    assert any(c.text == "档案建设管理" and c.rowspan == 2 for c in tall)
    assert any(c.col == 0 for c in tall)


# ---- text -----------------------------------------------------------------------------------------
POLICY = "关于印发绩效考核办法的通知\n\n一、考核内容\n1.常规工作50分\n2.专项工作40分\n\n二、等次\n"


@pytest.mark.parametrize("encoding, bom, expected", [
    ("utf-8", b"", "utf-8"), ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"), ("gbk", b"", "gb18030"),
    ("gb18030", b"", "gb18030"),
])
def test_text_encodings_detected(tmp_path, encoding, bom, expected):
    path = tmp_path / "policy.txt"
    path.write_bytes(bom + POLICY.encode(encoding))
    doc = parse(path)
    assert doc.encoding == expected
    assert [b.text for b in doc.blocks] == ["关于印发绩效考核办法的通知", "一、考核内容", "1.常规工作50分",
                                            "2.专项工作40分", "二、等次"]
    assert [b.paragraph for b in doc.blocks] == [0, 2, 3, 4, 6]  # line numbers: provenance


def test_big5_traditional_text(tmp_path):
    text = "績效考核辦法\n一、考核內容包括黨建工作與業務工作，滿分一百分。\n二、考核結果分為優秀、良好、合格、不合格四個等次。\n"
    path = tmp_path / "trad.txt"
    path.write_bytes(text.encode("big5"))
    doc = parse(path)
    assert doc.blocks[0].text == "績效考核辦法"
    assert "優秀" in doc.blocks[2].text


def test_hard_wrapped_text_is_rejoined(tmp_path):
    line = "Each department is assessed on routine work, special tasks and innovation work every year"
    body = "\n".join(line[:72] for _ in range(6))
    path = tmp_path / "wrapped.txt"
    path.write_text(body + "\n\nSecond paragraph.\n", encoding="utf-8")
    doc = parse(path)
    assert len(doc.blocks) == 2
    assert doc.blocks[1].text == "Second paragraph."


MARKDOWN = """# 考核办法

## 一、评分表

| 类别 | 项目 | 分值 |
|------|:----:|-----:|
| 保证目标 | 党建 | 15 |
| | 廉政 | 10 |

| 类别 | 项目 | 分值 |
|------|------|------|
| | 安全 \\| 稳定 | 5 |

说明文字。

| 等次 | 分数 |
|---|---|
| 优秀 | 90 |
"""


def test_markdown_headings_and_pipe_tables(tmp_path):
    path = tmp_path / "rubric.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    doc = parse(path)
    assert doc.format == "md"
    assert [(b.kind, b.level, b.text) for b in doc.blocks[:2]] == [("heading", 1, "考核办法"),
                                                                   ("heading", 2, "一、评分表")]
    tables = doc.tables()
    assert len(tables) == 3
    first, second, third = tables
    assert first.text_rows() == [["类别", "项目", "分值"], ["保证目标", "党建", "15"], ["", "廉政", "10"]]
    assert first.header_rows == 1
    assert all((c.rowspan, c.colspan) == (1, 1) for c in first.cells)
    assert second.continues == first.index  # only blank lines between, same columns
    assert second.text_rows()[1] == ["", "安全 | 稳定", "5"]
    assert third.continues is None  # a paragraph sits between
    assert doc.blocks[-2].text == "说明文字。"


def test_markdown_sniffed_when_extension_is_unknown(tmp_path):
    path = tmp_path / "rubric.dat"
    path.write_text(MARKDOWN, encoding="utf-8")
    assert parse(path).format == "md"


@pytest.mark.parametrize("name", ["003_2484aa2863b60ef9.txt"])
def test_seed_like_markdown_tables_in_txt(tmp_path, name):
    rows = "| 类别 | 项目名称 | 分值 |\n|---|---|---|\n| 重点 突破 工作 (30分) | 档案建设管理 | 15 |\n"
    path = tmp_path / name
    path.write_text("任务表\n\n" + rows + "\n" + rows, encoding="utf-8")
    doc = parse(path)
    assert doc.format == "txt"
    a, b = doc.tables()
    assert b.continues == a.index and a.text_rows()[1][0] == "重点 突破 工作 (30分)"


# ---- HTML -----------------------------------------------------------------------------------------
HTML = """<!DOCTYPE html><html><head><meta charset="gbk"><title>考核通知</title>
<style>p {color: red}</style><script>var x = "不要我";</script></head>
<body><div class="nav">首页 &gt; 通知</div>
<h2>关于开展年度考核的通知</h2>
<p>各单位：<br>现将有关事项通知如下。</p>
<table border="1">
 <thead><tr><th>类别</th><th>项目</th><th>分值</th></tr></thead>
 <tr><td rowspan="2">保证目标<br>(40分)</td><td>党建</td><td>15</td></tr>
 <tr><td>廉政</td><td>10</td></tr>
 <tr><td colspan="2">合计</td><td>100<table><tr><td>说明</td><td>含加分</td></tr></table></td></tr>
</table>
<table><tr><td><p>版权所有 某某市</p></td></tr></table>
</body></html>"""


def test_html_blocks_tables_spans_and_encoding(tmp_path):
    path = tmp_path / "notice.html"
    path.write_bytes(HTML.encode("gbk"))
    doc = parse(path)
    assert doc.format == "html" and doc.encoding == "gb18030"
    texts = [(b.kind, b.text) for b in doc.blocks if b.kind != "table"]
    assert ("heading", "关于开展年度考核的通知") in texts
    assert ("paragraph", "各单位：") in texts and ("paragraph", "现将有关事项通知如下。") in texts
    assert all("不要我" not in t and "color" not in t for _, t in texts)
    assert texts[-1] == ("paragraph", "版权所有 某某市")  # a one-cell layout table is read as text
    [table] = doc.tables()
    assert table.header_rows == 1 and (table.n_rows, table.n_cols) == (4, 3)
    cells = {c.text: c for c in table.cells}
    assert (cells["保证目标\n(40分)"].rowspan, cells["保证目标\n(40分)"].colspan) == (2, 1)
    assert (cells["合计"].row, cells["合计"].colspan) == (3, 2)
    assert cells["廉政"].col == 1  # placed right of the rowspan above
    assert cells["100"].tables[0].text_rows() == [["说明", "含加分"]]


def test_html_ordered_list_numbers_written_as_shown(tmp_path):
    path = tmp_path / "list.html"
    path.write_text("<html><body><ol start='3'><li>考核对象</li><li>考核内容</li></ol>"
                    "<ol type='a'><li>甲</li></ol></body></html>", encoding="utf-8")
    texts = [b.text for b in parse(path).blocks]
    assert texts == ["3. 考核对象", "4. 考核内容", "a. 甲"]
