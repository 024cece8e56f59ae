"""A ninth held-out set: seven assessment documents in DOCX/PDF/XLSX/HTML the pipeline never saw.

    .venv/bin/python corpus/unseen9/make_unseen9.py [--no-pdf]

Written for this set in my own words, in layouts unlike corpus/unseen (u01–u09), unseen2 (v01–v08), unseen3
(w01–w06), unseen4 (x01–x08), unseen5 (y01–y08), unseen6 (z01–z08), unseen7 (t01–t08), unseen8 (s01–s07) and
../shared/corpus: a 机关事务 后勤服务 办法 whose score is a check table (附件1) weighted with a 满意度测评 form of
weights only (附件2), a 文明城市创建 责任 table with a 责任单位 column and points merged on the 测评项目 only, an
高新区 企业安全信用 table with separate 扣分标准 and 加分标准 columns, a 社区网格员 monthly workbook with a blank
扣分原因 column and its 说明 under the table, a 学校食堂 检查 web page with ★ key items and points written `6分`,
a 党风廉政 办法 in 第X条 whose categories' points are only in the prose and whose 附件 table has 考核方式, and a
县直部门 绩效 table of 共性/个性指标 with weights at two levels. Bytes are stable across runs (helpers of
../unseen/make_unseen.py and ../corpusgen). Gold: write_gold9.py → gold/<stem>.json.
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

# ---------------------------------------------------------------- r01: 机关后勤 办法, check table + 满意度 weights
R01 = "r01-jiahe-shi-jiguan-houqin-fuwu-zhiliang-kaohe-banfa"


def r01() -> list:
    check = grid([10, 22, 26, 12, 90], [
        ["序号", "服务类别", "检查项目", "分值", "评分标准"],
        ["1", "餐饮服务", "饭菜质量", "15", "菜品少于公示菜谱的，每次扣1分；饭菜中发现异物的，每次扣3分。"],
        ["2", UP, "食品安全", "15", "食材进货查验记录不全的，每次扣2分；留样不足48小时的，每次扣3分。"],
        ["3", UP, "就餐秩序", "8", "用餐高峰期取餐等候超过10分钟的，每次扣1分。"],
        ["4", "会务服务", "会场布置", "10", "会场设备调试不到位影响会议进行的，每次扣2分。"],
        ["5", UP, "会议保障", "10", "茶水、文印等服务出现差错的，每次扣1分；泄露会议内容的，该项不得分。"],
        ["6", "车辆服务", "出车调度", "10", "未按约定时间出车的，每次扣1分。"],
        ["7", UP, "行车安全", "12", "发生负同等以上责任交通事故的，每起扣4分；驾驶员交通违法被处罚的，每次扣1分。"],
        ["8", "办公区维修", "报修响应", "10", "一般报修超过2小时未到场的，每次扣0.5分；紧急报修超过30分钟未到场的，每次扣2分。"],
        ["9", UP, "维修质量", "10", "同一故障30日内重复报修的，每次扣1分，扣完为止。"],
        ["合计", LEFT, LEFT, "100", ""],
    ])
    survey = grid([60, 20, 24, 24, 24], [
        ["测评项目", "权重", "满意", "基本满意", "不满意"],
        ["饭菜质量与口味", "20%", "", "", ""],
        ["就餐环境卫生", "15%", "", "", ""],
        ["会议服务保障", "20%", "", "", ""],
        ["用车服务", "15%", "", "", ""],
        ["维修服务", "15%", "", "", ""],
        ["服务人员态度", "15%", "", "", ""],
        ["合计", "100%", "", "", ""],
    ])
    return [
        ("h", "嘉禾市机关事务管理局机关后勤服务质量考核办法"),
        ("p", "为提升机关后勤服务保障水平，局对机关后勤服务中心承担的餐饮、会务、车辆和办公区维修服务实行年度考核。"),
        ("p", "一、考核构成"),
        ("p", "年度考核由日常检查和满意度测评两部分组成，综合得分＝日常检查得分×70%＋满意度测评得分×30%。日常检查和满意度测评"
              "均按百分制计分。"),
        ("p", "二、日常检查"),
        ("p", "局考核组每季度按《日常检查评分表》（附件1）检查一次，年度日常检查得分取四次检查的平均分。"),
        ("p", "三、满意度测评"),
        ("p", "每半年组织一次，由机关各处室干部职工不记名填写《服务满意度测评表》（附件2）。每个测评项目评为“满意”的计100分，"
              "“基本满意”的计60分，“不满意”的计0分，按各项目权重汇总后取全部有效测评表的平均分。"),
        ("p", "四、加分和扣分"),
        ("p", "服务保障重大会议、重大活动受到市委、市政府书面表扬的，每次加2分，全年加分不超过4分。因服务质量问题被投诉并经核实的，"
              "每件扣1分，在综合得分中扣除。"),
        ("p", "五、考核等次"),
        ("p", "综合得分90分以上为优秀，80分以上不足90分为良好，70分以上不足80分为合格，不足70分为不合格。发生集体性食物中毒事件"
              "或重大行车责任事故的，年度考核直接确定为不合格。"),
        ("p", "六、结果运用"),
        ("p", "考核结果与服务中心年度绩效奖励挂钩，优秀的按110%发放，不合格的按80%发放。"),
        ("r", "嘉禾市机关事务管理局"),
        ("r", "2024年3月8日"),
        ("p", "附件1"),
        ("h", "日常检查评分表"),
        ("t", check),
        ("p", "检查人：__________　　检查日期：______年____月____日"),
        ("p", "附件2"),
        ("h", "服务满意度测评表"),
        ("p", "测评人所在处室：____________　　测评时间：2024年____月"),
        ("t", survey),
        ("p", "请在相应栏内打“√”，每个测评项目只选一项。"),
    ]


# ---------------------------------------------------------------- r02: 文明城市创建 责任考核, 责任单位 column
R02 = "r02-hefeng-shi-wenming-chengshi-chuangjian-zeren-kaohe-xize"


def r02() -> list:
    table = grid([26, 12, 30, 96, 40], [
        ["测评项目", "分值", "测评点位", "扣分标准", "责任单位"],
        ["公共环境", "20", "主次干道", "路面破损、积水未及时修复的，每处扣0.5分；乱堆乱放、占道经营的，每处扣0.5分。", "市城管局、各区政府"],
        [UP, UP, "背街小巷", "垃圾堆积、污水横流的，每发现1处扣1分。", "各区政府"],
        [UP, UP, "公共厕所", "公厕无专人保洁、有明显异味的，每座扣1分。", "市城管局"],
        ["市场秩序", "15", "农贸市场", "生熟不分、活禽宰杀区未隔离的，每个问题扣1分；市场内无公益广告的扣2分。", "市市场监管局"],
        [UP, UP, "餐饮门店", "后厨卫生不达标的，每户扣0.5分。", "市市场监管局"],
        ["交通秩序", "15", "重点路口", "机动车不礼让行人、非机动车闯红灯的，每发现1起扣0.5分。", "市公安局交警支队"],
        [UP, UP, "公交站亭", "站亭破损、站牌信息缺失的，每处扣0.5分。", "市交通运输局"],
        ["公益宣传", "10", "公益广告", "主要街道公益广告占比低于规定要求的扣3分；广告破损未及时更换的，每处扣0.5分。",
         "市委宣传部、市城管局"],
        ["志愿服务", "15", "志愿服务站点", "站点无人值守或无服务记录的，每个站点扣1分。", "团市委、市民政局"],
        [UP, UP, "注册志愿者", "注册志愿者人数占城市常住人口比例低于15%的扣5分。", "市文明办"],
        ["未成年人思想道德建设", "15", "学校周边环境", "校园周边200米内有网吧、游戏厅的，每家扣2分。", "市教育局、市文化旅游局"],
        [UP, UP, "未成年人活动场所", "乡镇（街道）未成年人活动场所未正常开放的，每个扣1分。", "市教育局"],
        ["民生服务", "10", "12345热线", "涉及创建的群众诉求未在5个工作日内办结的，每件扣0.5分。", "市政务服务中心"],
        ["合计", "100", "", "", ""],
    ])
    return [
        ("p", "禾文明办〔2024〕9号"),
        ("h", "禾丰市2024年全国文明城市创建工作责任考核细则"),
        ("p", "为压实创建工作责任，市文明办对承担创建任务的市直部门和各区实施责任考核。考核采取实地暗访与资料审核相结合的方式，"
              "以问题为导向，按发现问题扣分。每个责任单位基础分100分，各测评项目的测评点位、扣分标准和责任单位如下表。"),
        ("t", table),
        ("p", "说明："),
        ("p", "1．各测评项目扣分以该项目分值为限。"),
        ("p", "2．同一问题在复查中仍未整改的，按原扣分标准加倍扣分。"),
        ("p", "3．涉及多个责任单位的问题，各责任单位分别扣分。"),
        ("p", "4．被中央文明办测评通报的问题，每个问题另扣3分，不受项目分值限制。"),
        ("p", "5．年度考核得分95分以上为优秀，85分以上不足95分为良好，70分以上不足85分为合格，不足70分为不合格。"),
        ("p", "6．因工作不力导致全市测评成绩被取消资格的，对负有责任的单位实行一票否决。"),
        ("r", "禾丰市精神文明建设委员会办公室"),
        ("r", "2024年4月2日"),
    ]


# ---------------------------------------------------------------- r03: 高新区 企业安全信用, 扣分 and 加分 columns
R03 = "r03-yunxi-gaoxinqu-qiye-anquan-shengchan-xinyong-pingjia"


def r03() -> list:
    table = grid([20, 24, 10, 62, 44], [  # 160 mm: the text width of a portrait page
        ["评价类别", "评价内容", "基础分", "扣分标准", "加分标准"],
        ["安全管理基础", "安全责任体系", "12", "未建立全员安全生产责任制的扣6分；主要负责人未签订年度安全责任书的扣3分。",
         "通过安全生产标准化二级达标的加3分；一级达标的加5分。"],
        [UP, "安全投入", "8", "安全生产费用未按规定提取的扣4分；提取后挪作他用的扣8分。", "—"],
        [UP, "教育培训", "8", "特种作业人员无证上岗的，每人扣2分；从业人员培训档案缺失的，每人扣0.5分。", "—"],
        ["现场安全管理", "隐患排查治理", "15", "重大事故隐患未按期整改的，每项扣5分；一般隐患逾期未整改的，每项扣1分。",
         "主动报告重大隐患并完成整改的，每项加1分。"],
        [UP, "危险作业管理", "10", "动火、受限空间等危险作业未办理审批的，每次扣3分。", "—"],
        [UP, "设备设施", "10", "特种设备未定期检验的，每台扣2分。", "—"],
        [UP, "职业健康", "7", "未按规定开展职业病危害因素检测的扣4分；接触职业病危害的员工未体检的，每人扣0.5分。", "—"],
        ["应急管理", "应急预案", "8", "应急预案未备案的扣3分；全年未组织应急演练的扣5分。", "—"],
        [UP, "应急物资", "6", "应急物资配备不足或过期的，每处扣1分。", "—"],
        ["监管执法", "执法检查", "10", "被行政处罚的，每次扣3分；拒不执行监管指令的扣10分。", "—"],
        [UP, "信息报送", "6", "事故、险情迟报漏报的，每次扣2分。", "按时报送月度安全生产数据且全年无差错的加1分。"],
        ["合计", LEFT, "100", "", ""],
    ])
    return [
        ("h", "云溪高新技术产业开发区企业安全生产信用评价评分标准"),
        ("p", "本标准适用于园区内规模以上工业企业的年度安全生产信用评价。信用评价实行基础分100分制，在基础分上按扣分标准扣分，"
              "对符合加分标准的事项另行加分。"),
        ("t", table),
        ("p", "评分说明："),
        ("p", "1．扣分以各评价内容基础分为限，加分累计不超过10分。"),
        ("p", "2．信用等级：评分≥95分为A级（安全诚信企业），85分≤评分＜95分为B级，70分≤评分＜85分为C级，评分＜70分为D级。"),
        ("p", "3．评价周期内发生造成人员死亡的生产安全事故的，信用等级直接评为D级。"),
        ("p", "4．D级企业列为重点监管对象，执法检查频次提高至每季度1次。"),
        ("r", "云溪高新区安全生产监督管理局"),
        ("r", "2024年6月12日"),
    ]


# ---------------------------------------------------------------- shared XLSX helpers (as unseen8)
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
    book.properties.creator = book.properties.lastModifiedBy = "rubrics corpus/unseen9/make_unseen9.py"
    book.properties.created = book.properties.modified = FIXED_DATE
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(deterministic_zip(buffer.getvalue()))


# ---------------------------------------------------------------- r04: 网格员 monthly sheet, blank 扣分原因 column
R04 = "r04-liutang-jiedao-shequ-wanggeyuan-yuedu-kaohe"

R04_ROWS = [
    ("信息采集", [
        ("人口信息采集", 15, "网格内新增、迁出人员未在3日内录入系统的，每人扣0.5分。"),
        ("房屋和单位信息", 10, "出租房屋信息不全的，每户扣0.5分；新开业商户未登记的，每户扣1分。"),
    ]),
    ("巡查走访", [
        ("日常巡查", 15, "每日巡查不少于2小时，巡查轨迹缺失的，每天扣1分。"),
        ("重点人员走访", 10, "独居老人、困难家庭每月走访不少于1次，漏访的，每户扣2分。"),
    ]),
    ("事件处置", [
        ("事件上报", 15, "发现问题未及时上报的，每件扣1分；瞒报、谎报的，每件扣3分。"),
        ("矛盾调解", 10, "能调解的矛盾纠纷未及时调解导致升级的，每起扣2分。"),
        ("安全隐患排查", 10, "消防通道堵塞等隐患发现后未跟踪整改的，每处扣1分。"),
    ]),
    ("工作纪律", [
        ("考勤", 8, "迟到、早退每次扣0.5分；无故缺勤每天扣2分。"),
        ("服务群众", 7, "被群众有效投诉的，每次扣2分；群众满意度测评低于80%的，该项不得分。"),
    ]),
]

R04_NOTES = [
    "说明：1．每项扣分不超过该项分值，月度满分100分。",
    "2．网格员协助破获案件或排除重大安全隐患的，每件加2分，每月加分最多5分。",
    "3．月度得分90分及以上为优秀网格员，75分至89分为合格网格员，75分以下为不合格网格员。",
    "4．当月因失职造成网格内发生重大安全事故的，当月考核直接定为不合格。",
]


def write_r04(path: Path) -> None:
    """One sheet: title, form row, the table (类别 merged down without points, 扣分/扣分原因/得分 blank), 说明 under it."""
    book = Workbook()
    sheet = book.active
    sheet.title = "月度考核"
    head = ["类别", "考核内容", "分值", "考核标准", "扣分", "扣分原因", "得分"]
    _line(sheet, 1, "柳塘街道社区网格员月度工作考核表", len(head), True, 14)
    _line(sheet, 2, "社区：________　网格员：________　网格编号：______　考核月份：2024年____月", len(head))
    for c, text in enumerate(head, start=1):
        _cell(sheet, 3, c, text, bold=True)
    r = 4
    for group, leaves in R04_ROWS:
        first = r
        for name, points, standard in leaves:
            for c, value in enumerate([group if r == first else "", name, points, standard, "", "", ""], start=1):
                _cell(sheet, r, c, value)
            r += 1
        sheet.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    for c, value in enumerate(["合计", "", 100, "", "", "", ""], start=1):
        _cell(sheet, r, c, value, bold=c == 1)
    sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    r += 1
    for text in R04_NOTES:
        _line(sheet, r, text, len(head))
        r += 1
    _line(sheet, r + 1, "考核人：________　　社区党委（盖章）　　日期：____年__月__日", len(head))
    for c, width in enumerate([10, 16, 7, 52, 7, 20, 7], start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    _save(book, path)


# ---------------------------------------------------------------- r05: 学校食堂 检查 web page, ★ key items, `6分`
R05 = "r05-qingfeng-qu-zhongxiaoxue-shitang-shipin-anquan-jiancha"

R05_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>青枫区中小学校食堂食品安全检查评分表-青枫区教育局</title>
<style>table.grid{border-collapse:collapse}table.grid td,table.grid th{border:1px solid #666;padding:4px}.key{color:#c00}</style>
</head>
<body>
<header><div class="logo">青枫区教育局</div>
<nav><a href="/">网站首页</a> <a href="/zwgk/">政务公开</a> <a href="/jyxw/">教育新闻</a> <a href="/bszn/">办事指南</a></nav></header>
<div class="crumb">您的位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<article>
<h1>青枫区中小学校食堂食品安全检查评分表</h1>
<div class="meta">来源：区教育局 区市场监管局　发布时间：2024-09-03　【字体：大 中 小】　打印本页</div>
<p>各中小学校、幼儿园：</p>
<p>秋季开学后，区教育局会同区市场监管局对全区学校食堂开展食品安全专项检查。现将检查评分表公布如下，请各校对照自查，做好迎检准备。</p>
<table class="grid">
<thead>
<tr><th>检查项目</th><th>检查内容</th><th>分值</th><th>评分方法</th><th>得分</th></tr>
</thead>
<tbody>
<tr><td rowspan="2">证照管理</td><td><span class="key">★</span>食品经营许可证有效并公示</td><td>5分</td><td>许可证未在显著位置公示的扣2分。</td><td></td></tr>
<tr><td>从业人员健康证明</td><td>6分</td><td>每发现1人无有效健康证明扣2分，扣完为止。</td><td></td></tr>
<tr><td rowspan="3">原料管理</td><td><span class="key">★</span>进货查验和索证索票</td><td>10分</td><td>索证索票不全的，每种原料扣1分。</td><td></td></tr>
<tr><td>原料贮存</td><td>8分</td><td>食品与非食品混放的扣3分；离地离墙不足10厘米的，每处扣0.5分。</td><td></td></tr>
<tr><td><span class="key">★</span>不使用过期变质原料</td><td>8分</td><td>发现过期变质原料的，该项不得分。</td><td></td></tr>
<tr><td rowspan="3">加工制作</td><td>生熟分开</td><td>8分</td><td>生熟食品容器、工具混用的，每处扣2分。</td><td></td></tr>
<tr><td>餐用具清洗消毒</td><td>10分</td><td>餐用具未消毒或消毒记录缺失的，每次扣2分。</td><td></td></tr>
<tr><td><span class="key">★</span>食品留样</td><td>8分</td><td>留样量不足125克或留样时间不足48小时的，每次扣4分。</td><td></td></tr>
<tr><td rowspan="3">环境设施</td><td>防鼠防蝇设施</td><td>6分</td><td>防蝇帘、挡鼠板缺失的，每处扣1分。</td><td></td></tr>
<tr><td>操作间卫生</td><td>8分</td><td>地面积水、油污明显的扣3分。</td><td></td></tr>
<tr><td>废弃物处理</td><td>5分</td><td>餐厨垃圾未加盖或未每日清运的扣2分。</td><td></td></tr>
<tr><td rowspan="3">管理制度</td><td>食品安全管理员</td><td>6分</td><td>未配备专职或兼职食品安全管理员的扣6分。</td><td></td></tr>
<tr><td>校领导陪餐</td><td>6分</td><td>校领导陪餐记录缺失的，每次扣1分。</td><td></td></tr>
<tr><td>应急处置预案</td><td>6分</td><td>未制定食品安全事故应急预案的扣4分。</td><td></td></tr>
<tr><td colspan="2">合计</td><td>100分</td><td></td><td></td></tr>
</tbody>
</table>
<div class="note">
<p>评分说明：</p>
<p>1．标注“★”的为关键项，关键项任意一项不符合要求的，检查结果直接判定为C级。</p>
<p>2．检查结果分为A、B、C三级：得分90分以上为A级，75～89分为B级，75分以下为C级。</p>
<p>3．学校已建成“明厨亮灶”并运行良好的，加2分。</p>
</div>
<p class="sign">青枫区教育局　青枫区市场监督管理局<br>2024年9月3日</p>
</article>
<footer>主办：青枫区教育局　地址：青枫区文昌路18号　<a href="#">网站地图</a> <a href="#">联系我们</a></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- r06: 党风廉政 办法 in 第X条 + 附件 with 考核方式
R06 = "r06-zechuan-xian-shuiliju-dangfeng-lianzheng-zerenzhi-kaohe-banfa"


def r06() -> list:
    table = grid([24, 30, 12, 24, 80], [
        ["考核项目", "考核要点", "分值", "考核方式", "评分标准"],
        ["落实主体责任", "责任分解", "8", "查阅资料", "未制定年度党风廉政建设工作要点的扣4分；责任清单未分解到人的扣2分。"],
        [UP, "专题研究", "9", "查阅会议记录", "党组（支部）每半年专题研究党风廉政建设不少于1次，少1次扣3分。"],
        [UP, "一岗双责", "8", "个别谈话", "班子成员未按规定开展廉政谈话的，每人扣1分。"],
        ["廉洁风险防控", "风险点排查", "10", "查阅资料", "未开展岗位廉洁风险排查的扣10分；防控措施不具体的扣3分。"],
        [UP, "权力运行监督", "10", "实地抽查", "工程招投标、资金拨付程序不规范的，每项扣2分。"],
        ["作风建设", "中央八项规定精神落实", "12", "查阅资料、抽查", "公务接待、公车使用违反规定的，每起扣4分。"],
        [UP, "整治形式主义官僚主义", "8", "民主测评", "民主测评满意率低于90%的扣4分。"],
        ["纪律教育", "警示教育", "8", "查阅资料", "全年开展警示教育少于2次的扣4分。"],
        [UP, "廉政文化建设", "7", "实地查看", "未设置廉政文化宣传阵地的扣3分。"],
        ["案件查处与整改", "问题线索处置", "10", "查阅台账", "上级转办的问题线索未按期办结的，每件扣2分。"],
        [UP, "巡察审计整改", "10", "查阅资料", "巡察、审计反馈问题未按期整改到位的，每个问题扣1分，扣完为止。"],
        ["合计", LEFT, "100", "", ""],
    ])
    return [
        ("h", "泽川县水利局党风廉政建设责任制考核办法"),
        ("p", "第一条　为落实全面从严治党主体责任，推动党风廉政建设责任制落地见效，结合本局实际，制定本办法。"),
        ("p", "第二条　本办法适用于局机关各股室和局属事业单位（以下简称各单位）。"),
        ("p", "第三条　考核实行百分制。考核内容包括落实主体责任（25分）、廉洁风险防控（20分）、作风建设（20分）、纪律教育（15分）、"
              "案件查处与整改（20分）五个方面，考核要点、分值、考核方式和评分标准见附件。"),
        ("p", "第四条　考核采取听取汇报、查阅资料、个别谈话和民主测评相结合的方式，每年12月进行，由局纪检组牵头组织。"),
        ("p", "第五条　单位廉政建设工作经验被市级以上纪检监察机关推广的，每项加2分；被县级推广的，每项加1分。加分合计不超过3分。"),
        ("p", "第六条　单位工作人员受到党纪政务处分的，受警告、记过处分的每人次扣3分，受记大过以上处分的每人次扣6分，"
              "在考核总分中扣除。"),
        ("p", "第七条　有下列情形之一的，考核实行一票否决：（一）单位主要负责人因违纪违法被立案审查调查的；"
              "（二）单位发生集体腐败案件的。"),
        ("p", "第八条　考核等次分为好、较好、一般、差四个等次。得分90分以上（含90分）的为好；80分以上（含80分）、90分以下的为较好；"
              "70分以上（含70分）、80分以下的为一般；70分以下的为差。"),
        ("p", "第九条　考核结果作为单位评先评优和领导干部选拔任用的重要依据。考核等次为差的单位，由局党组对其主要负责人进行约谈。"),
        ("p", "第十条　本办法由局纪检组负责解释，自印发之日起施行。"),
        ("r", "中共泽川县水利局党组"),
        ("r", "2024年1月15日"),
        ("p", "附件"),
        ("h", "党风廉政建设责任制考核评分表"),
        ("p", "被考核单位：______________　　考核年度：2024年"),
        ("t", table),
    ]


# ---------------------------------------------------------------- r07: 县直部门 绩效, 共性/个性 weights at two levels
R07 = "r07-shiqiao-xian-xianzhi-bumen-niandu-jixiao-kaohe-zhibiao"


def r07() -> list:
    table = grid([20, 14, 30, 14, 100, 30], [
        ["指标类型", "权重", "考核指标", "权重", "评分标准", "考评单位"],
        ["共性指标", "40%", "党的建设", "25%",
         "按县委组织部党建工作考核结果折算：好计100分，较好计85分，一般计70分，差计0分。", "县委组织部"],
        [UP, UP, "党风廉政建设", "20%", "按县纪委监委考核结果计分；单位班子成员受到党纪政务处分的，每人次扣20分。", "县纪委监委"],
        [UP, UP, "依法行政", "15%", "行政复议被撤销或行政诉讼败诉的，每件扣10分。", "县司法局"],
        [UP, UP, "政务公开", "10%", "应公开未公开事项被通报的，每次扣5分。", "县政务服务中心"],
        [UP, UP, "预算绩效管理", "15%", "预算执行率达到95%的计100分，每低1个百分点扣3分。", "县财政局"],
        [UP, UP, "意识形态工作", "15%", "意识形态工作责任制落实不到位被约谈的，每次扣15分。", "县委宣传部"],
        ["个性指标", "60%", "重点工作任务", "50%",
         "按年初确定的重点任务逐项评分，每项未完成的扣10分，部分完成的按完成进度计分。", "县绩效办"],
        [UP, UP, "县委县政府交办事项", "20%", "交办事项逾期未办结的，每件扣5分。", "县委县政府督查室"],
        [UP, UP, "上级业务部门考核", "20%", "在市级业务考核中排名前三位的计100分，第四至第八位的计85分，其余计70分。", "县绩效办"],
        [UP, UP, "工作创新", "10%", "工作创新经验被市级以上推广的，每项计50分，最高100分。", "县绩效办"],
    ])
    return [
        ("h", "石桥县2024年度县直部门绩效考核指标体系"),
        ("p", "一、考核指标由共性指标和个性指标组成，共性指标权重40%，个性指标权重60%。各项指标均按百分制评分，部门综合得分＝"
              "共性指标得分×40%＋个性指标得分×60%＋加分－扣分。"),
        ("t", table),
        ("p", "二、加分事项：部门工作获得国家级表彰的，每项加3分；获得省级表彰的，每项加1.5分；加分累计不超过5分。"),
        ("p", "三、扣分事项：部门被县委、县政府督查通报批评的，每次扣1分；发生安全生产责任事故的，扣3分。"),
        ("p", "四、等次评定：优秀等次不超过参评部门总数的20%，从综合得分90分以上的部门中按得分高低确定；综合得分80分以上的为良好；"
              "60分以上不足80分的为一般；不足60分的为较差。"),
        ("p", "五、部门领导班子成员发生严重违纪违法问题造成恶劣影响的，年度考核实行一票否决。"),
        ("r", "石桥县绩效考核办公室"),
        ("r", "2024年2月20日"),
    ]


PRINTED_DOCX = {R01: (r01, {}), R03: (r03, {}), R06: (r06, {}), R07: (r07, {"landscape": True})}
PLAIN_DOCX = {R02: (r02, {"landscape": True})}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    plain = {stem: (write_docx, build, options) for stem, (build, options) in PLAIN_DOCX.items()}
    printed = {stem: (write_docx, build, options) for stem, (build, options) in PRINTED_DOCX.items()}
    # two calls: the DOCX-only and HTML files without LibreOffice, then the files that also get a PDF
    build_set([*args, "--no-pdf"], __doc__, HERE, plain, {}, {f"{R05}.html": R05_HTML})
    return build_set(args, __doc__, HERE, printed, {f"{R04}.xlsx": write_r04}, {})


if __name__ == "__main__":
    raise SystemExit(main())
