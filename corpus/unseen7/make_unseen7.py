"""A seventh held-out set: eight assessment documents in DOCX/PDF/XLSX/HTML the pipeline never saw.

    .venv/bin/python corpus/unseen7/make_unseen7.py [--no-pdf]

Written for this set in my own words, in layouts unlike corpus/unseen (u01–u09), unseen2 (v01–v08), unseen3
(w01–w06), unseen4 (x01–x08), unseen5 (y01–y08), unseen6 (z01–z08) and ../shared/corpus: a tax bureau table whose
一级指标 cells carry their 权重 on a second line (each 一级 scored out of 100), a bus company table with 评分方法 and
得分 columns closed by a 备注 row holding the veto and grades, a reservoir 细则 in 第X条 articles with points in
brackets at two levels, a health workbook with one identical sheet per quarter, a wide canteen table in a workbook
printed to PDF, a 社区卫生服务中心 web page with nested two-row headers, a sanitation table with no header row at
all, and a group company notice whose scheme is numbered paragraphs with 加分/减分 sections. Bytes are stable across
runs (helpers of ../unseen/make_unseen.py and ../corpusgen). Gold: write_gold7.py → gold/<stem>.json.
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

# ---------------------------------------------------------------- t01: tax bureau, weight inside the 一级 cell
T01 = "t01-lanxi-shi-shuiwuju-jiceng-fenju-jixiao-kaoping"


def t01() -> list:
    table = grid([30, 30, 12, 96, 26], [
        ["一级指标", "二级指标", "分值", "评分方法", "考评部门"],
        ["收入质量\n（权重30%）", "收入预测准确率", "40",
         "月度收入预测偏差率在5%以内的得40分；偏差率每超出1个百分点扣4分。", "收入核算科"],
        [UP, "欠税清缴", "35", "新增欠税清缴率达到80%的得35分；每低5个百分点扣3分。", "征管科"],
        [UP, "税收分析", "25", "按季报送税收分析报告，每缺报一期扣5分；报告质量不高被退回重报的，每次扣2分。", "收入核算科"],
        ["征收管理\n（权重40%）", "申报率", "30", "按期申报率达到98%的得30分；每低1个百分点扣2分。", "征管科"],
        [UP, "发票管理", "25",
         "发票风险疑点按时核实处理率每低1个百分点扣1分；发现虚开发票线索未及时移交稽查的，每起扣5分。", "货物和劳务税科"],
        [UP, "风险应对", "25", "风险应对任务按期完成率未达到95%的扣10分；应对质效排名全市后三位的扣5分。", "风险管理局"],
        [UP, "执法规范", "20", "执法督察发现执法过错的，每起扣4分，扣完为止。", "法制科"],
        ["纳税服务\n（权重30%）", "办税效率", "40",
         "办税服务厅平均等候时间超过15分钟的扣10分；“最多跑一次”事项落实不到位被投诉并核实的，每件扣2分。", "纳税服务科"],
        [UP, "纳税人满意度", "35", "按第三方纳税人满意度调查得分折算计分。", "纳税服务科"],
        [UP, "12366热线工单", "25", "工单按时办结率每低1个百分点扣1分。", "纳税服务科"],
    ])
    return [
        ("h", "澜溪市税务局2024年度基层税务分局绩效考评指标"),
        ("p", "本指标适用于市局所属各基层税务分局。绩效考评实行百分制：每个一级指标下的二级指标分值合计为100分，"
              "一级指标得分按所列权重折算后相加，即为分局综合得分。"),
        ("t", table),
        ("p", "说明：1．综合得分90分以上为优秀，80分以上不足90分为良好，70分以上不足80分为达标，不足70分为待改进。"),
        ("p", "2．分局工作经验被国家税务总局推广的加3分，被省税务局推广的加1分；加分累计不超过4分。"),
        ("p", "3．分局当年发生税务人员违纪违法案件被立案审查的，绩效考评直接评为待改进等次。"),
        ("r", "澜溪市税务局绩效管理办公室"),
        ("r", "2024年2月19日"),
    ]


# ---------------------------------------------------------------- t02: bus company, 评分方法/得分 and a 备注 row
T02 = "t02-jinghe-gongjiao-jituan-chedui-anquan-fuwu-yuedu-kaohe"


def t02() -> list:
    note = ("1．车队当月发生负有同等及以上责任的死亡事故的，当月考核实行一票否决。\n"
            "2．各项扣分以该项分值为限。\n"
            "3．月度得分95分以上为A级车队，85分（含）至95分为B级车队，85分以下为C级车队。")
    table = grid([12, 24, 46, 12, 80, 14], [
        ["序号", "考核项目", "考核标准", "分值", "评分方法", "得分"],
        ["1", "行车安全", "无责任交通事故，车辆运行平稳", "25",
         "发生一般责任事故的，每起扣10分；发生轻微责任事故的，每起扣5分；驾驶员被查实超速行驶的，每人次扣2分。", ""],
        ["2", "车辆技术状况", "车辆按期维护，车况良好", "15",
         "车辆未按期进行二级维护的，每车次扣2分；出车前未执行例检的，每车次扣1分。", ""],
        ["3", "运营服务", "按班次准点发车，规范报站", "20",
         "脱班、漏班的，每班次扣1分；发车准点率低于95%的扣5分；到站不停或报站不规范被查实的，每次扣0.5分。", ""],
        ["4", "乘客投诉", "有效投诉处理及时、答复规范", "15",
         "有效投诉每件扣1分；投诉答复超过3个工作日的，每件另扣0.5分。", ""],
        ["5", "车容车貌", "车厢整洁，服务设施完好", "10",
         "抽查车厢不洁的，每车扣0.5分；车内服务设施损坏未报修的，每处扣0.5分。", ""],
        ["6", "节能降耗", "完成百公里能耗定额", "10", "完成能耗定额的得10分；能耗每超定额1个百分点扣1分。", ""],
        ["7", "安全学习", "按时参加月度安全例会", "5", "驾驶员缺席安全例会的，每人次扣0.2分。", ""],
        ["合计", LEFT, LEFT, "100", "", ""],
        ["备注", note, LEFT, LEFT, LEFT, LEFT],
    ])
    return [
        ("h", "泾河公交集团2024年车队安全服务月度考核表"),
        ("p", "车队名称：______________　　考核月份：2024年____月　　考核人：__________"),
        ("t", table),
        ("r", "泾河公交集团安全技术部"),
    ]


# ---------------------------------------------------------------- t03: reservoir 细则, 第X条 with points at two levels
T03 = "t03-qingjiang-xian-xiaoxing-shuiku-yunxing-guanli-kaohe-xize"


def t03() -> list:
    return [
        ("h", "清江县小型水库运行管理考核细则"),
        ("p", "第一条　为落实小型水库安全管理责任，规范水库运行管理，保障水库安全度汛，制定本细则。"),
        ("p", "第二条　本细则适用于全县36座小（1）型、小（2）型水库的管护单位。考核满分100分，由县水利局每年组织一次，"
              "采取查阅资料与现场察看相结合的方式进行。"),
        ("p", "第三条　安全管理责任（25分）"),
        ("p", "（一）责任人落实（10分）。水库行政、技术、巡查三个责任人未落实的，每缺一人扣3分；责任人名单未在水库醒目位置"
              "公示的扣1分。"),
        ("p", "（二）应急预案（15分）。未编制大坝安全管理应急预案的扣8分；预案未经主管部门审批的扣3分；汛前未组织演练的扣4分。"),
        ("p", "第四条　工程巡查与维修养护（35分）"),
        ("p", "（一）日常巡查（15分）。汛期每日巡查不少于1次，非汛期每周不少于2次，巡查记录每缺一次扣0.5分。"),
        ("p", "（二）维修养护（12分）。坝面杂草、杂树未及时清除的扣2分；溢洪道存在阻水障碍物的，每处扣2分；"
              "闸门启闭设备未定期保养的扣3分。"),
        ("p", "（三）安全鉴定（8分）。超过规定期限未开展大坝安全鉴定的，该项不得分。"),
        ("p", "第五条　调度运用（20分）"),
        ("p", "（一）调度方案（10分）。有经批准的调度运用方案并严格执行的得10分；无方案的不得分。"),
        ("p", "（二）汛限水位（10分）。汛期擅自超汛限水位蓄水的，每次扣5分，扣完为止。"),
        ("p", "第六条　监测与档案（20分）"),
        ("p", "（一）雨水情测报（12分）。测报设施完好、数据按时上传的得12分；设施损坏未修复的扣4分；数据上传不及时的，"
              "每次扣0.5分。"),
        ("p", "（二）档案管理（8分）。工程档案未分类归档的扣3分；巡查、维养记录不完整的扣2分。"),
        ("p", "第七条　有下列情形之一的，另行加分，加分总数不超过5分："),
        ("p", "（一）水库被评为省级标准化管理水库的，加3分；"),
        ("p", "（二）管护单位在市级以上水利工作会议上作经验交流的，加2分。"),
        ("p", "第八条　发生垮坝或因管理不善造成人员伤亡事故的，年度考核实行一票否决。"),
        ("p", "第九条　考核结果分为优秀、良好、合格、不合格四个等次：得分90分以上的为优秀；75分以上不足90分的为良好；"
              "60分以上不足75分的为合格；不足60分的为不合格。"),
        ("p", "第十条　考核结果与水库管护经费挂钩，对考核优秀的管护单位，按其年度管护经费的10%给予奖励。"),
        ("p", "第十一条　本细则由县水利局负责解释，自印发之日起施行。"),
        ("r", "清江县水利局"),
        ("r", "2024年4月12日"),
    ]


# ---------------------------------------------------------------- shared XLSX helpers
def _cell(sheet, row: int, col: int, value, bold: bool = False, size: int = 10) -> None:
    cell = sheet.cell(row=row, column=col)
    cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
    cell.alignment = Alignment(wrap_text=True, vertical="center")
    cell.font = Font(name=FONT, size=size, bold=bold)
    if value not in ("", None):
        cell.value = value


def _line(sheet, row: int, text: str, ncols: int, bold: bool = False, size: int = 10) -> None:
    sheet.cell(row=row, column=1, value=text).font = Font(name=FONT, bold=bold, size=size)
    sheet.cell(row=row, column=1).alignment = Alignment(horizontal="center" if bold else "left", wrap_text=True)
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)


def _save(book: Workbook, path: Path) -> None:
    book.properties.creator = book.properties.lastModifiedBy = "rubrics corpus/unseen7/make_unseen7.py"
    book.properties.created = book.properties.modified = FIXED_DATE
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(deterministic_zip(buffer.getvalue()))


# ---------------------------------------------------------------- t04: health workbook, one identical sheet per quarter
T04 = "t04-heyang-xian-jiben-gonggong-weisheng-fuwu-jidu-kaohe"

T04_ROWS = [
    ("健康档案管理（15分）", [
        ("建档率", 5, "居民电子健康档案建档率达到90%的得5分；每低1个百分点扣0.5分。"),
        ("档案使用率", 5, "抽查10份档案，动态使用率低于60%的扣3分。"),
        ("档案真实性", 5, "抽查发现虚假档案的，每份扣1分，扣完为止。"),
    ]),
    ("慢性病患者管理（30分）", [
        ("高血压患者管理", 12, "规范管理率每低于目标值1个百分点扣0.5分；随访记录缺失的，每份扣0.5分。"),
        ("糖尿病患者管理", 12, "血糖控制率低于50%的扣4分；当季未面对面随访的，每人扣0.5分。"),
        ("严重精神障碍患者管理", 6, "在册患者失访的，每人扣1分。"),
    ]),
    ("重点人群健康管理（30分）", [
        ("孕产妇健康管理", 8, "早孕建册率低于85%的扣3分；产后访视记录不全的，每份扣0.5分。"),
        ("0～6岁儿童健康管理", 8, "新生儿访视率达到90%的得4分；儿童系统管理率达到85%的得4分。"),
        ("老年人健康管理", 14, "65岁及以上老年人健康体检率每低1个百分点扣0.5分；体检结果未反馈本人的，每人扣0.2分。"),
    ]),
    ("预防接种与传染病报告（25分）", [
        ("预防接种", 15, "适龄儿童免疫规划疫苗接种率达到95%的得15分；每低1个百分点扣1分；发生接种差错的，每起扣5分。"),
        ("传染病报告", 10, "传染病漏报的，每例扣2分；迟报的，每例扣1分。"),
    ]),
]
T04_QUARTERS = ["第一季度", "第二季度", "第三季度", "第四季度"]


def write_t04(path: Path) -> None:
    """Four sheets, one per quarter, identical but for the quarter in the form row: one scheme."""
    book = Workbook()
    head = ["项目", "考核指标", "标准分", "考核方法及评分标准", "得分"]
    for q, quarter in enumerate(T04_QUARTERS):
        sheet = book.active if q == 0 else book.create_sheet()
        sheet.title = quarter
        _line(sheet, 1, "和阳县基本公共卫生服务项目季度考核评分表", len(head), True, 14)
        _line(sheet, 2, f"被考核机构：______________卫生院　　考核季度：2024年{quarter}　　考核日期：____月____日", len(head))
        for c, text in enumerate(head, start=1):
            _cell(sheet, 3, c, text, bold=True)
        r = 4
        for group, leaves in T04_ROWS:
            first = r
            for name, points, text in leaves:
                for c, value in enumerate([group if r == first else "", name, points, text, ""], start=1):
                    _cell(sheet, r, c, value)
                r += 1
            sheet.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        for c, value in enumerate(["合计", "", 100, "", ""], start=1):
            _cell(sheet, r, c, value, bold=c == 1)
        r += 1
        for text in ["说明：1．季度考核得分90分及以上为优秀，75～89分为合格，75分以下为不合格。",
                     "2．季度内发生因工作人员责任造成的疫苗接种严重差错或重大医疗事故的，当季考核直接评为不合格。",
                     "3．考核结果与基本公共卫生服务补助资金拨付挂钩，考核不合格的，按5%的比例扣减当季补助资金。",
                     "考核组成员签字：____________________　　和阳县卫生健康局（盖章）"]:
            _line(sheet, r, text, len(head))
            r += 1
        for c, width in enumerate([16, 18, 8, 62, 8], start=1):
            sheet.column_dimensions[get_column_letter(c)].width = width
    _save(book, path)


# ---------------------------------------------------------------- t05: wide canteen table, XLSX printed to PDF
T05 = "t05-songhe-daxue-xuesheng-shitang-canyin-fuwu-zhiliang-kaohe"

T05_ROWS = [
    ("食品安全", [
        ("原料采购", 10, "索证索票齐全，建立进货查验台账", "未索证索票的，每批次扣2分；台账记录不全的，每次扣1分。",
         "查阅台账", "每月", "膳食科"),
        ("加工操作", 10, "生熟分开，成品留样规范", "生熟混放的，每处扣2分；留样不足125克或未满48小时的，每次扣3分。",
         "现场检查", "每周", "膳食科"),
        ("从业人员", 5, "持有效健康证明上岗", "无健康证明上岗的，每人扣2分。", "查验证件", "每月", "膳食科"),
    ]),
    ("环境卫生", [
        ("就餐区卫生", 10, "餐桌椅干净，地面无积水", "餐桌有残渣、地面有积水的，每处扣0.5分。", "现场检查", "每日", "后勤督查办"),
        ("后厨卫生", 10, "墙面、灶台、排烟罩清洁", "不符合要求的，每处扣1分。", "现场检查", "每周", "后勤督查办"),
        ("病媒防治", 5, "防蝇、防鼠设施完好", "发现鼠迹、蟑螂的，每次扣2分。", "现场检查", "每月", "后勤督查办"),
    ]),
    ("服务质量", [
        ("供餐保障", 15, "按时开餐，菜品不少于规定数量", "延迟开餐10分钟以上的，每次扣2分；菜品数量不足的，每餐次扣1分。",
         "随机抽查", "每日", "膳食科"),
        ("价格管理", 10, "明码标价，执行平价菜要求", "未明码标价的扣3分；擅自提价的，每个品种扣2分。", "随机抽查", "每月", "物价管理办公室"),
        ("师生满意度", 15, "月度满意度测评", "满意度达到85%的得15分；每低1个百分点扣1分。", "问卷测评", "每月", "学生膳食委员会"),
    ]),
    ("安全生产", [
        ("消防与燃气", 10, "燃气报警装置完好，消防器材在有效期内", "燃气报警装置失效的扣5分；灭火器过期的，每具扣1分。",
         "现场检查", "每月", "保卫处"),
    ]),
]


def write_t05(path: Path) -> None:
    """One sheet, twelve columns (landscape, fit to width), the 考核类别 merged down without points."""
    book = Workbook()
    sheet = book.active
    sheet.title = "考核表"
    head = ["序号", "考核类别", "考核项目", "分值", "考核标准", "扣分标准", "检查方式", "检查频次", "责任科室",
            "自查得分", "考核得分", "备注"]
    _line(sheet, 1, "松鹤大学学生食堂餐饮服务质量月度考核表", len(head), True, 14)
    _line(sheet, 2, "被考核食堂：______________　　考核月份：2024年____月　　检查人：__________", len(head))
    for c, text in enumerate(head, start=1):
        _cell(sheet, 3, c, text, bold=True)
    r, n = 4, 0
    for group, leaves in T05_ROWS:
        first = r
        for name, points, standard, scoring, way, often, office in leaves:
            n += 1
            values = [n, group if r == first else "", name, points, standard, scoring, way, often, office, "", "", ""]
            for c, value in enumerate(values, start=1):
                _cell(sheet, r, c, value)
            r += 1
        if r - 1 > first:
            sheet.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for c, value in enumerate(["合计", "", "", 100] + [""] * 8, start=1):
        _cell(sheet, r, c, value, bold=c == 1)
    sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    r += 1
    for text in ["说明：1．本表满分100分，单项扣分不超过该项分值。",
                 "2．食堂发生集体性食物中毒事件的，月度考核实行一票否决。",
                 "3．月度得分90分以上为优秀，80分以上不足90分为良好，70分以上不足80分为合格，不足70分为不合格；"
                 "连续两个月不合格的，学校有权解除承包经营合同。",
                 "4．食堂被上级食品安全监管部门通报表扬的，当月加2分。"]:
        _line(sheet, r, text, len(head))
        r += 1
    for c, width in enumerate([5, 10, 12, 6, 26, 36, 10, 8, 14, 8, 8, 8], start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    _save(book, path)


# ---------------------------------------------------------------- t06: 社区卫生服务中心 web page, nested headers
T06 = "t06-luxi-qu-shequ-weisheng-fuwu-zhongxin-jixiao-kaohe"

T06_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>鹿溪区社区卫生服务中心2024年度绩效考核评分表_政策文件_鹿溪区卫生健康局</title>
<style>table.kh{border-collapse:collapse}table.kh th,table.kh td{border:1px solid #444;padding:4px}</style>
</head>
<body>
<header><div class="logo">鹿溪区卫生健康局</div><div class="search"><input type="text" placeholder="请输入关键字"> 搜索</div></header>
<nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zcwj/">政策文件</a></li><li><a href="/bmfw/">便民服务</a></li></ul></nav>
<div class="crumb">您现在的位置：首页 &gt; 政策文件 &gt; 规范性文件</div>
<article>
<h1>鹿溪区社区卫生服务中心2024年度绩效考核评分表</h1>
<div class="meta">来源：区卫生健康局基层卫生科　发布日期：2024-03-05　【字体：大 中 小】</div>
<p>各社区卫生服务中心：</p>
<p>现将2024年度社区卫生服务中心绩效考核评分表印发给你们。考核总分100分，由区卫生健康局组织专家组于年底集中考核。</p>
<table class="kh">
<thead>
<tr><th colspan="2">考核指标</th><th rowspan="2">分值</th><th rowspan="2">考核标准与评分办法</th><th colspan="2">评分</th></tr>
<tr><th>一级指标</th><th>二级指标</th><th>自评</th><th>复核</th></tr>
</thead>
<tbody>
<tr><td rowspan="3">基本医疗（40分）</td><td>门诊服务</td><td>10</td><td>门诊预约诊疗率达到50%的得5分；处方合格率低于95%的扣3分。</td><td></td><td></td></tr>
<tr><td>合理用药</td><td>10</td><td>抗菌药物处方比例超过20%的，每超1个百分点扣1分。</td><td></td><td></td></tr>
<tr><td>家庭医生签约</td><td>20</td><td>重点人群签约率达到70%的得10分；签约居民续约率达到80%的得10分；签约服务投诉经核实的，每件扣2分。</td><td></td><td></td></tr>
<tr><td rowspan="3">公共卫生（35分）</td><td>健康教育</td><td>10</td><td>每月举办健康知识讲座不少于1次，每少1次扣1分；健康教育宣传栏未按每两个月更换一次的扣2分。</td><td></td><td></td></tr>
<tr><td>慢病随访</td><td>15</td><td>随访记录与信息系统数据不一致的，每份扣0.5分，扣完为止。</td><td></td><td></td></tr>
<tr><td>突发事件报告</td><td>10</td><td>突发公共卫生事件未在2小时内报告的，每起扣5分。</td><td></td><td></td></tr>
<tr><td rowspan="2">内部管理（25分）</td><td>医疗质量安全</td><td>15</td><td>发生医疗纠纷经鉴定负有责任的，每起扣5分；院感防控检查不合格的扣5分。</td><td></td><td></td></tr>
<tr><td>财务管理</td><td>10</td><td>未执行收支两条线管理的扣5分；药品耗材零差率销售未落实的扣5分。</td><td></td><td></td></tr>
<tr><td colspan="2">合计</td><td>100</td><td></td><td></td><td></td></tr>
</tbody>
</table>
<div class="note">注：1．获得省级以上卫生健康部门表彰的，每项加2分，加分最多不超过4分。<br>
2．中心发生重大医疗事故或瞒报传染病疫情的，直接评为不合格。<br>
3．年度得分90分（含）以上为优秀，80分（含）至90分为良好，60分（含）至80分为合格，60分以下为不合格。</div>
<p class="sign">鹿溪区卫生健康局<br>2024年3月5日</p>
</article>
<footer>主办单位：鹿溪区卫生健康局　联系电话：0000-12345678　<a href="#">网站地图</a>　<a href="#">隐私声明</a></footer>
</body>
</html>
"""

# ---------------------------------------------------------------- t07: sanitation table with no header row
T07 = "t07-baishi-qu-huanwei-zuoye-fuwu-qiye-yuedu-kaohe"


def t07() -> list:
    table = grid([30, 14, 130], [
        ["道路清扫保洁", "25", "主次干道路面见本色，无垃圾、无积尘；发现垃圾带、积尘的，每处扣1分；果皮、纸屑等废弃物滞留"
                              "超过30分钟的，每处扣0.5分。"],
        ["垃圾收运", "20", "生活垃圾日产日清，未及时清运的，每处扣2分；收运车辆沿途撒漏的，每车次扣2分。"],
        ["公厕管理", "15", "公厕内有明显异味、蝇蛆的，每座扣2分；未按规定时间开放的，每座次扣1分。"],
        ["果皮箱及设施", "10", "果皮箱满溢或破损未及时更换的，每个扣0.5分。"],
        ["作业规范", "10", "作业人员未按规定穿着反光标志服的，每人次扣0.5分；早晚交通高峰时段违规作业的，每次扣1分。"],
        ["应急保障", "10", "雨雪天气未按预案组织除雪、排水的扣5分；重大活动保障不力被通报的，每次扣3分。"],
        ["投诉处理", "10", "数字城管案件按时处置率达到95%的得10分；每低1个百分点扣1分；被新闻媒体曝光的，每次扣3分。"],
        ["合计", "100", ""],
    ], header_rows=0)
    return [
        ("h", "白石区环卫作业服务企业月度考核标准"),
        ("p", "一、考核对象"),
        ("p", "通过政府购买服务承接本区道路清扫保洁、垃圾收运和公厕管理的环卫作业企业。"),
        ("p", "二、考核内容及标准"),
        ("p", "区城市管理局每月组织一次考核，采取日常巡查与月末抽查相结合的方式。月度考核满分100分，各项内容、分值和扣分标准"
              "如下，各项扣分扣完为止："),
        ("t", table),
        ("p", "三、考核等次"),
        ("p", "月度考核得分95分以上为优秀，85分以上不足95分为合格，85分以下为不合格。作业企业当月发生安全生产死亡事故的，"
              "当月考核直接评为不合格。"),
        ("p", "四、结果运用"),
        ("p", "月度考核结果与服务费支付挂钩。考核不合格的，按合同约定扣减当月服务费的3%；连续三个月考核不合格的，终止服务合同。"),
        ("r", "白石区城市管理局"),
        ("r", "2024年6月3日"),
    ]


# ---------------------------------------------------------------- t08: group notice, numbered paragraphs, 加分/减分
T08 = "t08-huayu-konggu-jituan-zigongsi-jingying-yeji-kaohe-tongzhi"


def t08() -> list:
    return [
        ("p", "华宇控发〔2024〕8号"),
        ("h", "华宇控股集团有限公司关于开展所属子公司2024年度经营业绩考核工作的通知"),
        ("p", "各全资、控股子公司："),
        ("p", "为进一步落实国有资产保值增值责任，激发子公司经营活力，集团决定对所属子公司开展2024年度经营业绩考核。"
              "现将有关事项通知如下："),
        ("p", "一、考核内容及分值"),
        ("p", "考核满分100分，由以下三部分组成。"),
        ("p", "（一）经营效益指标（55分）"),
        ("p", "1．利润总额（25分）。完成年度目标的得25分；每低于目标1个百分点扣1分，扣完为止。"),
        ("p", "2．营业收入（15分）。完成年度目标的得15分；完成率低于80%的不得分。"),
        ("p", "3．净资产收益率（15分）。达到目标值的得15分；每低0.5个百分点扣1分。"),
        ("p", "（二）管理提升指标（30分）"),
        ("p", "1．成本费用控制（10分）。成本费用占营业收入比重高于预算的，每高1个百分点扣2分。"),
        ("p", "2．应收账款管理（10分）。应收账款周转天数超过90天的扣5分；坏账损失未按程序核销的，每笔扣2分。"),
        ("p", "3．科技创新（10分）。研发投入强度达到3%的得6分；当年获得发明专利授权的，每件得1分，最多得4分。"),
        ("p", "（三）党建与风险防控指标（15分）"),
        ("p", "1．党建工作（8分）。按集团党委党建工作考核结果折算计分。"),
        ("p", "2．合规管理（7分）。发生重大合规风险事件的，每起扣3分；审计发现问题未按期整改的，每项扣1分。"),
        ("p", "二、加分项目"),
        ("p", "（一）超额完成利润总额目标的，每超过1个百分点加0.5分，最多加5分。"),
        ("p", "（二）获得省部级以上科学技术奖的，每项加2分。"),
        ("p", "加分项目合计不超过8分。"),
        ("p", "三、减分项目"),
        ("p", "（一）发生一般生产安全责任事故的，每起减3分。"),
        ("p", "（二）被上级单位通报批评的，每次减1分。"),
        ("p", "四、否决事项"),
        ("p", "子公司发生较大及以上生产安全责任事故、重大环境污染事件或国有资产重大流失的，年度考核实行一票否决。"),
        ("p", "五、考核等级"),
        ("p", "考核结果分为A、B、C、D四级：综合得分95分以上为A级，85分以上至95分为B级，70分以上至85分为C级，70分以下为D级。"
              "A级子公司数量不超过参评子公司总数的30%。"),
        ("p", "六、结果运用"),
        ("p", "考核结果与子公司负责人年度绩效年薪挂钩：A级按绩效年薪基数的1.2倍兑现，B级按1.0倍兑现，C级按0.8倍兑现，"
              "D级按0.6倍兑现。"),
        ("p", "请各子公司于2025年1月15日前将年度经营业绩自评报告报集团运营管理部。"),
        ("r", "华宇控股集团有限公司"),
        ("r", "2024年3月8日"),
    ]


PRINTED_DOCX = {T01: (t01, {"landscape": True}), T02: (t02, {"landscape": True}), T03: (t03, {}),
                T07: (t07, {}), T08: (t08, {})}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    printed = {stem: (write_docx, build, options) for stem, (build, options) in PRINTED_DOCX.items()}
    # two calls: the XLSX-only and HTML files without LibreOffice, then the files that also get a PDF
    build_set([*args, "--no-pdf"], __doc__, HERE, {}, {f"{T04}.xlsx": write_t04}, {f"{T06}.html": T06_HTML})
    return build_set(args, __doc__, HERE, printed, {f"{T05}.xlsx": write_t05}, {})


if __name__ == "__main__":
    raise SystemExit(main())
