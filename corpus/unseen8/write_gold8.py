"""The gold of the eighth held-out set, written by hand and saved as gold/<stem>.json.

    .venv/bin/python corpus/unseen8/write_gold8.py

Every item and rule was read off the documents make_unseen8.py writes, never off an extractor's output.
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

# ------------------------------------------------------------------------------------------ s01
S01 = {
    "source": "s01-linchuan-shi-gongan-paichusuo-gongzuo-jixiao-kaohe-banfa.docx",
    "document": {"title": "临川市公安局派出所工作绩效考核办法", "org": "临川市公安局", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "派出所工作绩效考核评分表",
         "items": [item("接处警", 12), item("案件侦办", 15), item("治安管理", 10), item("人口管理", 10),
                   item("矛盾纠纷化解", 10), item("社区警务", 12), item("执法规范化", 13), item("窗口服务", 8),
                   item("队伍管理", 10)],
         "rules": [
             rule("接处警", "deduct", 0.5, "城区110警情到场时间超过10分钟的，每起扣0.5分", per="起"),
             rule("接处警", "deduct", 0.2, "处警记录填写不规范的，每起扣0.2分", per="起"),
             rule("案件侦办", "deduct", 1, "立案后30日内未开展实质性侦查工作的，每案扣1分", per="案"),
             rule("案件侦办", "deduct", 3, "刑事案件破案率低于全市平均水平的扣3分"),
             rule("治安管理", "deduct", 2, "辖区发生有影响的治安案件未及时查处的，每起扣2分", per="起"),
             rule("人口管理", "award", 10, "实有人口信息采集准确率达到98%的得10分"),
             rule("人口管理", "deduct", 1, "每低1个百分点扣1分", per=PP),
             rule("矛盾纠纷化解", "deduct", 0.5, "排查发现的矛盾纠纷未按期化解的，每件扣0.5分", per="件"),
             rule("矛盾纠纷化解", "deduct", 3, "因化解不力引发“民转刑”案件的，每起扣3分", per="起"),
             rule("社区警务", "deduct", 1, "抽查未达到的，每人次扣1分", per="人次"),
             rule("社区警务", "deduct", 0.5, "社区警务室工作时间无人值守的，每次扣0.5分", per="次"),
             rule("执法规范化", "deduct", 0.5, "执法质量考评发现问题的，每个问题扣0.5分", per="个问题"),
             rule("执法规范化", "deduct", 3, "行政处罚决定被复议撤销或者行政诉讼败诉的，每件扣3分", per="件"),
             rule("窗口服务", "deduct", 1, "户籍业务办理超过承诺时限被投诉并核实的，每件扣1分", per="件"),
             rule("窗口服务", "deduct", 2, "群众满意度低于90%的扣2分"),
             rule("队伍管理", "deduct", 3, "民警受到党纪政务处分的，每人扣3分", per="人"),
             rule("队伍管理", "deduct", 1, "辅警因违规被辞退的，每人扣1分", per="人"),
             rule("队伍管理", "cap", None, "本项扣完为止"),
             rule(None, "bonus", 3, "派出所工作被公安部通报表扬的，每次加3分", per="次"),
             rule(None, "bonus", 1.5, "被省公安厅通报表扬的，每次加1.5分", per="次"),
             rule(None, "cap", 5, "年度加分累计不超过5分"),
             rule(None, "veto", None, "年度考核实行一票否决"),
             rule(None, "grade", None, "年度得分92分以上的为优秀", label="优秀", at_least=92),
             rule(None, "grade", None, "75分以上不足92分的为达标", label="达标", at_least=75, below=92),
             rule(None, "grade", None, "不足75分的为不达标", label="不达标", below=75),
             rule(None, "grade", None, "优秀等次不超过参加考核派出所总数的25%", label="优秀", quota=25)],
         "notes": [
             "A 印发 notice, then the 办法 in prose (一、…六、), then its 附件 (the scoring table). The table is the one "
             "scheme, named by its 附件 title; the 办法's 三、加分事项, 四、一票否决 and 五、考核等次 govern it (item null).",
             "Table columns 序号|考核项目|考核内容|分值|评分标准|得分: 考核内容 is the requirement (no rule), 评分标准 "
             "holds the rules, 得分 blank; 合计 100 (and 考核满分100分) → scale 100.",
             "社区警务: 每周驻社区工作不少于3天 is the requirement; the rule is 每人次扣1分. 本项扣完为止 is the item's cap.",
             "The quota 优秀等次不超过…25% is a grade rule of its own (label 优秀, quota 25).",
             "Numbers that are not points: 28个, 110, 10分钟, 30日, 3天, 98%/90% (thresholds), 连续两年.",
             "title: the 办法's own title (the notice wraps it); org: 临川市公安局 (notice signature)."]},
    ]}

# ------------------------------------------------------------------------------------------ s02
ZR, SP, ZF = "市场准入服务", "食品药品安全监管", "综合执法"
S02 = {
    "source": "s02-qingyuan-xian-jiceng-shichang-jianguansuo-jixiao-kaohe-zhibiao.docx",
    "document": {"title": "青原县市场监督管理局2024年度基层市场监管所工作绩效考核指标", "org": "青原县市场监督管理局",
                 "year": 2024, "scale": 100},
    "schemes": [
        {"name": "青原县市场监督管理局2024年度基层市场监管所工作绩效考核指标",
         "items": [
             item(ZR, weight=25), item(f"{ZR}/登记注册效率", 40, assessor="登记注册股"),
             item(f"{ZR}/个体工商户帮扶", 30, assessor="个体私营经济股"), item(f"{ZR}/信用信息公示", 30, assessor="信用监管股"),
             item(SP, weight=40), item(f"{SP}/日常监督检查", 30, assessor="食品生产流通股"),
             item(f"{SP}/抽检不合格处置", 25, assessor="食品生产流通股"), item(f"{SP}/特种设备安全", 25, assessor="特种设备股"),
             item(f"{SP}/投诉举报处理", 20, assessor="消费者权益保护股"),
             item(ZF, weight=35), item(f"{ZF}/办案数量", 35, assessor="法规股"), item(f"{ZF}/办案质量", 40, assessor="法规股"),
             item(f"{ZF}/知识产权保护", 25, assessor="知识产权股")],
         "rules": [
             rule(f"{ZR}/登记注册效率", "award", 40, "企业开办全流程在1个工作日内办结的得40分"),
             rule(f"{ZR}/登记注册效率", "deduct", 2, "超时办结的，每件扣2分", per="件"),
             rule(f"{ZR}/个体工商户帮扶", "deduct", 5, "走访记录每少一个季度扣5分", per="个季度"),
             rule(f"{ZR}/个体工商户帮扶", "deduct", 3, "帮扶政策宣传不到位被查实的扣3分"),
             rule(f"{ZR}/信用信息公示", "award", 30, "企业年报公示率达到90%的得30分"),
             rule(f"{ZR}/信用信息公示", "deduct", 1, "每低2个百分点扣1分", per="2个百分点"),
             rule(f"{SP}/日常监督检查", "deduct", 1, "“双随机”抽查任务完成率每低于100%一个百分点扣1分", per=PP),
             rule(f"{SP}/日常监督检查", "deduct", 0.5, "检查记录不全的，每份扣0.5分", per="份"),
             rule(f"{SP}/抽检不合格处置", "deduct", 2, "不合格食品核查处置未在规定时限内完成的，每批次扣2分", per="批次"),
             rule(f"{SP}/特种设备安全", "deduct", 1, "电梯、锅炉等特种设备超期未检且未督促整改的，每台扣1分", per="台"),
             rule(f"{SP}/特种设备安全", "award", 0, "辖区发生特种设备安全事故的，该项不得分"),
             rule(f"{SP}/投诉举报处理", "award", 20, "12315平台工单按期办结率达到98%的得20分"),
             rule(f"{SP}/投诉举报处理", "deduct", 0.5, "每低1个百分点扣0.5分", per=PP),
             rule(f"{ZF}/办案数量", "award", 35, "完成年度办案任务的得35分"),
             rule(f"{ZF}/办案数量", "award", None, "未完成的，按完成比例计分"),
             rule(f"{ZF}/办案质量", "deduct", 4, "案卷评查不合格的，每卷扣4分", per="卷"),
             rule(f"{ZF}/办案质量", "deduct", 5, "行政处罚决定被撤销的，每件扣5分", per="件"),
             rule(f"{ZF}/办案质量", "cap", None, "扣完为止"),
             rule(f"{ZF}/知识产权保护", "award", 5, "查办商标侵权、假冒专利案件的，每件得5分", per="件"),
             rule(f"{ZF}/知识产权保护", "cap", 25, "最多得25分"),
             rule(None, "grade", None, "年度综合得分90分以上为优秀", label="优秀", at_least=90),
             rule(None, "grade", None, "80分（含）至90分为良好", label="良好", at_least=80, below=90),
             rule(None, "grade", None, "65分（含）至80分为合格", label="合格", at_least=65, below=80),
             rule(None, "grade", None, "65分以下为不合格", label="不合格", below=65),
             rule(None, "veto", None, "直接评为不合格"),
             rule(None, "bonus", 2, "当年被省级市场监管部门命名为“规范化市场监管所”的，综合得分加2分")],
         "notes": [
             "Columns 一级指标|权重|二级指标|分值|评分标准|责任股室: the 一级 cell and its 权重 cell (25%) are merged down "
             "over the 二级 rows; 一级 → weight_pct, points null. The 二级 分值 add up to 100 within each 一级 (the intro: "
             "分值按百分制设置…乘以该一级指标权重后汇总), so they are points within the 一级: as printed. 责任股室 → assessor.",
             "scale 100 from 按百分制设置 (no 合计 row). 说明1 is a score formula, no rule.",
             "个体工商户帮扶: 每少一个季度 → per `个季度` (the count 一 dropped, as 每个问题 → 个问题). 信用信息公示: 每低2个"
             "百分点 → per `2个百分点`. 日常监督检查: 每低于100%一个百分点 → per 个百分点.",
             "特种设备安全 该项不得分 is an award of 0; 办案数量 按完成比例计分 an open award; 知识产权保护 每件得5分 with "
             "最多得25分 (cap 25 = the item's points).",
             "说明3 直接评为不合格 is a veto; 说明4 综合得分加2分 a scheme-wide bonus without cap.",
             "Numbers that are not points: 9个, 1个工作日, 90%/98%/100% thresholds, 12315."]},
    ]}

# ------------------------------------------------------------------------------------------ s03
AQ, FW, YX, YW = "安全管理", "供电服务", "营销管理", "设备运维"
S03 = {
    "source": "s03-jianglan-gongdian-gongsi-xiangzhen-gongdiansuo-yeji-kaohe.xlsx",
    "document": {"title": "江岚供电公司2024年度乡镇供电所综合业绩考核办法", "org": "江岚供电公司", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "江岚供电公司乡镇供电所综合业绩考核评分表",
         "items": [
             item(AQ), item(f"{AQ}/安全工器具管理", 6, assessor="安全监察部"),
             item(f"{AQ}/作业现场安全", 10, assessor="安全监察部"), item(f"{AQ}/安全培训", 4, assessor="安全监察部"),
             item(FW), item(f"{FW}/供电可靠率", 12, assessor="运维检修部"), item(f"{FW}/电压合格率", 8, assessor="运维检修部"),
             item(f"{FW}/客户诉求处理", 10, assessor="营销部"),
             item(YX), item(f"{YX}/电费回收", 12, assessor="营销部"), item(f"{YX}/线损管理", 10, assessor="营销部"),
             item(f"{YX}/计量管理", 6, assessor="营销部"),
             item(YW), item(f"{YW}/设备巡视", 8, assessor="运维检修部"), item(f"{YW}/缺陷消除", 8, assessor="运维检修部"),
             item(f"{YW}/设备台账", 6, assessor="运维检修部")],
         "rules": [
             rule(f"{AQ}/安全工器具管理", "deduct", 1, "安全工器具超期未试验的，每件扣1分", per="件"),
             rule(f"{AQ}/作业现场安全", "deduct", 2, "现场违章被查处的，每起扣2分", per="起"),
             rule(f"{AQ}/作业现场安全", "deduct", 5, "被认定为严重违章的，每起扣5分", per="起"),
             rule(f"{AQ}/安全培训", "deduct", 2, "未完成年度安全培训计划的扣2分"),
             rule(f"{AQ}/安全培训", "deduct", 1, "新入职人员未经三级安全教育上岗的，每人扣1分", per="人"),
             rule(f"{FW}/供电可靠率", "award", 12, "供电可靠率达到99.85%的得12分"),
             rule(f"{FW}/供电可靠率", "deduct", 1, "每降低0.01个百分点扣1分", per="0.01个百分点"),
             rule(f"{FW}/电压合格率", "deduct", 4, "综合电压合格率低于99%的扣4分"),
             rule(f"{FW}/客户诉求处理", "deduct", 0.5, "工单超时限回复的，每件扣0.5分", per="件"),
             rule(f"{FW}/客户诉求处理", "deduct", 2, "被认定为有效投诉的，每件扣2分", per="件"),
             rule(f"{YX}/电费回收", "award", 12, "当月电费回收率达到100%的得12分"),
             rule(f"{YX}/电费回收", "deduct", 0.2, "欠费未结零的，每户扣0.2分", per="户"),
             rule(f"{YX}/线损管理", "deduct", 1, "台区线损率每高于目标值1个百分点扣1分", per=PP),
             rule(f"{YX}/线损管理", "deduct", 0.5, "高损台区未按期治理的，每个扣0.5分", per="个"),
             rule(f"{YX}/计量管理", "deduct", 0.5, "计量装置故障未在24小时内处理的，每次扣0.5分", per="次"),
             rule(f"{YW}/设备巡视", "deduct", 1, "巡视记录缺失的，每条线路扣1分", per="条线路"),
             rule(f"{YW}/缺陷消除", "deduct", 2, "危急缺陷未在24小时内消除的，每处扣2分", per="处"),
             rule(f"{YW}/缺陷消除", "deduct", 2, "一般缺陷消缺率低于90%的扣2分"),
             rule(f"{YW}/设备台账", "deduct", 0.5, "设备台账与现场不一致的，每处扣0.5分", per="处"),
             rule(f"{YW}/设备台账", "cap", None, "扣完为止"),
             rule(None, "cap", None, "各指标扣分以该指标标准分为限"),
             rule(None, "bonus", 1, "供电所获得省公司及以上表彰的，每项加1分", per="项"),
             rule(None, "cap", 3, "最多加3分"),
             rule(None, "veto", None, "年度考核直接定为D级"),
             rule(None, "grade", None, "年度得分95分及以上的评为A级供电所", label="A级", at_least=95),
             rule(None, "grade", None, "85分及以上、95分以下的评为B级供电所", label="B级", at_least=85, below=95),
             rule(None, "grade", None, "75分及以上、85分以下的评为C级供电所", label="C级", at_least=75, below=85),
             rule(None, "grade", None, "75分以下的为D级供电所", label="D级", below=75)],
         "notes": [
             "Two sheets: 说明 (caption + seven numbered lines, one per cell of column A) and 评分表 (the table). One scheme, "
             "named by the 评分表 caption; the 说明 lines are its scheme-wide rules (item null). title: the first sheet's caption.",
             "专业 merged down column B without points (null); 指标名称 with 标准分; 考核标准 is the requirement, 评分办法 "
             "the rules, 考核部门 the assessor, 得分 blank. 合计 100 and 考核满分100分 → scale 100.",
             "Grade labels drop the unit's noun (A级供电所 → A级). 五、直接定为D级 (D级 is the lowest) is a veto.",
             "供电可靠率: 每降低0.01个百分点 → per `0.01个百分点`. 高损台区…每个 → per 个.",
             "Numbers that are not points: 14个, 99.85%/99%/90%/100% thresholds, 95598, 24小时, 三级, 10%/15% pay."]},
    ]}

# ------------------------------------------------------------------------------------------ s04
YL, GW, YY, MY = "医疗服务", "公共卫生服务", "运行管理", "群众满意度"
S04 = {
    "source": "s04-shimen-xian-xiangzhen-weishengyuan-jixiao-kaohe-xize.html",
    "document": {"title": "石门县乡镇卫生院2024年度绩效考核细则", "org": "石门县卫生健康局", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "乡镇卫生院绩效考核评分细则",
         "items": [
             item(YL, 35), item(f"{YL}/门急诊服务量", 10, method="信息系统数据"),
             item(f"{YL}/住院服务", 10, method="查阅病历"), item(f"{YL}/医疗质量", 15, method="现场核查"),
             item(GW, 30), item(f"{GW}/家庭医生签约服务", 10, method="电话回访"),
             item(f"{GW}/慢性病管理", 10, method="信息系统数据"), item(f"{GW}/传染病防控", 10, method="网络直报系统核查"),
             item(YY, 20), item(f"{YY}/药品管理", 6, method="现场核查"), item(f"{YY}/财务管理", 8, method="查阅资料"),
             item(f"{YY}/信息化建设", 6, method="现场核查"),
             item(MY, 15), item(f"{MY}/患者满意度", 15, method="第三方调查")],
         "rules": [
             rule(f"{YL}/门急诊服务量", "award", 10, "门急诊人次较上年增长的得10分"),
             rule(f"{YL}/门急诊服务量", "award", 6, "与上年持平的得6分"),
             rule(f"{YL}/门急诊服务量", "award", 0, "低于上年的不得分"),
             rule(f"{YL}/住院服务", "deduct", 4, "病床使用率低于60%的扣4分"),
             rule(f"{YL}/住院服务", "deduct", 0.5, "住院病历甲级率每低1个百分点扣0.5分", per=PP),
             rule(f"{YL}/医疗质量", "deduct", 8, "发生医疗事故负主要责任的，每起扣8分", per="起"),
             rule(f"{YL}/医疗质量", "deduct", 3, "处方点评不合格率超过5%的扣3分"),
             rule(f"{GW}/家庭医生签约服务", "deduct", 0.5, "签约人员履约率低于80%的，每低1个百分点扣0.5分", per=PP),
             rule(f"{GW}/慢性病管理", "award", 5, "高血压患者规范管理率达到65%的得5分"),
             rule(f"{GW}/慢性病管理", "award", 5, "糖尿病患者规范管理率达到65%的得5分"),
             rule(f"{GW}/传染病防控", "deduct", 1, "法定传染病迟报、漏报的，每例扣1分", per="例"),
             rule(f"{YY}/药品管理", "deduct", 3, "基本药物使用金额比例低于规定要求的扣3分"),
             rule(f"{YY}/药品管理", "deduct", 1, "过期药品未及时清理的，每批次扣1分", per="批次"),
             rule(f"{YY}/财务管理", "deduct", 4, "未按规定编制年度预算的扣4分"),
             rule(f"{YY}/财务管理", "deduct", 2, "违规收费经查实的，每起扣2分", per="起"),
             rule(f"{YY}/信息化建设", "deduct", 3, "电子病历系统未覆盖全部临床科室的扣3分"),
             rule(f"{MY}/患者满意度", "award", None, "按第三方满意度调查得分折算计分"),
             rule(None, "bonus", 2, "获得市级以上“群众满意的乡镇卫生院”称号的加2分"),
             rule(None, "bonus", 1, "中医药服务能力通过省级达标验收的加1分"),
             rule(None, "cap", 3, "加分合计不超过3分"),
             rule(None, "veto", None, "年度考核实行一票否决"),
             rule(None, "grade", None, "得分≥90分为优秀", label="优秀", at_least=90),
             rule(None, "grade", None, "80分≤得分＜90分为良好", label="良好", at_least=80, below=90),
             rule(None, "grade", None, "60分≤得分＜80分为合格", label="合格", at_least=60, below=80),
             rule(None, "grade", None, "得分＜60分为不合格", label="不合格", below=60)],
         "notes": [
             "A government web page: top bar, menu, 当前位置, 索引号/发布机构/浏览次数 line and footer are chrome. The "
             "table has a <caption> (the scheme's name) and carries its categories as colspan rows (一、医疗服务（35分）) "
             "between the item rows: categories with points from the brackets, items under them with 分值.",
             "Columns 序号|考核内容|分值|评分标准|考核方式: 考核方式 → method. 总分 (colspan 2) 100 is no item; scale 100 "
             "(实行百分制, 总分 100).",
             "门急诊服务量: three awards 10/6/0 (低于上年的不得分 is an award of 0). 慢性病管理: two awards of 5 with "
             "their own conditions. 患者满意度 折算计分 is an open award.",
             "附则 <ol>: two bonuses with their cap 3, a veto, four grades written with ≥/≤/＜ (80分≤得分＜90分 → at_least "
             "80, below 90). All scheme-wide.",
             "Numbers that are not points: 16所, 索引号, 216, 60%/5%/80%/65% thresholds."]},
    ]}

# ------------------------------------------------------------------------------------------ s05
ZX, ST, AS, ZL = "质量行为", "实体质量", "安全生产", "资料管理"
S05 = {
    "source": "s05-xiangyuan-shi-zaijian-xiangmu-zhiliang-anquan-kaoping-biao.docx",
    "document": {"title": "湘源市在建房屋建筑工程项目质量安全标准化考评表", "org": "湘源市建设工程质量安全监督站",
                 "year": 2024, "scale": 100},
    "schemes": [
        {"name": "湘源市在建房屋建筑工程项目质量安全标准化考评表",
         "items": [
             item(ZX, 20), item(f"{ZX}/参建单位资质", 4), item(f"{ZX}/人员到岗履职", 6), item(f"{ZX}/质量验收程序", 5),
             item(f"{ZX}/见证取样", 5),
             item(ST, 35), item(f"{ST}/地基与基础", 8), item(f"{ST}/主体结构", 10), item(f"{ST}/防水工程", 6),
             item(f"{ST}/建筑节能", 5), item(f"{ST}/安装工程", 6),
             item(AS, 30), item(f"{AS}/深基坑工程", 6), item(f"{AS}/脚手架", 6), item(f"{AS}/起重机械", 8),
             item(f"{AS}/临时用电", 5), item(f"{AS}/文明施工", 5),
             item(ZL, 15), item(f"{ZL}/施工技术资料", 6), item(f"{ZL}/监理资料", 5), item(f"{ZL}/竣工资料", 4)],
         "rules": [
             rule(f"{ZX}/参建单位资质", "deduct", 4, "施工单位超越资质等级承揽工程的扣4分"),
             rule(f"{ZX}/人员到岗履职", "deduct", 2, "项目经理未到岗履职的，每次扣2分", per="次"),
             rule(f"{ZX}/人员到岗履职", "deduct", 2, "项目技术负责人更换未办理变更手续的扣2分"),
             rule(f"{ZX}/质量验收程序", "deduct", 2.5, "隐蔽工程未经验收即进入下道工序的，每处扣2.5分", per="处"),
             rule(f"{ZX}/见证取样", "deduct", 1, "见证取样送检不符合规定的，每组扣1分", per="组"),
             rule(f"{ST}/地基与基础", "deduct", 8, "桩基检测不合格未处理的扣8分"),
             rule(f"{ST}/地基与基础", "deduct", 2, "基槽验收记录不全的扣2分"),
             rule(f"{ST}/主体结构", "deduct", 2, "混凝土强度回弹检测不合格的，每处扣2分", per="处"),
             rule(f"{ST}/主体结构", "deduct", 1, "钢筋保护层厚度偏差超过允许值的，每处扣1分", per="处"),
             rule(f"{ST}/防水工程", "deduct", 1.5, "屋面、卫生间出现渗漏的，每处扣1.5分", per="处"),
             rule(f"{ST}/建筑节能", "deduct", 3, "保温材料进场未复验的扣3分"),
             rule(f"{ST}/建筑节能", "deduct", 1, "节能构造做法与设计不符的，每处扣1分", per="处"),
             rule(f"{ST}/安装工程", "deduct", 1, "电气接地电阻不符合要求的，每处扣1分", per="处"),
             rule(f"{ST}/安装工程", "deduct", 2, "给排水管道未做通水试验的扣2分"),
             rule(f"{AS}/深基坑工程", "deduct", 6, "超过一定规模的危大工程专项方案未经专家论证的扣6分"),
             rule(f"{AS}/深基坑工程", "deduct", 0.5, "基坑监测数据缺失的，每次扣0.5分", per="次"),
             rule(f"{AS}/脚手架", "deduct", 1, "连墙件设置不符合专项方案的，每处扣1分", per="处"),
             rule(f"{AS}/脚手架", "deduct", 0.5, "作业层脚手板未满铺的，每处扣0.5分", per="处"),
             rule(f"{AS}/起重机械", "deduct", 8, "塔吊未经检测合格投入使用的扣8分"),
             rule(f"{AS}/起重机械", "deduct", 2, "司机、信号工无证作业的，每人扣2分", per="人"),
             rule(f"{AS}/临时用电", "deduct", 0.5, "未执行“一机、一闸、一漏、一箱”的，每处扣0.5分", per="处"),
             rule(f"{AS}/文明施工", "deduct", 3, "施工现场未连续设置围挡的扣3分"),
             rule(f"{AS}/文明施工", "deduct", 1, "扬尘治理措施不到位被通报的，每次扣1分", per="次"),
             rule(f"{ZL}/施工技术资料", "deduct", 2, "技术资料与工程进度不同步的扣2分"),
             rule(f"{ZL}/施工技术资料", "deduct", 0.5, "资料缺失的，每项扣0.5分", per="项"),
             rule(f"{ZL}/监理资料", "deduct", 1, "监理日志记录不完整的，每月扣1分", per="月"),
             rule(f"{ZL}/竣工资料", "deduct", 4, "竣工资料未按规定整理归档的扣4分"),
             rule(None, "cap", None, "每个检查项目扣分以其标准分为限"),
             rule(None, "grade", None, "考评得分85分及以上为优良", label="优良", at_least=85),
             rule(None, "grade", None, "70分至84分为合格", label="合格", at_least=70, below=85),
             rule(None, "grade", None, "70分以下为不合格", label="不合格", below=70),
             rule(None, "veto", None, "考评结果直接定为不合格")],
         "notes": [
             "A long table (22 rows, two pages in the PDF): 检查类别 merged down column A with no points in its cell; "
             "after each category a 小计 row (小计 spanning three columns) states the category's total (20/35/30/15). I "
             "give the category those points (the document states them, on the 小计 row); 小计 and 合计 rows are no items.",
             "检查内容 is what is checked (no rule); 扣分标准 holds the rules; 实得分 blank. scale 100 (本表满分100分, 合计).",
             "评分说明1 is a scheme-wide cap (amount null, each item's 标准分 bounds it). 70分至84分 → at_least 70, below 85. "
             "说明3 直接定为不合格 is a veto.",
             "Numbers that are not points: 一机、一闸、一漏、一箱 (a rule's name), 2024年 in the form row.",
             "org: the 监督站 named with （盖章） on the last line."]},
    ]}

# ------------------------------------------------------------------------------------------ s06
JC, YF, FK, MD = "基础管理", "医疗服务", "费用控制", "参保人满意度"
JIA, KOU = "加分项", "扣分项"
JIA1, JIA2 = "承担医保支付方式改革试点任务并通过评估的", "医保工作经验被省级医保部门推广的"
KOU1, KOU2 = "被新闻媒体曝光造成不良社会影响的", "拒不配合医保部门监督检查的"
S06 = {
    "source": "s06-yunling-shi-dingdian-yiliao-jigou-yibao-fuwu-niandu-kaohe.docx",
    "document": {"title": "云岭市定点医疗机构医保服务年度考核评分表", "org": "云岭市医疗保障事业管理中心", "year": 2024,
                 "scale": 100},
    "schemes": [
        {"name": "云岭市定点医疗机构医保服务年度考核评分表",
         "items": [
             item(JC, 15), item(f"{JC}/医保管理制度", 5), item(f"{JC}/信息系统建设", 5), item(f"{JC}/政策宣传培训", 5),
             item(YF, 35), item(f"{YF}/入院管理", 10), item(f"{YF}/诊疗行为", 15), item(f"{YF}/药品耗材使用", 10),
             item(FK, 30), item(f"{FK}/住院次均费用", 15), item(f"{FK}/个人负担水平", 15),
             item(MD, 20), item(f"{MD}/满意度测评", 20),
             item(JIA), item(f"{JIA}/{JIA1}"), item(f"{JIA}/{JIA2}"),
             item(KOU), item(f"{KOU}/{KOU1}"), item(f"{KOU}/{KOU2}")],
         "rules": [
             rule(f"{JC}/医保管理制度", "deduct", 5, "未建立医保管理制度的扣5分"),
             rule(f"{JC}/医保管理制度", "deduct", 3, "未设立医保管理科室或配备专（兼）职管理人员的扣3分"),
             rule(f"{JC}/信息系统建设", "deduct", 3, "医保结算系统接口未按要求完成改造的扣3分"),
             rule(f"{JC}/信息系统建设", "deduct", 0.5, "结算数据上传不及时的，每次扣0.5分", per="次"),
             rule(f"{JC}/政策宣传培训", "deduct", 2, "未在显著位置公示医保政策的扣2分"),
             rule(f"{JC}/政策宣传培训", "deduct", 2, "全年组织内部医保政策培训少于2次的扣2分"),
             rule(f"{YF}/入院管理", "deduct", 3, "发现挂床住院的，每例扣3分", per="例"),
             rule(f"{YF}/入院管理", "deduct", 2, "降低标准收治入院的，每例扣2分", per="例"),
             rule(f"{YF}/诊疗行为", "deduct", 2, "过度检查、过度治疗经查实的，每例扣2分", per="例"),
             rule(f"{YF}/诊疗行为", "deduct", 3, "分解住院的，每例扣3分", per="例"),
             rule(f"{YF}/药品耗材使用", "deduct", 5, "国家集中带量采购药品未完成约定采购量的扣5分"),
             rule(f"{YF}/药品耗材使用", "deduct", 1, "超限定支付范围用药的，每例扣1分", per="例"),
             rule(f"{FK}/住院次均费用", "award", 15, "住院次均费用增长率不超过5%的得15分"),
             rule(f"{FK}/住院次均费用", "deduct", 1.5, "每超出1个百分点扣1.5分", per=PP),
             rule(f"{FK}/个人负担水平", "deduct", 1, "政策范围内个人自付比例超过20%的，每超1个百分点扣1分", per=PP),
             rule(f"{FK}/个人负担水平", "cap", None, "扣完为止"),
             rule(f"{MD}/满意度测评", "award", 20, "参保人满意度达到95%的得20分"),
             rule(f"{MD}/满意度测评", "deduct", 1, "每降低1个百分点扣1分", per=PP),
             rule(f"{JIA}/{JIA1}", "bonus", 3, "加3分"),
             rule(f"{JIA}/{JIA2}", "bonus", 2, "每项加2分", per="项"),
             rule(f"{KOU}/{KOU1}", "deduct", 5, "每次扣5分", per="次"),
             rule(f"{KOU}/{KOU2}", "deduct", 10, "扣10分"),
             rule(None, "cap", 5, "加分项累计不超过5分"),
             rule(None, "grade", None, "年度考核得分90分及以上为优秀", label="优秀", at_least=90),
             rule(None, "grade", None, "75分及以上、不足90分为合格", label="合格", at_least=75, below=90),
             rule(None, "grade", None, "60分及以上、不足75分为基本合格", label="基本合格", at_least=60, below=75),
             rule(None, "grade", None, "不足60分为不合格", label="不合格", below=60),
             rule(None, "veto", None, "年度考核直接评为不合格")],
         "notes": [
             "Columns 考核类别|考核内容|分值|评分标准: 考核类别 merged down with its points in the name (基础管理（15分）), "
             "考核内容 the items with 分值. No 合计 row; scale 100 from 考核基本分100分.",
             "The table closes with two blocks: 加分项 and 扣分项 (merged down column A) over rows whose 考核内容 is the "
             "condition, 分值 blank and 评分标准 only the amount (加3分, 每项加2分, 每次扣5分, 扣10分). As v07: 加分项/扣分项 "
             "are a tree level (items, points null), each condition row an item (points null) holding its bonus/deduct; "
             "the intro says they count outside the 100 (bonus, not award). text = the amount's own cell.",
             "说明1 caps the 加分项 block (cap 5, item null: stated outside the table); 说明2 four bands (不足90分 → below 90); "
             "说明3 直接评为不合格 is a veto; 说明4's 90%/70% are money returned, not points.",
             "Numbers that are not points: 二级, 5%/20%/95% thresholds, 2次 (a requirement)."]},
    ]}

# ------------------------------------------------------------------------------------------ s07
COMMON_S07 = [
    rule(None, "bonus", 2, "学校当年获评省级以上文明校园的，校长（负责人）考核加2分"),
    rule(None, "grade", None, "得分90分及以上为优秀", label="优秀", at_least=90),
    rule(None, "grade", None, "75分至89分为称职", label="称职", at_least=75, below=90),
    rule(None, "grade", None, "60分至74分为基本称职", label="基本称职", at_least=60, below=75),
    rule(None, "grade", None, "60分以下为不称职", label="不称职", below=60),
    rule(None, "veto", None, "年度考核直接确定为不称职"),
]
S07_NOTE = ("The 细则's 三、加分 and 四、考核等次 (bonus 2, four bands, 直接确定为不称职 as a veto) are stated once for both "
            "kinds of head (校长（负责人）) and listed in both schemes. 75分至89分 → at_least 75, below 90.")
S07 = {
    "source": "s07-xinan-xian-zhongxiaoxue-xiaozhang-niandu-kaohe-shishi-xize.docx",
    "document": {"title": "溪南县中小学校长年度考核实施细则", "org": "溪南县教育局", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "城区学校校长年度考核评分表",
         "items": [item("办学方向", 15), item("教育教学质量", 30), item("教师队伍建设", 15), item("校园安全", 20),
                   item("学校管理", 10), item("家长满意度", 10)],
         "rules": [
             rule("办学方向", "deduct", 5, "党组织领导的校长负责制落实不到位的扣5分"),
             rule("办学方向", "deduct", 3, "意识形态工作责任制落实不力被通报的，每次扣3分", per="次"),
             rule("教育教学质量", "award", 30, "学业质量监测综合成绩位于全县同类学校前30%的得30分"),
             rule("教育教学质量", "award", 20, "位于中间40%的得20分"),
             rule("教育教学质量", "award", 10, "位于后30%的得10分"),
             rule("教师队伍建设", "deduct", 0.5, "教师年度培训学时未达标的，每人扣0.5分", per="人"),
             rule("教师队伍建设", "deduct", 5, "发生师德失范行为的，每起扣5分", per="起"),
             rule("校园安全", "deduct", 10, "发生校园安全责任事故的，每起扣10分", per="起"),
             rule("校园安全", "deduct", 2, "安全隐患排查整改不到位的，每处扣2分", per="处"),
             rule("学校管理", "deduct", 3, "违规收费经查实的，每次扣3分", per="次"),
             rule("学校管理", "deduct", 2, "校务公开不到位的扣2分"),
             rule("家长满意度", "deduct", 0.5, "满意度低于85%的，每低1个百分点扣0.5分", per=PP),
             *COMMON_S07],
         "notes": [
             "Two kinds of unit, two different tables (附件1 城区学校校长, 附件2 乡村小规模学校负责人), each with its "
             "own items: two schemes named by the 附件 titles. Columns 考核维度|考核要点|分值|评分办法: 考核要点 is what "
             "is assessed (no rule), 评分办法 the rules; 合计 100 → scale 100.",
             "教育教学质量: three awards by rank band (30/20/10); 前30%/中间40%/后30% are bands of rank, not grade quotas.",
             S07_NOTE]},
        {"name": "乡村小规模学校负责人年度考核评分表",
         "items": [item("控辍保学", 20), item("教学常规", 25), item("校园安全", 25), item("营养改善计划", 15),
                   item("家校共育", 15)],
         "rules": [
             rule("控辍保学", "deduct", 5, "服务范围内适龄儿童失学辍学的，每人扣5分", per="人"),
             rule("教学常规", "award", 15, "开齐开足国家规定课程的得15分"),
             rule("教学常规", "deduct", 5, "送教走教活动每学期少于2次的扣5分", per="学期"),
             rule("校园安全", "deduct", 10, "发生校园安全责任事故的，每起扣10分", per="起"),
             rule("校园安全", "deduct", 3, "校舍安全隐患未及时上报的，每处扣3分", per="处"),
             rule("营养改善计划", "deduct", 3, "营养餐食品安全台账不全的扣3分"),
             rule("营养改善计划", "award", 0, "发生食品安全事件的，该项不得分"),
             rule("家校共育", "award", 15, "学生家访覆盖率达到100%的得15分"),
             rule("家校共育", "deduct", 1, "每低5个百分点扣1分", per="5个百分点"),
             *COMMON_S07],
         "notes": [
             "教学常规: 每学期少于2次的扣5分 is charged for each 学期 that falls short (as 每月未开展…扣5分 → 月): per 学期. "
             "营养改善计划 该项不得分 is an award of 0. 家校共育: 每低5个百分点 → per `5个百分点`.",
             S07_NOTE]},
    ]}

ALL = [S01, S02, S03, S04, S05, S06, S07]


def main() -> int:
    return write_all(ALL, HERE, GOLD)


if __name__ == "__main__":
    raise SystemExit(main())
