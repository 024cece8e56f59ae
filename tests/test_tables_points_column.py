"""A category merged over rows that each state their points in a 分值 column: one item per row.

(项目 | 考核内容 | 分值 | 评分标准, as hospitals and villages draw it: `公共卫生服务（40分）` over
rows of 10, 10 and 20 points.) A regression here loses every row's points.
"""

from pathlib import Path

import docx
import pytest

from rubrics.parsers import parse
from rubrics.pipeline.extract import extract

ROWS = [
    ["考核项目", "考核内容", "分值", "评分标准"],
    ["公共卫生服务（40分）", "居民健康档案建档率达到90%", "10", "每低1个百分点扣0.5分，扣完为止"],
    ["", "高血压患者规范管理率", "10", "未达标扣5分；资料不全每份扣0.1分"],
    ["", "疫苗接种", "20", "发生接种事故一票否决"],
    ["医疗服务", "门诊病历书写合格率", "30", "抽查不合格每份扣1分，最多扣10分"],
    ["", "群众满意度", "30", "每降低1%扣1分"],
]


def _write(path: Path, merged: bool) -> Path:
    document = docx.Document()
    document.add_paragraph("某县2023年度乡镇卫生院绩效考核评分表")
    table = document.add_table(rows=len(ROWS), cols=4)
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    if merged:
        table.cell(1, 0).merge(table.cell(3, 0)).text = ROWS[1][0]
        table.cell(4, 0).merge(table.cell(5, 0)).text = ROWS[4][0]
    document.save(path)
    return path


@pytest.mark.parametrize("merged", [True, False], ids=["merged", "empty-below"])
def test_each_row_is_an_item_with_its_points(tmp_path, merged):
    rubric = extract(parse(_write(tmp_path / "t.docx", merged)))
    (scheme,) = rubric.schemes
    points = {tuple(i.path): i.points for i in scheme.items}
    assert points[("公共卫生服务",)] == 40
    assert points[("公共卫生服务", "高血压患者规范管理率")] == 10
    assert points[("公共卫生服务", "疫苗接种")] == 20
    assert points[("医疗服务",)] is None
    assert points[("医疗服务", "群众满意度")] == 30
    by_item = {i.id: i.name for i in scheme.items}
    rules = {(by_item.get(r.item), r.kind, r.amount) for r in scheme.rules}
    assert ("高血压患者规范管理率", "deduct", 5) in rules
    assert ("疫苗接种", "veto", None) in rules
    assert not [w for w in scheme.warnings if w.code == "points_mismatch"]
