"""A fourth held-out set: eight assessment documents in DOCX/PDF/XLSX/HTML the pipeline never saw.

    .venv/bin/python corpus/unseen4/make_unseen4.py [--no-pdf]

Written for this set in my own words, in layouts unlike corpus/unseen (u01–u09), corpus/unseen2 (v01–v08),
corpus/unseen3 (w01–w06) and ../shared/corpus: a county 乡镇 办法 whose items sit inside a 第X条 article
(一、（一）1．) with an 附件 table restating them with points and 牵头单位, a hospital monthly quality workbook
with three merged tree levels and several deductions per cell, a teacher table in weights only, an enterprise
table with both 权重 (per category, merged) and 分值 (per indicator) and a 加减分项 block at its foot, a site
safety checklist in 五号 running over several pages with its header row repeated, a 社区 web page whose
category points sit in a rowspan column of their own, a 1000-point 文明单位 table whose 小计 rows sit inside
the merged group cell, and a 繁體 評核要點 with Chinese-numeral amounts in its prose. Bytes are stable across
runs (helpers of ../unseen/make_unseen.py and ../corpusgen). Gold: write_gold4.py → gold/<stem>.json.
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

# ---------------------------------------------------------------- x01: 乡镇 办法, items inside 第四条 + 附件 table
X01 = "x01-songlin-xian-xiangzhen-niandu-mubiao-kaohe-banfa"


def x01() -> list:
    annex = grid([30, 40, 14, 40], [
        ["考核项目", "考核内容", "分值", "牵头考核单位"],
        ["经济发展（30分）", "财政税收", "12", "县财政局"],
        [UP, "项目建设", "10", "县发展改革局"],
        [UP, "招商引资", "8", "县投资促进中心"],
        ["乡村振兴（25分）", "粮食生产", "10", "县农业农村局"],
        [UP, "人居环境", "8", "县乡村振兴局"],
        [UP, "集体经济", "7", "县农业农村局"],
        ["社会治理（25分）", "安全生产", "10", "县应急管理局"],
        [UP, "信访维稳", "8", "县信访局"],
        [UP, "生态环保", "7", "市生态环境局松林分局"],
        ["党的建设（20分）", "基层组织", "12", "县委组织部"],
        [UP, "党风廉政", "8", "县纪委监委"],
        ["合计", LEFT, "100", ""],
    ])
    return [
        ("p", "松政办发〔2024〕18号"),
        ("h", "松林县人民政府办公室关于印发《松林县2024年度乡镇目标管理考核办法》的通知"),
        ("p", "各乡镇人民政府，县政府各部门："),
        ("p", "《松林县2024年度乡镇目标管理考核办法》已经县政府常务会议研究同意，现印发给你们，请认真遵照执行。"),
        ("r", "松林县人民政府办公室"),
        ("r", "2024年2月26日"),
        ("h", "松林县2024年度乡镇目标管理考核办法"),
        ("p", "第一条　为激励各乡镇围绕县委、县政府中心工作担当作为，推动年度目标任务落实，制定本办法。"),
        ("p", "第二条　本办法适用于全县9个乡镇。"),
        ("p", "第三条　考核工作由县目标考核办公室（以下简称县考核办）组织，各牵头考核单位按职责分工负责具体评分。"),
        ("p", "第四条　考核实行百分制，考核内容及评分办法如下："),
        ("p", "一、经济发展（30分）"),
        ("p", "（一）财政税收（12分）"),
        ("p", "1．完成县下达的一般公共预算收入任务的，得12分。"),
        ("p", "2．未完成任务的，每低1个百分点扣0.5分，扣完为止。"),
        ("p", "（二）项目建设（10分）"),
        ("p", "1．新开工县级重点项目的，每个得2分，最多得10分。"),
        ("p", "（三）招商引资（8分）"),
        ("p", "1．引进市外到位资金每少于目标500万元扣1分。"),
        ("p", "2．已签约项目当年未落地的，每个扣2分。"),
        ("p", "二、乡村振兴（25分）"),
        ("p", "（一）粮食生产（10分）"),
        ("p", "1．粮食播种面积未达到县下达任务的，扣4分。"),
        ("p", "2．发生耕地“非农化”问题被上级通报的，每宗扣3分。"),
        ("p", "（二）人居环境（8分）"),
        ("p", "1．县季度人居环境考评排名前三位的，每次得2分；排名后三位的，每次扣2分。"),
        ("p", "（三）集体经济（7分）"),
        ("p", "1．集体经营性收入超过20万元的村占比达到50%以上的得7分，达到30%至50%的得4分，低于30%的不得分。"),
        ("p", "三、社会治理（25分）"),
        ("p", "（一）安全生产（10分）"),
        ("p", "1．发生一般生产安全事故的，每起扣3分。"),
        ("p", "2．隐患排查整改台账不健全的，酌情扣1至2分。"),
        ("p", "（二）信访维稳（8分）"),
        ("p", "1．发生到省进京越级上访的，每批次扣2分。"),
        ("p", "（三）生态环保（7分）"),
        ("p", "1．环保督察交办件逾期未办结的，每件扣1分；乡镇主要负责人因环保问题被约谈的，本项不得分。"),
        ("p", "四、党的建设（20分）"),
        ("p", "（一）基层组织（12分）"),
        ("p", "1．未按期完成软弱涣散村党组织整顿的，每个扣2分。"),
        ("p", "2．“三会一课”制度落实抽查不合格的，每个村扣0.5分。"),
        ("p", "（二）党风廉政（8分）"),
        ("p", "1．乡镇领导班子成员被立案审查的，每人扣4分。"),
        ("p", "第五条　获得国家级表彰的，每项加3分；获得省级表彰的，每项加2分；工作经验被省级以上推广的，加1分。"
              "加分总计不超过5分。"),
        ("p", "第六条　有下列情形之一的，年度考核实行一票否决，不得评为优秀、良好等次：（一）发生较大及以上生产安全责任事故的；"
              "（二）发生重大群体性事件造成恶劣影响的。"),
        ("p", "第七条　考核结果分为优秀、良好、合格、不合格四个等次。考核得分90分及以上的为优秀，80分（含）至90分的为良好，"
              "60分（含）至80分的为合格，60分以下的为不合格。优秀名额按参评乡镇总数的20%确定。"),
        ("p", "第八条　考核结果作为乡镇领导班子和领导干部年度考核、评先评优的重要依据。"),
        ("p", "第九条　本办法由县考核办负责解释，自印发之日起施行。"),
        ("p", "附件：松林县2024年度乡镇目标管理考核评分表"),
        ("p", "附件"),
        ("h", "松林县2024年度乡镇目标管理考核评分表"),
        ("t", annex),
    ]


# ---------------------------------------------------------------- x02: hospital monthly quality workbook
X02 = "x02-hexi-renmin-yiyuan-keshi-yuedu-zhiliang-kaohe"

X02_ROWS = [
    ["一级指标", "二级指标", "考核要点", "标准分", "扣分标准", "得分"],
    ["医疗质量（50分）", "病历质量", "运行病历", "8",
     "首次病程记录未在8小时内完成的，每份扣1分；上级医师查房记录缺失的，每份扣0.5分。", ""],
    [UP, UP, "终末病历", "10", "出现乙级病历每份扣2分，出现丙级病历每份扣5分；病历归档超过7天的，每份扣0.5分。", ""],
    [UP, "核心制度", "三级查房", "8", "未按规定落实三级查房的，每例扣1分。", ""],
    [UP, UP, "会诊制度", "6", "急会诊10分钟内未到位的，每次扣2分；会诊记录不规范的，每份扣0.5分。", ""],
    [UP, UP, "交接班", "6", "交接班记录缺项的，每次扣0.5分，扣完为止。", ""],
    [UP, "合理用药", "抗菌药物使用", "12", "抗菌药物使用强度超过目标值的扣4分；无指征使用抗菌药物的，每例扣1分。", ""],
    ["医疗安全（30分）", "不良事件", "不良事件上报", "10", "应报未报不良事件的，每例扣2分；瞒报的，本项不得分。", ""],
    [UP, "院感防控", "手卫生", "8", "手卫生依从性抽查低于90%的扣3分，低于80%的扣6分。", ""],
    [UP, UP, "医疗废物", "6", "医疗废物分类收集不规范的，每处扣1分。", ""],
    [UP, "患者安全", "身份识别", "6", "给药、输血未执行双人核对的，每例扣2分。", ""],
    ["服务管理（20分）", "患者服务", "患者满意度", "10", "患者满意度每低于95%一个百分点扣1分。", ""],
    [UP, UP, "投诉管理", "5", "有效投诉每例扣2.5分。", ""],
    [UP, "劳动纪律", "在岗履职", "5", "脱岗、串岗的，每人次扣1分；上班期间做与工作无关事情的，每人次扣0.5分。", ""],
    ["合计", LEFT, LEFT, "100", "", ""],
]
X02_NOTES = [
    "说明：1．本表每月考核一次，由医务科、护理部、院感科联合检查评分，月度得分与科室质量绩效挂钩。",
    "2．月度得分95分及以上为A级科室，85分（含）至95分为B级科室，85分以下为C级科室。",
    "3．当月发生重大医疗事故的科室，月度考核直接评为C级。",
]
X02_WIDTHS = [16, 12, 14, 8, 56, 8]  # Excel character units


def write_x02(path: Path) -> None:
    """Title and form row merged across, the table (two merged levels), notes merged across, one sheet."""
    book = Workbook()
    sheet = book.active
    sheet.title = "月度考核"
    ncols = len(X02_WIDTHS)
    heads = [("河西区人民医院临床科室医疗质量月度考核表", True, 14),
             ("科室：__________　　考核月份：2024年____月　　检查人：__________", False, 10)]
    r = 1
    for text, bold, size in heads:
        sheet.cell(row=r, column=1, value=text).font = Font(name=FONT, bold=bold, size=size)
        sheet.cell(row=r, column=1).alignment = Alignment(horizontal="center" if bold else "left")
        sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        r += 1
    first = r
    for i, row in enumerate(X02_ROWS):
        for c, text in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c)
            cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            cell.font = Font(name=FONT, size=10, bold=i == 0)
            if text not in ("", UP, LEFT):
                cell.value = int(text) if text.isdigit() else text
        sheet.row_dimensions[r].height = 32
        r += 1
    # the merges follow the UP/LEFT marks of X02_ROWS
    for col in (1, 2):
        top = None
        for i in range(1, len(X02_ROWS)):
            if X02_ROWS[i][col - 1] == UP:
                continue
            if top is not None and i - 1 > top:
                sheet.merge_cells(start_row=first + top, start_column=col, end_row=first + i - 1, end_column=col)
            top = i
    sheet.merge_cells(start_row=first + len(X02_ROWS) - 1, start_column=1,
                      end_row=first + len(X02_ROWS) - 1, end_column=3)
    for text in X02_NOTES:
        sheet.cell(row=r, column=1, value=text).font = Font(name=FONT, size=10)
        sheet.cell(row=r, column=1).alignment = Alignment(wrap_text=True)
        sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        r += 1
    for c, width in enumerate(X02_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    book.properties.creator = book.properties.lastModifiedBy = "rubrics corpus/unseen4/make_unseen4.py"
    book.properties.created = book.properties.modified = FIXED_DATE
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(deterministic_zip(buffer.getvalue()))


# ---------------------------------------------------------------- x03: teacher table, weights only, DOCX only
X03 = "x03-qingxi-shiyan-zhongxue-jiaoshi-jixiao-kaohe"


def x03() -> list:
    table = grid([30, 34, 14, 92], [
        ["考核项目", "考核内容", "权重", "评分标准"],
        ["师德师风（20%）", "政治素养与职业道德", "10%",
         "参加政治学习每缺一次扣1分；违反教师职业道德规范受到学校通报的扣5分。"],
        [UP, "关爱学生", "10%", "体罚或变相体罚学生的，本项不得分；被家长有效投诉的，每次扣2分。"],
        ["教学工作（45%）", "备课与上课", "15%", "教案检查不合格的，每次扣2分；无故迟到、拖堂的，每次扣1分。"],
        [UP, "作业与辅导", "10%", "作业批改抽查每发现一次未批改扣1分。"],
        [UP, "教学质量", "20%", "所教学科期末统考平均分位于同类班级第一名的得20分，第二名的得16分，第三名及以后的得12分。"],
        ["教育工作（20%）", "班级管理与育人", "12%",
         "担任班主任的，所带班级获评校级优秀班集体得12分；未担任班主任的，按参与德育活动情况计6至10分。"],
        [UP, "家校沟通", "8%", "每学期家访不少于5户，每少1户扣1分。"],
        ["教研与出勤（15%）", "教研活动", "8%",
         "每学期承担公开课1节以上的得4分；在县级以上刊物发表教研论文的，每篇得2分，本项最多得8分。"],
        [UP, "出勤", "7%", "事假每天扣0.5分，病假每天扣0.2分；旷工1天扣7分。"],
    ])
    return [
        ("p", "清溪实中〔2024〕21号"),
        ("h", "清溪县实验中学教师绩效考核实施方案"),
        ("p", "一、考核办法"),
        ("p", "教师绩效考核每学年进行一次，由学校考核领导小组组织实施。考核总分100分，各考核内容按下表所列权重计分。"),
        ("p", "教师绩效考核评价表"),
        ("t", table),
        ("p", "二、加分"),
        ("p", "指导学生参加学科竞赛获市级以上奖项的，每项加1分，加分不超过3分。"),
        ("p", "三、等次评定"),
        ("p", "考核总分90分以上（含90分）为优秀，75分（含）—89分为合格，60分（含）—74分为基本合格，60分以下为不合格。"
              "优秀比例控制在参评教师总数的25%以内。"),
        ("p", "四、师德一票否决"),
        ("p", "教师有偿补课、收受家长礼金礼品等违反师德的行为经查实的，年度绩效考核实行一票否决。"),
        ("r", "清溪县实验中学"),
        ("r", "2024年8月30日"),
    ]


# ---------------------------------------------------------------- x04: enterprise, 权重 + 分值, 加减分项 block
X04 = "x04-lanshan-chengjian-jituan-jingying-yeji-kaohe"


def x04() -> list:
    table = grid([18, 14, 28, 12, 18, 76, 12], [
        ["指标类别", "权重", "考核指标", "分值", "目标值", "评分标准", "得分"],
        ["效益类", "40%", "利润总额", "25", "1.2亿元",
         "完成目标值得25分；每低于目标值1%扣0.5分，扣完为止；超过目标值的，每超过1%加0.2分，最多加2分。", ""],
        [UP, UP, "净资产收益率", "15", "5%", "达到目标值得15分；每低0.1个百分点扣1分。", ""],
        ["运营类", "35%", "营业收入", "15", "8亿元", "每低于目标值2%扣1分。", ""],
        [UP, UP, "应收账款周转率", "10", "4次", "低于目标值的，每低0.2次扣1分。", ""],
        [UP, UP, "项目按期完工率", "10", "95%", "低于95%的，每低1个百分点扣1分。", ""],
        ["管控类", "25%", "安全生产", "10", "零事故", "发生一般安全生产事故的，每起扣5分。", ""],
        [UP, UP, "合规经营", "8", "—", "内部审计发现违规问题的，每项扣2分。", ""],
        [UP, UP, "党建工作", "7", "—", "按集团党委党建工作考核结果折算得分。", ""],
        ["合计", LEFT, LEFT, "100", "", "", ""],
        ["加减分项", "不计权重", "科技创新", "—", "—", "获得省部级科技进步奖的，每项加2分。", ""],
        [UP, UP, "重大专项任务", "—", "—", "承担市政府指定重大专项任务并按期完成的，加3分。", ""],
        [UP, UP, "安全环保事故", "—", "—", "发生较大及以上安全环保事故的，每起扣10分。", ""],
        [UP, UP, "国有资产损失", "—", "—", "因违规决策造成国有资产损失被追责的，扣5分。", ""],
    ])
    return [
        ("p", "岚山城投发〔2024〕7号"),
        ("h", "岚山城建投资集团有限公司2024年度所属子公司经营业绩考核表"),
        ("p", "被考核单位：____________________　　考核年度：2024年"),
        ("p", "经营业绩考核实行百分制，加减分项在百分制得分之外另行计算。"),
        ("t", table),
        ("p", "说明："),
        ("p", "1．加分项合计最高不超过5分，减分项不设上限。"),
        ("p", "2．考核结果分为A、B、C、D四级：得分≥95分为A级，85分≤得分<95分为B级，70分≤得分<85分为C级，得分<70分为D级。"),
        ("p", "3．发生重大及以上安全生产责任事故的，考核结果直接确定为D级。"),
        ("p", "考核组签字：__________　　子公司负责人签字：__________"),
        ("r", "岚山城建投资集团有限公司"),
        ("r", "2024年1月20日"),
    ]


# ---------------------------------------------------------------- x05: site checklist over several pages
X05 = "x05-beihu-shizheng-anquan-wenming-shigong-jiancha"

X05_GROUPS = [
    ("安全管理", [
        ("安全生产责任制", 4, "未建立安全生产责任制的扣4分；责任制未经责任人签字确认的，每人扣0.5分。"),
        ("施工组织设计及专项方案", 4, "危险性较大的分部分项工程未编制专项施工方案的扣4分；专项方案未按规定审核审批的扣2分。"),
        ("安全技术交底", 3, "未进行书面安全技术交底的扣3分；交底未履行签字手续的，每次扣1分。"),
        ("安全检查", 3, "未建立安全检查制度的扣3分；事故隐患整改未做到定人、定时间、定措施的，每项扣1分。"),
        ("安全教育", 3, "新入场工人未进行三级安全教育的，每人扣0.5分，扣完为止。"),
        ("应急救援", 3, "未制定安全生产应急救援预案的扣3分；未按预案组织演练的扣1.5分。"),
    ]),
    ("文明施工", [
        ("现场围挡", 3, "市区主要路段工地围挡高度低于2.5m的扣3分；围挡不坚固、不连续的，每处扣1分。"),
        ("封闭管理", 3, "施工现场进出口未设置大门的扣3分；未设置门卫室的扣1分。"),
        ("施工场地", 3, "施工现场主要道路未进行硬化处理的扣3分；裸露场地未采取覆盖措施的，每处扣0.5分。"),
        ("材料管理", 3, "建筑材料、构件未按总平面布局码放的扣2分；易燃易爆物品未分类储藏的扣3分。"),
        ("现场办公与住宿", 3, "施工作业区与办公、生活区未分开设置的扣3分；宿舍人均面积小于2.5平方米的扣1分。"),
        ("现场防火", 5, "未制定消防安全管理制度的扣5分；灭火器材配备不足或失效的，每处扣1分；明火作业无动火审批手续的扣2分。"),
    ]),
    ("脚手架与模板支架", [
        ("架体基础", 4, "架体基础未经验收的扣4分；架体底部未设置垫板的，每处扣1分。"),
        ("架体稳定", 4, "架体与建筑结构拉结不符合要求的，每处扣2分。"),
        ("脚手板与防护栏杆", 4, "脚手板未满铺或铺设不牢的，每处扣1分；作业层未设置防护栏杆的扣4分。"),
        ("模板支架", 4, "支架基础承载力不符合方案要求的扣4分；立杆间距大于方案规定的，每处扣1分。"),
        ("交底与验收", 4, "架体搭设前未进行交底的扣2分；搭设完毕未办理验收手续的扣4分。"),
    ]),
    ("施工用电", [
        ("外电防护", 4, "外电线路与在建工程的安全距离不足且未采取防护措施的扣4分。"),
        ("接地与接零保护系统", 4, "未采用TN-S接零保护系统的扣4分；保护零线装设开关或熔断器的扣2分。"),
        ("配电箱与开关箱", 5, "未执行“一机、一闸、一漏、一箱”的，每处扣2分；箱体未设置系统接线图的，每个扣0.5分。"),
        ("配电线路", 4, "线路老化破损、接头处理不当的，每处扣1分，扣完为止。"),
        ("用电档案", 3, "未制定专项用电施工组织设计的扣3分；电工巡检维修记录不全的扣1分。"),
    ]),
    ("基坑与机械设备", [
        ("基坑支护", 5, "深基坑施工未编制支护方案的扣5分；支护结构水平位移超过设计允许值未采取措施的扣3分。"),
        ("基坑降排水", 3, "基坑内未设置明排水措施的扣2分；降水井未设置水位观测点的扣1分。"),
        ("起重机械", 5, "起重机械未经检验合格即投入使用的扣5分；司机、信号司索工无证上岗的，每人扣2分。"),
        ("施工机具", 4, "平刨、圆盘锯等机具未设置防护装置的，每台扣1分。"),
        ("临边洞口防护", 3, "临边未设置防护栏杆的，每处扣1分；洞口未采取防护措施的，每处扣1分。"),
    ]),
]


def x05() -> list:
    rows = [["序号", "检查项目", "检查内容", "应得分", "扣分标准", "扣减分数", "实得分"]]
    n = 0
    for group, leaves in X05_GROUPS:
        for i, (name, points, text) in enumerate(leaves):
            n += 1
            rows.append([str(n), group if i == 0 else UP, name, str(points), text, "", ""])
    rows.append(["合计", LEFT, LEFT, "100", "", "", ""])
    table = grid([10, 22, 30, 12, 78, 14, 12], rows)
    return [
        ("h", "北湖市政工程有限公司施工现场安全文明施工检查评分表"),
        ("p", "工程名称：________________________　　项目经理：__________　　检查日期：______年____月____日"),
        ("T", table),
        ("p", "评定等级：汇总得分80分及以上为优良，70分（含）至80分为合格，不足70分为不合格。"
              "检查项目中有一项实得分为零的，评定等级为不合格。"),
        ("p", "检查人员：__________　　项目部负责人：__________"),
    ]


# ---------------------------------------------------------------- x06: 社区 web page, category points in a column
X06 = "x06-jinxiu-jiedao-shequ-gongzuo-mubiao-kaohe"

X06_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>锦绣街道2024年度社区工作目标考核细则 - 锦绣街道办事处</title>
<style>.xl td{border:1px solid #666;padding:3px 5px;font-size:14px}.xl{border-collapse:collapse;width:100%}</style>
</head>
<body>
<div class="top"><span>锦绣街道办事处</span> | <a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 通知公告</div>
<div class="main">
<h2 style="text-align:center">锦绣街道2024年度社区工作目标考核细则</h2>
<div class="meta">发布日期：2024-03-11&nbsp;&nbsp;&nbsp;信息来源：街道党政办&nbsp;&nbsp;&nbsp;字号：[大 中 小]</div>
<div class="TRS_Editor">
<p>&nbsp;&nbsp;&nbsp;&nbsp;为推进社区治理体系建设，激励社区“两委”干部履职尽责，经街道党工委研究，制定本细则。考核对象为辖区12个社区，考核满分100分。</p>
<table class="xl">
<tbody>
<tr style="font-weight:bold;text-align:center"><td>考核类别</td><td>类别分值</td><td>考核项目</td><td>分值</td><td>考核细则</td><td>责任科室</td></tr>
<tr><td rowspan="3">党建引领</td><td rowspan="3">25</td><td>组织建设</td><td>10</td><td>社区党组织书记每月走访网格不少于4次，每少1次扣0.5分；党组织活动阵地未规范建设的扣3分。</td><td>党建办</td></tr>
<tr><td>党员教育</td><td>8</td><td>党员冬训参学率低于90%的扣2分；在职党员未到社区报到的，每人扣0.2分。</td><td>党建办</td></tr>
<tr><td>群团工作</td><td>7</td><td>未建立妇联、共青团组织的，每缺一个扣2分。</td><td>党建办</td></tr>
<tr><td rowspan="3">社区治理</td><td rowspan="3">30</td><td>网格管理</td><td>12</td><td>网格事件未在规定时限内办结的，每件扣0.5分，扣完为止。</td><td>综治中心</td></tr>
<tr><td>矛盾调处</td><td>10</td><td>矛盾纠纷调处成功率达到95%以上的得10分；每低1个百分点扣1分。</td><td>综治中心</td></tr>
<tr><td>平安创建</td><td>8</td><td>辖区发生入室盗窃案件的，每起扣1分；<br>未开展反诈宣传进楼栋活动的扣2分。</td><td>综治中心</td></tr>
<tr><td rowspan="3">民生服务</td><td rowspan="3">25</td><td>养老服务</td><td>10</td><td>未建成社区居家养老服务站的扣5分；高龄老人探访不到位的，每户扣0.5分。</td><td>社会事务办</td></tr>
<tr><td>就业帮扶</td><td>8</td><td>就业困难人员帮扶率低于100%的扣3分。</td><td>社会事务办</td></tr>
<tr><td>便民服务</td><td>7</td><td>便民服务事项未实现“一站式”办理的扣2分；居民对服务事项有效投诉的，每件扣1分。</td><td>社会事务办</td></tr>
<tr><td rowspan="2">环境卫生</td><td rowspan="2">20</td><td>垃圾分类</td><td>10</td><td>垃圾分类准确率抽查低于85%的，每次扣2分。</td><td>城管办</td></tr>
<tr><td>市容秩序</td><td>10</td><td>占道经营、乱堆乱放问题被区级通报的，每次扣2分；被市级通报的，每次扣4分。</td><td>城管办</td></tr>
<tr><td colspan="2">加分项目</td><td colspan="4">社区工作经验在区级以上会议交流的，每次加1分；获得市级以上荣誉的，每项加2分。加分合计不超过4分。</td></tr>
<tr><td colspan="2">一票否决</td><td colspan="4">社区“两委”成员发生严重违纪违法行为的，年度考核实行一票否决。</td></tr>
</tbody>
</table>
<p><b>说明：</b></p>
<ol>
<li>考核采取日常考核与年终考核相结合的方式，由各责任科室按细则评分。</li>
<li>考核等次分为优秀、达标、不达标：得分95分以上为优秀，85分（含）至95分为达标，85分以下为不达标。</li>
<li>优秀社区数量不超过社区总数的25%。</li>
</ol>
<p style="text-align:right">锦绣街道党工委&nbsp;锦绣街道办事处<br>2024年3月8日</p>
</div>
</div>
<div class="foot">主办：锦绣街道办事处　技术支持：区大数据中心　<a href="#">网站地图</a>　<a href="#">联系我们</a></div>
</body>
</html>
"""

# ---------------------------------------------------------------- x07: 1000 points, 小计 inside the group cell
X07 = "x07-fucheng-shi-wenming-danwei-ceping-xize"

X07_GROUPS = [
    ("思想道德建设", 200, [
        ("理论学习", 60, "每月集中学习不少于1次，每少1次扣5分；学习记录不全的扣10分。"),
        ("道德实践", 50, "开展道德讲堂活动每季度不少于1次，每少1次扣10分。"),
        ("志愿服务", 50, "在职职工志愿者注册率达到80%以上的得50分，60%至80%的得30分，低于60%的不得分。"),
        ("诚信建设", 40, "单位被列入失信惩戒名单的，本项不得分。"),
    ]),
    ("组织领导", 150, [
        ("领导责任", 60, "未成立创建工作领导小组的扣20分；主要领导未专题研究创建工作的扣15分。"),
        ("工作机制", 50, "创建工作未纳入年度工作计划的扣10分；创建档案资料不规范的，酌情扣5至10分。"),
        ("经费保障", 40, "创建经费未列入单位年度预算的扣20分。"),
    ]),
    ("业务工作", 300, [
        ("目标任务", 150, "完成年度目标任务的得150分；未完成的，每项扣20分。"),
        ("服务质量", 90, "服务对象满意率低于90%的，每低1个百分点扣5分，扣完为止。"),
        ("依法办事", 60, "发生行政诉讼败诉案件的，每件扣15分。"),
    ]),
    ("文化建设", 150, [
        ("文体活动", 50, "每年组织文体活动不少于4次，每少1次扣10分。"),
        ("阅读活动", 40, "建有职工书屋的得20分；常态化开展读书活动的得20分。"),
        ("阵地建设", 60, "未设立文明创建宣传栏的扣20分；宣传栏内容每季度未更新的，每次扣5分。"),
    ]),
    ("环境与安全", 200, [
        ("环境卫生", 80, "办公区域环境卫生检查不合格的，每次扣10分。"),
        ("安全稳定", 70, "发生安全生产责任事故的，每起扣35分；职工发生违法犯罪的，每人次扣20分。"),
        ("节约型机关", 50, "未落实节能节水措施的扣10分；公务用车使用违反规定的，每次扣10分。"),
    ]),
]


def x07() -> list:
    rows = [["测评项目", "测评内容", "分值", "测评方法", "测评得分"]]
    for group, total, leaves in X07_GROUPS:
        for i, (name, points, text) in enumerate(leaves):
            rows.append([group if i == 0 else UP, name, str(points), text, ""])
        rows.append([UP, "小计", str(total), "", ""])
    rows.append(["总计", LEFT, "1000", "", ""])
    table = grid([30, 30, 16, 100, 18], rows)
    return [
        ("p", "福城文明委〔2024〕3号附件"),
        ("h", "福城市文明单位测评细则（2024年版）"),
        ("p", "测评单位：____________________　　测评日期：______年____月____日"),
        ("t", table),
        ("p", "测评说明："),
        ("p", "一、测评总分1000分。测评得分900分以上为优秀，800分（含）至900分为达标，800分以下为不达标。"),
        ("p", "二、单位或个人获得全国、省级精神文明建设表彰的，分别加30分、20分，加分最高不超过50分。"),
        ("p", "三、单位领导班子成员发生严重违纪违法问题或单位发生重大安全责任事故的，取消文明单位测评资格。"),
        ("r", "福城市精神文明建设委员会办公室"),
        ("r", "2024年4月2日"),
    ]


# ---------------------------------------------------------------- x08: 繁體 要點, Chinese-numeral amounts in prose
X08 = "x08-xinfeng-shi-jiguan-shizheng-jixiao-pinghe"


def x08() -> list:
    table = grid([30, 34, 14, 92], [
        ["評核項目", "評核指標", "配分", "評分基準"],
        ["施政重點（40分）", "年度重點計畫執行", "25", "計畫如期完成者得25分；每落後一項扣3分，扣完為止。"],
        [UP, "預算執行率", "15", "執行率達90%以上者得15分；未達90%者，每低1個百分點扣1分。"],
        ["為民服務（30分）", "陳情案件處理", "15", "陳情案件逾期未結者，每件扣1分。"],
        [UP, "服務滿意度", "15", "依民意調查滿意度比例計分。"],
        ["行政管理（30分）", "法制作業", "10", "訴願案件遭撤銷原處分者，每件扣2分。"],
        [UP, "人力管理", "10", "員工出勤異常經查核屬實者，每人次扣0.5分。"],
        [UP, "內部控制", "10", "經審計單位查核發現重大缺失者，本項不予計分。"],
        ["合計", LEFT, "100", ""],
    ])
    return [
        ("h", "新豐市政府113年度所屬機關施政績效評核要點"),
        ("r", "中華民國113年1月15日新豐府研字第1130001234號函訂定"),
        ("p", "一、新豐市政府（以下簡稱本府）為落實施政績效管理，提升行政效能，特訂定本要點。"),
        ("p", "二、評核對象為本府所屬一級機關。"),
        ("p", "三、評核項目、配分及評分基準如下表，總分為一百分："),
        ("t", table),
        ("p", "四、加分：獲中央政府機關績效評獎者，每項加三分；獲本府表揚者，每項加一分；加分總計以五分為限。"),
        ("p", "五、評核等第：總分九十分以上者為優等；八十分以上未滿九十分者為甲等；七十分以上未滿八十分者為乙等；"
              "未滿七十分者為丙等。優等機關以不超過受評機關總數百分之二十為原則。"),
        ("p", "六、受評機關發生重大違失事件，經本府認定情節重大者，評核結果逕列丙等。"),
        ("p", "七、本要點自中華民國一百十三年一月一日起實施。"),
        ("r", "新豐市政府研究發展考核委員會"),
    ]


PRINTED_DOCX = {X01: (x01, {}), X04: (x04, {"landscape": True}),
                X05: (x05, {"header": "北湖市政工程有限公司安全质量部"}), X07: (x07, {}), X08: (x08, {})}
UNPRINTED_DOCX = {X03: (x03, {})}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    unprinted = {stem: (write_docx, build, options) for stem, (build, options) in UNPRINTED_DOCX.items()}
    printed = {stem: (write_docx, build, options) for stem, (build, options) in PRINTED_DOCX.items()}
    # two calls: the DOCX-only and HTML files without LibreOffice, then the files that also get a PDF
    build_set([*args, "--no-pdf"], __doc__, HERE, unprinted, {}, {f"{X06}.html": X06_HTML})
    return build_set(args, __doc__, HERE, printed, {f"{X02}.xlsx": write_x02}, {})


if __name__ == "__main__":
    raise SystemExit(main())
