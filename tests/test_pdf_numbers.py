"""Numbers printed on lines of their own inside one PDF cell stay separate numbers.

A cell holding `30⏎80⏎20` (three values a row lists, or three rows a borderless table merged) was
read as the wrapped text of one line, `308020`: a points value nobody printed. Printed by LibreOffice
from a Word table of our own."""

from __future__ import annotations

import shutil
import subprocess

import docx
import pytest

from rubrics.parsers import parse
from rubrics.pipeline.extract import extract

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice to print the table")


def test_numbers_on_their_own_lines_are_never_glued_into_one(tmp_path):
    document = docx.Document()
    document.add_paragraph("某校学生测评表")
    table = document.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    for r, row in enumerate([["测评项目", "分值", "评分办法"], ["课程成绩", "30\n80\n20", "按成绩折算"],
                             ["社会实践", "40", "完成实践报告得40分"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(tmp_path / "t.docx")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(tmp_path / "t.docx")], check=True, capture_output=True,
                   timeout=180)
    doc = parse(tmp_path / "t.pdf")
    texts = [c.text for b in doc.blocks if b.table for c in b.table.cells]
    assert "308020" not in "".join(t.replace("\n", "|") for t in texts)
    points = {tuple(i.path): i.points for s in extract(doc).schemes for i in s.items}
    assert 308020 not in points.values()  # no number the page does not print


def test_a_signed_number_in_a_points_column_is_a_deduction_not_points(tmp_path):
    from tests.test_reader_rows import _table_docx

    rows = [["考核项目", "分值", "评分标准"], ["服务质量", "60", "被投诉一次扣5分"], ["工作纪律", "40", "迟到一次扣1分"],
            ["迟报材料", "-2", ""]]
    (scheme,) = extract(parse(_table_docx(tmp_path / "t.docx", rows, []))).schemes
    late = next(i for i in scheme.items if i.path == ["迟报材料"])
    assert late.points is None
    assert [(r.kind, r.amount) for r in scheme.rules if r.item == late.id] == [("deduct", 2.0)]
