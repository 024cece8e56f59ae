"""A fifth held-out set: eight assessment documents in DOCX/PDF/XLSX/HTML the pipeline never saw.

    .venv/bin/python corpus/unseen5/make_unseen5.py [--no-pdf]

Written for this set in my own words, in layouts unlike corpus/unseen (u01–u09), unseen2 (v01–v08), unseen3
(w01–w06), unseen4 (x01–x08) and ../shared/corpus: a 党建 细则 in prose with four numbering levels (第X章 with
points, 第X条 with points, （一） clauses, 1．2． sub-clauses), a workbook with one sheet per 科室 (序号 `一、`
on group rows and `1.` on item rows), a table whose points live only in the item names beside 考核方式 and
责任单位 columns, a 市 web page 序号|指标|分值|评分细则|牵头单位 with group rows and rowspans, a care-home table
with 加分 and 扣分 conditions each beside an amount column of their own, a library table over two pages whose
groups get their points only from 小计 rows, a 目标责任书 with weights at the top and points below in prose, and
a one-paragraph 通知 (grades, quota, veto, no table). Bytes are stable across runs (helpers of
../unseen/make_unseen.py and ../corpusgen). Gold: write_gold5.py → gold/<stem>.json.
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

# ---------------------------------------------------------------- y01: 党建 细则, 章/条/（一）/1． in prose
Y01 = "y01-qinghe-shi-shichang-jianguan-dangjian-kaohe-xize"


def y01() -> list:
    return [
        ("p", "青市监党〔2024〕9号"),
        ("h", "中共青禾市市场监督管理局党组关于印发《青禾市市场监管系统基层党组织党建工作考核细则》的通知"),
        ("p", "局机关各支部，各县（区）局党组（党委）："),
        ("p", "现将《青禾市市场监管系统基层党组织党建工作考核细则》印发给你们，请结合实际抓好落实。"),
        ("r", "中共青禾市市场监督管理局党组"),
        ("r", "2024年3月4日"),
        ("h", "青禾市市场监管系统基层党组织党建工作考核细则"),
        ("p", "第一章　总则"),
        ("p", "第一条　为压实基层党组织管党治党责任，推动党建工作与业务工作深度融合，制定本细则。"),
        ("p", "第二条　本细则适用于全市市场监管系统各党支部。"),
        ("p", "第三条　考核实行百分制，由政治建设、组织建设、作风与廉政建设、工作创新四部分组成，各部分分值及评分标准按本细则第二章至第五章执行。"),
        ("p", "第二章　政治建设（25分）"),
        ("p", "第四条　理论学习（10分）"),
        ("p", "（一）党支部每月至少组织1次集体学习，每少1次扣1分。"),
        ("p", "（二）学习记录有下列情形的，按以下标准扣分："),
        ("p", "1．学习记录缺失的，每次扣0.5分；"),
        ("p", "2．未留存学习影像资料的，每次扣0.2分。"),
        ("p", "第五条　意识形态（8分）"),
        ("p", "（一）未按规定每半年分析研判一次意识形态形势的，扣4分。"),
        ("p", "（二）党员在网络上发表错误言论造成不良影响的，本条不得分。"),
        ("p", "第六条　政治生活（7分）"),
        ("p", "（一）未召开年度组织生活会的，扣5分；批评与自我批评流于形式的，扣2分。"),
        ("p", "第三章　组织建设（35分）"),
        ("p", "第七条　支部标准化（15分）"),
        ("p", "（一）支部委员会未按期换届的，扣5分。"),
        ("p", "（二）发展党员工作有下列问题之一的："),
        ("p", "1．入党申请未经支部委员会讨论的，每人扣2分；"),
        ("p", "2．培养考察材料不齐全的，每人扣1分。"),
        ("p", "第八条　党员管理（12分）"),
        ("p", "（一）党费未按时足额收缴的，每人次扣0.5分，扣完为止。"),
        ("p", "（二）党员组织关系转接超过规定时限的，每人扣1分。"),
        ("p", "第九条　“三会一课”（8分）"),
        ("p", "（一）支部党员大会每季度召开1次，每少1次扣2分。"),
        ("p", "（二）党小组会每月召开1次，每少1次扣0.5分。"),
        ("p", "第四章　作风与廉政建设（25分）"),
        ("p", "第十条　廉政教育（10分）"),
        ("p", "（一）每季度开展警示教育1次，每少1次扣2分。"),
        ("p", "第十一条　监督执纪（15分）"),
        ("p", "（一）支部党员受到党纪处分的，每人扣5分。"),
        ("p", "（二）发生“四风”问题被市级以上通报的，每起扣3分。"),
        ("p", "第五章　工作创新（15分）"),
        ("p", "第十二条　特色品牌（15分）"),
        ("p", "（一）支部党建品牌被省级党组织推广的，得15分；被市级推广的，得10分；尚未形成品牌的，得5分。"),
        ("p", "第六章　加分与考核结果"),
        ("p", "第十三条　党支部获评省级以上先进基层党组织的，加5分；获评市级先进基层党组织的，加3分。同一事项按最高级别计算，不重复加分。"),
        ("p", "第十四条　考核结果分为好、较好、一般、差四个等次。得分90分以上为好；75分以上不足90分为较好；"
              "60分以上不足75分为一般；不足60分为差。“好”等次支部不超过参评支部总数的30%。"),
        ("p", "第十五条　支部书记受到党纪政务处分的，该支部年度考核直接评为“差”等次。"),
        ("p", "第七章　附则"),
        ("p", "第十六条　本细则由局机关党委负责解释，自印发之日起施行。"),
    ]


# ---------------------------------------------------------------- y02: workbook, one sheet per 科室
Y02 = "y02-yunmeng-qu-zhengwu-fuwu-zhongxin-keshi-kaohe"

Y02_COMMON = [
    ["一、", "共性指标", "", 30],
    ["1.", "学习培训", "全年参加中心组织的业务培训不少于6次，每缺1次扣1分。", 10],
    ["2.", "作风纪律", "工作日迟到早退的，每人次扣0.5分；上班时间擅离岗位被通报的，每次扣2分。", 10],
    ["3.", "信息报送", "政务信息被区级以上采用的，每篇得1分，最多得10分。", 10],
]
Y02_SHEETS = [
    ("综合科", [
        ["二、", "业务指标", "", 70],
        ["1.", "文电办理", "公文办理超过规定时限的，每件扣1分；出现文字差错被退文的，每件扣0.5分。", 20],
        ["2.", "会务保障", "会务组织出现失误造成不良影响的，每次扣5分。", 15],
        ["3.", "资产管理", "固定资产账实不符的，每项扣2分，扣完为止。", 15],
        ["4.", "财务管理", "年度预算执行率达到95%以上的得20分；每低1个百分点扣1分。", 20],
    ]),
    ("窗口服务科", [
        ["二、", "业务指标", "", 70],
        ["1.", "办件时效", "即办件未当场办结的，每件扣1分；承诺件超期的，每件扣2分。", 25],
        ["2.", "好差评", "群众评价“差评”经核实的，每件扣3分；差评未在3个工作日内整改回访的，每件再扣1分。", 25],
        ["3.", "首问负责", "推诿、拒绝首问的，每次扣5分。", 10],
        ["4.", "窗口形象", "未按规定着装、佩戴工牌的，每人次扣0.5分。", 10],
    ]),
    ("审批协调科", [
        ["二、", "业务指标", "", 70],
        ["1.", "并联审批", "牵头的联合审批事项未在承诺时限内办结的，每件扣2分。", 30],
        ["2.", "事项梳理", "政务服务事项清单未按时动态调整的，扣5分；办事指南要素缺失的，每项扣0.5分。", 20],
        ["3.", "帮办代办", "重点项目帮办代办服务覆盖率达到100%的得20分，达到90%的得15分，低于90%的得10分。", 20],
    ]),
]
Y02_HEAD = ["序号", "考核项目", "考核内容及评分标准", "分值", "自评分", "考核得分"]
Y02_NOTES = [
    "备注：1.考核得分90分及以上为优秀，80分至89分为良好，60分至79分为一般，60分以下为较差。",
    "2.科室年度内发生违纪违法案件被查处的，考核等次确定为较差。",
]
Y02_WIDTHS = [7, 14, 60, 7, 8, 9]


def write_y02(path: Path) -> None:
    """One sheet per 科室: title merged across, a form row, the table (group rows 一、 with points, items 1.), notes."""
    book = Workbook()
    book.remove(book.active)
    for tab, rows in Y02_SHEETS:
        sheet = book.create_sheet(tab)
        ncols = len(Y02_HEAD)
        heads = [(f"云梦区政务服务中心2024年度科室绩效考核表（{tab}）", True, 14),
                 ("考核时间：2024年12月　　　　　　　　　　　　　单位：分", False, 10)]
        r = 1
        for text, bold, size in heads:
            sheet.cell(row=r, column=1, value=text).font = Font(name=FONT, bold=bold, size=size)
            sheet.cell(row=r, column=1).alignment = Alignment(horizontal="center" if bold else "left")
            sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
            r += 1
        body = [Y02_HEAD, *Y02_COMMON, *rows, ["", "合计", "", 100, "", ""]]
        for i, row in enumerate(body):
            row = list(row) + [""] * (ncols - len(row))
            for c, value in enumerate(row, start=1):
                cell = sheet.cell(row=r, column=c)
                cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
                cell.alignment = Alignment(wrap_text=True, vertical="center")
                cell.font = Font(name=FONT, size=10, bold=i == 0 or str(row[0]).endswith("、"))
                if value != "":
                    cell.value = value
            r += 1
        for text in Y02_NOTES:
            sheet.cell(row=r, column=1, value=text).font = Font(name=FONT, size=10)
            sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
            r += 1
        for c, width in enumerate(Y02_WIDTHS, start=1):
            sheet.column_dimensions[get_column_letter(c)].width = width
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    book.properties.creator = book.properties.lastModifiedBy = "rubrics corpus/unseen5/make_unseen5.py"
    book.properties.created = book.properties.modified = FIXED_DATE
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(deterministic_zip(buffer.getvalue()))


# ---------------------------------------------------------------- y03: points only in the names, 考核方式 + 责任单位
Y03 = "y03-anfeng-qu-pingan-jianshe-kaohe-pingfenbiao"


def y03() -> list:
    table = grid([26, 30, 70, 22, 22], [
        ["考核项目", "考核内容", "评分标准", "考核方式", "责任单位"],
        ["基层基础（30分）", "网格化服务管理（12分）",
         "专职网格员配备未达到每网格1名的，每缺1名扣0.5分；网格事件按期办结率低于95%的扣3分。", "系统核查", "区委政法委"],
        [UP, "综治中心规范化（10分）", "镇街综治中心未实现实体化运行的扣5分；视频监控未接入的扣2分。", "实地查看", "区委政法委"],
        [UP, "群防群治（8分）", "平安志愿者队伍人数低于常住人口1%的扣2分；未开展常态化巡防的扣3分。", "查阅资料", "区公安分局"],
        ["矛盾化解（25分）", "信访工作（15分）",
         "信访事项按期受理率、办结率均达到100%的得15分；每出现1件逾期的扣1分。", "系统核查", "区信访局"],
        [UP, "人民调解（10分）", "调解成功率低于96%的，每低1个百分点扣1分。", "查阅资料", "区司法局"],
        ["治安防控（30分）", "刑事案件防控（15分）", "可防性案件发案数同比上升的，每上升1个百分点扣0.5分，扣完为止。",
         "数据比对", "区公安分局"],
        [UP, "禁毒工作（8分）", "新发现吸毒人员同比上升的扣3分；社区戒毒康复执行率低于95%的扣2分。", "数据比对", "区禁毒办"],
        [UP, "反诈宣传（7分）", "电信网络诈骗案件万人发案率高于全区平均水平的扣4分。", "数据比对", "区公安分局"],
        ["安全感满意度（15分）", "群众安全感（15分）",
         "群众安全感测评得分98分以上的得15分，95分至98分的得12分，低于95分的得8分。", "问卷调查", "区统计局"],
    ])
    return [
        ("p", "安平安办〔2024〕5号"),
        ("h", "安丰区2024年度镇（街道）平安建设考核评分表"),
        ("p", "被考核单位：__________________"),
        ("t", table),
        ("p", "说明：一、本表满分100分，各项扣分以该项分值为限。"),
        ("p", "二、获得省级平安建设先进集体的加3分，获得市级平安建设先进集体的加2分，加分最多不超过3分。"),
        ("p", "三、辖区发生重大刑事案件或重大群体性事件造成恶劣影响的，平安建设考核实行一票否决。"),
        ("p", "四、考核结果：95分以上为平安镇（街道），85分以上不足95分为达标，85分以下为不达标。"),
        ("r", "安丰区平安建设领导小组办公室"),
        ("r", "2024年1月30日"),
    ]


# ---------------------------------------------------------------- y04: city web page, 序号|指标|分值|评分细则|牵头单位
Y04 = "y04-tingzhou-shi-xianqu-gaozhiliang-fazhan-kaohe-zhibiao"

Y04_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>汀州市2024年度县（市、区）高质量发展绩效考核指标及评分细则_政策文件_汀州市人民政府</title>
<style>#zoom table{border-collapse:collapse;margin:0 auto}#zoom td{border:1px solid #000;padding:2px 6px}</style>
</head>
<body>
<div id="header"><a href="/">汀州市人民政府</a><span>无障碍</span><span>长者模式</span><span>English</span></div>
<ul id="menu"><li>首页</li><li>要闻动态</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>走进汀州</li></ul>
<div class="position">您当前的位置：首页 &gt; 政务公开 &gt; 政策文件 &gt; 市政府办文件</div>
<table class="xxgk"><tr><td>索引号：TZ00123-0201-2024-00031</td><td>发布机构：汀州市考核办</td></tr>
<tr><td>成文日期：2024-02-19</td><td>发布日期：2024-02-21</td></tr></table>
<h1 class="article-title">汀州市2024年度县（市、区）高质量发展绩效考核指标及评分细则</h1>
<div id="zoom">
<p>　　根据市委、市政府工作部署，现将2024年度县（市、区）高质量发展绩效考核指标及评分细则公布如下。考核总分100分。</p>
<table>
<tr><td><b>序号</b></td><td><b>指标</b></td><td><b>分值</b></td><td><b>评分细则</b></td><td><b>牵头单位</b></td></tr>
<tr><td>一</td><td>经济发展</td><td>40</td><td></td><td></td></tr>
<tr><td>1</td><td>地区生产总值增速</td><td>12</td><td>增速达到全市平均水平的得8分，每高于全市平均0.1个百分点加0.4分，最高加至12分；每低0.1个百分点扣0.4分。</td><td rowspan="2">市统计局</td></tr>
<tr><td>2</td><td>规上工业增加值增速</td><td>10</td><td>按增速在各县（市、区）中的排名计分，第一名得10分，每后退一名减0.5分。</td></tr>
<tr><td>3</td><td>固定资产投资</td><td>10</td><td rowspan="2">完成年度目标的得满分；未完成的，按完成比例计分。</td><td>市发展改革委</td></tr>
<tr><td>4</td><td>实际利用外资</td><td>8</td><td>市商务局</td></tr>
<tr><td>二</td><td>创新驱动</td><td>20</td><td></td><td></td></tr>
<tr><td>5</td><td>研发经费投入强度</td><td>10</td><td>达到2.2%的得10分；每低0.1个百分点扣1分。</td><td>市科技局</td></tr>
<tr><td>6</td><td>高新技术企业净增数</td><td>10</td><td>完成目标任务的得10分；每少1家扣0.5分。</td><td>市科技局</td></tr>
<tr><td>三</td><td>民生保障</td><td>25</td><td></td><td></td></tr>
<tr><td>7</td><td>城镇新增就业</td><td>8</td><td>完成目标任务的得8分；未完成的不得分。</td><td>市人力资源社会保障局</td></tr>
<tr><td>8</td><td>义务教育优质均衡</td><td>9</td><td>通过国家督导评估认定的得9分；通过省级评估的得6分。</td><td>市教育局</td></tr>
<tr><td>9</td><td>基本医疗保险参保率</td><td>8</td><td>参保率低于96%的，每低0.5个百分点扣1分。</td><td>市医保局</td></tr>
<tr><td>四</td><td>生态环境</td><td>15</td><td></td><td></td></tr>
<tr><td>10</td><td>空气质量</td><td>8</td><td>PM2.5平均浓度未达到年度目标的扣4分；优良天数比例每低1个百分点扣0.5分。</td><td rowspan="2">市生态环境局</td></tr>
<tr><td>11</td><td>地表水质量</td><td>7</td><td>国、省控断面水质达标率未达到100%的，每个断面扣2分。</td></tr>
<tr><td>五</td><td>加减分项目</td><td></td><td>获得国务院督查激励的，每项加2分；因工作不力被省政府通报批评的，每次扣2分。加减分各不超过4分。</td><td>市考核办</td></tr>
</table>
<p>　　附注：考核得分在95分及以上的为一等，85分（含）至95分的为二等，85分以下的为三等。</p>
<div class="right">汀州市人民政府办公室<br>2024年2月19日</div>
</div>
<div class="share">分享到：微信 微博　【字体：大 中 小】【打印】【关闭】</div>
<div id="footer">主办：汀州市人民政府办公室　承办：汀州市大数据管理中心　网站标识码：0000000000　闽ICP备00000000号-1</div>
</body>
</html>
"""

# ---------------------------------------------------------------- y05: 加分 and 扣分 columns, amounts in their own column
Y05 = "y05-kangning-yanglao-fuwu-zhongxin-huliyuan-yuedu-kaohe"


def y05() -> list:
    table = grid([24, 12, 62, 18, 62, 18], [
        ["考核项目", "基础分", "加分情形", "加分标准", "扣分情形", "扣分标准"],
        ["服务态度", "20", "收到老人或家属书面表扬的", "1分/次", "与老人发生争执、态度生硬被投诉核实的", "2分/次"],
        ["生活照料", "25", "—", "—", "老人衣物、床单位不整洁的", "0.5分/处"],
        [UP, UP, "—", "—", "未按护理等级定时翻身、巡视的", "1分/次"],
        ["安全管理", "25", "及时发现并处置老人突发险情的", "3分/次", "发生老人跌倒、烫伤等事故且护理员负有责任的", "10分/起"],
        [UP, UP, "—", "—", "未按规定交接药品的", "2分/次"],
        ["康复护理", "15", "协助开展康复训练效果明显、经评估确认的", "2分", "未按康复计划落实训练的", "1分/次"],
        ["劳动纪律", "15", "月度全勤的", "1分", "迟到、早退", "0.5分/次"],
        [UP, UP, "—", "—", "无故旷工", "5分/天"],
        ["合计", "100", "", "", "", ""],
    ])
    return [
        ("h", "康宁养老服务中心护理员月度绩效考核表"),
        ("p", "姓名：________　　所在楼层：________　　考核月份：2024年____月"),
        ("t", table),
        ("p", "计分办法：月度得分＝基础分合计＋加分－扣分。每月加分累计不超过5分。"),
        ("p", "月度得分95分以上为优秀护理员，80分至94分为合格，80分以下为待改进。连续两个月待改进的，调离护理岗位。"),
        ("p", "因护理员失职导致老人重伤或死亡的，当月考核实行一票否决。"),
        ("p", "护理部主任签字：__________　　护理员签字：__________"),
    ]


# ---------------------------------------------------------------- y06: long table, group rows across, 小计 rows, 合计
Y06 = "y06-changning-xian-tushuguan-mianfei-kaifang-pinggu"

Y06_GROUPS = [
    ("一、设施与环境", 20, [
        ("馆舍面积", "馆舍建筑面积达到3000平方米以上的得6分，2000至3000平方米的得4分，不足2000平方米的得2分。", 6),
        ("阅览座席", "阅览座席不少于300个，每少20个扣0.5分。", 4),
        ("无障碍设施", "未设置无障碍通道的扣2分；未配备盲文阅览设备的扣1分。", 4),
        ("环境卫生", "馆内环境卫生检查不合格的，每次扣1分。", 3),
        ("标识导引", "馆内标识不清晰、不规范的，每处扣0.5分。", 3),
    ]),
    ("二、文献资源", 25, [
        ("藏书总量", "人均藏书量达到1.2册的得8分；每低0.1册扣1分。", 8),
        ("年新增藏量", "年新增纸质图书低于1万册的，每少1000册扣0.5分。", 6),
        ("数字资源", "数字资源总量达到20TB的得5分；未建立数字资源服务平台的不得分。", 5),
        ("地方文献", "未设立地方文献专藏的扣3分；地方文献年征集量低于200种的扣2分。", 6),
    ]),
    ("三、读者服务", 35, [
        ("开放时间", "每周开放时间不少于60小时，每少1小时扣1分。", 8),
        ("外借服务", "年文献外借量低于5万册次的扣3分。", 6),
        ("读者活动", "全年举办讲座、展览、培训等活动不少于60场，每少5场扣1分。", 8),
        ("总分馆建设", "乡镇分馆通借通还覆盖率低于80%的扣3分；未开展流动服务的扣2分。", 7),
        ("读者满意度", "读者满意度测评低于90%的，每低1个百分点扣0.5分，扣完为止。", 6),
    ]),
    ("四、管理与保障", 20, [
        ("经费保障", "免费开放补助资金未专款专用的扣5分。", 6),
        ("人员队伍", "专业技术人员占比低于60%的扣2分；年人均培训学时不足40学时的扣2分。", 5),
        ("制度建设", "未建立读者意见处理制度的扣2分；服务公约未公示的扣1分。", 4),
        ("安全管理", "发生消防、治安安全事故的，每起扣5分。", 5),
    ]),
]


def y06() -> list:
    rows = [["序号", "评估内容", "评估标准", "分值", "评估得分"]]
    n = 0
    for group, total, leaves in Y06_GROUPS:
        rows.append([group, LEFT, LEFT, LEFT, LEFT])
        for name, text, points in leaves:
            n += 1
            rows.append([str(n), name, text, str(points), ""])
        rows.append(["小计", LEFT, LEFT, str(total), ""])
    rows.append(["合计", LEFT, LEFT, "100", ""])
    table = grid([12, 26, 84, 14, 18], rows)
    return [
        ("h", "长宁县图书馆免费开放工作绩效评估表"),
        ("p", "为检验公共图书馆免费开放政策落实成效，县文化和旅游局每年组织一次免费开放工作绩效评估。"
              "评估采取听取汇报、查阅档案、实地查看、随机访问读者相结合的方式进行，评估组由局业务科室人员和特邀专家组成。"),
        ("p", "评估前，图书馆应当对照本表逐项自查，形成书面自查报告，并整理近一年的服务统计数据、活动记录和经费使用凭证备查。"
              "评估组根据现场核查情况逐项评分，评分结果当场向被评估单位反馈。"),
        ("p", "评估单位（盖章）：____________________　　评估时间：2024年____月____日"),
        ("T", table),
        ("p", "评估结论：总分85分以上为优秀，70分以上不足85分为合格，不足70分为不合格。"),
        ("p", "年度内发生严重违反免费开放政策、造成恶劣社会影响事件的，评估结论直接确定为不合格。"),
        ("p", "评估组成员签字：______________________________"),
        ("r", "长宁县文化和旅游局"),
    ]


# ---------------------------------------------------------------- y07: 目标责任书, weights at the top, points below
Y07 = "y07-shimen-xian-xiangzhen-shengtai-huanjing-mubiao-zerenshu"


def y07() -> list:
    return [
        ("h", "石门县2024年度生态环境保护目标责任书"),
        ("p", "甲方：石门县人民政府"),
        ("p", "乙方：石门县龙潭镇人民政府"),
        ("p", "为全面落实生态环境保护“党政同责、一岗双责”，经甲乙双方协商，签订本责任书。"),
        ("p", "一、责任目标及考核计分"),
        ("p", "责任目标由以下三类组成，每类目标均按百分制单独计分，再按所列权重折算后相加，形成年度综合得分（满分100分）。"),
        ("p", "（一）污染防治目标（权重50%）"),
        ("p", "1．空气质量（40分）：镇域空气质量优良天数比例达到90%以上；每低1个百分点扣4分。"),
        ("p", "2．水环境质量（35分）：辖区出境断面水质稳定达到Ⅲ类；出现一次月度超标的扣5分。"),
        ("p", "3．土壤与固废（25分）：受污染耕地安全利用率达到93%；发现非法倾倒固体废物未及时处置的，每起扣5分。"),
        ("p", "（二）生态保护目标（权重30%）"),
        ("p", "1．森林资源保护（50分）：完成植树造林任务500亩的得50分；未完成的，按完成比例计分。"),
        ("p", "2．河湖长制落实（50分）：镇级河长每月巡河不少于1次，每少1次扣2分；河道“四乱”问题未按期整改的，每处扣3分。"),
        ("p", "（三）环境监管目标（权重20%）"),
        ("p", "1．信访办理（60分）：生态环境信访件按期办结率达到100%；每逾期1件扣5分。"),
        ("p", "2．督察整改（40分）：中央、省生态环境保护督察交办问题全部按期整改的得40分；每有1个问题未按期整改扣10分。"),
        ("p", "二、考核与奖惩"),
        ("p", "（一）年度综合得分90分以上的为优秀，75分（含）至90分的为良好，60分（含）至75分的为合格，60分以下的为不合格。"),
        ("p", "（二）乡镇生态环境保护工作获得国家级表彰的加3分，获得省级表彰的加2分，加分总计不超过3分。"),
        ("p", "（三）辖区内发生重大及以上突发环境事件的，年度考核实行一票否决。"),
        ("p", "三、本责任书一式两份，甲乙双方各执一份，自签订之日起生效，有效期至2024年12月31日。"),
        ("p", "甲方（盖章）：石门县人民政府　　　　乙方（盖章）：石门县龙潭镇人民政府"),
        ("p", "甲方代表（签字）：__________　　　　乙方代表（签字）：__________"),
        ("r", "2024年2月28日"),
    ]


# ---------------------------------------------------------------- y08: a short 通知, one paragraph, no table
Y08 = "y08-liushui-zhen-cunji-caiwu-guanli-kaohe-tongzhi"


def y08() -> list:
    return [
        ("p", "流水镇人民政府"),
        ("h", "关于开展2024年度村级财务管理规范化考核的通知"),
        ("p", "各村（社区）："),
        ("p", "为加强农村集体“三资”管理，镇政府决定于2025年1月对各村（社区）2024年度财务管理情况进行考核。"
              "考核实行百分制，由镇农经站会同镇纪委对账务处理、资金使用、资产登记和财务公开四个方面进行检查评分，"
              "考核结果分为优秀、合格、不合格三个等次：得分90分及以上为优秀，70分至89分为合格，69分及以下为不合格；"
              "优秀等次不超过参加考核村（社区）总数的30%。考核年度内发生截留、挪用集体资金问题并经查实的，实行一票否决，"
              "考核等次直接定为不合格。请各村（社区）于2024年12月31日前完成自查，并将自查报告报送镇农经站。"),
        ("p", "联系人：李明　联系电话：0000-0000000"),
        ("r", "流水镇人民政府"),
        ("r", "2024年12月10日"),
    ]


PRINTED_DOCX = {Y01: (y01, {}), Y05: (y05, {"landscape": True}), Y06: (y06, {}), Y07: (y07, {}), Y08: (y08, {})}
UNPRINTED_DOCX = {Y03: (y03, {"landscape": True})}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    unprinted = {stem: (write_docx, build, options) for stem, (build, options) in UNPRINTED_DOCX.items()}
    printed = {stem: (write_docx, build, options) for stem, (build, options) in PRINTED_DOCX.items()}
    # two calls: the DOCX-only and HTML files without LibreOffice, then the files that also get a PDF
    build_set([*args, "--no-pdf"], __doc__, HERE, unprinted, {}, {f"{Y04}.html": Y04_HTML})
    return build_set(args, __doc__, HERE, printed, {f"{Y02}.xlsx": write_y02}, {})


if __name__ == "__main__":
    raise SystemExit(main())
