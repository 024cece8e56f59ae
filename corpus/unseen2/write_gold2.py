"""The gold of the second held-out set, written by hand and saved as gold/<stem>.json.

    .venv/bin/python corpus/unseen2/write_gold2.py

Every item and rule was read off the documents make_unseen2.py writes, never off an extractor's output.
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

# ------------------------------------------------------------------------------------------ v01
V01 = {
    "source": "v01-chengjiang-jiaotong-dangjian-kaohe-xize.docx",
    "document": {"title": "基层党支部党建工作考核细则", "org": "中共澄江市交通运输局委员会", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "基层党支部党建工作考核细则",
         "items": [item("政治建设", 20), item("组织建设", 30), item("党员教育管理", 20), item("作风建设", 15),
                   item("党建品牌创建", 15)],
         "rules": [
             rule("政治建设", "deduct", 2, "未在一个月内组织传达学习的，每次扣2分", per="次"),
             rule("政治建设", "deduct", 1, "每少一次扣1分", per="次"),
             rule("组织建设", "deduct", 10, "逾期未换届的扣10分"),
             rule("组织建设", "deduct", 0.5, "“三会一课”记录不全的，每缺一次扣0.5分", per="次"),
             rule("组织建设", "deduct", 1, "党费未按月收缴的，每月扣1分", per="月"),
             rule("党员教育管理", "deduct", 1, "每少4学时扣1分", per="4学时"),
             rule("党员教育管理", "deduct", 2, "发展党员程序不规范的，每发现一处扣2分", per="处"),
             rule("党员教育管理", "cap", None, "扣完为止"),
             rule("作风建设", "award", 0, "支部班子成员违反中央八项规定精神被查处的，本条不得分"),
             rule("作风建设", "deduct", 3, "支部党员被局纪委约谈的，每人次扣3分", per="人次"),
             rule("党建品牌创建", "award", 15, "经局党委认定的，得15分"),
             rule("党建品牌创建", "award", 8, "品牌正在培育的，得8分"),
             rule("党建品牌创建", "award", 0, "未开展品牌创建的，不得分"),
             rule(None, "bonus", 2, "党支部或者党员受到市级以上表彰的，每项加2分", per="项"),
             rule(None, "bonus", 1, "经验做法被市级以上媒体宣传推广的，每次加1分", per="次"),
             rule(None, "cap", 5, "加分合计不超过5分"),
             rule(None, "deduct", 5, "党支部所属党员受到党纪处分的，每人次在考核总分中扣减5分", per="人次"),
             rule(None, "veto", None, "实行一票否决"),
             rule(None, "grade", None, "得分90分以上为“好”", label="好", at_least=90),
             rule(None, "grade", None, "80分以上不足90分为“较好”", label="较好", at_least=80, below=90),
             rule(None, "grade", None, "60分以上不足80分为“一般”", label="一般", at_least=60, below=80),
             rule(None, "grade", None, "不足60分为“差”", label="差", below=60),
             rule(None, "grade", None, "评为“好”等次的党支部，数量不超过参评党支部总数的30%", label="好", quota=30)],
         "notes": [
             "Prose only, no table: 第一章…第四章 are chapters, 第三条–第七条 are the five scored items with their points in "
             "brackets after the name; the deduction sentences after them are their rules.",
             "第八条–第十一条 are scheme-wide: bonuses with a cap of 5, a per-person deduction from the total (item null: "
             "it is a chapter of its own, 加分与扣分, not a clause of any item), a veto and the grades.",
             "分为好、较好、一般、差四个等次 introduces the thresholds that follow; not four extra rules. 第十二条's quota is its "
             "own statement: a second grade rule for 好.",
             "The title is the 细则's own heading; the notice's heading above it is the cover letter."]},
    ]}

# ------------------------------------------------------------------------------------------ v02
V02 = {
    "source": "v02-nanhu-qu-jiedao-zonghe-kaohe-pingfenbiao.docx",
    "document": {"title": "南湖区2024年度街道综合考核评分表", "org": None, "year": 2024, "scale": 100},
    "schemes": [
        {"name": "南湖区2024年度街道综合考核评分表",
         "items": [
             item("经济发展", weight=30),
             item("经济发展/地区生产总值增速", 10, assessor="区发改局"),
             item("经济发展/招商引资", 12, assessor="区投促局"),
             item("经济发展/楼宇经济", 8, assessor="区商务局"),
             item("城市管理", weight=25),
             item("城市管理/市容环境", 10, assessor="区城管局"),
             item("城市管理/违法建设治理", 8, assessor="区住建局"),
             item("城市管理/垃圾分类", 7, assessor="区城管局"),
             item("社会治理", weight=25),
             item("社会治理/平安建设", 15, assessor="区委政法委"),
             item("社会治理/信访稳定", 10, assessor="区信访局"),
             item("民生保障", weight=20),
             item("民生保障/就业创业", 10, assessor="区人社局"),
             item("民生保障/为民办实事", 10, assessor="区政府办")],
         "rules": [
             rule("经济发展/地区生产总值增速", "award", 10, "完成目标得10分"),
             rule("经济发展/地区生产总值增速", "deduct", 1, "每低0.5个百分点扣1分", per="0.5个百分点"),
             rule("经济发展/招商引资", "award", 3, "每引进1个亿元以上项目得3分", per="个"),
             rule("经济发展/招商引资", "cap", 12, "最多得12分"),
             rule("经济发展/楼宇经济", "deduct", 0.5, "入驻率低于85%的，每低1个百分点扣0.5分", per="个百分点"),
             rule("城市管理/市容环境", "deduct", 2, "月度测评排名全区末位的，每次扣2分", per="次"),
             rule("城市管理/违法建设治理", "deduct", 1, "发现新增违法建设的，每处扣1分", per="处"),
             rule("城市管理/违法建设治理", "cap", None, "扣完为止"),
             rule("城市管理/垃圾分类", "deduct", 1, "专项检查不合格的，每次扣1分", per="次"),
             rule("社会治理/平安建设", "deduct", 3, "发生重大刑事案件的，每起扣3分", per="起"),
             rule("社会治理/平安建设", "deduct", 2, "群众安全感测评低于全区平均水平的扣2分"),
             rule("社会治理/信访稳定", "deduct", 2, "进京非正常上访每人次扣2分", per="人次"),
             rule("社会治理/信访稳定", "deduct", 1, "赴省非正常上访每人次扣1分", per="人次"),
             rule("民生保障/就业创业", "award", None, "完成目标任务得满分"),
             rule("民生保障/就业创业", "award", None, "未完成的按完成比例得分"),
             rule("民生保障/为民办实事", "deduct", 2.5, "每有一项未按期完成扣2.5分", per="项"),
             rule(None, "cap", None, "各考核项目扣分最多扣至该项目分值为零"),
             rule(None, "grade", None, "95分及以上的为优秀等次", label="优秀", at_least=95),
             rule(None, "grade", None, "85分及以上、95分以下的为良好等次", label="良好", at_least=85, below=95),
             rule(None, "grade", None, "85分以下的为一般等次", label="一般", below=85)],
         "notes": [
             "Category cells state a weight in brackets (经济发展（30%）) and no points: weight_pct 30, points null; the "
             "sub-items carry points (10+12+8 = 30, as 说明1 says). Leaves' assessor = 责任单位.",
             "考核内容 is a description of what is assessed, not a rule; 得分 is a blank column.",
             "The 备注 row (最多扣至该项目分值为零) is a cap with amount null for every item, stated once: item null.",
             "org: the form names no issuer (附件1 of an unnamed notice); 区发改局 etc. are the scoring units.",
             "Scale 100 from the 合计 row."]},
    ]}

# ------------------------------------------------------------------------------------------ v03
V03 = {
    "source": "v03-yuntong-wuliu-fengongsi-jingying-kaohebiao.docx",
    "document": {"title": "运通物流集团分公司2024年度经营管理考核表", "org": "运通物流集团有限公司", "year": 2024,
                 "scale": 100},
    "schemes": [
        {"name": "运通物流集团分公司2024年度经营管理考核表",
         "items": [
             item("经营指标", 35), item("经营指标/营业收入", 20, assessor="财务部"),
             item("经营指标/利润总额", 15, assessor="财务部"),
             item("安全管理", 25), item("安全管理/安全生产", 15, assessor="安全部"),
             item("安全管理/车辆管理", 10, assessor="车管部"),
             item("内部管理", 40), item("内部管理/财务合规", 10, assessor="审计部"),
             item("内部管理/客户服务", 15, assessor="市场部"),
             item("内部管理/人员管理", 15, assessor="人力资源部")],
         "rules": [
             rule("经营指标/营业收入", "award", 20, "完成年度营业收入目标得20分"),
             rule("经营指标/营业收入", "deduct", 1, "每低于目标2%扣1分", per="2%"),
             rule("经营指标/营业收入", "cap", None, "扣完为止"),
             rule("经营指标/利润总额", "award", 15, "完成利润目标得15分"),
             rule("经营指标/利润总额", "award", 0, "出现经营亏损的，本项不得分"),
             rule("安全管理/安全生产", "deduct", 5, "发生一般及以上交通责任事故的，每起扣5分", per="起"),
             rule("安全管理/安全生产", "deduct", 0.5, "安全例会每缺一次扣0.5分", per="次"),
             rule("安全管理/车辆管理", "deduct", 2, "车辆未按期年检的，每车次扣2分", per="车次"),
             rule("安全管理/车辆管理", "deduct", 3, "GPS在线率低于98%的扣3分"),
             rule("内部管理/财务合规", "deduct", 2, "内部审计发现违规事项的，每项扣2分", per="项"),
             rule("内部管理/客户服务", "deduct", 1, "客户有效投诉每件扣1分", per="件"),
             rule("内部管理/客户服务", "deduct", 3, "货损货差率超过0.1%的扣3分"),
             rule("内部管理/人员管理", "deduct", 1.5, "关键岗位人员流失的，每人扣1.5分", per="人"),
             rule("内部管理/人员管理", "deduct", 2, "员工培训计划完成率低于90%的扣2分"),
             rule(None, "grade", None, "考核得分低于60分的分公司，其负责人年度绩效等级定为“不称职”", label="不称职",
                  below=60)],
         "notes": [
             "Points are printed in the name cell on a line of their own (营业收入⏎20分); the category cells carry none, "
             "each group's 小计 row states its total (35分, 25分, 40分), taken as the category's points. 小计 and 总计 "
             "rows are not items.",
             "assessor = 考核部门; 扣分/得分 are blank columns. 注 gives a grade (below 60 → 不称职) to the head of a "
             "branch scoring under 60: a grade rule of the scheme.",
             "Scale 100 from 总计 100分."]},
    ]}

# ------------------------------------------------------------------------------------------ v04
V04_COMMON = [
    ("农业农村", "deduct", 5, "粮食播种面积未完成下达任务的扣5分", None),
    ("农业农村", "deduct", 1, "高标准农田建设进度每滞后10%扣1分", "10%"),
    ("项目建设", "deduct", 1, "县级重点项目开工率低于90%的，每低5个百分点扣1分", "5个百分点"),
    ("生态环保", "deduct", 5, "被中央、省生态环境保护督察通报的，每次扣5分", "次"),
    ("生态环保", "deduct", 0.5, "秸秆焚烧火点每发现一处扣0.5分", "处"),
    ("社会事业", "deduct", 2, "民生实事未按期完成的，每项扣2分", "项"),
    ("党的建设", "deduct", 3, "基层党建述职评议为“一般”的扣3分", None),
    ("党的建设", "deduct", 6, "“差”的扣6分", None),
]
V04_SCHEME_WIDE = [
    rule(None, "bonus", 2, "乡镇获得省级及以上综合性表彰的，每项加2分", per="项"),
    rule(None, "cap", 4, "加分总计不超过4分"),
    rule(None, "veto", None, "实行一票否决"),
    rule(None, "grade", None, "得分90分以上为优秀", label="优秀", at_least=90),
    rule(None, "grade", None, "75分至89分为合格", label="合格", at_least=75, below=90),
    rule(None, "grade", None, "75分以下为不合格", label="不合格", below=75),
    rule(None, "grade", None, "各类乡镇优秀等次比例不超过该类乡镇总数的30%", label="优秀", quota=30),
]
V04_ASSESSOR = {"工业经济": "县工信局", "农业农村": "县农业农村局", "项目建设": "县发改局", "生态环保": "县生态环境分局",
                "社会事业": "县政府办", "党的建设": "县委组织部"}


def v04_scheme(name: str, points: dict[str, int], extra: list[dict]) -> dict:
    return {"name": name,
            "items": [item(k, v, assessor=V04_ASSESSOR[k]) for k, v in points.items()],
            "rules": [*extra, *(rule(w, k, a, t, per=p) for w, k, a, t, p in V04_COMMON), *V04_SCHEME_WIDE],
            "notes": [
                "One table, two points columns under a merged 分值 header (一类乡镇 | 二类乡镇): two schemes with the "
                "same 评分标准 and different points; a '—' means the item is not assessed for that class (表注), so "
                "二类乡镇 has no 工业经济.",
                "Sections 三 (bonus, cap 4, veto) and 四 (grades, quota 30%) govern both classes: listed in each.",
                "75分至89分 closed at 90 (README: inclusive bands).",
                "工业经济's 每家加0.5分 can take the item past its 25 (its base is full points less deductions): bonus, "
                "with 最多加2分 a cap of 2."]}


V04 = {
    "source": "v04-fengyuan-xian-xiangzhen-niandu-zonghe-kaohe.docx",
    "document": {"title": "丰源县2024年度乡镇综合考核办法", "org": "中共丰源县委办公室", "year": 2024, "scale": 100},
    "schemes": [
        v04_scheme("一类乡镇", {"工业经济": 25, "农业农村": 10, "项目建设": 20, "生态环保": 15, "社会事业": 15,
                               "党的建设": 15},
                   [rule("工业经济", "deduct", 1, "规模以上工业增加值增速每低于全县目标1个百分点扣1分", per="个百分点"),
                    rule("工业经济", "bonus", 0.5, "新增规模以上工业企业每家加0.5分", per="家"),
                    rule("工业经济", "cap", 2, "最多加2分")]),
        v04_scheme("二类乡镇", {"农业农村": 35, "项目建设": 15, "生态环保": 20, "社会事业": 15, "党的建设": 15}, []),
    ]}

# ------------------------------------------------------------------------------------------ v05
D, C = "deduct", "cap"
V05_ITEMS = [
    ("基础护理", 20, [
        ("病房环境", 4, "现场查看", [
            (D, 0.5, "病室地面有污渍的扣0.5分", None), (D, 0.2, "床头柜物品摆放杂乱的，每床扣0.2分", "床"),
            (D, 0.5, "呼叫器不在患者可及处的，每床扣0.5分", "床"), (C, None, "扣完为止", None)]),
        ("患者清洁", 5, "抽查5名患者", [
            (D, 0.5, "指甲过长的每人扣0.5分", "人"), (D, 1, "皮肤有污垢的每人扣1分", "人"),
            (D, 0.5, "头发不洁的每人扣0.5分", "人"), (C, None, "扣完为止", None)]),
        ("卧位与安全", 5, "抽查5名患者", [
            (D, 1, "体位不符合病情要求的，每人扣1分", "人"), (D, 1, "应使用床栏而未使用的，每人扣1分", "人"),
            ("award", 0, "发生坠床且护理措施不到位的，本项不得分", None)]),
        ("压力性损伤预防", 6, "查看记录", [
            (D, 2, "高危患者未评估的每例扣2分", "例"), (D, 1, "翻身记录不全的每例扣1分", "例"),
            (D, 4, "发生院内压力性损伤未上报的，每例扣4分", "例"), (C, None, "扣完为止", None)])]),
    ("专科护理", 25, [
        ("护理评估", 6, "查阅病历", [
            (D, 1, "入院评估未在2小时内完成的，每例扣1分", "例"), (D, 0.5, "评估内容漏项的，每项扣0.5分", "项"),
            (C, None, "扣完为止", None)]),
        ("护理措施落实", 7, "现场询问", [
            (D, 1, "护理措施与病情不符的，每例扣1分", "例"), (D, 1, "重点患者交接班不清的，每次扣1分", "次")]),
        ("健康教育", 6, "询问患者", [
            (D, 2, "知晓率低于80%的扣2分", None), (D, 1, "出院指导未落实的，每例扣1分", "例"),
            (C, None, "扣完为止", None)]),
        ("专科操作", 6, "现场考核", [
            (D, 1, "操作不规范的，每人次扣1分", "人次"), (D, 2, "操作考核不合格的，每人扣2分", "人")])]),
    ("护理安全", 25, [
        ("查对制度", 7, "现场查看", [
            (D, 1, "给药前未执行双人核对的，每次扣1分", "次"), (D, 3, "发生给药错误的，每例扣3分", "例"),
            (C, None, "扣完为止", None)]),
        ("输血安全", 5, "查阅记录", [
            (D, 1, "输血记录不完整的，每份扣1分", "份"), ("award", 0, "发生输血差错的，本项不得分", None)]),
        ("管路管理", 5, "现场查看", [
            (D, 0.5, "导管无标识的，每根扣0.5分", "根"), (D, 2, "发生非计划拔管的，每例扣2分", "例"),
            (C, None, "扣完为止", None)]),
        ("不良事件管理", 8, "查阅登记本", [
            (D, 4, "瞒报、漏报不良事件的，每例扣4分", "例"), (D, 1, "未进行原因分析的，每例扣1分", "例")])]),
    ("护理文书", 10, [
        ("体温单", 3, "抽查5份病历", [
            (D, 0.5, "体温单漏记、错记的，每处扣0.5分", "处"),
            (D, 1, "生命体征异常未按要求复测并记录的，每例扣1分", "例"), (C, None, "扣完为止", None)]),
        ("护理记录", 4, "抽查5份病历", [
            (D, 1, "护理记录与医疗记录不一致的，每处扣1分", "处"),
            (D, 0.5, "危重患者护理记录间隔超过规定时间的，每次扣0.5分", "次"),
            (D, 1, "出现涂改、代签的，每处扣1分", "处")]),
        ("医嘱执行", 3, "查阅医嘱单", [
            (D, 1, "临时医嘱未在规定时间内执行的，每条扣1分", "条"),
            (D, 0.5, "执行后未签名或签名不全的，每条扣0.5分", "条"), (C, None, "扣完为止", None)])]),
    ("护理管理", 10, [
        ("护士长管理", 3, "查阅资料", [
            (D, 1, "护士长手册未按月填写的，每月扣1分", "月"), (D, 0.5, "质量检查未形成整改措施的，每次扣0.5分", "次")]),
        ("人员培训", 3, "查阅资料", [
            (D, 2, "培训计划未落实的扣2分", None), (D, 0.5, "合格率每低于95%一个百分点扣0.5分", "个百分点")]),
        ("物品管理", 4, "现场查看", [
            (D, 1, "急救物品完好率达不到100%的，每件扣1分", "件"), (D, 2, "高危药品未单独存放的扣2分", None),
            (C, None, "扣完为止", None)])]),
    ("患者满意度", 10, [
        ("住院患者满意度", 6, "第三方调查", [
            ("award", 6, "满意度达到95%得6分", None), (D, 0.5, "每低1个百分点扣0.5分", "个百分点"),
            (C, None, "扣完为止", None)]),
        ("投诉管理", 4, "查阅投诉登记", [
            (D, 1, "有效投诉每例扣1分", "例"), (D, 0.5, "投诉未在5个工作日内反馈的，每例扣0.5分", "例")])]),
]


def v05_scheme() -> dict:
    items, rules = [], []
    for cat, cat_pts, leaves in V05_ITEMS:
        items.append(item(cat, cat_pts))
        for name, pts, method, leaf_rules in leaves:
            path = f"{cat}/{name}"
            items.append(item(path, pts, method=method))
            rules.extend(rule(path, kind, amount, text, per=per) for kind, amount, text, per in leaf_rules)
    rules += [
        rule(None, "grade", None, "季度考核得分95分及以上为优秀", label="优秀", at_least=95),
        rule(None, "grade", None, "85分及以上、95分以下为良好", label="良好", at_least=85, below=95),
        rule(None, "grade", None, "75分及以上、85分以下为合格", label="合格", at_least=75, below=85),
        rule(None, "grade", None, "75分以下为不合格", label="不合格", below=75),
        rule(None, "veto", None, "实行一票否决")]
    return {"name": "滨江市第二人民医院病区护理质量考核标准", "items": items, "rules": rules, "notes": [
        "One table over two pages (五号 font), header row repeated (tblHeader) on page 2; the 护理安全 category cell is "
        "merged over rows cut by the page break, and the 管路管理 row itself is split across it.",
        "项目 cells state the category points in brackets (基础护理（20分）). 考核要点 cells read `name：description` "
        "(病房环境：病室整洁、安静…): the part before the colon names the item.",
        "method = 检查方法. Each sentence of 考核标准及扣分办法 with its own amount is a rule; the 扣完为止 ending a cell is "
        "a cap of that item.",
        "说明: four grades and a veto for the scheme. 检查要求 (procedure) and the page header are not rules."]}


V05 = {
    "source": "v05-binjiang-dier-yiyuan-huli-zhiliang-kaohe-biaozhun.docx",
    "document": {"title": "滨江市第二人民医院病区护理质量考核标准（2024年修订）", "org": "滨江市第二人民医院护理部",
                 "year": 2024, "scale": 100},
    "schemes": [v05_scheme()]}

# ------------------------------------------------------------------------------------------ v06
V06 = {
    "source": "v06-shiyan-xiaoxue-banzhuren-kaohe.xlsx",
    "document": {"title": "石岩小学班主任工作考核评分表", "org": "石岩小学", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "石岩小学班主任工作考核评分表",
         "items": [
             item("班级常规管理", 40), item("班级常规管理/晨午检与考勤", 8), item("班级常规管理/卫生与两操", 12),
             item("班级常规管理/路队与安全", 10), item("班级常规管理/班级文化", 10),
             item("德育活动", 30), item("德育活动/主题班会", 10), item("德育活动/家校沟通", 10),
             item("德育活动/学生评价", 10),
             item("工作实绩", 30), item("工作实绩/班级获奖", 15), item("工作实绩/家长满意度", 15)],
         "rules": [
             rule("班级常规管理/晨午检与考勤", "deduct", 1, "未按时上报晨午检情况的，每次扣1分", per="次"),
             rule("班级常规管理/晨午检与考勤", "deduct", 2, "学生缺勤未及时与家长联系的，每次扣2分", per="次"),
             rule("班级常规管理/卫生与两操", "award", 0.5, "流动红旗每获得一次加0.5分", per="次"),
             rule("班级常规管理/卫生与两操", "deduct", 1, "被通报批评每次扣1分", per="次"),
             rule("班级常规管理/卫生与两操", "cap", 12, "本项最高12分"),
             rule("班级常规管理/路队与安全", "deduct", 1, "放学路队秩序混乱被值周教师记录的，每次扣1分", per="次"),
             rule("班级常规管理/路队与安全", "award", 0, "发生学生安全责任事故的，本项不得分"),
             rule("班级常规管理/班级文化", "award", 10, "教室布置评比获一等奖得10分"),
             rule("班级常规管理/班级文化", "award", 8, "二等奖得8分"),
             rule("班级常规管理/班级文化", "award", 6, "三等奖得6分"),
             rule("德育活动/主题班会", "deduct", 1.5, "每少一次扣1.5分", per="次"),
             rule("德育活动/家校沟通", "deduct", 0.5, "每少一户扣0.5分", per="户"),
             rule("德育活动/家校沟通", "deduct", 3, "家长会缺一次扣3分", per="次"),
             rule("德育活动/学生评价", "deduct", 5, "学生综合素质评价未按时完成的扣5分"),
             rule("工作实绩/班级获奖", "award", 5, "班级获区级集体荣誉的，每项得5分", per="项"),
             rule("工作实绩/班级获奖", "award", 2, "获校级荣誉的，每项得2分", per="项"),
             rule("工作实绩/班级获奖", "cap", 15, "累计最多得15分"),
             rule("工作实绩/家长满意度", "award", 15, "满意率90%以上得15分"),
             rule("工作实绩/家长满意度", "award", 10, "80%～90%得10分"),
             rule("工作实绩/家长满意度", "award", 5, "80%以下得5分"),
             rule(None, "grade", None, "优秀（90分及以上）", label="优秀", at_least=90),
             rule(None, "grade", None, "称职（75—89分）", label="称职", at_least=75, below=90),
             rule(None, "grade", None, "基本称职（60—74分）", label="基本称职", at_least=60, below=75),
             rule(None, "grade", None, "不称职（60分以下）", label="不称职", below=60),
             rule(None, "veto", None, "考核直接定为不称职")],
         "notes": [
             "One sheet; the 序号 column holds 一、二、三、 on group rows (name and points, criteria empty) and 1、2、… on "
             "the item rows under them: a two-level tree read from the numbering of one column.",
             "卫生与两操: 加0.5分 per 流动红旗 within 本项最高12分 builds the item's score: award (README), the 最高12分 a cap.",
             "说明2 (直接定为不称职 on a serious incident) is a veto, as u09's 注2. 自评/考核组评分 are blank columns.",
             "year 2024 from 2024—2025学年 (the first year, as u04). Scale 100 from 合计."]},
    ]}

# ------------------------------------------------------------------------------------------ v07
V07 = {
    "source": "v07-huarui-keji-xiaoshou-bu-kpi-kaohe.docx",
    "document": {"title": "华睿科技股份有限公司销售部2024年度KPI考核表", "org": "华睿科技股份有限公司", "year": 2024,
                 "scale": None},
    "schemes": [
        {"name": "华睿科技股份有限公司销售部2024年度KPI考核表",
         "items": [
             item("销售收入", weight=25), item("销售回款率", weight=15), item("销售毛利率", weight=15),
             item("新客户开发数", weight=10), item("客户投诉处理及时率", weight=10), item("库存周转天数", weight=10),
             item("团队建设", weight=15),
             item("加分项"), item("加分项/获得集团年度创新奖"), item("加分项/开拓新区域市场并实现销售"),
             item("减分项"), item("减分项/发生重大客户流失"), item("减分项/违反公司财务制度")],
         "rules": [
             rule("销售收入", "award", None, "完成目标值得满分"),
             rule("销售收入", "deduct", 2, "每低1%扣2分", per="%"),
             rule("销售收入", "cap", None, "最低0分"),
             rule("销售回款率", "deduct", 1, "每低1个百分点扣1分", per="个百分点"),
             rule("销售回款率", "cap", None, "最低0分"),
             rule("销售毛利率", "deduct", 1.5, "每低0.5个百分点扣1.5分", per="0.5个百分点"),
             rule("销售毛利率", "bonus", 1, "高于目标值的，每高1个百分点加1分", per="个百分点"),
             rule("销售毛利率", "cap", 3, "最多加3分"),
             rule("新客户开发数", "deduct", 0.5, "每少1家扣0.5分", per="家"),
             rule("客户投诉处理及时率", "deduct", 1, "超时处理的投诉每件扣1分", per="件"),
             rule("库存周转天数", "deduct", 0.5, "每超1天扣0.5分", per="天"),
             rule("库存周转天数", "cap", None, "最低0分"),
             rule("团队建设", "deduct", 3, "核心骨干流失每人扣3分", per="人"),
             rule("团队建设", "deduct", 5, "年度培训计划未完成的扣5分"),
             rule("加分项/获得集团年度创新奖", "bonus", 5, "+5分"),
             rule("加分项/开拓新区域市场并实现销售", "bonus", 2, "每个区域+2分", per="个区域"),
             rule("减分项/发生重大客户流失", "deduct", 3, "每家-3分", per="家"),
             rule("减分项/违反公司财务制度", "deduct", 5, "每次-5分", per="次"),
             rule(None, "cap", 10, "加分项合计不超过10分"),
             rule(None, "grade", None, "综合得分≥95分为A级", label="A级", at_least=95),
             rule(None, "grade", None, "85分（含）～95分为B级", label="B级", at_least=85, below=95),
             rule(None, "grade", None, "70分（含）～85分为C级", label="C级", at_least=70, below=85),
             rule(None, "grade", None, "<70分为D级", label="D级", below=70)],
         "notes": [
             "Table 1: weights only (权重 25%…, 合计 100%), points null; 目标值 is a target, 数据来源 a source, 实际完成/得分 "
             "blank. 最低0分 is a floor of the item's score: cap null, as 最多扣至0分.",
             "Table 2 (二、加分项与减分项) belongs to the same form: 类型 is a tree level (加分项/减分项, merged) over the "
             "事项 rows, whose 分值 cells (+5分, 每个区域+2分, 每家-3分, 每次-5分) are bonus/deduct rules beyond the KPI score.",
             "注2 is a score formula (not a rule). 注1's cap and 注3's grades are scheme-wide (item null).",
             "scale null: the only total stated is 100% of weights; no 满分 or points total is written."]},
    ]}

# ------------------------------------------------------------------------------------------ v08
V08 = {
    "source": "v08-qinghe-qu-wuye-fuwu-qiye-xinyong-kaohe.html",
    "document": {"title": "青禾区物业服务企业信用考核评分标准（2024年版）", "org": "青禾区住房和城乡建设局", "year": 2024,
                 "scale": 100},
    "schemes": [
        {"name": "青禾区物业服务企业信用考核评分标准",
         "items": [
             item("基础管理", 30), item("基础管理/企业资料备案", 10), item("基础管理/人员持证上岗", 10),
             item("基础管理/财务公开", 10),
             item("服务质量", 45), item("服务质量/设施设备维护", 25), item("服务质量/环境与秩序", 20),
             item("业主评价", 25), item("业主评价/投诉处理", 15), item("业主评价/满意度测评", 10),
             item("良好信用加分")],
         "rules": [
             rule("基础管理/企业资料备案", "deduct", 2, "项目负责人变更未在15日内备案的，每次扣2分", per="次"),
             rule("基础管理/企业资料备案", "deduct", 5, "合同未备案的扣5分"),
             rule("基础管理/人员持证上岗", "deduct", 3, "特种作业人员无证上岗的，每人扣3分", per="人"),
             rule("基础管理/财务公开", "deduct", 2.5, "未按季度公示物业费收支情况的，每次扣2.5分", per="次"),
             rule("服务质量/设施设备维护", "deduct", 1, "电梯、消防设施维保记录缺失的，每台次扣1分", per="台次"),
             rule("服务质量/设施设备维护", "deduct", 5, "二次供水未按期清洗的扣5分"),
             rule("服务质量/环境与秩序", "deduct", 2, "公共区域保洁不到位被街道通报的，每次扣2分", per="次"),
             rule("服务质量/环境与秩序", "deduct", 1, "消防通道堵塞未及时处理的，每处扣1分", per="处"),
             rule("业主评价/投诉处理", "deduct", 0.5, "12345热线投诉经核实属实的，每件扣0.5分", per="件"),
             rule("业主评价/投诉处理", "cap", None, "扣完为止"),
             rule("业主评价/满意度测评", "award", 0, "业主满意率低于70%的，本项不得分"),
             rule("良好信用加分", "bonus", 3, "每个项目加3分", per="个项目"),
             rule("良好信用加分", "bonus", 2, "参与抢险救灾受区级以上表彰的加2分"),
             rule("良好信用加分", "cap", 10, "累计加分不超过10分"),
             rule(None, "grade", None, "AAA级（105分以上）", label="AAA级", at_least=105),
             rule(None, "grade", None, "AA级（90分以上不足105分）", label="AA级", at_least=90, below=105),
             rule(None, "grade", None, "A级（75分以上不足90分）", label="A级", at_least=75, below=90),
             rule(None, "grade", None, "B级（不足75分）", label="B级", below=75)],
         "notes": [
             "A web page: top navigation, breadcrumb, a 相关链接 sidebar, meta line, 附件 link and footer are chrome.",
             "Two header rows: 考核组填写 spans 扣分/得分 (blank form columns). Category cells use rowspan and a <br> before "
             "their points (基础管理<br>（30分）). 良好信用加分 spans 类别/项目 (colspan 2), 基础分 '—': an item with "
             "points null whose amounts are bonuses (beyond the 100 基础分) and whose 累计…不超过10分 is a cap of 10.",
             "Scale 100 from 以100分为基础分 and the 合计 row. Grades as printed (AAA级 …), 以上 inclusive."]},
    ]}

ALL = [V01, V02, V03, V04, V05, V06, V07, V08]


def main() -> int:
    return write_all(ALL, HERE, GOLD)


if __name__ == "__main__":
    raise SystemExit(main())
