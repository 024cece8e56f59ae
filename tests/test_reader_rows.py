"""Row fates in the general reader, through real Word tables: what a row's cells become."""

from __future__ import annotations

from pathlib import Path

import docx

from rubrics.parsers import parse
from rubrics.pipeline.extract import extract


def _add_table(document, rows: list[list[str]], merges: list[tuple[int, int, int, int]] = ()):
    """A Word table of these rows, with cells merged (first row, first column, last row, last column)."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for r0, c0, r1, c1 in merges:
        keep = table.cell(r0, c0).text
        table.cell(r0, c0).merge(table.cell(r1, c1)).text = keep
    return table


def _table_docx(path: Path, rows: list[list[str]], merges: list[tuple[int, int, int, int]]) -> Path:
    document = docx.Document()
    document.add_paragraph("某中心科室月度考核表")
    _add_table(document, rows, merges)
    document.save(path)
    return path


def test_a_sentence_spread_over_the_columns_of_a_labelled_row_is_that_items_rules(tmp_path):
    rows = [
        ["类别", "考核项目", "分值", "评分办法"],
        ["服务质量", "患者满意度", "30", "满意度每低1个百分点扣1分"],
        ["服务质量", "投诉处理", "20", "有效投诉一次扣5分"],
        ["劳动纪律", "每迟到一次扣除总分0.5分，旷工一天扣除总分3分", "", ""],
    ]
    path = _table_docx(tmp_path / "t.docx", rows, [(1, 0, 2, 0), (3, 1, 3, 3)])
    rubric = extract(parse(path))
    (scheme,) = rubric.schemes
    paths = {tuple(i.path) for i in scheme.items}
    assert ("劳动纪律",) in paths
    assert not any(len(p) > 1 and p[0] == "劳动纪律" for p in paths)  # the sentence is no item
    item_id = next(i.id for i in scheme.items if i.path == ["劳动纪律"])
    rules = {(r.kind, r.amount, r.per) for r in scheme.rules if r.item == item_id}
    assert rules == {("deduct", 0.5, "次"), ("deduct", 3.0, "天")}


def test_a_limit_in_a_labels_brackets_is_a_cap_and_leaves_the_name(tmp_path):
    rows = [
        ["类别", "考核项目", "分值", "评分办法"],
        ["业务工作", "门诊服务", "60", "处方不合格的每张扣1分"],
        ["业务工作", "病历质量", "40", "丙级病历每份扣2分"],
        ["附加分（最高加5分）", "", "", "获市级表彰的加3分"],
    ]
    path = _table_docx(tmp_path / "t.docx", rows, [(1, 0, 2, 0), (3, 0, 3, 2)])
    (scheme,) = extract(parse(path)).schemes
    extra = next(i for i in scheme.items if i.path[0].startswith("附加分"))
    assert extra.path == ["附加分"]
    caps = [r for r in scheme.rules if r.item == extra.id and r.kind == "cap"]
    assert [(r.amount, r.text) for r in caps] == [(5.0, "最高加5分")]


def test_a_table_without_a_caption_is_named_by_the_heading_above_it(tmp_path):
    document = docx.Document()
    document.add_heading("某区2025年度社区工作考核细则", level=1)
    document.add_paragraph("各社区：现将考核细则印发给你们，请认真执行。")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([["考核项目", "分值", "评分标准"], ["党建工作", "50", "未按时召开会议每次扣2分"],
                             ["民生服务", "50", "群众投诉一次扣1分"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(tmp_path / "t.docx")
    (scheme,) = extract(parse(tmp_path / "t.docx")).schemes
    assert scheme.name == "某区2025年度社区工作考核细则"


def _clause_table(tmp_path, points: str):
    rows = [
        ["序号", "考核项目", "分值", "考核内容及评分标准"],
        ["1", "安全管理", points,
         "1、消防设施：定期检查并记录（10分），每缺一次检查扣2分。\n2、隐患整改：按期整改到位（20分），逾期每项扣5分。"],
        ["2", "综合事务", "70", "按时报送材料，迟报一次扣1分。"],
    ]
    return extract(parse(_table_docx(tmp_path / "t.docx", rows, []))).schemes[0]


def test_numbered_criteria_whose_points_add_up_to_the_rows_are_its_sub_items(tmp_path):
    scheme = _clause_table(tmp_path, "30")
    items = {tuple(i.path): i for i in scheme.items}
    assert items[("安全管理", "消防设施")].points == 10
    assert items[("安全管理", "隐患整改")].points == 20
    fire = items[("安全管理", "消防设施")]
    assert [(r.kind, r.amount) for r in scheme.rules if r.item == fire.id] == [("deduct", 2.0)]
    # the clause's own points are not also an award
    assert not any(r.kind == "award" for r in scheme.rules)


def test_numbered_criteria_that_do_not_add_up_stay_criteria_of_the_row(tmp_path):
    scheme = _clause_table(tmp_path, "25")
    assert {tuple(i.path) for i in scheme.items} == {("安全管理",), ("综合事务",)}


def test_note_and_signature_rows_under_a_sheet_are_no_items(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["考核项目", "分值", "评分标准"], ["出勤管理", "40", "迟到一次扣1分"],
                ["服务质量", "60", "被投诉一次扣5分"],
                ["备注", "发生重大责任事故的，实行一票否决。", ""],
                ["负责人签字：________　　日期：________", "", ""]):
        sheet.append(row)
    sheet.merge_cells("B4:C4")
    sheet.merge_cells("A5:C5")
    book.save(tmp_path / "t.xlsx")
    (scheme,) = extract(parse(tmp_path / "t.xlsx")).schemes
    assert {tuple(i.path) for i in scheme.items} == {("出勤管理",), ("服务质量",)}
    assert [r.kind for r in scheme.rules if r.item is None] == ["veto"]  # the note's rule is the scheme's


def test_closing_rules_of_a_kept_prose_scheme_govern_the_annexed_table_too(tmp_path):
    document = docx.Document()
    for line in ("某县乡镇年度目标考核办法", "一、考核内容", "（一）经济发展（60分）。", "（二）社会事业（40分）。",
                 "二、一票否决", "发生重大安全生产事故的，实行一票否决。",
                 "三、等次评定", "考核得分90分及以上的为优秀。", "附件：县直部门考核评分表"):
        document.add_paragraph(line)
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([["考核项目", "分值", "评分标准"], ["服务效能", "50", "办件超时一次扣1分"],
                             ["依法行政", "50", "行政复议被撤销一次扣5分"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(tmp_path / "t.docx")
    schemes = extract(parse(tmp_path / "t.docx")).schemes
    tabled = next(s for s in schemes if any(i.path == ["服务效能"] for i in s.items))
    kinds = sorted(r.kind for r in tabled.rules if r.item is None)
    assert kinds == ["grade", "veto"]


def test_per_count_additions_build_a_pointed_items_score_and_beyond_words_stay_bonuses(tmp_path):
    rows = [
        ["考核项目", "分值", "评分标准"],
        ["合理化建议", "5", "建议被采纳的，每条加1分"],
        ["业务工作", "95", "完成年度任务；超出目标的，每项另加2分"],
    ]
    (scheme,) = extract(parse(_table_docx(tmp_path / "t.docx", rows, []))).schemes
    kinds = {i.path[0]: [r.kind for r in scheme.rules if r.item == i.id] for i in scheme.items}
    assert kinds == {"合理化建议": ["award"], "业务工作": ["bonus"]}


def test_a_per_row_unit_column_beside_an_assessor_column_leaves_the_assessor_alone(tmp_path):
    rows = [
        ["考核项目", "分值", "评分标准", "适用单位", "考核科室"],
        ["党建工作", "30", "未按时召开会议每次扣2分", "全部村", "组织办"],
        ["安全生产", "30", "发生事故扣10分", "工业村", "安监站"],
        ["环境整治", "40", "检查不合格每次扣1分", "城郊村", "城建办"],
    ]
    (scheme,) = extract(parse(_table_docx(tmp_path / "t.docx", rows, []))).schemes
    assert {i.path[0]: i.assessor for i in scheme.items} == {"党建工作": "组织办", "安全生产": "安监站",
                                                            "环境整治": "城建办"}


def test_a_limit_on_additions_keeps_them_bonuses_and_a_limit_naming_the_item_bounds_it(tmp_path):
    rows = [
        ["考核项目", "分值", "评分标准"],
        ["招商引资", "60", "未完成任务的每项扣2分；新引进企业每家加0.5分，最多加2分"],
        ["科研成果", "40", "发表论文每篇加2分，本项最高加40分"],
    ]
    (scheme,) = extract(parse(_table_docx(tmp_path / "t.docx", rows, []))).schemes
    kinds = {i.path[0]: sorted(r.kind for r in scheme.rules if r.item == i.id) for i in scheme.items}
    assert kinds == {"招商引资": ["bonus", "cap", "deduct"], "科研成果": ["award", "cap"]}


def test_points_columns_under_one_points_header_make_one_scheme_each(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["指标", "评分办法", "标准分", ""], ["", "", "城区街道", "涉农镇"],
                ["营商环境", "投诉查实一次扣1分", "40", "30"], ["农业生产", "任务未完成扣5分", "／", "30"],
                ["社会治理", "发生群体性事件扣10分", "60", "40"]):
        sheet.append(row)
    sheet.merge_cells("C1:D1")
    sheet.merge_cells("A1:A2")
    sheet.merge_cells("B1:B2")
    book.save(tmp_path / "t.xlsx")
    schemes = {s.name: {i.path[0]: i.points for i in s.items} for s in extract(parse(tmp_path / "t.xlsx")).schemes}
    assert schemes == {"城区街道": {"营商环境": 40, "社会治理": 60},
                       "涉农镇": {"营商环境": 30, "农业生产": 30, "社会治理": 40}}


def test_a_label_written_name_colon_description_is_named_by_its_head(tmp_path):
    rows = [
        ["类别", "考核要点", "分值", "扣分标准"],
        ["病区管理", "病房环境：整洁、安静，物品摆放有序", "10", "物品摆放杂乱的每床扣0.5分"],
        ["病区管理", "交接班：床旁交接，记录完整", "10", "未床旁交接的每次扣1分"],
    ]
    (scheme,) = extract(parse(_table_docx(tmp_path / "t.docx", rows, [(1, 0, 2, 0)]))).schemes
    items = {tuple(i.path): i for i in scheme.items}
    assert set(items) == {("病区管理",), ("病区管理", "病房环境"), ("病区管理", "交接班")}
    environment = items[("病区管理", "病房环境")]
    assert "整洁、安静" in (environment.task or "") + (environment.criteria or "")  # the description is kept


def test_an_open_addition_beside_awards_of_a_pointed_item_is_an_award(tmp_path):
    rows = [
        ["考核项目", "分值", "评分标准"],
        ["业绩", "10", "同类业绩每项加2分；相似类型业绩加分减半"],
        ["其他", "90", "按要求完成得90分"],
    ]
    (scheme,) = extract(parse(_table_docx(tmp_path / "t.docx", rows, []))).schemes
    record = next(i for i in scheme.items if i.path == ["业绩"])
    found = {(r.kind, r.amount) for r in scheme.rules if r.item == record.id}
    assert found == {("award", None), ("award", 2.0)}


def test_a_note_printed_as_a_table_of_its_own_belongs_to_the_table_above(tmp_path):
    document = docx.Document()
    document.add_paragraph("某所窗口服务考核表")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([["考核项目", "分值", "评分标准"], ["服务态度", "50", "被投诉一次扣5分"],
                             ["办事效率", "50", "超时办结一件扣2分"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    note = document.add_table(rows=1, cols=2)
    note.cell(0, 0).text = "备注"
    note.cell(0, 1).text = "发生重大服务事故的，实行一票否决。"
    document.save(tmp_path / "t.docx")
    (scheme,) = extract(parse(tmp_path / "t.docx")).schemes
    assert [r.kind for r in scheme.rules if r.item is None] == ["veto"]


def test_an_annex_table_restating_the_prose_items_keeps_the_prose_rules(tmp_path):
    document = docx.Document()
    for line in ("某局处室绩效考核办法", "一、考核内容", "（一）业务工作", "1．按时完成年度任务的，得满分。",
                 "2．未完成年度任务的，每项扣2分。", "（二）服务质量", "1．服务规范的，得满分。",
                 "2．被投诉并查实的，每次扣1分。", "附件：处室绩效考核指标表"):
        document.add_paragraph(line)
    table = document.add_table(rows=3, cols=2)
    for r, row in enumerate([["考核指标", "权重"], ["业务工作", "60%"], ["服务质量", "40%"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(tmp_path / "t.docx")
    items = {tuple(i.path): i for s in extract(parse(tmp_path / "t.docx")).schemes for i in s.items}
    rules = {(r.item, r.kind, r.amount) for s in extract(parse(tmp_path / "t.docx")).schemes for r in s.rules}
    assert items[("业务工作",)].weight_pct == 60
    assert (items[("业务工作",)].id, "deduct", 2.0) in rules
    assert (items[("服务质量",)].id, "deduct", 1.0) in rules


def test_a_first_row_with_a_weight_is_data_not_a_second_header_row(tmp_path):
    rows = [
        ["序号", "考核项目", "权重", "考核要点", "考核科室"],
        ["1", "年度任务", "50%", "重点工作任务完成进度", "办公室"],
        ["2", "日常管理", "30%", "公文办理、信息报送", "督查室"],
        ["3", "作风建设", "20%", "考勤、纪律", "机关党委"],
    ]
    (scheme,) = extract(parse(_table_docx(tmp_path / "t.docx", rows, []))).schemes
    assert {i.path[0]: i.weight_pct for i in scheme.items} == {"年度任务": 50, "日常管理": 30, "作风建设": 20}


def test_a_summary_sheet_of_units_by_period_is_no_scheme_and_its_grades_go_to_the_scheme_above(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    scored = book.active
    scored.title = "评分"
    for row in [["车间安全月度考核表", None, None], ["考核项目", "分值", "评分标准"],
                ["设备巡检", 60, "漏检一次扣2分"], ["隐患整改", 40, "逾期未整改每项扣5分"]]:
        scored.append(row)
    summary = book.create_sheet("汇总")
    for row in [["全年汇总表", None, None, None], ["车间", "上半年", "下半年", "全年"],
                ["一车间", None, None, None], ["二车间", None, None, None],
                ["全年得分85分以上为优秀，不足60分为不合格。", None, None, None]]:
        summary.append(row)
    summary.merge_cells("A5:D5")
    path = tmp_path / "book.xlsx"
    book.save(path)
    (scheme,) = extract(parse(path)).schemes
    assert [i.path for i in scheme.items] == [["设备巡检"], ["隐患整改"]]
    grades = {(r.label, r.at_least, r.below) for r in scheme.rules if r.kind == "grade"}
    assert grades == {("优秀", 85.0, None), ("不合格", None, 60.0)}


def test_items_printed_as_column_headers_over_rows_of_units_are_read_from_the_header(tmp_path):
    document = docx.Document()
    document.add_paragraph("某县2025年度部门考核计分表")
    rows = [
        ["被考核部门", "业务工作（70分）", "", "群众满意度（30分）", "合计"],
        ["", "目标完成（40分）", "工作创新（30分）", "", ""],
        ["财政局", "", "", "", ""],
        ["人社局", "", "", "", ""],
        ["民政局", "", "", "", ""],
    ]
    _add_table(document, rows, [(0, 1, 0, 2), (0, 0, 1, 0), (0, 3, 1, 3), (0, 4, 1, 4)])
    document.add_paragraph("评分说明")
    document.add_paragraph("1. 目标完成：年度目标每有一项未完成扣4分。")
    document.add_paragraph("2. 工作创新：经验做法被省级推广的，每项得10分。")
    document.add_paragraph("3. 考核总分85分以上为优秀。")
    path = tmp_path / "sideways.docx"
    document.save(path)
    (scheme,) = extract(parse(path)).schemes
    got = {tuple(i.path): i.points for i in scheme.items}
    assert got == {("业务工作",): 70.0, ("业务工作", "目标完成"): 40.0, ("业务工作", "工作创新"): 30.0,
                   ("群众满意度",): 30.0}
    by_id = {i.id: tuple(i.path) for i in scheme.items}
    placed = {(by_id.get(r.item), r.kind, r.amount) for r in scheme.rules}
    assert (("业务工作", "目标完成"), "deduct", 4.0) in placed
    assert (("业务工作", "工作创新"), "award", 10.0) in placed
    assert (None, "grade", None) in placed


def test_a_table_whose_rows_fill_the_pointed_header_columns_is_read_by_rows(tmp_path):
    rows = [
        ["考核项目", "基础工作（60分）", "重点工作（40分）"],
        ["台账管理", "按时报送得满分", "每缺一项扣2分"],
        ["制度建设", "制度健全得满分", "缺一项扣3分"],
    ]
    path = _table_docx(tmp_path / "t.docx", rows, [])
    (scheme,) = extract(parse(path)).schemes
    assert ["基础工作"] not in [i.path for i in scheme.items]


def test_a_signed_amount_in_the_points_column_is_charged_per_the_unit_its_label_names(tmp_path):
    rows = [
        ["考评项目", "考评内容", "分值"],
        ["服务态度", "文明用语，耐心解答", "20"],
        ["医疗质量", "病历书写规范", "80"],
        ["扣分项", "收受患者财物的（每例）", "-4"],
    ]
    path = _table_docx(tmp_path / "t.docx", rows, [])
    (scheme,) = extract(parse(path)).schemes
    (rule,) = [r for r in scheme.rules if r.kind == "deduct"]
    assert (rule.amount, rule.per) == (4.0, "例")


def test_bonuses_under_a_heading_on_additions_govern_the_annexed_table(tmp_path):
    document = docx.Document()
    for line in ["某局科室考核办法", "一、考核内容", "按附件所列项目考核。", "二、加分项目",
                 "科室经验被省级部门推广的，每项加2分。", "三、等次", "考核得分90分以上为优秀。", "附件",
                 "某局科室考核评分表"]:
        document.add_paragraph(line)
    rows = [["考核项目", "分值", "评分标准"], ["公文办理", "50", "超时限的每件扣1分"],
            ["会议组织", "50", "组织不力的每次扣2分"]]
    _add_table(document, rows)
    path = tmp_path / "b.docx"
    document.save(path)
    schemes = extract(parse(path)).schemes
    table_scheme = next(s for s in schemes if any(i.path == ["公文办理"] for i in s.items))
    kinds = {(r.kind, r.amount, r.item is None) for r in table_scheme.rules}
    assert ("bonus", 2.0, True) in kinds and ("grade", None, True) in kinds


def test_a_column_headed_as_the_method_whose_cells_state_rules_is_read_for_its_rules(tmp_path):
    rows = [
        ["项目", "内容", "分值", "检查方法"],
        ["安全", "隐患排查", "60", "每少排查1次扣5分；台账不全的扣10分。"],
        ["安全", "应急演练", "40", "未组织演练的扣20分。"],
    ]
    path = _table_docx(tmp_path / "t.docx", rows, [(1, 0, 2, 0)])
    (scheme,) = extract(parse(path)).schemes
    assert sorted((r.kind, r.amount) for r in scheme.rules) == [("deduct", 5.0), ("deduct", 10.0), ("deduct", 20.0)]


def test_a_responsible_office_column_names_the_assessor_not_a_unit_assessed(tmp_path):
    rows = [
        ["类别", "项目", "分值", "考核细则", "责任科室"],
        ["党建", "组织生活", "20", "未按期开展的扣2分", "组织办"],
        ["党建", "党员教育", "20", "缺课每人次扣1分", "组织办"],
        ["治理", "矛盾调处", "30", "调处不及时的每件扣3分", "综治办"],
        ["治理", "网格管理", "30", "网格员缺岗每次扣1分", "综治办"],
    ]
    path = _table_docx(tmp_path / "t.docx", rows, [(1, 0, 2, 0), (3, 0, 4, 0)])
    (scheme,) = extract(parse(path)).schemes
    assessors = {tuple(i.path): i.assessor for i in scheme.items if len(i.path) == 2}
    assert assessors[("党建", "组织生活")] == "组织办" and assessors[("治理", "网格管理")] == "综治办"


def test_points_due_are_the_points_unless_a_points_column_stands_beside_them(tmp_path):
    rows = [["检查项目", "检查内容", "应得分", "扣分标准", "实得分"],
            ["用电", "线路敷设", "6", "私拉乱接的扣3分", ""],
            ["用电", "接地保护", "4", "未接地的扣4分", ""]]
    path = _table_docx(tmp_path / "a.docx", rows, [(1, 0, 2, 0)])
    (scheme,) = extract(parse(path)).schemes
    assert {tuple(i.path): i.points for i in scheme.items} == {("用电",): None, ("用电", "线路敷设"): 6.0,
                                                              ("用电", "接地保护"): 4.0}
    rows = [["检查项目", "标准分", "一季度应得分", "一季度实得分"],
            ["线路敷设", "6", "0", ""], ["接地保护", "4", "4", ""]]
    path = _table_docx(tmp_path / "b.docx", rows, [])
    (scheme,) = extract(parse(path)).schemes
    assert {tuple(i.path): i.points for i in scheme.items} == {("线路敷设",): 6.0, ("接地保护",): 4.0}


def test_a_row_cut_by_a_page_break_after_the_repeated_header_is_joined_back():
    from rubrics.parsers.document import Block, Cell, Document, Table

    header = ["序号", "检查项目", "检查内容", "分值", "扣分标准", "检查方法"]
    pages = [
        [header, ["1", "消防", "器材配置", "6", "灭火器过期的每具扣1分", "现场查看"],
         ["2", "消防", "疏散通道", "4", "通道堵塞的扣2分；应急照明失效的扣2", "现场查"]],
        # the tail of 疏散通道's row on the next page: text continuing, no number of its own
        [header, ["", "", "安全", "", "分", "看"], ["3", "用电", "线路敷设", "10", "私拉乱接的扣5分", "查阅资料"]],
    ]
    tables = [Table(index=k, n_rows=len(rows), n_cols=6, page=k + 1, continues=k - 1 if k else None,
                    cells=[Cell(row=r, col=c, text=t, page=k + 1) for r, row in enumerate(rows)
                           for c, t in enumerate(row)])
              for k, rows in enumerate(pages)]
    doc = Document(path="x.pdf", format="pdf", sha256="0",
                   blocks=[Block(kind="table", index=k, table=t) for k, t in enumerate(tables)])
    (scheme,) = extract(doc).schemes
    assert [i.path for i in scheme.items if len(i.path) == 2] == [["消防", "器材配置"], ["消防", "疏散通道安全"],
                                                                  ["用电", "线路敷设"]]
    assert next(i for i in scheme.items if i.path == ["消防", "疏散通道安全"]).method == "现场查看"


def test_a_table_of_additions_without_points_after_a_scored_table_joins_its_scheme(tmp_path):
    document = docx.Document()
    document.add_paragraph("某公司客服部季度考核表")
    for rows in ([["考核指标", "分值", "评分标准"], ["接通率", "60", "每低1个百分点扣2分"], ["满意度", "40", "每低1分扣1分"]],
                 [["类别", "事项", "分值"], ["加分项", "获集团服务标兵", "+3"], ["减分项", "被客户投诉", "-2"]]):
        document.add_paragraph("一、考核指标" if rows[1][0] == "接通率" else "二、加减分")
        _add_table(document, rows)
    path = tmp_path / "k.docx"
    document.save(path)
    (scheme,) = extract(parse(path)).schemes
    paths = [i.path for i in scheme.items]
    assert ["接通率"] in paths and ["加分项", "获集团服务标兵"] in paths
    kinds = {(r.kind, r.amount) for r in scheme.rules}
    assert ("bonus", 3.0) in kinds and ("deduct", 2.0) in kinds


def _pieces_doc(pieces: list[tuple[list[list[str]], int | None]]):
    from rubrics.parsers.document import Block, Cell, Document, Table

    tables = [Table(index=k, n_rows=len(rows), n_cols=len(rows[0]), page=k + 1, continues=continues,
                    cells=[Cell(row=r, col=c, text=t, page=k + 1) for r, row in enumerate(rows)
                           for c, t in enumerate(row)])
              for k, (rows, continues) in enumerate(pieces)]
    return Document(path="x.pdf", format="pdf", sha256="0",
                    blocks=[Block(kind="table", index=k, table=t) for k, t in enumerate(tables)])


def test_print_titles_repeating_the_first_rows_on_every_page_are_read_once():
    header = ["编号", "考核内容", "分值", "说明"]
    names = ["消防器材", "疏散通道", "用电线路", "临边防护", "脚手架", "起重机械", "基坑支护", "模板工程",
             "高处作业", "焊接作业", "材料堆放", "生活区卫生"]
    rows = [[f"{k}", name, "5", f"{name}逐项检查"] for k, name in enumerate(names, 1)]
    pieces = [([header, *rows[:8]], None),
              ([header, *rows[:2], *rows[8:]], 0),   # the sheet's print titles: header and two rows again
              ([header[1:], *[r[1:] for r in rows[:2]]], None)]  # a page of the titles alone, a strip
    schemes = extract(_pieces_doc(pieces)).schemes
    assert len(schemes) == 1
    assert [i.path for i in schemes[0].items] == [[name] for name in names]


def test_a_whole_table_printed_again_for_another_unit_is_no_print_title():
    header = ["考核内容", "分值", "评分标准"]
    rows = [["安全检查", "50", "漏检一次扣2分"], ["隐患整改", "50", "逾期每项扣5分"]]
    schemes = extract(_pieces_doc([([header, *rows], None), ([header, *rows], None)])).schemes
    assert sum(len(s.items) for s in schemes) >= 2 and all(len(s.items) == 2 for s in schemes)


def test_a_seq_column_of_bare_numerals_nests_its_rows_and_a_numbered_group_row_is_no_header(tmp_path):
    rows = [
        ["序号", "考核项目", "评分标准", "分值"],
        ["一", "基础工作", "", "30"],
        ["1", "学习制度", "每缺1次扣1分", "10"],
        ["2", "值班纪律", "脱岗每次扣2分", "20"],
        ["二", "业务工作", "", "70"],
        ["3", "办文质量", "退文每件扣1分", "40"],
        ["4", "会务保障", "出现差错每次扣3分", "30"],
    ]
    path = _table_docx(tmp_path / "t.docx", rows, [(1, 1, 1, 2), (4, 1, 4, 2)])
    (scheme,) = extract(parse(path)).schemes
    assert {tuple(i.path): i.points for i in scheme.items} == {
        ("基础工作",): 30.0, ("基础工作", "学习制度"): 10.0, ("基础工作", "值班纪律"): 20.0,
        ("业务工作",): 70.0, ("业务工作", "办文质量"): 40.0, ("业务工作", "会务保障"): 30.0}


def test_conditions_and_amounts_in_columns_of_their_own_are_rules_of_the_row(tmp_path):
    rows = [
        ["考核项目", "基础分", "加分情形", "加分标准", "扣分情形", "扣分标准"],
        ["服务质量", "60", "获得书面表扬的", "1分/次", "被投诉核实的", "2分/次"],
        ["劳动纪律", "40", "—", "—", "无故旷工的", "5分/天"],
    ]
    path = _table_docx(tmp_path / "t.docx", rows, [])
    document = docx.Document(path)
    document.add_paragraph("每月加分累计不超过5分。")
    document.save(path)
    (scheme,) = extract(parse(path)).schemes
    assert [i.path for i in scheme.items] == [["服务质量"], ["劳动纪律"]]
    by_id = {i.id: i.path[0] for i in scheme.items}
    got = {(by_id.get(r.item), r.kind, r.amount, r.per) for r in scheme.rules if r.kind != "cap"}
    assert got == {("服务质量", "bonus", 1.0, "次"), ("服务质量", "deduct", 2.0, "次"), ("劳动纪律", "deduct", 5.0, "天")}


def test_a_note_printed_under_every_table_gives_each_scheme_its_rules_once(tmp_path):
    document = docx.Document()
    for unit in ("综合科", "业务科"):
        document.add_paragraph(f"{unit}月度考核表")
        rows = [["考核项目", "分值", "评分标准"], [f"{unit}工作质量", "60", "差错每次扣2分"],
                [f"{unit}服务效能", "40", "超时每件扣1分"]]
        _add_table(document, rows)
        document.add_paragraph("备注：考核得分90分及以上为优秀，60分以下为较差。")
    path = tmp_path / "n.docx"
    document.save(path)
    schemes = extract(parse(path)).schemes
    assert len(schemes) == 2
    for scheme in schemes:
        assert sorted(r.label for r in scheme.rules if r.kind == "grade") == ["优秀", "较差"]


def test_bonuses_stated_with_their_limit_in_a_closing_note_govern_the_table(tmp_path):
    rows = [["考核项目", "分值", "评分标准"], ["矛盾调处", "60", "调处不及时的每件扣2分"], ["治安防控", "40", "发案上升的扣5分"]]
    path = _table_docx(tmp_path / "t.docx", rows, [])
    document = docx.Document(path)
    for line in ("说明：一、各项扣分以该项分值为限。",
                 "二、获得省级表彰的加3分，获得市级表彰的加2分，加分最多不超过3分。"):
        document.add_paragraph(line)
    document.save(path)
    (scheme,) = extract(parse(path)).schemes
    assert sorted(r.amount for r in scheme.rules if r.kind == "bonus" and r.item is None) == [2.0, 3.0]


def test_tier_amounts_beside_a_points_column_are_what_each_tier_earns(tmp_path):
    rows = [
        ["考核指标", "分值", "考核档次", "计分标准"],
        ["集体收入", "60", "年收入50万元以上", "60分"],
        ["集体收入", "60", "年收入不足50万元", "30分"],
        ["资产管理", "40", "台账规范的", "40分"],
        ["资产管理", "40", "违规处置资产的", "每起扣5分"],
    ]
    path = _table_docx(tmp_path / "t.docx", rows, [(1, 0, 2, 0), (1, 1, 2, 1), (3, 0, 4, 0), (3, 1, 4, 1)])
    (scheme,) = extract(parse(path)).schemes
    assert {tuple(i.path): i.points for i in scheme.items} == {("集体收入",): 60.0, ("资产管理",): 40.0}
    by_id = {i.id: i.path[0] for i in scheme.items}
    got = sorted((by_id.get(r.item), r.kind, r.amount, r.per) for r in scheme.rules)
    assert got == [("资产管理", "award", 40.0, None), ("资产管理", "deduct", 5.0, "起"),
                   ("集体收入", "award", 30.0, None), ("集体收入", "award", 60.0, None)]


def test_a_sheet_whose_headers_restate_another_tables_items_is_its_summary(tmp_path):
    document = docx.Document()
    document.add_paragraph("某院病区护理质量考核评分表")
    rows = [["考核项目", "考核内容", "标准分", "扣分标准"], ["基础护理", "床单位整洁", "30", "不整洁每床扣1分"],
            ["基础护理", "晨间护理", "30", "未落实每次扣2分"], ["护理安全", "用药安全", "40", "差错每例扣5分"]]
    _add_table(document, rows, [(1, 0, 2, 0)])
    document.add_paragraph("某院病区护理质量考核汇总表")
    rows = [["序号", "病区", "基础护理（60分）", "护理安全（40分）", "总分"], ["1", "内一病区", "", "", ""],
            ["2", "外一病区", "", "", ""]]
    _add_table(document, rows)
    path = tmp_path / "s.docx"
    document.save(path)
    (scheme,) = extract(parse(path)).schemes
    assert {tuple(i.path): i.points for i in scheme.items if len(i.path) == 1} == {("基础护理",): 60.0,
                                                                                 ("护理安全",): 40.0}


def test_rows_under_a_numbered_additions_heading_row_are_rules_of_the_scheme_and_a_deduction_total_no_item(tmp_path):
    rows = [
        ["考核项目", "考核内容及评分标准", "分值"],
        ["一、平安建设（60分）", "一、平安建设（60分）", "一、平安建设（60分）"],
        ["矛盾调处", "调处不及时的，每件扣2分。", "60"],
        ["二、宣传工作（40分）", "二、宣传工作（40分）", "二、宣传工作（40分）"],
        ["宣传报道", "未按时报送信息的，每次扣1分。", "40"],
        ["三、加分项目（最高加5分）", "三、加分项目（最高加5分）", "三、加分项目（最高加5分）"],
        ["先进典型", "获评市级先进个人的，每人加2分。", "—"],
        ["", "扣分合计", ""],
    ]
    path = _table_docx(tmp_path / "t.docx", rows, [(1, 0, 1, 2), (3, 0, 3, 2), (5, 0, 5, 2)])
    (scheme,) = extract(parse(path)).schemes
    assert [i.path for i in scheme.items] == [["平安建设"], ["平安建设", "矛盾调处"], ["宣传工作"], ["宣传工作", "宣传报道"]]
    bonus = next(r for r in scheme.rules if r.kind == "bonus")
    assert (bonus.item, bonus.amount, bonus.per) == (None, 2.0, "人")


def test_a_note_printed_right_under_one_of_two_tables_belongs_to_that_table(tmp_path):
    document = docx.Document()
    document.add_paragraph("某集团中层干部年度考核表")
    _add_table(document, [["考核指标", "权重", "评分标准"], ["经营业绩", "60%", "未完成的每项扣5分"],
                          ["团队建设", "40%", "人员流失率超标扣3分"]])
    document.add_paragraph("说明：考核结果90分以上为A，60分以下为D。")
    document.add_paragraph("某集团一线员工月度考核表")
    _add_table(document, [["考核项目", "分值", "评分标准"], ["出勤", "40", "迟到每次扣1分"], ["产量", "60", "未达标每次扣2分"]])
    document.add_paragraph("各表考核中弄虚作假的，实行一票否决。")
    path = tmp_path / "two.docx"
    document.save(path)
    first, second = extract(parse(path)).schemes
    assert sorted(r.label for r in first.rules if r.kind == "grade") == ["A", "D"]
    assert not [r for r in second.rules if r.kind == "grade"]
    assert [r.kind for r in second.rules if r.kind == "veto"] == ["veto"]  # after the last table: every table's
    assert [r.kind for r in first.rules if r.kind == "veto"] == ["veto"]


def test_bonuses_in_a_closing_note_right_under_the_table_govern_it(tmp_path):
    rows = [["考核项目", "分值", "评分标准"], ["路面养护", "60", "坑槽未及时修补的每处扣1分"], ["桥涵巡查", "40", "漏检一次扣2分"]]
    path = _table_docx(tmp_path / "t.docx", rows, [])
    document = docx.Document(path)
    for line in ("备注：", "1．各项扣分以该项分值扣完为止。", "2．获评省级示范路段的加2分，获评市级示范路段的加1分。"):
        document.add_paragraph(line)
    document.save(path)
    (scheme,) = extract(parse(path)).schemes
    assert sorted(r.amount for r in scheme.rules if r.kind == "bonus" and r.item is None) == [1.0, 2.0]


def test_a_sheet_of_notes_before_the_scoring_sheet_is_prose_that_governs_it(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "说明"
    for line in ("某公司班组考核办法", "一、考核满分100分。", "二、加分：获得公司表彰的，每项加1分，最多加3分。",
                 "三、等级评定：得分90分及以上的为优秀，60分以下的为不合格。"):
        notes.append([line])
    sheet = book.create_sheet("评分表")
    for row in (["某公司班组考核评分表", None, None], ["考核项目", "分值", "评分标准"],
                ["安全学习", 40, "每缺1次扣1分"], ["劳动纪律", 60, "迟到每次扣0.5分"]):
        sheet.append(row)
    path = tmp_path / "book.xlsx"
    book.save(path)
    document = parse(path)
    assert [b.kind for b in document.blocks][:4] == ["paragraph"] * 4
    (scheme,) = extract(document).schemes
    assert [i.path for i in scheme.items] == [["安全学习"], ["劳动纪律"]]
    kinds = sorted(r.kind for r in scheme.rules if r.item is None)
    assert kinds == ["bonus", "cap", "grade", "grade"]


def test_grade_bands_after_a_formula_in_the_notes_are_grades_not_items(tmp_path):
    rows = [["考核项目", "分值", "评分标准"], ["学习", "60", "每缺1次扣1分"], ["纪律", "40", "迟到每次扣0.5分"]]
    path = _table_docx(tmp_path / "t.docx", rows, [])
    document = docx.Document(path)
    document.add_paragraph("说明：1．综合得分＝∑（一级指标得分×权重）。")
    document.add_paragraph("2．年度综合得分90分以上为优秀，80分（含）至90分为良好，80分以下为一般。")
    document.save(path)
    (scheme,) = extract(parse(path)).schemes
    grades = {(r.label, r.at_least, r.below) for r in scheme.rules if r.kind == "grade"}
    assert grades == {("优秀", 90.0, None), ("良好", 80.0, 90.0), ("一般", None, 80.0)}


def test_category_points_the_prose_states_fill_the_table_only_where_the_children_add_up(tmp_path):
    document = docx.Document()
    document.add_paragraph("某局作风建设考核办法")
    document.add_paragraph("第三条　考核实行百分制。考核内容包括学习（60分）、纪律（35分）两个方面，评分标准见附件。")
    document.add_paragraph("附件")
    _add_table(document, [["考核项目", "考核要点", "分值", "评分标准"], ["学习", "理论学习", "30", "缺1次扣1分"],
                          ["学习", "业务学习", "30", "缺1次扣1分"], ["纪律", "考勤", "20", "迟到每次扣1分"],
                          ["纪律", "作风", "20", "被投诉每次扣2分"]], [(1, 0, 2, 0), (3, 0, 4, 0)])
    path = tmp_path / "p.docx"
    document.save(path)
    rubric = extract(parse(path))
    (scheme,) = rubric.schemes
    points = {tuple(i.path): i.points for i in scheme.items if len(i.path) == 1}
    assert points == {("学习",): 60.0, ("纪律",): None}  # 纪律 states 35, its rows add up to 40: no reading
    assert any(w.code == "points_from_text" for w in scheme.warnings)


def test_a_deduction_charged_beyond_the_items_in_a_closing_note_governs_the_table(tmp_path):
    rows = [["测评项目", "分值", "评分标准"], ["市容环境", "60", "发现垃圾堆放的每处扣1分"], ["公益广告", "40", "破损的每处扣0.5分"]]
    path = _table_docx(tmp_path / "t.docx", rows, [])
    document = docx.Document(path)
    document.add_paragraph("说明：1．被上级测评通报的问题，每个问题另扣2分，不受项目分值限制。")
    document.save(path)
    (scheme,) = extract(parse(path)).schemes
    assert [(r.amount, r.item) for r in scheme.rules if r.kind == "deduct" and r.item is None] == [(2.0, None)]
