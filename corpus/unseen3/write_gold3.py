"""The gold of the third held-out set, written by hand and saved as gold/<stem>.json.

    .venv/bin/python corpus/unseen3/write_gold3.py

Every item and rule was read off the documents make_unseen3.py writes, never off an extractor's output.
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

# ------------------------------------------------------------------------------------------ w01
P1, P2, P3 = "党建工作", "经济发展", "社会治理"
W01 = {
    "source": "w01-taoyuan-zhen-cun-liangwei-niandu-kaohe.docx",
    "document": {"title": "桃源镇2024年度村（社区）“两委”班子工作实绩考核评分表", "org": "中共桃源镇委员会",
                 "year": 2024, "scale": 100},
    "schemes": [
        {"name": "桃源镇2024年度村（社区）“两委”班子工作实绩考核评分表",
         "items": [
             item(P1, 30),
             item(f"{P1}/组织建设"), item(f"{P1}/组织建设/班子建设"),
             item(f"{P1}/组织建设/班子建设/“两委”班子团结协作", 4), item(f"{P1}/组织建设/班子建设/主题党日", 3),
             item(f"{P1}/组织建设/党员管理"),
             item(f"{P1}/组织建设/党员管理/党员发展", 3), item(f"{P1}/组织建设/党员管理/流动党员管理", 4),
             item(f"{P1}/廉政建设"), item(f"{P1}/廉政建设/村务监督"),
             item(f"{P1}/廉政建设/村务监督/村务监督委员会履职", 6), item(f"{P1}/廉政建设/村务监督/“三资”管理", 10),
             item(P2, 40),
             item(f"{P2}/集体经济"), item(f"{P2}/集体经济/经营收入"),
             item(f"{P2}/集体经济/经营收入/村集体经营性收入", 15), item(f"{P2}/集体经济/经营收入/增收项目", 10),
             item(f"{P2}/产业发展"), item(f"{P2}/产业发展/特色产业"),
             item(f"{P2}/产业发展/特色产业/“一村一品”培育", 8),
             item(f"{P2}/产业发展/农民增收"), item(f"{P2}/产业发展/农民增收/就业帮扶", 7),
             item(P3, 30),
             item(f"{P3}/平安建设"), item(f"{P3}/平安建设/矛盾调解"),
             item(f"{P3}/平安建设/矛盾调解/矛盾纠纷排查化解", 8), item(f"{P3}/平安建设/矛盾调解/信访工作", 7),
             item(f"{P3}/人居环境"), item(f"{P3}/人居环境/环境整治"), item(f"{P3}/人居环境/环境整治/村容村貌", 9),
             item(f"{P3}/人居环境/移风易俗"), item(f"{P3}/人居环境/移风易俗/红白理事会", 6)],
         "rules": [
             rule(f"{P1}/组织建设/班子建设/“两委”班子团结协作", "deduct", 2, "班子成员不团结、影响工作开展的扣2分"),
             rule(f"{P1}/组织建设/班子建设/主题党日", "deduct", 0.5, "每少开展一次扣0.5分", per="次"),
             rule(f"{P1}/组织建设/党员管理/党员发展", "deduct", 1.5, "未按计划完成发展党员任务的扣1.5分"),
             rule(f"{P1}/组织建设/党员管理/流动党员管理", "deduct", 1, "流动党员台账不清的扣1分"),
             rule(f"{P1}/组织建设/党员管理/流动党员管理", "deduct", 0.5, "失联党员每人扣0.5分", per="人"),
             rule(f"{P1}/廉政建设/村务监督/村务监督委员会履职", "deduct", 1.5,
                  "村务监督委员会未按季度开展监督的，每季度扣1.5分", per="季度"),
             rule(f"{P1}/廉政建设/村务监督/“三资”管理", "deduct", 3, "集体资产台账不全的扣3分"),
             rule(f"{P1}/廉政建设/村务监督/“三资”管理", "award", 0, "发现违规处置集体资产的，本项不得分"),
             rule(f"{P2}/集体经济/经营收入/村集体经营性收入", "award", 15, "经营性收入10万元以上的得15分"),
             rule(f"{P2}/集体经济/经营收入/村集体经营性收入", "award", 10, "5万元至10万元的得10分"),
             rule(f"{P2}/集体经济/经营收入/村集体经营性收入", "award", 5, "不足5万元的得5分"),
             rule(f"{P2}/集体经济/经营收入/增收项目", "award", 5, "新建村级增收项目的，每个得5分", per="个"),
             rule(f"{P2}/集体经济/经营收入/增收项目", "cap", 10, "最多得10分"),
             rule(f"{P2}/产业发展/特色产业/“一村一品”培育", "award", 8, "已形成特色主导产业的得8分"),
             rule(f"{P2}/产业发展/特色产业/“一村一品”培育", "award", 4, "正在培育的得4分"),
             rule(f"{P2}/产业发展/农民增收/就业帮扶", "deduct", 1, "每少一期扣1分", per="期"),
             rule(f"{P3}/平安建设/矛盾调解/矛盾纠纷排查化解", "deduct", 4,
                  "矛盾纠纷未及时上报、引发群体性事件的，每起扣4分", per="起"),
             rule(f"{P3}/平安建设/矛盾调解/信访工作", "deduct", 1, "发生越级上访的，每人次扣1分", per="人次"),
             rule(f"{P3}/平安建设/矛盾调解/信访工作", "cap", None, "扣完为止"),
             rule(f"{P3}/人居环境/环境整治/村容村貌", "deduct", 3, "镇季度环境检查排名末三位的，每次扣3分", per="次"),
             rule(f"{P3}/人居环境/移风易俗/红白理事会", "deduct", 2, "红白理事会未发挥作用、出现大操大办的扣2分"),
             rule(None, "bonus", 2, "村（社区）工作获县级以上表彰的，每项加2分", per="项"),
             rule(None, "cap", 5, "加分最多不超过5分"),
             rule(None, "veto", None, "年度考核实行一票否决"),
             rule(None, "grade", None, "得分85分（含）以上为优秀", label="优秀", at_least=85),
             rule(None, "grade", None, "70分（含）至85分为良好", label="良好", at_least=70, below=85),
             rule(None, "grade", None, "70分以下为较差", label="较差", below=70)],
         "notes": [
             "Four levels: the top level is a section row merged across the whole table (一、党建工作（30分）) carrying "
             "the only points above the leaves; 考核项目 and 考核内容 are vertically merged cells without points; the "
             "考核要点 rows are the leaves with 分值.",
             "备注 row: a bonus with a cap of 5 and a veto, stated once for the table (item null).",
             "Grades below the table: 70分（含）至85分 read as at_least 70, below 85 (85 belongs to 优秀).",
             "org: the signature under the table; 得分 is a blank column."]},
    ]}

# ------------------------------------------------------------------------------------------ w02
W02_ITEMS = [("重点工作完成情况", 40, "办公室"), ("日常履职", 25, "办公室"), ("服务质效", 20, "机关党委"),
             ("作风纪律", 15, "机关纪委")]
W02 = {
    "source": "w02-shi-caizhengju-jiguan-chushi-jixiao-kaohe-banfa.docx",
    "document": {"title": "市财政局机关处室绩效考核办法（试行）", "org": "市财政局", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "市财政局机关处室绩效考核评分表",
         "items": [item(name, weight=w, assessor=a) for name, w, a in W02_ITEMS],
         "rules": [
             rule("重点工作完成情况", "award", None, "年度重点工作任务按时保质完成的，得满分"),
             rule("重点工作完成情况", "deduct", 2, "每有一项任务延期完成的扣2分", per="项"),
             rule("重点工作完成情况", "deduct", 4, "未完成的，每项扣4分", per="项"),
             rule("重点工作完成情况", "deduct", 5, "工作被市委、市政府通报批评的，每次扣5分", per="次"),
             rule("日常履职", "deduct", 0.5, "公文办理超过规定时限的，每件扣0.5分", per="件"),
             rule("日常履职", "deduct", 1, "每少1篇扣1分", per="篇"),
             rule("日常履职", "deduct", 3, "建议提案办理满意率低于95%的扣3分"),
             rule("服务质效", "award", 20, "服务对象满意度测评结果在90分以上的得20分"),
             rule("服务质效", "award", 15, "在80分至90分之间的得15分"),
             rule("服务质效", "award", 10, "低于80分的得10分"),
             rule("服务质效", "deduct", 1, "被12345热线有效投诉的，每件扣1分", per="件"),
             rule("作风纪律", "deduct", 2, "违反工作纪律被局机关纪委通报的，每人次扣2分", per="人次"),
             rule("作风纪律", "award", 0, "处室人员受到党纪政务处分的，本项不得分"),
             rule("作风纪律", "deduct", 0.2, "考勤抽查发现迟到早退的，每人次扣0.2分", per="人次"),
             rule(None, "bonus", 2, "处室工作经验被省级以上部门推广的，每项加2分", per="项"),
             rule(None, "bonus", 3, "获得市级以上集体荣誉的，每项加3分", per="项"),
             rule(None, "cap", 6, "加分累计最高不超过6分"),
             rule(None, "grade", None, "得分在90分及以上的为优秀", label="优秀", at_least=90),
             rule(None, "grade", None, "80分及以上、不足90分的为良好", label="良好", at_least=80, below=90),
             rule(None, "grade", None, "70分及以上、不足80分的为一般", label="一般", at_least=70, below=80),
             rule(None, "grade", None, "不足70分的为较差", label="较差", below=70),
             rule(None, "grade", None, "优秀等次处室数量不超过处室总数的30%", label="优秀", quota=30)],
         "notes": [
             "One scheme: the prose （一）–（四） and the 附件 table name the same four items; the table adds their weights "
             "(40% …) and 考核处室 (assessor), the prose their scoring sentences. Named after the 附件 title; the "
             "办法's own title would do as well (one scheme either way).",
             "Points null on every item: the document gives weights only (各考核项目按附件所列权重计分), never points.",
             "服务质效 1．: three awards (20/15/10) whose conditions are 测评结果 bands, not grades of the scheme.",
             "三、加分项目 and 四、等次确定 are scheme-wide (item null); 考核要点 in the table describes, it is no rule."]},
    ]}

# ------------------------------------------------------------------------------------------ w03
W03_LEAVES = {"公共区域保洁": ["楼道清洁", "电梯轿厢", "外围道路"], "垃圾清运": ["日产日清", "分类投放"],
              "服务规范": ["着装仪容", "业主投诉"]}
W03_POINTS = {"楼道清洁": 15, "电梯轿厢": 10, "外围道路": 15, "日产日清": 20, "分类投放": 10, "着装仪容": 10,
              "业主投诉": 20}
W03 = {
    "source": "w03-tianhe-wuye-baojie-banzu-jidu-kaohe.xlsx",
    "document": {"title": "天和物业服务中心保洁班组季度考核评分表", "org": "天和物业服务中心", "year": 2024,
                 "scale": 100},
    "schemes": [
        {"name": "天和物业服务中心保洁班组季度考核评分表",
         "items": [x for cat, leaves in W03_LEAVES.items()
                   for x in [item(cat), *(item(f"{cat}/{leaf}", W03_POINTS[leaf]) for leaf in leaves)]],
         "rules": [
             rule("公共区域保洁/楼道清洁", "deduct", 1, "楼道地面有明显垃圾、污渍的，每处扣1分", per="处"),
             rule("公共区域保洁/电梯轿厢", "deduct", 2, "轿厢内有异味或张贴物未清理的，每次扣2分", per="次"),
             rule("公共区域保洁/外围道路", "deduct", 1, "道路积水、落叶未及时清扫的，每处扣1分", per="处"),
             rule("公共区域保洁/外围道路", "cap", None, "扣完为止"),
             rule("垃圾清运/日产日清", "deduct", 5, "垃圾未做到日产日清的，每次扣5分", per="次"),
             rule("垃圾清运/分类投放", "deduct", 1, "分类投放点混投未及时纠正的，每次扣1分", per="次"),
             rule("服务规范/着装仪容", "deduct", 0.5, "未按规定着装的，每人次扣0.5分", per="人次"),
             rule("服务规范/业主投诉", "deduct", 2, "业主有效投诉每件扣2分", per="件"),
             rule("服务规范/业主投诉", "award", 0, "被媒体曝光的，本项不得分"),
             rule(None, "grade", None, "年度得分90分以上为优秀班组", label="优秀", at_least=90),
             rule(None, "grade", None, "75分以上不足90分为合格班组", label="合格", at_least=75, below=90),
             rule(None, "grade", None, "不足75分为不合格班组", label="不合格", below=75)],
         "notes": [
             "Four sheets (第一季度 … 第四季度) print the same table; only the quarter in the form row differs: one scheme.",
             "The 年度汇总 sheet has no points (班组 rows × quarters to fill in); its note gives the annual grades, "
             "which govern the quarterly scheme (the annual score is the mean of its four quarters): item null. "
             "Labels without the noun 班组. The 平均值 formula is no rule.",
             "类别 cells are vertically merged and state no points: points null. 扣分/实得分 are blank columns."]},
    ]}

# ------------------------------------------------------------------------------------------ w04
W04_LEAVES = {
    "廉洁行医": [("不收受患者及其家属的红包、礼品", 10), ("不收受医药企业回扣、提成", 10), ("合理检查、合理用药，不开大处方", 10)],
    "服务态度": [("接诊热情，耐心解答患者询问", 10), ("尊重患者隐私和知情同意权", 10), ("不推诿、不拒诊患者", 5)],
    "医疗作风": [("严格执行首诊负责制", 10), ("按时上下班，不擅离工作岗位", 10)],
    "团结协作": [("服从科室工作安排，主动补位", 15), ("积极参加医院组织的义诊和公益活动", 10)],
}
W04_MINUS = [("被患者有效投诉的", 2, "次", "被患者有效投诉的（每次）\n-2"),
             ("违反医疗收费规定的", 3, "次", "违反医疗收费规定的（每次）\n-3"),
             ("因服务态度引发医疗纠纷的", 5, "起", "因服务态度引发医疗纠纷的（每起）\n-5")]
W04 = {
    "source": "w04-anping-zhongyiyuan-yide-yifeng-kaoping.docx",
    "document": {"title": "安平县中医医院医务人员医德医风考评表", "org": "安平县中医医院", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "安平县中医医院医务人员医德医风考评表",
         "items": [*(x for cat, leaves in W04_LEAVES.items()
                     for x in [item(cat), *(item(f"{cat}/{name}", pts) for name, pts in leaves)]),
                   item("扣分项"), *(item(f"扣分项/{name}") for name, _, _, _ in W04_MINUS)],
         "rules": [
             *(rule(f"扣分项/{name}", "deduct", amount, text, per=per) for name, amount, per, text in W04_MINUS),
             rule(None, "grade", None, "总分90分及以上为优秀", label="优秀", at_least=90),
             rule(None, "grade", None, "80—89分为良好", label="良好", at_least=80, below=90),
             rule(None, "grade", None, "60—79分为一般", label="一般", at_least=60, below=80),
             rule(None, "grade", None, "60分以下为较差", label="较差", below=60),
             rule(None, "veto", None, "医德医风考评直接定为较差")],
         "notes": [
             "考评项目 cells are merged over their rows and state no points (null); the 考评内容 rows are the leaves "
             "with 分值. 自评/科室评/医院评 are three blank answer columns.",
             "扣分项 rows print a signed amount in the 分值 column (-2): not points but a deduction per occurrence "
             "named in the row's bracket (（每次） → 次, （每起） → 起); each row is an item (points null) holding "
             "its deduct rule, as a deduction list (u07's 负面清单). text = the row's two cells as joined by python-docx.",
             "考评说明 2: bands 80—89 closed at 90; 3 (直接定为较差) is a veto, as v06. 说明 1 (百分制, 扣分项从总分中扣减) "
             "states no amount."]},
    ]}

# ------------------------------------------------------------------------------------------ w05
W05 = {
    "source": "w05-jiangbei-zhiyuan-xuesheng-zonghe-suzhi-ceping.docx",
    "document": {"title": "江北职业技术学院学生综合素质测评细则", "org": "江北职业技术学院学生工作处", "year": 2024,
                 "scale": 100},
    "schemes": [
        {"name": "江北职业技术学院学生综合素质测评细则",
         "items": [
             item("思想品德素质", 100, weight=25), item("思想品德素质/政治表现", 30),
             item("思想品德素质/道德品行", 40), item("思想品德素质/集体观念", 30),
             item("学业素质", 100, weight=50), item("学业素质/课程成绩", 80), item("学业素质/学业进步", 20),
             item("身心素质", 100, weight=10), item("身心素质/体质健康", 60), item("身心素质/心理素养", 40),
             item("实践创新素质", 100, weight=15), item("实践创新素质/社会实践", 50),
             item("实践创新素质/创新创业", 50)],
         "rules": [
             rule("思想品德素质/政治表现", "deduct", 3, "按时参加主题团日活动，每缺一次扣3分", per="次"),
             rule("思想品德素质/道德品行", "deduct", 10, "受到学院通报批评的扣10分"),
             rule("思想品德素质/道德品行", "award", 0, "受到纪律处分的，本项不得分"),
             rule("思想品德素质/集体观念", "deduct", 2, "无故缺席班级集体活动的，每次扣2分", per="次"),
             rule("学业素质/课程成绩", "award", None, "按学年课程加权平均成绩的80%计分"),
             rule("学业素质/学业进步", "award", 20, "学年平均成绩排名较上学年提升10%以上的得20分"),
             rule("学业素质/学业进步", "award", 10, "提升5%至10%的得10分"),
             rule("身心素质/体质健康", "award", 60, "体质测试优秀得60分"),
             rule("身心素质/体质健康", "award", 50, "良好得50分"),
             rule("身心素质/体质健康", "award", 40, "及格得40分"),
             rule("身心素质/体质健康", "award", 0, "不及格不得分"),
             rule("身心素质/心理素养", "award", 40, "参加心理健康教育课程并考核合格的得40分"),
             rule("实践创新素质/社会实践", "award", 30, "完成暑期社会实践并提交报告的得30分"),
             rule("实践创新素质/社会实践", "award", 50, "获评校级优秀实践报告的得50分"),
             rule("实践创新素质/创新创业", "award", 25, "获省级以上竞赛奖项的，每项得25分", per="项"),
             rule("实践创新素质/创新创业", "award", 10, "获校级竞赛奖项的，每项得10分", per="项"),
             rule("实践创新素质/创新创业", "cap", 50, "最多得50分"),
             rule(None, "grade", None, "90分及以上为A等", label="A等", at_least=90),
             rule(None, "grade", None, "80分及以上、不足90分为B等", label="B等", at_least=80, below=90),
             rule(None, "grade", None, "60分及以上、不足80分为C等", label="C等", at_least=60, below=80),
             rule(None, "grade", None, "不足60分为D等", label="D等", below=60),
             rule(None, "grade", None, "A等人数不超过年级参评人数的20%", label="A等", quota=20),
             rule(None, "veto", None, "测评等级直接定为D等")],
         "notes": [
             "The table is printed without any border (no rules in the PDF).",
             "Each dimension states its weight in its cell (思想品德素质（25%）) and, in 第二条, a full score of 100 "
             "(各维度满分均为100分): points 100 and weight_pct 25 etc.; its items' points add up to 100.",
             "课程成绩 (80% of an average) is an award with amount open. The 测评总分 formula is no rule.",
             "第四条: four bands and a quota for A等; 第五条 (直接定为D等) a veto, as v06."]},
    ]}

# ------------------------------------------------------------------------------------------ w06
W06 = {
    "source": "w06-dongyang-qu-jiedao-niandu-kaohe-jifenbiao.html",
    "document": {"title": "东阳区2024年度街道工作考核计分表", "org": "东阳区委督查考核办", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "东阳区2024年度街道工作考核计分表",
         "items": [
             item("工作业绩", 60), item("工作业绩/任务完成", 30), item("工作业绩/创新工作", 15),
             item("工作业绩/督办落实", 15),
             item("工作作风", 25), item("工作作风/纪律作风", 15), item("工作作风/廉洁自律", 10),
             item("群众评议", 15)],
         "rules": [
             rule("工作业绩/任务完成", "award", 30, "全年重点任务全部按期完成的得30分"),
             rule("工作业绩/任务完成", "deduct", 3, "每有一项未按期完成扣3分", per="项"),
             rule("工作业绩/创新工作", "award", 5, "创新做法被市级以上推广的，每项得5分", per="项"),
             rule("工作业绩/创新工作", "cap", 15, "最多得15分"),
             rule("工作业绩/督办落实", "deduct", 2, "区委、区政府督办事项逾期未办结的，每件扣2分", per="件"),
             rule("工作作风/纪律作风", "deduct", 5, "被区纪委监委通报的，每次扣5分", per="次"),
             rule("工作作风/廉洁自律", "award", 0, "班子成员受到党纪政务处分的，本项不得分"),
             rule("群众评议", "award", None, "按群众满意度测评结果折算计分"),
             rule(None, "veto", None, "年度考核实行一票否决"),
             rule(None, "grade", None, "考核总分90分以上为一等", label="一等", at_least=90),
             rule(None, "grade", None, "80分以上不足90分为二等", label="二等", at_least=80, below=90),
             rule(None, "grade", None, "不足80分为三等", label="三等", below=80)],
         "notes": [
             "The items are column groups, not rows: two header rows, 工作业绩（60分） spanning three sub-columns with "
             "their own points, 群众评议（15分） spanning both header rows. The body rows (城关街道 …) are the units "
             "assessed, with blank cells to fill in: not items.",
             "Rules come from the numbered 评分说明 below the table, each naming its column (任务完成：…); 7 and 8 are "
             "scheme-wide. Page chrome (nav, 位置, 来源/浏览次数, 附件下载, footer) is no content.",
             "群众评议 (按…折算计分) is an award with amount open."]},
    ]}

ALL = [W01, W02, W03, W04, W05, W06]


def main() -> int:
    return write_all(ALL, HERE, GOLD)


if __name__ == "__main__":
    raise SystemExit(main())
