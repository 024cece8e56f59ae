"""A sixth held-out set: eight assessment documents in DOCX/PDF/XLSX/HTML the pipeline never saw.

    .venv/bin/python corpus/unseen6/make_unseen6.py [--no-pdf]

Written for this set in my own words, in layouts unlike corpus/unseen (u01–u09), unseen2 (v01–v08), unseen3
(w01–w06), unseen4 (x01–x08), unseen5 (y01–y08) and ../shared/corpus: a university table with three weight
columns (一级/二级/三级指标 each beside its own 权重), a deduction-only safety checklist (no points column,
section rows across, 基础分100), a 街道 综治 web page with colspan section rows carrying the points, a county
办法 whose 加分/扣分/否决/等次 articles govern an 附件 table with separate 考核要点 and 计分方法 columns, a
hospital nursing workbook (评分表 + 汇总表, the group points only in the 汇总 header), a 教研组 table with
numbered criteria in one cell and points in the item name, a 村 集体经济 办法 with tiered scoring rows and money
rewards that are not points, and a long road-maintenance table over pages whose group points sit only in 小计
rows. Bytes are stable across runs (helpers of ../unseen/make_unseen.py and ../corpusgen). Gold:
write_gold6.py → gold/<stem>.json.
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

# ---------------------------------------------------------------- z01: university, three weight columns
Z01 = "z01-qiushan-daxue-xueyuan-niandu-mubiao-kaohe-zhibiao"


def z01() -> list:
    table = grid([22, 12, 24, 12, 26, 12, 92], [
        ["一级指标", "权重", "二级指标", "权重", "三级指标", "权重", "评价标准"],
        ["人才培养", "35%", "本科教学", "20%", "教学质量评价", "8%",
         "学生评教优良率达到90%的得满分；每低1个百分点扣0.5分。"],
        [UP, UP, UP, UP, "教学成果", "7%", "获国家级教学成果奖的得7分；获省级教学成果奖一等奖的得5分、二等奖的得3分。"],
        [UP, UP, UP, UP, "专业建设", "5%", "新增国家级一流本科专业建设点的，每个得5分；新增省级的，每个得2分，本项最多得5分。"],
        [UP, UP, "研究生培养", "15%", "学位论文质量", "8%", "学位论文在上级抽检中被认定为“存在问题学位论文”的，每篇扣4分。"],
        [UP, UP, UP, UP, "研究生就业", "7%", "研究生年终就业率达到92%的得7分；每低1个百分点扣0.5分。"],
        ["科学研究", "30%", "科研项目", "18%", "纵向项目", "10%",
         "新立项国家自然科学基金、国家社会科学基金项目的，每项得2分，最多得10分。"],
        [UP, UP, UP, UP, "横向经费", "8%", "到账经费完成学院年度目标的得8分；未完成的，按完成比例计分。"],
        [UP, UP, "科研成果", "12%", "高水平论文", "7%", "按学院在全校同类学院中的排名计分，前三名得7分，其余学院得4分。"],
        [UP, UP, UP, UP, "成果转化", "5%", "专利转让、许可合同金额每达到50万元得1分，最多得5分。"],
        ["师资队伍", "20%", "人才引育", "12%", "高层次人才", "7%", "新增国家级人才计划入选者，每人得3.5分；新增省级人才计划入选者，每人得1分。"],
        [UP, UP, UP, UP, "博士化率", "5%", "专任教师中具有博士学位的比例达到75%的得5分；每低2个百分点扣1分。"],
        [UP, UP, "师德师风", "8%", "师德考核", "8%", "教师出现师德失范行为经查实的，每人次扣4分，扣完为止。"],
        ["社会服务与党建", "15%", "社会服务", "6%", "继续教育", "6%", "完成年度非学历培训任务的得6分；每少100人次扣1分。"],
        [UP, UP, "党建与思政", "9%", "基层党建", "5%",
         "教工党支部书记“双带头人”配备率未达到100%的扣2分；党建工作被学校通报批评的，每次扣1分。"],
        [UP, UP, UP, UP, "安全稳定", "4%", "发生安全责任事故的，每起扣2分。"],
        ["合计", "100%", "", "", "", "", ""],
    ])
    return [
        ("h", "秋山大学2024年度学院目标管理考核指标体系"),
        ("p", "本指标体系适用于学校各教学科研学院。考核采用百分制，各项指标按所列权重折算分值（权重1%折合1分）。"),
        ("t", table),
        ("p", "说明：1．学院年度考核结果分为A、B、C、D四个等级，按综合得分从高到低排序确定，A等级学院不超过参评学院总数的25%；"
              "综合得分低于60分的为D等级。"),
        ("p", "2．学院取得国家级重大奖项、承担国家重大专项等标志性成果的，经学校考核委员会认定，可加1至3分，加分累计不超过3分。"),
        ("p", "3．学院发生重大安全稳定事件或重大师德师风问题造成恶劣社会影响的，年度考核直接定为D等级。"),
        ("r", "秋山大学目标管理考核工作办公室"),
        ("r", "2024年3月15日"),
    ]


# ---------------------------------------------------------------- z02: deduction-only safety checklist
Z02 = "z02-hengtong-nengyuan-anquan-shengchan-zerenzhi-kaohe"


def z02() -> list:
    table = grid([12, 30, 86, 14, 26], [
        ["序号", "考核内容", "扣分标准", "扣分", "扣分依据"],
        ["一、安全生产责任体系", LEFT, LEFT, LEFT, LEFT],
        ["1", "责任制建立", "未建立全员安全生产责任制的扣10分；责任制内容与岗位职责不符的，每个岗位扣1分。", "", ""],
        ["2", "责任书签订", "主要负责人未与分管负责人、部门负责人签订安全生产责任书的，每缺一份扣2分。", "", ""],
        ["3", "安全管理机构", "未按规定设置安全管理机构或配备专职安全管理人员的扣5分。", "", ""],
        ["二、安全教育培训", LEFT, LEFT, LEFT, LEFT],
        ["4", "三级安全教育", "新入职员工未经三级安全教育即上岗的，每人扣2分。", "", ""],
        ["5", "特种作业持证", "特种作业人员无证上岗的，每人扣5分。", "", ""],
        ["6", "应急演练", "每半年至少组织一次综合应急演练，未组织的扣3分；演练无记录、无评估的扣1分。", "", ""],
        ["三、隐患排查治理", LEFT, LEFT, LEFT, LEFT],
        ["7", "隐患排查", "未按月开展隐患排查的，每缺一次扣2分。", "", ""],
        ["8", "隐患整改", "一般隐患未按期整改的，每项扣1分；重大隐患未挂牌督办的，每项扣5分。", "", ""],
        ["9", "外包作业管理", "外包单位未签订安全管理协议的，每家扣3分。", "", ""],
        ["四、事故报告与处理", LEFT, LEFT, LEFT, LEFT],
        ["10", "事故报告", "发生事故迟报、漏报的，每起扣10分；故意瞒报的，实行一票否决。", "", ""],
        ["11", "轻伤事故", "发生轻伤事故的，每人次扣3分。", "", ""],
        ["", "扣分合计", "", "", ""],
    ])
    return [
        ("h", "恒通能源集团有限公司2024年度所属单位安全生产责任制考核扣分表"),
        ("p", "被考核单位：____________________　　　　考核日期：2024年____月____日"),
        ("t", table),
        ("p", "备注：1．本表实行倒扣分制，基础分100分，各项扣分累计计算，扣完为止。"),
        ("p", "2．单项扣分最高不超过20分。"),
        ("p", "3．被考核单位发生一般及以上生产安全责任事故的，安全生产责任制考核实行一票否决，考核得分记为零分。"),
        ("p", "4．考核得分95分及以上为A级，85分（含）至95分为B级，85分以下为C级。"),
        ("p", "考核组长（签字）：__________　　被考核单位负责人（签字）：__________"),
        ("r", "恒通能源集团有限公司安全环保部"),
    ]


# ---------------------------------------------------------------- z03: 街道 综治 web page, colspan section rows
Z03 = "z03-baiyun-jiedao-shequ-zongzhi-gongzuo-kaohe"

Z03_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>白云街道2024年度社区综治工作考核细则 - 通知公告 - 白云街道办事处</title>
<style>.content table{border-collapse:collapse;width:96%}.content th,.content td{border:1px solid #333;padding:3px}</style>
</head>
<body>
<div class="top">白云街道办事处 | 今天是：<span id="today"></span> | 设为首页 | 加入收藏</div>
<div class="nav"><a href="/">网站首页</a> <a href="/gk/">信息公开</a> <a href="/tz/">通知公告</a> <a href="/bs/">办事指南</a> <a href="/hd/">互动交流</a></div>
<div class="loc">当前位置：网站首页 &gt;&gt; 通知公告</div>
<div class="content">
<h2>白云街道2024年度社区综治工作考核细则</h2>
<div class="info">发布时间：2024-01-22　　来源：街道综治中心　　浏览次数：316</div>
<p>各社区：</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;为推进基层社会治理，维护辖区安全稳定，街道对各社区2024年度综治工作进行考核。考核基础分100分，考核内容及评分标准如下。</p>
<table>
<thead>
<tr><th>考核项目</th><th>考核内容及评分标准</th><th>分值</th><th>考核方法</th></tr>
</thead>
<tbody>
<tr><td colspan="4"><strong>一、平安建设（40分）</strong></td></tr>
<tr><td>矛盾纠纷排查</td><td>每月开展矛盾纠纷排查不少于2次，每少1次扣1分；排查出的纠纷化解率低于95%的扣3分。</td><td>12</td><td>查阅台账</td></tr>
<tr><td>治安巡防</td><td>社区每晚组织治安巡逻，抽查发现未巡逻的，每次扣1分。</td><td>10</td><td>随机抽查</td></tr>
<tr><td>重点人员帮教</td><td>社区矫正对象、刑满释放人员帮教率达到100%的得10分；出现脱管漏管的，每人扣5分。</td><td>10</td><td>系统核查</td></tr>
<tr><td>出租房屋管理</td><td>出租房屋登记率低于90%的扣4分；存在消防隐患未督促整改的，每户扣1分。</td><td>8</td><td>实地检查</td></tr>
<tr><td colspan="4"><strong>二、网格化服务（30分）</strong></td></tr>
<tr><td>网格员履职</td><td>网格员每日巡查走访不少于4小时，抽查发现未履职的，每人次扣0.5分。</td><td>15</td><td>平台核查</td></tr>
<tr><td>事件办结</td><td>网格事件按时办结率达到98%的得10分；每低1个百分点扣1分。</td><td>10</td><td>平台核查</td></tr>
<tr><td>信息采集</td><td>人口、房屋基础信息准确率低于95%的扣5分。</td><td>5</td><td>抽样核对</td></tr>
<tr><td colspan="4"><strong>三、宣传与群众评价（30分）</strong></td></tr>
<tr><td>法治宣传</td><td>全年开展法治宣传活动不少于6次，每少1次扣1分。</td><td>10</td><td>查阅资料</td></tr>
<tr><td>群众安全感</td><td>群众安全感测评得分不低于全街道平均水平的得20分；低于平均水平的，每低1分扣2分。</td><td>20</td><td>第三方测评</td></tr>
<tr><td colspan="4"><strong>四、加分项目（最高加5分）</strong></td></tr>
<tr><td>先进典型</td><td>社区居民获评市级以上见义勇为先进个人的，每人加2分；社区综治工作经验被区级以上推广的，加3分。</td><td>—</td><td>查阅资料</td></tr>
<tr><td colspan="4"><strong>五、一票否决事项</strong></td></tr>
<tr><td>否决情形</td><td>辖区发生重大刑事案件、重大群体性事件或因工作失职引发个人极端事件的，年度综治考核实行一票否决。</td><td>—</td><td>—</td></tr>
<tr><td>合计</td><td></td><td>100</td><td></td></tr>
</tbody>
</table>
<p>&nbsp;&nbsp;&nbsp;&nbsp;考核结果：得分90分以上为优秀，80分以上不足90分为良好，60分以上不足80分为合格，60分以下为不合格。</p>
<p style="text-align:right">白云街道综治中心<br>2024年1月22日</p>
</div>
<div class="foot">版权所有：白云街道办事处　地址：白云路88号　技术支持：某某网络　<a href="#">网站地图</a> <a href="#">联系我们</a></div>
</body>
</html>
"""

# ---------------------------------------------------------------- z04: county 办法 in prose + 附件 table
Z04 = "z04-cuiping-xian-xianzhi-bumen-jixiao-kaohe-banfa"


def z04() -> list:
    table = grid([22, 24, 12, 40, 62, 24], [
        ["考核类别", "考核指标", "分值", "考核要点", "计分方法", "考核单位"],
        ["职能工作", "重点任务", "25", "县委、县政府下达的年度重点任务",
         "未完成的，每项扣3分；进度滞后的，每项扣1分。", "县委督查室"],
        [UP, "业务工作", "35", "部门年度业务工作计划",
         "全面完成的得35分，基本完成的得28分，未完成的酌情计分。", "分管县领导"],
        ["共性工作", "党建工作", "10", "落实机关党建工作责任制", "按县直机关工委党建考核结果折算。", "县直机关工委"],
        [UP, "依法行政", "8", "行政执法规范、复议诉讼情况", "行政复议决定被撤销或变更的，每件扣1分；行政诉讼败诉的，每件扣2分。", "县司法局"],
        [UP, "政务公开", "6", "政府信息主动公开", "未按时限公开政府信息的，每次扣0.5分，扣完为止。", "县政务公开办"],
        [UP, "信访维稳", "6", "信访事项办理", "出现越级集体访的，每批次扣1分。", "县信访局"],
        ["社会评价", "满意度测评", "10", "服务对象和群众满意度", "按测评得分率计分。", "县统计局"],
        ["合计", LEFT, "100", "", "", ""],
    ])
    return [
        ("p", "翠政办发〔2024〕11号"),
        ("h", "翠屏县人民政府办公室关于印发《翠屏县县直部门绩效考核办法》的通知"),
        ("p", "县直各部门、各直属单位："),
        ("p", "《翠屏县县直部门绩效考核办法》已经县政府常务会议研究同意，现印发给你们，请认真贯彻执行。"),
        ("r", "翠屏县人民政府办公室"),
        ("r", "2024年2月26日"),
        ("h", "翠屏县县直部门绩效考核办法"),
        ("p", "第一条　为推动县直部门履职尽责、提高行政效能，结合本县实际，制定本办法。"),
        ("p", "第二条　本办法适用于县直各部门及直属事业单位（以下简称部门）。"),
        ("p", "第三条　绩效考核工作由县绩效考核委员会统一领导，委员会办公室设在县政府督查室，负责日常组织实施。"),
        ("p", "第四条　考核坚持客观公正、注重实绩、分类考核的原则，实行年度考核，平时督查情况作为年度考核的重要依据。"),
        ("p", "第五条　考核内容包括职能工作、共性工作和社会评价三部分，总分100分。具体指标、分值和计分方法见附件。"),
        ("p", "第六条　加分项目。部门有下列情形之一的，给予加分："),
        ("p", "（一）工作获得国家级表彰或在全国性会议上作典型发言的，每项加2分；"),
        ("p", "（二）工作获得省级表彰的，每项加1分；"),
        ("p", "（三）工作经验做法被市级以上领导批示肯定的，每次加0.5分。"),
        ("p", "同一事项按最高标准加分，不重复计算。加分累计不超过5分。"),
        ("p", "第七条　扣分项目。部门有下列情形之一的，在总分中扣分："),
        ("p", "（一）被县委、县政府督查通报批评的，每次扣1分；"),
        ("p", "（二）被市级以上通报批评的，每次扣2分；"),
        ("p", "（三）部门工作人员违纪违法被立案查处的，每人扣3分。"),
        ("p", "第八条　部门有下列情形之一的，年度考核实行一票否决，不得评为优秀、良好等次："),
        ("p", "（一）领导班子成员因严重违纪违法受到党纪政务处分的；"),
        ("p", "（二）负有责任的重大安全生产事故或重大群体性事件的。"),
        ("p", "第九条　考核结果分为优秀、良好、合格、不合格四个等次。得分在90分以上且排名在参考部门前20%的，评为优秀；"
              "80分以上未评为优秀的，评为良好；60分以上不足80分的，评为合格；不足60分的，评为不合格。"),
        ("p", "第十条　考核结果作为部门领导班子和领导干部年度考核、评先评优和绩效奖励发放的重要依据。"),
        ("p", "第十一条　本办法由县绩效考核委员会办公室负责解释，自印发之日起施行。"),
        ("p", "附件"),
        ("h", "翠屏县县直部门绩效考核评分表"),
        ("t", table),
    ]


# ---------------------------------------------------------------- z05: nursing workbook, 评分表 + 汇总表
Z05 = "z05-ruikang-yiyuan-bingqu-huli-zhiliang-yuedu-kaohe"

Z05_ROWS = [
    ("基础护理", [
        ("床单位整洁", 5, "床单位不整洁、有污渍的，每床扣0.5分。"),
        ("晨晚间护理", 10, "晨晚间护理不到位的，每例扣1分。"),
        ("皮肤护理", 10, "发生院内压力性损伤（难免压疮除外）的，每例扣5分；翻身记录不全的，每例扣1分。"),
    ]),
    ("专科护理", [
        ("护理评估", 10, "入院评估未在2小时内完成的，每例扣1分。"),
        ("病情观察", 10, "危重患者病情变化未及时报告医生的，每例扣3分。"),
        ("健康教育", 10, "随机询问患者3名，对所患疾病知识知晓不全的，每人扣1分。"),
    ]),
    ("护理安全", [
        ("用药安全", 10, "发生给药错误的，每例扣5分；高警示药品未单独存放、无警示标识的扣2分。"),
        ("查对制度", 8, "输血、给药未执行双人核对的，每次扣2分。"),
        ("跌倒防范", 7, "跌倒高危患者未悬挂警示标识的，每例扣1分，扣完为止。"),
    ]),
    ("护理文书", [
        ("护理记录", 12, "护理记录与医嘱不符的，每处扣1分；记录涂改的，每处扣0.5分。"),
        ("体温单", 8, "体温单漏项的，每项扣0.5分。"),
    ]),
]
Z05_WARDS = ["心血管内科病区", "呼吸与危重症医学科病区", "普外科病区", "骨科病区", "妇产科病区", "儿科病区"]


def _z05_cell(sheet, row: int, col: int, value, bold: bool = False, size: int = 10) -> None:
    cell = sheet.cell(row=row, column=col)
    cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
    cell.alignment = Alignment(wrap_text=True, vertical="center")
    cell.font = Font(name=FONT, size=size, bold=bold)
    if value not in ("", None):
        cell.value = value


def _z05_title(sheet, row: int, text: str, ncols: int, bold: bool, size: int) -> None:
    sheet.cell(row=row, column=1, value=text).font = Font(name=FONT, bold=bold, size=size)
    sheet.cell(row=row, column=1).alignment = Alignment(horizontal="center" if bold else "left", wrap_text=True)
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)


def write_z05(path: Path) -> None:
    """Sheet 评分表: groups merged down column A (no points), items with 标准分; sheet 汇总表: one row per 病区,
    the groups as columns whose headers alone state the group points."""
    book = Workbook()
    sheet = book.active
    sheet.title = "评分表"
    head = ["考核项目", "考核内容", "标准分", "扣分标准", "扣分", "得分"]
    _z05_title(sheet, 1, "瑞康医院病区护理质量月度考核评分表", len(head), True, 14)
    _z05_title(sheet, 2, "病区：______________　　考核月份：2024年____月　　检查人：__________", len(head), False, 10)
    r = 3
    for c, text in enumerate(head, start=1):
        _z05_cell(sheet, r, c, text, bold=True)
    r += 1
    for group, leaves in Z05_ROWS:
        first = r
        for name, points, text in leaves:
            for c, value in enumerate([group if r == first else "", name, points, text, "", ""], start=1):
                _z05_cell(sheet, r, c, value)
            r += 1
        sheet.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    for c, value in enumerate(["合计", "", 100, "", "", ""], start=1):
        _z05_cell(sheet, r, c, value, bold=c == 1)
    r += 1
    for text in ["说明：1．每月由护理部质控组对各病区进行检查，单项扣分不超过该项标准分。",
                 "2．月得分95分及以上为优秀病区，85～94分为达标病区，85分以下为不达标病区。",
                 "3．发生护理不良事件隐瞒不报的，当月考核直接评为不达标病区。"]:
        _z05_title(sheet, r, text, len(head), False, 10)
        r += 1
    for c, width in enumerate([12, 16, 8, 60, 8, 8], start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width

    summary = book.create_sheet("汇总表")
    head2 = ["序号", "病区", "基础护理（25分）", "专科护理（30分）", "护理安全（25分）", "护理文书（20分）", "总分", "等级"]
    _z05_title(summary, 1, "瑞康医院2024年____月病区护理质量考核汇总表", len(head2), True, 14)
    for c, text in enumerate(head2, start=1):
        _z05_cell(summary, 2, c, text, bold=True)
    for i, ward in enumerate(Z05_WARDS, start=1):
        for c, value in enumerate([i, ward, "", "", "", "", "", ""], start=1):
            _z05_cell(summary, 2 + i, c, value)
    row = 3 + len(Z05_WARDS)
    _z05_title(summary, row, "护理部（盖章）　　　　　　填表人：__________　　　　填表日期：____年____月____日",
               len(head2), False, 10)
    for c, width in enumerate([6, 24, 12, 12, 12, 12, 8, 8], start=1):
        summary.column_dimensions[get_column_letter(c)].width = width
    for ws in (sheet, summary):
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    book.properties.creator = book.properties.lastModifiedBy = "rubrics corpus/unseen6/make_unseen6.py"
    book.properties.created = book.properties.modified = FIXED_DATE
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(deterministic_zip(buffer.getvalue()))


# ---------------------------------------------------------------- z06: 教研组, criteria in one cell, points in the name
Z06 = "z06-mingde-zhongxue-jiaoyanzu-gongzuo-kaohe"


def z06() -> list:
    table = grid([30, 100, 16, 18], [
        ["考核项目", "考核细则", "自评分", "考核组评分"],
        ["计划总结（10分）",
         "1．学期初制定教研组工作计划，未按时上交教务处的扣3分。\n"
         "2．学期末工作总结内容空泛、无数据支撑的扣2分。\n"
         "3．计划、总结未在组内传达学习的扣1分。", "", ""],
        ["教研活动（25分）",
         "1．每学期开展集体教研活动不少于10次，每少1次扣2分。\n"
         "2．活动做到有计划、有记录、有总结，缺一项扣1分。\n"
         "3．组内教师每学期听课不少于15节，每少1节扣0.2分。", "", ""],
        ["课题研究（20分）",
         "1．有在研市级以上课题的得10分，只有区级课题的得6分。\n"
         "2．组内教师在区级以上刊物发表教研论文的，每篇计2分，本项最多计10分。", "", ""],
        ["教学质量（30分）",
         "1．任教学科期末统考平均分位列全区前三名的得30分，第四至六名的得22分，其余得15分。\n"
         "2．学生评教满意率低于85%的扣5分。", "", ""],
        ["青年教师培养（15分）",
         "1．落实“青蓝工程”师徒结对，青年教师未结对的，每人扣2分。\n"
         "2．青年教师在区级以上赛课中获一等奖的，每人次计3分。", "", ""],
        ["加分项（最高加10分）", "教研组被评为市级优秀教研组的加10分，被评为区级优秀教研组的加5分。", "", ""],
    ])
    return [
        ("h", "明德中学教研组工作考核细则"),
        ("p", "为加强教研组建设，提高校本教研实效，学校每学年对各教研组进行一次考核。考核满分100分，由教务处牵头，"
              "会同教科室组成考核小组实施。"),
        ("t", table),
        ("p", "考核结果按得分排序，排名前30%的评为优秀教研组，得分低于70分的为不合格教研组，其余为合格教研组。"),
        ("p", "教研组成员出现有偿补课等严重违反师德规范行为的，该教研组当年不得评为优秀教研组。"),
        ("r", "明德中学教务处"),
        ("r", "2024年9月2日"),
    ]


# ---------------------------------------------------------------- z07: 村 集体经济, tier rows, money rewards
Z07 = "z07-shuangxi-zhen-cunji-jiti-jingji-fazhan-kaohe"


def z07() -> list:
    table = grid([30, 14, 70, 24], [
        ["考核指标", "分值", "考核档次", "计分标准"],
        ["经营性收入", "40", "年经营性收入50万元以上", "40分"],
        [UP, UP, "年经营性收入30万元（含）至50万元", "30分"],
        [UP, UP, "年经营性收入10万元（含）至30万元", "20分"],
        [UP, UP, "年经营性收入不足10万元", "10分"],
        ["收入增长", "25", "经营性收入比上年增长20%以上", "25分"],
        [UP, UP, "增长10%（含）至20%", "15分"],
        [UP, UP, "增长不足10%", "8分"],
        [UP, UP, "负增长", "0分"],
        ["项目建设", "20", "新建成集体经济项目并产生收益的", "20分"],
        [UP, UP, "项目已开工在建的", "10分"],
        [UP, UP, "无新建项目的", "0分"],
        ["资产管理", "15", "“三资”台账规范、按时公开的", "15分"],
        [UP, UP, "发现违规发包、处置集体资产的", "每起扣5分"],
    ])
    return [
        ("h", "双溪镇村级集体经济发展考核办法"),
        ("p", "第一条　为发展壮大村级集体经济，激励村“两委”干部干事创业，制定本办法。"),
        ("p", "第二条　考核对象为全镇18个行政村。考核实行百分制，每年度考核一次，由镇农业农村办公室会同镇财政所组织实施。"),
        ("p", "第三条　考核数据以镇农经站年度财务报表为准，经营性收入不含上级补助资金和征地补偿款。"),
        ("p", "第四条　考核指标及计分标准如下："),
        ("t", table),
        ("p", "第五条　考核结果分为先进村、达标村、后进村三个等次。得分85分以上的为先进村，先进村数量不超过全镇行政村总数的20%；"
              "得分60分以上不足85分的为达标村；得分不足60分的为后进村。"),
        ("p", "第六条　对先进村，镇政府给予村集体一次性奖励5万元，村党组织书记当年绩效报酬上浮10%；"
              "对后进村，由镇党委约谈村党组织书记，限期制定整改措施。"),
        ("p", "第七条　本办法自2024年1月1日起施行，由镇农业农村办公室负责解释。"),
        ("r", "双溪镇人民政府"),
        ("r", "2023年12月20日"),
    ]


# ---------------------------------------------------------------- z08: long table over pages, 小计 rows only
Z08 = "z08-yunling-shi-nongcun-gonglu-yanghu-kaohe-pingfen"

Z08_GROUPS = [
    ("管理机制", 15, [
        ("管养责任", "县、乡、村三级路长制未全面建立的扣3分；路长公示牌设置不全的，每缺一处扣0.2分。", 5),
        ("机构人员", "乡镇未明确农村公路管理机构的，每个乡镇扣1分；行政村未配备护路员的，每村扣0.5分。", 5),
        ("制度建设", "县级未制定农村公路养护管理办法的扣2分；养护考核制度未落实到乡镇的扣1分。", 3),
        ("信息系统", "公路基础数据未按时更新至全省农村公路管理平台的扣2分。", 2),
    ]),
    ("资金保障", 20, [
        ("县级配套", "县级财政养护资金按每年每公里县道1万元、乡道0.5万元、村道0.3万元的标准足额落实的得8分；"
                     "未足额落实的，按落实比例计分。", 8),
        ("资金拨付", "上级补助资金未在收到后30日内拨付到位的扣3分；未按规定专户管理的扣2分。", 5),
        ("资金使用", "挤占、挪用养护资金的，每发现一次扣3分，扣完为止。", 4),
        ("资金绩效", "未开展养护资金绩效自评或自评结果未公开的扣3分。", 3),
    ]),
    ("养护实施", 35, [
        ("日常养护", "路面坑槽、沉陷未及时处治，每公里超过3处的，每公里扣0.5分；路肩杂草丛生、边沟堵塞的，每处扣0.2分。", 10),
        ("小修保养", "年度小修保养计划完成率达到100%的得6分；每低5个百分点扣1分。", 6),
        ("安全设施", "临水临崖、急弯陡坡路段未按规定设置防护设施和警示标志的，每处扣1分。", 6),
        ("桥梁养护", "桥梁未按规定开展经常性检查的，每座扣1分；四、五类危桥未设置警示标志或未采取限载措施的，每座扣2分。", 7),
        ("灾毁修复", "因灾中断路段未在15天内抢通的，每处扣1分。", 6),
    ]),
    ("路况水平", 20, [
        ("优良中等路率", "农村公路优良中等路率达到85%的得10分；每低1个百分点扣0.5分。", 10),
        ("路况检测", "未按规定开展年度路况自动化检测或检测数据未报送的扣5分。", 5),
        ("路域环境", "公路用地范围内违法堆物、设置非公路标志的，每处扣0.5分。", 5),
    ]),
    ("群众评价", 10, [
        ("投诉处理", "12328交通运输服务监督电话转办投诉未按期办结的，每件扣1分。", 5),
        ("满意度调查", "群众满意率低于90%的扣5分。", 5),
    ]),
]


def z08() -> list:
    rows = [["考核项目", "序号", "考核内容", "评分标准", "分值", "得分"]]
    n = 0
    for group, total, leaves in Z08_GROUPS:
        for i, (name, text, points) in enumerate(leaves):
            n += 1
            rows.append([group if i == 0 else UP, str(n), name, text, str(points), ""])
        rows.append(["小计", LEFT, LEFT, LEFT, str(total), ""])
    rows.append(["合计", LEFT, LEFT, LEFT, "100", ""])
    table = grid([18, 10, 24, 96, 12, 14], rows)
    return [
        ("p", "云交发〔2024〕21号"),
        ("h", "云岭市交通运输局关于开展2024年度农村公路养护管理工作考核的通知"),
        ("p", "各县（市、区）交通运输局："),
        ("p", "为贯彻落实农村公路管理养护体制改革要求，推动“四好农村路”高质量发展，市局决定对各县（市、区）2024年度"
              "农村公路养护管理工作进行考核。现将有关事项通知如下。"),
        ("p", "一、考核方式。考核采取县级自查、市级抽查相结合的方式进行。各县（市、区）于2025年1月10日前完成自查，"
              "并将自查报告及佐证材料报市局公路科。市局组织考核组于1月下旬进行实地抽查，每县抽查县道、乡道、村道各不少于"
              "2条，抽查里程不少于30公里。"),
        ("p", "二、考核内容。考核内容包括管理机制、资金保障、养护实施、路况水平和群众评价五个方面，满分100分，"
              "具体见附件评分表。"),
        ("p", "三、结果运用。考核结果纳入对县（市、区）政府年度综合考核，并作为下一年度省、市养护补助资金分配的重要依据。"),
        ("p", "附件：云岭市2024年度农村公路养护管理工作考核评分表"),
        ("r", "云岭市交通运输局"),
        ("r", "2024年11月28日"),
        ("h", "云岭市2024年度农村公路养护管理工作考核评分表"),
        ("p", "被考核单位：______________________"),
        ("T", table),
        ("p", "评分说明：1．各项扣分以该项分值扣完为止。"),
        ("p", "2．辖区农村公路发生因养护管理不到位导致的较大及以上安全责任事故的，考核实行一票否决。"),
        ("p", "3．考核得分90分以上为优秀，75分以上不足90分为良好，60分以上不足75分为合格，不足60分为不合格。"),
        ("p", "4．获评交通运输部“四好农村路”全国示范县的加3分，获评省级示范县的加2分。"),
        ("p", "考核组成员（签字）：________________________"),
    ]


PRINTED_DOCX = {Z01: (z01, {"landscape": True}), Z02: (z02, {}), Z04: (z04, {"landscape": True}),
                Z07: (z07, {}), Z08: (z08, {"header": "云岭市交通运输局"})}
UNPRINTED_DOCX = {Z06: (z06, {})}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    unprinted = {stem: (write_docx, build, options) for stem, (build, options) in UNPRINTED_DOCX.items()}
    printed = {stem: (write_docx, build, options) for stem, (build, options) in PRINTED_DOCX.items()}
    # two calls: the DOCX-only and HTML files without LibreOffice, then the files that also get a PDF
    build_set([*args, "--no-pdf"], __doc__, HERE, unprinted, {}, {f"{Z03}.html": Z03_HTML})
    return build_set(args, __doc__, HERE, printed, {f"{Z05}.xlsx": write_z05}, {})


if __name__ == "__main__":
    raise SystemExit(main())
