"""The general reader on labels a scan or a page break printed several ways (pipeline/reader/labels.py):
one label in variants down its column, a label cut across two rows, a row holding only a fragment
of the label above. Documents are built as the parsers build them (anchored cells, merged spans)."""

from __future__ import annotations

from rubrics.parsers.document import Block, Cell, Document, Table
from rubrics.pipeline.extract import extract


def _table(rows: list[list[str]], spans: dict[tuple[int, int], int] | None = None, index: int = 0,
           continues: int | None = None) -> Table:
    """Anchored cells; `spans[(r, c)] = k` merges k rows down from (r, c)."""
    spans = spans or {}
    covered = {(r + k, c) for (r, c), n in spans.items() for k in range(1, n)}
    cells = [Cell(text=t, row=r, col=c, rowspan=spans.get((r, c), 1))
             for r, row in enumerate(rows) for c, t in enumerate(row) if (r, c) not in covered]
    return Table(index=index, n_rows=len(rows), n_cols=max(len(r) for r in rows), cells=cells, continues=continues)


def _doc(*tables: Table, title: str = "某医院2023年度科室考核细则") -> Document:
    blocks = [Block(kind="paragraph", index=0, text=title)]
    blocks += [Block(kind="table", index=k + 1, table=t) for k, t in enumerate(tables)]
    return Document(path="t.docx", format="docx", sha256="x", blocks=blocks)


def _items(rubric):
    assert len(rubric.schemes) == 1, [s.name for s in rubric.schemes]
    return {tuple(i.path): i for i in rubric.schemes[0].items}


def _rules(rubric, item) -> list:
    return [r for s in rubric.schemes for r in s.rules if r.item == item.id]


HEADER = ["一级指标", "二级指标", "扣分标准", "考核科室"]


def test_a_label_printed_in_variants_down_its_column_is_one_label():
    rows = [
        HEADER,
        ["医疗 质量 (50分)", "病历 书写 (20分)", "病历延迟一份扣1分", "医务科"],
        ["", "", "首页缺项一处扣0.5分", "医务科"],
        ["医疗质量", "院感 防控", "手卫生不合格一次扣1分", "院感科"],
        ["质量 (50分)", "管理 (30分)", "缺记录一次扣1分", "院感科"],
        ["医疗(50分)", "院感防控管理(30分)", "处置不规范扣2分", "院感科"],
        ["运营 效率 (50分)", "床位 周转 (50分)", "未达标扣5分", "运营科"],
    ]
    rubric = extract(_doc(_table(rows)))
    items = _items(rubric)
    assert {p for p in items if len(p) == 1} == {("医疗质量",), ("运营效率",)}
    assert items[("医疗质量",)].points == 50
    assert items[("医疗质量", "院感防控管理")].points == 30
    assert items[("医疗质量", "病历书写")].points == 20
    assert {p for p in items if p[:1] == ("医疗质量",) and len(p) == 2} == {
        ("医疗质量", "病历书写"), ("医疗质量", "院感防控管理")}
    # the rows of every variant keep their rules on the one label
    assert len(_rules(rubric, items[("医疗质量", "院感防控管理")])) == 3


def test_a_fragment_of_the_label_above_continues_it():
    rows = [
        HEADER,
        ["护理 质量 (40分)", "基础护理 (重点 环节) (40分)", "未到位一次扣1分", "护理部"],
        ["", "(重点 环节)", "交接班不清一次扣1分", "护理部"],
    ]
    rubric = extract(_doc(_table(rows, spans={(1, 0): 2})))
    items = _items(rubric)
    assert set(items) == {("护理质量",), ("护理质量", "基础护理(重点环节)")}
    assert len(_rules(rubric, items[("护理质量", "基础护理(重点环节)")])) == 2


def test_a_fragment_with_its_own_points_is_an_item_of_its_own():
    rows = [
        ["一级指标", "二级指标", "分值", "扣分标准"],
        ["门诊 服务 (10分)", "预约挂号", "6", "预约率低于50%扣2分"],
        ["", "挂号", "4", "窗口排队超时一次扣1分"],
    ]
    items = _items(extract(_doc(_table(rows, spans={(1, 0): 2}))))
    assert items[("门诊服务", "预约挂号")].points == 6
    assert items[("门诊服务", "挂号")].points == 4


def test_a_header_re_split_on_a_new_page_is_the_same_header_and_its_columns_line_up():
    first = _table([
        ["考核维度", "考核项目", "", "评分细则", "责任部门"],
        ["安全 生产 (30分)", "隐患 排查 (30分)", "", "未按月排查扣2分", "安监部"],
    ])
    # the next page prints the same header words split into other cells, one column fewer
    second = _table([
        ["考核维度", "考核项目", "评分细则", "责任部门"],
        ["", "应急 演练 (10分)", "未组织演练扣5分", "安监部"],
        ["经营 管理 (70分)", "成本 控制 (70分)", "超预算一次扣3分", "财务部"],
    ], index=1)
    rubric = extract(_doc(first, second, title="某公司2024年度安全经营考核表"))
    items = _items(rubric)
    assert not any("考核" in p for path in items for p in path)  # the header again is no item
    assert items[("经营管理", "成本控制")].points == 70
    assert items[("安全生产", "应急演练")].points == 10
    assert [r.amount for r in _rules(rubric, items[("经营管理", "成本控制")])] == [3.0]


def test_a_row_cut_by_a_page_break_is_joined_back():
    first = _table([
        ["一级指标", "二级指标", "评分标准", "考核方法", "考核部门"],
        ["服务 质量 (60分)", "窗口 服务 (60分)", "投诉一次扣2分", "查阅资料", "办公室"],
        ["业务 发展 (4", "市场 拓展 (4", "新增客户不足扣", "现场检查", "业务部"],
    ])
    second = _table([
        ["一级指标", "二级指标", "评分标准", "考核方法", "考核部门"],
        ["0分)", "0分)", "5分", "", ""],
    ], index=1, continues=0)
    rubric = extract(_doc(first, second, title="某中心2024年度考核表"))
    items = _items(rubric)
    assert items[("业务发展",)].points == 40
    assert items[("业务发展", "市场拓展")].points == 40
    assert [r.amount for r in _rules(rubric, items[("业务发展", "市场拓展")])] == [5.0]


def test_numbered_tasks_that_state_their_own_points_are_sub_items():
    rows = [
        ["类别", "项目", "工作任务", "评分标准", "考核部门"],
        ["创新 工作 (30分)", "智慧 校园",
         "1. 建成一卡通系统(18分)。 2. 上线移动办公平台(12分)。",
         "1. 一卡通未上线扣18分。 2. 移动办公未上线的，以总分12分按比例扣分。", "信息中心"],
        ["常规 工作 (70分)", "安全 生产 (70分)", "落实安全责任。", "发生事故扣10分。", "保卫处"],
    ]
    rubric = extract(_doc(_table(rows)))
    items = _items(rubric)
    card = items[("创新工作", "智慧校园", "建成一卡通系统")]
    assert card.points == 18
    assert [r.amount for r in _rules(rubric, card)] == [18.0]
    assert items[("创新工作", "智慧校园", "上线移动办公平台")].points == 12
    assert items[("创新工作", "智慧校园")].points is None
    assert ("常规工作", "安全生产") in items and not any(len(p) == 3 and p[0] == "常规工作" for p in items)
