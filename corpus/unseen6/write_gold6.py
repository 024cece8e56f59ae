"""The gold of the sixth held-out set, written by hand and saved as gold/<stem>.json.

    .venv/bin/python corpus/unseen6/write_gold6.py

Every item and rule was read off the documents make_unseen6.py writes, never off an extractor's output.
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

# ------------------------------------------------------------------------------------------ z01
RC, KY, SZ, SF = "人才培养", "科学研究", "师资队伍", "社会服务与党建"
BK, YJ = f"{RC}/本科教学", f"{RC}/研究生培养"
XM, CG = f"{KY}/科研项目", f"{KY}/科研成果"
RY, SD = f"{SZ}/人才引育", f"{SZ}/师德师风"
FW, DJ = f"{SF}/社会服务", f"{SF}/党建与思政"
Z01 = {
    "source": "z01-qiushan-daxue-xueyuan-niandu-mubiao-kaohe-zhibiao.docx",
    "document": {"title": "秋山大学2024年度学院目标管理考核指标体系", "org": "秋山大学", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "秋山大学2024年度学院目标管理考核指标体系",
         "items": [
             item(RC, weight=35), item(BK, weight=20), item(f"{BK}/教学质量评价", weight=8),
             item(f"{BK}/教学成果", weight=7), item(f"{BK}/专业建设", weight=5),
             item(YJ, weight=15), item(f"{YJ}/学位论文质量", weight=8), item(f"{YJ}/研究生就业", weight=7),
             item(KY, weight=30), item(XM, weight=18), item(f"{XM}/纵向项目", weight=10), item(f"{XM}/横向经费", weight=8),
             item(CG, weight=12), item(f"{CG}/高水平论文", weight=7), item(f"{CG}/成果转化", weight=5),
             item(SZ, weight=20), item(RY, weight=12), item(f"{RY}/高层次人才", weight=7), item(f"{RY}/博士化率", weight=5),
             item(SD, weight=8), item(f"{SD}/师德考核", weight=8),
             item(SF, weight=15), item(FW, weight=6), item(f"{FW}/继续教育", weight=6),
             item(DJ, weight=9), item(f"{DJ}/基层党建", weight=5), item(f"{DJ}/安全稳定", weight=4)],
         "rules": [
             rule(f"{BK}/教学质量评价", "award", None, "学生评教优良率达到90%的得满分"),
             rule(f"{BK}/教学质量评价", "deduct", 0.5, "每低1个百分点扣0.5分", per="个百分点"),
             rule(f"{BK}/教学成果", "award", 7, "获国家级教学成果奖的得7分"),
             rule(f"{BK}/教学成果", "award", 5, "获省级教学成果奖一等奖的得5分"),
             rule(f"{BK}/教学成果", "award", 3, "二等奖的得3分"),
             rule(f"{BK}/专业建设", "award", 5, "新增国家级一流本科专业建设点的，每个得5分", per="个"),
             rule(f"{BK}/专业建设", "award", 2, "新增省级的，每个得2分", per="个"),
             rule(f"{BK}/专业建设", "cap", 5, "本项最多得5分"),
             rule(f"{YJ}/学位论文质量", "deduct", 4, "被认定为“存在问题学位论文”的，每篇扣4分", per="篇"),
             rule(f"{YJ}/研究生就业", "award", 7, "研究生年终就业率达到92%的得7分"),
             rule(f"{YJ}/研究生就业", "deduct", 0.5, "每低1个百分点扣0.5分", per="个百分点"),
             rule(f"{XM}/纵向项目", "award", 2, "新立项国家自然科学基金、国家社会科学基金项目的，每项得2分", per="项"),
             rule(f"{XM}/纵向项目", "cap", 10, "最多得10分"),
             rule(f"{XM}/横向经费", "award", 8, "到账经费完成学院年度目标的得8分"),
             rule(f"{XM}/横向经费", "award", None, "未完成的，按完成比例计分"),
             rule(f"{CG}/高水平论文", "award", 7, "前三名得7分"),
             rule(f"{CG}/高水平论文", "award", 4, "其余学院得4分"),
             rule(f"{CG}/成果转化", "award", 1, "专利转让、许可合同金额每达到50万元得1分", per="50万元"),
             rule(f"{CG}/成果转化", "cap", 5, "最多得5分"),
             rule(f"{RY}/高层次人才", "award", 3.5, "新增国家级人才计划入选者，每人得3.5分", per="人"),
             rule(f"{RY}/高层次人才", "award", 1, "新增省级人才计划入选者，每人得1分", per="人"),
             rule(f"{RY}/博士化率", "award", 5, "专任教师中具有博士学位的比例达到75%的得5分"),
             rule(f"{RY}/博士化率", "deduct", 1, "每低2个百分点扣1分", per="2个百分点"),
             rule(f"{SD}/师德考核", "deduct", 4, "教师出现师德失范行为经查实的，每人次扣4分", per="人次"),
             rule(f"{SD}/师德考核", "cap", None, "扣完为止"),
             rule(f"{FW}/继续教育", "award", 6, "完成年度非学历培训任务的得6分"),
             rule(f"{FW}/继续教育", "deduct", 1, "每少100人次扣1分", per="100人次"),
             rule(f"{DJ}/基层党建", "deduct", 2, "教工党支部书记“双带头人”配备率未达到100%的扣2分"),
             rule(f"{DJ}/基层党建", "deduct", 1, "党建工作被学校通报批评的，每次扣1分", per="次"),
             rule(f"{DJ}/安全稳定", "deduct", 2, "发生安全责任事故的，每起扣2分", per="起"),
             rule(None, "grade", None, "A等级学院不超过参评学院总数的25%", label="A", quota=25),
             rule(None, "grade", None, "A、B、C、D四个等级", label="B"),
             rule(None, "grade", None, "A、B、C、D四个等级", label="C"),
             rule(None, "grade", None, "综合得分低于60分的为D等级", label="D", below=60),
             rule(None, "bonus", 1, "可加1至3分", amax=3),
             rule(None, "cap", 3, "加分累计不超过3分"),
             rule(None, "veto", None, "年度考核直接定为D等级")],
         "notes": [
             "Three tree levels, each beside a 权重 column of its own (一级 35%, 二级 20%, 三级 8% …), the 一级/二级 "
             "cells and their weights merged down over their rows. Weights only: weight_pct at every level, points "
             "null (权重1%折合1分 is a conversion the document states once, not points printed per item). Scale 100 "
             "from 考核采用百分制. 合计 100% is not an item.",
             "师德师风 has a single 三级 child 师德考核 (same weight): both levels are items.",
             "高水平论文: the lead-in 按学院…排名计分 states no amount; its 前三名得7分 and 其余学院得4分 are the awards. "
             "成果转化: 每达到50万元得1分 → per `50万元` (README keeps counts other than 1).",
             "说明1: A has a quota only, D a threshold only; B and C are listed without any threshold (README: a grade "
             "listed without threshold is a grade rule with all three null). 说明2: 可加1至3分 is a bonus range 1–3, "
             "its cap 3. 说明3 直接定为D等级 read as a veto (as y01, y02).",
             "org: the university (the signature is its 考核工作办公室)."]},
    ]}

# ------------------------------------------------------------------------------------------ z02
ZR, JY, YH, SG = "安全生产责任体系", "安全教育培训", "隐患排查治理", "事故报告与处理"
Z02 = {
    "source": "z02-hengtong-nengyuan-anquan-shengchan-zerenzhi-kaohe.docx",
    "document": {"title": "恒通能源集团有限公司2024年度所属单位安全生产责任制考核扣分表",
                 "org": "恒通能源集团有限公司", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "恒通能源集团有限公司2024年度所属单位安全生产责任制考核扣分表",
         "items": [
             item(ZR), item(f"{ZR}/责任制建立"), item(f"{ZR}/责任书签订"), item(f"{ZR}/安全管理机构"),
             item(JY), item(f"{JY}/三级安全教育"), item(f"{JY}/特种作业持证"), item(f"{JY}/应急演练"),
             item(YH), item(f"{YH}/隐患排查"), item(f"{YH}/隐患整改"), item(f"{YH}/外包作业管理"),
             item(SG), item(f"{SG}/事故报告"), item(f"{SG}/轻伤事故")],
         "rules": [
             rule(f"{ZR}/责任制建立", "deduct", 10, "未建立全员安全生产责任制的扣10分"),
             rule(f"{ZR}/责任制建立", "deduct", 1, "责任制内容与岗位职责不符的，每个岗位扣1分", per="个岗位"),
             rule(f"{ZR}/责任书签订", "deduct", 2, "每缺一份扣2分", per="份"),
             rule(f"{ZR}/安全管理机构", "deduct", 5, "未按规定设置安全管理机构或配备专职安全管理人员的扣5分"),
             rule(f"{JY}/三级安全教育", "deduct", 2, "新入职员工未经三级安全教育即上岗的，每人扣2分", per="人"),
             rule(f"{JY}/特种作业持证", "deduct", 5, "特种作业人员无证上岗的，每人扣5分", per="人"),
             rule(f"{JY}/应急演练", "deduct", 3, "未组织的扣3分"),
             rule(f"{JY}/应急演练", "deduct", 1, "演练无记录、无评估的扣1分"),
             rule(f"{YH}/隐患排查", "deduct", 2, "未按月开展隐患排查的，每缺一次扣2分", per="次"),
             rule(f"{YH}/隐患整改", "deduct", 1, "一般隐患未按期整改的，每项扣1分", per="项"),
             rule(f"{YH}/隐患整改", "deduct", 5, "重大隐患未挂牌督办的，每项扣5分", per="项"),
             rule(f"{YH}/外包作业管理", "deduct", 3, "外包单位未签订安全管理协议的，每家扣3分", per="家"),
             rule(f"{SG}/事故报告", "deduct", 10, "发生事故迟报、漏报的，每起扣10分", per="起"),
             rule(f"{SG}/事故报告", "veto", None, "故意瞒报的，实行一票否决"),
             rule(f"{SG}/轻伤事故", "deduct", 3, "发生轻伤事故的，每人次扣3分", per="人次"),
             rule(None, "cap", None, "扣完为止"),
             rule(None, "cap", 20, "单项扣分最高不超过20分"),
             rule(None, "veto", None, "安全生产责任制考核实行一票否决"),
             rule(None, "grade", None, "考核得分95分及以上为A级", label="A级", at_least=95),
             rule(None, "grade", None, "85分（含）至95分为B级", label="B级", at_least=85, below=95),
             rule(None, "grade", None, "85分以下为C级", label="C级", below=85)],
         "notes": [
             "A deduction-only checklist: no points column at all, 基础分100分 (scale 100) from the 备注; every item's "
             "points are null. The section rows merged across the table (一、安全生产责任体系 …) are the categories; "
             "考核内容 holds the item names, 扣分标准 the rules; 扣分/扣分依据 are blank answer columns; 扣分合计 is no item.",
             "应急演练: 每半年至少组织一次… is the requirement; 未组织的扣3分 is a one-off (per null, as y01's 每半年…扣4分).",
             "事故报告: 故意瞒报的，实行一票否决 stands in the item's cell: a veto attached to the item (README: the item "
             "whose cell states it). 备注3's veto is scheme-wide; 考核得分记为零分 is its effect, not a rule.",
             "备注1 扣完为止 (amount null) and 备注2 单项扣分最高不超过20分 (cap 20) are both scheme-wide caps.",
             "Grade labels A级/B级/C级 as printed; 85分（含）至95分 → at_least 85, below 95.",
             "org: the group company (the signature is its 安全环保部)."]},
    ]}

# ------------------------------------------------------------------------------------------ z03
PA, WG, XC = "平安建设", "网格化服务", "宣传与群众评价"
Z03 = {
    "source": "z03-baiyun-jiedao-shequ-zongzhi-gongzuo-kaohe.html",
    "document": {"title": "白云街道2024年度社区综治工作考核细则", "org": "白云街道综治中心", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "白云街道2024年度社区综治工作考核细则",
         "items": [
             item(PA, 40), item(f"{PA}/矛盾纠纷排查", 12, method="查阅台账"), item(f"{PA}/治安巡防", 10, method="随机抽查"),
             item(f"{PA}/重点人员帮教", 10, method="系统核查"), item(f"{PA}/出租房屋管理", 8, method="实地检查"),
             item(WG, 30), item(f"{WG}/网格员履职", 15, method="平台核查"), item(f"{WG}/事件办结", 10, method="平台核查"),
             item(f"{WG}/信息采集", 5, method="抽样核对"),
             item(XC, 30), item(f"{XC}/法治宣传", 10, method="查阅资料"), item(f"{XC}/群众安全感", 20, method="第三方测评")],
         "rules": [
             rule(f"{PA}/矛盾纠纷排查", "deduct", 1, "每月开展矛盾纠纷排查不少于2次，每少1次扣1分", per="次"),
             rule(f"{PA}/矛盾纠纷排查", "deduct", 3, "排查出的纠纷化解率低于95%的扣3分"),
             rule(f"{PA}/治安巡防", "deduct", 1, "抽查发现未巡逻的，每次扣1分", per="次"),
             rule(f"{PA}/重点人员帮教", "award", 10, "社区矫正对象、刑满释放人员帮教率达到100%的得10分"),
             rule(f"{PA}/重点人员帮教", "deduct", 5, "出现脱管漏管的，每人扣5分", per="人"),
             rule(f"{PA}/出租房屋管理", "deduct", 4, "出租房屋登记率低于90%的扣4分"),
             rule(f"{PA}/出租房屋管理", "deduct", 1, "存在消防隐患未督促整改的，每户扣1分", per="户"),
             rule(f"{WG}/网格员履职", "deduct", 0.5, "抽查发现未履职的，每人次扣0.5分", per="人次"),
             rule(f"{WG}/事件办结", "award", 10, "网格事件按时办结率达到98%的得10分"),
             rule(f"{WG}/事件办结", "deduct", 1, "每低1个百分点扣1分", per="个百分点"),
             rule(f"{WG}/信息采集", "deduct", 5, "人口、房屋基础信息准确率低于95%的扣5分"),
             rule(f"{XC}/法治宣传", "deduct", 1, "全年开展法治宣传活动不少于6次，每少1次扣1分", per="次"),
             rule(f"{XC}/群众安全感", "award", 20, "群众安全感测评得分不低于全街道平均水平的得20分"),
             rule(f"{XC}/群众安全感", "deduct", 2, "低于平均水平的，每低1分扣2分", per="分"),
             rule(None, "cap", 5, "最高加5分"),
             rule(None, "bonus", 2, "社区居民获评市级以上见义勇为先进个人的，每人加2分", per="人"),
             rule(None, "bonus", 3, "社区综治工作经验被区级以上推广的，加3分"),
             rule(None, "veto", None, "年度综治考核实行一票否决"),
             rule(None, "grade", None, "得分90分以上为优秀", label="优秀", at_least=90),
             rule(None, "grade", None, "80分以上不足90分为良好", label="良好", at_least=80, below=90),
             rule(None, "grade", None, "60分以上不足80分为合格", label="合格", at_least=60, below=80),
             rule(None, "grade", None, "60分以下为不合格", label="不合格", below=60)],
         "notes": [
             "A web page: top bar, nav, location, 发布时间 line and footer are chrome. The categories are <td colspan=4> "
             "section rows with their points in the name (一、平安建设（40分）); the rows under them are the items, "
             "分值 their points, 考核方法 their method. 合计 100 is no item.",
             "Sections 四、加分项目（最高加5分） and 五、一票否决事项 are colspan rows too but scheme-wide sections outside "
             "the 100 (as x06): their rows (先进典型, 否决情形, 分值 —) are not items and their rules have item null. "
             "A reader may argue for an item 加分项目 (as u09's 加分项 row); I follow x06 because the row sits under a "
             "section heading, not beside the scored items.",
             "群众安全感: 每低1分扣2分 → per 分 (a count of points of the survey score).",
             "org: the signature 白云街道综治中心 (also the 来源 line)."]},
    ]}

# ------------------------------------------------------------------------------------------ z04
ZN, GX, SH = "职能工作", "共性工作", "社会评价"
Z04 = {
    "source": "z04-cuiping-xian-xianzhi-bumen-jixiao-kaohe-banfa.docx",
    "document": {"title": "翠屏县县直部门绩效考核办法", "org": "翠屏县人民政府办公室", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "翠屏县县直部门绩效考核评分表",
         "items": [
             item(ZN), item(f"{ZN}/重点任务", 25, assessor="县委督查室"), item(f"{ZN}/业务工作", 35, assessor="分管县领导"),
             item(GX), item(f"{GX}/党建工作", 10, assessor="县直机关工委"), item(f"{GX}/依法行政", 8, assessor="县司法局"),
             item(f"{GX}/政务公开", 6, assessor="县政务公开办"), item(f"{GX}/信访维稳", 6, assessor="县信访局"),
             item(SH), item(f"{SH}/满意度测评", 10, assessor="县统计局")],
         "rules": [
             rule(f"{ZN}/重点任务", "deduct", 3, "未完成的，每项扣3分", per="项"),
             rule(f"{ZN}/重点任务", "deduct", 1, "进度滞后的，每项扣1分", per="项"),
             rule(f"{ZN}/业务工作", "award", 35, "全面完成的得35分"),
             rule(f"{ZN}/业务工作", "award", 28, "基本完成的得28分"),
             rule(f"{ZN}/业务工作", "award", None, "未完成的酌情计分"),
             rule(f"{GX}/党建工作", "award", None, "按县直机关工委党建考核结果折算"),
             rule(f"{GX}/依法行政", "deduct", 1, "行政复议决定被撤销或变更的，每件扣1分", per="件"),
             rule(f"{GX}/依法行政", "deduct", 2, "行政诉讼败诉的，每件扣2分", per="件"),
             rule(f"{GX}/政务公开", "deduct", 0.5, "未按时限公开政府信息的，每次扣0.5分", per="次"),
             rule(f"{GX}/政务公开", "cap", None, "扣完为止"),
             rule(f"{GX}/信访维稳", "deduct", 1, "出现越级集体访的，每批次扣1分", per="批次"),
             rule(f"{SH}/满意度测评", "award", None, "按测评得分率计分"),
             rule(None, "bonus", 2, "工作获得国家级表彰或在全国性会议上作典型发言的，每项加2分", per="项"),
             rule(None, "bonus", 1, "工作获得省级表彰的，每项加1分", per="项"),
             rule(None, "bonus", 0.5, "工作经验做法被市级以上领导批示肯定的，每次加0.5分", per="次"),
             rule(None, "cap", 5, "加分累计不超过5分"),
             rule(None, "deduct", 1, "被县委、县政府督查通报批评的，每次扣1分", per="次"),
             rule(None, "deduct", 2, "被市级以上通报批评的，每次扣2分", per="次"),
             rule(None, "deduct", 3, "部门工作人员违纪违法被立案查处的，每人扣3分", per="人"),
             rule(None, "veto", None, "年度考核实行一票否决"),
             rule(None, "grade", None, "得分在90分以上且排名在参考部门前20%的，评为优秀", label="优秀", at_least=90,
                  quota=20),
             rule(None, "grade", None, "80分以上未评为优秀的，评为良好", label="良好", at_least=80),
             rule(None, "grade", None, "60分以上不足80分的，评为合格", label="合格", at_least=60, below=80),
             rule(None, "grade", None, "不足60分的，评为不合格", label="不合格", below=60)],
         "notes": [
             "The 办法's prose points to the 附件 for its items (第五条): one scheme, the 附件 table, named by its title; "
             "the 加分 (第六条), 扣分 (第七条), 否决 (第八条) and 等次 (第九条) articles govern it, item null.",
             "The three 考核类别 state no points of their own (neither in the table nor in 第五条): points null. 考核单位 is "
             "the assessor. 考核要点 is a requirement (no rule); 计分方法 holds the rules. 合计 is not an item.",
             "业务工作: 未完成的酌情计分 and 党建工作 按…折算, 满意度测评 按测评得分率计分 are open awards (amount null).",
             "第六条 同一事项按最高标准加分，不重复计算 states no amount (no rule). 第七条's 扣分 are deductions from the total "
             "by articles outside every item: item null. 第八条 不得评为优秀、良好等次 is the veto's consequence (as x01).",
             "第九条: 优秀 needs 90 and the top 20% (one rule, as u01); 良好 is 80分以上未评为优秀: at_least 80 and no upper "
             "bound (a unit with 90 outside the top 20% is 良好).",
             "document: the 办法's title (the notice wraps it); org the 县政府办公室 that issues it."]},
    ]}

# ------------------------------------------------------------------------------------------ z05
JC, ZK, AQ, WS = "基础护理", "专科护理", "护理安全", "护理文书"
Z05 = {
    "source": "z05-ruikang-yiyuan-bingqu-huli-zhiliang-yuedu-kaohe.xlsx",
    "document": {"title": "瑞康医院病区护理质量月度考核评分表", "org": "瑞康医院", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "瑞康医院病区护理质量月度考核评分表",
         "items": [
             item(JC, 25), item(f"{JC}/床单位整洁", 5), item(f"{JC}/晨晚间护理", 10), item(f"{JC}/皮肤护理", 10),
             item(ZK, 30), item(f"{ZK}/护理评估", 10), item(f"{ZK}/病情观察", 10), item(f"{ZK}/健康教育", 10),
             item(AQ, 25), item(f"{AQ}/用药安全", 10), item(f"{AQ}/查对制度", 8), item(f"{AQ}/跌倒防范", 7),
             item(WS, 20), item(f"{WS}/护理记录", 12), item(f"{WS}/体温单", 8)],
         "rules": [
             rule(f"{JC}/床单位整洁", "deduct", 0.5, "床单位不整洁、有污渍的，每床扣0.5分", per="床"),
             rule(f"{JC}/晨晚间护理", "deduct", 1, "晨晚间护理不到位的，每例扣1分", per="例"),
             rule(f"{JC}/皮肤护理", "deduct", 5, "发生院内压力性损伤（难免压疮除外）的，每例扣5分", per="例"),
             rule(f"{JC}/皮肤护理", "deduct", 1, "翻身记录不全的，每例扣1分", per="例"),
             rule(f"{ZK}/护理评估", "deduct", 1, "入院评估未在2小时内完成的，每例扣1分", per="例"),
             rule(f"{ZK}/病情观察", "deduct", 3, "危重患者病情变化未及时报告医生的，每例扣3分", per="例"),
             rule(f"{ZK}/健康教育", "deduct", 1, "对所患疾病知识知晓不全的，每人扣1分", per="人"),
             rule(f"{AQ}/用药安全", "deduct", 5, "发生给药错误的，每例扣5分", per="例"),
             rule(f"{AQ}/用药安全", "deduct", 2, "高警示药品未单独存放、无警示标识的扣2分"),
             rule(f"{AQ}/查对制度", "deduct", 2, "输血、给药未执行双人核对的，每次扣2分", per="次"),
             rule(f"{AQ}/跌倒防范", "deduct", 1, "跌倒高危患者未悬挂警示标识的，每例扣1分", per="例"),
             rule(f"{AQ}/跌倒防范", "cap", None, "扣完为止"),
             rule(f"{WS}/护理记录", "deduct", 1, "护理记录与医嘱不符的，每处扣1分", per="处"),
             rule(f"{WS}/护理记录", "deduct", 0.5, "记录涂改的，每处扣0.5分", per="处"),
             rule(f"{WS}/体温单", "deduct", 0.5, "体温单漏项的，每项扣0.5分", per="项"),
             rule(None, "cap", None, "单项扣分不超过该项标准分"),
             rule(None, "grade", None, "月得分95分及以上为优秀病区", label="优秀", at_least=95),
             rule(None, "grade", None, "85～94分为达标病区", label="达标", at_least=85, below=95),
             rule(None, "grade", None, "85分以下为不达标病区", label="不达标", below=85),
             rule(None, "veto", None, "当月考核直接评为不达标病区")],
         "notes": [
             "Two sheets, one scheme: 评分表 holds the items (考核项目 merged down column A over its rows, no points; "
             "考核内容 the leaves with 标准分); 汇总表 is a summary of the same scheme, one blank row per 病区, whose "
             "column headers alone state the group points (基础护理（25分） …): the group points are read from there.",
             "汇总表's 病区 rows are the units assessed, not items; 总分/等级 columns are blank.",
             "说明1 单项扣分不超过该项标准分 is a scheme-wide cap, amount null (as y03's 各项扣分以该项分值为限). "
             "健康教育: 随机询问患者3名 is the method of checking; the rule is 每人扣1分.",
             "Grade labels without the noun 病区 (as y05: 优秀护理员 → 优秀); 85～94分 → at_least 85, below 95. 说明3 "
             "当月考核直接评为不达标病区 read as a veto (as y01, y02).",
             "year from the form row 考核月份：2024年____月."]},
    ]}

# ------------------------------------------------------------------------------------------ z06
Z06 = {
    "source": "z06-mingde-zhongxue-jiaoyanzu-gongzuo-kaohe.docx",
    "document": {"title": "明德中学教研组工作考核细则", "org": "明德中学", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "明德中学教研组工作考核细则",
         "items": [item("计划总结", 10), item("教研活动", 25), item("课题研究", 20), item("教学质量", 30),
                   item("青年教师培养", 15), item("加分项")],
         "rules": [
             rule("计划总结", "deduct", 3, "学期初制定教研组工作计划，未按时上交教务处的扣3分"),
             rule("计划总结", "deduct", 2, "学期末工作总结内容空泛、无数据支撑的扣2分"),
             rule("计划总结", "deduct", 1, "计划、总结未在组内传达学习的扣1分"),
             rule("教研活动", "deduct", 2, "每学期开展集体教研活动不少于10次，每少1次扣2分", per="次"),
             rule("教研活动", "deduct", 1, "活动做到有计划、有记录、有总结，缺一项扣1分", per="项"),
             rule("教研活动", "deduct", 0.2, "组内教师每学期听课不少于15节，每少1节扣0.2分", per="节"),
             rule("课题研究", "award", 10, "有在研市级以上课题的得10分"),
             rule("课题研究", "award", 6, "只有区级课题的得6分"),
             rule("课题研究", "award", 2, "组内教师在区级以上刊物发表教研论文的，每篇计2分", per="篇"),
             rule("课题研究", "cap", 10, "本项最多计10分"),
             rule("教学质量", "award", 30, "任教学科期末统考平均分位列全区前三名的得30分"),
             rule("教学质量", "award", 22, "第四至六名的得22分"),
             rule("教学质量", "award", 15, "其余得15分"),
             rule("教学质量", "deduct", 5, "学生评教满意率低于85%的扣5分"),
             rule("青年教师培养", "deduct", 2, "青年教师未结对的，每人扣2分", per="人"),
             rule("青年教师培养", "award", 3, "青年教师在区级以上赛课中获一等奖的，每人次计3分", per="人次"),
             rule("加分项", "cap", 10, "最高加10分"),
             rule("加分项", "bonus", 10, "教研组被评为市级优秀教研组的加10分"),
             rule("加分项", "bonus", 5, "被评为区级优秀教研组的加5分"),
             rule(None, "grade", None, "排名前30%的评为优秀教研组", label="优秀", quota=30),
             rule(None, "grade", None, "得分低于70分的为不合格教研组", label="不合格", below=70),
             rule(None, "grade", None, "其余为合格教研组", label="合格"),
             rule(None, "veto", None, "该教研组当年不得评为优秀教研组")],
         "notes": [
             "One level: each 考核项目 cell holds the item name with its points (计划总结（10分）); the 考核细则 cell holds "
             "numbered criteria 1．2．3． on lines of their own, each with its own amount. 自评分/考核组评分 are blank.",
             "加分项（最高加10分） is a row of the table like the others, outside the 100 (考核满分100分): an item with "
             "points null (as u09's 加分项), its cap 10 from the name, its two 加 amounts bonuses.",
             "缺一项扣1分 → per 项 (charged per missing part). 每篇计2分…本项最多计10分: awards within the item (cap 10).",
             "Grades: 优秀 by rank quota only (前30%), 不合格 below 70, 合格 the rest (no threshold of its own: a grade "
             "rule with all three null). Labels without the noun 教研组.",
             "不得评为优秀教研组 for a 师德 breach read as a veto (a ban from the top grade, as x01's 不得评为优秀、良好"
             "等次); arguable, since the word 否决 is not used.",
             "org: the school (signature 明德中学教务处); year from the date 2024年9月2日."]},
    ]}

# ------------------------------------------------------------------------------------------ z07
Z07 = {
    "source": "z07-shuangxi-zhen-cunji-jiti-jingji-fazhan-kaohe.docx",
    "document": {"title": "双溪镇村级集体经济发展考核办法", "org": "双溪镇人民政府", "year": 2023, "scale": 100},
    "schemes": [
        {"name": "双溪镇村级集体经济发展考核办法",
         "items": [item("经营性收入", 40), item("收入增长", 25), item("项目建设", 20), item("资产管理", 15)],
         "rules": [
             rule("经营性收入", "award", 40, "40分"),
             rule("经营性收入", "award", 30, "30分"),
             rule("经营性收入", "award", 20, "20分"),
             rule("经营性收入", "award", 10, "10分"),
             rule("收入增长", "award", 25, "25分"),
             rule("收入增长", "award", 15, "15分"),
             rule("收入增长", "award", 8, "8分"),
             rule("收入增长", "award", 0, "0分"),
             rule("项目建设", "award", 20, "20分"),
             rule("项目建设", "award", 10, "10分"),
             rule("项目建设", "award", 0, "0分"),
             rule("资产管理", "award", 15, "15分"),
             rule("资产管理", "deduct", 5, "每起扣5分", per="起"),
             rule(None, "grade", None, "得分85分以上的为先进村", label="先进村", at_least=85),
             rule(None, "grade", None, "先进村数量不超过全镇行政村总数的20%", label="先进村", quota=20),
             rule(None, "grade", None, "得分60分以上不足85分的为达标村", label="达标村", at_least=60, below=85),
             rule(None, "grade", None, "得分不足60分的为后进村", label="后进村", below=60)],
         "notes": [
             "Tier table: 考核指标 and 分值 merged down over their 考核档次 rows; each tier row (condition | `40分`) is an "
             "award of that amount for the item, not an item. The rule `text` is the amount cell (as y05); the condition "
             "is in the cell to its left. `0分` is an award of 0. 资产管理's second row is a deduction per 起.",
             "第六条's money (奖励5万元, 绩效报酬上浮10%) and 约谈 are rewards outside the score: no rules. 第三条 "
             "(收入口径) and 第二条's 18个行政村 are no rules. 百分制 → scale 100.",
             "Grade labels 先进村/达标村/后进村 as printed (there is no shorter grade word). 先进村 has a threshold and a "
             "quota stated as two clauses: two rules.",
             "year: the document's own date (2023年12月20日); it applies from 2024年1月1日 and names no assessment year, "
             "so 2024 is defensible too."]},
    ]}

# ------------------------------------------------------------------------------------------ z08
GL, ZJ, YS, LK, QZ = "管理机制", "资金保障", "养护实施", "路况水平", "群众评价"
Z08 = {
    "source": "z08-yunling-shi-nongcun-gonglu-yanghu-kaohe-pingfen.docx",
    "document": {"title": "云岭市2024年度农村公路养护管理工作考核评分表", "org": "云岭市交通运输局", "year": 2024,
                 "scale": 100},
    "schemes": [
        {"name": "云岭市2024年度农村公路养护管理工作考核评分表",
         "items": [
             item(GL, 15), item(f"{GL}/管养责任", 5), item(f"{GL}/机构人员", 5), item(f"{GL}/制度建设", 3),
             item(f"{GL}/信息系统", 2),
             item(ZJ, 20), item(f"{ZJ}/县级配套", 8), item(f"{ZJ}/资金拨付", 5), item(f"{ZJ}/资金使用", 4),
             item(f"{ZJ}/资金绩效", 3),
             item(YS, 35), item(f"{YS}/日常养护", 10), item(f"{YS}/小修保养", 6), item(f"{YS}/安全设施", 6),
             item(f"{YS}/桥梁养护", 7), item(f"{YS}/灾毁修复", 6),
             item(LK, 20), item(f"{LK}/优良中等路率", 10), item(f"{LK}/路况检测", 5), item(f"{LK}/路域环境", 5),
             item(QZ, 10), item(f"{QZ}/投诉处理", 5), item(f"{QZ}/满意度调查", 5)],
         "rules": [
             rule(f"{GL}/管养责任", "deduct", 3, "县、乡、村三级路长制未全面建立的扣3分"),
             rule(f"{GL}/管养责任", "deduct", 0.2, "路长公示牌设置不全的，每缺一处扣0.2分", per="处"),
             rule(f"{GL}/机构人员", "deduct", 1, "乡镇未明确农村公路管理机构的，每个乡镇扣1分", per="个乡镇"),
             rule(f"{GL}/机构人员", "deduct", 0.5, "行政村未配备护路员的，每村扣0.5分", per="村"),
             rule(f"{GL}/制度建设", "deduct", 2, "县级未制定农村公路养护管理办法的扣2分"),
             rule(f"{GL}/制度建设", "deduct", 1, "养护考核制度未落实到乡镇的扣1分"),
             rule(f"{GL}/信息系统", "deduct", 2, "公路基础数据未按时更新至全省农村公路管理平台的扣2分"),
             rule(f"{ZJ}/县级配套", "award", 8, "标准足额落实的得8分"),
             rule(f"{ZJ}/县级配套", "award", None, "未足额落实的，按落实比例计分"),
             rule(f"{ZJ}/资金拨付", "deduct", 3, "上级补助资金未在收到后30日内拨付到位的扣3分"),
             rule(f"{ZJ}/资金拨付", "deduct", 2, "未按规定专户管理的扣2分"),
             rule(f"{ZJ}/资金使用", "deduct", 3, "挤占、挪用养护资金的，每发现一次扣3分", per="次"),
             rule(f"{ZJ}/资金使用", "cap", None, "扣完为止"),
             rule(f"{ZJ}/资金绩效", "deduct", 3, "未开展养护资金绩效自评或自评结果未公开的扣3分"),
             rule(f"{YS}/日常养护", "deduct", 0.5, "每公里超过3处的，每公里扣0.5分", per="公里"),
             rule(f"{YS}/日常养护", "deduct", 0.2, "路肩杂草丛生、边沟堵塞的，每处扣0.2分", per="处"),
             rule(f"{YS}/小修保养", "award", 6, "年度小修保养计划完成率达到100%的得6分"),
             rule(f"{YS}/小修保养", "deduct", 1, "每低5个百分点扣1分", per="5个百分点"),
             rule(f"{YS}/安全设施", "deduct", 1, "未按规定设置防护设施和警示标志的，每处扣1分", per="处"),
             rule(f"{YS}/桥梁养护", "deduct", 1, "桥梁未按规定开展经常性检查的，每座扣1分", per="座"),
             rule(f"{YS}/桥梁养护", "deduct", 2, "四、五类危桥未设置警示标志或未采取限载措施的，每座扣2分", per="座"),
             rule(f"{YS}/灾毁修复", "deduct", 1, "因灾中断路段未在15天内抢通的，每处扣1分", per="处"),
             rule(f"{LK}/优良中等路率", "award", 10, "农村公路优良中等路率达到85%的得10分"),
             rule(f"{LK}/优良中等路率", "deduct", 0.5, "每低1个百分点扣0.5分", per="个百分点"),
             rule(f"{LK}/路况检测", "deduct", 5, "未按规定开展年度路况自动化检测或检测数据未报送的扣5分"),
             rule(f"{LK}/路域环境", "deduct", 0.5, "公路用地范围内违法堆物、设置非公路标志的，每处扣0.5分", per="处"),
             rule(f"{QZ}/投诉处理", "deduct", 1, "转办投诉未按期办结的，每件扣1分", per="件"),
             rule(f"{QZ}/满意度调查", "deduct", 5, "群众满意率低于90%的扣5分"),
             rule(None, "cap", None, "各项扣分以该项分值扣完为止"),
             rule(None, "veto", None, "考核实行一票否决"),
             rule(None, "grade", None, "考核得分90分以上为优秀", label="优秀", at_least=90),
             rule(None, "grade", None, "75分以上不足90分为良好", label="良好", at_least=75, below=90),
             rule(None, "grade", None, "60分以上不足75分为合格", label="合格", at_least=60, below=75),
             rule(None, "grade", None, "不足60分为不合格", label="不合格", below=60),
             rule(None, "bonus", 3, "获评交通运输部“四好农村路”全国示范县的加3分"),
             rule(None, "bonus", 2, "获评省级示范县的加2分")],
         "notes": [
             "A notice, then the 附件 table over two pages (五号, header row repeated, the 资金保障 group cell cut by the "
             "page break). The 考核项目 cell is merged down over its items only; each group's points stand only in the "
             "小计 row that closes it (小计 spans the first four columns): group points from there. 合计 is no item.",
             "Numbers that are not points: 每公里县道1万元、乡道0.5万元、村道0.3万元 (a funding standard), 30日, 15天, "
             "12328 (a hotline number), 每县抽查…不少于2条, 30公里, 2025年1月10日.",
             "日常养护: 每公里超过3处的，每公里扣0.5分 → per 公里. 小修保养: 每低5个百分点 → per `5个百分点`.",
             "评分说明 1 is a scheme-wide cap (amount null), 2 a veto, 3 four bands, 4 two bonuses without a cap.",
             "document: the 评分表's own title (the notice before it is the cover); org 云岭市交通运输局."]},
    ]}

ALL = [Z01, Z02, Z03, Z04, Z05, Z06, Z07, Z08]


def main() -> int:
    return write_all(ALL, HERE, GOLD)


if __name__ == "__main__":
    raise SystemExit(main())
