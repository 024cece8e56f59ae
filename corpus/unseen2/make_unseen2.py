"""A second held-out set: eight assessment documents in DOCX/PDF/XLSX/HTML the pipeline never saw.

    .venv/bin/python corpus/unseen2/make_unseen2.py [--no-pdf]

Written for this set in my own words, in layouts unlike corpus/unseen (u01–u09) and ../shared/corpus:
a 第X条 prose 细则 with no table, weights in the category cells, points printed under the name in the
same cell with 小计 rows, two schemes side by side as two points columns of one table, a hospital
table long enough to cross two page breaks (repeated header row, merged category cells cut by the
break), a workbook whose 序号 column holds both 一、 and 1、, a KPI table with 权重/目标值 and a
加分项/减分项 table, and a web page with chrome. Bytes are stable across runs (helpers of
../unseen/make_unseen.py and ../corpusgen). Gold: write_gold2.py → gold/<stem>.json.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "unseen"))

from corpusgen.docx_writer import FIXED_DATE, FONT, add_grid_table, new_document, save_docx  # noqa: E402
from corpusgen.zipfix import deterministic_zip  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Pt  # noqa: E402
from make_unseen import LEFT, THIN, UP, build_set, grid, para  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402


def write_docx(path: Path, blocks: list, landscape: bool = False, header: str | None = None) -> None:
    """As make_unseen.write_docx, plus a page header repeated on every page (real documents have one)."""
    doc = new_document(landscape=landscape)
    if header:
        top = doc.sections[0].header.paragraphs[0]
        run = top.add_run(header)
        run.font.size = Pt(9)
        top.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, value in blocks:
        if kind == "h":
            para(doc, value, bold=True, center=True, size=15)
        elif kind == "p":
            para(doc, value)
        elif kind == "r":
            para(doc, value).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "t":
            add_grid_table(doc, value)
        elif kind == "T":  # a table in 五号 (10.5 pt), as long hospital standards print
            add_grid_table(doc, value, font_size=10.5)
        else:
            raise ValueError(kind)
    save_docx(doc, path)


# ---------------------------------------------------------------- v01: 党建 细则, 第X条 prose only
V01 = "v01-chengjiang-jiaotong-dangjian-kaohe-xize"


def v01() -> list:
    return [
        ("p", "澄交党〔2024〕7号"),
        ("h", "中共澄江市交通运输局委员会关于印发《基层党支部党建工作考核细则》的通知"),
        ("p", "局属各党支部："),
        ("p", "《基层党支部党建工作考核细则》已经局党委会议研究通过，现印发给你们，请认真遵照执行。"),
        ("r", "中共澄江市交通运输局委员会"),
        ("r", "2024年1月15日"),
        ("h", "基层党支部党建工作考核细则"),
        ("p", "第一章　总　则"),
        ("p", "第一条　为全面加强局属基层党支部建设，压实党建工作责任，根据有关规定，结合本局实际，制定本细则。"),
        ("p", "第二条　本细则适用于局属各基层党支部。考核实行百分制，每年年终集中考核一次，由局党委办公室组织实施。"),
        ("p", "第二章　考核内容与评分"),
        ("p", "第三条　政治建设（20分）。党支部应当及时传达学习上级重要会议和文件精神，未在一个月内组织传达学习的，"
              "每次扣2分；党员政治理论学习每月不少于一次，每少一次扣1分。"),
        ("p", "第四条　组织建设（30分）。党支部应当按期换届，逾期未换届的扣10分；“三会一课”记录不全的，每缺一次扣0.5分；"
              "党费未按月收缴的，每月扣1分。"),
        ("p", "第五条　党员教育管理（20分）。党员年度集中学习培训不少于32学时，每少4学时扣1分；"
              "发展党员程序不规范的，每发现一处扣2分，扣完为止。"),
        ("p", "第六条　作风建设（15分）。支部班子成员违反中央八项规定精神被查处的，本条不得分；"
              "支部党员被局纪委约谈的，每人次扣3分。"),
        ("p", "第七条　党建品牌创建（15分）。形成特色党建品牌并经局党委认定的，得15分；品牌正在培育的，得8分；"
              "未开展品牌创建的，不得分。"),
        ("p", "第三章　加分与扣分"),
        ("p", "第八条　党支部或者党员受到市级以上表彰的，每项加2分；经验做法被市级以上媒体宣传推广的，每次加1分。"
              "加分合计不超过5分。"),
        ("p", "第九条　党支部所属党员受到党纪处分的，每人次在考核总分中扣减5分。"),
        ("p", "第十条　党支部所在单位发生重大安全生产责任事故，或者党员严重违纪违法造成恶劣影响的，年度考核实行一票否决。"),
        ("p", "第四章　结果运用"),
        ("p", "第十一条　考核结果分为好、较好、一般、差四个等次。得分90分以上为“好”，80分以上不足90分为“较好”，"
              "60分以上不足80分为“一般”，不足60分为“差”。"),
        ("p", "第十二条　评为“好”等次的党支部，数量不超过参评党支部总数的30%。"),
        ("p", "第十三条　本细则由局党委办公室负责解释，自印发之日起施行。"),
        ("p", "抄送：市委组织部，市直机关工委。"),
        ("p", "澄江市交通运输局党委办公室　　　　2024年1月15日印发"),
    ]


# ---------------------------------------------------------------- v02: weights in the category cells
V02 = "v02-nanhu-qu-jiedao-zonghe-kaohe-pingfenbiao"


def v02() -> list:
    table = grid([22, 26, 12, 40, 64, 20, 12], [
        ["考核类别", "考核项目", "分值", "考核内容", "评分标准", "责任单位", "得分"],
        ["经济发展（30%）", "地区生产总值增速", "10", "完成区下达的年度增速目标",
         "完成目标得10分，每低0.5个百分点扣1分。", "区发改局", ""],
        [UP, "招商引资", "12", "引进亿元以上产业项目", "每引进1个亿元以上项目得3分，最多得12分。", "区投促局", ""],
        [UP, "楼宇经济", "8", "重点楼宇平均入驻率不低于85%", "入驻率低于85%的，每低1个百分点扣0.5分。", "区商务局", ""],
        ["城市管理（25%）", "市容环境", "10", "主次干道、背街小巷市容整洁", "月度测评排名全区末位的，每次扣2分。", "区城管局", ""],
        [UP, "违法建设治理", "8", "新增违法建设零增长", "发现新增违法建设的，每处扣1分，扣完为止。", "区住建局", ""],
        [UP, "垃圾分类", "7", "居民小区垃圾分类覆盖率100%", "专项检查不合格的，每次扣1分。", "区城管局", ""],
        ["社会治理（25%）", "平安建设", "15", "辖区治安秩序良好",
         "发生重大刑事案件的，每起扣3分；群众安全感测评低于全区平均水平的扣2分。", "区委政法委", ""],
        [UP, "信访稳定", "10", "信访问题化解在基层", "进京非正常上访每人次扣2分，赴省非正常上访每人次扣1分。", "区信访局", ""],
        ["民生保障（20%）", "就业创业", "10", "城镇新增就业人数", "完成目标任务得满分，未完成的按完成比例得分。", "区人社局", ""],
        [UP, "为民办实事", "10", "年度民生实事项目", "每有一项未按期完成扣2.5分。", "区政府办", ""],
        ["合计", LEFT, "100", "", "", "", ""],
        ["备注", LEFT, "各考核项目扣分最多扣至该项目分值为零，不出现负分。", LEFT, LEFT, LEFT, LEFT],
    ])
    return [
        ("p", "附件1"),
        ("h", "南湖区2024年度街道综合考核评分表"),
        ("p", "街道名称：____________　　　　　考核时间：2024年12月"),
        ("t", table),
        ("p", "说明：1．各类别权重之和为100%，类别内各项目分值之和等于该类别权重分。"),
        ("p", "2．年度考核得分95分及以上的为优秀等次，85分及以上、95分以下的为良好等次，85分以下的为一般等次。"),
        ("p", "考核组成员签名：________________　　　街道负责人签名：________________"),
    ]


# ---------------------------------------------------------------- v03: points under the name, 小计 rows
V03 = "v03-yuntong-wuliu-fengongsi-jingying-kaohebiao"


def v03() -> list:
    table = grid([24, 30, 84, 22, 14, 14], [
        ["考核类别", "考核项目及分值", "评分标准", "考核部门", "扣分", "得分"],
        ["经营指标", "营业收入\n20分", "完成年度营业收入目标得20分；每低于目标2%扣1分，扣完为止。", "财务部", "", ""],
        [UP, "利润总额\n15分", "完成利润目标得15分；出现经营亏损的，本项不得分。", "财务部", "", ""],
        ["小计", LEFT, "35分", "", "", ""],
        ["安全管理", "安全生产\n15分", "发生一般及以上交通责任事故的，每起扣5分；安全例会每缺一次扣0.5分。", "安全部", "", ""],
        [UP, "车辆管理\n10分", "车辆未按期年检的，每车次扣2分；GPS在线率低于98%的扣3分。", "车管部", "", ""],
        ["小计", LEFT, "25分", "", "", ""],
        ["内部管理", "财务合规\n10分", "内部审计发现违规事项的，每项扣2分。", "审计部", "", ""],
        [UP, "客户服务\n15分", "客户有效投诉每件扣1分；货损货差率超过0.1%的扣3分。", "市场部", "", ""],
        [UP, "人员管理\n15分", "关键岗位人员流失的，每人扣1.5分；员工培训计划完成率低于90%的扣2分。", "人力资源部", "", ""],
        ["小计", LEFT, "40分", "", "", ""],
        ["总计", LEFT, "100分", "", "", ""],
    ])
    return [
        ("p", "运通发〔2024〕15号附件"),
        ("h", "运通物流集团分公司2024年度经营管理考核表"),
        ("p", "被考核分公司：______________　　　考核期间：2024年1月至12月"),
        ("t", table),
        ("p", "注：考核得分低于60分的分公司，其负责人年度绩效等级定为“不称职”。"),
        ("p", "考核部门负责人（签字）：__________　　分公司负责人（签字）：__________"),
        ("r", "运通物流集团有限公司运营管理中心"),
        ("r", "2024年1月10日"),
    ]


# ---------------------------------------------------------------- v04: two schemes as two points columns
V04 = "v04-fengyuan-xian-xiangzhen-niandu-zonghe-kaohe"


def v04() -> list:
    table = grid([26, 86, 18, 18, 24], [
        ["考核项目", "评分标准", "分值", LEFT, "牵头单位"],
        [UP, UP, "一类乡镇", "二类乡镇", UP],
        ["工业经济", "规模以上工业增加值增速每低于全县目标1个百分点扣1分；新增规模以上工业企业每家加0.5分，最多加2分。",
         "25", "—", "县工信局"],
        ["农业农村", "粮食播种面积未完成下达任务的扣5分；高标准农田建设进度每滞后10%扣1分。", "10", "35", "县农业农村局"],
        ["项目建设", "县级重点项目开工率低于90%的，每低5个百分点扣1分。", "20", "15", "县发改局"],
        ["生态环保", "被中央、省生态环境保护督察通报的，每次扣5分；秸秆焚烧火点每发现一处扣0.5分。", "15", "20", "县生态环境分局"],
        ["社会事业", "民生实事未按期完成的，每项扣2分。", "15", "15", "县政府办"],
        ["党的建设", "基层党建述职评议为“一般”的扣3分，“差”的扣6分。", "15", "15", "县委组织部"],
        ["合计", "", "100", "100", ""],
    ])
    return [
        ("p", "丰办发〔2024〕21号"),
        ("h", "丰源县2024年度乡镇综合考核办法"),
        ("p", "为科学评价各乡镇年度工作实绩，根据全县经济社会发展实际，制定本办法。"),
        ("p", "一、考核分类"),
        ("p", "根据产业基础和功能定位，将全县14个乡镇分为两类：一类乡镇（工业重点乡镇）6个，二类乡镇（农业主导乡镇）8个。"
              "两类乡镇分别设置考核分值，分别排名。"),
        ("p", "二、考核内容及分值"),
        ("p", "考核实行百分制，考核项目、评分标准及两类乡镇的分值见下表（“—”表示该类乡镇不考核此项目）。"),
        ("p", "表1　乡镇综合考核项目及分值"),
        ("t", table),
        ("p", "三、加分与否决"),
        ("p", "乡镇获得省级及以上综合性表彰的，每项加2分，加分总计不超过4分。"
              "乡镇发生较大及以上生产安全事故的，年度考核实行一票否决。"),
        ("p", "四、等次评定"),
        ("p", "两类乡镇分别评定等次：得分90分以上为优秀，75分至89分为合格，75分以下为不合格。"
              "各类乡镇优秀等次比例不超过该类乡镇总数的30%。"),
        ("p", "五、本办法自2024年1月1日起施行，由县委考核办负责解释。"),
        ("r", "中共丰源县委办公室　丰源县人民政府办公室"),
        ("r", "2024年2月28日"),
    ]


# ---------------------------------------------------------------- v05: hospital, three pages, repeated header
V05 = "v05-binjiang-dier-yiyuan-huli-zhiliang-kaohe-biaozhun"

V05_ROWS = [
    # category (with points) or UP, item, content, points, criteria, method
    ("基础护理（20分）", "病房环境", "病室整洁、安静、安全，床单位整齐", "4",
     "病室地面有污渍的扣0.5分；床头柜物品摆放杂乱的，每床扣0.2分；呼叫器不在患者可及处的，每床扣0.5分。扣完为止。", "现场查看"),
    (UP, "患者清洁", "患者“三短六洁”到位", "5",
     "指甲过长的每人扣0.5分；皮肤有污垢的每人扣1分；头发不洁的每人扣0.5分。扣完为止。", "抽查5名患者"),
    (UP, "卧位与安全", "卧位舒适，安全措施落实", "5",
     "体位不符合病情要求的，每人扣1分；应使用床栏而未使用的，每人扣1分。发生坠床且护理措施不到位的，本项不得分。", "抽查5名患者"),
    (UP, "压力性损伤预防", "高危患者评估、翻身及记录", "6",
     "高危患者未评估的每例扣2分；翻身记录不全的每例扣1分；发生院内压力性损伤未上报的，每例扣4分。扣完为止。", "查看记录"),
    ("专科护理（25分）", "护理评估", "入院评估及时、准确、完整", "6",
     "入院评估未在2小时内完成的，每例扣1分；评估内容漏项的，每项扣0.5分。扣完为止。", "查阅病历"),
    (UP, "护理措施落实", "措施与评估相符，落实到位", "7",
     "护理措施与病情不符的，每例扣1分；重点患者交接班不清的，每次扣1分。", "现场询问"),
    (UP, "健康教育", "患者知晓疾病相关知识", "6",
     "抽查患者对用药、饮食知识知晓率低于80%的扣2分；出院指导未落实的，每例扣1分。扣完为止。", "询问患者"),
    (UP, "专科操作", "专科护理技术规范", "6",
     "操作不规范的，每人次扣1分；操作考核不合格的，每人扣2分。", "现场考核"),
    ("护理安全（25分）", "查对制度", "严格执行“三查八对”", "7",
     "给药前未执行双人核对的，每次扣1分；发生给药错误的，每例扣3分。扣完为止。", "现场查看"),
    (UP, "输血安全", "输血全过程规范", "5",
     "输血记录不完整的，每份扣1分；发生输血差错的，本项不得分。", "查阅记录"),
    (UP, "管路管理", "各类导管标识清楚、固定稳妥", "5",
     "导管无标识的，每根扣0.5分；发生非计划拔管的，每例扣2分。扣完为止。", "现场查看"),
    (UP, "不良事件管理", "护理不良事件按规定上报", "8",
     "瞒报、漏报不良事件的，每例扣4分；未进行原因分析的，每例扣1分。", "查阅登记本"),
    ("护理文书（10分）", "体温单", "体温单绘制准确、及时", "3",
     "体温单漏记、错记的，每处扣0.5分；生命体征异常未按要求复测并记录的，每例扣1分。扣完为止。", "抽查5份病历"),
    (UP, "护理记录", "护理记录客观、真实、连续", "4",
     "护理记录与医疗记录不一致的，每处扣1分；危重患者护理记录间隔超过规定时间的，每次扣0.5分；"
     "出现涂改、代签的，每处扣1分。", "抽查5份病历"),
    (UP, "医嘱执行", "医嘱执行及时、签名规范", "3",
     "临时医嘱未在规定时间内执行的，每条扣1分；执行后未签名或签名不全的，每条扣0.5分。扣完为止。", "查阅医嘱单"),
    ("护理管理（10分）", "护士长管理", "护士长手册填写规范", "3",
     "护士长手册未按月填写的，每月扣1分；质量检查未形成整改措施的，每次扣0.5分。", "查阅资料"),
    (UP, "人员培训", "护士分层培训及考核", "3",
     "培训计划未落实的扣2分；护士“三基”考核合格率每低于95%一个百分点扣0.5分。", "查阅资料"),
    (UP, "物品管理", "急救物品、药品处于完好状态", "4",
     "急救物品完好率达不到100%的，每件扣1分；高危药品未单独存放的扣2分。扣完为止。", "现场查看"),
    ("患者满意度（10分）", "住院患者满意度", "第三方满意度调查", "6",
     "满意度达到95%得6分，每低1个百分点扣0.5分，扣完为止。", "第三方调查"),
    (UP, "投诉管理", "投诉处理及时、有反馈", "4",
     "有效投诉每例扣1分；投诉未在5个工作日内反馈的，每例扣0.5分。", "查阅投诉登记"),
]


def v05() -> list:
    rows = [["项目", "考核要点", "标准分", "考核标准及扣分办法", "检查方法", "扣分", "得分"]]
    for cat, name, content, pts, crit, method in V05_ROWS:
        rows.append([cat, f"{name}：{content}", pts, crit, method, "", ""])
    rows.append(["合计", LEFT, "100", "", "", "", ""])
    table = grid([22, 34, 12, 66, 18, 10, 10], rows)
    return [
        ("p", "滨二院护〔2024〕3号"),
        ("h", "滨江市第二人民医院病区护理质量考核标准（2024年修订）"),
        ("p", "本标准适用于全院各临床病区，护理部每季度组织检查一次，满分100分。"),
        ("p", "检查要求：1．检查组由护理部主任、科护士长及质控护士组成，采取现场查看、查阅资料、询问患者及护士相结合的方式进行；"
              "2．检查者应在“扣分”栏逐项写明扣分原因，并由被检查病区护士长确认；"
              "3．检查结果于检查结束后5个工作日内在护理部网页公布，问题整改情况纳入下季度复查。"),
        ("p", "病区：____________　　检查日期：______年____月____日　　检查者：____________"),
        ("T", table),
        ("p", "说明：季度考核得分95分及以上为优秀，85分及以上、95分以下为良好，75分及以上、85分以下为合格，75分以下为不合格。"
              "病区发生护理责任导致的严重不良后果的，实行一票否决。"),
        ("p", "被检查病区护士长签字：____________"),
        ("r", "滨江市第二人民医院护理部"),
        ("r", "2024年3月1日"),
    ]


# ---------------------------------------------------------------- v06: workbook, 一、 and 1、 in one 序号 column
V06 = "v06-shiyan-xiaoxue-banzhuren-kaohe"

V06_ROWS = [
    ["序号", "考核项目", "分值", "考核细则", "自评", "考核组评分"],
    ["一、", "班级常规管理", "40", "", "", ""],
    ["1、", "晨午检与考勤", "8", "未按时上报晨午检情况的，每次扣1分；学生缺勤未及时与家长联系的，每次扣2分。", "", ""],
    ["2、", "卫生与两操", "12", "学校每周检查评比，流动红旗每获得一次加0.5分，被通报批评每次扣1分，本项最高12分。", "", ""],
    ["3、", "路队与安全", "10", "放学路队秩序混乱被值周教师记录的，每次扣1分；发生学生安全责任事故的，本项不得分。", "", ""],
    ["4、", "班级文化", "10", "教室布置评比获一等奖得10分、二等奖得8分、三等奖得6分。", "", ""],
    ["二、", "德育活动", "30", "", "", ""],
    ["1、", "主题班会", "10", "每学期不少于8次，每少一次扣1.5分。", "", ""],
    ["2、", "家校沟通", "10", "每学期家访不少于班级学生数的30%，每少一户扣0.5分；家长会缺一次扣3分。", "", ""],
    ["3、", "学生评价", "10", "学生综合素质评价未按时完成的扣5分。", "", ""],
    ["三、", "工作实绩", "30", "", "", ""],
    ["1、", "班级获奖", "15", "班级获区级集体荣誉的，每项得5分；获校级荣誉的，每项得2分；累计最多得15分。", "", ""],
    ["2、", "家长满意度", "15", "满意度问卷测评，满意率90%以上得15分，80%～90%得10分，80%以下得5分。", "", ""],
    ["", "合计", "100", "", "", ""],
]


def write_v06(path: Path) -> None:
    """One sheet: a merged title, a form row, the table, then 说明 and a signature line; landscape."""
    widths = [6, 16, 7, 64, 8, 12]  # in Excel character units; a CJK character takes two
    book = Workbook()
    sheet = book.active
    sheet.title = "班主任考核"
    ncols = len(widths)
    lines = [("石岩小学班主任工作考核评分表", True, 14),
             ("班主任：__________　　班级：__________　　2024—2025学年第一学期", False, 10)]
    r = 1
    for text, bold, size in lines:
        sheet.cell(row=r, column=1, value=text).font = Font(name=FONT, bold=bold, size=size)
        sheet.cell(row=r, column=1).alignment = Alignment(horizontal="center" if bold else "left")
        sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        r += 1
    for i, row in enumerate(V06_ROWS):
        for c, text in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c)
            cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            cell.font = Font(name=FONT, size=10, bold=i == 0 or row[0].endswith("、") and not row[0][0].isdigit())
            if text:
                cell.value = int(text) if text.isdigit() else text
        lines = -(-max(len(t) for t in row) // (widths[3] // 2 - 1))  # wrapped lines of the longest cell
        sheet.row_dimensions[r].height = 15 * max(1, lines)  # LibreOffice does not grow rows by itself
        if row[0] == "":  # the 合计 row: its label spans the 序号 and 考核项目 columns
            sheet.cell(row=r, column=1, value="合计")
            sheet.cell(row=r, column=2, value=None)
            sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        r += 1
    after = ["说明：1．考核结果分为优秀（90分及以上）、称职（75—89分）、基本称职（60—74分）、不称职（60分以下）四个等次。",
             "2．班主任所带班级发生重大安全责任事故或者班主任有严重师德失范行为的，考核直接定为不称职。",
             "考核组长签字：__________　　　　日期：__________"]
    for line in after:
        sheet.cell(row=r, column=1, value=line).font = Font(name=FONT, size=10)
        sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        r += 1
    for c, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # all six columns on one page
    book.properties.creator = book.properties.lastModifiedBy = "rubrics corpus/unseen2/make_unseen2.py"
    book.properties.created = book.properties.modified = FIXED_DATE
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(deterministic_zip(buffer.getvalue()))


# ---------------------------------------------------------------- v07: KPI table + 加分项/减分项
V07 = "v07-huarui-keji-xiaoshou-bu-kpi-kaohe"


def v07() -> list:
    kpi = grid([10, 30, 12, 20, 70, 18, 14, 12], [
        ["序号", "KPI指标", "权重", "目标值", "评分规则", "数据来源", "实际完成", "得分"],
        ["1", "销售收入", "25%", "8000万元", "完成目标值得满分；每低1%扣2分，最低0分。", "财务部", "", ""],
        ["2", "销售回款率", "15%", "95%", "每低1个百分点扣1分，最低0分。", "财务部", "", ""],
        ["3", "销售毛利率", "15%", "22%", "每低0.5个百分点扣1.5分；高于目标值的，每高1个百分点加1分，最多加3分。", "财务部", "", ""],
        ["4", "新客户开发数", "10%", "20家", "每少1家扣0.5分。", "CRM系统", "", ""],
        ["5", "客户投诉处理及时率", "10%", "100%", "超时处理的投诉每件扣1分。", "客服中心", "", ""],
        ["6", "库存周转天数", "10%", "≤45天", "每超1天扣0.5分，最低0分。", "供应链部", "", ""],
        ["7", "团队建设", "15%", "—", "核心骨干流失每人扣3分；年度培训计划未完成的扣5分。", "人力资源部", "", ""],
        ["合计", LEFT, "100%", "", "", "", "", ""],
    ])
    extra = grid([22, 100, 30], [
        ["类型", "事项", "分值"],
        ["加分项", "获得集团年度创新奖", "+5分"],
        [UP, "开拓新区域市场并实现销售", "每个区域+2分"],
        ["减分项", "发生重大客户流失", "每家-3分"],
        [UP, "违反公司财务制度", "每次-5分"],
    ])
    return [
        ("h", "华睿科技股份有限公司销售部2024年度KPI考核表"),
        ("p", "被考核部门：销售部　　　考核周期：2024年1月1日至2024年12月31日　　　表单编号：HR-KPI-2024-06"),
        ("p", "一、关键绩效指标（KPI）"),
        ("t", kpi),
        ("p", "二、加分项与减分项"),
        ("t", extra),
        ("p", "注：1．加分项合计不超过10分。"),
        ("p", "2．综合得分＝KPI得分＋加分－减分。"),
        ("p", "3．考核等级：综合得分≥95分为A级，85分（含）～95分为B级，70分（含）～85分为C级，<70分为D级。"),
        ("p", "部门负责人：__________　　分管副总：__________　　人力资源部：__________"),
    ]


# ---------------------------------------------------------------- v08: web page, rowspan/colspan, two-row header
V08 = "v08-qinghe-qu-wuye-fuwu-qiye-xinyong-kaohe"

V08_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>青禾区物业服务企业信用考核评分标准（2024年版）-青禾区住房和城乡建设局</title>
<style>table{border-collapse:collapse;width:100%}td,th{border:1px solid #666;padding:3px}</style>
</head>
<body>
<div id="top"><a href="/">网站首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政策文件</div>
<div class="side"><h3>相关链接</h3><ul><li><a href="#">物业管理条例</a></li><li><a href="#">信用信息公示</a></li></ul></div>
<div class="article">
<h2>青禾区物业服务企业信用考核评分标准（2024年版）</h2>
<p class="meta">索引号：QH-ZJ-2024-0087　发布日期：2024年05月20日　字号：【大 中 小】</p>
<p>各物业服务企业、各街道办事处：</p>
<p>根据《青禾区物业服务企业信用管理办法》，现将物业服务企业信用考核评分标准公布如下。信用考核以100分为基础分，按下表扣分和加分。</p>
<table>
<tr><th rowspan="2">考核类别</th><th rowspan="2">考核项目</th><th rowspan="2">基础分</th><th rowspan="2">扣分标准</th><th colspan="2">考核组填写</th></tr>
<tr><th>扣分</th><th>得分</th></tr>
<tr><td rowspan="3">基础管理<br>（30分）</td><td>企业资料备案</td><td>10</td>
<td>项目负责人变更未在15日内备案的，每次扣2分；合同未备案的扣5分。</td><td></td><td></td></tr>
<tr><td>人员持证上岗</td><td>10</td><td>特种作业人员无证上岗的，每人扣3分。</td><td></td><td></td></tr>
<tr><td>财务公开</td><td>10</td><td>未按季度公示物业费收支情况的，每次扣2.5分。</td><td></td><td></td></tr>
<tr><td rowspan="2">服务质量<br>（45分）</td><td>设施设备维护</td><td>25</td>
<td>电梯、消防设施维保记录缺失的，每台次扣1分；二次供水未按期清洗的扣5分。</td><td></td><td></td></tr>
<tr><td>环境与秩序</td><td>20</td><td>公共区域保洁不到位被街道通报的，每次扣2分；消防通道堵塞未及时处理的，每处扣1分。</td><td></td><td></td></tr>
<tr><td rowspan="2">业主评价<br>（25分）</td><td>投诉处理</td><td>15</td><td>12345热线投诉经核实属实的，每件扣0.5分，扣完为止。</td><td></td><td></td></tr>
<tr><td>满意度测评</td><td>10</td><td>业主满意率低于70%的，本项不得分。</td><td></td><td></td></tr>
<tr><td colspan="2">良好信用加分</td><td>—</td><td>获得市级及以上物业管理示范项目称号的，每个项目加3分；参与抢险救灾受区级以上表彰的加2分。累计加分不超过10分。</td><td></td><td></td></tr>
<tr><td colspan="2">合计</td><td>100</td><td colspan="3"></td></tr>
</table>
<p>信用等级划分：AAA级（105分以上）、AA级（90分以上不足105分）、A级（75分以上不足90分）、B级（不足75分）。</p>
<p>附件：<a href="/files/2024/xyfb.xls">物业服务企业信用考核评分表.xls</a></p>
<p style="text-align:right">青禾区住房和城乡建设局<br>2024年5月20日</p>
</div>
<div id="footer">主办：青禾区人民政府　承办：青禾区住房和城乡建设局　网站标识码：0000000000　<a href="#">网站地图</a> <a href="#">联系我们</a></div>
</body>
</html>
"""

DOCX_DOCS = {V01: (v01, False, "澄江市交通运输局党委文件"), V02: (v02, True, None),
             V03: (v03, False, None), V04: (v04, False, None),
             V05: (v05, False, "滨江市第二人民医院护理部　护理质量管理文件"), V07: (v07, True, None)}


def main(argv: list[str] | None = None) -> int:
    docx_files = {stem: (write_docx, build, {"landscape": landscape, "header": header})
                  for stem, (build, landscape, header) in DOCX_DOCS.items()}
    return build_set(argv, __doc__, HERE, docx_files, {f"{V06}.xlsx": write_v06}, {f"{V08}.html": V08_HTML})


if __name__ == "__main__":
    raise SystemExit(main())
