"""The gold of the ninth held-out set, written by hand and saved as gold/<stem>.json.

    .venv/bin/python corpus/unseen9/write_gold9.py

Every item and rule was read off the documents make_unseen9.py writes, never off an extractor's output.
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

PP = "个百分点"

# ------------------------------------------------------------------------------------------ r01
CY, HW, CL, WX = "餐饮服务", "会务服务", "车辆服务", "办公区维修"
COMMON_R01 = [
    rule(None, "bonus", 2, "服务保障重大会议、重大活动受到市委、市政府书面表扬的，每次加2分", per="次"),
    rule(None, "cap", 4, "全年加分不超过4分"),
    rule(None, "deduct", 1, "因服务质量问题被投诉并经核实的，每件扣1分", per="件"),
    rule(None, "grade", None, "综合得分90分以上为优秀", label="优秀", at_least=90),
    rule(None, "grade", None, "80分以上不足90分为良好", label="良好", at_least=80, below=90),
    rule(None, "grade", None, "70分以上不足80分为合格", label="合格", at_least=70, below=80),
    rule(None, "grade", None, "不足70分为不合格", label="不合格", below=70),
    rule(None, "veto", None, "年度考核直接确定为不合格"),
]
R01_NOTE = ("The 办法's 四、加分和扣分 (bonus 2 per 次 with cap 4, 每件扣1分 from the 综合得分) and 五、考核等次 (four bands, "
            "直接确定为不合格 as a veto) govern the 综合得分, which both 附件 make up (×70% / ×30%): listed in both schemes. "
            "综合得分＝… is a formula, no rule; the 110%/80% of 六 are money.")
R01 = {
    "source": "r01-jiahe-shi-jiguan-houqin-fuwu-zhiliang-kaohe-banfa.docx",
    "document": {"title": "嘉禾市机关事务管理局机关后勤服务质量考核办法", "org": "嘉禾市机关事务管理局", "year": 2024,
                 "scale": 100},
    "schemes": [
        {"name": "日常检查评分表",
         "items": [
             item(CY), item(f"{CY}/饭菜质量", 15), item(f"{CY}/食品安全", 15), item(f"{CY}/就餐秩序", 8),
             item(HW), item(f"{HW}/会场布置", 10), item(f"{HW}/会议保障", 10),
             item(CL), item(f"{CL}/出车调度", 10), item(f"{CL}/行车安全", 12),
             item(WX), item(f"{WX}/报修响应", 10), item(f"{WX}/维修质量", 10)],
         "rules": [
             rule(f"{CY}/饭菜质量", "deduct", 1, "菜品少于公示菜谱的，每次扣1分", per="次"),
             rule(f"{CY}/饭菜质量", "deduct", 3, "饭菜中发现异物的，每次扣3分", per="次"),
             rule(f"{CY}/食品安全", "deduct", 2, "食材进货查验记录不全的，每次扣2分", per="次"),
             rule(f"{CY}/食品安全", "deduct", 3, "留样不足48小时的，每次扣3分", per="次"),
             rule(f"{CY}/就餐秩序", "deduct", 1, "用餐高峰期取餐等候超过10分钟的，每次扣1分", per="次"),
             rule(f"{HW}/会场布置", "deduct", 2, "会场设备调试不到位影响会议进行的，每次扣2分", per="次"),
             rule(f"{HW}/会议保障", "deduct", 1, "茶水、文印等服务出现差错的，每次扣1分", per="次"),
             rule(f"{HW}/会议保障", "award", 0, "泄露会议内容的，该项不得分"),
             rule(f"{CL}/出车调度", "deduct", 1, "未按约定时间出车的，每次扣1分", per="次"),
             rule(f"{CL}/行车安全", "deduct", 4, "发生负同等以上责任交通事故的，每起扣4分", per="起"),
             rule(f"{CL}/行车安全", "deduct", 1, "驾驶员交通违法被处罚的，每次扣1分", per="次"),
             rule(f"{WX}/报修响应", "deduct", 0.5, "一般报修超过2小时未到场的，每次扣0.5分", per="次"),
             rule(f"{WX}/报修响应", "deduct", 2, "紧急报修超过30分钟未到场的，每次扣2分", per="次"),
             rule(f"{WX}/维修质量", "deduct", 1, "同一故障30日内重复报修的，每次扣1分", per="次"),
             rule(f"{WX}/维修质量", "cap", None, "扣完为止"),
             *COMMON_R01],
         "notes": [
             "A 办法 in prose (一、…六、) with two 附件 that make up one 综合得分 (日常检查×70%＋满意度测评×30%): each 附件 "
             "is a table of its own, so two schemes named by the 附件 titles (gold README: a 附件 of its own). The 70%/30% "
             "stand only in the formula sentence, on no item of either table: not recorded as item weights.",
             "附件1 columns 序号|服务类别|检查项目|分值|评分标准: 服务类别 merged down without points (null), 检查项目 with "
             "分值; 合计 100. scale 100 (均按百分制计分, 合计 100).",
             "会议保障 该项不得分 is an award of 0; 维修质量 扣完为止 the item's cap.",
             "Numbers that are not points: 48小时, 10分钟, 2小时, 30分钟, 30日, 四次, 110%/80%.",
             R01_NOTE]},
        {"name": "服务满意度测评表",
         "items": [item("饭菜质量与口味", weight=20), item("就餐环境卫生", weight=15), item("会议服务保障", weight=20),
                   item("用车服务", weight=15), item("维修服务", weight=15), item("服务人员态度", weight=15)],
         "rules": [
             rule(None, "award", 100, "每个测评项目评为“满意”的计100分"),
             rule(None, "award", 60, "“基本满意”的计60分"),
             rule(None, "award", 0, "“不满意”的计0分"),
             *COMMON_R01],
         "notes": [
             "附件2 is a questionnaire: 测评项目|权重|满意|基本满意|不满意, the three answer columns blank (tick boxes). Six "
             "items with weight_pct, no points; 合计 100% is no item.",
             "The scoring of each answer is stated in the 办法's 三 (满意 计100分, 基本满意 计60分, 不满意 计0分): three "
             "awards with item null (they apply to every 测评项目 alike). 按各项目权重汇总后取…平均分 is a formula.",
             R01_NOTE]},
    ]}

# ------------------------------------------------------------------------------------------ r02
GH, SC, JT, GY, ZY, WC, MS = "公共环境", "市场秩序", "交通秩序", "公益宣传", "志愿服务", "未成年人思想道德建设", "民生服务"
R02 = {
    "source": "r02-hefeng-shi-wenming-chengshi-chuangjian-zeren-kaohe-xize.docx",
    "document": {"title": "禾丰市2024年全国文明城市创建工作责任考核细则", "org": "禾丰市精神文明建设委员会办公室",
                 "year": 2024, "scale": 100},
    "schemes": [
        {"name": "禾丰市2024年全国文明城市创建工作责任考核细则",
         "items": [
             item(GH, 20), item(f"{GH}/主次干道"), item(f"{GH}/背街小巷"), item(f"{GH}/公共厕所"),
             item(SC, 15), item(f"{SC}/农贸市场"), item(f"{SC}/餐饮门店"),
             item(JT, 15), item(f"{JT}/重点路口"), item(f"{JT}/公交站亭"),
             item(GY, 10), item(f"{GY}/公益广告"),
             item(ZY, 15), item(f"{ZY}/志愿服务站点"), item(f"{ZY}/注册志愿者"),
             item(WC, 15), item(f"{WC}/学校周边环境"), item(f"{WC}/未成年人活动场所"),
             item(MS, 10), item(f"{MS}/12345热线")],
         "rules": [
             rule(f"{GH}/主次干道", "deduct", 0.5, "路面破损、积水未及时修复的，每处扣0.5分", per="处"),
             rule(f"{GH}/主次干道", "deduct", 0.5, "乱堆乱放、占道经营的，每处扣0.5分", per="处"),
             rule(f"{GH}/背街小巷", "deduct", 1, "垃圾堆积、污水横流的，每发现1处扣1分", per="处"),
             rule(f"{GH}/公共厕所", "deduct", 1, "公厕无专人保洁、有明显异味的，每座扣1分", per="座"),
             rule(f"{SC}/农贸市场", "deduct", 1, "生熟不分、活禽宰杀区未隔离的，每个问题扣1分", per="个问题"),
             rule(f"{SC}/农贸市场", "deduct", 2, "市场内无公益广告的扣2分"),
             rule(f"{SC}/餐饮门店", "deduct", 0.5, "后厨卫生不达标的，每户扣0.5分", per="户"),
             rule(f"{JT}/重点路口", "deduct", 0.5, "机动车不礼让行人、非机动车闯红灯的，每发现1起扣0.5分", per="起"),
             rule(f"{JT}/公交站亭", "deduct", 0.5, "站亭破损、站牌信息缺失的，每处扣0.5分", per="处"),
             rule(f"{GY}/公益广告", "deduct", 3, "主要街道公益广告占比低于规定要求的扣3分"),
             rule(f"{GY}/公益广告", "deduct", 0.5, "广告破损未及时更换的，每处扣0.5分", per="处"),
             rule(f"{ZY}/志愿服务站点", "deduct", 1, "站点无人值守或无服务记录的，每个站点扣1分", per="个站点"),
             rule(f"{ZY}/注册志愿者", "deduct", 5, "注册志愿者人数占城市常住人口比例低于15%的扣5分"),
             rule(f"{WC}/学校周边环境", "deduct", 2, "校园周边200米内有网吧、游戏厅的，每家扣2分", per="家"),
             rule(f"{WC}/未成年人活动场所", "deduct", 1, "乡镇（街道）未成年人活动场所未正常开放的，每个扣1分", per="个"),
             rule(f"{MS}/12345热线", "deduct", 0.5, "涉及创建的群众诉求未在5个工作日内办结的，每件扣0.5分", per="件"),
             rule(None, "cap", None, "各测评项目扣分以该项目分值为限"),
             rule(None, "deduct", None, "同一问题在复查中仍未整改的，按原扣分标准加倍扣分"),
             rule(None, "deduct", 3, "被中央文明办测评通报的问题，每个问题另扣3分", per="个问题"),
             rule(None, "grade", None, "年度考核得分95分以上为优秀", label="优秀", at_least=95),
             rule(None, "grade", None, "85分以上不足95分为良好", label="良好", at_least=85, below=95),
             rule(None, "grade", None, "70分以上不足85分为合格", label="合格", at_least=70, below=85),
             rule(None, "grade", None, "不足70分为不合格", label="不合格", below=70),
             rule(None, "veto", None, "对负有责任的单位实行一票否决")],
         "notes": [
             "Landscape table 测评项目|分值|测评点位|扣分标准|责任单位: 测评项目 and its 分值 merged down side by side over "
             "the 测评点位 rows, which have no points of their own (null). 合计 100 and 基础分100分 → scale 100.",
             "责任单位 names the units held responsible for the 点位 (the units assessed), not the assessor (the 文明办 "
             "assesses): assessor null.",
             "每发现1处 → per 处 (count 1 dropped); 每个问题 → 个问题; 每个站点 → 个站点; 每家 → 家; 每座 → 座.",
             "说明1 is the scheme's cap (null: each 项目's 分值 bounds it); 说明2 加倍扣分 a deduction relative to another "
             "amount (null); 说明3 no rule; 说明4 每个问题另扣3分 a deduction outside the 分值 (item null); 说明5 four "
             "bands; 说明6 a veto.",
             "Numbers that are not points: 〔2024〕9号, 15%, 200米, 12345 (a name), 5个工作日, 48."]},
    ]}

# ------------------------------------------------------------------------------------------ r03
JC, XC, YJ, JG = "安全管理基础", "现场安全管理", "应急管理", "监管执法"
R03 = {
    "source": "r03-yunxi-gaoxinqu-qiye-anquan-shengchan-xinyong-pingjia.docx",
    "document": {"title": "云溪高新技术产业开发区企业安全生产信用评价评分标准", "org": "云溪高新区安全生产监督管理局",
                 "year": 2024, "scale": 100},
    "schemes": [
        {"name": "云溪高新技术产业开发区企业安全生产信用评价评分标准",
         "items": [
             item(JC), item(f"{JC}/安全责任体系", 12), item(f"{JC}/安全投入", 8), item(f"{JC}/教育培训", 8),
             item(XC), item(f"{XC}/隐患排查治理", 15), item(f"{XC}/危险作业管理", 10), item(f"{XC}/设备设施", 10),
             item(f"{XC}/职业健康", 7),
             item(YJ), item(f"{YJ}/应急预案", 8), item(f"{YJ}/应急物资", 6),
             item(JG), item(f"{JG}/执法检查", 10), item(f"{JG}/信息报送", 6)],
         "rules": [
             rule(f"{JC}/安全责任体系", "deduct", 6, "未建立全员安全生产责任制的扣6分"),
             rule(f"{JC}/安全责任体系", "deduct", 3, "主要负责人未签订年度安全责任书的扣3分"),
             rule(f"{JC}/安全责任体系", "bonus", 3, "通过安全生产标准化二级达标的加3分"),
             rule(f"{JC}/安全责任体系", "bonus", 5, "一级达标的加5分"),
             rule(f"{JC}/安全投入", "deduct", 4, "安全生产费用未按规定提取的扣4分"),
             rule(f"{JC}/安全投入", "deduct", 8, "提取后挪作他用的扣8分"),
             rule(f"{JC}/教育培训", "deduct", 2, "特种作业人员无证上岗的，每人扣2分", per="人"),
             rule(f"{JC}/教育培训", "deduct", 0.5, "从业人员培训档案缺失的，每人扣0.5分", per="人"),
             rule(f"{XC}/隐患排查治理", "deduct", 5, "重大事故隐患未按期整改的，每项扣5分", per="项"),
             rule(f"{XC}/隐患排查治理", "deduct", 1, "一般隐患逾期未整改的，每项扣1分", per="项"),
             rule(f"{XC}/隐患排查治理", "bonus", 1, "主动报告重大隐患并完成整改的，每项加1分", per="项"),
             rule(f"{XC}/危险作业管理", "deduct", 3, "动火、受限空间等危险作业未办理审批的，每次扣3分", per="次"),
             rule(f"{XC}/设备设施", "deduct", 2, "特种设备未定期检验的，每台扣2分", per="台"),
             rule(f"{XC}/职业健康", "deduct", 4, "未按规定开展职业病危害因素检测的扣4分"),
             rule(f"{XC}/职业健康", "deduct", 0.5, "接触职业病危害的员工未体检的，每人扣0.5分", per="人"),
             rule(f"{YJ}/应急预案", "deduct", 3, "应急预案未备案的扣3分"),
             rule(f"{YJ}/应急预案", "deduct", 5, "全年未组织应急演练的扣5分"),
             rule(f"{YJ}/应急物资", "deduct", 1, "应急物资配备不足或过期的，每处扣1分", per="处"),
             rule(f"{JG}/执法检查", "deduct", 3, "被行政处罚的，每次扣3分", per="次"),
             rule(f"{JG}/执法检查", "deduct", 10, "拒不执行监管指令的扣10分"),
             rule(f"{JG}/信息报送", "deduct", 2, "事故、险情迟报漏报的，每次扣2分", per="次"),
             rule(f"{JG}/信息报送", "bonus", 1, "按时报送月度安全生产数据且全年无差错的加1分"),
             rule(None, "cap", None, "扣分以各评价内容基础分为限"),
             rule(None, "cap", 10, "加分累计不超过10分"),
             rule(None, "grade", None, "评分≥95分为A级（安全诚信企业）", label="A级", at_least=95),
             rule(None, "grade", None, "85分≤评分＜95分为B级", label="B级", at_least=85, below=95),
             rule(None, "grade", None, "70分≤评分＜85分为C级", label="C级", at_least=70, below=85),
             rule(None, "grade", None, "评分＜70分为D级", label="D级", below=70),
             rule(None, "veto", None, "信用等级直接评为D级")],
         "notes": [
             "Columns 评价类别|评价内容|基础分|扣分标准|加分标准: 评价类别 merged down without points (null); each 评价内容 "
             "with its 基础分; the deductions in one column, the additions in another (`—` where none). 合计 100 and "
             "基础分100分制 → scale 100.",
             "The 加分标准 amounts are bonus, not award: the intro says they are added on top of the 基础分 (另行加分) and "
             "说明1 caps them at 10 for the whole scheme; they sit on the row that states them. 二级达标 加3分 / 一级达标 加5分 "
             "are two rules (two conditions).",
             "Grade labels: `A级（安全诚信企业）` → A级 (the bracket names the kind, as a unit noun would). 说明3 直接评为D级 "
             "(the lowest) is a veto. 说明4 (每季度1次) is no rule.",
             "Numbers that are not points: 二级/一级 (达标 levels), 每季度1次."]},
    ]}

# ------------------------------------------------------------------------------------------ r04
XX, XF, SJ, JL = "信息采集", "巡查走访", "事件处置", "工作纪律"
R04 = {
    "source": "r04-liutang-jiedao-shequ-wanggeyuan-yuedu-kaohe.xlsx",
    "document": {"title": "柳塘街道社区网格员月度工作考核表", "org": None, "year": 2024, "scale": 100},
    "schemes": [
        {"name": "柳塘街道社区网格员月度工作考核表",
         "items": [
             item(XX), item(f"{XX}/人口信息采集", 15), item(f"{XX}/房屋和单位信息", 10),
             item(XF), item(f"{XF}/日常巡查", 15), item(f"{XF}/重点人员走访", 10),
             item(SJ), item(f"{SJ}/事件上报", 15), item(f"{SJ}/矛盾调解", 10), item(f"{SJ}/安全隐患排查", 10),
             item(JL), item(f"{JL}/考勤", 8), item(f"{JL}/服务群众", 7)],
         "rules": [
             rule(f"{XX}/人口信息采集", "deduct", 0.5, "网格内新增、迁出人员未在3日内录入系统的，每人扣0.5分", per="人"),
             rule(f"{XX}/房屋和单位信息", "deduct", 0.5, "出租房屋信息不全的，每户扣0.5分", per="户"),
             rule(f"{XX}/房屋和单位信息", "deduct", 1, "新开业商户未登记的，每户扣1分", per="户"),
             rule(f"{XF}/日常巡查", "deduct", 1, "巡查轨迹缺失的，每天扣1分", per="天"),
             rule(f"{XF}/重点人员走访", "deduct", 2, "漏访的，每户扣2分", per="户"),
             rule(f"{SJ}/事件上报", "deduct", 1, "发现问题未及时上报的，每件扣1分", per="件"),
             rule(f"{SJ}/事件上报", "deduct", 3, "瞒报、谎报的，每件扣3分", per="件"),
             rule(f"{SJ}/矛盾调解", "deduct", 2, "能调解的矛盾纠纷未及时调解导致升级的，每起扣2分", per="起"),
             rule(f"{SJ}/安全隐患排查", "deduct", 1, "消防通道堵塞等隐患发现后未跟踪整改的，每处扣1分", per="处"),
             rule(f"{JL}/考勤", "deduct", 0.5, "迟到、早退每次扣0.5分", per="次"),
             rule(f"{JL}/考勤", "deduct", 2, "无故缺勤每天扣2分", per="天"),
             rule(f"{JL}/服务群众", "deduct", 2, "被群众有效投诉的，每次扣2分", per="次"),
             rule(f"{JL}/服务群众", "award", 0, "群众满意度测评低于80%的，该项不得分"),
             rule(None, "cap", None, "每项扣分不超过该项分值"),
             rule(None, "bonus", 2, "网格员协助破获案件或排除重大安全隐患的，每件加2分", per="件"),
             rule(None, "cap", 5, "每月加分最多5分"),
             rule(None, "grade", None, "月度得分90分及以上为优秀网格员", label="优秀", at_least=90),
             rule(None, "grade", None, "75分至89分为合格网格员", label="合格", at_least=75, below=90),
             rule(None, "grade", None, "75分以下为不合格网格员", label="不合格", below=75),
             rule(None, "veto", None, "当月考核直接定为不合格")],
         "notes": [
             "One sheet: merged title row, form row (考核月份：2024年____月 → year 2024), header 类别|考核内容|分值|考核标准|"
             "扣分|扣分原因|得分 with 类别 merged down column A without points (null); 扣分, 扣分原因 and 得分 are blank "
             "answer columns. 合计 100 and 月度满分100分 → scale 100.",
             "The 说明 lines under the table (merged across the sheet) are scheme-wide: cap (null), bonus 2 per 件 with its "
             "cap 5, three bands (labels drop 网格员; 75分至89分 → at_least 75, below 90), 直接定为不合格 (the lowest) a veto.",
             "日常巡查 / 重点人员走访: 每日巡查不少于2小时 and 每月走访不少于1次 are requirements; the rules are 每天扣1分 "
             "and 每户扣2分. 考勤: 迟到、早退 one amount for two conditions → one rule.",
             "org null: the sheet names no issuing body (考核人 and 社区党委（盖章） are blanks of the form).",
             "Numbers that are not points: 3日, 2小时, 1次, 80%, 网格编号."]},
    ]}

# ------------------------------------------------------------------------------------------ r05
ZZ, YL, JG5, HJ, ZD = "证照管理", "原料管理", "加工制作", "环境设施", "管理制度"
R05 = {
    "source": "r05-qingfeng-qu-zhongxiaoxue-shitang-shipin-anquan-jiancha.html",
    "document": {"title": "青枫区中小学校食堂食品安全检查评分表", "org": "青枫区教育局", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "青枫区中小学校食堂食品安全检查评分表",
         "items": [
             item(ZZ), item(f"{ZZ}/食品经营许可证有效并公示", 5), item(f"{ZZ}/从业人员健康证明", 6),
             item(YL), item(f"{YL}/进货查验和索证索票", 10), item(f"{YL}/原料贮存", 8), item(f"{YL}/不使用过期变质原料", 8),
             item(JG5), item(f"{JG5}/生熟分开", 8), item(f"{JG5}/餐用具清洗消毒", 10), item(f"{JG5}/食品留样", 8),
             item(HJ), item(f"{HJ}/防鼠防蝇设施", 6), item(f"{HJ}/操作间卫生", 8), item(f"{HJ}/废弃物处理", 5),
             item(ZD), item(f"{ZD}/食品安全管理员", 6), item(f"{ZD}/校领导陪餐", 6), item(f"{ZD}/应急处置预案", 6)],
         "rules": [
             rule(f"{ZZ}/食品经营许可证有效并公示", "deduct", 2, "许可证未在显著位置公示的扣2分"),
             rule(f"{ZZ}/从业人员健康证明", "deduct", 2, "每发现1人无有效健康证明扣2分", per="人"),
             rule(f"{ZZ}/从业人员健康证明", "cap", None, "扣完为止"),
             rule(f"{YL}/进货查验和索证索票", "deduct", 1, "索证索票不全的，每种原料扣1分", per="种原料"),
             rule(f"{YL}/原料贮存", "deduct", 3, "食品与非食品混放的扣3分"),
             rule(f"{YL}/原料贮存", "deduct", 0.5, "离地离墙不足10厘米的，每处扣0.5分", per="处"),
             rule(f"{YL}/不使用过期变质原料", "award", 0, "发现过期变质原料的，该项不得分"),
             rule(f"{JG5}/生熟分开", "deduct", 2, "生熟食品容器、工具混用的，每处扣2分", per="处"),
             rule(f"{JG5}/餐用具清洗消毒", "deduct", 2, "餐用具未消毒或消毒记录缺失的，每次扣2分", per="次"),
             rule(f"{JG5}/食品留样", "deduct", 4, "留样量不足125克或留样时间不足48小时的，每次扣4分", per="次"),
             rule(f"{HJ}/防鼠防蝇设施", "deduct", 1, "防蝇帘、挡鼠板缺失的，每处扣1分", per="处"),
             rule(f"{HJ}/操作间卫生", "deduct", 3, "地面积水、油污明显的扣3分"),
             rule(f"{HJ}/废弃物处理", "deduct", 2, "餐厨垃圾未加盖或未每日清运的扣2分"),
             rule(f"{ZD}/食品安全管理员", "deduct", 6, "未配备专职或兼职食品安全管理员的扣6分"),
             rule(f"{ZD}/校领导陪餐", "deduct", 1, "校领导陪餐记录缺失的，每次扣1分", per="次"),
             rule(f"{ZD}/应急处置预案", "deduct", 4, "未制定食品安全事故应急预案的扣4分"),
             rule(None, "veto", None, "检查结果直接判定为C级"),
             rule(None, "grade", None, "得分90分以上为A级", label="A级", at_least=90),
             rule(None, "grade", None, "75～89分为B级", label="B级", at_least=75, below=90),
             rule(None, "grade", None, "75分以下为C级", label="C级", below=75),
             rule(None, "bonus", 2, "学校已建成“明厨亮灶”并运行良好的，加2分")],
         "notes": [
             "A 教育局 web page (header, nav, breadcrumb, meta line, footer are chrome): no <caption>, the <h1> names the "
             "table. <thead> header 检查项目|检查内容|分值|评分方法|得分; 检查项目 rowspan over its rows without points "
             "(null); 分值 written with its unit (`6分`); 合计 `100分` (colspan 2) → scale 100.",
             "Four 检查内容 carry a ★ in a <span> (key items): the ★ is a marker, not part of the name. 评分说明1 (a key item "
             "failing → 直接判定为C级, the lowest grade) is a scheme-wide veto.",
             "从业人员健康证明: 每发现1人 → per 人, 扣完为止 its cap. 每种原料 → per 种原料. 不使用过期变质原料 该项不得分 "
             "is an award of 0.",
             "Grades A级/B级/C级 (75～89分 → at_least 75, below 90). 评分说明3 加2分 is a bonus beyond the 100 (item null).",
             "org: the first of the two signers (青枫区教育局, also the site's owner); year from 2024年9月3日.",
             "Numbers that are not points: 10厘米, 125克, 48小时, 18号 (address)."]},
    ]}

# ------------------------------------------------------------------------------------------ r06
ZT, FK, ZF, JY, AJ = "落实主体责任", "廉洁风险防控", "作风建设", "纪律教育", "案件查处与整改"
R06 = {
    "source": "r06-zechuan-xian-shuiliju-dangfeng-lianzheng-zerenzhi-kaohe-banfa.docx",
    "document": {"title": "泽川县水利局党风廉政建设责任制考核办法", "org": "中共泽川县水利局党组", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "党风廉政建设责任制考核评分表",
         "items": [
             item(ZT, 25), item(f"{ZT}/责任分解", 8, method="查阅资料"), item(f"{ZT}/专题研究", 9, method="查阅会议记录"),
             item(f"{ZT}/一岗双责", 8, method="个别谈话"),
             item(FK, 20), item(f"{FK}/风险点排查", 10, method="查阅资料"), item(f"{FK}/权力运行监督", 10, method="实地抽查"),
             item(ZF, 20), item(f"{ZF}/中央八项规定精神落实", 12, method="查阅资料、抽查"),
             item(f"{ZF}/整治形式主义官僚主义", 8, method="民主测评"),
             item(JY, 15), item(f"{JY}/警示教育", 8, method="查阅资料"), item(f"{JY}/廉政文化建设", 7, method="实地查看"),
             item(AJ, 20), item(f"{AJ}/问题线索处置", 10, method="查阅台账"), item(f"{AJ}/巡察审计整改", 10, method="查阅资料")],
         "rules": [
             rule(f"{ZT}/责任分解", "deduct", 4, "未制定年度党风廉政建设工作要点的扣4分"),
             rule(f"{ZT}/责任分解", "deduct", 2, "责任清单未分解到人的扣2分"),
             rule(f"{ZT}/专题研究", "deduct", 3, "少1次扣3分", per="次"),
             rule(f"{ZT}/一岗双责", "deduct", 1, "班子成员未按规定开展廉政谈话的，每人扣1分", per="人"),
             rule(f"{FK}/风险点排查", "deduct", 10, "未开展岗位廉洁风险排查的扣10分"),
             rule(f"{FK}/风险点排查", "deduct", 3, "防控措施不具体的扣3分"),
             rule(f"{FK}/权力运行监督", "deduct", 2, "工程招投标、资金拨付程序不规范的，每项扣2分", per="项"),
             rule(f"{ZF}/中央八项规定精神落实", "deduct", 4, "公务接待、公车使用违反规定的，每起扣4分", per="起"),
             rule(f"{ZF}/整治形式主义官僚主义", "deduct", 4, "民主测评满意率低于90%的扣4分"),
             rule(f"{JY}/警示教育", "deduct", 4, "全年开展警示教育少于2次的扣4分"),
             rule(f"{JY}/廉政文化建设", "deduct", 3, "未设置廉政文化宣传阵地的扣3分"),
             rule(f"{AJ}/问题线索处置", "deduct", 2, "上级转办的问题线索未按期办结的，每件扣2分", per="件"),
             rule(f"{AJ}/巡察审计整改", "deduct", 1, "巡察、审计反馈问题未按期整改到位的，每个问题扣1分", per="个问题"),
             rule(f"{AJ}/巡察审计整改", "cap", None, "扣完为止"),
             rule(None, "bonus", 2, "单位廉政建设工作经验被市级以上纪检监察机关推广的，每项加2分", per="项"),
             rule(None, "bonus", 1, "被县级推广的，每项加1分", per="项"),
             rule(None, "cap", 3, "加分合计不超过3分"),
             rule(None, "deduct", 3, "受警告、记过处分的每人次扣3分", per="人次"),
             rule(None, "deduct", 6, "受记大过以上处分的每人次扣6分", per="人次"),
             rule(None, "veto", None, "考核实行一票否决"),
             rule(None, "grade", None, "得分90分以上（含90分）的为好", label="好", at_least=90),
             rule(None, "grade", None, "80分以上（含80分）、90分以下的为较好", label="较好", at_least=80, below=90),
             rule(None, "grade", None, "70分以上（含70分）、80分以下的为一般", label="一般", at_least=70, below=80),
             rule(None, "grade", None, "70分以下的为差", label="差", below=70)],
         "notes": [
             "A 办法 in 第X条 (第一条…第十条) and its 附件 table: one scheme, named by the 附件 title; the articles 第五条 "
             "(bonus per 项 with cap 3), 第六条 (deductions per 人次 from the total), 第七条 (veto) and 第八条 (four bands) "
             "govern it (item null).",
             "The 考核项目 cells (merged down column A) carry no points; their points are stated only in 第三条 "
             "(落实主体责任（25分）…) and match the sums of the 分值 below them: the categories get them.",
             "Columns 考核项目|考核要点|分值|考核方式|评分标准: 考核方式 → method; 合计 100 and 考核实行百分制 → scale 100.",
             "专题研究: 每半年…不少于1次 is the requirement, 少1次扣3分 the rule (per 次). 第八条: the bands say (含) "
             "explicitly; 70分以下 → below 70.",
             "org: the signature 中共泽川县水利局党组. Numbers that are not points: 12月, 2次, 90% (threshold)."]},
    ]}

# ------------------------------------------------------------------------------------------ r07
GX, GXX = "共性指标", "个性指标"
R07 = {
    "source": "r07-shiqiao-xian-xianzhi-bumen-niandu-jixiao-kaohe-zhibiao.docx",
    "document": {"title": "石桥县2024年度县直部门绩效考核指标体系", "org": "石桥县绩效考核办公室", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "石桥县2024年度县直部门绩效考核指标体系",
         "items": [
             item(GX, weight=40), item(f"{GX}/党的建设", weight=25, assessor="县委组织部"),
             item(f"{GX}/党风廉政建设", weight=20, assessor="县纪委监委"),
             item(f"{GX}/依法行政", weight=15, assessor="县司法局"),
             item(f"{GX}/政务公开", weight=10, assessor="县政务服务中心"),
             item(f"{GX}/预算绩效管理", weight=15, assessor="县财政局"),
             item(f"{GX}/意识形态工作", weight=15, assessor="县委宣传部"),
             item(GXX, weight=60), item(f"{GXX}/重点工作任务", weight=50, assessor="县绩效办"),
             item(f"{GXX}/县委县政府交办事项", weight=20, assessor="县委县政府督查室"),
             item(f"{GXX}/上级业务部门考核", weight=20, assessor="县绩效办"),
             item(f"{GXX}/工作创新", weight=10, assessor="县绩效办")],
         "rules": [
             rule(f"{GX}/党的建设", "award", 100, "好计100分"),
             rule(f"{GX}/党的建设", "award", 85, "较好计85分"),
             rule(f"{GX}/党的建设", "award", 70, "一般计70分"),
             rule(f"{GX}/党的建设", "award", 0, "差计0分"),
             rule(f"{GX}/党风廉政建设", "award", None, "按县纪委监委考核结果计分"),
             rule(f"{GX}/党风廉政建设", "deduct", 20, "单位班子成员受到党纪政务处分的，每人次扣20分", per="人次"),
             rule(f"{GX}/依法行政", "deduct", 10, "行政复议被撤销或行政诉讼败诉的，每件扣10分", per="件"),
             rule(f"{GX}/政务公开", "deduct", 5, "应公开未公开事项被通报的，每次扣5分", per="次"),
             rule(f"{GX}/预算绩效管理", "award", 100, "预算执行率达到95%的计100分"),
             rule(f"{GX}/预算绩效管理", "deduct", 3, "每低1个百分点扣3分", per=PP),
             rule(f"{GX}/意识形态工作", "deduct", 15, "意识形态工作责任制落实不到位被约谈的，每次扣15分", per="次"),
             rule(f"{GXX}/重点工作任务", "deduct", 10, "每项未完成的扣10分", per="项"),
             rule(f"{GXX}/重点工作任务", "award", None, "部分完成的按完成进度计分"),
             rule(f"{GXX}/县委县政府交办事项", "deduct", 5, "交办事项逾期未办结的，每件扣5分", per="件"),
             rule(f"{GXX}/上级业务部门考核", "award", 100, "在市级业务考核中排名前三位的计100分"),
             rule(f"{GXX}/上级业务部门考核", "award", 85, "第四至第八位的计85分"),
             rule(f"{GXX}/上级业务部门考核", "award", 70, "其余计70分"),
             rule(f"{GXX}/工作创新", "award", 50, "工作创新经验被市级以上推广的，每项计50分", per="项"),
             rule(f"{GXX}/工作创新", "cap", 100, "最高100分"),
             rule(None, "bonus", 3, "部门工作获得国家级表彰的，每项加3分", per="项"),
             rule(None, "bonus", 1.5, "获得省级表彰的，每项加1.5分", per="项"),
             rule(None, "cap", 5, "加分累计不超过5分"),
             rule(None, "deduct", 1, "部门被县委、县政府督查通报批评的，每次扣1分", per="次"),
             rule(None, "deduct", 3, "发生安全生产责任事故的，扣3分"),
             rule(None, "grade", None, "优秀等次不超过参评部门总数的20%，从综合得分90分以上的部门中按得分高低确定",
                  label="优秀", at_least=90, quota=20),
             rule(None, "grade", None, "综合得分80分以上的为良好", label="良好", at_least=80),
             rule(None, "grade", None, "60分以上不足80分的为一般", label="一般", at_least=60, below=80),
             rule(None, "grade", None, "不足60分的为较差", label="较差", below=60),
             rule(None, "veto", None, "年度考核实行一票否决")],
         "notes": [
             "Landscape table 指标类型|权重|考核指标|权重|评分标准|考评单位: the type (共性指标/个性指标) and its 权重 (40%/60%) "
             "merged down side by side; each 考核指标 with a 权重 of its own within its type (summing to 100% per type). "
             "No points anywhere: weight_pct on both levels, points null. Each indicator is scored out of 100 (各项指标均按"
             "百分制评分 → scale 100). 考评单位 → assessor.",
             "党的建设: 好/较好/一般/差 计100/85/70/0 are four awards (the scoring of another body's grade, not this scheme's "
             "grades: label null). 党风廉政建设 按…结果计分 is an open award. 上级业务部门考核: three rank awards. 工作创新: "
             "每项计50分 with 最高100分 (cap 100 = the indicator's own scale).",
             "二、三: bonuses per 项 with cap 5, deductions from the total (item null). 四: 优秀 is a quota (20%) among those "
             "at 90 and above: one rule with at_least 90 and quota 20; 综合得分80分以上的为良好 has no upper bound written "
             "(a unit at 92 outside the quota is 良好): at_least 80 only. 五: veto.",
             "The 综合得分 formula (×40%＋×60%＋加分－扣分) is no rule. Numbers that are not points: 95% (threshold), 前三位, "
             "第四至第八位."]},
    ]}

ALL = [R01, R02, R03, R04, R05, R06, R07]


def main() -> int:
    return write_all(ALL, HERE, GOLD)


if __name__ == "__main__":
    raise SystemExit(main())
