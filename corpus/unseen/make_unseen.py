"""Held-out assessment documents the pipeline was never tuned on, in DOCX/PDF/XLSX/HTML.

    .venv/bin/python corpus/unseen/make_unseen.py [--no-pdf]

Nine documents written for this set (not copied from ../shared/corpus or the fixtures), each in the
shape a 考核办/hospital/school/enterprise issues: 发文字号, 附件 lines, captions, 合计/备注 rows,
signature lines and blank 得分 columns. DOCX and XLSX are rendered to PDF by LibreOffice. The bytes
are stable across runs (fixed dates, zip times, PDF ids). Their gold is in gold/<stem>.json.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from corpusgen.docx_writer import FIXED_DATE, FONT, add_grid_table, new_document, save_docx  # noqa: E402
from corpusgen.grid import GridCell, GridRow, GridTable  # noqa: E402
from corpusgen.pdf import convert_to_pdf  # noqa: E402
from corpusgen.zipfix import deterministic_zip  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, Side  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402

UP, LEFT = "^", "<"  # a cell continuing the one above (vertical merge) / the one to its left (span)


def grid(widths: list[float], rows: list[list[str]], header_rows: int = 1) -> GridTable:
    """Rows of cell texts to a GridTable; UP and LEFT mark the merged continuations."""
    table = GridTable(widths_mm=widths)
    above: dict[int, GridCell] = {}
    for r, texts in enumerate(rows):
        cells: list[GridCell] = []
        for c, text in enumerate(texts):
            if text == LEFT:
                cells[-1].span += 1
            elif text == UP:
                ref = above[c]
                cells.append(GridCell(ref.col, ref.span, None))
            else:
                cells.append(GridCell(c, 1, text))
        above = {}
        for cell in cells:
            for c in range(cell.col, cell.col + cell.span):
                above[c] = cell
        table.rows.append(GridRow(cells, header=r < header_rows))
    return table


def para(doc, text: str, bold: bool = False, center: bool = False, size: float = 11):
    paragraph = doc.add_paragraph()
    run = paragraph.add_run(text)
    run.bold, run.font.size = bold, Pt(size)
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def borderless(table) -> None:
    """No rules at all: the table style is dropped and every border set to nil (tables typed with tabs look so)."""
    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblStyle")):
        tbl_pr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "nil")
        borders.append(edge)
    tbl_pr.append(borders)


def write_docx(path: Path, blocks: list, landscape: bool = False, header: str | None = None) -> None:
    """blocks: ("h", text) title, ("p", text) paragraph, ("r", text) right-aligned, ("t", GridTable),
    ("T", GridTable) a table in 五号 (10.5 pt, as long hospital standards print), ("B", GridTable) a table
    printed without any border; `header` a page header repeated on every page."""
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
        elif kind == "T":
            add_grid_table(doc, value, font_size=10.5)
        elif kind == "B":
            borderless(add_grid_table(doc, value, font_size=10.5))
        else:
            raise ValueError(kind)
    save_docx(doc, path)


# ---------------------------------------------------------------- u01: county targets, prose + 附件
U01 = "u01-qingshan-xian-mubiao-guanli-kaohe-banfa"


def u01() -> list:
    table = grid([28, 30, 14, 70, 26, 14], [
        ["一级指标", "二级指标", "分值", "评分标准", "考核部门", "得分"],
        ["职能目标（50分）", "重点工作任务", "30", "承担的县委、县政府重点工作任务，每项未完成扣3分；进度滞后被督办的，每次扣1分。", "县委督查室", ""],
        [UP, "部门常规工作", "20", "未按时完成年度工作计划的，每项扣2分。", "分管县领导", ""],
        ["共性目标（30分）", "依法行政", "10", "行政诉讼案件败诉的，每件扣2分；行政复议决定被撤销的，每件扣1分。", "县司法局", ""],
        [UP, "政务公开", "5", "未按规定公开政府信息的，发现一次扣0.5分。", "县政务服务中心", ""],
        [UP, "机关作风", "15", "被县级以上媒体曝光的，每次扣3分；工作人员违反工作纪律被通报的，每人次扣1分，扣完为止。", "县纪委监委", ""],
        ["满意度评价（20分）", "服务对象满意度", "20", "满意率每低于95%一个百分点扣1分。", "县目标绩效管理办公室", ""],
        ["合计", LEFT, "100", "", "", ""],
        ["备注", "考核部门应在评分表中写明扣分理由，并附相关佐证材料。", LEFT, LEFT, LEFT, LEFT],
    ])
    return [
        ("p", "青考办发〔2023〕5号"),
        ("h", "青山县目标绩效管理办公室关于印发《青山县2023年度目标管理考核办法》的通知"),
        ("p", "各乡镇党委、政府，县直各部门："),
        ("p", "现将《青山县2023年度目标管理考核办法》印发给你们，请结合实际认真抓好落实。"),
        ("p", "附件：县直部门目标管理考核评分表"),
        ("r", "青山县目标绩效管理办公室"),
        ("r", "2023年3月6日"),
        ("h", "青山县2023年度目标管理考核办法"),
        ("p", "一、考核对象"),
        ("p", "全县12个乡镇和32个县直部门。"),
        ("p", "二、乡镇考核内容"),
        ("p", "乡镇考核实行百分制，具体内容如下："),
        ("p", "（一）经济发展（40分）"),
        ("p", "1．财政收入（15分）。完成年度目标任务得15分；每低于目标1个百分点扣0.5分，扣完为止。"),
        ("p", "2．固定资产投资（15分）。按完成比例计分。"),
        ("p", "3．招商引资（10分）。新签约亿元以上项目每个得2分，最多得10分。"),
        ("p", "（二）社会事业（35分）"),
        ("p", "1．安全生产（15分）"),
        ("p", "（1）发生一般生产安全责任事故的，每起扣5分；"),
        ("p", "（2）安全隐患整改不到位被县级通报的，每次扣1分。"),
        ("p", "2．生态环境保护（10分）。上级督察交办件未按期办结的，每件扣2分。"),
        ("p", "3．信访维稳（10分）。发生越级非正常上访的，每批次扣3分。"),
        ("p", "（三）党的建设（25分）"),
        ("p", "1．基层组织建设（15分）。软弱涣散村党组织未按期完成整顿的，每个扣3分。"),
        ("p", "2．党风廉政建设（10分）。班子成员受到党纪政务处分的，每人次扣5分。"),
        ("p", "三、县直部门考核内容"),
        ("p", "县直部门考核实行百分制，按附件评分表进行考核。"),
        ("p", "四、加分"),
        ("p", "获得国家级表彰的加3分，省级表彰的加2分，市级表彰的加1分；同一事项按最高级别计算，加分累计不超过5分。"),
        ("p", "五、一票否决"),
        ("p", "考核年度内发生重大生产安全责任事故或重大群体性事件的，实行一票否决。"),
        ("p", "六、等次评定"),
        ("p", "考核结果分为优秀、良好、合格、不合格四个等次。得分在90分及以上且排名在同类单位前30%的，评为优秀；"
              "80分及以上、90分以下的为良好；60分及以上、80分以下的为合格；60分以下的为不合格。"),
        ("p", "七、本办法由县目标绩效管理办公室负责解释。"),
        ("p", "附件"),
        ("h", "县直部门目标管理考核评分表"),
        ("t", table),
    ]


# ---------------------------------------------------------------- u02: hospital, weights only
U02 = "u02-dongcheng-yiyuan-linchuang-keshi-jixiao-kaohebiao"


def u02() -> list:
    table = grid([26, 32, 16, 80, 16], [
        ["考核维度", "考核指标", "权重(%)", "评分细则", "得分"],
        ["医疗质量（40%）", "病历书写质量", "10", "甲级病历率低于90%的，每低1个百分点扣0.5分；出现丙级病历每例扣2分。", ""],
        [UP, "核心制度落实", "15", "三级查房、疑难病例讨论等核心制度未落实的，每例扣0.5分。", ""],
        [UP, "院内感染控制", "10", "手卫生依从率低于85%扣2分；发生院感暴发事件本项不得分。", ""],
        [UP, "医疗安全", "5", "发生医疗纠纷经鉴定负主要责任的，每例扣3分。", ""],
        ["运行效率（25%）", "平均住院日", "10", "超过目标值0.5天以内扣2分，超过0.5天以上扣5分。", ""],
        [UP, "床位使用率", "8", "低于85%时每低1个百分点扣0.2分，扣完为止。", ""],
        [UP, "出院患者手术占比", "7", "达到目标值得满分，未达到的按比例得分。", ""],
        ["患者满意（20%）", "住院患者满意度", "12", "满意度每低于目标值1个百分点扣1分。", ""],
        [UP, "有效投诉", "8", "每例有效投诉扣2分。", ""],
        ["教学科研（15%）", "带教任务", "5", "未完成带教任务扣1-3分。", ""],
        [UP, "科研成果", "10", "发表SCI论文每篇加2分，中文核心期刊论文每篇加1分，本项最高加10分。", ""],
        ["合计", LEFT, "100", "", ""],
        ["备注", "1．各项扣分以该项权重分为限。\n2．科室发生重大医疗事故的，实行一票否决。", LEFT, LEFT, LEFT],
    ])
    return [
        ("p", "东医发〔2024〕12号附件2"),
        ("h", "东城区人民医院临床科室绩效考核表（2024年版）"),
        ("p", "（满分100分，各指标分值按权重计）"),
        ("p", "科室：____________　　考核月份：______年____月"),
        ("t", table),
        ("p", "科室主任签字：____________　　考核人：____________　　日期：____________"),
        ("r", "东城区人民医院绩效考核办公室"),
    ]


# ---------------------------------------------------------------- u03: university, 1000 points, 3 levels
U03 = "u03-jiangchuan-daxue-erji-xueyuan-niandu-kaohe"


def u03() -> list:
    table = grid([26, 28, 30, 14, 110, 22], [
        ["一级指标", "二级指标", "三级指标", "分值", "考核要点及评分办法", "责任部门"],
        ["人才培养（300分）", "教学运行（120分）", "教学秩序", "60", "发生一般教学事故每起扣10分，严重教学事故每起扣30分。", "教务处"],
        [UP, UP, "课程建设", "60", "新立项省级一流课程每门得20分，最多得60分。", "教务处"],
        [UP, "学生发展（180分）", "就业率", "100", "就业率达到全省同类专业平均水平得100分，每低1个百分点扣5分。", "招生就业处"],
        [UP, UP, "学科竞赛", "80", "获国家级一等奖每项得40分、二等奖每项得20分，累计最多得80分。", "团委"],
        ["科学研究（300分）", "科研项目（200分）", "国家级项目", "120", "每立项1项得40分，最多得120分；超出部分每项加10分。", "科研处"],
        [UP, UP, "省部级项目", "80", "每立项1项得10分，最多得80分。", "科研处"],
        [UP, "科研成果（100分）", "高水平论文", "60", "一类期刊论文每篇得15分，二类期刊论文每篇得5分，累计不超过60分。", "科研处"],
        [UP, UP, "成果转化", "40", "横向到账经费每10万元得4分。", "科研处"],
        ["党建与管理（200分）", "党的建设（120分）", "基层党组织建设", "70", "未完成年度党建工作任务清单的，每项扣5分。", "组织部"],
        [UP, UP, "意识形态工作", "50", "发生意识形态领域重大事件的，本项不得分。", "宣传部"],
        [UP, "内部管理（80分）", "安全稳定", "40", "发生安全责任事故的，每起扣20分，扣完为止。", "保卫处"],
        [UP, UP, "财务与资产", "40", "审计发现问题未按期整改的，每项扣4分。", "财务处"],
        ["特色发展（200分）", "年度标志性成果", LEFT, "200", "获得国家级标志性成果每项得100分，省级每项得50分，最多得200分。", "发展规划处"],
        ["合计", LEFT, LEFT, "1000", "", ""],
    ])
    return [
        ("p", "江大发〔2023〕41号"),
        ("h", "江川大学二级学院年度目标考核方案"),
        ("p", "为推动学院高质量发展，学校对各二级学院实行年度目标考核。考核实行千分制，总分1000分，考核指标见附表。"),
        ("p", "考核结果分为A、B、C三个等次：得分900分及以上为A等；750分及以上、900分以下为B等；750分以下为C等。"
              "A等比例不超过参评学院的40%。"),
        ("p", "附表：江川大学二级学院年度目标考核指标体系"),
        ("t", table),
        ("r", "江川大学"),
        ("r", "2023年11月2日"),
    ]


# ---------------------------------------------------------------- u04: school, numbered criteria in one cell
U04 = "u04-chengnan-zhongxue-jiaoshi-kaohe-xize"


def u04() -> list:
    table = grid([12, 26, 14, 100, 16], [
        ["序号", "考核项目", "分值", "考核内容及评分标准", "得分"],
        ["1", "师德师风", "20",
         "1．依法执教：遵守教师职业道德规范（8分）。有体罚或变相体罚学生行为的，每次扣4分。\n"
         "2．廉洁从教：不从事有偿补课，不收受家长礼品（6分）。查实有偿补课的，本项不得分。\n"
         "3．团结协作：服从学校工作安排（6分）。无故拒绝学校安排工作的，每次扣2分。", ""],
        ["2", "教育教学", "40",
         "1．教学常规：按要求备课、上课、批改作业（15分）。教案缺1课时扣0.5分；作业批改不及时每次扣0.5分。\n"
         "2．听课评课：每学期听课不少于15节（5分）。每少1节扣0.5分。\n"
         "3．教学质量：所任学科期末统考成绩（20分）。平均分不低于区平均分得20分，每低1分扣1分，扣完为止。", ""],
        ["3", "班级管理", "15",
         "1．班主任工作：担任班主任或副班主任（10分）。担任班主任的得10分，担任副班主任的得6分。\n"
         "2．安全教育：按要求开展安全教育（5分）。发生学生安全责任事故的，每起扣5分。", ""],
        ["4", "出勤", "15", "病假每天扣0.2分，事假每天扣0.5分，旷工每天扣3分；迟到、早退每次扣0.1分。", ""],
        ["5", "教研与专业发展", "10",
         "1．课题研究：主持区级及以上课题（4分）。\n"
         "2．论文获奖：论文在区级及以上获奖或发表（3分）。每篇得1分。\n"
         "3．继续教育：完成年度继续教育学时（3分）。未完成的不得分。", ""],
        ["合计", LEFT, "100", "", ""],
        ["备注", LEFT,
         "1．获得市级及以上优秀教师称号的加3分，区级的加1分，加分累计不超过5分。\n"
         "2．考核总分90分及以上为优秀，75分及以上、90分以下为合格，75分以下为不合格；优秀人数不超过教师总数的20%。",
         LEFT, LEFT],
    ])
    return [
        ("h", "城南中学教师年度考核细则（2023—2024学年）"),
        ("p", "为客观公正评价教师工作实绩，结合我校实际，制定本细则。本细则满分100分，由学校考核领导小组组织实施。"),
        ("t", table),
        ("p", "考核组长签字：____________　　被考核教师签字：____________"),
        ("r", "城南中学教务处"),
        ("r", "2023年9月1日"),
    ]


# ---------------------------------------------------------------- u05: enterprise safety, deduction columns
U05 = "u05-hengda-huagong-anquan-zerenzhi-kaohebiao"


def u05() -> list:
    table = grid([12, 26, 50, 16, 70, 14, 14], [
        ["序号", "考核项目", "考核内容", "标准分", "扣分标准", "扣分", "得分"],
        ["1", "安全责任制", "车间与班组签订安全生产责任书，责任落实到岗位", "10",
         "未签订责任书的扣5分；每缺一个岗位扣1分，扣完为止。", "", ""],
        ["2", "安全教育培训", "新员工三级安全教育，班组每月开展安全活动", "15",
         "未经三级安全教育上岗的每人扣3分；班组安全活动每缺一次扣1分。", "", ""],
        ["3", "隐患排查治理", "每周开展隐患排查，建立隐患台账", "20",
         "每发现一处隐患未整改扣1分，扣完为止；未建立隐患台账扣5分。", "", ""],
        ["4", "特殊作业管理", "动火、受限空间等特殊作业票证管理", "20",
         "无票作业每次扣5分；票证填写不规范每张扣0.5分。", "", ""],
        ["5", "劳动防护用品", "按规定正确佩戴劳动防护用品", "10", "发现未正确佩戴的每人次扣0.5分。", "", ""],
        ["6", "消防设施", "消防器材完好有效，消防通道畅通", "10",
         "每发现一处消防器材失效扣1分；消防通道堵塞扣2分。", "", ""],
        ["7", "应急管理", "编制现场处置方案，每季度演练一次", "15", "未编制现场处置方案扣5分；少演练一次扣3分。", "", ""],
        ["合计", LEFT, LEFT, "100", "", "", ""],
        ["备注", LEFT, "发生轻伤及以上生产安全事故的，实行一票否决。", LEFT, LEFT, LEFT, LEFT],
    ])
    return [
        ("p", "编号：HD-AQ-JL-015　　版本：A/1"),
        ("h", "恒达化工有限公司车间安全生产责任制考核表"),
        ("p", "考核车间：____________　　考核日期：______年____月____日"),
        ("t", table),
        ("p", "考核人：____________　　被考核单位负责人：____________"),
    ]


# ---------------------------------------------------------------- u06: traditional characters
U06 = "u06-gangwan-wuye-baoan-fuwu-zhiliang-kaohebiao"


def u06() -> list:
    table = grid([24, 50, 14, 70, 16], [
        ["考核項目", "考核內容", "分值", "評分標準", "實得分"],
        ["崗位紀律", "按時交接班，不脫崗、不睡崗", "25", "遲到、早退每次扣1分；脫崗、睡崗每次扣5分。", ""],
        ["儀容儀表", "統一着裝，佩戴工牌", "10", "未按規定着裝每人次扣0.5分。", ""],
        ["巡邏檢查", "按規定路線巡邏並做好記錄", "20", "漏巡一次扣2分；巡邏記錄不全每次扣1分。", ""],
        ["車輛管理", "車輛停放有序，外來車輛出入登記", "15", "未登記外來車輛每輛扣1分，扣完為止。", ""],
        ["消防安全", "消防設施定期檢查，保持完好", "20", "消防設施未建立檢查台賬扣5分；發生火災事故本項不得分。", ""],
        ["服務態度", "禮貌待人，及時處理業主投訴", "10", "業主有效投訴每宗扣2分。", ""],
        ["合計", LEFT, "100", "", ""],
    ])
    return [
        ("h", "港灣物業管理有限公司保安服務質量考核表"),
        ("p", "管理處：____________　　考核月份：____________"),
        ("t", table),
        ("p", "說明：月度考核得分90分以上為優秀，80分至89分為良好，70分至79分為合格，70分以下為不合格。"),
        ("p", "考核人：____________　　管理處經理：____________"),
        ("r", "港灣物業管理有限公司品質部"),
        ("r", "二〇二四年三月"),
    ]


# ---------------------------------------------------------------- u07: per-unit column + deduction-only list
U07 = "u07-hexi-jiedao-shequ-gongzuo-kaohe-xize"


def u07() -> list:
    scored = grid([34, 14, 70, 24, 24], [
        ["考核内容", "分值", "评分标准", "被考核单位", "牵头科室"],
        ["党建引领", "20", "社区党组织未按期换届的扣10分；“三会一课”每缺一次扣1分。", "全部社区", "党建办"],
        ["网格化管理", "20", "网格员配备不足的，每缺1人扣2分；网格事件处置超时的，每件扣0.5分。", "全部社区", "综治中心"],
        ["民生服务", "25", "群众诉求办结率低于95%的，每低1个百分点扣1分。", "全部社区", "民生保障办"],
        ["环境卫生", "20", "街道每月暗访，每发现一处卫生死角扣0.5分，扣完为止。", "城区社区", "城管科"],
        ["农村集体“三资”管理", "15", "集体账目未按季度公开的，每次扣3分。", "涉农社区", "农经站"],
        ["合计", "100", "", "", ""],
    ])
    negative = grid([14, 90, 50], [
        ["序号", "扣分事项", "扣分标准"],
        ["1", "发生安全生产责任事故", "每起扣10分"],
        ["2", "被市级以上媒体曝光负面问题", "每次扣5分"],
        ["3", "重复信访案件未化解", "每件扣2分"],
        ["4", "未按时报送统计报表", "每次扣0.5分"],
    ])
    return [
        ("p", "西街发〔2024〕8号"),
        ("h", "河西街道办事处关于印发2024年度社区工作考核细则的通知"),
        ("p", "各社区居委会、街道各科室："),
        ("p", "为进一步激发社区干事创业活力，经街道党工委研究，制定2024年度社区工作考核细则，现印发给你们，请认真贯彻执行。"),
        ("p", "一、考核实行百分制，由街道各牵头科室按附件1进行评分。"),
        ("p", "二、负面清单实行扣分制，按附件2执行。"),
        ("p", "三、考核得分95分及以上的社区评为“先进社区”，数量不超过社区总数的25%。"),
        ("p", "四、考核结果作为社区干部绩效报酬发放的重要依据。"),
        ("p", "附件：1．社区工作考核评分表"),
        ("p", "　　　2．社区工作负面清单扣分表"),
        ("r", "河西街道办事处"),
        ("r", "2024年2月20日"),
        ("p", "附件1"),
        ("h", "社区工作考核评分表"),
        ("t", scored),
        ("p", "附件2"),
        ("h", "社区工作负面清单扣分表"),
        ("t", negative),
        ("p", "说明：负面清单扣分从社区年度考核总分中直接扣减，累计扣分不超过20分。"),
    ]


# ---------------------------------------------------------------- u08: workbook, two sheets, two schemes
U08 = "u08-xinyuan-jituan-jixiao-kaohe"
THIN = Side(style="thin")


def u08_sheets() -> list[tuple[str, str, str, GridTable, list[str]]]:
    managers = grid([22, 28, 12, 16, 70, 12, 14], [
        ["考核类别", "考核指标", "分值", "目标值", "评分标准", "自评", "上级评分"],
        ["KPI指标（70分）", "部门预算执行率", "15", "≥95%", "每低1个百分点扣1分，低于80%不得分。", "", ""],
        [UP, "重点任务完成率", "25", "100%", "每项未完成扣5分。", "", ""],
        [UP, "客户满意度", "15", "≥90分", "每低1分扣0.5分。", "", ""],
        [UP, "安全与合规", "15", "零事故", "发生一般事故扣10分；违规被处罚的每次扣3分。", "", ""],
        ["能力素质（30分）", "团队管理", "10", "", "优秀得10分，良好得8分，一般得5分。", "", ""],
        [UP, "沟通协作", "10", "", "跨部门协作被投诉的，每次扣2分。", "", ""],
        [UP, "学习创新", "10", "", "提出合理化建议被采纳的，每条得2分，最多得10分。", "", ""],
        ["合计", LEFT, "100", "", "", "", ""],
    ])
    workers = grid([12, 28, 14, 80, 14], [
        ["序号", "考核项目", "权重", "考核标准", "得分"],
        ["1", "产量完成", "40%", "完成计划产量得满分，每少完成1%扣1分。", ""],
        ["2", "产品质量", "30%", "出现不合格品每件扣2分；发生批量质量事故本项不得分。", ""],
        ["3", "劳动纪律", "20%", "迟到、早退每次扣1分；旷工一天扣5分。", ""],
        ["4", "5S管理", "10%", "现场检查不合格每次扣1分，扣完为止。", ""],
        ["合计", LEFT, "100%", "", ""],
    ])
    return [
        ("中层管理人员", "鑫源集团中层管理人员年度绩效考核表", "部门：________　姓名：________　考核期间：2024年度",
         managers, ["说明：考核结果90分以上为A，75-89分为B，60-74分为C，60分以下为D。",
                    "被考核人签字：________　　上级签字：________"]),
        ("一线员工", "鑫源集团一线员工月度考核表", "车间：________　姓名：________　月份：________",
         workers, ["备注：月度考核连续两次排名末位的，予以调岗。"]),
    ]


def write_workbook(path: Path) -> None:
    """Each sheet: a merged title row, a form-field row, the table, then loose lines under it."""
    book = Workbook()
    book.remove(book.active)
    for tab, title, fields, table, after in u08_sheets():
        sheet = book.create_sheet(tab)
        ncols = len(table.widths_mm)
        sheet.cell(row=1, column=1, value=title).font = Font(name=FONT, bold=True, size=14)
        sheet.cell(row=1, column=1).alignment = Alignment(horizontal="center")
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
        sheet.cell(row=2, column=1, value=fields).font = Font(name=FONT, size=10)
        sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)
        first = 3
        for r, row in enumerate(table.rows, start=first):
            for cell in row.cells:
                for c in range(cell.col, cell.col + cell.span):
                    target = sheet.cell(row=r, column=c + 1)
                    target.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
                    target.alignment = Alignment(wrap_text=True, vertical="center")
                    target.font = Font(name=FONT, size=10, bold=row.header)
                if cell.text:
                    value: str | int = int(cell.text) if cell.text.isdigit() else cell.text
                    sheet.cell(row=r, column=cell.col + 1, value=value)
                if cell.span > 1:
                    sheet.merge_cells(start_row=r, start_column=cell.col + 1, end_row=r, end_column=cell.col + cell.span)
        for col, span, top, bottom in table.vertical_runs():
            sheet.merge_cells(start_row=top + first, start_column=col + 1, end_row=bottom + first, end_column=col + span)
        r = first + len(table.rows)
        for line in after:
            sheet.cell(row=r, column=1, value=line).font = Font(name=FONT, size=10)
            sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
            r += 1
        for c, width in enumerate(table.widths_mm, start=1):
            sheet.column_dimensions[get_column_letter(c)].width = round(width / 2.0, 1)
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
    book.properties.creator = book.properties.lastModifiedBy = "rubrics corpus/unseen/make_unseen.py"
    book.properties.created = book.properties.modified = FIXED_DATE
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(deterministic_zip(buffer.getvalue()))


# ---------------------------------------------------------------- u09: web page, rowspan/colspan
U09 = "u09-linjiang-jiceng-yiliao-jigou-jixiao-kaohe-xize"

U09_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>临江市基层医疗卫生机构绩效考核细则（2024年）_通知公告_临江市卫生健康委员会</title>
<style>table{border-collapse:collapse}td,th{border:1px solid #333;padding:4px}</style>
</head>
<body>
<div class="nav">首页 &gt; 政务公开 &gt; 通知公告</div>
<h1>临江市基层医疗卫生机构绩效考核细则（2024年）</h1>
<div class="info">发布时间：2024-04-15　来源：临江市卫生健康委员会　浏览次数：1532</div>
<div class="content">
<p>各区县卫生健康局，各基层医疗卫生机构：</p>
<p>为做好2024年度基层医疗卫生机构绩效考核工作，现将考核细则印发如下，请遵照执行。考核满分100分。</p>
<table>
<tr><th>一级指标</th><th>二级指标</th><th>分值</th><th>考核方法</th><th>评分标准</th></tr>
<tr><td rowspan="3">基本公共卫生服务（40分）</td><td>居民健康档案</td><td>10</td><td>现场抽查</td>
<td>建档率低于90%的，每低1个百分点扣0.5分；档案信息不真实的，每份扣0.2分。</td></tr>
<tr><td>慢性病患者管理</td><td>15</td><td>系统核查</td>
<td>高血压、糖尿病患者规范管理率每低于目标1个百分点扣1分。</td></tr>
<tr><td>预防接种</td><td>15</td><td>现场抽查</td>
<td>发生疫苗管理责任事故的，本项不得分；接种信息录入不及时的，每例扣0.1分。</td></tr>
<tr><td rowspan="3">医疗服务（35分）</td><td>门诊服务</td><td>15</td><td>资料查阅</td>
<td>处方合格率低于95%的扣3分；抗菌药物使用率超标的扣2分。</td></tr>
<tr><td>分级诊疗</td><td>10</td><td>系统核查</td>
<td>上转患者未按规定办理转诊手续的，每例扣1分。</td></tr>
<tr><td>家庭医生签约</td><td>10</td><td>系统核查</td>
<td>签约率达到40%得10分，每低1个百分点扣0.5分。</td></tr>
<tr><td rowspan="2">综合管理（25分）</td><td>财务管理</td><td>15</td><td>资料查阅</td>
<td>发现违规收费的，每项扣3分，扣完为止。</td></tr>
<tr><td>信息报送</td><td>10</td><td>系统核查</td>
<td>统计报表迟报、漏报的，每次扣1分。</td></tr>
<tr><td colspan="2">加分项（不超过5分）</td><td></td><td>资料查阅</td>
<td>获得省级及以上表彰的加3分；承担上级试点任务并通过验收的加2分。</td></tr>
<tr><td colspan="2">合计</td><td>100</td><td></td><td></td></tr>
</table>
<p>注：1．考核结果分为优秀（90分及以上）、合格（60—89分）、不合格（60分以下）三个等次。</p>
<p>2．发生重大医疗事故或者瞒报传染病疫情的，实行一票否决，考核结果直接定为不合格。</p>
<p style="text-align:right">临江市卫生健康委员会<br>2024年4月15日</p>
</div>
<div class="footer">【打印本页】【关闭窗口】　主办单位：临江市卫生健康委员会　备案号：临ICP备00000000号</div>
</body>
</html>
"""

DOCX_DOCS = {U01: (u01, False), U02: (u02, False), U03: (u03, True), U04: (u04, False),
             U05: (u05, True), U06: (u06, False), U07: (u07, False)}


def build_set(argv: list[str] | None, doc: str, default_out: Path, docx_files: dict, office: dict,
              texts: dict) -> int:
    """Write one held-out set: DOCX files ({stem: (blocks, write_docx keyword arguments)}), other
    office files ({file name: writer(path)}), text files ({file name: text}), then their PDFs by
    LibreOffice. Shared by the sets' make_unseen*.py."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--out", type=Path, default=default_out)
    parser.add_argument("--no-pdf", action="store_true", help="skip LibreOffice")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    printed: list[Path] = []
    for stem, (write, blocks, options) in docx_files.items():
        path = out / f"{stem}.docx"
        write(path, blocks(), **options)
        printed.append(path)
    for name, writer in office.items():
        writer(out / name)
        printed.append(out / name)
    for name, text in texts.items():
        (out / name).write_text(text, encoding="utf-8")
    if not args.no_pdf:
        convert_to_pdf(printed, out)
    for path in sorted(out.iterdir()):
        if path.suffix in {".docx", ".xlsx", ".pdf", ".html"}:
            print(path.name)
    return 0


def main(argv: list[str] | None = None) -> int:
    docx_files = {stem: (write_docx, build, {"landscape": landscape}) for stem, (build, landscape) in DOCX_DOCS.items()}
    return build_set(argv, __doc__, HERE, docx_files, {f"{U08}.xlsx": write_workbook}, {f"{U09}.html": U09_HTML})


if __name__ == "__main__":
    raise SystemExit(main())
