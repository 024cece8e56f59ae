"""The gold of the unseen set, written by hand in a compact form and saved as gold/<stem>.json.

    .venv/bin/python corpus/unseen/write_gold.py

Every item and rule below was read off the documents make_unseen.py writes (not off any
extractor's output). The script checks that each rule's `text` is an exact substring of the
document's own text (DOCX paragraphs and cells, the XLSX cells, the HTML without its tags), so a
typo in the gold fails loudly. Format and conventions: ../../../shared/gold/README.md.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"


def item(path: str, points=None, weight=None, method=None, assessor=None) -> dict:
    return {"path": path.split("/"), "points": points, "weight_pct": weight, "method": method,
            "assessor": assessor}


def rule(where: str | None, kind: str, amount, text: str, per=None, amax=None, label=None,
         below=None, at_least=None, quota=None) -> dict:
    return {"item": where.split("/") if where else None, "kind": kind, "amount": amount,
            "amount_max": amax, "per": per, "label": label, "below": below, "at_least": at_least,
            "quota_pct": quota, "text": text}


# ------------------------------------------------------------------------------------------ u01
U01_SCHEME_RULES = [
    rule(None, "bonus", 3, "获得国家级表彰的加3分"),
    rule(None, "bonus", 2, "省级表彰的加2分"),
    rule(None, "bonus", 1, "市级表彰的加1分"),
    rule(None, "cap", 5, "加分累计不超过5分"),
    rule(None, "veto", None, "实行一票否决"),
    rule(None, "grade", None, "得分在90分及以上且排名在同类单位前30%的，评为优秀", label="优秀", at_least=90, quota=30),
    rule(None, "grade", None, "80分及以上、90分以下的为良好", label="良好", at_least=80, below=90),
    rule(None, "grade", None, "60分及以上、80分以下的为合格", label="合格", at_least=60, below=80),
    rule(None, "grade", None, "60分以下的为不合格", label="不合格", below=60),
]
U01 = {
    "source": "u01-qingshan-xian-mubiao-guanli-kaohe-banfa.docx",
    "document": {"title": "青山县2023年度目标管理考核办法", "org": "青山县目标绩效管理办公室", "year": 2023, "scale": 100},
    "schemes": [
        {"name": "乡镇",
         "items": [
             item("经济发展", 40), item("经济发展/财政收入", 15), item("经济发展/固定资产投资", 15),
             item("经济发展/招商引资", 10),
             item("社会事业", 35), item("社会事业/安全生产", 15), item("社会事业/生态环境保护", 10),
             item("社会事业/信访维稳", 10),
             item("党的建设", 25), item("党的建设/基层组织建设", 15), item("党的建设/党风廉政建设", 10)],
         "rules": [
             rule("经济发展/财政收入", "award", 15, "完成年度目标任务得15分"),
             rule("经济发展/财政收入", "deduct", 0.5, "每低于目标1个百分点扣0.5分", per="个百分点"),
             rule("经济发展/财政收入", "cap", None, "扣完为止"),
             rule("经济发展/固定资产投资", "award", None, "按完成比例计分"),
             rule("经济发展/招商引资", "award", 2, "每个得2分", per="个"),
             rule("经济发展/招商引资", "cap", 10, "最多得10分"),
             rule("社会事业/安全生产", "deduct", 5, "发生一般生产安全责任事故的，每起扣5分", per="起"),
             rule("社会事业/安全生产", "deduct", 1, "安全隐患整改不到位被县级通报的，每次扣1分", per="次"),
             rule("社会事业/生态环境保护", "deduct", 2, "上级督察交办件未按期办结的，每件扣2分", per="件"),
             rule("社会事业/信访维稳", "deduct", 3, "发生越级非正常上访的，每批次扣3分", per="批次"),
             rule("党的建设/基层组织建设", "deduct", 3, "软弱涣散村党组织未按期完成整顿的，每个扣3分", per="个"),
             rule("党的建设/党风廉政建设", "deduct", 5, "班子成员受到党纪政务处分的，每人次扣5分", per="人次"),
             *U01_SCHEME_RULES],
         "notes": [
             "Section 二 乡镇考核内容 in prose (（一）…1．…（1）); items are the three （一） categories and their 1．2．3． "
             "indicators with the points in parentheses; the （1）（2） clauses under 安全生产 carry no points and are rules.",
             "按完成比例计分 is an award with amount null (README: 按完成比例得分).",
             "Sections 四 加分, 五 一票否决, 六 等次评定 govern both kinds of unit (同类单位) and are listed in both schemes.",
             "优秀 is one statement with two conditions (90分及以上 且 前30%): one grade rule with at_least 90 and quota_pct 30.",
             "考核结果分为优秀、良好、合格、不合格四个等次 introduces the four thresholds that follow; not four extra rules."]},
        {"name": "县直部门目标管理考核评分表",
         "items": [
             item("职能目标", 50),
             item("职能目标/重点工作任务", 30, assessor="县委督查室"),
             item("职能目标/部门常规工作", 20, assessor="分管县领导"),
             item("共性目标", 30),
             item("共性目标/依法行政", 10, assessor="县司法局"),
             item("共性目标/政务公开", 5, assessor="县政务服务中心"),
             item("共性目标/机关作风", 15, assessor="县纪委监委"),
             item("满意度评价", 20),
             item("满意度评价/服务对象满意度", 20, assessor="县目标绩效管理办公室")],
         "rules": [
             rule("职能目标/重点工作任务", "deduct", 3, "每项未完成扣3分", per="项"),
             rule("职能目标/重点工作任务", "deduct", 1, "进度滞后被督办的，每次扣1分", per="次"),
             rule("职能目标/部门常规工作", "deduct", 2, "未按时完成年度工作计划的，每项扣2分", per="项"),
             rule("共性目标/依法行政", "deduct", 2, "行政诉讼案件败诉的，每件扣2分", per="件"),
             rule("共性目标/依法行政", "deduct", 1, "行政复议决定被撤销的，每件扣1分", per="件"),
             rule("共性目标/政务公开", "deduct", 0.5, "未按规定公开政府信息的，发现一次扣0.5分", per="次"),
             rule("共性目标/机关作风", "deduct", 3, "被县级以上媒体曝光的，每次扣3分", per="次"),
             rule("共性目标/机关作风", "deduct", 1, "工作人员违反工作纪律被通报的，每人次扣1分", per="人次"),
             rule("共性目标/机关作风", "cap", None, "扣完为止"),
             rule("满意度评价/服务对象满意度", "deduct", 1, "满意率每低于95%一个百分点扣1分", per="个百分点"),
             *U01_SCHEME_RULES],
         "notes": [
             "The 附件 table; 一级指标 cells carry the category points in parentheses (职能目标（50分）), merged over their rows.",
             "assessor = 考核部门. The 合计 row (100) and the 备注 row (a procedure, no amount) are not items or rules; "
             "得分 is a blank form column."]},
    ]}

# ------------------------------------------------------------------------------------------ u02
U02 = {
    "source": "u02-dongcheng-yiyuan-linchuang-keshi-jixiao-kaohebiao.docx",
    "document": {"title": "东城区人民医院临床科室绩效考核表（2024年版）", "org": "东城区人民医院", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "东城区人民医院临床科室绩效考核表",
         "items": [
             item("医疗质量", weight=40), item("医疗质量/病历书写质量", weight=10),
             item("医疗质量/核心制度落实", weight=15), item("医疗质量/院内感染控制", weight=10),
             item("医疗质量/医疗安全", weight=5),
             item("运行效率", weight=25), item("运行效率/平均住院日", weight=10),
             item("运行效率/床位使用率", weight=8), item("运行效率/出院患者手术占比", weight=7),
             item("患者满意", weight=20), item("患者满意/住院患者满意度", weight=12),
             item("患者满意/有效投诉", weight=8),
             item("教学科研", weight=15), item("教学科研/带教任务", weight=5), item("教学科研/科研成果", weight=10)],
         "rules": [
             rule("医疗质量/病历书写质量", "deduct", 0.5, "每低1个百分点扣0.5分", per="个百分点"),
             rule("医疗质量/病历书写质量", "deduct", 2, "出现丙级病历每例扣2分", per="例"),
             rule("医疗质量/核心制度落实", "deduct", 0.5, "核心制度未落实的，每例扣0.5分", per="例"),
             rule("医疗质量/院内感染控制", "deduct", 2, "手卫生依从率低于85%扣2分"),
             rule("医疗质量/院内感染控制", "award", 0, "发生院感暴发事件本项不得分"),
             rule("医疗质量/医疗安全", "deduct", 3, "发生医疗纠纷经鉴定负主要责任的，每例扣3分", per="例"),
             rule("运行效率/平均住院日", "deduct", 2, "超过目标值0.5天以内扣2分"),
             rule("运行效率/平均住院日", "deduct", 5, "超过0.5天以上扣5分"),
             rule("运行效率/床位使用率", "deduct", 0.2, "每低1个百分点扣0.2分", per="个百分点"),
             rule("运行效率/床位使用率", "cap", None, "扣完为止"),
             rule("运行效率/出院患者手术占比", "award", None, "达到目标值得满分"),
             rule("运行效率/出院患者手术占比", "award", None, "未达到的按比例得分"),
             rule("患者满意/住院患者满意度", "deduct", 1, "满意度每低于目标值1个百分点扣1分", per="个百分点"),
             rule("患者满意/有效投诉", "deduct", 2, "每例有效投诉扣2分", per="例"),
             rule("教学科研/带教任务", "deduct", 1, "未完成带教任务扣1-3分", amax=3),
             rule("教学科研/科研成果", "award", 2, "发表SCI论文每篇加2分", per="篇"),
             rule("教学科研/科研成果", "award", 1, "中文核心期刊论文每篇加1分", per="篇"),
             rule("教学科研/科研成果", "cap", 10, "本项最高加10分"),
             rule(None, "cap", None, "各项扣分以该项权重分为限"),
             rule(None, "veto", None, "实行一票否决")],
         "notes": [
             "Weights only: 权重(%) gives weight_pct on every item, points null (none stated per item). Scale 100 from "
             "满分100分 under the title; the 合计 row's 100 is the weight total.",
             "科研成果: 加 within 本项最高加10分 = the item's own weight 10, so award (README: 加 in a ladder bounded by "
             "the item's points), with 最高加10分 a cap of 10.",
             "达到目标值得满分 and 按比例得分 are two awards with amount null. 各项扣分以该项权重分为限 (备注) is a cap "
             "with amount null for the whole scheme, like 扣完为止. 不得分 is an award of 0."]},
    ]}

# ------------------------------------------------------------------------------------------ u03
U03 = {
    "source": "u03-jiangchuan-daxue-erji-xueyuan-niandu-kaohe.docx",
    "document": {"title": "江川大学二级学院年度目标考核方案", "org": "江川大学", "year": 2023, "scale": 1000},
    "schemes": [
        {"name": "江川大学二级学院年度目标考核指标体系",
         "items": [
             item("人才培养", 300), item("人才培养/教学运行", 120),
             item("人才培养/教学运行/教学秩序", 60, assessor="教务处"),
             item("人才培养/教学运行/课程建设", 60, assessor="教务处"),
             item("人才培养/学生发展", 180),
             item("人才培养/学生发展/就业率", 100, assessor="招生就业处"),
             item("人才培养/学生发展/学科竞赛", 80, assessor="团委"),
             item("科学研究", 300), item("科学研究/科研项目", 200),
             item("科学研究/科研项目/国家级项目", 120, assessor="科研处"),
             item("科学研究/科研项目/省部级项目", 80, assessor="科研处"),
             item("科学研究/科研成果", 100),
             item("科学研究/科研成果/高水平论文", 60, assessor="科研处"),
             item("科学研究/科研成果/成果转化", 40, assessor="科研处"),
             item("党建与管理", 200), item("党建与管理/党的建设", 120),
             item("党建与管理/党的建设/基层党组织建设", 70, assessor="组织部"),
             item("党建与管理/党的建设/意识形态工作", 50, assessor="宣传部"),
             item("党建与管理/内部管理", 80),
             item("党建与管理/内部管理/安全稳定", 40, assessor="保卫处"),
             item("党建与管理/内部管理/财务与资产", 40, assessor="财务处"),
             item("特色发展", 200), item("特色发展/年度标志性成果", 200, assessor="发展规划处")],
         "rules": [
             rule("人才培养/教学运行/教学秩序", "deduct", 10, "发生一般教学事故每起扣10分", per="起"),
             rule("人才培养/教学运行/教学秩序", "deduct", 30, "严重教学事故每起扣30分", per="起"),
             rule("人才培养/教学运行/课程建设", "award", 20, "新立项省级一流课程每门得20分", per="门"),
             rule("人才培养/教学运行/课程建设", "cap", 60, "最多得60分"),
             rule("人才培养/学生发展/就业率", "award", 100, "就业率达到全省同类专业平均水平得100分"),
             rule("人才培养/学生发展/就业率", "deduct", 5, "每低1个百分点扣5分", per="个百分点"),
             rule("人才培养/学生发展/学科竞赛", "award", 40, "获国家级一等奖每项得40分", per="项"),
             rule("人才培养/学生发展/学科竞赛", "award", 20, "二等奖每项得20分", per="项"),
             rule("人才培养/学生发展/学科竞赛", "cap", 80, "累计最多得80分"),
             rule("科学研究/科研项目/国家级项目", "award", 40, "每立项1项得40分", per="项"),
             rule("科学研究/科研项目/国家级项目", "cap", 120, "最多得120分"),
             rule("科学研究/科研项目/国家级项目", "bonus", 10, "超出部分每项加10分", per="项"),
             rule("科学研究/科研项目/省部级项目", "award", 10, "每立项1项得10分", per="项"),
             rule("科学研究/科研项目/省部级项目", "cap", 80, "最多得80分"),
             rule("科学研究/科研成果/高水平论文", "award", 15, "一类期刊论文每篇得15分", per="篇"),
             rule("科学研究/科研成果/高水平论文", "award", 5, "二类期刊论文每篇得5分", per="篇"),
             rule("科学研究/科研成果/高水平论文", "cap", 60, "累计不超过60分"),
             rule("科学研究/科研成果/成果转化", "award", 4, "横向到账经费每10万元得4分", per="10万元"),
             rule("党建与管理/党的建设/基层党组织建设", "deduct", 5, "未完成年度党建工作任务清单的，每项扣5分", per="项"),
             rule("党建与管理/党的建设/意识形态工作", "award", 0, "发生意识形态领域重大事件的，本项不得分"),
             rule("党建与管理/内部管理/安全稳定", "deduct", 20, "发生安全责任事故的，每起扣20分", per="起"),
             rule("党建与管理/内部管理/安全稳定", "cap", None, "扣完为止"),
             rule("党建与管理/内部管理/财务与资产", "deduct", 4, "审计发现问题未按期整改的，每项扣4分", per="项"),
             rule("特色发展/年度标志性成果", "award", 100, "获得国家级标志性成果每项得100分", per="项"),
             rule("特色发展/年度标志性成果", "award", 50, "省级每项得50分", per="项"),
             rule("特色发展/年度标志性成果", "cap", 200, "最多得200分"),
             rule(None, "grade", None, "得分900分及以上为A等", label="A等", at_least=900),
             rule(None, "grade", None, "750分及以上、900分以下为B等", label="B等", at_least=750, below=900),
             rule(None, "grade", None, "750分以下为C等", label="C等", below=750),
             rule(None, "grade", None, "A等比例不超过参评学院的40%", label="A等", quota=40)],
         "notes": [
             "Three levels: 一级 and 二级 cells merged vertically, points in their names; 特色发展 has one indicator "
             "whose 二级/三级 cells are merged across (年度标志性成果), so it is a child of 特色发展 directly.",
             "Scale 1000 (千分制，总分1000分; 合计 1000). assessor = 责任部门 on the leaves.",
             "国家级项目: 超出部分每项加10分 takes the score beyond the item's 120, so bonus (README).",
             "Grade A stated twice, in two sentences: its threshold (900分及以上) and its quota (不超过40%) are two "
             "grade rules (judgement: one rule per statement).",
             "成果转化 per 10万元 keeps its count (README: only a count of 1 is dropped).",
             "Labels as printed, 等 included (为A等 → A等, as the README's 一等)."]},
    ]}

# ------------------------------------------------------------------------------------------ u04
U04 = {
    "source": "u04-chengnan-zhongxue-jiaoshi-kaohe-xize.docx",
    "document": {"title": "城南中学教师年度考核细则（2023—2024学年）", "org": "城南中学", "year": 2023, "scale": 100},
    "schemes": [
        {"name": "城南中学教师年度考核细则",
         "items": [
             item("师德师风", 20), item("师德师风/依法执教", 8), item("师德师风/廉洁从教", 6),
             item("师德师风/团结协作", 6),
             item("教育教学", 40), item("教育教学/教学常规", 15), item("教育教学/听课评课", 5),
             item("教育教学/教学质量", 20),
             item("班级管理", 15), item("班级管理/班主任工作", 10), item("班级管理/安全教育", 5),
             item("出勤", 15),
             item("教研与专业发展", 10), item("教研与专业发展/课题研究", 4),
             item("教研与专业发展/论文获奖", 3), item("教研与专业发展/继续教育", 3)],
         "rules": [
             rule("师德师风/依法执教", "deduct", 4, "有体罚或变相体罚学生行为的，每次扣4分", per="次"),
             rule("师德师风/廉洁从教", "award", 0, "查实有偿补课的，本项不得分"),
             rule("师德师风/团结协作", "deduct", 2, "无故拒绝学校安排工作的，每次扣2分", per="次"),
             rule("教育教学/教学常规", "deduct", 0.5, "教案缺1课时扣0.5分", per="课时"),
             rule("教育教学/教学常规", "deduct", 0.5, "作业批改不及时每次扣0.5分", per="次"),
             rule("教育教学/听课评课", "deduct", 0.5, "每少1节扣0.5分", per="节"),
             rule("教育教学/教学质量", "award", 20, "平均分不低于区平均分得20分"),
             rule("教育教学/教学质量", "deduct", 1, "每低1分扣1分", per="分"),
             rule("教育教学/教学质量", "cap", None, "扣完为止"),
             rule("班级管理/班主任工作", "award", 10, "担任班主任的得10分"),
             rule("班级管理/班主任工作", "award", 6, "担任副班主任的得6分"),
             rule("班级管理/安全教育", "deduct", 5, "发生学生安全责任事故的，每起扣5分", per="起"),
             rule("出勤", "deduct", 0.2, "病假每天扣0.2分", per="天"),
             rule("出勤", "deduct", 0.5, "事假每天扣0.5分", per="天"),
             rule("出勤", "deduct", 3, "旷工每天扣3分", per="天"),
             rule("出勤", "deduct", 0.1, "迟到、早退每次扣0.1分", per="次"),
             rule("教研与专业发展/论文获奖", "award", 1, "每篇得1分", per="篇"),
             rule("教研与专业发展/继续教育", "award", 0, "未完成的不得分"),
             rule(None, "bonus", 3, "获得市级及以上优秀教师称号的加3分"),
             rule(None, "bonus", 1, "区级的加1分"),
             rule(None, "cap", 5, "加分累计不超过5分"),
             rule(None, "grade", None, "考核总分90分及以上为优秀", label="优秀", at_least=90),
             rule(None, "grade", None, "75分及以上、90分以下为合格", label="合格", at_least=75, below=90),
             rule(None, "grade", None, "75分以下为不合格", label="不合格", below=75),
             rule(None, "grade", None, "优秀人数不超过教师总数的20%", label="优秀", quota=20)],
         "notes": [
             "One cell holds several numbered criteria, each with a short title before ：and its own points in "
             "parentheses (1．依法执教：…（8分）): each is a sub-item named by its title, points as printed, and the "
             "sentences after it are its rules (judgement, as shared/gold 003 makes separately pointed tasks sub-items). "
             "The （N分） is the sub-item's points, not also an award.",
             "出勤 has no numbered criteria: its four amounts are its own rules (迟到、早退 is one list, one rule).",
             "课题研究 states points and no rule.",
             "备注 row: bonus/cap/grades of the whole scheme (item null). 优秀 has a threshold and, in its own clause, "
             "a quota: two grade rules.",
             "Year 2023 from the date under the table (2023年9月1日), not the 学年 in the title."]},
    ]}

# ------------------------------------------------------------------------------------------ u05
U05 = {
    "source": "u05-hengda-huagong-anquan-zerenzhi-kaohebiao.docx",
    "document": {"title": "恒达化工有限公司车间安全生产责任制考核表", "org": "恒达化工有限公司", "year": None, "scale": 100},
    "schemes": [
        {"name": "恒达化工有限公司车间安全生产责任制考核表",
         "items": [
             item("安全责任制", 10), item("安全教育培训", 15), item("隐患排查治理", 20), item("特殊作业管理", 20),
             item("劳动防护用品", 10), item("消防设施", 10), item("应急管理", 15)],
         "rules": [
             rule("安全责任制", "deduct", 5, "未签订责任书的扣5分"),
             rule("安全责任制", "deduct", 1, "每缺一个岗位扣1分", per="个岗位"),
             rule("安全责任制", "cap", None, "扣完为止"),
             rule("安全教育培训", "deduct", 3, "未经三级安全教育上岗的每人扣3分", per="人"),
             rule("安全教育培训", "deduct", 1, "班组安全活动每缺一次扣1分", per="次"),
             rule("隐患排查治理", "deduct", 1, "每发现一处隐患未整改扣1分", per="处"),
             rule("隐患排查治理", "cap", None, "扣完为止"),
             rule("隐患排查治理", "deduct", 5, "未建立隐患台账扣5分"),
             rule("特殊作业管理", "deduct", 5, "无票作业每次扣5分", per="次"),
             rule("特殊作业管理", "deduct", 0.5, "票证填写不规范每张扣0.5分", per="张"),
             rule("劳动防护用品", "deduct", 0.5, "发现未正确佩戴的每人次扣0.5分", per="人次"),
             rule("消防设施", "deduct", 1, "每发现一处消防器材失效扣1分", per="处"),
             rule("消防设施", "deduct", 2, "消防通道堵塞扣2分"),
             rule("应急管理", "deduct", 5, "未编制现场处置方案扣5分"),
             rule("应急管理", "deduct", 3, "少演练一次扣3分", per="次"),
             rule(None, "veto", None, "实行一票否决")],
         "notes": [
             "Items: the 考核项目 column, points = 标准分; 考核内容 describes the item and is not a method; 扣分/得分 are "
             "blank form columns; 序号 is numbering. The 合计 row (100) gives the scale; year null (the form prints no "
             "date; 版本 A/1 is no year).",
             "备注 row: 一票否决 for the whole form (item null)."]},
    ]}

# ------------------------------------------------------------------------------------------ u06
U06 = {
    "source": "u06-gangwan-wuye-baoan-fuwu-zhiliang-kaohebiao.docx",
    "document": {"title": "港灣物業管理有限公司保安服務質量考核表", "org": "港灣物業管理有限公司", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "港灣物業管理有限公司保安服務質量考核表",
         "items": [
             item("崗位紀律", 25), item("儀容儀表", 10), item("巡邏檢查", 20), item("車輛管理", 15),
             item("消防安全", 20), item("服務態度", 10)],
         "rules": [
             rule("崗位紀律", "deduct", 1, "遲到、早退每次扣1分", per="次"),
             rule("崗位紀律", "deduct", 5, "脫崗、睡崗每次扣5分", per="次"),
             rule("儀容儀表", "deduct", 0.5, "未按規定着裝每人次扣0.5分", per="人次"),
             rule("巡邏檢查", "deduct", 2, "漏巡一次扣2分", per="次"),
             rule("巡邏檢查", "deduct", 1, "巡邏記錄不全每次扣1分", per="次"),
             rule("車輛管理", "deduct", 1, "未登記外來車輛每輛扣1分", per="輛"),
             rule("車輛管理", "cap", None, "扣完為止"),
             rule("消防安全", "deduct", 5, "消防設施未建立檢查台賬扣5分"),
             rule("消防安全", "award", 0, "發生火災事故本項不得分"),
             rule("服務態度", "deduct", 2, "業主有效投訴每宗扣2分", per="宗"),
             rule(None, "grade", None, "90分以上為優秀", label="優秀", at_least=90),
             rule(None, "grade", None, "80分至89分為良好", label="良好", at_least=80, below=90),
             rule(None, "grade", None, "70分至79分為合格", label="合格", at_least=70, below=80),
             rule(None, "grade", None, "70分以下為不合格", label="不合格", below=70)],
         "notes": [
             "Traditional characters throughout (考核項目/分值/評分標準/實得分); names, labels and per kept as printed "
             "(車輛 → 輛, 宗).",
             "Year 2024 from 二〇二四年三月 (Chinese numerals). Grades: 90分以上 → at_least 90 (README); the bands "
             "80分至89分 and 70分至79分 are closed at the next grade's bound (below 90, below 80); 70分以下 → below 70.",
             "考核內容 describes the item (not a method); 實得分 is a blank form column."]},
    ]}

# ------------------------------------------------------------------------------------------ u07
U07 = {
    "source": "u07-hexi-jiedao-shequ-gongzuo-kaohe-xize.docx",
    "document": {"title": "河西街道办事处关于印发2024年度社区工作考核细则的通知", "org": "河西街道办事处", "year": 2024,
                 "scale": 100},
    "schemes": [
        {"name": "社区工作考核评分表",
         "items": [
             item("党建引领", 20, assessor="党建办"), item("网格化管理", 20, assessor="综治中心"),
             item("民生服务", 25, assessor="民生保障办"), item("环境卫生", 20, assessor="城管科"),
             item("农村集体“三资”管理", 15, assessor="农经站")],
         "rules": [
             rule("党建引领", "deduct", 10, "社区党组织未按期换届的扣10分"),
             rule("党建引领", "deduct", 1, "“三会一课”每缺一次扣1分", per="次"),
             rule("网格化管理", "deduct", 2, "网格员配备不足的，每缺1人扣2分", per="人"),
             rule("网格化管理", "deduct", 0.5, "网格事件处置超时的，每件扣0.5分", per="件"),
             rule("民生服务", "deduct", 1, "每低1个百分点扣1分", per="个百分点"),
             rule("环境卫生", "deduct", 0.5, "每发现一处卫生死角扣0.5分", per="处"),
             rule("环境卫生", "cap", None, "扣完为止"),
             rule("农村集体“三资”管理", "deduct", 3, "集体账目未按季度公开的，每次扣3分", per="次"),
             rule(None, "grade", None, "考核得分95分及以上的社区评为“先进社区”，数量不超过社区总数的25%",
                  label="先进社区", at_least=95, quota=25)],
         "notes": [
             "附件1. assessor = 牵头科室 (the notice: 由街道各牵头科室按附件1进行评分). 被考核单位 (全部社区/城区社区/"
             "涉农社区) says which units a row applies to: not an item, not a field.",
             "The 先进社区 sentence (notice 三) is one statement with a threshold and a quota: one grade rule. It governs "
             "the annual score, i.e. this scheme; not repeated in the 负面清单 scheme.",
             "The 合计 row is not an item."]},
        {"name": "社区工作负面清单扣分表",
         "items": [
             item("发生安全生产责任事故"), item("被市级以上媒体曝光负面问题"), item("重复信访案件未化解"),
             item("未按时报送统计报表")],
         "rules": [
             rule("发生安全生产责任事故", "deduct", 10, "每起扣10分", per="起"),
             rule("被市级以上媒体曝光负面问题", "deduct", 5, "每次扣5分", per="次"),
             rule("重复信访案件未化解", "deduct", 2, "每件扣2分", per="件"),
             rule("未按时报送统计报表", "deduct", 0.5, "每次扣0.5分", per="次"),
             rule(None, "cap", 20, "累计扣分不超过20分")],
         "notes": [
             "附件2, a deduction-only list (as the 负面清单 of shared/gold zhonghua): items are the 扣分事项 rows with "
             "points null, one deduct each from the 扣分标准 cell. The 说明 under it caps the total deduction at 20 "
             "(item null); 从…总分中直接扣减 says where the points go, not a rule of its own."]},
    ]}

# ------------------------------------------------------------------------------------------ u08
U08 = {
    "source": "u08-xinyuan-jituan-jixiao-kaohe.xlsx",
    "document": {"title": "鑫源集团中层管理人员年度绩效考核表", "org": "鑫源集团", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "鑫源集团中层管理人员年度绩效考核表",
         "items": [
             item("KPI指标", 70), item("KPI指标/部门预算执行率", 15), item("KPI指标/重点任务完成率", 25),
             item("KPI指标/客户满意度", 15), item("KPI指标/安全与合规", 15),
             item("能力素质", 30), item("能力素质/团队管理", 10), item("能力素质/沟通协作", 10),
             item("能力素质/学习创新", 10)],
         "rules": [
             rule("KPI指标/部门预算执行率", "deduct", 1, "每低1个百分点扣1分", per="个百分点"),
             rule("KPI指标/部门预算执行率", "award", 0, "低于80%不得分"),
             rule("KPI指标/重点任务完成率", "deduct", 5, "每项未完成扣5分", per="项"),
             rule("KPI指标/客户满意度", "deduct", 0.5, "每低1分扣0.5分", per="分"),
             rule("KPI指标/安全与合规", "deduct", 10, "发生一般事故扣10分"),
             rule("KPI指标/安全与合规", "deduct", 3, "违规被处罚的每次扣3分", per="次"),
             rule("能力素质/团队管理", "award", 10, "优秀得10分"),
             rule("能力素质/团队管理", "award", 8, "良好得8分"),
             rule("能力素质/团队管理", "award", 5, "一般得5分"),
             rule("能力素质/沟通协作", "deduct", 2, "跨部门协作被投诉的，每次扣2分", per="次"),
             rule("能力素质/学习创新", "award", 2, "提出合理化建议被采纳的，每条得2分", per="条"),
             rule("能力素质/学习创新", "cap", 10, "最多得10分"),
             rule(None, "grade", None, "90分以上为A", label="A", at_least=90),
             rule(None, "grade", None, "75-89分为B", label="B", at_least=75, below=90),
             rule(None, "grade", None, "60-74分为C", label="C", at_least=60, below=75),
             rule(None, "grade", None, "60分以下为D", label="D", below=60)],
         "notes": [
             "Sheet 中层管理人员: merged title row, a form-field row, the table, a 说明 line with grades and a "
             "signature line. 目标值 is a target, not a rule; 自评/上级评分 are blank form columns.",
             "团队管理's 优秀/良好/一般 are levels of the item's own score (awards 10/8/5), not grades of the result."]},
        {"name": "鑫源集团一线员工月度考核表",
         "items": [
             item("产量完成", weight=40), item("产品质量", weight=30), item("劳动纪律", weight=20),
             item("5S管理", weight=10)],
         "rules": [
             rule("产量完成", "award", None, "完成计划产量得满分"),
             rule("产量完成", "deduct", 1, "每少完成1%扣1分", per="%"),
             rule("产品质量", "deduct", 2, "出现不合格品每件扣2分", per="件"),
             rule("产品质量", "award", 0, "发生批量质量事故本项不得分"),
             rule("劳动纪律", "deduct", 1, "迟到、早退每次扣1分", per="次"),
             rule("劳动纪律", "deduct", 5, "旷工一天扣5分", per="天"),
             rule("5S管理", "deduct", 1, "现场检查不合格每次扣1分", per="次"),
             rule("5S管理", "cap", None, "扣完为止")],
         "notes": [
             "Sheet 一线员工: weights only (40%/30%/20%/10%, 合计 100%), points null. The 备注 (连续两次排名末位…调岗) "
             "is a consequence, not a rule.",
             "每少完成1%: per '%' (the count of 1 dropped, as 每1个百分点 → 个百分点)."]},
    ]}

# ------------------------------------------------------------------------------------------ u09
U09 = {
    "source": "u09-linjiang-jiceng-yiliao-jigou-jixiao-kaohe-xize.html",
    "document": {"title": "临江市基层医疗卫生机构绩效考核细则（2024年）", "org": "临江市卫生健康委员会", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "临江市基层医疗卫生机构绩效考核细则",
         "items": [
             item("基本公共卫生服务", 40),
             item("基本公共卫生服务/居民健康档案", 10, method="现场抽查"),
             item("基本公共卫生服务/慢性病患者管理", 15, method="系统核查"),
             item("基本公共卫生服务/预防接种", 15, method="现场抽查"),
             item("医疗服务", 35),
             item("医疗服务/门诊服务", 15, method="资料查阅"),
             item("医疗服务/分级诊疗", 10, method="系统核查"),
             item("医疗服务/家庭医生签约", 10, method="系统核查"),
             item("综合管理", 25),
             item("综合管理/财务管理", 15, method="资料查阅"),
             item("综合管理/信息报送", 10, method="系统核查"),
             item("加分项", None, method="资料查阅")],
         "rules": [
             rule("基本公共卫生服务/居民健康档案", "deduct", 0.5, "每低1个百分点扣0.5分", per="个百分点"),
             rule("基本公共卫生服务/居民健康档案", "deduct", 0.2, "档案信息不真实的，每份扣0.2分", per="份"),
             rule("基本公共卫生服务/慢性病患者管理", "deduct", 1, "规范管理率每低于目标1个百分点扣1分", per="个百分点"),
             rule("基本公共卫生服务/预防接种", "award", 0, "发生疫苗管理责任事故的，本项不得分"),
             rule("基本公共卫生服务/预防接种", "deduct", 0.1, "接种信息录入不及时的，每例扣0.1分", per="例"),
             rule("医疗服务/门诊服务", "deduct", 3, "处方合格率低于95%的扣3分"),
             rule("医疗服务/门诊服务", "deduct", 2, "抗菌药物使用率超标的扣2分"),
             rule("医疗服务/分级诊疗", "deduct", 1, "上转患者未按规定办理转诊手续的，每例扣1分", per="例"),
             rule("医疗服务/家庭医生签约", "award", 10, "签约率达到40%得10分"),
             rule("医疗服务/家庭医生签约", "deduct", 0.5, "每低1个百分点扣0.5分", per="个百分点"),
             rule("综合管理/财务管理", "deduct", 3, "发现违规收费的，每项扣3分", per="项"),
             rule("综合管理/财务管理", "cap", None, "扣完为止"),
             rule("综合管理/信息报送", "deduct", 1, "统计报表迟报、漏报的，每次扣1分", per="次"),
             rule("加分项", "cap", 5, "不超过5分"),
             rule("加分项", "bonus", 3, "获得省级及以上表彰的加3分"),
             rule("加分项", "bonus", 2, "承担上级试点任务并通过验收的加2分"),
             rule(None, "grade", None, "优秀（90分及以上）", label="优秀", at_least=90),
             rule(None, "grade", None, "合格（60—89分）", label="合格", at_least=60, below=90),
             rule(None, "grade", None, "不合格（60分以下）", label="不合格", below=60),
             rule(None, "veto", None, "实行一票否决")],
         "notes": [
             "A web page: navigation, publication line and footer are page chrome. 一级指标 cells use rowspan; the "
             "加分项 row spans 一级/二级 (colspan 2) and has no points: an item of the scheme with points null, its "
             "（不超过5分） a cap of 5 and its two 加 amounts bonuses (beyond the 100).",
             "method = 考核方法. Grades from 注1 (合格 60—89 closed at 90); 注2 is a veto (its 直接定为不合格 is the "
             "veto's effect, not a grade threshold). 合计 is not an item."]},
    ]}

ALL = [U01, U02, U03, U04, U05, U06, U07, U08, U09]


def source_text(path: Path) -> str:
    """The document's own text: DOCX paragraphs and cell paragraphs, XLSX cells, HTML without tags."""
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.extend(cell.text for cell in row.cells)
        return "\n".join(parts)
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook
        book = load_workbook(str(path))
        return "\n".join(str(c.value) for ws in book for row in ws.iter_rows() for c in row if c.value is not None)
    return html.unescape(re.sub(r"<[^>]+>", "", path.read_text(encoding="utf-8")))


def write_all(golds: list[dict], here: Path, gold_dir: Path) -> int:
    """Check each gold against its source (every rule's text in it, every rule's item and every
    item's parent among the items, no path twice) and write it; 1 when any check failed.
    Shared by the held-out sets' write_gold*.py."""
    gold_dir.mkdir(exist_ok=True)
    bad = 0
    for gold in golds:
        src = here / gold["source"]
        text = source_text(src)
        for scheme in gold["schemes"]:
            names = {tuple(i["path"]) for i in scheme["items"]}
            if len(names) != len(scheme["items"]):
                print(f"{src.name}: duplicate item path in {scheme['name']}")
                bad += 1
            for r in scheme["rules"]:
                if r["text"] not in text:
                    print(f"{src.name}: text not in source: {r['text']}")
                    bad += 1
                if r["item"] is not None and tuple(r["item"]) not in names:
                    print(f"{src.name}: rule on unknown item {r['item']}")
                    bad += 1
            for i in scheme["items"]:
                if len(i["path"]) > 1 and tuple(i["path"][:-1]) not in names:
                    print(f"{src.name}: item without parent {i['path']}")
                    bad += 1
            scheme.setdefault("rules_complete", True)
        out = dict(gold)
        out["text_basis"] = "paragraph and cell text as python-docx / openpyxl return it; HTML text without tags"
        (gold_dir / f"{Path(gold['source']).stem}.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(golds)} gold files, {bad} problems")
    return 1 if bad else 0


def main() -> int:
    return write_all(ALL, HERE, GOLD)


if __name__ == "__main__":
    raise SystemExit(main())
