"""Page furniture goes, the body stays, and every removal is recorded."""

from __future__ import annotations

from rubrics.parsers.document import Block, Document
from rubrics.pipeline.furniture import is_chrome, strip_document


def doc_of(*lines: str) -> Document:
    blocks = [Block(kind="paragraph", index=i, text=t, paragraph=i) for i, t in enumerate(lines)]
    return Document(path="x.txt", format="txt", sha256="0", blocks=blocks)


BODY = "根据上级有关文件精神,结合本单位实际,现就年度目标管理考核工作提出如下意见,请各单位认真贯彻落实并按时报送。"


def texts(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks]


def test_chrome_is_recognised_by_generic_markers():
    assert is_chrome("您现在的位置: 首页 > 政务公开 > 文件通知")
    assert is_chrome("作者:张三  发布日期:2022-01-05  阅读次数:356")
    assert is_chrome("Copyright © 2010-2022 xx县人民政府 版权所有")
    assert is_chrome("扫一扫在手机打开当前页")
    # a body line that mentions a platform, a short item with points, a long sentence: not chrome
    assert not is_chrome("(三)微信公众号运营5分")
    assert not is_chrome(BODY)


def test_head_and_tail_chrome_go_and_the_title_stays():
    doc = doc_of(
        "网站首页 > 通知公告",
        "XX县农业农村局2022年度绩效考核实施方案",
        "发布时间:2022-03-01 来源:本站 点击数:88",
        "字体:大 中 小",
        "打印本页 关闭窗口",
        BODY,
        "一、考核对象",
        "各股室。",
        "上一篇:关于开展春耕检查的通知",
        "打印本页",
        "相关附件",
        "关闭窗口",
    )
    body, repairs = strip_document(doc)
    kept = texts(body)
    assert kept[0] == "XX县农业农村局2022年度绩效考核实施方案"
    assert BODY in kept and "一、考核对象" in kept and "各股室。" in kept
    assert not any("点击数" in t or "打印本页" in t or "首页" in t for t in kept)
    # `相关附件` has no marker of its own: it goes because it sits between chrome lines in the tail
    assert "相关附件" not in kept
    removed = [r.before for r in repairs if r.kind == "furniture"]
    assert "相关附件" in removed and "网站首页 > 通知公告" in removed
    assert all(r.source is not None and r.source.block is not None for r in repairs if r.kind == "furniture")


def test_page_number_lines_and_running_headers_go():
    doc = doc_of(
        "某某大学文件",
        BODY,
        "- 1 -",
        "某某大学文件",
        "一、指导思想",
        "第 2 页",
        "某某大学文件",
        "二、考核内容",
        "3/5",
    )
    kept = texts(strip_document(doc)[0])
    assert kept == [BODY, "一、指导思想", "二、考核内容"]


def test_chunk_markers_that_cut_sentences_are_joined():
    doc = doc_of(
        "1、 一、考核办法由区考核办负责",
        "2、组织实施,各单位配合(共 12",
        "3、 个单位)。二、考核内容",
    )
    body, repairs = strip_document(doc)
    assert texts(body) == ["一、考核办法由区考核办负责组织实施,各单位配合(共 12个单位)。二、考核内容"]
    assert [r.before.strip() for r in repairs if r.kind == "chunk_marker"] == ["1、", "2、", "3、"]


def test_a_real_numbered_list_is_not_taken_for_chunks():
    lines = ["1、按时召开会议;", "2、及时报送材料;", "3、认真整改问题。"]
    assert texts(strip_document(doc_of(BODY, *lines))[0]) == [BODY, *lines]


def test_page_numbers_inside_flattened_text_go_but_counts_stay():
    text = (
        "1 考 核 对 象 共 14 个 单 位 , 分 为 两 类 。 2 第 一 类 为 经 济 部 门 ,"
        "第 二 类 3 为 党 群 部 门 , 考 核 期 为 10 个 月 。"
    )
    body, repairs = strip_document(doc_of(text))
    out = texts(body)[0]
    assert "14 个" in out and "10 个" in out
    assert "。 第 一 类" in out or "。第 一 类" in out
    assert "第 二 类 为" in out
    assert sorted(r.before.strip() for r in repairs if r.kind == "page_number") == ["1", "2", "3"]


def test_two_lone_numbers_are_no_page_run():
    text = "考 核 分 1 组 进 行 , 每 组 2 名 评 委 。"
    assert texts(strip_document(doc_of(text))[0]) == [text]


def test_spacing_and_ocr_repairs_are_recorded_with_their_source():
    body, repairs = strip_document(doc_of("登录0A系统填报,每少1次扣0. 25分,区 发 改 局 负责"))
    assert any(r.kind == "decimal" and r.before == "0. 2" and r.after == "0.2" for r in repairs)
    assert any(r.kind == "ocr" and r.before == "录0A" and r.after == "录OA" for r in repairs)
    # neighbouring spacing repairs are one record: `区 发 改 局 负` → `区发改局负`
    assert any(r.kind == "spacing" and r.before.startswith("区 发 改 局") and "区发改局" in r.after for r in repairs)
    # the body text itself is left as printed: repairs happen where the text is read
    assert texts(body) == ["登录0A系统填报,每少1次扣0. 25分,区 发 改 局 负责"]


def test_government_site_footer_goes():
    doc = doc_of(
        BODY,
        "一、考核内容",
        "主办单位:某县人民政府办公室  承办单位:某县大数据中心",
        "网站标识码:5101000001  联系我们  网站地图",
    )
    assert texts(strip_document(doc)[0]) == [BODY, "一、考核内容"]


def test_numbered_item_lines_with_points_are_no_page_chunks():
    lines = ["1、车辆登记，6分", "2、加油台账，4分", "3、维修审批，5分"]
    assert texts(strip_document(doc_of(BODY, *lines))[0]) == [BODY, *lines]


def test_a_title_printed_above_every_copy_of_a_table_is_its_caption_not_a_page_header():
    from rubrics.parsers.document import Cell, Table

    def table(index: int) -> Block:
        cells = [Cell(text=t, row=r, col=c) for r, row in enumerate([["项目", "分值"], ["清洁", "100"]])
                 for c, t in enumerate(row)]
        return Block(kind="table", index=index, table=Table(index=index, n_rows=2, n_cols=2, cells=cells))

    blocks, i = [], 0
    for quarter in ("一", "二", "三"):
        for text in ("某中心保洁班组季度考核评分表", f"考核季度：第{quarter}季度"):
            blocks.append(Block(kind="paragraph", index=i, text=text, paragraph=i))
            i += 1
        blocks.append(table(i))
        i += 1
    body, _ = strip_document(Document(path="x.pdf", format="pdf", sha256="0", blocks=blocks))
    assert texts(body).count("某中心保洁班组季度考核评分表") == 3
    # the same line with no table after it each time is a running header
    plain = doc_of("某中心文件", BODY, "正文第二段", "某中心文件", BODY + "二", "正文第四段", "某中心文件", BODY + "三")
    assert "某中心文件" not in texts(strip_document(plain)[0])
