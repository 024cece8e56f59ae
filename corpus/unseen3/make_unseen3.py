"""A third held-out set: six assessment documents in DOCX/PDF/XLSX/HTML the pipeline never saw.

    .venv/bin/python corpus/unseen3/make_unseen3.py [--no-pdf]

Written for this set in my own words, in layouts unlike corpus/unseen (u01–u09), corpus/unseen2
(v01–v08) and ../shared/corpus: a 村（社区）两委 table whose top level is a section row merged across the
table with three more levels below it, a 处室 办法 in prose with （一）… items and 1．2．3． scoring
sentences plus an 附件 table restating the items with weights, a workbook with one identical sheet per
quarter and a summary sheet without points, a hospital 医德医风 form with three empty answer columns and
`-2` 扣分项 rows, a borderless student 测评 table with percent weights and A/B/C/D bands, and a web page
whose points sit in the headers of column groups. Bytes are stable across runs (helpers of
../unseen/make_unseen.py and ../corpusgen). Gold: write_gold3.py → gold/<stem>.json.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "unseen"))

from corpusgen.docx_writer import FIXED_DATE, FONT  # noqa: E402
from corpusgen.zipfix import deterministic_zip  # noqa: E402
from make_unseen import LEFT, THIN, UP, build_set, grid, write_docx  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402


def section(text: str, ncols: int) -> list[str]:
    """A row whose one cell runs across the whole table (a section heading inside the table)."""
    return [text] + [LEFT] * (ncols - 1)


# ---------------------------------------------------------------- w01: 两委 table, section rows, four levels
W01 = "w01-taoyuan-zhen-cun-liangwei-niandu-kaohe"


def w01() -> list:
    n = 6
    table = grid([22, 22, 34, 12, 74, 14], [
        ["考核项目", "考核内容", "考核要点", "分值", "评分标准", "得分"],
        section("一、党建工作（30分）", n),
        ["组织建设", "班子建设", "“两委”班子团结协作", "4", "班子成员不团结、影响工作开展的扣2分。", ""],
        [UP, UP, "主题党日", "3", "主题党日每月开展一次，每少开展一次扣0.5分。", ""],
        [UP, "党员管理", "党员发展", "3", "未按计划完成发展党员任务的扣1.5分。", ""],
        [UP, UP, "流动党员管理", "4", "流动党员台账不清的扣1分；失联党员每人扣0.5分。", ""],
        ["廉政建设", "村务监督", "村务监督委员会履职", "6", "村务监督委员会未按季度开展监督的，每季度扣1.5分。", ""],
        [UP, UP, "“三资”管理", "10", "集体资产台账不全的扣3分；发现违规处置集体资产的，本项不得分。", ""],
        section("二、经济发展（40分）", n),
        ["集体经济", "经营收入", "村集体经营性收入", "15",
         "经营性收入10万元以上的得15分，5万元至10万元的得10分，不足5万元的得5分。", ""],
        [UP, UP, "增收项目", "10", "新建村级增收项目的，每个得5分，最多得10分。", ""],
        ["产业发展", "特色产业", "“一村一品”培育", "8", "已形成特色主导产业的得8分；正在培育的得4分。", ""],
        [UP, "农民增收", "就业帮扶", "7", "每年组织劳务技能培训不少于2期，每少一期扣1分。", ""],
        section("三、社会治理（30分）", n),
        ["平安建设", "矛盾调解", "矛盾纠纷排查化解", "8", "矛盾纠纷未及时上报、引发群体性事件的，每起扣4分。", ""],
        [UP, UP, "信访工作", "7", "发生越级上访的，每人次扣1分，扣完为止。", ""],
        ["人居环境", "环境整治", "村容村貌", "9", "镇季度环境检查排名末三位的，每次扣3分。", ""],
        [UP, "移风易俗", "红白理事会", "6", "红白理事会未发挥作用、出现大操大办的扣2分。", ""],
        ["合计", LEFT, LEFT, "100", "", ""],
        ["备注", "村（社区）工作获县级以上表彰的，每项加2分，加分最多不超过5分；“两委”成员违纪违法受到党纪政务处分的，"
                 "年度考核实行一票否决。", LEFT, LEFT, LEFT, LEFT],
    ])
    return [
        ("p", "桃党发〔2024〕12号附件2"),
        ("h", "桃源镇2024年度村（社区）“两委”班子工作实绩考核评分表"),
        ("p", "村（社区）：______________　　　　考核时间：______年____月____日"),
        ("t", table),
        ("p", "考核等次：得分85分（含）以上为优秀，70分（含）至85分为良好，70分以下为较差。"),
        ("p", "考核组长：__________　　考核组成员：__________　　村（社区）党组织书记确认：__________"),
        ("r", "中共桃源镇委员会"),
        ("r", "2024年11月20日"),
    ]


# ---------------------------------------------------------------- w02: 处室 办法 in prose + 附件 weights table
W02 = "w02-shi-caizhengju-jiguan-chushi-jixiao-kaohe-banfa"


def w02() -> list:
    annex = grid([12, 40, 16, 70, 24, 14], [
        ["序号", "考核项目", "权重", "考核要点", "考核处室", "得分"],
        ["1", "重点工作完成情况", "40%", "年度重点工作任务完成进度和质量", "办公室", ""],
        ["2", "日常履职", "25%", "公文办理、信息报送、建议提案办理", "办公室", ""],
        ["3", "服务质效", "20%", "服务对象满意度、投诉办理", "机关党委", ""],
        ["4", "作风纪律", "15%", "工作纪律、考勤", "机关纪委", ""],
        ["合计", LEFT, "100%", "", "", ""],
    ])
    return [
        ("p", "市财办〔2024〕9号"),
        ("h", "市财政局机关处室绩效考核办法（试行）"),
        ("p", "为推动局机关各处室履职尽责、提升工作效能，结合局机关实际，制定本办法。"),
        ("p", "一、考核对象"),
        ("p", "局机关各处室（不含派驻机构）。考核每年进行一次，满分为100分，各考核项目按附件所列权重计分。"),
        ("p", "二、考核内容及计分"),
        ("p", "（一）重点工作完成情况"),
        ("p", "1．年度重点工作任务按时保质完成的，得满分。"),
        ("p", "2．每有一项任务延期完成的扣2分；未完成的，每项扣4分。"),
        ("p", "3．工作被市委、市政府通报批评的，每次扣5分。"),
        ("p", "（二）日常履职"),
        ("p", "1．公文办理超过规定时限的，每件扣0.5分。"),
        ("p", "2．政务信息全年报送少于12篇的，每少1篇扣1分。"),
        ("p", "3．建议提案办理满意率低于95%的扣3分。"),
        ("p", "（三）服务质效"),
        ("p", "1．服务对象满意度测评结果在90分以上的得20分，在80分至90分之间的得15分，低于80分的得10分。"),
        ("p", "2．被12345热线有效投诉的，每件扣1分。"),
        ("p", "（四）作风纪律"),
        ("p", "1．违反工作纪律被局机关纪委通报的，每人次扣2分。"),
        ("p", "2．处室人员受到党纪政务处分的，本项不得分。"),
        ("p", "3．考勤抽查发现迟到早退的，每人次扣0.2分。"),
        ("p", "三、加分项目"),
        ("p", "处室工作经验被省级以上部门推广的，每项加2分；获得市级以上集体荣誉的，每项加3分。加分累计最高不超过6分。"),
        ("p", "四、等次确定"),
        ("p", "得分在90分及以上的为优秀，80分及以上、不足90分的为良好，70分及以上、不足80分的为一般，不足70分的为较差。"
              "优秀等次处室数量不超过处室总数的30%。"),
        ("p", "五、本办法由局办公室负责解释，自发布之日起施行。"),
        ("p", "附件：市财政局机关处室绩效考核评分表"),
        ("r", "市财政局办公室"),
        ("r", "2024年3月5日"),
        ("p", "附件"),
        ("h", "市财政局机关处室绩效考核评分表"),
        ("t", annex),
        ("p", "填表人：__________　　审核人：__________"),
    ]


# ---------------------------------------------------------------- w03: one identical sheet per quarter + summary
W03 = "w03-tianhe-wuye-baojie-banzu-jidu-kaohe"

W03_ROWS = [
    ["类别", "考核项目", "标准分", "考核标准", "扣分", "实得分"],
    ["公共区域保洁", "楼道清洁", "15", "楼道地面有明显垃圾、污渍的，每处扣1分。", "", ""],
    [UP, "电梯轿厢", "10", "轿厢内有异味或张贴物未清理的，每次扣2分。", "", ""],
    [UP, "外围道路", "15", "道路积水、落叶未及时清扫的，每处扣1分，扣完为止。", "", ""],
    ["垃圾清运", "日产日清", "20", "垃圾未做到日产日清的，每次扣5分。", "", ""],
    [UP, "分类投放", "10", "分类投放点混投未及时纠正的，每次扣1分。", "", ""],
    ["服务规范", "着装仪容", "10", "未按规定着装的，每人次扣0.5分。", "", ""],
    [UP, "业主投诉", "20", "业主有效投诉每件扣2分；被媒体曝光的，本项不得分。", "", ""],
    ["合计", LEFT, "100", "", "", ""],
]
W03_QUARTERS = ["第一季度", "第二季度", "第三季度", "第四季度"]
W03_WIDTHS = [14, 12, 8, 52, 8, 8]  # Excel character units; a CJK character takes two


def _quarter_sheet(sheet, quarter: str) -> None:
    """Title, form row with the quarter, the table (merged 类别 cells), signature line."""
    ncols = len(W03_WIDTHS)
    heads = [("天和物业服务中心保洁班组季度考核评分表", True, 14),
             (f"班组：__________　　考核季度：2024年{quarter}　　检查日期：__________", False, 10)]
    r = 1
    for text, bold, size in heads:
        sheet.cell(row=r, column=1, value=text).font = Font(name=FONT, bold=bold, size=size)
        sheet.cell(row=r, column=1).alignment = Alignment(horizontal="center" if bold else "left")
        sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        r += 1
    first = r
    for i, row in enumerate(W03_ROWS):
        for c, text in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c)
            cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            cell.font = Font(name=FONT, size=10, bold=i == 0)
            if text not in ("", UP, LEFT):
                cell.value = int(text) if text.isdigit() else text
        sheet.row_dimensions[r].height = 30
        r += 1
    # merged 类别 cells and the 合计 label
    for top, bottom in ((1, 3), (4, 5), (6, 7)):
        sheet.merge_cells(start_row=first + top, start_column=1, end_row=first + bottom, end_column=1)
    sheet.merge_cells(start_row=first + 8, start_column=1, end_row=first + 8, end_column=2)
    sheet.cell(row=r, column=1, value="检查人：__________　　　班组长确认：__________").font = Font(name=FONT, size=10)
    sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    for c, width in enumerate(W03_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width


def _summary_sheet(sheet) -> None:
    """Per-team quarterly scores to fill in and a note on the annual grades; no points of its own."""
    widths = [10, 10, 10, 10, 10, 12, 10]
    sheet.cell(row=1, column=1, value="2024年度保洁班组考核汇总表").font = Font(name=FONT, bold=True, size=14)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(widths))
    rows = [["班组", *W03_QUARTERS, "年度得分", "等次"], ["保洁一班"], ["保洁二班"], ["保洁三班"]]
    for r, row in enumerate(rows, start=2):
        for c in range(1, len(widths) + 1):
            cell = sheet.cell(row=r, column=c)
            cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
            cell.font = Font(name=FONT, size=10, bold=r == 2)
            if c <= len(row):
                cell.value = row[c - 1]
    notes = ["注：年度得分为四个季度得分的平均值。",
             "年度得分90分以上为优秀班组，75分以上不足90分为合格班组，不足75分为不合格班组。"]
    for r, text in enumerate(notes, start=len(rows) + 2):
        sheet.cell(row=r, column=1, value=text).font = Font(name=FONT, size=10)
        sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(widths))
    for c, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width


def write_w03(path: Path) -> None:
    book = Workbook()
    first = book.active
    for i, quarter in enumerate(W03_QUARTERS):
        sheet = first if i == 0 else book.create_sheet()
        sheet.title = quarter
        _quarter_sheet(sheet, quarter)
    _summary_sheet(book.create_sheet("年度汇总"))
    for sheet in book.worksheets:
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    book.properties.creator = book.properties.lastModifiedBy = "rubrics corpus/unseen3/make_unseen3.py"
    book.properties.created = book.properties.modified = FIXED_DATE
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(deterministic_zip(buffer.getvalue()))


# ---------------------------------------------------------------- w04: 医德医风 form, three empty answer columns
W04 = "w04-anping-zhongyiyuan-yide-yifeng-kaoping"


def w04() -> list:
    table = grid([22, 80, 14, 14, 14, 14], [
        ["考评项目", "考评内容", "分值", "自评", "科室评", "医院评"],
        ["廉洁行医", "不收受患者及其家属的红包、礼品", "10", "", "", ""],
        [UP, "不收受医药企业回扣、提成", "10", "", "", ""],
        [UP, "合理检查、合理用药，不开大处方", "10", "", "", ""],
        ["服务态度", "接诊热情，耐心解答患者询问", "10", "", "", ""],
        [UP, "尊重患者隐私和知情同意权", "10", "", "", ""],
        [UP, "不推诿、不拒诊患者", "5", "", "", ""],
        ["医疗作风", "严格执行首诊负责制", "10", "", "", ""],
        [UP, "按时上下班，不擅离工作岗位", "10", "", "", ""],
        ["团结协作", "服从科室工作安排，主动补位", "15", "", "", ""],
        [UP, "积极参加医院组织的义诊和公益活动", "10", "", "", ""],
        ["扣分项", "被患者有效投诉的（每次）", "-2", "", "", ""],
        [UP, "违反医疗收费规定的（每次）", "-3", "", "", ""],
        [UP, "因服务态度引发医疗纠纷的（每起）", "-5", "", "", ""],
        ["合计", LEFT, "100", "", "", ""],
    ])
    return [
        ("p", "安中医发〔2024〕27号"),
        ("h", "安平县中医医院医务人员医德医风考评表"),
        ("p", "科室：__________　　姓名：__________　　职称：__________　　考评年度：2024年"),
        ("t", table),
        ("p", "考评说明："),
        ("p", "1．医德医风考评实行百分制，扣分项从总分中扣减。"),
        ("p", "2．考评结果分为优秀、良好、一般、较差四个等次：总分90分及以上为优秀，80—89分为良好，"
              "60—79分为一般，60分以下为较差。"),
        ("p", "3．收受红包、回扣经查实的，医德医风考评直接定为较差。"),
        ("p", "本人签字：__________　　科室负责人签字：__________　　医院考评小组签字：__________"),
        ("r", "安平县中医医院医德医风建设领导小组"),
        ("r", "2024年12月"),
    ]


# ---------------------------------------------------------------- w05: student 测评, borderless table
W05 = "w05-jiangbei-zhiyuan-xuesheng-zonghe-suzhi-ceping"


def w05() -> list:
    table = grid([32, 26, 16, 96], [
        ["测评维度", "测评项目", "分值", "评分办法"],
        ["思想品德素质（25%）", "政治表现", "30", "按时参加主题团日活动，每缺一次扣3分。"],
        [UP, "道德品行", "40", "受到学院通报批评的扣10分；受到纪律处分的，本项不得分。"],
        [UP, "集体观念", "30", "无故缺席班级集体活动的，每次扣2分。"],
        ["学业素质（50%）", "课程成绩", "80", "按学年课程加权平均成绩的80%计分。"],
        [UP, "学业进步", "20", "学年平均成绩排名较上学年提升10%以上的得20分，提升5%至10%的得10分。"],
        ["身心素质（10%）", "体质健康", "60", "体质测试优秀得60分，良好得50分，及格得40分，不及格不得分。"],
        [UP, "心理素养", "40", "参加心理健康教育课程并考核合格的得40分。"],
        ["实践创新素质（15%）", "社会实践", "50", "完成暑期社会实践并提交报告的得30分；获评校级优秀实践报告的得50分。"],
        [UP, "创新创业", "50", "获省级以上竞赛奖项的，每项得25分；获校级竞赛奖项的，每项得10分；最多得50分。"],
    ])
    return [
        ("p", "江北职院学〔2024〕6号"),
        ("h", "江北职业技术学院学生综合素质测评细则"),
        ("p", "第一条　为全面评价学生德、智、体及实践创新等方面的发展情况，制定本细则。"),
        ("p", "第二条　综合素质测评按四个维度进行，各维度满分均为100分，按所列百分比权重折算为测评总分，"
              "测评总分满分100分。"),
        ("p", "测评总分＝思想品德素质得分×25%＋学业素质得分×50%＋身心素质得分×10%＋实践创新素质得分×15%。"),
        ("p", "第三条　各维度测评项目及评分办法如下："),
        ("B", table),
        ("p", "第四条　测评等级按测评总分划分：90分及以上为A等，80分及以上、不足90分为B等，60分及以上、不足80分为C等，"
              "不足60分为D等。A等人数不超过年级参评人数的20%。"),
        ("p", "第五条　测评学年内受到留校察看及以上处分的，测评等级直接定为D等。"),
        ("p", "第六条　本细则由学生工作处负责解释，自2024级学生起执行。"),
        ("r", "江北职业技术学院学生工作处"),
        ("r", "2024年9月1日"),
    ]


# ---------------------------------------------------------------- w06: web page, points in column-group headers
W06 = "w06-dongyang-qu-jiedao-niandu-kaohe-jifenbiao"

W06_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>东阳区2024年度街道工作考核计分表_通知公告_东阳区人民政府</title>
<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px;text-align:center}</style>
</head>
<body>
<header><a href="/">东阳区人民政府</a> <nav><a href="/xxgk/">信息公开</a> · <a href="/tzgg/">通知公告</a> · <a href="/zmhd/">政民互动</a></nav></header>
<p class="pos">您的位置：首页 → 通知公告</p>
<article>
<h1>东阳区2024年度街道工作考核计分表</h1>
<div class="info">来源：区委督查考核办　　发布时间：2024-12-02　　浏览次数：318　　【打印】【关闭】</div>
<p>各街道党工委、办事处：</p>
<p>现将2024年度街道工作考核计分表及评分说明印发给你们。考核满分100分，由区委督查考核办会同有关部门计分。</p>
<table>
<thead>
<tr><th rowspan="2">考核对象</th><th colspan="3">工作业绩（60分）</th><th colspan="2">工作作风（25分）</th><th rowspan="2">群众评议（15分）</th><th rowspan="2">总分</th></tr>
<tr><th>任务完成（30分）</th><th>创新工作（15分）</th><th>督办落实（15分）</th><th>纪律作风（15分）</th><th>廉洁自律（10分）</th></tr>
</thead>
<tbody>
<tr><td>城关街道</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>东坝街道</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>西湖街道</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>南岭街道</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
</tbody>
</table>
<p><strong>评分说明</strong></p>
<p>1. 任务完成：全年重点任务全部按期完成的得30分；每有一项未按期完成扣3分。</p>
<p>2. 创新工作：创新做法被市级以上推广的，每项得5分，最多得15分。</p>
<p>3. 督办落实：区委、区政府督办事项逾期未办结的，每件扣2分。</p>
<p>4. 纪律作风：被区纪委监委通报的，每次扣5分。</p>
<p>5. 廉洁自律：班子成员受到党纪政务处分的，本项不得分。</p>
<p>6. 群众评议：按群众满意度测评结果折算计分。</p>
<p>7. 街道辖区发生重大安全生产责任事故的，年度考核实行一票否决。</p>
<p>8. 考核总分90分以上为一等，80分以上不足90分为二等，不足80分为三等。</p>
<p class="att">附件下载：<a href="/u/cms/2024/jdkh.xlsx">东阳区2024年度街道工作考核计分表.xlsx</a></p>
<p style="text-align:right">东阳区委督查考核办<br>2024年12月2日</p>
</article>
<footer>版权所有：东阳区人民政府办公室　ICP备案号：示例ICP备00000000号　<a href="#">网站地图</a></footer>
</body>
</html>
"""

DOCX_DOCS = {W01: (w01, True), W02: (w02, False), W04: (w04, False), W05: (w05, False)}


def main(argv: list[str] | None = None) -> int:
    docx_files = {stem: (write_docx, build, {"landscape": landscape}) for stem, (build, landscape) in DOCX_DOCS.items()}
    return build_set(argv, __doc__, HERE, docx_files, {f"{W03}.xlsx": write_w03}, {f"{W06}.html": W06_HTML})


if __name__ == "__main__":
    raise SystemExit(main())
