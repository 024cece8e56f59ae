"""The gold of the fifth held-out set, written by hand and saved as gold/<stem>.json.

    .venv/bin/python corpus/unseen5/write_gold5.py

Every item and rule was read off the documents make_unseen5.py writes, never off an extractor's output.
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

# ------------------------------------------------------------------------------------------ y01
A, B, C, D = "政治建设", "组织建设", "作风与廉政建设", "工作创新"
Y01 = {
    "source": "y01-qinghe-shi-shichang-jianguan-dangjian-kaohe-xize.docx",
    "document": {"title": "青禾市市场监管系统基层党组织党建工作考核细则", "org": "中共青禾市市场监督管理局党组",
                 "year": 2024, "scale": 100},
    "schemes": [
        {"name": "青禾市市场监管系统基层党组织党建工作考核细则",
         "items": [
             item(A, 25), item(f"{A}/理论学习", 10), item(f"{A}/意识形态", 8), item(f"{A}/政治生活", 7),
             item(B, 35), item(f"{B}/支部标准化", 15), item(f"{B}/党员管理", 12), item(f"{B}/三会一课", 8),
             item(C, 25), item(f"{C}/廉政教育", 10), item(f"{C}/监督执纪", 15),
             item(D, 15), item(f"{D}/特色品牌", 15)],
         "rules": [
             rule(f"{A}/理论学习", "deduct", 1, "党支部每月至少组织1次集体学习，每少1次扣1分", per="次"),
             rule(f"{A}/理论学习", "deduct", 0.5, "学习记录缺失的，每次扣0.5分", per="次"),
             rule(f"{A}/理论学习", "deduct", 0.2, "未留存学习影像资料的，每次扣0.2分", per="次"),
             rule(f"{A}/意识形态", "deduct", 4, "未按规定每半年分析研判一次意识形态形势的，扣4分"),
             rule(f"{A}/意识形态", "award", 0, "党员在网络上发表错误言论造成不良影响的，本条不得分"),
             rule(f"{A}/政治生活", "deduct", 5, "未召开年度组织生活会的，扣5分"),
             rule(f"{A}/政治生活", "deduct", 2, "批评与自我批评流于形式的，扣2分"),
             rule(f"{B}/支部标准化", "deduct", 5, "支部委员会未按期换届的，扣5分"),
             rule(f"{B}/支部标准化", "deduct", 2, "入党申请未经支部委员会讨论的，每人扣2分", per="人"),
             rule(f"{B}/支部标准化", "deduct", 1, "培养考察材料不齐全的，每人扣1分", per="人"),
             rule(f"{B}/党员管理", "deduct", 0.5, "党费未按时足额收缴的，每人次扣0.5分", per="人次"),
             rule(f"{B}/党员管理", "cap", None, "扣完为止"),
             rule(f"{B}/党员管理", "deduct", 1, "党员组织关系转接超过规定时限的，每人扣1分", per="人"),
             rule(f"{B}/三会一课", "deduct", 2, "支部党员大会每季度召开1次，每少1次扣2分", per="次"),
             rule(f"{B}/三会一课", "deduct", 0.5, "党小组会每月召开1次，每少1次扣0.5分", per="次"),
             rule(f"{C}/廉政教育", "deduct", 2, "每季度开展警示教育1次，每少1次扣2分", per="次"),
             rule(f"{C}/监督执纪", "deduct", 5, "支部党员受到党纪处分的，每人扣5分", per="人"),
             rule(f"{C}/监督执纪", "deduct", 3, "发生“四风”问题被市级以上通报的，每起扣3分", per="起"),
             rule(f"{D}/特色品牌", "award", 15, "支部党建品牌被省级党组织推广的，得15分"),
             rule(f"{D}/特色品牌", "award", 10, "被市级推广的，得10分"),
             rule(f"{D}/特色品牌", "award", 5, "尚未形成品牌的，得5分"),
             rule(None, "bonus", 5, "获评省级以上先进基层党组织的，加5分"),
             rule(None, "bonus", 3, "获评市级先进基层党组织的，加3分"),
             rule(None, "grade", None, "得分90分以上为好", label="好", at_least=90),
             rule(None, "grade", None, "75分以上不足90分为较好", label="较好", at_least=75, below=90),
             rule(None, "grade", None, "60分以上不足75分为一般", label="一般", at_least=60, below=75),
             rule(None, "grade", None, "不足60分为差", label="差", below=60),
             rule(None, "grade", None, "“好”等次支部不超过参评支部总数的30%", label="好", quota=30),
             rule(None, "veto", None, "该支部年度考核直接评为“差”等次")],
         "notes": [
             "Prose only, four numbering levels: 第X章 with （N分） are the categories, 第X条 with （N分） the items under "
             "them, （一）（二） clauses and 1．2． sub-clauses are scoring sentences (not items). 第一章 总则, 第六章 加分与"
             "考核结果 and 第七章 附则 carry no points and are not items.",
             "A （二） clause that only leads in (学习记录有下列情形的，按以下标准扣分：) states no amount; its 1．2． each "
             "give one deduction of the article.",
             "第十三条: two bonuses; 同一事项按最高级别计算，不重复加分 is no cap (no amount). 第十四条: the list 好、较好、"
             "一般、差 is not a rule of its own; 第十五条 直接评为“差”等次 read as a veto (as x02, w05).",
             "Item name 三会一课 without its quotation marks (the scorer drops punctuation anyway).",
             "org: the 党组 that issues the notice (as x01)."]},
    ]}

# ------------------------------------------------------------------------------------------ y02
COMMON_ITEMS = [item("共性指标", 30), item("共性指标/学习培训", 10), item("共性指标/作风纪律", 10),
                item("共性指标/信息报送", 10), item("业务指标", 70)]
COMMON_RULES = [
    rule("共性指标/学习培训", "deduct", 1, "全年参加中心组织的业务培训不少于6次，每缺1次扣1分", per="次"),
    rule("共性指标/作风纪律", "deduct", 0.5, "工作日迟到早退的，每人次扣0.5分", per="人次"),
    rule("共性指标/作风纪律", "deduct", 2, "上班时间擅离岗位被通报的，每次扣2分", per="次"),
    rule("共性指标/信息报送", "award", 1, "政务信息被区级以上采用的，每篇得1分", per="篇"),
    rule("共性指标/信息报送", "cap", 10, "最多得10分"),
]
Y02_SHEET_RULES = [
    rule(None, "grade", None, "考核得分90分及以上为优秀", label="优秀", at_least=90),
    rule(None, "grade", None, "80分至89分为良好", label="良好", at_least=80, below=90),
    rule(None, "grade", None, "60分至79分为一般", label="一般", at_least=60, below=80),
    rule(None, "grade", None, "60分以下为较差", label="较差", below=60),
    rule(None, "veto", None, "考核等次确定为较差"),
]
Y02_NOTES = [
    "One scheme per sheet: the three sheets share the columns and the 共性指标 block but differ in their 业务指标 "
    "items; the captions differ only by the 科室 in brackets, so each scheme is named by the 科室 (= the tab).",
    "序号 `一、` marks group rows (points in the 分值 column, criteria cell empty), `1.` item rows. 合计 is not an "
    "item. 自评分/考核得分 are blank columns.",
    "The 备注 rows (same on each sheet) give the grades (80分至89分 → at_least 80, below 90) and a direct grade "
    "(考核等次确定为较差) read as a veto; listed in each scheme.",
    "document.title: the caption without the 科室 in brackets.",
]
W, P, S = "业务指标/文电办理", "业务指标/会务保障", "业务指标/资产管理"
Y02 = {
    "source": "y02-yunmeng-qu-zhengwu-fuwu-zhongxin-keshi-kaohe.xlsx",
    "document": {"title": "云梦区政务服务中心2024年度科室绩效考核表", "org": "云梦区政务服务中心", "year": 2024,
                 "scale": 100},
    "schemes": [
        {"name": "综合科",
         "items": [*COMMON_ITEMS, item(W, 20), item(P, 15), item(S, 15), item("业务指标/财务管理", 20)],
         "rules": [
             *COMMON_RULES,
             rule(W, "deduct", 1, "公文办理超过规定时限的，每件扣1分", per="件"),
             rule(W, "deduct", 0.5, "出现文字差错被退文的，每件扣0.5分", per="件"),
             rule(P, "deduct", 5, "会务组织出现失误造成不良影响的，每次扣5分", per="次"),
             rule(S, "deduct", 2, "固定资产账实不符的，每项扣2分", per="项"),
             rule(S, "cap", None, "扣完为止"),
             rule("业务指标/财务管理", "award", 20, "年度预算执行率达到95%以上的得20分"),
             rule("业务指标/财务管理", "deduct", 1, "每低1个百分点扣1分", per="个百分点"),
             *Y02_SHEET_RULES],
         "notes": Y02_NOTES},
        {"name": "窗口服务科",
         "items": [*COMMON_ITEMS, item("业务指标/办件时效", 25), item("业务指标/好差评", 25),
                   item("业务指标/首问负责", 10), item("业务指标/窗口形象", 10)],
         "rules": [
             *COMMON_RULES,
             rule("业务指标/办件时效", "deduct", 1, "即办件未当场办结的，每件扣1分", per="件"),
             rule("业务指标/办件时效", "deduct", 2, "承诺件超期的，每件扣2分", per="件"),
             rule("业务指标/好差评", "deduct", 3, "群众评价“差评”经核实的，每件扣3分", per="件"),
             rule("业务指标/好差评", "deduct", 1, "差评未在3个工作日内整改回访的，每件再扣1分", per="件"),
             rule("业务指标/首问负责", "deduct", 5, "推诿、拒绝首问的，每次扣5分", per="次"),
             rule("业务指标/窗口形象", "deduct", 0.5, "未按规定着装、佩戴工牌的，每人次扣0.5分", per="人次"),
             *Y02_SHEET_RULES],
         "notes": Y02_NOTES},
        {"name": "审批协调科",
         "items": [*COMMON_ITEMS, item("业务指标/并联审批", 30), item("业务指标/事项梳理", 20),
                   item("业务指标/帮办代办", 20)],
         "rules": [
             *COMMON_RULES,
             rule("业务指标/并联审批", "deduct", 2, "牵头的联合审批事项未在承诺时限内办结的，每件扣2分", per="件"),
             rule("业务指标/事项梳理", "deduct", 5, "政务服务事项清单未按时动态调整的，扣5分"),
             rule("业务指标/事项梳理", "deduct", 0.5, "办事指南要素缺失的，每项扣0.5分", per="项"),
             rule("业务指标/帮办代办", "award", 20, "重点项目帮办代办服务覆盖率达到100%的得20分"),
             rule("业务指标/帮办代办", "award", 15, "达到90%的得15分"),
             rule("业务指标/帮办代办", "award", 10, "低于90%的得10分"),
             *Y02_SHEET_RULES],
         "notes": Y02_NOTES},
    ]}

# ------------------------------------------------------------------------------------------ y03
J, M_, Z, G = "基层基础", "矛盾化解", "治安防控", "安全感满意度"
Y03 = {
    "source": "y03-anfeng-qu-pingan-jianshe-kaohe-pingfenbiao.docx",
    "document": {"title": "安丰区2024年度镇（街道）平安建设考核评分表", "org": "安丰区平安建设领导小组办公室",
                 "year": 2024, "scale": 100},
    "schemes": [
        {"name": "安丰区2024年度镇（街道）平安建设考核评分表",
         "items": [
             item(J, 30), item(f"{J}/网格化服务管理", 12, method="系统核查", assessor="区委政法委"),
             item(f"{J}/综治中心规范化", 10, method="实地查看", assessor="区委政法委"),
             item(f"{J}/群防群治", 8, method="查阅资料", assessor="区公安分局"),
             item(M_, 25), item(f"{M_}/信访工作", 15, method="系统核查", assessor="区信访局"),
             item(f"{M_}/人民调解", 10, method="查阅资料", assessor="区司法局"),
             item(Z, 30), item(f"{Z}/刑事案件防控", 15, method="数据比对", assessor="区公安分局"),
             item(f"{Z}/禁毒工作", 8, method="数据比对", assessor="区禁毒办"),
             item(f"{Z}/反诈宣传", 7, method="数据比对", assessor="区公安分局"),
             item(G, 15), item(f"{G}/群众安全感", 15, method="问卷调查", assessor="区统计局")],
         "rules": [
             rule(f"{J}/网格化服务管理", "deduct", 0.5, "专职网格员配备未达到每网格1名的，每缺1名扣0.5分", per="名"),
             rule(f"{J}/网格化服务管理", "deduct", 3, "网格事件按期办结率低于95%的扣3分"),
             rule(f"{J}/综治中心规范化", "deduct", 5, "镇街综治中心未实现实体化运行的扣5分"),
             rule(f"{J}/综治中心规范化", "deduct", 2, "视频监控未接入的扣2分"),
             rule(f"{J}/群防群治", "deduct", 2, "平安志愿者队伍人数低于常住人口1%的扣2分"),
             rule(f"{J}/群防群治", "deduct", 3, "未开展常态化巡防的扣3分"),
             rule(f"{M_}/信访工作", "award", 15, "信访事项按期受理率、办结率均达到100%的得15分"),
             rule(f"{M_}/信访工作", "deduct", 1, "每出现1件逾期的扣1分", per="件"),
             rule(f"{M_}/人民调解", "deduct", 1, "调解成功率低于96%的，每低1个百分点扣1分", per="个百分点"),
             rule(f"{Z}/刑事案件防控", "deduct", 0.5, "可防性案件发案数同比上升的，每上升1个百分点扣0.5分",
                  per="个百分点"),
             rule(f"{Z}/刑事案件防控", "cap", None, "扣完为止"),
             rule(f"{Z}/禁毒工作", "deduct", 3, "新发现吸毒人员同比上升的扣3分"),
             rule(f"{Z}/禁毒工作", "deduct", 2, "社区戒毒康复执行率低于95%的扣2分"),
             rule(f"{Z}/反诈宣传", "deduct", 4, "电信网络诈骗案件万人发案率高于全区平均水平的扣4分"),
             rule(f"{G}/群众安全感", "award", 15, "群众安全感测评得分98分以上的得15分"),
             rule(f"{G}/群众安全感", "award", 12, "95分至98分的得12分"),
             rule(f"{G}/群众安全感", "award", 8, "低于95分的得8分"),
             rule(None, "cap", None, "各项扣分以该项分值为限"),
             rule(None, "bonus", 3, "获得省级平安建设先进集体的加3分"),
             rule(None, "bonus", 2, "获得市级平安建设先进集体的加2分"),
             rule(None, "cap", 3, "加分最多不超过3分"),
             rule(None, "veto", None, "平安建设考核实行一票否决"),
             rule(None, "grade", None, "95分以上为平安镇（街道）", label="平安镇（街道）", at_least=95),
             rule(None, "grade", None, "85分以上不足95分为达标", label="达标", at_least=85, below=95),
             rule(None, "grade", None, "85分以下为不达标", label="不达标", below=85)],
         "notes": [
             "No points column: both levels carry their points only in the name (基层基础（30分）, merged over its rows; "
             "网格化服务管理（12分）). Names are given without the points suffix.",
             "考核方式 (系统核查, 实地查看 …) is the method and 责任单位 the assessor of each leaf; the table assesses "
             "every 镇（街道） (被考核单位 is a form field above it), so 责任单位 is no unit assessed.",
             "说明一 各项扣分以该项分值为限 read as a scheme-wide cap with amount null (扣完为止 for every item). "
             "说明二 two bonuses and their cap, 三 a veto, 四 three bands (95分以上 → at_least 95; 85分以下 → below 85).",
             "群众安全感: three awards by band; 95分至98分的得12分 is an award of 12, not a grade."]},
    ]}

# ------------------------------------------------------------------------------------------ y04
E, IN, L, H = "经济发展", "创新驱动", "民生保障", "生态环境"
Y04 = {
    "source": "y04-tingzhou-shi-xianqu-gaozhiliang-fazhan-kaohe-zhibiao.html",
    "document": {"title": "汀州市2024年度县（市、区）高质量发展绩效考核指标及评分细则", "org": "汀州市人民政府办公室",
                 "year": 2024, "scale": 100},
    "schemes": [
        {"name": "汀州市2024年度县（市、区）高质量发展绩效考核指标及评分细则",
         "items": [
             item(E, 40), item(f"{E}/地区生产总值增速", 12, assessor="市统计局"),
             item(f"{E}/规上工业增加值增速", 10, assessor="市统计局"),
             item(f"{E}/固定资产投资", 10, assessor="市发展改革委"), item(f"{E}/实际利用外资", 8, assessor="市商务局"),
             item(IN, 20), item(f"{IN}/研发经费投入强度", 10, assessor="市科技局"),
             item(f"{IN}/高新技术企业净增数", 10, assessor="市科技局"),
             item(L, 25), item(f"{L}/城镇新增就业", 8, assessor="市人力资源社会保障局"),
             item(f"{L}/义务教育优质均衡", 9, assessor="市教育局"), item(f"{L}/基本医疗保险参保率", 8, assessor="市医保局"),
             item(H, 15), item(f"{H}/空气质量", 8, assessor="市生态环境局"),
             item(f"{H}/地表水质量", 7, assessor="市生态环境局"),
             item("加减分项目", None, assessor="市考核办")],
         "rules": [
             rule(f"{E}/地区生产总值增速", "award", 8, "增速达到全市平均水平的得8分"),
             rule(f"{E}/地区生产总值增速", "award", 0.4, "每高于全市平均0.1个百分点加0.4分", per="0.1个百分点"),
             rule(f"{E}/地区生产总值增速", "cap", 12, "最高加至12分"),
             rule(f"{E}/地区生产总值增速", "deduct", 0.4, "每低0.1个百分点扣0.4分", per="0.1个百分点"),
             rule(f"{E}/规上工业增加值增速", "award", 10, "第一名得10分"),
             rule(f"{E}/规上工业增加值增速", "deduct", 0.5, "每后退一名减0.5分", per="名"),
             rule(f"{E}/固定资产投资", "award", None, "完成年度目标的得满分"),
             rule(f"{E}/固定资产投资", "award", None, "按完成比例计分"),
             rule(f"{E}/实际利用外资", "award", None, "完成年度目标的得满分"),
             rule(f"{E}/实际利用外资", "award", None, "按完成比例计分"),
             rule(f"{IN}/研发经费投入强度", "award", 10, "达到2.2%的得10分"),
             rule(f"{IN}/研发经费投入强度", "deduct", 1, "每低0.1个百分点扣1分", per="0.1个百分点"),
             rule(f"{IN}/高新技术企业净增数", "award", 10, "完成目标任务的得10分"),
             rule(f"{IN}/高新技术企业净增数", "deduct", 0.5, "每少1家扣0.5分", per="家"),
             rule(f"{L}/城镇新增就业", "award", 8, "完成目标任务的得8分"),
             rule(f"{L}/城镇新增就业", "award", 0, "未完成的不得分"),
             rule(f"{L}/义务教育优质均衡", "award", 9, "通过国家督导评估认定的得9分"),
             rule(f"{L}/义务教育优质均衡", "award", 6, "通过省级评估的得6分"),
             rule(f"{L}/基本医疗保险参保率", "deduct", 1, "参保率低于96%的，每低0.5个百分点扣1分", per="0.5个百分点"),
             rule(f"{H}/空气质量", "deduct", 4, "PM2.5平均浓度未达到年度目标的扣4分"),
             rule(f"{H}/空气质量", "deduct", 0.5, "优良天数比例每低1个百分点扣0.5分", per="个百分点"),
             rule(f"{H}/地表水质量", "deduct", 2, "国、省控断面水质达标率未达到100%的，每个断面扣2分", per="个断面"),
             rule("加减分项目", "bonus", 2, "获得国务院督查激励的，每项加2分", per="项"),
             rule("加减分项目", "deduct", 2, "因工作不力被省政府通报批评的，每次扣2分", per="次"),
             rule("加减分项目", "cap", 4, "加减分各不超过4分"),
             rule(None, "grade", None, "考核得分在95分及以上的为一等", label="一等", at_least=95),
             rule(None, "grade", None, "85分（含）至95分的为二等", label="二等", at_least=85, below=95),
             rule(None, "grade", None, "85分以下的为三等", label="三等", below=85)],
         "notes": [
             "Web page: header, menu, position line, the 索引号/发布机构 table, share line and footer are page chrome.",
             "Group rows carry 序号 一…四 with points and empty criteria/unit cells; item rows 1…11. 五 加减分项目 is "
             "an item without points whose criteria cell holds a bonus, a deduction and one cap for both (加减分各不超过4分).",
             "牵头单位 (rowspan over two rows where shared) is the assessor. The 评分细则 cell of 固定资产投资 spans "
             "实际利用外资 too (rowspan 2): its two rules are given to each item.",
             "地区生产总值增速: 每高于…加0.4分，最高加至12分 stays within the item's 12 points: an award with its cap 12 "
             "(README: 加 in a ladder bounded by the item's points). 得满分 without a number and 按完成比例计分 are awards "
             "with amount null.",
             "org: the 办公室 that signs the page (发布机构 in the chrome names the 考核办)."]},
    ]}

# ------------------------------------------------------------------------------------------ y05
Y05 = {
    "source": "y05-kangning-yanglao-fuwu-zhongxin-huliyuan-yuedu-kaohe.docx",
    "document": {"title": "康宁养老服务中心护理员月度绩效考核表", "org": "康宁养老服务中心", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "康宁养老服务中心护理员月度绩效考核表",
         "items": [item("服务态度", 20), item("生活照料", 25), item("安全管理", 25), item("康复护理", 15),
                   item("劳动纪律", 15)],
         "rules": [
             rule("服务态度", "bonus", 1, "1分/次", per="次"),
             rule("服务态度", "deduct", 2, "2分/次", per="次"),
             rule("生活照料", "deduct", 0.5, "0.5分/处", per="处"),
             rule("生活照料", "deduct", 1, "1分/次", per="次"),
             rule("安全管理", "bonus", 3, "3分/次", per="次"),
             rule("安全管理", "deduct", 10, "10分/起", per="起"),
             rule("安全管理", "deduct", 2, "2分/次", per="次"),
             rule("康复护理", "bonus", 2, "2分"),
             rule("康复护理", "deduct", 1, "1分/次", per="次"),
             rule("劳动纪律", "bonus", 1, "1分"),
             rule("劳动纪律", "deduct", 0.5, "0.5分/次", per="次"),
             rule("劳动纪律", "deduct", 5, "5分/天", per="天"),
             rule(None, "cap", 5, "每月加分累计不超过5分"),
             rule(None, "grade", None, "月度得分95分以上为优秀护理员", label="优秀", at_least=95),
             rule(None, "grade", None, "80分至94分为合格", label="合格", at_least=80, below=95),
             rule(None, "grade", None, "80分以下为待改进", label="待改进", below=80),
             rule(None, "veto", None, "当月考核实行一票否决")],
         "notes": [
             "Columns 加分情形|加分标准|扣分情形|扣分标准: each condition sits beside its amount in a column of its own "
             "(`1分/次`, `10分/起`); one rule per filled amount cell, `—` cells are empty. The rule `text` is the amount "
             "cell (the only substring holding the number); the condition is in the cell to its left.",
             "The 考核项目 and 基础分 cells of 生活照料, 安全管理, 劳动纪律 are merged over two rows: one item each.",
             "加分 is bonus, not award: 月度得分＝基础分合计＋加分－扣分 takes the score above the 基础分 (and above "
             "100); 每月加分累计不超过5分 is its cap. The formula itself is no rule.",
             "Grade label 优秀 (the noun 护理员 dropped, as x02's A级科室 → A级); 80分至94分 → at_least 80, below 95. "
             "连续两个月待改进的，调离护理岗位 is a consequence, not a rule. year from the form row (考核月份：2024年)."]},
    ]}

# ------------------------------------------------------------------------------------------ y06
F, R, V, K = "设施与环境", "文献资源", "读者服务", "管理与保障"
Y06 = {
    "source": "y06-changning-xian-tushuguan-mianfei-kaifang-pinggu.docx",
    "document": {"title": "长宁县图书馆免费开放工作绩效评估表", "org": "长宁县文化和旅游局", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "长宁县图书馆免费开放工作绩效评估表",
         "items": [
             item(F, 20), item(f"{F}/馆舍面积", 6), item(f"{F}/阅览座席", 4), item(f"{F}/无障碍设施", 4),
             item(f"{F}/环境卫生", 3), item(f"{F}/标识导引", 3),
             item(R, 25), item(f"{R}/藏书总量", 8), item(f"{R}/年新增藏量", 6), item(f"{R}/数字资源", 5),
             item(f"{R}/地方文献", 6),
             item(V, 35), item(f"{V}/开放时间", 8), item(f"{V}/外借服务", 6), item(f"{V}/读者活动", 8),
             item(f"{V}/总分馆建设", 7), item(f"{V}/读者满意度", 6),
             item(K, 20), item(f"{K}/经费保障", 6), item(f"{K}/人员队伍", 5), item(f"{K}/制度建设", 4),
             item(f"{K}/安全管理", 5)],
         "rules": [
             rule(f"{F}/馆舍面积", "award", 6, "馆舍建筑面积达到3000平方米以上的得6分"),
             rule(f"{F}/馆舍面积", "award", 4, "2000至3000平方米的得4分"),
             rule(f"{F}/馆舍面积", "award", 2, "不足2000平方米的得2分"),
             rule(f"{F}/阅览座席", "deduct", 0.5, "阅览座席不少于300个，每少20个扣0.5分", per="20个"),
             rule(f"{F}/无障碍设施", "deduct", 2, "未设置无障碍通道的扣2分"),
             rule(f"{F}/无障碍设施", "deduct", 1, "未配备盲文阅览设备的扣1分"),
             rule(f"{F}/环境卫生", "deduct", 1, "馆内环境卫生检查不合格的，每次扣1分", per="次"),
             rule(f"{F}/标识导引", "deduct", 0.5, "馆内标识不清晰、不规范的，每处扣0.5分", per="处"),
             rule(f"{R}/藏书总量", "award", 8, "人均藏书量达到1.2册的得8分"),
             rule(f"{R}/藏书总量", "deduct", 1, "每低0.1册扣1分", per="0.1册"),
             rule(f"{R}/年新增藏量", "deduct", 0.5, "年新增纸质图书低于1万册的，每少1000册扣0.5分", per="1000册"),
             rule(f"{R}/数字资源", "award", 5, "数字资源总量达到20TB的得5分"),
             rule(f"{R}/数字资源", "award", 0, "未建立数字资源服务平台的不得分"),
             rule(f"{R}/地方文献", "deduct", 3, "未设立地方文献专藏的扣3分"),
             rule(f"{R}/地方文献", "deduct", 2, "地方文献年征集量低于200种的扣2分"),
             rule(f"{V}/开放时间", "deduct", 1, "每周开放时间不少于60小时，每少1小时扣1分", per="小时"),
             rule(f"{V}/外借服务", "deduct", 3, "年文献外借量低于5万册次的扣3分"),
             rule(f"{V}/读者活动", "deduct", 1, "全年举办讲座、展览、培训等活动不少于60场，每少5场扣1分", per="5场"),
             rule(f"{V}/总分馆建设", "deduct", 3, "乡镇分馆通借通还覆盖率低于80%的扣3分"),
             rule(f"{V}/总分馆建设", "deduct", 2, "未开展流动服务的扣2分"),
             rule(f"{V}/读者满意度", "deduct", 0.5, "读者满意度测评低于90%的，每低1个百分点扣0.5分", per="个百分点"),
             rule(f"{V}/读者满意度", "cap", None, "扣完为止"),
             rule(f"{K}/经费保障", "deduct", 5, "免费开放补助资金未专款专用的扣5分"),
             rule(f"{K}/人员队伍", "deduct", 2, "专业技术人员占比低于60%的扣2分"),
             rule(f"{K}/人员队伍", "deduct", 2, "年人均培训学时不足40学时的扣2分"),
             rule(f"{K}/制度建设", "deduct", 2, "未建立读者意见处理制度的扣2分"),
             rule(f"{K}/制度建设", "deduct", 1, "服务公约未公示的扣1分"),
             rule(f"{K}/安全管理", "deduct", 5, "发生消防、治安安全事故的，每起扣5分", per="起"),
             rule(None, "grade", None, "总分85分以上为优秀", label="优秀", at_least=85),
             rule(None, "grade", None, "70分以上不足85分为合格", label="合格", at_least=70, below=85),
             rule(None, "grade", None, "不足70分为不合格", label="不合格", below=70),
             rule(None, "veto", None, "评估结论直接确定为不合格")],
         "notes": [
             "Group rows (一、设施与环境 …) are merged across the whole table and carry no points; each group's points "
             "are stated only by the 小计 row closing it (20/25/35/20), 合计 100. 小计 and 合计 are not items.",
             "The table runs over two pages in the PDF; the page break falls between the group row 四、管理与保障 and "
             "its first leaf (LibreOffice layout), and the header row is not repeated.",
             "The two paragraphs before the table describe the procedure and state no amount.",
             "直接确定为不合格 read as a veto (as x02, w05)."]},
    ]}

# ------------------------------------------------------------------------------------------ y07
PO, EC, SU = "污染防治目标", "生态保护目标", "环境监管目标"
Y07 = {
    "source": "y07-shimen-xian-xiangzhen-shengtai-huanjing-mubiao-zerenshu.docx",
    "document": {"title": "石门县2024年度生态环境保护目标责任书", "org": "石门县人民政府", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "石门县2024年度生态环境保护目标责任书",
         "items": [
             item(PO, weight=50), item(f"{PO}/空气质量", 40), item(f"{PO}/水环境质量", 35), item(f"{PO}/土壤与固废", 25),
             item(EC, weight=30), item(f"{EC}/森林资源保护", 50), item(f"{EC}/河湖长制落实", 50),
             item(SU, weight=20), item(f"{SU}/信访办理", 60), item(f"{SU}/督察整改", 40)],
         "rules": [
             rule(f"{PO}/空气质量", "deduct", 4, "每低1个百分点扣4分", per="个百分点"),
             rule(f"{PO}/水环境质量", "deduct", 5, "出现一次月度超标的扣5分", per="次"),
             rule(f"{PO}/土壤与固废", "deduct", 5, "发现非法倾倒固体废物未及时处置的，每起扣5分", per="起"),
             rule(f"{EC}/森林资源保护", "award", 50, "完成植树造林任务500亩的得50分"),
             rule(f"{EC}/森林资源保护", "award", None, "未完成的，按完成比例计分"),
             rule(f"{EC}/河湖长制落实", "deduct", 2, "镇级河长每月巡河不少于1次，每少1次扣2分", per="次"),
             rule(f"{EC}/河湖长制落实", "deduct", 3, "河道“四乱”问题未按期整改的，每处扣3分", per="处"),
             rule(f"{SU}/信访办理", "deduct", 5, "每逾期1件扣5分", per="件"),
             rule(f"{SU}/督察整改", "award", 40, "中央、省生态环境保护督察交办问题全部按期整改的得40分"),
             rule(f"{SU}/督察整改", "deduct", 10, "每有1个问题未按期整改扣10分", per="个问题"),
             rule(None, "grade", None, "年度综合得分90分以上的为优秀", label="优秀", at_least=90),
             rule(None, "grade", None, "75分（含）至90分的为良好", label="良好", at_least=75, below=90),
             rule(None, "grade", None, "60分（含）至75分的为合格", label="合格", at_least=60, below=75),
             rule(None, "grade", None, "60分以下的为不合格", label="不合格", below=60),
             rule(None, "bonus", 3, "获得国家级表彰的加3分"),
             rule(None, "bonus", 2, "获得省级表彰的加2分"),
             rule(None, "cap", 3, "加分总计不超过3分"),
             rule(None, "veto", None, "年度考核实行一票否决")],
         "notes": [
             "A 目标责任书 in prose: the three （一）（二）（三） target classes carry a weight only (权重50%); each class is "
             "scored out of 100 on its own (its 1．2．3． targets carry the points: 40+35+25, 50+50, 60+40) and the "
             "weighted sum is the 综合得分 (满分100分: scale 100).",
             "Each target sentence is `name（N分）：requirement；scoring`: the name before （N分） is the item, the "
             "requirement (达到90%以上) is no rule, the scoring clause after it is.",
             "水环境质量: 出现一次月度超标的扣5分 per 次 (README: 发现一次扣1分 → 次).",
             "org: 甲方, the 县人民政府 that sets the targets; the 乙方 is the unit assessed. 甲方/乙方, signature and "
             "validity lines are no rules."]},
    ]}

# ------------------------------------------------------------------------------------------ y08
Y08 = {
    "source": "y08-liushui-zhen-cunji-caiwu-guanli-kaohe-tongzhi.docx",
    "document": {"title": "关于开展2024年度村级财务管理规范化考核的通知", "org": "流水镇人民政府", "year": 2024,
                 "scale": 100},
    "schemes": [
        {"name": "关于开展2024年度村级财务管理规范化考核的通知",
         "items": [item("账务处理"), item("资金使用"), item("资产登记"), item("财务公开")],
         "rules": [
             rule(None, "grade", None, "得分90分及以上为优秀", label="优秀", at_least=90),
             rule(None, "grade", None, "70分至89分为合格", label="合格", at_least=70, below=90),
             rule(None, "grade", None, "69分及以下为不合格", label="不合格", below=70),
             rule(None, "grade", None, "优秀等次不超过参加考核村（社区）总数的30%", label="优秀", quota=30),
             rule(None, "veto", None, "实行一票否决")],
         "notes": [
             "A notice with the whole scheme in one paragraph and no table: 百分制 (scale 100), three bands, a quota and "
             "a veto. 考核等次直接定为不合格 is the veto's effect (as u09), not a rule of its own; the list 优秀、合格、"
             "不合格三个等次 is no rule.",
             "Items: the four 方面 the notice names as what is checked and scored, points null. A reader may argue for "
             "no items at all (a scheme of rules only); the four are named as the scored parts, so they are listed.",
             "69分及以下为不合格 → below 70 (README: 70分及以下 → below 71). Scheme named by the notice's title."]},
    ]}

ALL = [Y01, Y02, Y03, Y04, Y05, Y06, Y07, Y08]


def main() -> int:
    return write_all(ALL, HERE, GOLD)


if __name__ == "__main__":
    raise SystemExit(main())
