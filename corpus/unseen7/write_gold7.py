"""The gold of the seventh held-out set, written by hand and saved as gold/<stem>.json.

    .venv/bin/python corpus/unseen7/write_gold7.py

Every item and rule was read off the documents make_unseen7.py writes, never off an extractor's output.
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

# ------------------------------------------------------------------------------------------ t01
SR, ZG, NF = "收入质量", "征收管理", "纳税服务"
T01 = {
    "source": "t01-lanxi-shi-shuiwuju-jiceng-fenju-jixiao-kaoping.docx",
    "document": {"title": "澜溪市税务局2024年度基层税务分局绩效考评指标", "org": "澜溪市税务局", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "澜溪市税务局2024年度基层税务分局绩效考评指标",
         "items": [
             item(SR, weight=30), item(f"{SR}/收入预测准确率", 40, assessor="收入核算科"),
             item(f"{SR}/欠税清缴", 35, assessor="征管科"), item(f"{SR}/税收分析", 25, assessor="收入核算科"),
             item(ZG, weight=40), item(f"{ZG}/申报率", 30, assessor="征管科"),
             item(f"{ZG}/发票管理", 25, assessor="货物和劳务税科"), item(f"{ZG}/风险应对", 25, assessor="风险管理局"),
             item(f"{ZG}/执法规范", 20, assessor="法制科"),
             item(NF, weight=30), item(f"{NF}/办税效率", 40, assessor="纳税服务科"),
             item(f"{NF}/纳税人满意度", 35, assessor="纳税服务科"), item(f"{NF}/12366热线工单", 25, assessor="纳税服务科")],
         "rules": [
             rule(f"{SR}/收入预测准确率", "award", 40, "月度收入预测偏差率在5%以内的得40分"),
             rule(f"{SR}/收入预测准确率", "deduct", 4, "偏差率每超出1个百分点扣4分", per=PP),
             rule(f"{SR}/欠税清缴", "award", 35, "新增欠税清缴率达到80%的得35分"),
             rule(f"{SR}/欠税清缴", "deduct", 3, "每低5个百分点扣3分", per="5个百分点"),
             rule(f"{SR}/税收分析", "deduct", 5, "按季报送税收分析报告，每缺报一期扣5分", per="期"),
             rule(f"{SR}/税收分析", "deduct", 2, "报告质量不高被退回重报的，每次扣2分", per="次"),
             rule(f"{ZG}/申报率", "award", 30, "按期申报率达到98%的得30分"),
             rule(f"{ZG}/申报率", "deduct", 2, "每低1个百分点扣2分", per=PP),
             rule(f"{ZG}/发票管理", "deduct", 1, "发票风险疑点按时核实处理率每低1个百分点扣1分", per=PP),
             rule(f"{ZG}/发票管理", "deduct", 5, "发现虚开发票线索未及时移交稽查的，每起扣5分", per="起"),
             rule(f"{ZG}/风险应对", "deduct", 10, "风险应对任务按期完成率未达到95%的扣10分"),
             rule(f"{ZG}/风险应对", "deduct", 5, "应对质效排名全市后三位的扣5分"),
             rule(f"{ZG}/执法规范", "deduct", 4, "执法督察发现执法过错的，每起扣4分", per="起"),
             rule(f"{ZG}/执法规范", "cap", None, "扣完为止"),
             rule(f"{NF}/办税效率", "deduct", 10, "办税服务厅平均等候时间超过15分钟的扣10分"),
             rule(f"{NF}/办税效率", "deduct", 2, "“最多跑一次”事项落实不到位被投诉并核实的，每件扣2分", per="件"),
             rule(f"{NF}/纳税人满意度", "award", None, "按第三方纳税人满意度调查得分折算计分"),
             rule(f"{NF}/12366热线工单", "deduct", 1, "工单按时办结率每低1个百分点扣1分", per=PP),
             rule(None, "grade", None, "综合得分90分以上为优秀", label="优秀", at_least=90),
             rule(None, "grade", None, "80分以上不足90分为良好", label="良好", at_least=80, below=90),
             rule(None, "grade", None, "70分以上不足80分为达标", label="达标", at_least=70, below=80),
             rule(None, "grade", None, "不足70分为待改进", label="待改进", below=70),
             rule(None, "bonus", 3, "分局工作经验被国家税务总局推广的加3分"),
             rule(None, "bonus", 1, "被省税务局推广的加1分"),
             rule(None, "cap", 4, "加分累计不超过4分"),
             rule(None, "veto", None, "绩效考评直接评为待改进等次")],
         "notes": [
             "The 一级指标 cell holds the name and, on a second line of the same cell, its weight (收入质量⏎（权重30%）): "
             "weight_pct 30, points null. The 二级 分值 of each 一级 add up to 100 (the intro: 每个一级指标下的二级指标分值"
             "合计为100分), so the 二级 points are points within their 一级, not shares of the 100 total: points as printed.",
             "scale 100 from 实行百分制. 考评部门 is the assessor. 12366 in 12366热线工单 is a hotline number, not points.",
             "欠税清缴: 每低5个百分点扣3分 → per `5个百分点`. 纳税人满意度 按…折算计分 is an open award (amount null).",
             "说明3 直接评为待改进等次 (待改进 is the lowest grade) is a veto by the set's convention.",
             "org: the 市税务局 (the signature is its 绩效管理办公室)."]},
    ]}

# ------------------------------------------------------------------------------------------ t02
T02 = {
    "source": "t02-jinghe-gongjiao-jituan-chedui-anquan-fuwu-yuedu-kaohe.docx",
    "document": {"title": "泾河公交集团2024年车队安全服务月度考核表", "org": "泾河公交集团", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "泾河公交集团2024年车队安全服务月度考核表",
         "items": [item("行车安全", 25), item("车辆技术状况", 15), item("运营服务", 20), item("乘客投诉", 15),
                   item("车容车貌", 10), item("节能降耗", 10), item("安全学习", 5)],
         "rules": [
             rule("行车安全", "deduct", 10, "发生一般责任事故的，每起扣10分", per="起"),
             rule("行车安全", "deduct", 5, "发生轻微责任事故的，每起扣5分", per="起"),
             rule("行车安全", "deduct", 2, "驾驶员被查实超速行驶的，每人次扣2分", per="人次"),
             rule("车辆技术状况", "deduct", 2, "车辆未按期进行二级维护的，每车次扣2分", per="车次"),
             rule("车辆技术状况", "deduct", 1, "出车前未执行例检的，每车次扣1分", per="车次"),
             rule("运营服务", "deduct", 1, "脱班、漏班的，每班次扣1分", per="班次"),
             rule("运营服务", "deduct", 5, "发车准点率低于95%的扣5分"),
             rule("运营服务", "deduct", 0.5, "到站不停或报站不规范被查实的，每次扣0.5分", per="次"),
             rule("乘客投诉", "deduct", 1, "有效投诉每件扣1分", per="件"),
             rule("乘客投诉", "deduct", 0.5, "投诉答复超过3个工作日的，每件另扣0.5分", per="件"),
             rule("车容车貌", "deduct", 0.5, "抽查车厢不洁的，每车扣0.5分", per="车"),
             rule("车容车貌", "deduct", 0.5, "车内服务设施损坏未报修的，每处扣0.5分", per="处"),
             rule("节能降耗", "award", 10, "完成能耗定额的得10分"),
             rule("节能降耗", "deduct", 1, "能耗每超定额1个百分点扣1分", per=PP),
             rule("安全学习", "deduct", 0.2, "驾驶员缺席安全例会的，每人次扣0.2分", per="人次"),
             rule(None, "veto", None, "当月考核实行一票否决"),
             rule(None, "cap", None, "各项扣分以该项分值为限"),
             rule(None, "grade", None, "月度得分95分以上为A级车队", label="A级", at_least=95),
             rule(None, "grade", None, "85分（含）至95分为B级车队", label="B级", at_least=85, below=95),
             rule(None, "grade", None, "85分以下为C级车队", label="C级", below=85)],
         "notes": [
             "One level: 考核项目 with 分值; 考核标准 is the requirement (no amount, no rule), 评分方法 holds the rules, "
             "得分 is blank. 合计 100 → scale 100, no item.",
             "The 备注 row (备注 | one cell merged across the other five columns) holds three numbered lines on lines of "
             "the cell: a veto, a scheme-wide cap (amount null, as y03's 各项扣分以该项分值为限) and three grade bands.",
             "Grade labels drop the noun 车队 (A级车队 → A级, as z05's 优秀病区 → 优秀); 85分（含）至95分 → at_least 85, "
             "below 95. 投诉答复超过3个工作日: 3 is a deadline, the rule is 每件另扣0.5分."]},
    ]}

# ------------------------------------------------------------------------------------------ t03
AQ, GC, DD, JC = "安全管理责任", "工程巡查与维修养护", "调度运用", "监测与档案"
T03 = {
    "source": "t03-qingjiang-xian-xiaoxing-shuiku-yunxing-guanli-kaohe-xize.docx",
    "document": {"title": "清江县小型水库运行管理考核细则", "org": "清江县水利局", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "清江县小型水库运行管理考核细则",
         "items": [
             item(AQ, 25), item(f"{AQ}/责任人落实", 10), item(f"{AQ}/应急预案", 15),
             item(GC, 35), item(f"{GC}/日常巡查", 15), item(f"{GC}/维修养护", 12), item(f"{GC}/安全鉴定", 8),
             item(DD, 20), item(f"{DD}/调度方案", 10), item(f"{DD}/汛限水位", 10),
             item(JC, 20), item(f"{JC}/雨水情测报", 12), item(f"{JC}/档案管理", 8)],
         "rules": [
             rule(f"{AQ}/责任人落实", "deduct", 3, "水库行政、技术、巡查三个责任人未落实的，每缺一人扣3分", per="人"),
             rule(f"{AQ}/责任人落实", "deduct", 1, "责任人名单未在水库醒目位置公示的扣1分"),
             rule(f"{AQ}/应急预案", "deduct", 8, "未编制大坝安全管理应急预案的扣8分"),
             rule(f"{AQ}/应急预案", "deduct", 3, "预案未经主管部门审批的扣3分"),
             rule(f"{AQ}/应急预案", "deduct", 4, "汛前未组织演练的扣4分"),
             rule(f"{GC}/日常巡查", "deduct", 0.5, "巡查记录每缺一次扣0.5分", per="次"),
             rule(f"{GC}/维修养护", "deduct", 2, "坝面杂草、杂树未及时清除的扣2分"),
             rule(f"{GC}/维修养护", "deduct", 2, "溢洪道存在阻水障碍物的，每处扣2分", per="处"),
             rule(f"{GC}/维修养护", "deduct", 3, "闸门启闭设备未定期保养的扣3分"),
             rule(f"{GC}/安全鉴定", "award", 0, "该项不得分"),
             rule(f"{DD}/调度方案", "award", 10, "有经批准的调度运用方案并严格执行的得10分"),
             rule(f"{DD}/调度方案", "award", 0, "无方案的不得分"),
             rule(f"{DD}/汛限水位", "deduct", 5, "汛期擅自超汛限水位蓄水的，每次扣5分", per="次"),
             rule(f"{DD}/汛限水位", "cap", None, "扣完为止"),
             rule(f"{JC}/雨水情测报", "award", 12, "测报设施完好、数据按时上传的得12分"),
             rule(f"{JC}/雨水情测报", "deduct", 4, "设施损坏未修复的扣4分"),
             rule(f"{JC}/雨水情测报", "deduct", 0.5, "数据上传不及时的，每次扣0.5分", per="次"),
             rule(f"{JC}/档案管理", "deduct", 3, "工程档案未分类归档的扣3分"),
             rule(f"{JC}/档案管理", "deduct", 2, "巡查、维养记录不完整的扣2分"),
             rule(None, "cap", 5, "加分总数不超过5分"),
             rule(None, "bonus", 3, "水库被评为省级标准化管理水库的，加3分"),
             rule(None, "bonus", 2, "管护单位在市级以上水利工作会议上作经验交流的，加2分"),
             rule(None, "veto", None, "年度考核实行一票否决"),
             rule(None, "grade", None, "得分90分以上的为优秀", label="优秀", at_least=90),
             rule(None, "grade", None, "75分以上不足90分的为良好", label="良好", at_least=75, below=90),
             rule(None, "grade", None, "60分以上不足75分的为合格", label="合格", at_least=60, below=75),
             rule(None, "grade", None, "不足60分的为不合格", label="不合格", below=60)],
         "notes": [
             "Prose only: the categories are 第X条 articles whose whole text is the name with its points "
             "(第三条　安全管理责任（25分）); the items are the （一）（二） paragraphs under them, each starting with the "
             "name and its points in brackets, then the scoring sentences. 第一、二、七至十一条 are no items.",
             "日常巡查: 汛期每日巡查不少于1次，非汛期每周不少于2次 is the requirement; the rule is 每缺一次扣0.5分 (per 次). "
             "安全鉴定 该项不得分 and 调度方案 无方案的不得分 are awards of 0.",
             "第七条 is the scheme's bonus article (cap 5 in its lead-in, two bonuses); 第八条 a veto; 第九条 four bands. "
             "第十条's 10% is money, not points; 36座 and the 小（1）型/小（2）型 classes are no numbers of the score.",
             "year: the document's date (2024年4月12日); it applies from its issue and names no assessment year."]},
    ]}

# ------------------------------------------------------------------------------------------ t04
DA, MB, ZD, YF = "健康档案管理", "慢性病患者管理", "重点人群健康管理", "预防接种与传染病报告"
T04 = {
    "source": "t04-heyang-xian-jiben-gonggong-weisheng-fuwu-jidu-kaohe.xlsx",
    "document": {"title": "和阳县基本公共卫生服务项目季度考核评分表", "org": "和阳县卫生健康局", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "和阳县基本公共卫生服务项目季度考核评分表",
         "items": [
             item(DA, 15), item(f"{DA}/建档率", 5), item(f"{DA}/档案使用率", 5), item(f"{DA}/档案真实性", 5),
             item(MB, 30), item(f"{MB}/高血压患者管理", 12), item(f"{MB}/糖尿病患者管理", 12),
             item(f"{MB}/严重精神障碍患者管理", 6),
             item(ZD, 30), item(f"{ZD}/孕产妇健康管理", 8), item(f"{ZD}/0～6岁儿童健康管理", 8),
             item(f"{ZD}/老年人健康管理", 14),
             item(YF, 25), item(f"{YF}/预防接种", 15), item(f"{YF}/传染病报告", 10)],
         "rules": [
             rule(f"{DA}/建档率", "award", 5, "居民电子健康档案建档率达到90%的得5分"),
             rule(f"{DA}/建档率", "deduct", 0.5, "每低1个百分点扣0.5分", per=PP),
             rule(f"{DA}/档案使用率", "deduct", 3, "动态使用率低于60%的扣3分"),
             rule(f"{DA}/档案真实性", "deduct", 1, "抽查发现虚假档案的，每份扣1分", per="份"),
             rule(f"{DA}/档案真实性", "cap", None, "扣完为止"),
             rule(f"{MB}/高血压患者管理", "deduct", 0.5, "规范管理率每低于目标值1个百分点扣0.5分", per=PP),
             rule(f"{MB}/高血压患者管理", "deduct", 0.5, "随访记录缺失的，每份扣0.5分", per="份"),
             rule(f"{MB}/糖尿病患者管理", "deduct", 4, "血糖控制率低于50%的扣4分"),
             rule(f"{MB}/糖尿病患者管理", "deduct", 0.5, "当季未面对面随访的，每人扣0.5分", per="人"),
             rule(f"{MB}/严重精神障碍患者管理", "deduct", 1, "在册患者失访的，每人扣1分", per="人"),
             rule(f"{ZD}/孕产妇健康管理", "deduct", 3, "早孕建册率低于85%的扣3分"),
             rule(f"{ZD}/孕产妇健康管理", "deduct", 0.5, "产后访视记录不全的，每份扣0.5分", per="份"),
             rule(f"{ZD}/0～6岁儿童健康管理", "award", 4, "新生儿访视率达到90%的得4分"),
             rule(f"{ZD}/0～6岁儿童健康管理", "award", 4, "儿童系统管理率达到85%的得4分"),
             rule(f"{ZD}/老年人健康管理", "deduct", 0.5, "65岁及以上老年人健康体检率每低1个百分点扣0.5分", per=PP),
             rule(f"{ZD}/老年人健康管理", "deduct", 0.2, "体检结果未反馈本人的，每人扣0.2分", per="人"),
             rule(f"{YF}/预防接种", "award", 15, "适龄儿童免疫规划疫苗接种率达到95%的得15分"),
             rule(f"{YF}/预防接种", "deduct", 1, "每低1个百分点扣1分", per=PP),
             rule(f"{YF}/预防接种", "deduct", 5, "发生接种差错的，每起扣5分", per="起"),
             rule(f"{YF}/传染病报告", "deduct", 2, "传染病漏报的，每例扣2分", per="例"),
             rule(f"{YF}/传染病报告", "deduct", 1, "迟报的，每例扣1分", per="例"),
             rule(None, "grade", None, "季度考核得分90分及以上为优秀", label="优秀", at_least=90),
             rule(None, "grade", None, "75～89分为合格", label="合格", at_least=75, below=90),
             rule(None, "grade", None, "75分以下为不合格", label="不合格", below=75),
             rule(None, "veto", None, "当季考核直接评为不合格")],
         "notes": [
             "Four sheets (第一季度 … 第四季度) print the same table; only the quarter in the form row differs: one scheme, "
             "named by the caption every sheet shares. No summary sheet.",
             "The 项目 cell is merged down column A over its rows and holds the group name with its points "
             "(健康档案管理（15分）); 考核指标 the leaves with 标准分. 合计 100 → scale 100.",
             "档案使用率: 抽查10份档案 is the check; the rule is 低于60%的扣3分. 0～6岁儿童健康管理: two awards of 4 with two "
             "conditions. 75～89分 → at_least 75, below 90.",
             "说明2 直接评为不合格 is a veto; 说明3's 5% is money withheld, not points.",
             "org: 和阳县卫生健康局（盖章） on the last line of each sheet; year from the form row 2024年第一季度."]},
    ]}

# ------------------------------------------------------------------------------------------ t05
SP, HJ, FW, AS = "食品安全", "环境卫生", "服务质量", "安全生产"
T05 = {
    "source": "t05-songhe-daxue-xuesheng-shitang-canyin-fuwu-zhiliang-kaohe.xlsx",
    "document": {"title": "松鹤大学学生食堂餐饮服务质量月度考核表", "org": "松鹤大学", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "松鹤大学学生食堂餐饮服务质量月度考核表",
         "items": [
             item(SP), item(f"{SP}/原料采购", 10, method="查阅台账", assessor="膳食科"),
             item(f"{SP}/加工操作", 10, method="现场检查", assessor="膳食科"),
             item(f"{SP}/从业人员", 5, method="查验证件", assessor="膳食科"),
             item(HJ), item(f"{HJ}/就餐区卫生", 10, method="现场检查", assessor="后勤督查办"),
             item(f"{HJ}/后厨卫生", 10, method="现场检查", assessor="后勤督查办"),
             item(f"{HJ}/病媒防治", 5, method="现场检查", assessor="后勤督查办"),
             item(FW), item(f"{FW}/供餐保障", 15, method="随机抽查", assessor="膳食科"),
             item(f"{FW}/价格管理", 10, method="随机抽查", assessor="物价管理办公室"),
             item(f"{FW}/师生满意度", 15, method="问卷测评", assessor="学生膳食委员会"),
             item(AS), item(f"{AS}/消防与燃气", 10, method="现场检查", assessor="保卫处")],
         "rules": [
             rule(f"{SP}/原料采购", "deduct", 2, "未索证索票的，每批次扣2分", per="批次"),
             rule(f"{SP}/原料采购", "deduct", 1, "台账记录不全的，每次扣1分", per="次"),
             rule(f"{SP}/加工操作", "deduct", 2, "生熟混放的，每处扣2分", per="处"),
             rule(f"{SP}/加工操作", "deduct", 3, "留样不足125克或未满48小时的，每次扣3分", per="次"),
             rule(f"{SP}/从业人员", "deduct", 2, "无健康证明上岗的，每人扣2分", per="人"),
             rule(f"{HJ}/就餐区卫生", "deduct", 0.5, "餐桌有残渣、地面有积水的，每处扣0.5分", per="处"),
             rule(f"{HJ}/后厨卫生", "deduct", 1, "不符合要求的，每处扣1分", per="处"),
             rule(f"{HJ}/病媒防治", "deduct", 2, "发现鼠迹、蟑螂的，每次扣2分", per="次"),
             rule(f"{FW}/供餐保障", "deduct", 2, "延迟开餐10分钟以上的，每次扣2分", per="次"),
             rule(f"{FW}/供餐保障", "deduct", 1, "菜品数量不足的，每餐次扣1分", per="餐次"),
             rule(f"{FW}/价格管理", "deduct", 3, "未明码标价的扣3分"),
             rule(f"{FW}/价格管理", "deduct", 2, "擅自提价的，每个品种扣2分", per="个品种"),
             rule(f"{FW}/师生满意度", "award", 15, "满意度达到85%的得15分"),
             rule(f"{FW}/师生满意度", "deduct", 1, "每低1个百分点扣1分", per=PP),
             rule(f"{AS}/消防与燃气", "deduct", 5, "燃气报警装置失效的扣5分"),
             rule(f"{AS}/消防与燃气", "deduct", 1, "灭火器过期的，每具扣1分", per="具"),
             rule(None, "cap", None, "单项扣分不超过该项分值"),
             rule(None, "veto", None, "月度考核实行一票否决"),
             rule(None, "grade", None, "月度得分90分以上为优秀", label="优秀", at_least=90),
             rule(None, "grade", None, "80分以上不足90分为良好", label="良好", at_least=80, below=90),
             rule(None, "grade", None, "70分以上不足80分为合格", label="合格", at_least=70, below=80),
             rule(None, "grade", None, "不足70分为不合格", label="不合格", below=70),
             rule(None, "bonus", 2, "食堂被上级食品安全监管部门通报表扬的，当月加2分")],
         "notes": [
             "A wide sheet (twelve columns, printed landscape and fitted to one page width): 考核类别 merged down column B "
             "without points (points null), 考核项目 with 分值; 考核标准 is the requirement, 扣分标准 the rules; 检查方式 is "
             "the method, 责任科室 the assessor; 检查频次 (每日/每周/每月) and the three blank score columns are no fields.",
             "安全生产 has a single item (消防与燃气): both levels are items. 合计 100 and 说明1 本表满分100分 → scale 100.",
             "Numbers that are not points: 125克, 48小时, 10分钟, 85% (a threshold).",
             "说明3's 连续两个月不合格的…解除承包经营合同 is a consequence, no rule. 说明4 当月加2分 is a bonus without a cap.",
             "org: the university named in the title (no signature line)."]},
    ]}

# ------------------------------------------------------------------------------------------ t06
YL, GW, NB = "基本医疗", "公共卫生", "内部管理"
T06 = {
    "source": "t06-luxi-qu-shequ-weisheng-fuwu-zhongxin-jixiao-kaohe.html",
    "document": {"title": "鹿溪区社区卫生服务中心2024年度绩效考核评分表", "org": "鹿溪区卫生健康局", "year": 2024,
                 "scale": 100},
    "schemes": [
        {"name": "鹿溪区社区卫生服务中心2024年度绩效考核评分表",
         "items": [
             item(YL, 40), item(f"{YL}/门诊服务", 10), item(f"{YL}/合理用药", 10), item(f"{YL}/家庭医生签约", 20),
             item(GW, 35), item(f"{GW}/健康教育", 10), item(f"{GW}/慢病随访", 15), item(f"{GW}/突发事件报告", 10),
             item(NB, 25), item(f"{NB}/医疗质量安全", 15), item(f"{NB}/财务管理", 10)],
         "rules": [
             rule(f"{YL}/门诊服务", "award", 5, "门诊预约诊疗率达到50%的得5分"),
             rule(f"{YL}/门诊服务", "deduct", 3, "处方合格率低于95%的扣3分"),
             rule(f"{YL}/合理用药", "deduct", 1, "抗菌药物处方比例超过20%的，每超1个百分点扣1分", per=PP),
             rule(f"{YL}/家庭医生签约", "award", 10, "重点人群签约率达到70%的得10分"),
             rule(f"{YL}/家庭医生签约", "award", 10, "签约居民续约率达到80%的得10分"),
             rule(f"{YL}/家庭医生签约", "deduct", 2, "签约服务投诉经核实的，每件扣2分", per="件"),
             rule(f"{GW}/健康教育", "deduct", 1, "每月举办健康知识讲座不少于1次，每少1次扣1分", per="次"),
             rule(f"{GW}/健康教育", "deduct", 2, "健康教育宣传栏未按每两个月更换一次的扣2分"),
             rule(f"{GW}/慢病随访", "deduct", 0.5, "随访记录与信息系统数据不一致的，每份扣0.5分", per="份"),
             rule(f"{GW}/慢病随访", "cap", None, "扣完为止"),
             rule(f"{GW}/突发事件报告", "deduct", 5, "突发公共卫生事件未在2小时内报告的，每起扣5分", per="起"),
             rule(f"{NB}/医疗质量安全", "deduct", 5, "发生医疗纠纷经鉴定负有责任的，每起扣5分", per="起"),
             rule(f"{NB}/医疗质量安全", "deduct", 5, "院感防控检查不合格的扣5分"),
             rule(f"{NB}/财务管理", "deduct", 5, "未执行收支两条线管理的扣5分"),
             rule(f"{NB}/财务管理", "deduct", 5, "药品耗材零差率销售未落实的扣5分"),
             rule(None, "bonus", 2, "获得省级以上卫生健康部门表彰的，每项加2分", per="项"),
             rule(None, "cap", 4, "加分最多不超过4分"),
             rule(None, "veto", None, "直接评为不合格"),
             rule(None, "grade", None, "年度得分90分（含）以上为优秀", label="优秀", at_least=90),
             rule(None, "grade", None, "80分（含）至90分为良好", label="良好", at_least=80, below=90),
             rule(None, "grade", None, "60分（含）至80分为合格", label="合格", at_least=60, below=80),
             rule(None, "grade", None, "60分以下为不合格", label="不合格", below=60)],
         "notes": [
             "A web page: header with a search box, nav, breadcrumb, 来源/发布日期 line and footer are chrome. The table has "
             "two header rows: 考核指标 (colspan 2) over 一级指标/二级指标, 分值 and 考核标准与评分办法 rowspan 2, 评分 "
             "(colspan 2) over 自评/复核 (blank answer columns).",
             "一级指标 cells are rowspan over their rows and carry their points in the name (基本医疗（40分）). 合计 "
             "(colspan 2) 100 is no item.",
             "The 注 below the table: a bonus per 项 with its cap 4, a veto (直接评为不合格: the lowest grade) and four "
             "bands; all scheme-wide.",
             "健康教育: 未按每两个月更换一次的扣2分 is a one-off (per null; 每两个月 is the requirement's frequency).",
             "org: the signature 鹿溪区卫生健康局 (also the site)."]},
    ]}

# ------------------------------------------------------------------------------------------ t07
T07 = {
    "source": "t07-baishi-qu-huanwei-zuoye-fuwu-qiye-yuedu-kaohe.docx",
    "document": {"title": "白石区环卫作业服务企业月度考核标准", "org": "白石区城市管理局", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "白石区环卫作业服务企业月度考核标准",
         "items": [item("道路清扫保洁", 25), item("垃圾收运", 20), item("公厕管理", 15), item("果皮箱及设施", 10),
                   item("作业规范", 10), item("应急保障", 10), item("投诉处理", 10)],
         "rules": [
             rule("道路清扫保洁", "deduct", 1, "发现垃圾带、积尘的，每处扣1分", per="处"),
             rule("道路清扫保洁", "deduct", 0.5, "果皮、纸屑等废弃物滞留超过30分钟的，每处扣0.5分", per="处"),
             rule("垃圾收运", "deduct", 2, "生活垃圾日产日清，未及时清运的，每处扣2分", per="处"),
             rule("垃圾收运", "deduct", 2, "收运车辆沿途撒漏的，每车次扣2分", per="车次"),
             rule("公厕管理", "deduct", 2, "公厕内有明显异味、蝇蛆的，每座扣2分", per="座"),
             rule("公厕管理", "deduct", 1, "未按规定时间开放的，每座次扣1分", per="座次"),
             rule("果皮箱及设施", "deduct", 0.5, "果皮箱满溢或破损未及时更换的，每个扣0.5分", per="个"),
             rule("作业规范", "deduct", 0.5, "作业人员未按规定穿着反光标志服的，每人次扣0.5分", per="人次"),
             rule("作业规范", "deduct", 1, "早晚交通高峰时段违规作业的，每次扣1分", per="次"),
             rule("应急保障", "deduct", 5, "雨雪天气未按预案组织除雪、排水的扣5分"),
             rule("应急保障", "deduct", 3, "重大活动保障不力被通报的，每次扣3分", per="次"),
             rule("投诉处理", "award", 10, "数字城管案件按时处置率达到95%的得10分"),
             rule("投诉处理", "deduct", 1, "每低1个百分点扣1分", per=PP),
             rule("投诉处理", "deduct", 3, "被新闻媒体曝光的，每次扣3分", per="次"),
             rule(None, "cap", None, "各项扣分扣完为止"),
             rule(None, "grade", None, "月度考核得分95分以上为优秀", label="优秀", at_least=95),
             rule(None, "grade", None, "85分以上不足95分为合格", label="合格", at_least=85, below=95),
             rule(None, "grade", None, "85分以下为不合格", label="不合格", below=85),
             rule(None, "veto", None, "当月考核直接评为不合格")],
         "notes": [
             "The table has NO header row: every row is name | points | standard (the intro sentence just above says "
             "so: 各项内容、分值和扣分标准如下). One level of items; 合计 | 100 is no item. scale 100 (满分100分).",
             "Each standard cell starts with the requirement (路面见本色，无垃圾、无积尘) and then its deductions.",
             "各项扣分扣完为止 in the intro is a scheme-wide cap (amount null). 三、考核等次 holds three bands and a "
             "veto (直接评为不合格: the lowest grade). 四、结果运用's 3% of the fee is money, not points.",
             "Numbers that are not points: 30分钟, 95% (a threshold), 3% and 三个月."]},
    ]}

# ------------------------------------------------------------------------------------------ t08
XY, TS, DJ = "经营效益指标", "管理提升指标", "党建与风险防控指标"
T08 = {
    "source": "t08-huayu-konggu-jituan-zigongsi-jingying-yeji-kaohe-tongzhi.docx",
    "document": {"title": "华宇控股集团有限公司关于开展所属子公司2024年度经营业绩考核工作的通知",
                 "org": "华宇控股集团有限公司", "year": 2024, "scale": 100},
    "schemes": [
        {"name": "华宇控股集团有限公司关于开展所属子公司2024年度经营业绩考核工作的通知",
         "items": [
             item(XY, 55), item(f"{XY}/利润总额", 25), item(f"{XY}/营业收入", 15), item(f"{XY}/净资产收益率", 15),
             item(TS, 30), item(f"{TS}/成本费用控制", 10), item(f"{TS}/应收账款管理", 10), item(f"{TS}/科技创新", 10),
             item(DJ, 15), item(f"{DJ}/党建工作", 8), item(f"{DJ}/合规管理", 7)],
         "rules": [
             rule(f"{XY}/利润总额", "award", 25, "完成年度目标的得25分"),
             rule(f"{XY}/利润总额", "deduct", 1, "每低于目标1个百分点扣1分", per=PP),
             rule(f"{XY}/利润总额", "cap", None, "扣完为止"),
             rule(f"{XY}/营业收入", "award", 15, "完成年度目标的得15分"),
             rule(f"{XY}/营业收入", "award", 0, "完成率低于80%的不得分"),
             rule(f"{XY}/净资产收益率", "award", 15, "达到目标值的得15分"),
             rule(f"{XY}/净资产收益率", "deduct", 1, "每低0.5个百分点扣1分", per="0.5个百分点"),
             rule(f"{TS}/成本费用控制", "deduct", 2, "成本费用占营业收入比重高于预算的，每高1个百分点扣2分", per=PP),
             rule(f"{TS}/应收账款管理", "deduct", 5, "应收账款周转天数超过90天的扣5分"),
             rule(f"{TS}/应收账款管理", "deduct", 2, "坏账损失未按程序核销的，每笔扣2分", per="笔"),
             rule(f"{TS}/科技创新", "award", 6, "研发投入强度达到3%的得6分"),
             rule(f"{TS}/科技创新", "award", 1, "当年获得发明专利授权的，每件得1分", per="件"),
             rule(f"{TS}/科技创新", "cap", 4, "最多得4分"),
             rule(f"{DJ}/党建工作", "award", None, "按集团党委党建工作考核结果折算计分"),
             rule(f"{DJ}/合规管理", "deduct", 3, "发生重大合规风险事件的，每起扣3分", per="起"),
             rule(f"{DJ}/合规管理", "deduct", 1, "审计发现问题未按期整改的，每项扣1分", per="项"),
             rule(None, "bonus", 0.5, "超额完成利润总额目标的，每超过1个百分点加0.5分", per=PP),
             rule(None, "cap", 5, "最多加5分"),
             rule(None, "bonus", 2, "获得省部级以上科学技术奖的，每项加2分", per="项"),
             rule(None, "cap", 8, "加分项目合计不超过8分"),
             rule(None, "deduct", 3, "发生一般生产安全责任事故的，每起减3分", per="起"),
             rule(None, "deduct", 1, "被上级单位通报批评的，每次减1分", per="次"),
             rule(None, "veto", None, "年度考核实行一票否决"),
             rule(None, "grade", None, "综合得分95分以上为A级", label="A级", at_least=95),
             rule(None, "grade", None, "85分以上至95分为B级", label="B级", at_least=85, below=95),
             rule(None, "grade", None, "70分以上至85分为C级", label="C级", at_least=70, below=85),
             rule(None, "grade", None, "70分以下为D级", label="D级", below=70),
             rule(None, "grade", None, "A级子公司数量不超过参评子公司总数的30%", label="A级", quota=30)],
         "notes": [
             "The whole scheme is the notice's numbered paragraphs: 一、考核内容及分值 holds the categories （一）…（三） with "
             "points in brackets and the items 1．2．3． with points in brackets, each followed by its scoring sentences. "
             "The numbered sections 二、加分项目, 三、减分项目, 四、否决事项, 五、考核等级 are scheme-wide (item null). One "
             "scheme, named as the notice (it has no other title).",
             "二、（一）: 每超过1个百分点加0.5分 (bonus, per 个百分点) with its own 最多加5分 (cap 5); 加分项目合计不超过8分 "
             "caps the section (cap 8). 三、's 减 amounts are deductions from the total (item null).",
             "营业收入: 完成率低于80%的不得分 is an award of 0. 科技创新: 每件得1分, 最多得4分 (cap 4 within the item). "
             "净资产收益率: 每低0.5个百分点 → per `0.5个百分点`. 党建工作 按…折算计分 is an open award.",
             "五、: labels A级…D级 as printed; 85分以上至95分 → at_least 85, below 95; the A级 quota is a second clause: a "
             "rule of its own (as z07's 先进村). 六、's 1.2倍/1.0倍/0.8倍/0.6倍 are pay coefficients, not points; 90天, 3%, "
             "80%, 2025年1月15日 are no points either."]},
    ]}

ALL = [T01, T02, T03, T04, T05, T06, T07, T08]


def main() -> int:
    return write_all(ALL, HERE, GOLD)


if __name__ == "__main__":
    raise SystemExit(main())
