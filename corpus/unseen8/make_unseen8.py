"""An eighth held-out set: seven assessment documents in DOCX/PDF/XLSX/HTML the pipeline never saw.

    .venv/bin/python corpus/unseen8/make_unseen8.py [--no-pdf]

Written for this set in my own words, in layouts unlike corpus/unseen (u01–u09), unseen2 (v01–v08), unseen3
(w01–w06), unseen4 (x01–x08), unseen5 (y01–y08), unseen6 (z01–z08), unseen7 (t01–t08) and ../shared/corpus: a
公安 派出所 办法 in prose whose scoring table is its 附件, a 市场监管所 table with a 权重 column merged down beside
the 二级 分值 (each 一级 scored out of 100), a 供电所 workbook with a 说明 sheet before the 评分 sheet, a 乡镇卫生院
web page whose table carries its categories as colspan rows and whose grades are written with ≥/＜, a long
建设工程质量 table with 小计 rows and no points on the categories, a 医保 table closed by 加分项/扣分项 blocks whose
amounts stand in their own cells, and a 校长 细则 with two different tables for two kinds of school. Bytes are
stable across runs (helpers of ../unseen/make_unseen.py and ../corpusgen). Gold: write_gold8.py → gold/<stem>.json.
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

# ---------------------------------------------------------------- s01: 派出所 办法 in prose, the table as its 附件
S01 = "s01-linchuan-shi-gongan-paichusuo-gongzuo-jixiao-kaohe-banfa"


def s01() -> list:
    table = grid([10, 24, 44, 12, 78, 12], [
        ["序号", "考核项目", "考核内容", "分值", "评分标准", "得分"],
        ["1", "接处警", "快速出警，规范处置", "12",
         "城区110警情到场时间超过10分钟的，每起扣0.5分；处警记录填写不规范的，每起扣0.2分。", ""],
        ["2", "案件侦办", "依法及时立案侦查", "15",
         "立案后30日内未开展实质性侦查工作的，每案扣1分；刑事案件破案率低于全市平均水平的扣3分。", ""],
        ["3", "治安管理", "辖区治安秩序良好", "10", "辖区发生有影响的治安案件未及时查处的，每起扣2分。", ""],
        ["4", "人口管理", "实有人口信息准确", "10", "实有人口信息采集准确率达到98%的得10分；每低1个百分点扣1分。", ""],
        ["5", "矛盾纠纷化解", "纠纷排查到位，化解及时", "10",
         "排查发现的矛盾纠纷未按期化解的，每件扣0.5分；因化解不力引发“民转刑”案件的，每起扣3分。", ""],
        ["6", "社区警务", "社区民警驻社区工作", "12",
         "社区民警每周驻社区工作不少于3天，抽查未达到的，每人次扣1分；社区警务室工作时间无人值守的，每次扣0.5分。", ""],
        ["7", "执法规范化", "执法程序合法，案卷规范", "13",
         "执法质量考评发现问题的，每个问题扣0.5分；行政处罚决定被复议撤销或者行政诉讼败诉的，每件扣3分。", ""],
        ["8", "窗口服务", "户籍窗口便民高效", "8", "户籍业务办理超过承诺时限被投诉并核实的，每件扣1分；群众满意度低于90%的扣2分。", ""],
        ["9", "队伍管理", "从严管警治警", "10", "民警受到党纪政务处分的，每人扣3分；辅警因违规被辞退的，每人扣1分；本项扣完为止。", ""],
        ["合计", LEFT, LEFT, "100", "", ""],
    ])
    return [
        ("p", "临公发〔2024〕12号"),
        ("h", "临川市公安局关于印发《临川市公安局派出所工作绩效考核办法》的通知"),
        ("p", "各分局、各派出所，局机关各部门："),
        ("p", "《临川市公安局派出所工作绩效考核办法》已经局党委会议研究同意，现印发给你们，请认真贯彻执行。"),
        ("r", "临川市公安局"),
        ("r", "2024年1月22日"),
        ("h", "临川市公安局派出所工作绩效考核办法"),
        ("p", "一、考核对象"),
        ("p", "全市28个城乡派出所。"),
        ("p", "二、考核方式"),
        ("p", "派出所绩效考核实行季度考核与年度考核相结合，年度得分为四个季度得分的平均值。考核满分100分，考核项目、"
              "分值及评分标准见附件。各考核项目由市局相关警种部门按职责分工评分，市局警务督察支队汇总。"),
        ("p", "三、加分事项"),
        ("p", "派出所工作被公安部通报表扬的，每次加3分；被省公安厅通报表扬的，每次加1.5分。年度加分累计不超过5分。"),
        ("p", "四、一票否决"),
        ("p", "派出所民警因违纪违法被追究刑事责任，或者辖区发生重大恶性案件造成恶劣社会影响的，年度考核实行一票否决。"),
        ("p", "五、考核等次"),
        ("p", "年度考核分为优秀、达标、不达标三个等次：年度得分92分以上的为优秀，75分以上不足92分的为达标，不足75分的为"
              "不达标。优秀等次不超过参加考核派出所总数的25%。"),
        ("p", "六、结果运用"),
        ("p", "考核结果作为派出所领导班子评先评优和民警职级晋升的重要依据；连续两年不达标的派出所，对所长进行诫勉谈话。"),
        ("p", "附件：派出所工作绩效考核评分表"),
        ("p", "附件"),
        ("h", "派出所工作绩效考核评分表"),
        ("p", "被考核单位：____________派出所　　考核季度：2024年第____季度"),
        ("t", table),
        ("p", "评分人：__________　　审核人：__________"),
    ]


# ---------------------------------------------------------------- s02: 市场监管所, 权重 column merged beside 分值
S02 = "s02-qingyuan-xian-jiceng-shichang-jianguansuo-jixiao-kaohe-zhibiao"


def s02() -> list:
    table = grid([26, 14, 28, 12, 86, 22], [
        ["一级指标", "权重", "二级指标", "分值", "评分标准", "责任股室"],
        ["市场准入服务", "25%", "登记注册效率", "40", "企业开办全流程在1个工作日内办结的得40分；超时办结的，每件扣2分。", "登记注册股"],
        [UP, UP, "个体工商户帮扶", "30", "按季度走访辖区个体工商户，走访记录每少一个季度扣5分；帮扶政策宣传不到位被查实的扣3分。",
         "个体私营经济股"],
        [UP, UP, "信用信息公示", "30", "企业年报公示率达到90%的得30分；每低2个百分点扣1分。", "信用监管股"],
        ["食品药品安全监管", "40%", "日常监督检查", "30",
         "“双随机”抽查任务完成率每低于100%一个百分点扣1分；检查记录不全的，每份扣0.5分。", "食品生产流通股"],
        [UP, UP, "抽检不合格处置", "25", "不合格食品核查处置未在规定时限内完成的，每批次扣2分。", "食品生产流通股"],
        [UP, UP, "特种设备安全", "25",
         "电梯、锅炉等特种设备超期未检且未督促整改的，每台扣1分；辖区发生特种设备安全事故的，该项不得分。", "特种设备股"],
        [UP, UP, "投诉举报处理", "20", "12315平台工单按期办结率达到98%的得20分；每低1个百分点扣0.5分。", "消费者权益保护股"],
        ["综合执法", "35%", "办案数量", "35", "完成年度办案任务的得35分；未完成的，按完成比例计分。", "法规股"],
        [UP, UP, "办案质量", "40", "案卷评查不合格的，每卷扣4分；行政处罚决定被撤销的，每件扣5分，扣完为止。", "法规股"],
        [UP, UP, "知识产权保护", "25", "查办商标侵权、假冒专利案件的，每件得5分，最多得25分。", "知识产权股"],
    ])
    return [
        ("h", "青原县市场监督管理局2024年度基层市场监管所工作绩效考核指标"),
        ("p", "为推动基层市场监管所规范化建设，县局对所属9个市场监管所实施年度绩效考核。各二级指标分值按百分制设置，"
              "每个一级指标下二级指标得分相加为该一级指标得分，再乘以该一级指标权重后汇总为综合得分。"),
        ("t", table),
        ("p", "说明：1．综合得分＝∑（一级指标得分×权重）。"),
        ("p", "2．年度综合得分90分以上为优秀，80分（含）至90分为良好，65分（含）至80分为合格，65分以下为不合格。"),
        ("p", "3．市场监管所辖区发生重大食品安全事故且负有监管责任的，直接评为不合格。"),
        ("p", "4．当年被省级市场监管部门命名为“规范化市场监管所”的，综合得分加2分。"),
        ("r", "青原县市场监督管理局"),
        ("r", "2024年3月1日"),
    ]


# ---------------------------------------------------------------- shared XLSX helpers (as unseen7)
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
    book.properties.creator = book.properties.lastModifiedBy = "rubrics corpus/unseen8/make_unseen8.py"
    book.properties.created = book.properties.modified = FIXED_DATE
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(deterministic_zip(buffer.getvalue()))


# ---------------------------------------------------------------- s03: 供电所 workbook, 说明 sheet then 评分 sheet
S03 = "s03-jianglan-gongdian-gongsi-xiangzhen-gongdiansuo-yeji-kaohe"

S03_NOTES = [
    "一、考核对象：公司所属14个乡镇供电所。",
    "二、考核周期：按季度评分，年度得分取四个季度平均分。",
    "三、评分规则：考核满分100分，评分标准见“评分表”工作表；各指标扣分以该指标标准分为限。",
    "四、加分：供电所获得省公司及以上表彰的，每项加1分，最多加3分。",
    "五、否决：供电所发生人身死亡责任事故或五级及以上电网事件的，年度考核直接定为D级。",
    "六、等级评定：年度得分95分及以上的评为A级供电所；85分及以上、95分以下的评为B级供电所；75分及以上、85分以下的"
    "评为C级供电所；75分以下的为D级供电所。",
    "七、结果运用：考核等级与供电所负责人绩效工资挂钩，A级上浮10%，D级下浮15%。",
]

S03_ROWS = [
    ("安全管理", [
        ("安全工器具管理", 6, "工器具定期试验，存放规范", "安全工器具超期未试验的，每件扣1分。", "安全监察部"),
        ("作业现场安全", 10, "严格执行工作票制度", "现场违章被查处的，每起扣2分；被认定为严重违章的，每起扣5分。", "安全监察部"),
        ("安全培训", 4, "完成年度安全培训", "未完成年度安全培训计划的扣2分；新入职人员未经三级安全教育上岗的，每人扣1分。",
         "安全监察部"),
    ]),
    ("供电服务", [
        ("供电可靠率", 12, "中压用户供电可靠率达标", "供电可靠率达到99.85%的得12分；每降低0.01个百分点扣1分。", "运维检修部"),
        ("电压合格率", 8, "综合电压合格率达标", "综合电压合格率低于99%的扣4分。", "运维检修部"),
        ("客户诉求处理", 10, "95598工单及时规范办理", "工单超时限回复的，每件扣0.5分；被认定为有效投诉的，每件扣2分。", "营销部"),
    ]),
    ("营销管理", [
        ("电费回收", 12, "电费按月结零", "当月电费回收率达到100%的得12分；欠费未结零的，每户扣0.2分。", "营销部"),
        ("线损管理", 10, "台区线损率控制在目标值内", "台区线损率每高于目标值1个百分点扣1分；高损台区未按期治理的，每个扣0.5分。",
         "营销部"),
        ("计量管理", 6, "计量装置运行正常", "计量装置故障未在24小时内处理的，每次扣0.5分。", "营销部"),
    ]),
    ("设备运维", [
        ("设备巡视", 8, "按周期巡视线路设备", "巡视记录缺失的，每条线路扣1分。", "运维检修部"),
        ("缺陷消除", 8, "缺陷按时限闭环消除", "危急缺陷未在24小时内消除的，每处扣2分；一般缺陷消缺率低于90%的扣2分。", "运维检修部"),
        ("设备台账", 6, "台账与现场一致", "设备台账与现场不一致的，每处扣0.5分，扣完为止。", "运维检修部"),
    ]),
]


def write_s03(path: Path) -> None:
    """Two sheets: 说明 (the rules in numbered lines) first, then 评分表 (the table, 专业 merged down without points)."""
    book = Workbook()
    notes = book.active
    notes.title = "说明"
    notes.cell(row=1, column=1, value="江岚供电公司2024年度乡镇供电所综合业绩考核办法").font = Font(
        name=FONT, bold=True, size=14)
    for r, text in enumerate(S03_NOTES, start=2):
        cell = notes.cell(row=r, column=1, value=text)
        cell.font = Font(name=FONT, size=10)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    notes.column_dimensions["A"].width = 100
    sheet = book.create_sheet("评分表")
    head = ["序号", "专业", "指标名称", "标准分", "考核标准", "评分办法", "考核部门", "得分"]
    _line(sheet, 1, "江岚供电公司乡镇供电所综合业绩考核评分表", len(head), True, 14)
    _line(sheet, 2, "供电所：______________　　考核季度：2024年第____季度", len(head))
    for c, text in enumerate(head, start=1):
        _cell(sheet, 3, c, text, bold=True)
    r, n = 4, 0
    for group, leaves in S03_ROWS:
        first = r
        for name, points, standard, scoring, office in leaves:
            n += 1
            for c, value in enumerate([n, group if r == first else "", name, points, standard, scoring, office, ""],
                                      start=1):
                _cell(sheet, r, c, value)
            r += 1
        sheet.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for c, value in enumerate(["合计", "", "", 100, "", "", "", ""], start=1):
        _cell(sheet, r, c, value, bold=c == 1)
    sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    for c, width in enumerate([5, 10, 14, 7, 24, 46, 12, 7], start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    _save(book, path)


# ---------------------------------------------------------------- s04: 乡镇卫生院 web page, colspan category rows, ≥/＜
S04 = "s04-shimen-xian-xiangzhen-weishengyuan-jixiao-kaohe-xize"

S04_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>石门县乡镇卫生院2024年度绩效考核细则-石门县人民政府门户网站</title>
<style>.tb{border-collapse:collapse;width:100%}.tb td,.tb th{border:1px solid #999;padding:3px 6px}.cat{background:#eef}</style>
</head>
<body>
<div id="top"><span>石门县人民政府门户网站</span> <a href="/wza/">无障碍</a> <a href="/en/">English</a></div>
<div id="menu"><a href="/">首页</a> | <a href="/xxgk/">信息公开</a> | <a href="/hdjl/">互动交流</a> | <a href="/bs/">办事服务</a></div>
<div class="pos">当前位置：首页 &gt; 信息公开 &gt; 部门文件 &gt; 县卫生健康局</div>
<div class="content">
<h2>石门县乡镇卫生院2024年度绩效考核细则</h2>
<p class="info">索引号：11430726-2024-00031　发布机构：石门县卫生健康局　浏览次数：216</p>
<p>为强化乡镇卫生院公益性定位，提升基层医疗卫生服务能力，县卫生健康局对全县16所乡镇卫生院实施年度绩效考核。考核实行百分制，评分细则如下表。</p>
<table class="tb">
<caption>乡镇卫生院绩效考核评分细则</caption>
<tr><th>序号</th><th>考核内容</th><th>分值</th><th>评分标准</th><th>考核方式</th></tr>
<tr class="cat"><td colspan="5">一、医疗服务（35分）</td></tr>
<tr><td>1</td><td>门急诊服务量</td><td>10</td><td>门急诊人次较上年增长的得10分；与上年持平的得6分；低于上年的不得分。</td><td>信息系统数据</td></tr>
<tr><td>2</td><td>住院服务</td><td>10</td><td>病床使用率低于60%的扣4分；住院病历甲级率每低1个百分点扣0.5分。</td><td>查阅病历</td></tr>
<tr><td>3</td><td>医疗质量</td><td>15</td><td>发生医疗事故负主要责任的，每起扣8分；处方点评不合格率超过5%的扣3分。</td><td>现场核查</td></tr>
<tr class="cat"><td colspan="5">二、公共卫生服务（30分）</td></tr>
<tr><td>4</td><td>家庭医生签约服务</td><td>10</td><td>签约人员履约率低于80%的，每低1个百分点扣0.5分。</td><td>电话回访</td></tr>
<tr><td>5</td><td>慢性病管理</td><td>10</td><td>高血压患者规范管理率达到65%的得5分；糖尿病患者规范管理率达到65%的得5分。</td><td>信息系统数据</td></tr>
<tr><td>6</td><td>传染病防控</td><td>10</td><td>法定传染病迟报、漏报的，每例扣1分。</td><td>网络直报系统核查</td></tr>
<tr class="cat"><td colspan="5">三、运行管理（20分）</td></tr>
<tr><td>7</td><td>药品管理</td><td>6</td><td>基本药物使用金额比例低于规定要求的扣3分；过期药品未及时清理的，每批次扣1分。</td><td>现场核查</td></tr>
<tr><td>8</td><td>财务管理</td><td>8</td><td>未按规定编制年度预算的扣4分；违规收费经查实的，每起扣2分。</td><td>查阅资料</td></tr>
<tr><td>9</td><td>信息化建设</td><td>6</td><td>电子病历系统未覆盖全部临床科室的扣3分。</td><td>现场核查</td></tr>
<tr class="cat"><td colspan="5">四、群众满意度（15分）</td></tr>
<tr><td>10</td><td>患者满意度</td><td>15</td><td>按第三方满意度调查得分折算计分。</td><td>第三方调查</td></tr>
<tr><td colspan="2">总分</td><td>100</td><td colspan="2"></td></tr>
</table>
<p>附则：</p>
<ol>
<li>获得市级以上“群众满意的乡镇卫生院”称号的加2分；中医药服务能力通过省级达标验收的加1分。加分合计不超过3分。</li>
<li>卫生院发生重大医疗事故或瞒报重大公共卫生事件的，年度考核实行一票否决。</li>
<li>考核等次：得分≥90分为优秀；80分≤得分＜90分为良好；60分≤得分＜80分为合格；得分＜60分为不合格。</li>
</ol>
<p style="text-align:right">石门县卫生健康局<br>2024年2月26日</p>
</div>
<div id="foot">版权所有：石门县人民政府办公室　网站标识码：0000000000　<a href="#">关于我们</a></div>
</body>
</html>
"""


# ---------------------------------------------------------------- s05: 质量监督站, long table with 小计 rows
S05 = "s05-xiangyuan-shi-zaijian-xiangmu-zhiliang-anquan-kaoping-biao"


def s05() -> list:
    table = grid([22, 28, 40, 14, 76, 14], [
        ["检查类别", "检查项目", "检查内容", "标准分", "扣分标准", "实得分"],
        ["质量行为", "参建单位资质", "施工、监理单位资质与承接工程相符", "4", "施工单位超越资质等级承揽工程的扣4分。", ""],
        [UP, "人员到岗履职", "项目经理、总监理工程师到岗", "6",
         "项目经理未到岗履职的，每次扣2分；项目技术负责人更换未办理变更手续的扣2分。", ""],
        [UP, "质量验收程序", "检验批、分项工程验收", "5", "隐蔽工程未经验收即进入下道工序的，每处扣2.5分。", ""],
        [UP, "见证取样", "见证取样送检规范", "5", "见证取样送检不符合规定的，每组扣1分。", ""],
        ["小计", LEFT, LEFT, "20", "", ""],
        ["实体质量", "地基与基础", "桩基、基槽质量", "8", "桩基检测不合格未处理的扣8分；基槽验收记录不全的扣2分。", ""],
        [UP, "主体结构", "混凝土、钢筋工程质量", "10",
         "混凝土强度回弹检测不合格的，每处扣2分；钢筋保护层厚度偏差超过允许值的，每处扣1分。", ""],
        [UP, "防水工程", "屋面、外墙、卫生间防水", "6", "屋面、卫生间出现渗漏的，每处扣1.5分。", ""],
        [UP, "建筑节能", "保温材料及构造做法", "5", "保温材料进场未复验的扣3分；节能构造做法与设计不符的，每处扣1分。", ""],
        [UP, "安装工程", "电气、给排水安装", "6", "电气接地电阻不符合要求的，每处扣1分；给排水管道未做通水试验的扣2分。", ""],
        ["小计", LEFT, LEFT, "35", "", ""],
        ["安全生产", "深基坑工程", "专项方案及监测", "6",
         "超过一定规模的危大工程专项方案未经专家论证的扣6分；基坑监测数据缺失的，每次扣0.5分。", ""],
        [UP, "脚手架", "搭设与验收", "6", "连墙件设置不符合专项方案的，每处扣1分；作业层脚手板未满铺的，每处扣0.5分。", ""],
        [UP, "起重机械", "塔吊、施工升降机", "8", "塔吊未经检测合格投入使用的扣8分；司机、信号工无证作业的，每人扣2分。", ""],
        [UP, "临时用电", "配电系统与保护", "5", "未执行“一机、一闸、一漏、一箱”的，每处扣0.5分。", ""],
        [UP, "文明施工", "围挡、扬尘治理", "5", "施工现场未连续设置围挡的扣3分；扬尘治理措施不到位被通报的，每次扣1分。", ""],
        ["小计", LEFT, LEFT, "30", "", ""],
        ["资料管理", "施工技术资料", "资料完整、同步", "6", "技术资料与工程进度不同步的扣2分；资料缺失的，每项扣0.5分。", ""],
        [UP, "监理资料", "监理日志、旁站记录", "5", "监理日志记录不完整的，每月扣1分。", ""],
        [UP, "竣工资料", "竣工验收资料归档", "4", "竣工资料未按规定整理归档的扣4分。", ""],
        ["小计", LEFT, LEFT, "15", "", ""],
        ["合计", LEFT, LEFT, "100", "", ""],
    ])
    return [
        ("h", "湘源市在建房屋建筑工程项目质量安全标准化考评表"),
        ("p", "工程名称：______________________　　施工单位：______________________　　考评日期：2024年____月____日"),
        ("T", table),
        ("p", "评分说明："),
        ("p", "1．本表满分100分，每个检查项目扣分以其标准分为限。"),
        ("p", "2．考评得分85分及以上为优良，70分至84分为合格，70分以下为不合格。"),
        ("p", "3．项目在考评周期内发生一般及以上质量安全事故的，考评结果直接定为不合格。"),
        ("p", "考评人员（签字）：______________　　湘源市建设工程质量安全监督站（盖章）"),
    ]


# ---------------------------------------------------------------- s06: 医保 table closed by 加分项/扣分项 blocks
S06 = "s06-yunling-shi-dingdian-yiliao-jigou-yibao-fuwu-niandu-kaohe"


def s06() -> list:
    table = grid([28, 60, 12, 80], [
        ["考核类别", "考核内容", "分值", "评分标准"],
        ["基础管理（15分）", "医保管理制度", "5", "未建立医保管理制度的扣5分；未设立医保管理科室或配备专（兼）职管理人员的扣3分。"],
        [UP, "信息系统建设", "5", "医保结算系统接口未按要求完成改造的扣3分；结算数据上传不及时的，每次扣0.5分。"],
        [UP, "政策宣传培训", "5", "未在显著位置公示医保政策的扣2分；全年组织内部医保政策培训少于2次的扣2分。"],
        ["医疗服务（35分）", "入院管理", "10", "发现挂床住院的，每例扣3分；降低标准收治入院的，每例扣2分。"],
        [UP, "诊疗行为", "15", "过度检查、过度治疗经查实的，每例扣2分；分解住院的，每例扣3分。"],
        [UP, "药品耗材使用", "10", "国家集中带量采购药品未完成约定采购量的扣5分；超限定支付范围用药的，每例扣1分。"],
        ["费用控制（30分）", "住院次均费用", "15", "住院次均费用增长率不超过5%的得15分；每超出1个百分点扣1.5分。"],
        [UP, "个人负担水平", "15", "政策范围内个人自付比例超过20%的，每超1个百分点扣1分，扣完为止。"],
        ["参保人满意度（20分）", "满意度测评", "20", "参保人满意度达到95%的得20分；每降低1个百分点扣1分。"],
        ["加分项", "承担医保支付方式改革试点任务并通过评估的", "", "加3分"],
        [UP, "医保工作经验被省级医保部门推广的", "", "每项加2分"],
        ["扣分项", "被新闻媒体曝光造成不良社会影响的", "", "每次扣5分"],
        [UP, "拒不配合医保部门监督检查的", "", "扣10分"],
    ])
    return [
        ("p", "云医保中心发〔2024〕7号"),
        ("h", "云岭市定点医疗机构医保服务年度考核评分表"),
        ("p", "考核对象：与本中心签订医保服务协议的二级及以下定点医疗机构。考核基本分100分，加分项、扣分项在基本分之外"
              "另行计算。"),
        ("t", table),
        ("p", "说明：1．加分项累计不超过5分。"),
        ("p", "2．年度考核得分90分及以上为优秀，75分及以上、不足90分为合格，60分及以上、不足75分为基本合格，不足60分为不合格。"),
        ("p", "3．定点医疗机构被查实存在欺诈骗取医保基金行为的，年度考核直接评为不合格，并依协议解除医保服务协议。"),
        ("p", "4．考核结果与年度质量保证金返还挂钩：优秀的全额返还，合格的返还90%，基本合格的返还70%，不合格的不予返还。"),
        ("r", "云岭市医疗保障事业管理中心"),
        ("r", "2024年5月20日"),
    ]


# ---------------------------------------------------------------- s07: 校长 细则, two tables for two kinds of school
S07 = "s07-xinan-xian-zhongxiaoxue-xiaozhang-niandu-kaohe-shishi-xize"


def s07() -> list:
    urban = grid([26, 50, 12, 90], [
        ["考核维度", "考核要点", "分值", "评分办法"],
        ["办学方向", "党组织领导的校长负责制落实", "15",
         "党组织领导的校长负责制落实不到位的扣5分；意识形态工作责任制落实不力被通报的，每次扣3分。"],
        ["教育教学质量", "学业质量监测结果", "30",
         "学业质量监测综合成绩位于全县同类学校前30%的得30分，位于中间40%的得20分，位于后30%的得10分。"],
        ["教师队伍建设", "教师培训与师德师风", "15", "教师年度培训学时未达标的，每人扣0.5分；发生师德失范行为的，每起扣5分。"],
        ["校园安全", "安全责任与隐患排查", "20", "发生校园安全责任事故的，每起扣10分；安全隐患排查整改不到位的，每处扣2分。"],
        ["学校管理", "规范办学行为", "10", "违规收费经查实的，每次扣3分；校务公开不到位的扣2分。"],
        ["家长满意度", "家长满意度测评", "10", "满意度低于85%的，每低1个百分点扣0.5分。"],
        ["合计", LEFT, "100", ""],
    ])
    rural = grid([26, 50, 12, 90], [
        ["考核维度", "考核要点", "分值", "评分办法"],
        ["控辍保学", "适龄儿童入学巩固", "20", "服务范围内适龄儿童失学辍学的，每人扣5分。"],
        ["教学常规", "课程开设与送教走教", "25", "开齐开足国家规定课程的得15分；送教走教活动每学期少于2次的扣5分。"],
        ["校园安全", "校舍与饮食安全", "25", "发生校园安全责任事故的，每起扣10分；校舍安全隐患未及时上报的，每处扣3分。"],
        ["营养改善计划", "学生营养餐管理", "15", "营养餐食品安全台账不全的扣3分；发生食品安全事件的，该项不得分。"],
        ["家校共育", "家访与家长沟通", "15", "学生家访覆盖率达到100%的得15分；每低5个百分点扣1分。"],
        ["合计", LEFT, "100", ""],
    ])
    return [
        ("h", "溪南县中小学校长年度考核实施细则"),
        ("p", "一、适用范围"),
        ("p", "本细则适用于全县公办中小学校长和乡村小规模学校（含教学点）负责人。城区学校校长按附件1评分，乡村小规模学校负责人"
              "按附件2评分，两类人员分别排序。"),
        ("p", "二、考核程序"),
        ("p", "考核每学年末进行一次，采取个人述职、民主测评、实地查看与查阅资料相结合的方式，由县教育局考核组按评分表打分。"),
        ("p", "三、加分"),
        ("p", "学校当年获评省级以上文明校园的，校长（负责人）考核加2分。"),
        ("p", "四、考核等次"),
        ("p", "考核结果分为优秀、称职、基本称职、不称职四个等次：得分90分及以上为优秀，75分至89分为称职，60分至74分为基本称职，"
              "60分以下为不称职。学校发生重大安全责任事故造成师生死亡的，校长（负责人）年度考核直接确定为不称职。"),
        ("p", "五、本细则由县教育局负责解释。"),
        ("r", "溪南县教育局"),
        ("r", "2024年7月10日"),
        ("p", "附件1"),
        ("h", "城区学校校长年度考核评分表"),
        ("t", urban),
        ("p", "附件2"),
        ("h", "乡村小规模学校负责人年度考核评分表"),
        ("t", rural),
    ]


PRINTED_DOCX = {S01: (s01, {}), S05: (s05, {}), S06: (s06, {}), S07: (s07, {})}
PLAIN_DOCX = {S02: (s02, {"landscape": True})}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    plain = {stem: (write_docx, build, options) for stem, (build, options) in PLAIN_DOCX.items()}
    printed = {stem: (write_docx, build, options) for stem, (build, options) in PRINTED_DOCX.items()}
    # two calls: the DOCX-only and HTML files without LibreOffice, then the files that also get a PDF
    build_set([*args, "--no-pdf"], __doc__, HERE, plain, {}, {f"{S04}.html": S04_HTML})
    return build_set(args, __doc__, HERE, printed, {f"{S03}.xlsx": write_s03}, {})


if __name__ == "__main__":
    raise SystemExit(main())
