"""The numbering engine: every style by its own example, numbers that are not numbering, depth."""

from __future__ import annotations

import pytest

from rubrics.pipeline.numbering import STYLES, inline_markers, leading_marker, levels, strip_marker

EXAMPLES = [(style.name, example.strip()) for style in STYLES for example in style.example.split(" / ")]


@pytest.mark.parametrize(("style", "example"), EXAMPLES)
def test_each_style_reads_its_own_example(style, example):
    marker = leading_marker(example)
    assert marker is not None and marker.style == style
    assert marker.value is not None and marker.value >= 1


@pytest.mark.parametrize(
    "text",
    ["2019年度考核", "1.5分", "10%", "3个月", "1月10日", "8点10分", "1 2 3", "一票否决", "一等奖", "一是加强领导",
     "1.5", "0.5分/次", "3.5万元", "统一、规范", "其一", "1、2、3", "2019.1.10", "(2019年)", "(3分)", "A级", "第1页"],
)
def test_numbers_that_are_not_numbering(text):
    assert leading_marker(text) is None


@pytest.mark.parametrize(
    ("text", "style", "value", "parts", "rest"),
    [
        ("  三、考核内容", "cn_dun", 3, (3,), "考核内容"),
        ("（3）资料归档", "paren_arabic", 3, (3,), "资料归档"),
        ("( 十二 ) 其他", "paren_cn", 12, (12,), "其他"),
        ("３．安全生产", "arabic_dot", 3, (3,), "安全生产"),
        ("③按时报送", "circled", 3, (3,), "按时报送"),
        ("⑵档案", "paren_arabic", 2, (2,), "档案"),
        ("4.2.1 安全培训", "decimal3", 1, (4, 2, 1), "安全培训"),
        ("3.10考核方法", "decimal2", 10, (3, 10), "考核方法"),
        ("2.1.2 人才培养", "decimal3", 2, (2, 1, 2), "人才培养"),
        ("1.3台账管理", "decimal2", 3, (1, 3), "台账管理"),
        ("第十二條 附則", "article", 12, (12,), "附則"),
        ("第兩章 評分", "chapter", 2, (2,), "評分"),
        ("其二，台账管理", "qi", 2, (2,), "台账管理"),
        ("职能七、服务保障", "prefixed", 7, (7,), "服务保障"),
        ("B、加分项目", "letter", 2, (2,), "加分项目"),
        ("1、班主任每学期应完成", "arabic_dun", 1, (1,), "班主任每学期应完成"),
    ],
)
def test_value_parts_span_and_name(text, style, value, parts, rest):
    marker = leading_marker(text)
    assert (marker.style, marker.value, marker.parts) == (style, value, parts)
    assert text[marker.end :] == rest
    assert strip_marker(text) == rest


def test_strip_marker_keeps_text_without_numbering():
    assert strip_marker("党建工作") == "党建工作"
    assert strip_marker("2019年度目标") == "2019年度目标"


def _levels(*texts: str) -> list[int]:
    return levels([leading_marker(t) for t in texts])


def test_levels_follow_the_order_styles_first_appear():
    assert _levels("第一章", "第一条 a", "一、b", "(一)c", "1.d", "(1)e", "①f", "(二)g", "第二条 h", "第二章 i") == [
        0, 1, 2, 3, 4, 5, 6, 3, 1, 0,
    ]
    # the same styles in the other order: the document's order wins over convention
    assert _levels("(一)a", "一、b", "一、c", "(二)d", "二、e") == [0, 1, 1, 0, 1]


def test_levels_of_decimals_by_their_parts():
    assert _levels("1.总则", "1.1 范围", "1.2 依据", "2.考核", "2.1 内容", "2.1.1 安全", "2.1.2 质量", "2.2 方法") == [
        0, 1, 1, 0, 1, 2, 2, 1,
    ]


def test_a_style_reused_at_two_depths_when_the_sequence_proves_it():
    # 1. directly under 一、 in one section, under (一) in another
    assert _levels("一、a", "1.b", "2.c", "二、d", "(一)e", "1.f", "(二)g", "三、h") == [0, 1, 1, 0, 1, 2, 1, 0]
    # careless writers mix 1. and 2、: the number continues, so one level
    assert _levels("一、a", "1.b", "2、c", "3.d") == [0, 1, 1, 1]


def test_inline_markers_split_numbered_clauses_in_a_cell():
    text = "1.台账齐全;2.记录规范。3.按时上报 4.归档及时"
    markers = inline_markers(text)
    assert [m.value for m in markers] == [1, 2, 3, 4]
    assert text[markers[1].end :].startswith("记录规范")


def test_inline_markers_ignore_references_and_amounts():
    assert [m.value for m in inline_markers("按第1、2项执行,扣1.5分,完成3.1万元")] == []
    assert [m.style for m in inline_markers("考核内容:(1)会议;(2)学习(3)活动")] == ["paren_arabic"] * 3


def test_long_runs_stay_fast():
    import time

    start = time.perf_counter()
    inline_markers("一" * 20000 + "、")
    leading_marker("(" * 20000)
    assert time.perf_counter() - start < 5


def test_names_and_prose_patterns_use_the_one_engine():
    from rubrics.pipeline import names, prose_patterns

    assert names.clean_name("4.2.1 安全培训") == "安全培训"
    assert names.clean_name("职能七、服务保障") == "服务保障"
    assert names.NUMBERING.match("（二）业务") and not names.NUMBERING.match("2019年")
    assert {name for name, _, _ in prose_patterns.NUMBERING} == {s.name for s in STYLES}
