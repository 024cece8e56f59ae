"""A Word table without borders and without row padding, printed to PDF: rows read line by line.

With no ruling lines and no spacing between rows, a wrapped cell's second line is as close as the
next row's first line; reading rows from vertical gaps merged whole columns into one cell. Our own
tables (python-docx, no borders, paragraph spacing 0), printed by LibreOffice: one with a points
column and a group column merged over rows, one with only text columns.
"""

from __future__ import annotations

import shutil
import subprocess

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from rubrics.parsers import parse

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice to print the table")

LONG = "每发现一处消防通道被占用或堵塞的扣2分，限期未整改的再扣3分，造成严重后果的本项不得分并通报全公司。"
WITH_POINTS = [
    ("类别", "检查内容", "分值", "扣分标准"),
    ("安全生产（40%）", "消防通道", "20", LONG),
    ("", "用电管理", "10", "私拉乱接电线的每处扣2分。"),
    ("", "危化品存放", "10", "未按规定分类存放的扣5分，未建立台账的扣3分。"),
    ("环境卫生（60%）", "地面保洁", "35", "每发现一处垃圾扣1分。"),
    ("", "绿化养护", "25", "苗木枯死未及时补种的，每株扣2分；草坪杂草明显的扣3分。"),
]
TEXT_ONLY = [
    ("工作事项", "完成要求", "牵头部门"),
    ("月度例会", "每月第一周召开，会议纪要三日内印发各部门并抄送分管领导。", "办公室"),
    ("台账整理", "按季度归档。", "综合科"),
    ("信息报送", "重要信息当日报送，一般信息每周汇总报送一次，数据应当准确完整，不得迟报漏报。", "信息科"),
    ("档案移交", "年底前完成。", "档案室"),
]


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblStyle")):
        tbl_pr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "nil")
        borders.append(edge)
    tbl_pr.append(borders)


def _table(document, rows, widths_mm) -> None:
    table = document.add_table(rows=len(rows), cols=len(widths_mm))
    table.autofit = False
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.width = Mm(widths_mm[c])
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_after = Pt(0)
            paragraph.paragraph_format.space_before = Pt(0)
            paragraph.paragraph_format.line_spacing = 1.0
            paragraph.add_run(text).font.size = Pt(10.5)
    _no_borders(table)
    return table


def _paragraph(document, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.add_run(text).font.size = Pt(10.5)


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("pitch")
    document = docx.Document()
    _paragraph(document, "一、检查评分表如下：")
    table = _table(document, WITH_POINTS, [34, 26, 14, 90])
    for first, last in ((1, 3), (4, 5)):  # the group cell, top-aligned (Word's default), over its rows
        merged = table.cell(first, 0).merge(table.cell(last, 0))
        merged.paragraphs[0].runs[0].text = WITH_POINTS[first][0]
        for extra in merged.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
    _paragraph(document, "二、本表由行政部负责解释，自印发之日起执行，各部门应当按月自查并报送检查结果。")
    _table(document, TEXT_ONLY, [30, 100, 30])
    _paragraph(document, "三、其他事项另行通知。")
    document.save(tmp / "pitch.docx")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp), str(tmp / "pitch.docx")], check=True, capture_output=True,
                   timeout=180)
    return parse(tmp / "pitch.pdf")


def _rows(table) -> list[list[str]]:
    return [[c.replace(" ", "").replace("\n", "") for c in row] for row in table.text_rows()]


def test_wrapped_criteria_stay_in_their_row_and_points_are_one_a_row(printed):
    tables = printed.tables()
    assert len(tables) == 2
    rows = _rows(tables[0])
    assert len(rows) == len(WITH_POINTS)
    assert [row[1:] for row in rows] == [list(r[1:]) for r in WITH_POINTS]  # 2–3 wrapped lines, one cell


def test_group_cell_wrapped_over_its_rows_is_one_merged_cell(printed):
    table = printed.tables()[0]
    groups = [(c.text.replace("\n", ""), c.row) for c in table.cells if c.col == 0 and c.text]
    assert groups == [("类别", 0), ("安全生产（40%）", 1), ("环境卫生（60%）", 4)]


def test_table_without_a_points_column_splits_rows_at_short_lines(printed):
    rows = _rows(printed.tables()[1])
    assert rows == [list(r) for r in TEXT_ONLY]


def test_prose_around_the_tables_stays_prose(printed):
    kinds = [b.kind for b in printed.blocks]
    assert kinds.count("table") == 2
    prose = [b.text for b in printed.blocks if b.kind != "table"]
    assert any(t.startswith("二、本表由行政部负责解释") for t in prose)
    assert any(t.startswith("三、其他事项") for t in prose)
