"""Document fields are read from what the document states, never inferred from sums."""

from __future__ import annotations

import pytest

from rubrics.parsers.document import Block, Document
from rubrics.pipeline.extract import extract
from rubrics.pipeline.fields import document_fields


def doc_of(*lines: str) -> Document:
    blocks = [Block(kind="paragraph", index=i, text=t, paragraph=i) for i, t in enumerate(lines)]
    return Document(path="x.txt", format="txt", sha256="0", blocks=blocks)


def fields(*lines: str):
    return document_fields(doc_of(*lines), [])


def test_title_org_year_scale_of_a_plain_notice():
    info = fields(
        "关于印发《南河县2023年度乡镇综合考评办法》的通知",
        "各乡镇人民政府:",
        "现将《南河县2023年度乡镇综合考评办法》印发给你们。考评实行百分制。",
        "南河县人民政府办公室",
        "2023年2月10日",
    )
    assert info.title == "南河县2023年度乡镇综合考评办法"  # the notice is the cover letter of what it issues
    assert info.org == "南河县人民政府办公室"  # the 落款 before the closing date
    assert info.year == 2023
    assert info.scale == 100


@pytest.mark.parametrize(
    ("line", "scale"),
    [
        ("考核按千分制计分。", 1000),
        ("本细则采用400分制。", 400),
        ("各项指标合计分为120分。", 120),
        ("满分为1000分,其中基础指标600分。", 1000),
        ("基础工作60分,重点工作40分。", None),  # a sum is not a stated scale
        ("考评以每个科室100分为基础分,扣完为止。", 100),  # the base score every unit starts from
        ("得基本分5分。", None),  # an award, not a base for the whole scheme
        ("加分项合计不超过10分。", None),  # a limit on additions, not the scale
        ("扣分总计最高20分。", None),
    ],
)
def test_scale_is_only_what_is_stated(line, scale):
    assert fields("某某单位考核办法", line).scale == scale


def test_year_is_the_schemes_year_not_the_publishing_date():
    info = fields("某局绩效考核方案", "本方案适用于2021年度考核。", "2022年1月5日")
    assert info.year == 2021
    assert fields("某局绩效考核方案", "考核内容见附件。").year is None


def test_title_run_into_a_flattened_first_sentence():
    info = fields("东城区直机关 2018 年度绩效考评工作方案(试行)根据区委部署,制定本方案。")
    assert info.title == "东城区直机关2018年度绩效考评工作方案(试行)"
    assert info.year == 2018


def test_org_that_interprets_when_it_is_a_named_body():
    info = fields("年度目标考核办法", "本办法由临江市卫生健康委员会负责解释。")
    assert info.org == "临江市卫生健康委员会"
    # a bare office is not an issuer; the issuer of a cited 《》 is taken instead
    info = fields("年度目标考核办法", "根据《临江市人民政府2020年工作要点》制定。", "本办法由考核办公室负责解释。")
    assert info.org == "临江市人民政府"


def test_traditional_characters_keep_their_print():
    info = fields("青山鎮2022年度村級目標管理考核細則", "考核實行千分制。", "青山鎮人民政府", "2022年3月1日")
    assert info.title == "青山鎮2022年度村級目標管理考核細則"
    assert info.org == "青山鎮人民政府"
    assert (info.year, info.scale) == (2022, 1000)


def test_web_chrome_is_never_the_title():
    rubric = extract(
        doc_of(
            "当前位置: 首页 >> 通知公告 >> 正文",
            "发布者:管理员 [发表时间]:2020-05-06 [浏览次数]:12",
            "某学院2020年度部门考核实施细则",
            "一、考核内容",
        )
    )
    assert rubric.document.title == "某学院2020年度部门考核实施细则"
    assert rubric.document.year == 2020


def table_doc(*rows: list[str]) -> Document:
    from rubrics.parsers.document import Cell, Table

    cells = [Cell(row=r, col=c, text=t) for r, row in enumerate(rows) for c, t in enumerate(row)]
    table = Table(index=0, n_rows=len(rows), n_cols=len(rows[0]), cells=cells)
    return Document(path="x.xlsx", format="xlsx", sha256="0",
                    blocks=[Block(kind="table", index=0, table=table)])


def test_scale_from_the_total_row_a_table_states():
    rows = [["考核项目", "考核内容", "分值"], ["组织建设", "按时召开会议", "40"],
            ["业务工作", "完成年度任务", "60"], ["合计", "", "100"]]
    assert extract(table_doc(*rows)).document.scale == 100
    # no total stated: the sum of the items is not a scale
    assert extract(table_doc(*rows[:3])).document.scale is None


def test_year_from_a_closing_date_in_chinese_numerals_and_an_edition_in_the_title():
    assert fields("某公司保安服务考核表", "考核人：________", "某公司品质部", "二〇二四年三月").year == 2024
    assert fields("关于印发考核细则的通知", "考核内容见附件。", "某局办公室  2025年2月3日印发").year == 2025
    info = fields("某医院临床科室绩效考核表（2025年版）", "一、考核对象")
    assert (info.title, info.year) == ("某医院临床科室绩效考核表（2025年版）", 2025)  # brackets as printed
    info = fields("某中学教师考核细则（2023—2024学年）", "考核内容及评分标准")
    assert (info.title, info.year) == ("某中学教师考核细则（2023—2024学年）", 2023)


def test_year_from_a_form_field_a_date_standing_alone_and_the_document_number():
    assert fields("某院医德考评表", "科室：____  考评年度：2026年", "某院领导小组", "签字：").year == 2026
    assert fields("某局处室考核办法（试行）", "一、考核对象", "某局", "2025年4月8日", "附件", "评分表").year == 2025
    assert fields("某办〔2023〕7号", "某局处室考核办法（试行）", "一、考核对象", "各处室").year == 2023
    # a year of the scheme stated in the text comes before any date or number
    assert fields("某办〔2023〕7号", "2024年度处室考核办法", "2023年12月1日").year == 2024


def test_year_of_a_document_dated_in_the_minguo_calendar():
    assert fields("某市政府112年度所屬機關考核要點", "中華民國112年2月1日某府函訂定", "一、總則").year == 2023
    assert fields("某市政府所屬機關考核要點", "中華民國112年2月1日某府函訂定", "一、總則").year == 2023
    assert fields("某局考核表", "考核月份：2025年____月", "科室：____").year == 2025
    assert fields("某局113年度考核表", "一、總則").year is None  # 113 alone names no calendar


def test_a_threshold_on_the_total_is_no_scale():
    """总分90分以上者为优等 states a grade's threshold, not a 90-point scale (unseen4 x08)."""
    assert fields("某市机关绩效评核要点", "评核总分八十五分以上者为优等。", "总分85分以上者为优等。").scale is None
    assert fields("某局考核办法", "总分达到85分的为良好，总分不足60分的为不合格。").scale is None
    assert fields("某局考核办法", "总分90分（含）以上为优秀。", "本办法满分100分。").scale == 100


def test_year_from_the_date_field_of_an_assessment_form():
    assert fields("某县图书馆服务评估表", "评估时间：2026年____月____日", "评估人：____").year == 2026


def test_scale_from_a_base_stated_for_the_table_never_from_an_items_base():
    assert fields("某公司安全扣分表", "备注：本表实行倒扣分制，基础分100分，扣完为止。").scale == 100
    assert fields("某公司安全扣分表", "按时上报的得基础分5分。").scale is None


def test_scale_from_the_base_score_of_an_assessment():
    assert fields("某局医保经办考核表", "考核基本分100分，加分项在基本分之外另行计算。").scale == 100


def test_the_title_of_a_notice_is_the_title_of_what_it_issues_even_wrapped():
    info = fields("北坪区住房和城乡建设局关于印发《北坪区物业企业服务质量评价办法》的", "通知", "各物业企业:")
    assert info.title == "北坪区物业企业服务质量评价办法"
    assert info.org == "北坪区住房和城乡建设局"  # the issuer before 关于, not the title's prefix


def test_a_forms_title_ends_in_its_own_kind_and_drops_the_unit_its_copy_is_for():
    assert fields("南岭市审计局2025年度内设机构绩效考评指标", "一级指标").title == "南岭市审计局2025年度内设机构绩效考评指标"
    assert fields("某某港务公司装卸作业安全责任书", "甲方:").title == "某某港务公司装卸作业安全责任书"
    assert fields("北坪区档案馆2025年度部门考核表（办公室）", "考核项目").title == "北坪区档案馆2025年度部门考核表"


def test_org_is_the_signature_before_the_annex_not_the_titles_prefix():
    info = fields("东湖县中小学班主任考核细则", "一、考核内容", "本细则由县教育局负责解释。",
                  "东湖县教育局", "2025年3月2日附件1", "班主任考核评分表")
    assert (info.org, info.year) == ("东湖县教育局", 2025)


def test_org_from_a_seal_on_the_last_line_and_without_its_department():
    assert fields("道路养护考评表", "检查人(签字):______南坪市公路养护管理站(盖章)").org == "南坪市公路养护管理站"
    assert fields("某考核表", "说明:1.满分100分。", "北坪区税务局绩效管理办公室", "2025年1月2日").org == "北坪区税务局"
    party = fields("中共北坪区教育局党组关于印发《北坪区教育系统党建考核细则》的通知", "各党支部:")
    assert party.org == "中共北坪区教育局党组"  # a party body of its own, not the 局's department


def test_year_from_a_form_row_wrapped_inside_its_label():
    assert fields("安全检查记录表", "受检单位:________检查", "日期:2025年____月____日", "检查项目").year == 2025
