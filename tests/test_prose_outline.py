"""The prose outline: numbering hierarchy, inline points and weights, schemes, assessors, rules."""

from __future__ import annotations

from rubrics.parsers.document import Block, Document
from rubrics.pipeline.outline import prose_schemes, segments


def doc_of(*lines: str) -> Document:
    blocks = [Block(kind="paragraph", index=i, text=t, paragraph=i) for i, t in enumerate(lines)]
    return Document(path="x.txt", format="txt", sha256="0", blocks=blocks)


def tree(scheme) -> dict[tuple[str, ...], tuple]:
    return {tuple(i.path): (i.points, i.weight_pct) for i in scheme.items}


def test_numbering_levels_follow_the_order_styles_appear():
    root = segments(
        doc_of("第一章 总则", "第一条 目的", "一、考核内容", "(一)党建", "1.组织建设", "(1)会议", "①记录", "(二)业务", "第二条 其他")
    )
    chapter = root.children[0]
    first, second = chapter.children
    assert [c.style for c in (chapter, first)] == ["chapter", "article"]
    one = first.children[0]
    party, business = one.children
    assert party.children[0].children[0].children[0].style == "circled"
    assert business.head == "业务"
    assert second.head == "其他"


def test_markers_inside_flattened_text_split_only_where_they_start_a_clause():
    root = segments(doc_of("一、考核对象(一)机关科室1.办公室。2.财务科。二、考核内容按第1、2项执行。"))
    one, two = root.children
    assert [c.head for c in one.children] == ["机关科室"]
    assert [c.head for c in one.children[0].children] == ["办公室。", "财务科。"]
    assert two.head == "考核内容按第1、2项执行。"  # `第1、2项` is a reference, not numbering


def test_inline_points_weights_and_clean_names():
    (scheme,) = prose_schemes(
        doc_of(
            "二、考核指标及分值",
            "(一)业务工作(600分,占60%)",
            "1.重点项目推进300分(包括项目开工、投资完成等);",
            "2.日常业务:200分。",
            "3.信息报送100分",
            "(二)党的建设(满分300分)",
            "(三)综合评议 权重10%",
        )
    )
    assert tree(scheme) == {
        ("业务工作",): (600, 60),
        ("业务工作", "重点项目推进"): (300, None),
        ("业务工作", "日常业务"): (200, None),
        ("业务工作", "信息报送"): (100, None),
        ("党的建设",): (300, None),
        ("综合评议",): (None, 10),
    }


def test_two_schemes_named_from_their_headings_and_rule_sections_are_not_items():
    schemes = prose_schemes(
        doc_of(
            "(一)乡镇考核指标:",
            "1.经济发展60分",
            "2.社会治理40分",
            "(二)县直部门考核指标:",
            "1.履职尽责70分",
            "2.服务评价30分",
            "(三)加分和扣分",
            "1.获得省级表彰的,每项加3分。",
        )
    )
    assert [s.name for s in schemes] == ["乡镇", "县直部门"]
    assert tree(schemes[1]) == {("履职尽责",): (70, None), ("服务评价",): (30, None)}


def test_content_list_gives_items_without_points_and_grades_stay_scheme_wide():
    (scheme,) = prose_schemes(
        doc_of(
            "三、考核对象",
            "各教学单位领导班子。",
            "四、考核",
            "(一)考核内容。主要包括师德师风、教学质量、科研成果和社会服务等方面。",
            "(二)考核结果分为优秀、称职、基本称职、不称职四个等次。",
        )
    )
    assert [i.path for i in scheme.items] == [["师德师风"], ["教学质量"], ["科研成果和社会服务"]] or [
        i.path for i in scheme.items
    ] == [["师德师风"], ["教学质量"], ["科研成果"], ["社会服务"]]
    assert all(i.points is None for i in scheme.items)
    assert {r.label for r in scheme.rules if r.kind == "grade"} >= {"优秀", "不称职"}
    assert not any(r for i in scheme.items for r in i.rules)


def test_rules_in_an_items_text_belong_to_it_unless_charged_to_the_total():
    (scheme,) = prose_schemes(
        doc_of(
            "一、考核内容",
            "(一)安全生产20分。发生一般事故的,每次扣5分,扣完为止。",
            "(二)信访稳定10分。出现越级上访的,每次从考核总分中扣2分。",
            "二、一票否决",
            "发生重大安全事故的,实行一票否决。",
        )
    )
    safety = next(i for i in scheme.items if i.name == "安全生产")
    assert {(r.kind, r.amount, r.per) for r in safety.rules} == {("deduct", 5, "次"), ("cap", None, None)}
    letters = next(i for i in scheme.items if i.name == "信访稳定")
    assert letters.rules == []
    assert {(r.kind, r.amount) for r in scheme.rules} == {("deduct", 2), ("veto", None)}
    # every rule's text is the source as printed
    assert all(r.text and r.source is not None for r in scheme.rules + safety.rules)


def test_assessors_from_prose():
    schemes = prose_schemes(
        doc_of(
            "一、企业考核分值构成",
            "1.安全环保30分",
            "2.经营管理50分",
            "3.纪委评价20分",
            "二、企业考核工作分工",
            "1.安全环保:由分管领导负责,安环部牵头,生产部配合并负责考核评分;",
            "2.经营管理:由财务部和企管部根据年度预算负责考核。",
        )
    )
    (scheme,) = schemes
    assessors = {i.name: i.assessor for i in scheme.items}
    assert assessors == {"安全环保": "安环部", "经营管理": "财务部、企管部", "纪委评价": "纪委"}


def test_a_later_section_describing_the_same_items_is_merged():
    (scheme,) = prose_schemes(
        doc_of(
            "三、考核方式和内容",
            "(一)考核方式",
            "1.目标考核(800分)。对重点目标和共性目标进行考核。",
            "2.群众评议(200分)。",
            "(二)考核内容",
            "1.重点工作目标。(1)招商引资。(2)项目建设。",
            "2.共性工作目标。",
            "3.群众评议。重点围绕服务态度开展评议。",
        )
    )
    assert set(tree(scheme)) == {
        ("目标考核",),
        ("目标考核", "重点工作目标"),
        ("目标考核", "重点工作目标", "招商引资"),
        ("目标考核", "重点工作目标", "项目建设"),
        ("目标考核", "共性工作目标"),
        ("群众评议",),
    }


def test_traditional_characters_are_read_and_kept():
    (scheme,) = prose_schemes(doc_of("二、考核內容及分值", "(一)黨建工作(300分,佔30%)", "(二)經濟發展(700分,佔70%)"))
    assert tree(scheme) == {("黨建工作",): (300, 30), ("經濟發展",): (700, 70)}


def test_a_summary_restated_in_detail_is_one_scheme():
    (scheme,) = prose_schemes(
        doc_of(
            "二、考核内容",
            "1.党建工作20分;",
            "2.业务工作80分。",
            "三、评分细则",
            "(一)党建工作20分",
            "1.组织生活10分。每缺一次扣1分。",
            "2.理论学习10分。",
            "(二)业务工作80分",
        )
    )
    assert tree(scheme) == {
        ("党建工作",): (20, None),
        ("业务工作",): (80, None),
        ("党建工作", "组织生活"): (10, None),
        ("党建工作", "理论学习"): (10, None),
    }
    life = next(i for i in scheme.items if i.name == "组织生活")
    assert [(r.kind, r.amount) for r in life.rules] == [("deduct", 1)]


def test_points_on_the_line_after_the_heading():
    (scheme,) = prose_schemes(doc_of("一、考核项目", "1.党建工作", "分值:20分", "2.业务工作", "满分80分"))
    assert tree(scheme) == {("党建工作",): (20, None), ("业务工作",): (80, None)}


def test_unnumbered_word_headings_make_levels():
    blocks = [
        Block(kind="heading", index=0, text="考核指标", level=1),
        Block(kind="heading", index=1, text="经营指标(60分)", level=2),
        Block(kind="paragraph", index=2, text="1.利润总额40分"),
        Block(kind="paragraph", index=3, text="2.营业收入20分"),
        Block(kind="heading", index=4, text="管理指标(40分)", level=2),
        Block(kind="heading", index=5, text="附则", level=1),
        Block(kind="paragraph", index=6, text="本办法自印发之日起施行。"),
    ]
    (scheme,) = prose_schemes(Document(path="x.docx", format="docx", sha256="0", blocks=blocks))
    assert tree(scheme) == {
        ("经营指标",): (60, None),
        ("经营指标", "利润总额"): (40, None),
        ("经营指标", "营业收入"): (20, None),
        ("管理指标",): (40, None),
    }


def test_targets_and_amounts_in_a_list_are_not_items_with_points():
    root_doc = doc_of(
        "三、工作目标",
        "1.上半年完成60%;",
        "2.全年完成100%。",
        "四、扣分标准",
        "1.迟到一次扣1分;",
        "2.考核得分不低于60分。",
    )
    schemes = prose_schemes(root_doc)
    assert [i for s in schemes for i in s.items] == []
    # the deduction is still read, as a rule of the whole document
    assert [(r.kind, r.amount) for s in schemes for r in s.rules] == [("deduct", 1)]


def test_parts_and_points_closing_a_named_clause():
    (scheme,) = prose_schemes(
        doc_of(
            "第一部分 总则",
            "第二部分 考核指标",
            "一、党建工作:主要考核支部建设和党员教育情况(30分)。",
            "二、业务工作:主要考核年度任务完成情况(70分);未完成的每项扣5分。",
        )
    )
    assert tree(scheme) == {("党建工作",): (30, None), ("业务工作",): (70, None)}
    work = next(i for i in scheme.items if i.name == "业务工作")
    assert [(r.kind, r.amount, r.per) for r in work.rules] == [("deduct", 5, "项")]


def test_document_parts_at_the_top_are_not_items_and_topic_headings_state_no_rule():
    (scheme,) = prose_schemes(
        doc_of(
            "某街道社区工作考核细则",
            "一、党建工作(20分)",
            "二、社区治理(80分)",
            "三、一票否决",
            "发生重大安全事故的,实行一票否决。",
            "四、考核结果",
            "考核得分90分以上为优秀。",
            "五、本细则自发布之日起执行。",
        )
    )
    assert tree(scheme) == {("党建工作",): (20, None), ("社区治理",): (80, None)}
    assert [r.kind for r in scheme.rules].count("veto") == 1
    assert any(r.kind == "grade" and r.at_least == 90 for r in scheme.rules)


def test_decimal_numbering_nests_by_parts():
    (scheme,) = prose_schemes(
        doc_of("1.总则", "1.1本办法适用于各车间。", "2.考核内容", "2.1生产任务60分", "2.1.1产量40分", "2.1.2交期20分",
               "2.2现场管理40分", "3.附则")
    )
    assert tree(scheme) == {
        ("生产任务",): (60, None),
        ("生产任务", "产量"): (40, None),
        ("生产任务", "交期"): (20, None),
        ("现场管理",): (40, None),
    }


def test_a_requirement_with_rules_in_its_closing_bracket_is_an_item_with_those_rules():
    (scheme,) = prose_schemes(
        doc_of("一、资料管理", "1、按月整理台账并归档。(缺一月扣2分)", "2、档案借阅有登记。(未登记扣1分)")
    )
    assert [i.name for i in scheme.items] == ["按月整理台账并归档", "档案借阅有登记"]
    assert [[r.amount for r in i.rules] for i in scheme.items] == [[2], [1]]


def test_numbered_rule_clauses_are_criteria_of_their_part_not_items():
    (scheme,) = prose_schemes(
        doc_of("二、评分细则", "1、纪律方面", "(1)迟到一次扣1分。", "(2)旷工一天扣3分。", "2、卫生方面",
               "(1)地面不洁扣1分。", "(2)物品乱放扣1分。")
    )
    assert [i.path for i in scheme.items] == [["纪律方面"], ["卫生方面"]]
    assert [r.amount for r in scheme.items[0].rules] == [1, 3]


def test_a_closing_rule_goes_to_every_scheme_it_governs():
    schemes = prose_schemes(
        doc_of("一、车间考核", "1.产量50分", "2.质量50分", "二、班组考核", "1.安全60分", "2.纪律40分",
               "三、等次", "得分90分以上为优秀。")
    )
    assert len(schemes) == 2
    assert all([r.label for r in s.rules] == ["优秀"] for s in schemes)


def test_topics_without_points_are_top_items_of_one_scheme():
    """Points only on the items under bare topic headings: one scheme named by the title, not one per topic."""
    schemes = prose_schemes(
        doc_of(
            "某县卫生院年度工作考评表",
            "一、醫療服務",
            "(一)門診管理",
            "1.預約登記，6分。登記缺一項扣1分。",
            "2.分診引導，4分。",
            "(二)病歷書寫",
            "1.首頁填寫，5分。每缺一份扣0.5分。",
            "2.歸檔時限，5分。",
            "二、後勤保障",
            "(一)物資採購，10分。未按規定採購的扣2分。",
            "(二)車輛調度，10分。",
        )
    )
    assert [s.name for s in schemes] == ["某县卫生院年度工作考评表"]
    items = tree(schemes[0])
    assert items[("醫療服務",)] == (None, None)
    assert items[("醫療服務", "病歷書寫", "首頁填寫")] == (5, None)
    assert items[("後勤保障", "車輛調度")] == (10, None)


def test_sections_for_units_stay_separate_schemes():
    """Sections headed by the unit assessed (or repeating the same modules) are schemes of their own."""
    schemes = prose_schemes(
        doc_of(
            "某镇村级工作考核细则",
            "一、行政村考核",
            "1.村务公开，10分。",
            "2.环境整治，10分。",
            "二、社区考核",
            "1.网格管理，12分。",
            "2.矛盾调处，8分。",
        )
    )
    assert len(schemes) == 2


def test_one_character_markers_are_a_level_of_their_own():
    """`⑴` under `(1)`: NFKC would make them the same list; they are two levels."""
    (scheme,) = prose_schemes(
        doc_of(
            "某校教学工作评分标准",
            "(1)课堂教学，10分",
            "⑴备课，6分。",
            "⑵上课，4分。",
            "(2)作业批改，10分",
            "⑴批改次数，10分。",
        )
    )
    assert tree(scheme)[("课堂教学", "上课")] == (4, None)
    assert tree(scheme)[("作业批改", "批改次数")] == (10, None)


def test_weight_in_brackets_after_points():
    (scheme,) = prose_schemes(doc_of("某公司目标考核细则", "1.经营业绩120分（占30%）", "2.安全生产280分（占70%）"))
    assert tree(scheme)[("经营业绩",)] == (120, 30)


def test_title_run_into_the_first_clause_names_the_scheme():
    (scheme,) = prose_schemes(doc_of("某区机关效能考评表第一条 会议纪律，20分：迟到一次扣1分。第二条 公文办理，80分。"))
    assert scheme.name == "某区机关效能考评表"


def test_sections_that_each_allocate_a_whole_hundred_are_parallel_schemes():
    schemes = prose_schemes(
        doc_of(
            "某局年度考核细则",
            "一、甲类",
            "1.党建，40分。",
            "2.业务，60分。",
            "二、乙类",
            "1.服务，50分。",
            "2.安全，50分。",
        )
    )
    assert len(schemes) == 2


def test_subject_run_into_its_heading_names_the_scheme():
    (scheme,) = prose_schemes(
        doc_of("一、考核对象全县各中小学校。二、考核内容", "(一)教学常规(50分)", "(二)安全管理(50分)")
    )
    assert scheme.name == "全县各中小学校"


def test_a_title_run_into_running_text_names_an_otherwise_unnamed_scheme():
    (scheme,) = prose_schemes(
        doc_of(
            "某街道2022年度社区工作考评方案为推进社区治理,制定本方案。",
            "一、考核内容",
            "(一)基层党建(40分)",
            "(二)便民服务(60分)",
        )
    )
    assert scheme.name == "某街道2022年度社区工作考评方案"


def test_a_clause_leading_into_rules_under_a_pointed_item_is_its_criteria_not_an_item():
    (scheme,) = prose_schemes(doc_of(
        "某局党支部考核细则", "第一章 总则", "第一条 为加强支部建设，制定本细则。",
        "第二章 考核内容", "第二条 学习教育（10分）", "（一）每月集中学习不少于1次，每少1次扣1分。",
        "（二）学习记录有下列情形的，按以下标准扣分：", "1．记录缺失的，每次扣0.5分；", "2．未留存影像资料的，每次扣0.2分。",
        "第三条 纪律作风（10分）", "（一）迟到早退的，每次扣1分。"))
    assert tree(scheme) == {("学习教育",): (10.0, None), ("纪律作风",): (10.0, None)}
    study = next(i for i in scheme.items if i.path == ["学习教育"])
    assert sorted(r.amount for r in study.rules) == [0.2, 0.5, 1.0]


def test_a_title_set_as_a_heading_is_the_title_not_a_part_holding_the_articles():
    blocks = [Block(kind="heading", index=0, text="某县小型水库管护考核细则", level=2, paragraph=0)]
    lines = ["第一条 为规范水库管护，制定本细则。", "第二条 本细则适用于全县小（1）型水库。",
             "第三条 巡查管理（60分）", "（一）日常巡查（30分）。漏巡一次扣2分。", "（二）汛期值守（30分）。脱岗一次扣5分。",
             "第四条 档案管理（40分）", "（一）台账（40分）。缺一项扣1分。"]
    blocks += [Block(kind="paragraph", index=k, text=t, paragraph=k) for k, t in enumerate(lines, 1)]
    (scheme,) = prose_schemes(Document(path="x.pdf", format="pdf", sha256="0", blocks=blocks))
    assert tree(scheme) == {("巡查管理",): (60.0, None), ("巡查管理", "日常巡查"): (30.0, None),
                            ("巡查管理", "汛期值守"): (30.0, None), ("档案管理",): (40.0, None),
                            ("档案管理", "台账"): (40.0, None)}


def test_deductions_under_a_heading_on_deductions_govern_every_scheme_and_a_lead_in_states_none():
    from rubrics.pipeline.draft import ItemDraft, SchemeDraft
    from rubrics.pipeline.extract import combine

    prose = prose_schemes(doc_of(
        "某区街道年度工作考评办法", "第一条 为推进街道工作，制定本办法。",
        "第二条 考评内容及评分标准见附表。",
        "第三条 奖励加分。街道有下列情形之一的，给予加分：", "（一）获市级表彰的，每项加2分；",
        "第四条 扣减分值。街道有下列情形之一的，从总分中扣分：", "（一）被市级督查通报的，每次扣1.5分；",
        "（二）干部违纪被处分的，每人扣2分。"), has_tables=True)
    rules = [r for s in prose for r in s.rules]
    assert [(r.kind, r.amount) for r in rules if r.kind in ("bonus", "deduct")] == [
        ("bonus", 2.0), ("deduct", 1.5), ("deduct", 2.0)]  # no bonus without amount for `给予加分：`
    table = SchemeDraft(name="街道工作考评表", items=[ItemDraft(path=["平安建设"], points=50),
                                                 ItemDraft(path=["民生服务"], points=50)])
    (scheme,) = combine(prose, [table])
    assert sorted((r.kind, r.amount, r.per) for r in scheme.rules if r.kind == "deduct") == [
        ("deduct", 1.5, "次"), ("deduct", 2.0, "人")]


def test_deductions_in_an_item_clause_stay_with_the_item_and_do_not_govern_other_schemes():
    from rubrics.pipeline.draft import ItemDraft, SchemeDraft
    from rubrics.pipeline.extract import combine

    prose = prose_schemes(doc_of(
        "某校班级考评细则", "一、考评内容", "（一）卫生（10分）", "1．地面有垃圾的，每处扣0.5分。",
        "（二）纪律（10分）", "1．上课喧哗的，每次扣1分。"))
    table = SchemeDraft(name="宿舍考评表", items=[ItemDraft(path=["内务"], points=60), ItemDraft(path=["安全"], points=40)])
    combined = combine(prose, [table])
    dorm = next(s for s in combined if s.name == "宿舍考评表")
    assert not [r for r in dorm.rules if r.kind == "deduct"]
