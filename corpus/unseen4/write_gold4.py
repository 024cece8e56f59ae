"""The gold of the fourth held-out set, written by hand and saved as gold/<stem>.json.

    .venv/bin/python corpus/unseen4/write_gold4.py

Every item and rule was read off the documents make_unseen4.py writes, never off an extractor's output.
As ../unseen/write_gold.py (whose helpers it uses): each rule's `text` must be an exact substring of the
document's own text, each rule's item must exist, each item's parent must exist. Format and conventions:
../../../shared/gold/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent / "unseen"))

from write_gold import item, rule, write_all  # noqa: E402

# ------------------------------------------------------------------------------------------ x01
A, B, C, D = "经济发展", "乡村振兴", "社会治理", "党的建设"
X01 = {
    "source": "x01-songlin-xian-xiangzhen-niandu-mubiao-kaohe-banfa.docx",
    "document": {"title": "松林县2024年度乡镇目标管理考核办法", "org": "松林县人民政府办公室", "year": 2024,
                 "scale": 100},
    "schemes": [
        {"name": "松林县2024年度乡镇目标管理考核评分表",
         "items": [
             item(A, 30), item(f"{A}/财政税收", 12, assessor="县财政局"),
             item(f"{A}/项目建设", 10, assessor="县发展改革局"), item(f"{A}/招商引资", 8, assessor="县投资促进中心"),
             item(B, 25), item(f"{B}/粮食生产", 10, assessor="县农业农村局"),
             item(f"{B}/人居环境", 8, assessor="县乡村振兴局"), item(f"{B}/集体经济", 7, assessor="县农业农村局"),
             item(C, 25), item(f"{C}/安全生产", 10, assessor="县应急管理局"),
             item(f"{C}/信访维稳", 8, assessor="县信访局"), item(f"{C}/生态环保", 7, assessor="市生态环境局松林分局"),
             item(D, 20), item(f"{D}/基层组织", 12, assessor="县委组织部"),
             item(f"{D}/党风廉政", 8, assessor="县纪委监委")],
         "rules": [
             rule(f"{A}/财政税收", "award", 12, "完成县下达的一般公共预算收入任务的，得12分"),
             rule(f"{A}/财政税收", "deduct", 0.5, "未完成任务的，每低1个百分点扣0.5分", per="个百分点"),
             rule(f"{A}/财政税收", "cap", None, "扣完为止"),
             rule(f"{A}/项目建设", "award", 2, "新开工县级重点项目的，每个得2分", per="个"),
             rule(f"{A}/项目建设", "cap", 10, "最多得10分"),
             rule(f"{A}/招商引资", "deduct", 1, "引进市外到位资金每少于目标500万元扣1分", per="500万元"),
             rule(f"{A}/招商引资", "deduct", 2, "已签约项目当年未落地的，每个扣2分", per="个"),
             rule(f"{B}/粮食生产", "deduct", 4, "粮食播种面积未达到县下达任务的，扣4分"),
             rule(f"{B}/粮食生产", "deduct", 3, "发生耕地“非农化”问题被上级通报的，每宗扣3分", per="宗"),
             rule(f"{B}/人居环境", "award", 2, "县季度人居环境考评排名前三位的，每次得2分", per="次"),
             rule(f"{B}/人居环境", "deduct", 2, "排名后三位的，每次扣2分", per="次"),
             rule(f"{B}/集体经济", "award", 7, "集体经营性收入超过20万元的村占比达到50%以上的得7分"),
             rule(f"{B}/集体经济", "award", 4, "达到30%至50%的得4分"),
             rule(f"{B}/集体经济", "award", 0, "低于30%的不得分"),
             rule(f"{C}/安全生产", "deduct", 3, "发生一般生产安全事故的，每起扣3分", per="起"),
             rule(f"{C}/安全生产", "deduct", 1, "隐患排查整改台账不健全的，酌情扣1至2分", amax=2),
             rule(f"{C}/信访维稳", "deduct", 2, "发生到省进京越级上访的，每批次扣2分", per="批次"),
             rule(f"{C}/生态环保", "deduct", 1, "环保督察交办件逾期未办结的，每件扣1分", per="件"),
             rule(f"{C}/生态环保", "award", 0, "乡镇主要负责人因环保问题被约谈的，本项不得分"),
             rule(f"{D}/基层组织", "deduct", 2, "未按期完成软弱涣散村党组织整顿的，每个扣2分", per="个"),
             rule(f"{D}/基层组织", "deduct", 0.5, "“三会一课”制度落实抽查不合格的，每个村扣0.5分", per="个村"),
             rule(f"{D}/党风廉政", "deduct", 4, "乡镇领导班子成员被立案审查的，每人扣4分", per="人"),
             rule(None, "bonus", 3, "获得国家级表彰的，每项加3分", per="项"),
             rule(None, "bonus", 2, "获得省级表彰的，每项加2分", per="项"),
             rule(None, "bonus", 1, "工作经验被省级以上推广的，加1分"),
             rule(None, "cap", 5, "加分总计不超过5分"),
             rule(None, "veto", None, "年度考核实行一票否决"),
             rule(None, "grade", None, "考核得分90分及以上的为优秀", label="优秀", at_least=90),
             rule(None, "grade", None, "80分（含）至90分的为良好", label="良好", at_least=80, below=90),
             rule(None, "grade", None, "60分（含）至80分的为合格", label="合格", at_least=60, below=80),
             rule(None, "grade", None, "60分以下的为不合格", label="不合格", below=60),
             rule(None, "grade", None, "优秀名额按参评乡镇总数的20%确定", label="优秀", quota=20)],
         "notes": [
             "One scheme: 第四条 lists the items as 一、（N分）/（一）（N分） with 1．2． scoring sentences, and the 附件 table "
             "restates the same two levels with the same points and adds 牵头考核单位 (assessor). Named after the 附件 "
             "title; the 办法's title would do as well.",
             "第五条 (bonus, cap), 第六条 (veto, stated once for two cases: one rule) and 第七条 (grades, quota) are "
             "scheme-wide. The list 优秀、良好、合格、不合格四个等次 before the thresholds is not a rule of its own.",
             "人居环境: 每次得2分 within the item's 8 points is an award; 每次扣2分 a deduction.",
             "org: the 办公室 that issues the notice (as u01); the 办法 itself names no other issuer."]},
    ]}

# ------------------------------------------------------------------------------------------ x02
Q, S, M = "医疗质量", "医疗安全", "服务管理"
X02 = {
    "source": "x02-hexi-renmin-yiyuan-keshi-yuedu-zhiliang-kaohe.xlsx",
    "document": {"title": "河西区人民医院临床科室医疗质量月度考核表", "org": "河西区人民医院", "year": 2024,
                 "scale": 100},
    "schemes": [
        {"name": "河西区人民医院临床科室医疗质量月度考核表",
         "items": [
             item(Q, 50), item(f"{Q}/病历质量"), item(f"{Q}/病历质量/运行病历", 8), item(f"{Q}/病历质量/终末病历", 10),
             item(f"{Q}/核心制度"), item(f"{Q}/核心制度/三级查房", 8), item(f"{Q}/核心制度/会诊制度", 6),
             item(f"{Q}/核心制度/交接班", 6), item(f"{Q}/合理用药"), item(f"{Q}/合理用药/抗菌药物使用", 12),
             item(S, 30), item(f"{S}/不良事件"), item(f"{S}/不良事件/不良事件上报", 10),
             item(f"{S}/院感防控"), item(f"{S}/院感防控/手卫生", 8), item(f"{S}/院感防控/医疗废物", 6),
             item(f"{S}/患者安全"), item(f"{S}/患者安全/身份识别", 6),
             item(M, 20), item(f"{M}/患者服务"), item(f"{M}/患者服务/患者满意度", 10), item(f"{M}/患者服务/投诉管理", 5),
             item(f"{M}/劳动纪律"), item(f"{M}/劳动纪律/在岗履职", 5)],
         "rules": [
             rule(f"{Q}/病历质量/运行病历", "deduct", 1, "首次病程记录未在8小时内完成的，每份扣1分", per="份"),
             rule(f"{Q}/病历质量/运行病历", "deduct", 0.5, "上级医师查房记录缺失的，每份扣0.5分", per="份"),
             rule(f"{Q}/病历质量/终末病历", "deduct", 2, "出现乙级病历每份扣2分", per="份"),
             rule(f"{Q}/病历质量/终末病历", "deduct", 5, "出现丙级病历每份扣5分", per="份"),
             rule(f"{Q}/病历质量/终末病历", "deduct", 0.5, "病历归档超过7天的，每份扣0.5分", per="份"),
             rule(f"{Q}/核心制度/三级查房", "deduct", 1, "未按规定落实三级查房的，每例扣1分", per="例"),
             rule(f"{Q}/核心制度/会诊制度", "deduct", 2, "急会诊10分钟内未到位的，每次扣2分", per="次"),
             rule(f"{Q}/核心制度/会诊制度", "deduct", 0.5, "会诊记录不规范的，每份扣0.5分", per="份"),
             rule(f"{Q}/核心制度/交接班", "deduct", 0.5, "交接班记录缺项的，每次扣0.5分", per="次"),
             rule(f"{Q}/核心制度/交接班", "cap", None, "扣完为止"),
             rule(f"{Q}/合理用药/抗菌药物使用", "deduct", 4, "抗菌药物使用强度超过目标值的扣4分"),
             rule(f"{Q}/合理用药/抗菌药物使用", "deduct", 1, "无指征使用抗菌药物的，每例扣1分", per="例"),
             rule(f"{S}/不良事件/不良事件上报", "deduct", 2, "应报未报不良事件的，每例扣2分", per="例"),
             rule(f"{S}/不良事件/不良事件上报", "award", 0, "瞒报的，本项不得分"),
             rule(f"{S}/院感防控/手卫生", "deduct", 3, "手卫生依从性抽查低于90%的扣3分"),
             rule(f"{S}/院感防控/手卫生", "deduct", 6, "低于80%的扣6分"),
             rule(f"{S}/院感防控/医疗废物", "deduct", 1, "医疗废物分类收集不规范的，每处扣1分", per="处"),
             rule(f"{S}/患者安全/身份识别", "deduct", 2, "给药、输血未执行双人核对的，每例扣2分", per="例"),
             rule(f"{M}/患者服务/患者满意度", "deduct", 1, "患者满意度每低于95%一个百分点扣1分", per="个百分点"),
             rule(f"{M}/患者服务/投诉管理", "deduct", 2.5, "有效投诉每例扣2.5分", per="例"),
             rule(f"{M}/劳动纪律/在岗履职", "deduct", 1, "脱岗、串岗的，每人次扣1分", per="人次"),
             rule(f"{M}/劳动纪律/在岗履职", "deduct", 0.5, "上班期间做与工作无关事情的，每人次扣0.5分", per="人次"),
             rule(None, "grade", None, "月度得分95分及以上为A级科室", label="A级", at_least=95),
             rule(None, "grade", None, "85分（含）至95分为B级科室", label="B级", at_least=85, below=95),
             rule(None, "grade", None, "85分以下为C级科室", label="C级", below=85),
             rule(None, "veto", None, "月度考核直接评为C级")],
         "notes": [
             "Three levels: 一级指标 cells merged vertically with their points in the name (医疗质量（50分）); 二级指标 "
             "merged cells without points; 考核要点 leaves with 标准分. 得分 is a blank column.",
             "扣分标准 cells hold two or three deductions each, one rule per amount; 低于90%扣3分，低于80%扣6分 are two "
             "deductions (alternative amounts by condition).",
             "说明 rows below the table: 2 gives A/B/C bands (labels without the noun 科室, as w03), 3 a direct grade "
             "(直接评为C级) read as a veto, as w04/w05. 说明 1 states no amount.",
             "year 2024 from the form row (考核月份：2024年____月)."]},
    ]}

# ------------------------------------------------------------------------------------------ x03
E1, E2, E3, E4 = "师德师风", "教学工作", "教育工作", "教研与出勤"
X03 = {
    "source": "x03-qingxi-shiyan-zhongxue-jiaoshi-jixiao-kaohe.docx",
    "document": {"title": "清溪县实验中学教师绩效考核实施方案", "org": "清溪县实验中学", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "教师绩效考核评价表",
         "items": [
             item(E1, weight=20), item(f"{E1}/政治素养与职业道德", weight=10), item(f"{E1}/关爱学生", weight=10),
             item(E2, weight=45), item(f"{E2}/备课与上课", weight=15), item(f"{E2}/作业与辅导", weight=10),
             item(f"{E2}/教学质量", weight=20),
             item(E3, weight=20), item(f"{E3}/班级管理与育人", weight=12), item(f"{E3}/家校沟通", weight=8),
             item(E4, weight=15), item(f"{E4}/教研活动", weight=8), item(f"{E4}/出勤", weight=7)],
         "rules": [
             rule(f"{E1}/政治素养与职业道德", "deduct", 1, "参加政治学习每缺一次扣1分", per="次"),
             rule(f"{E1}/政治素养与职业道德", "deduct", 5, "违反教师职业道德规范受到学校通报的扣5分"),
             rule(f"{E1}/关爱学生", "award", 0, "体罚或变相体罚学生的，本项不得分"),
             rule(f"{E1}/关爱学生", "deduct", 2, "被家长有效投诉的，每次扣2分", per="次"),
             rule(f"{E2}/备课与上课", "deduct", 2, "教案检查不合格的，每次扣2分", per="次"),
             rule(f"{E2}/备课与上课", "deduct", 1, "无故迟到、拖堂的，每次扣1分", per="次"),
             rule(f"{E2}/作业与辅导", "deduct", 1, "作业批改抽查每发现一次未批改扣1分", per="次"),
             rule(f"{E2}/教学质量", "award", 20, "所教学科期末统考平均分位于同类班级第一名的得20分"),
             rule(f"{E2}/教学质量", "award", 16, "第二名的得16分"),
             rule(f"{E2}/教学质量", "award", 12, "第三名及以后的得12分"),
             rule(f"{E3}/班级管理与育人", "award", 12, "所带班级获评校级优秀班集体得12分"),
             rule(f"{E3}/班级管理与育人", "award", 6, "按参与德育活动情况计6至10分", amax=10),
             rule(f"{E3}/家校沟通", "deduct", 1, "每少1户扣1分", per="户"),
             rule(f"{E4}/教研活动", "award", 4, "每学期承担公开课1节以上的得4分"),
             rule(f"{E4}/教研活动", "award", 2, "在县级以上刊物发表教研论文的，每篇得2分", per="篇"),
             rule(f"{E4}/教研活动", "cap", 8, "本项最多得8分"),
             rule(f"{E4}/出勤", "deduct", 0.5, "事假每天扣0.5分", per="天"),
             rule(f"{E4}/出勤", "deduct", 0.2, "病假每天扣0.2分", per="天"),
             rule(f"{E4}/出勤", "deduct", 7, "旷工1天扣7分", per="天"),
             rule(None, "bonus", 1, "指导学生参加学科竞赛获市级以上奖项的，每项加1分", per="项"),
             rule(None, "cap", 3, "加分不超过3分"),
             rule(None, "grade", None, "考核总分90分以上（含90分）为优秀", label="优秀", at_least=90),
             rule(None, "grade", None, "75分（含）—89分为合格", label="合格", at_least=75, below=90),
             rule(None, "grade", None, "60分（含）—74分为基本合格", label="基本合格", at_least=60, below=75),
             rule(None, "grade", None, "60分以下为不合格", label="不合格", below=60),
             rule(None, "grade", None, "优秀比例控制在参评教师总数的25%以内", label="优秀", quota=25),
             rule(None, "veto", None, "年度绩效考核实行一票否决")],
         "notes": [
             "Weights only: the 权重 column gives each 考核内容 row its weight (10% …), and the 考核项目 cell its group's "
             "(师德师风（20%）); no points are stated per item (各考核内容按下表所列权重计分): points null, weight_pct set. "
             "Scale 100 from 考核总分100分.",
             "No assessor column. Named after the caption above the table (教师绩效考核评价表).",
             "Bands written 75分（含）—89分: at_least 75, below 90 (README's inclusive bands). 旷工1天扣7分 is charged "
             "per day (per 天), as 缺1个科室扣1分 in the README.",
             "按参与德育活动情况计6至10分 is an award range 6–10."]},
    ]}

# ------------------------------------------------------------------------------------------ x04
G1, G2, G3, G4 = "效益类", "运营类", "管控类", "加减分项"
X04 = {
    "source": "x04-lanshan-chengjian-jituan-jingying-yeji-kaohe.docx",
    "document": {"title": "岚山城建投资集团有限公司2024年度所属子公司经营业绩考核表", "org": "岚山城建投资集团有限公司",
                 "year": 2024, "scale": 100},
    "schemes": [
        {"name": "岚山城建投资集团有限公司2024年度所属子公司经营业绩考核表",
         "items": [
             item(G1, weight=40), item(f"{G1}/利润总额", 25), item(f"{G1}/净资产收益率", 15),
             item(G2, weight=35), item(f"{G2}/营业收入", 15), item(f"{G2}/应收账款周转率", 10),
             item(f"{G2}/项目按期完工率", 10),
             item(G3, weight=25), item(f"{G3}/安全生产", 10), item(f"{G3}/合规经营", 8), item(f"{G3}/党建工作", 7),
             item(G4), item(f"{G4}/科技创新"), item(f"{G4}/重大专项任务"), item(f"{G4}/安全环保事故"),
             item(f"{G4}/国有资产损失")],
         "rules": [
             rule(f"{G1}/利润总额", "award", 25, "完成目标值得25分"),
             rule(f"{G1}/利润总额", "deduct", 0.5, "每低于目标值1%扣0.5分", per="%"),
             rule(f"{G1}/利润总额", "cap", None, "扣完为止"),
             rule(f"{G1}/利润总额", "bonus", 0.2, "超过目标值的，每超过1%加0.2分", per="%"),
             rule(f"{G1}/利润总额", "cap", 2, "最多加2分"),
             rule(f"{G1}/净资产收益率", "award", 15, "达到目标值得15分"),
             rule(f"{G1}/净资产收益率", "deduct", 1, "每低0.1个百分点扣1分", per="0.1个百分点"),
             rule(f"{G2}/营业收入", "deduct", 1, "每低于目标值2%扣1分", per="2%"),
             rule(f"{G2}/应收账款周转率", "deduct", 1, "低于目标值的，每低0.2次扣1分", per="0.2次"),
             rule(f"{G2}/项目按期完工率", "deduct", 1, "低于95%的，每低1个百分点扣1分", per="个百分点"),
             rule(f"{G3}/安全生产", "deduct", 5, "发生一般安全生产事故的，每起扣5分", per="起"),
             rule(f"{G3}/合规经营", "deduct", 2, "内部审计发现违规问题的，每项扣2分", per="项"),
             rule(f"{G3}/党建工作", "award", None, "按集团党委党建工作考核结果折算得分"),
             rule(f"{G4}/科技创新", "bonus", 2, "获得省部级科技进步奖的，每项加2分", per="项"),
             rule(f"{G4}/重大专项任务", "bonus", 3, "承担市政府指定重大专项任务并按期完成的，加3分"),
             rule(f"{G4}/安全环保事故", "deduct", 10, "发生较大及以上安全环保事故的，每起扣10分", per="起"),
             rule(f"{G4}/国有资产损失", "deduct", 5, "因违规决策造成国有资产损失被追责的，扣5分"),
             rule(None, "cap", 5, "加分项合计最高不超过5分"),
             rule(None, "grade", None, "得分≥95分为A级", label="A级", at_least=95),
             rule(None, "grade", None, "85分≤得分<95分为B级", label="B级", at_least=85, below=95),
             rule(None, "grade", None, "70分≤得分<85分为C级", label="C级", at_least=70, below=85),
             rule(None, "grade", None, "得分<70分为D级", label="D级", below=70),
             rule(None, "veto", None, "考核结果直接确定为D级")],
         "notes": [
             "权重 is stated per category (merged cell: 效益类 40% …) and 分值 per indicator (25, 15 …): categories get "
             "weight_pct and points null (the document states no category points; their indicators happen to add up "
             "to the weight), indicators get points and no weight.",
             "加减分项 rows at the foot of the same table (权重 cell 不计权重, 分值/目标值 —): 加减分项 is a tree level "
             "(merged cell) over four rows, each an item with points null holding its bonus/deduct rule (as v07's "
             "加分项/减分项). They count outside the 100 (加减分项在百分制得分之外另行计算): bonus, not award.",
             "利润总额: 每超过1%加0.2分 goes beyond the item's 25 points: bonus, with its own cap 2. 目标值 is no rule.",
             "说明 1: cap 5 on the bonuses; 减分项不设上限 states no amount. 说明 2: grades written with ≥/≤/<. "
             "说明 3: a direct grade (直接确定为D级) read as a veto."]},
    ]}

# ------------------------------------------------------------------------------------------ x05
K1, K2, K3, K4, K5 = "安全管理", "文明施工", "脚手架与模板支架", "施工用电", "基坑与机械设备"
X05 = {
    "source": "x05-beihu-shizheng-anquan-wenming-shigong-jiancha.docx",
    "document": {"title": "北湖市政工程有限公司施工现场安全文明施工检查评分表", "org": "北湖市政工程有限公司",
                 "year": None, "scale": 100},
    "schemes": [
        {"name": "北湖市政工程有限公司施工现场安全文明施工检查评分表",
         "items": [
             item(K1), item(f"{K1}/安全生产责任制", 4), item(f"{K1}/施工组织设计及专项方案", 4),
             item(f"{K1}/安全技术交底", 3), item(f"{K1}/安全检查", 3), item(f"{K1}/安全教育", 3),
             item(f"{K1}/应急救援", 3),
             item(K2), item(f"{K2}/现场围挡", 3), item(f"{K2}/封闭管理", 3), item(f"{K2}/施工场地", 3),
             item(f"{K2}/材料管理", 3), item(f"{K2}/现场办公与住宿", 3), item(f"{K2}/现场防火", 5),
             item(K3), item(f"{K3}/架体基础", 4), item(f"{K3}/架体稳定", 4), item(f"{K3}/脚手板与防护栏杆", 4),
             item(f"{K3}/模板支架", 4), item(f"{K3}/交底与验收", 4),
             item(K4), item(f"{K4}/外电防护", 4), item(f"{K4}/接地与接零保护系统", 4), item(f"{K4}/配电箱与开关箱", 5),
             item(f"{K4}/配电线路", 4), item(f"{K4}/用电档案", 3),
             item(K5), item(f"{K5}/基坑支护", 5), item(f"{K5}/基坑降排水", 3), item(f"{K5}/起重机械", 5),
             item(f"{K5}/施工机具", 4), item(f"{K5}/临边洞口防护", 3)],
         "rules": [
             rule(f"{K1}/安全生产责任制", "deduct", 4, "未建立安全生产责任制的扣4分"),
             rule(f"{K1}/安全生产责任制", "deduct", 0.5, "责任制未经责任人签字确认的，每人扣0.5分", per="人"),
             rule(f"{K1}/施工组织设计及专项方案", "deduct", 4, "危险性较大的分部分项工程未编制专项施工方案的扣4分"),
             rule(f"{K1}/施工组织设计及专项方案", "deduct", 2, "专项方案未按规定审核审批的扣2分"),
             rule(f"{K1}/安全技术交底", "deduct", 3, "未进行书面安全技术交底的扣3分"),
             rule(f"{K1}/安全技术交底", "deduct", 1, "交底未履行签字手续的，每次扣1分", per="次"),
             rule(f"{K1}/安全检查", "deduct", 3, "未建立安全检查制度的扣3分"),
             rule(f"{K1}/安全检查", "deduct", 1, "事故隐患整改未做到定人、定时间、定措施的，每项扣1分", per="项"),
             rule(f"{K1}/安全教育", "deduct", 0.5, "新入场工人未进行三级安全教育的，每人扣0.5分", per="人"),
             rule(f"{K1}/安全教育", "cap", None, "扣完为止"),
             rule(f"{K1}/应急救援", "deduct", 3, "未制定安全生产应急救援预案的扣3分"),
             rule(f"{K1}/应急救援", "deduct", 1.5, "未按预案组织演练的扣1.5分"),
             rule(f"{K2}/现场围挡", "deduct", 3, "市区主要路段工地围挡高度低于2.5m的扣3分"),
             rule(f"{K2}/现场围挡", "deduct", 1, "围挡不坚固、不连续的，每处扣1分", per="处"),
             rule(f"{K2}/封闭管理", "deduct", 3, "施工现场进出口未设置大门的扣3分"),
             rule(f"{K2}/封闭管理", "deduct", 1, "未设置门卫室的扣1分"),
             rule(f"{K2}/施工场地", "deduct", 3, "施工现场主要道路未进行硬化处理的扣3分"),
             rule(f"{K2}/施工场地", "deduct", 0.5, "裸露场地未采取覆盖措施的，每处扣0.5分", per="处"),
             rule(f"{K2}/材料管理", "deduct", 2, "建筑材料、构件未按总平面布局码放的扣2分"),
             rule(f"{K2}/材料管理", "deduct", 3, "易燃易爆物品未分类储藏的扣3分"),
             rule(f"{K2}/现场办公与住宿", "deduct", 3, "施工作业区与办公、生活区未分开设置的扣3分"),
             rule(f"{K2}/现场办公与住宿", "deduct", 1, "宿舍人均面积小于2.5平方米的扣1分"),
             rule(f"{K2}/现场防火", "deduct", 5, "未制定消防安全管理制度的扣5分"),
             rule(f"{K2}/现场防火", "deduct", 1, "灭火器材配备不足或失效的，每处扣1分", per="处"),
             rule(f"{K2}/现场防火", "deduct", 2, "明火作业无动火审批手续的扣2分"),
             rule(f"{K3}/架体基础", "deduct", 4, "架体基础未经验收的扣4分"),
             rule(f"{K3}/架体基础", "deduct", 1, "架体底部未设置垫板的，每处扣1分", per="处"),
             rule(f"{K3}/架体稳定", "deduct", 2, "架体与建筑结构拉结不符合要求的，每处扣2分", per="处"),
             rule(f"{K3}/脚手板与防护栏杆", "deduct", 1, "脚手板未满铺或铺设不牢的，每处扣1分", per="处"),
             rule(f"{K3}/脚手板与防护栏杆", "deduct", 4, "作业层未设置防护栏杆的扣4分"),
             rule(f"{K3}/模板支架", "deduct", 4, "支架基础承载力不符合方案要求的扣4分"),
             rule(f"{K3}/模板支架", "deduct", 1, "立杆间距大于方案规定的，每处扣1分", per="处"),
             rule(f"{K3}/交底与验收", "deduct", 2, "架体搭设前未进行交底的扣2分"),
             rule(f"{K3}/交底与验收", "deduct", 4, "搭设完毕未办理验收手续的扣4分"),
             rule(f"{K4}/外电防护", "deduct", 4, "外电线路与在建工程的安全距离不足且未采取防护措施的扣4分"),
             rule(f"{K4}/接地与接零保护系统", "deduct", 4, "未采用TN-S接零保护系统的扣4分"),
             rule(f"{K4}/接地与接零保护系统", "deduct", 2, "保护零线装设开关或熔断器的扣2分"),
             rule(f"{K4}/配电箱与开关箱", "deduct", 2, "未执行“一机、一闸、一漏、一箱”的，每处扣2分", per="处"),
             rule(f"{K4}/配电箱与开关箱", "deduct", 0.5, "箱体未设置系统接线图的，每个扣0.5分", per="个"),
             rule(f"{K4}/配电线路", "deduct", 1, "线路老化破损、接头处理不当的，每处扣1分", per="处"),
             rule(f"{K4}/配电线路", "cap", None, "扣完为止"),
             rule(f"{K4}/用电档案", "deduct", 3, "未制定专项用电施工组织设计的扣3分"),
             rule(f"{K4}/用电档案", "deduct", 1, "电工巡检维修记录不全的扣1分"),
             rule(f"{K5}/基坑支护", "deduct", 5, "深基坑施工未编制支护方案的扣5分"),
             rule(f"{K5}/基坑支护", "deduct", 3, "支护结构水平位移超过设计允许值未采取措施的扣3分"),
             rule(f"{K5}/基坑降排水", "deduct", 2, "基坑内未设置明排水措施的扣2分"),
             rule(f"{K5}/基坑降排水", "deduct", 1, "降水井未设置水位观测点的扣1分"),
             rule(f"{K5}/起重机械", "deduct", 5, "起重机械未经检验合格即投入使用的扣5分"),
             rule(f"{K5}/起重机械", "deduct", 2, "司机、信号司索工无证上岗的，每人扣2分", per="人"),
             rule(f"{K5}/施工机具", "deduct", 1, "平刨、圆盘锯等机具未设置防护装置的，每台扣1分", per="台"),
             rule(f"{K5}/临边洞口防护", "deduct", 1, "临边未设置防护栏杆的，每处扣1分", per="处"),
             rule(f"{K5}/临边洞口防护", "deduct", 1, "洞口未采取防护措施的，每处扣1分", per="处"),
             rule(None, "grade", None, "汇总得分80分及以上为优良", label="优良", at_least=80),
             rule(None, "grade", None, "70分（含）至80分为合格", label="合格", at_least=70, below=80),
             rule(None, "grade", None, "不足70分为不合格", label="不合格", below=70),
             rule(None, "veto", None, "检查项目中有一项实得分为零的，评定等级为不合格")],
         "notes": [
             "The table runs over two pages in 五号 with its header row repeated (w:tblHeader) and the row 接地与接零保护"
             "系统 cut by the page break; a page header (北湖市政工程有限公司安全质量部) on every page is no content.",
             "检查项目 cells merged over their rows state no points (null); 序号 1–28 numbers the leaves. 扣减分数/实得分 "
             "are blank columns.",
             "临边洞口防护: two conditions with the same amount 每处扣1分, stated twice: two rules.",
             "评定等级: three bands and a direct grade (一项实得分为零 → 不合格) read as a veto, as w04/w05.",
             "year null: no year is printed (检查日期 ______年)."]},
    ]}

# ------------------------------------------------------------------------------------------ x06
H1, H2, H3, H4 = "党建引领", "社区治理", "民生服务", "环境卫生"
X06 = {
    "source": "x06-jinxiu-jiedao-shequ-gongzuo-mubiao-kaohe.html",
    "document": {"title": "锦绣街道2024年度社区工作目标考核细则", "org": "锦绣街道办事处", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "锦绣街道2024年度社区工作目标考核细则",
         "items": [
             item(H1, 25), item(f"{H1}/组织建设", 10, assessor="党建办"), item(f"{H1}/党员教育", 8, assessor="党建办"),
             item(f"{H1}/群团工作", 7, assessor="党建办"),
             item(H2, 30), item(f"{H2}/网格管理", 12, assessor="综治中心"), item(f"{H2}/矛盾调处", 10, assessor="综治中心"),
             item(f"{H2}/平安创建", 8, assessor="综治中心"),
             item(H3, 25), item(f"{H3}/养老服务", 10, assessor="社会事务办"),
             item(f"{H3}/就业帮扶", 8, assessor="社会事务办"), item(f"{H3}/便民服务", 7, assessor="社会事务办"),
             item(H4, 20), item(f"{H4}/垃圾分类", 10, assessor="城管办"), item(f"{H4}/市容秩序", 10, assessor="城管办")],
         "rules": [
             rule(f"{H1}/组织建设", "deduct", 0.5, "社区党组织书记每月走访网格不少于4次，每少1次扣0.5分", per="次"),
             rule(f"{H1}/组织建设", "deduct", 3, "党组织活动阵地未规范建设的扣3分"),
             rule(f"{H1}/党员教育", "deduct", 2, "党员冬训参学率低于90%的扣2分"),
             rule(f"{H1}/党员教育", "deduct", 0.2, "在职党员未到社区报到的，每人扣0.2分", per="人"),
             rule(f"{H1}/群团工作", "deduct", 2, "未建立妇联、共青团组织的，每缺一个扣2分", per="个"),
             rule(f"{H2}/网格管理", "deduct", 0.5, "网格事件未在规定时限内办结的，每件扣0.5分", per="件"),
             rule(f"{H2}/网格管理", "cap", None, "扣完为止"),
             rule(f"{H2}/矛盾调处", "award", 10, "矛盾纠纷调处成功率达到95%以上的得10分"),
             rule(f"{H2}/矛盾调处", "deduct", 1, "每低1个百分点扣1分", per="个百分点"),
             rule(f"{H2}/平安创建", "deduct", 1, "辖区发生入室盗窃案件的，每起扣1分", per="起"),
             rule(f"{H2}/平安创建", "deduct", 2, "未开展反诈宣传进楼栋活动的扣2分"),
             rule(f"{H3}/养老服务", "deduct", 5, "未建成社区居家养老服务站的扣5分"),
             rule(f"{H3}/养老服务", "deduct", 0.5, "高龄老人探访不到位的，每户扣0.5分", per="户"),
             rule(f"{H3}/就业帮扶", "deduct", 3, "就业困难人员帮扶率低于100%的扣3分"),
             rule(f"{H3}/便民服务", "deduct", 2, "便民服务事项未实现“一站式”办理的扣2分"),
             rule(f"{H3}/便民服务", "deduct", 1, "居民对服务事项有效投诉的，每件扣1分", per="件"),
             rule(f"{H4}/垃圾分类", "deduct", 2, "垃圾分类准确率抽查低于85%的，每次扣2分", per="次"),
             rule(f"{H4}/市容秩序", "deduct", 2, "占道经营、乱堆乱放问题被区级通报的，每次扣2分", per="次"),
             rule(f"{H4}/市容秩序", "deduct", 4, "被市级通报的，每次扣4分", per="次"),
             rule(None, "bonus", 1, "社区工作经验在区级以上会议交流的，每次加1分", per="次"),
             rule(None, "bonus", 2, "获得市级以上荣誉的，每项加2分", per="项"),
             rule(None, "cap", 4, "加分合计不超过4分"),
             rule(None, "veto", None, "年度考核实行一票否决"),
             rule(None, "grade", None, "得分95分以上为优秀", label="优秀", at_least=95),
             rule(None, "grade", None, "85分（含）至95分为达标", label="达标", at_least=85, below=95),
             rule(None, "grade", None, "85分以下为不达标", label="不达标", below=85),
             rule(None, "grade", None, "优秀社区数量不超过社区总数的25%", label="优秀", quota=25)],
         "notes": [
             "Category points sit in a column of their own (类别分值, rowspan like the 考核类别 cell), item points in 分值; "
             "责任科室 is the assessor.",
             "The colspan rows 加分项目 and 一票否决 are scheme-wide sections inside the table, not items: their rules "
             "have item null. 说明 2–3 (<ol>) give the bands and the quota; 说明 1 states no amount.",
             "org: the page's footer (主办) and the signature name 锦绣街道办事处 (with the 党工委); either would do.",
             "Page chrome (top bar, crumb, 发布日期/字号, footer links) is no content."]},
    ]}

# ------------------------------------------------------------------------------------------ x07
J1, J2, J3, J4, J5 = "思想道德建设", "组织领导", "业务工作", "文化建设", "环境与安全"
BONUS_TEXT = "分别加30分、20分"
X07 = {
    "source": "x07-fucheng-shi-wenming-danwei-ceping-xize.docx",
    "document": {"title": "福城市文明单位测评细则（2024年版）", "org": "福城市精神文明建设委员会办公室", "year": 2024,
                 "scale": 1000},
    "schemes": [
        {"name": "福城市文明单位测评细则（2024年版）",
         "items": [
             item(J1, 200), item(f"{J1}/理论学习", 60), item(f"{J1}/道德实践", 50), item(f"{J1}/志愿服务", 50),
             item(f"{J1}/诚信建设", 40),
             item(J2, 150), item(f"{J2}/领导责任", 60), item(f"{J2}/工作机制", 50), item(f"{J2}/经费保障", 40),
             item(J3, 300), item(f"{J3}/目标任务", 150), item(f"{J3}/服务质量", 90), item(f"{J3}/依法办事", 60),
             item(J4, 150), item(f"{J4}/文体活动", 50), item(f"{J4}/阅读活动", 40), item(f"{J4}/阵地建设", 60),
             item(J5, 200), item(f"{J5}/环境卫生", 80), item(f"{J5}/安全稳定", 70), item(f"{J5}/节约型机关", 50)],
         "rules": [
             rule(f"{J1}/理论学习", "deduct", 5, "每月集中学习不少于1次，每少1次扣5分", per="次"),
             rule(f"{J1}/理论学习", "deduct", 10, "学习记录不全的扣10分"),
             rule(f"{J1}/道德实践", "deduct", 10, "开展道德讲堂活动每季度不少于1次，每少1次扣10分", per="次"),
             rule(f"{J1}/志愿服务", "award", 50, "在职职工志愿者注册率达到80%以上的得50分"),
             rule(f"{J1}/志愿服务", "award", 30, "60%至80%的得30分"),
             rule(f"{J1}/志愿服务", "award", 0, "低于60%的不得分"),
             rule(f"{J1}/诚信建设", "award", 0, "单位被列入失信惩戒名单的，本项不得分"),
             rule(f"{J2}/领导责任", "deduct", 20, "未成立创建工作领导小组的扣20分"),
             rule(f"{J2}/领导责任", "deduct", 15, "主要领导未专题研究创建工作的扣15分"),
             rule(f"{J2}/工作机制", "deduct", 10, "创建工作未纳入年度工作计划的扣10分"),
             rule(f"{J2}/工作机制", "deduct", 5, "创建档案资料不规范的，酌情扣5至10分", amax=10),
             rule(f"{J2}/经费保障", "deduct", 20, "创建经费未列入单位年度预算的扣20分"),
             rule(f"{J3}/目标任务", "award", 150, "完成年度目标任务的得150分"),
             rule(f"{J3}/目标任务", "deduct", 20, "未完成的，每项扣20分", per="项"),
             rule(f"{J3}/服务质量", "deduct", 5, "服务对象满意率低于90%的，每低1个百分点扣5分", per="个百分点"),
             rule(f"{J3}/服务质量", "cap", None, "扣完为止"),
             rule(f"{J3}/依法办事", "deduct", 15, "发生行政诉讼败诉案件的，每件扣15分", per="件"),
             rule(f"{J4}/文体活动", "deduct", 10, "每年组织文体活动不少于4次，每少1次扣10分", per="次"),
             rule(f"{J4}/阅读活动", "award", 20, "建有职工书屋的得20分"),
             rule(f"{J4}/阅读活动", "award", 20, "常态化开展读书活动的得20分"),
             rule(f"{J4}/阵地建设", "deduct", 20, "未设立文明创建宣传栏的扣20分"),
             rule(f"{J4}/阵地建设", "deduct", 5, "宣传栏内容每季度未更新的，每次扣5分", per="次"),
             rule(f"{J5}/环境卫生", "deduct", 10, "办公区域环境卫生检查不合格的，每次扣10分", per="次"),
             rule(f"{J5}/安全稳定", "deduct", 35, "发生安全生产责任事故的，每起扣35分", per="起"),
             rule(f"{J5}/安全稳定", "deduct", 20, "职工发生违法犯罪的，每人次扣20分", per="人次"),
             rule(f"{J5}/节约型机关", "deduct", 10, "未落实节能节水措施的扣10分"),
             rule(f"{J5}/节约型机关", "deduct", 10, "公务用车使用违反规定的，每次扣10分", per="次"),
             rule(None, "grade", None, "测评得分900分以上为优秀", label="优秀", at_least=900),
             rule(None, "grade", None, "800分（含）至900分为达标", label="达标", at_least=800, below=900),
             rule(None, "grade", None, "800分以下为不达标", label="不达标", below=800),
             rule(None, "bonus", 30, BONUS_TEXT),
             rule(None, "bonus", 20, BONUS_TEXT),
             rule(None, "cap", 50, "加分最高不超过50分"),
             rule(None, "veto", None, "取消文明单位测评资格")],
         "notes": [
             "1000-point scale (总计 1000, 测评总分1000分). The 测评项目 cell is merged over its rows INCLUDING the group's "
             "小计 row, whose 测评内容 cell reads 小计: the group's points come from it (200, 150 …), as v03; 小计 and "
             "总计 rows are not items.",
             "说明 二: 分别加30分、20分 for 全国/省级 is two bonus rules with the list's text (README), cap 50. "
             "说明 三: 取消…测评资格 read as a veto.",
             "阅读活动: two awards of 20 for two different facts."]},
    ]}

# ------------------------------------------------------------------------------------------ x08
T1, T2, T3 = "施政重點", "為民服務", "行政管理"
X08 = {
    "source": "x08-xinfeng-shi-jiguan-shizheng-jixiao-pinghe.docx",
    "document": {"title": "新豐市政府113年度所屬機關施政績效評核要點", "org": "新豐市政府研究發展考核委員會",
                 "year": 2024, "scale": 100},
    "schemes": [
        {"name": "新豐市政府113年度所屬機關施政績效評核要點",
         "items": [
             item(T1, 40), item(f"{T1}/年度重點計畫執行", 25), item(f"{T1}/預算執行率", 15),
             item(T2, 30), item(f"{T2}/陳情案件處理", 15), item(f"{T2}/服務滿意度", 15),
             item(T3, 30), item(f"{T3}/法制作業", 10), item(f"{T3}/人力管理", 10), item(f"{T3}/內部控制", 10)],
         "rules": [
             rule(f"{T1}/年度重點計畫執行", "award", 25, "計畫如期完成者得25分"),
             rule(f"{T1}/年度重點計畫執行", "deduct", 3, "每落後一項扣3分", per="項"),
             rule(f"{T1}/年度重點計畫執行", "cap", None, "扣完為止"),
             rule(f"{T1}/預算執行率", "award", 15, "執行率達90%以上者得15分"),
             rule(f"{T1}/預算執行率", "deduct", 1, "每低1個百分點扣1分", per="個百分點"),
             rule(f"{T2}/陳情案件處理", "deduct", 1, "陳情案件逾期未結者，每件扣1分", per="件"),
             rule(f"{T2}/服務滿意度", "award", None, "依民意調查滿意度比例計分"),
             rule(f"{T3}/法制作業", "deduct", 2, "訴願案件遭撤銷原處分者，每件扣2分", per="件"),
             rule(f"{T3}/人力管理", "deduct", 0.5, "員工出勤異常經查核屬實者，每人次扣0.5分", per="人次"),
             rule(f"{T3}/內部控制", "award", 0, "經審計單位查核發現重大缺失者，本項不予計分"),
             rule(None, "bonus", 3, "獲中央政府機關績效評獎者，每項加三分", per="項"),
             rule(None, "bonus", 1, "獲本府表揚者，每項加一分", per="項"),
             rule(None, "cap", 5, "加分總計以五分為限"),
             rule(None, "grade", None, "總分九十分以上者為優等", label="優等", at_least=90),
             rule(None, "grade", None, "八十分以上未滿九十分者為甲等", label="甲等", at_least=80, below=90),
             rule(None, "grade", None, "七十分以上未滿八十分者為乙等", label="乙等", at_least=70, below=80),
             rule(None, "grade", None, "未滿七十分者為丙等", label="丙等", below=70),
             rule(None, "grade", None, "優等機關以不超過受評機關總數百分之二十為原則", label="優等", quota=20),
             rule(None, "veto", None, "評核結果逕列丙等")],
         "notes": [
             "Traditional characters throughout (評核項目/配分/評分基準/合計). The table states its amounts in Arabic "
             "digits; the prose 四、五、 in Chinese numerals (加三分, 以五分為限, 九十分以上, 百分之二十): the amounts are "
             "the numbers these words write (3, 5, 90, quota 20).",
             "評核項目 cells carry their points in the name (施政重點（40分）); 評核指標 rows are the leaves with 配分.",
             "year 2024: the document dates itself in the 民國 era only (113年度, 中華民國113年1月15日); 民國113年 is 2024. "
             "A reader may argue for null (no Gregorian year is printed).",
             "本項不予計分 is an award of 0, as 不得分. 逕列丙等 (a direct grade) is read as a veto. "
             "未滿九十分 → below 90; 以上 → at_least."]},
    ]}

ALL = [X01, X02, X03, X04, X05, X06, X07, X08]


def main() -> int:
    return write_all(ALL, HERE, GOLD)


if __name__ == "__main__":
    raise SystemExit(main())
