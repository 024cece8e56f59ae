"""Table mechanisms one by one, through `extract`: header roles, merged cells, labels split over rows,
page-split rows, name cleaning and repair. Documents are built as the parsers build them (anchored
cells)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "tables"))

from md_document import document_from_markdown  # noqa: E402

from rubrics.parsers.document import Block, Cell, Document, Table  # noqa: E402
from rubrics.pipeline import names  # noqa: E402
from rubrics.pipeline.extract import extract  # noqa: E402
from rubrics.pipeline.reader.roles import header_role  # noqa: E402


def table_schemes(doc: Document, scanned: bool = False):
    """The rubric's schemes of `doc`; `scanned` marks every cell as OCR'd (the OCR repairs apply)."""
    for block in doc.blocks:
        for cell in block.table.cells if block.table is not None else ():
            cell.ocr = cell.ocr or scanned
    return extract(doc).schemes


def _items(scheme):
    return {tuple(i.path): i for i in scheme.items}


def _rules(scheme, item) -> list[float]:
    return sorted(r.amount for r in scheme.rules if r.item == item.id)


# ---------------------------------------------------------------- header roles


def test_header_words_with_ocr_spaces_and_two_roles():
    def role_of(text):
        return header_role(text)[0]

    assert role_of("评价 方法") == "method"
    assert role_of("考核 单位") == "assessor"
    assert role_of("成果及分值/考核评价标准") == "criteria"  # holds the scoring text, not points
    assert role_of("分值（分）") == "points"
    assert role_of("权重(%)") == "weight"
    assert role_of("主要任务/考核内容") == "task"
    assert role_of("这是一段很长的正文内容而不是表头单元格文字") is None


# ---------------------------------------------------------------- names


def test_name_cleaning():
    assert names.split_points("重点 突破 工作 (30分)") == ("重点 突破 工作 ", 30.0)
    assert names.clean_name(names.join_name_pieces("党建与思想 想政作 (15分)")) == "党建与思想政作"
    assert names.clean_name("一、本部门承担的任务(另文下发)") == "本部门承担的任务"
    assert names.clean_name("党建工作 (统战 工作)") == "党建工作(统战工作)"
    assert names.overlap_join("保证目标", "目标") == "保证目标"
    assert names.overlap_join("推进重要", "要信息系统") == "推进重要信息系统"


def test_method_and_assessor_cells():
    assert names.clean_method("扣分法 达标法") == "扣分法、达标法"
    assert names.clean_assessor("绩效考核 小组") == "绩效考核小组"
    assert names.clean_assessor("党政办 绩效办") == "党政办、绩效办"
    assert names.clean_assessor("资产 基建处") == "资产基建处"
    assert names.clean_assessor("V 12") is None
    assert names.split_units("党政办绩效办", {"党政办"}) == "党政办、绩效办"


# ---------------------------------------------------------------- merged cells (DOCX/XLSX shape)


def _table(rows: list[list[str]], spans: dict[tuple[int, int], int] | None = None, index: int = 0,
           continues: int | None = None) -> Table:
    """Anchored cells; `spans[(r, c)] = k` merges k rows down from (r, c) (emitted once)."""
    spans = spans or {}
    covered = {(r + k, c) for (r, c), n in spans.items() for k in range(1, n)}
    cells = [Cell(text=t, row=r, col=c, rowspan=spans.get((r, c), 1))
             for r, row in enumerate(rows) for c, t in enumerate(row) if (r, c) not in covered]
    return Table(index=index, n_rows=len(rows), n_cols=len(rows[0]), cells=cells, continues=continues)


def _doc(*blocks: Block) -> Document:
    return Document(path="t.docx", format="docx", sha256="x", blocks=list(blocks))


def test_merged_category_cell_covers_the_rows_below_it():
    rows = [
        ["考核类别", "考核指标", "分值", "评分标准"],
        ["基础管理", "制度建设", "10", "制度缺失的，每项扣2分。"],
        ["", "档案管理", "5", "档案缺失的，每卷扣1分。"],
        ["业务工作", "目标任务", "30", "未完成的，每项扣5分。"],
    ]
    table = _table(rows, spans={(1, 0): 2})
    schemes = table_schemes(_doc(Block(kind="paragraph", index=0, text="某街道2022年度绩效考核评分表"),
                                 Block(kind="table", index=1, table=table)))
    assert len(schemes) == 1 and schemes[0].name.startswith("某街道")
    items = _items(schemes[0])
    assert ("基础管理", "档案管理") in items
    assert items[("基础管理", "档案管理")].points == 5
    assert items[("业务工作", "目标任务")].points == 30
    assert items[("基础管理", "档案管理")].source.row == 2


def test_table_continued_on_next_page_without_header_and_a_cut_row():
    first = _table([
        ["项目", "考核内容", "分值", "评分标准", "考核部门"],
        ["安全生产", "落实责任制", "20", "发生事故的，每起扣5分；", "安监科"],
    ])
    second = _table([
        ["", "", "", "隐患未整改的，每项扣1分。", ""],
        ["财务管理", "预算执行", "10", "超预算的，每超1个百分点扣0.5分。", "财务科"],
    ], index=1, continues=0)
    schemes = table_schemes(_doc(Block(kind="table", index=0, table=first), Block(kind="table", index=1, table=second)))
    assert len(schemes) == 1
    items = _items(schemes[0])
    assert {p[0] for p in items} == {"安全生产", "财务管理"}
    assert len(items) == 4  # two groups, one item each: the cut row is no item of its own
    safety = next(i for p, i in items.items() if p[0] == "安全生产" and i.criteria)
    # the cut row is stitched to the row above: its criteria are read for rules of that item
    assert _rules(schemes[0], safety) == [1.0, 5.0]
    assert "每项扣1分" in safety.criteria and "每起扣5分" in safety.criteria


# ---------------------------------------------------------------- OCR'd markdown (centred, split labels)

OCR_TABLE = """某中心2021年度目标考核任务表

| 类别 | 项目 | 名称 | 考核内容 | 评分标准 | 考核 单位 |
|---|---|---|---|---|---|
| 常规 工作 (60分) | 综合 管理 (20分) | 会议 组织 (8分) | 组织会议 | 未按时组织的，每次扣1分。 | 办公室 |
| | | 公文 处理 (12分) | 处理公文 | 公文延误的，每件扣0.5分。 | 办公室 |
| 常规 | 业务 | 窗口服务 (25分) | 办理业务 | 被投诉的，每次扣2分。 | 业务科 |
| 工作 (60分) | 工作 (40分) | 数据报送 (15分) | 报送数据 | 迟报的，每次扣1分。 | 统计科 |

| 类别 | 项目 | 名称 | 考核内容 | 评分标准 | 考核 单位 |
|---|---|---|---|---|---|
| | | (15分) | 报送数据 | 漏报的，每项扣0.5分。 | 统计科 |
| 创新 工作 (40分) | 改革创新 (40分) | 创新 项目 (40分) | 推进创新 | 每项创新成果得10分。 | 考核办 |
"""


def test_label_split_over_two_rows_is_one_name_and_repeated_header_dropped():
    schemes = table_schemes(document_from_markdown(OCR_TABLE), scanned=True)
    assert len(schemes) == 1 and schemes[0].name.startswith("某中心")
    items = _items(schemes[0])
    assert ("常规工作", "业务工作", "窗口服务") in items
    assert items[("常规工作", "业务工作")].points == 40
    assert items[("常规工作",)].points == 60
    assert not any("类别" in p for path in items for p in path)  # header repeat is no item
    assert items[("创新工作", "改革创新", "创新项目")].points == 40


def test_a_misread_name_is_repaired_only_from_the_same_place_elsewhere():
    good = """甲科2020年度考核任务表

| 类别 | 项目 | 名称 | 考核内容 | 评分标准 | 考核 单位 |
|---|---|---|---|---|---|
| 基础工作 (10分) | 内部管理 (10分) | 档案管理 (4分) | 做好档案管理工作 | 档案缺失的，每件扣0.1分。 | 档案室 |
| | | 财务工作 (6分) | 做好财务工作 | 违规的，每次扣1分。 | 财务科 |
"""
    bad = good.replace("甲科", "乙科").replace("档案管理 (4分) | 做好档案管理工作", "付条官埋 (4分) | 开展档案管理培训，指导档案管理")
    third = good.replace("甲科", "丙科")
    schemes = table_schemes(document_from_markdown(good + "\n" + bad + "\n" + third), scanned=True)
    assert [s.name for s in schemes] == ["甲科", "乙科", "丙科"]
    repaired = _items(schemes[1])
    assert ("基础工作", "内部管理", "档案管理") in repaired
    assert any(w.code == "name_repaired" and "付条官埋" in w.message for w in schemes[1].warnings)
    # a name printed identically in every copy is never touched
    assert ("基础工作", "内部管理", "财务工作") in _items(schemes[0])


def test_names_keep_their_own_brackets_and_drop_a_source_note():
    assert names.clean_name("完成建设任务(学校2020年工作要点)") == "完成建设任务"
    assert names.clean_name("完成市级文艺创作(发展)资金项目") == "完成市级文艺创作(发展)资金项目"


def test_numbered_tasks_with_their_own_points_become_sub_items():
    text = """某办2020年度考核任务表

| 类别 | 项目 | 名称 | 主要任务 | 评分标准 | 考核 单位 |
|---|---|---|---|---|---|
| 重点工作 (30分) | 平台建设 | | 1. 建成数据平台(20分)。 2. 制定管理制度(10分)。 | 1. 未建成数据平台扣20分。 2. 未制定管理制度扣10分。 | 考核办 |
| 日常工作 (70分) | 综合事务 | 文件办理 (70分) | 办理文件 | 延误的每件扣1分。 | 办公室 |
"""
    scheme = table_schemes(document_from_markdown(text))[0]
    items = _items(scheme)
    task = items[("重点工作", "平台建设", "建成数据平台")]
    assert task.points == 20
    assert _rules(scheme, task) == [20.0]
    assert items[("重点工作", "平台建设", "制定管理制度")].points == 10
    assert items[("重点工作", "平台建设")].points is None


def test_table_without_tree_columns_gives_one_item_per_row():
    text = """| 序号 | 考核内容 | 分值 | 评分标准 |
|---|---|---|---|
| 1 | 按时报送统计数据。 | 10 | 迟报一次扣1分。 |
| 2 | 做好安全生产工作。 | 20 | 发生事故扣20分。 |
"""
    items = _items(table_schemes(document_from_markdown(text))[0])
    assert items[("按时报送统计数据",)].points == 10
    assert items[("做好安全生产工作",)].points == 20
