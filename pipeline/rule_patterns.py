"""The words and patterns of rule statements, as named data with an example each.

Why in one place: the same rule is written in many ways across provinces, villages, hospitals
and enterprises. Adding a wording must be a one-line change here, never a branch in the parser
(pipeline.rules), and no seed document's own words belong here, only the general vocabulary of
assessment rules. Patterns run on normalised text (pipeline.normalize) after `fold_traditional`,
which maps traditional characters one to one (OpenCC's full table), so offsets stay those of the text given.
"""

from __future__ import annotations

from rubrics.pipeline.numbers import ARABIC, CN_DIGITS, NUMBER, RANGE_SEP

# --------------------------------------------------------------------------- traditional script
# No list here: rules.fold_traditional folds every traditional character with OpenCC's full
# table (normalize.simplified) before any pattern runs (扣減 → 扣减, 一票否決 → 一票否决,
# 每項 → 每项, 優秀 → 优秀). Only the match is folded; every value (condition, label, per) is
# read from the text as written.

# --------------------------------------------------------------------------- units charged per
# Longest first, so 人次 wins over 人 and 个百分点 over 个. Example: 每少1次 → 次,
# 扣0.02分/人•次 → 人次, 每3个百分点 → 3个百分点, 按0.5分/台件 → 台件. Not 部 (每部门 is
# no unit). 元 is a unit only with its count: 每5000元 → 5000元 (money counted per amount).
# 类, 种 and 个 take the noun after them when it stands at the verb: 每类人员扣1分 → 类人员,
# 每缺一个单位扣5分 → 个单位 (CLASSIFIERS). A length or a place charged per: 每公里扣0.5分 → 公里,
# 每村扣1分 → 村 (每部门 and 每单位 stay no unit: a 部门 is what is graded, not counted).
# One-character counters: 每车扣0.5分 → 车, 每具扣1分 → 具 (灭火器); a period in months: 每超1个月 → 个月.
UNITS = [
    "个百分点", "百分点", "个工作日", "工作日", "人次", "项次", "台件", "台次", "件次", "批次",
    "户次", "篇次", "车次", "床次", "课时", "学时", "小时", "季度", "学期", "万元", "个月", "次", "项", "篇", "条", "件",
    "台", "户", "个", "人", "起", "笔", "间", "月", "年", "期", "天", "日", "周", "季", "例", "家",
    "处", "名", "份", "本", "场", "门", "宗", "座", "辆", "张", "单", "所", "类", "种", "级", "元", "%",
    "床", "根", "套", "栋", "公里", "村", "车", "具", "案", "卷", "组",
]
# A noun that opens with a unit's character is no unit (每车间扣2分 is per workshop, graded like 每部门;
# 每具体事项 → 项, 每台账 and 每单位 no 台/单): the unit may not start one of these words.
NOUNS_OPENING_WITH_UNIT = ("车间", "具体", "单位", "台账", "家庭", "名单", "户籍", "组织")
UNIT = "(?:(?!" + "|".join(NOUNS_OPENING_WITH_UNIT) + ")(?:" + "|".join(UNITS) + "))"
# A compound count word, a counter with 次 after 每 or a count: 每班次 → 班次, 每餐次 → 餐次,
# 每座次 → 座次 (not 座), 每2架次 → 2架次; 每次 stays 次. Not a word in which 次 is an order or a
# rank (多次, 首次, 再次, 本次, 名次, 档次, 等次, 频次): COMPOUND_NOT_COUNTER.
COMPOUND_NOT_COUNTER = "多首再本此该上下当依屡名层档等频初每" + CN_DIGITS
COMPOUND_COUNT = f"[\u4e00-\u9fff](?<![{COMPOUND_NOT_COUNTER}])次"
# Separators inside a unit (人•次, 人·次) and before it (/次); all dropped from `per`.
UNIT_SEPARATORS = "•·・/／"
UNIT_AFTER = f"(?:{UNIT})(?:[•·・/／](?:{UNIT}))?"  # 人•次 · 人/次

# An amount: one number or a range (0.2-0.6, 1—3, 1至3, 1分-3分).
AMOUNT = f"(?P<a>{NUMBER})(?:分?{RANGE_SEP}(?P<b>{NUMBER}))?"
# What may not follow "N分" when it is an amount: 3分钟, 二分之一, 千分制, 90分以上 (a threshold).
NOT_AFTER_POINTS = r"(?!钟|之|制|以上|以下|及以上|及以下)"
# The unit written after an amount: 扣0.1分/次, 扣0.02分/人•次, 扣2分每次, 扣0.25/次 (no 分).
SUFFIX_UNIT = f"(?:[/／]|每)(?P<su>{UNIT_AFTER})"
# Text between a verb and its amount (扣该部门0.2分): no digits, delimiters, 分 or another verb.
_OBJECT_CHARS = r"[^\d\s,，。;；:：、()（）\[\]【】分扣减加得计每/]"
# …or a score word inside it: 扣除总学分1分 · 扣总分2分 · 从考核分中扣 (分 is otherwise no object).
OBJECT = f"(?:{_OBJECT_CHARS}{{0,6}}?(?:总学分|总分|学分|考核分|基础分|基本分)(?:中|里)?)?{_OBJECT_CHARS}{{0,8}}?"

# A share as written: 20% · 百分之二十 · 百分之15 (group n). Used by quotas.
PERCENT = f"(?:(?<![\\d.])(?P<n>{ARABIC})%|百分之(?P<n>{NUMBER}))"  # no start inside a number

# --------------------------------------------------------------------------- amount statements
# (每降低1% → %, which the scorer reads as no unit; kept because it is what the text says.)

# Verbs of each kind with their amount after them. A lookbehind keeps words that merely contain
# the verb out: 参加 / 更加 / 增加 are no bonus, 合计 / 共计 / 累计 / 会计 / 登记 no award.
DEDUCT_VERBS = r"(?:扣除|扣减|扣罚|扣掉|倒扣|核减|扣|减去|(?<![增缩削递])减)"        # 扣0.2分, 扣减5分, 减2分
BONUS_VERBS = r"(?:奖励|(?<![参更增追施附添叠])加|奖)"                                 # 加10分, 奖2分
AWARD_VERBS = r"(?:可折合|折合|折算|(?<![合共总累统估设会预])计|(?<![登笔标日印])记|得)"  # 得1分, 计2分

# deduct/bonus: verb, optional object, amount, 分 and an optional unit, or a unit without 分.
#   扣0.2分 · 扣该部门0.2分 · 加1-3分 · 扣0.1分/人次 · 扣0.25/次
EXPLICIT = {
    # also 扣分5—15分/次 · 减分2分 (the noun 扣分 as the verb, amount right after it) ·
    # a signed amount in a 分值 cell: 每次-5分 (a minus not after a digit: 1-3分 is a range)
    "deduct": (
        f"(?:(?P<verb>{DEDUCT_VERBS}){OBJECT}|(?P<verb>扣分|减分)(?:为|[:：])?|(?<![\\d.])(?P<verb>[-－−]))"
        f"{AMOUNT}"
        f"(?:分{NOT_AFTER_POINTS}(?:{SUFFIX_UNIT})?|{SUFFIX_UNIT})"
    ),
    "bonus": (
        f"(?:(?P<verb>{BONUS_VERBS}){OBJECT}|(?P<verb>加分|奖分)(?:为|[:：])?|(?P<verb>[+＋])){AMOUNT}"
        f"(?:分{NOT_AFTER_POINTS}(?:{SUFFIX_UNIT})?|{SUFFIX_UNIT})"
    ),
    # award: no object (得 is too common a character to let it reach far): 得1分, 可折合0.2分,
    # 得基础分25分 · 得基本分5分 (a base the item starts from is an award of it)
    "award": (
        f"(?P<verb>{AWARD_VERBS})(?:基础分|基本分|基准分)?(?:为)?{AMOUNT}分{NOT_AFTER_POINTS}(?:{SUFFIX_UNIT})?"
    ),
}

# Amount before the verb: 按0.5分/台件进行扣分 · 按每人次0.5分扣减 · 按2分/项加分.
AMOUNT_FIRST = {
    "deduct": (
        f"按(?:照)?(?:每(?P<pu>{UNIT_AFTER}))?{AMOUNT}分(?:{SUFFIX_UNIT})?"
        r"(?:的标准|标准)?(?:进行|予以|给予)?(?P<verb>扣分|扣减|扣除|扣)"
    ),
    "bonus": (
        f"按(?:照)?(?:每(?P<pu>{UNIT_AFTER}))?{AMOUNT}分(?:{SUFFIX_UNIT})?"
        r"(?:的标准|标准)?(?:进行|予以|给予)?(?P<verb>加分|奖励|奖分)"
    ),
}

# Lists of alternative amounts, one rule per amount with the list's text: 酌情扣3、2、1分 ·
# 分别奖20、10分 · 分别加5分、3分、2分 · 按获奖等级得3/2/1分. Read before EXPLICIT.
AMOUNT_LIST_ITEMS = f"(?P<list>{NUMBER}分?(?:[、/](?:{NUMBER})分?){{1,6}})"
AMOUNT_LISTS = {
    "deduct": f"(?P<verb>{DEDUCT_VERBS}){OBJECT}{AMOUNT_LIST_ITEMS}分{NOT_AFTER_POINTS}",
    "bonus": f"(?P<verb>{BONUS_VERBS}){OBJECT}{AMOUNT_LIST_ITEMS}分{NOT_AFTER_POINTS}",
    "award": f"(?P<verb>{AWARD_VERBS}){AMOUNT_LIST_ITEMS}分{NOT_AFTER_POINTS}",
}
AMOUNT_LIST_SPLIT = NUMBER

# Tiers that give points, amount or range with no verb: 第一档20~30分 · 二档:10分 · A档 3-5分.
# An award (label null): the tier is the condition.
TIER = (
    r"(?:第[一二三四五六七八九十\d]{1,2}|[一二三四五六七八九十]|[A-E])档次?[:：]?\s*"
    f"{AMOUNT}分{NOT_AFTER_POINTS}"
)

# An amount for a count written without 每: 发表论文1篇,2分 → award 2 per 篇 (count 1 dropped);
# 3篇,5分 → award 5 (a count other than 1 is a target, not a unit: per null).
COUNT_THEN_AMOUNT = f"(?P<count>{NUMBER})(?P<unit>{UNIT})[,，](?P<a>{NUMBER})分(?P<b>(?!))?(?=[,，。;；]|$)"

# Caps per item named in one statement: 扣分上限:A15分,B5分 → cap 15 (A), cap 5 (B).
CAP_LIST = (
    r"(?:扣分|加分|扣减|得分)?(?:上限|最高|封顶)[:：]"
    f"(?P<list>(?:[^\\d,，;；。:：]{{1,12}}?{NUMBER}分[,，、]?){{2,8}})"
)
CAP_LIST_ITEM = f"(?P<name>[^\\d,，;；。:：、]{{1,12}}?)(?P<a>{NUMBER})分"

# A statement with no amount ending in a colon leads into the clauses below it, which state the amounts:
# 有下列情形之一的,给予加分: (no rule of its own; 在总分中扣分: is none either, CLAUSE_END_DEDUCT).
NULL_NOT_LEAD_IN = r"(?!\s*[:：])"
# Statements with no amount (amount null), or with a fixed one (award 0).
#   酌情扣分 · 按比例扣分 · 扣除该项目所有得分 · 扣减该项分值的50% → deduct, amount null
#   不得分 · 该项不计分 → award 0;  得满分 → award, amount null
#   视情加分 · 给予1-2倍加分 · 双倍加分 · 减半加分 → bonus, amount null (a multiplier is no amount)
NULL_AMOUNT = [
    ("deduct", None, r"(?:酌情|视情|适当|相应|按比例|按照比例|按情节|视情节|根据情节|视情况)"
                     r"(?:予以|给予|进行)?扣(?:分|减|除)(?![\d" + CN_DIGITS + "])" + NULL_NOT_LEAD_IN),
    ("deduct", None, r"扣除(?:该项|该项目|本项|本项目|该指标|本指标|其|当年|年度|当次|该部分)?的?"
                     r"(?:所有|全部)?应?(?:得分|分数|分值)"),  # 扣除该项应得分
    ("deduct", None, r"扣减?(?:该项|该项目|本项|本项目|该指标|本指标|其|当年|年度|当次|该部分)?的?"
                     r"(?:所有|全部)(?:得分|分数|分值)"),
    ("deduct", None, r"(?:得分|分数|分值)(?:全部|全)扣除?"),
    ("deduct", None, r"(?:扣(?:除|减)?|减(?:\(加\))?)(?:该项|本项|该项目|本项目|该指标|其)?(?:考核)?"
                     r"(?:分值|得分|总分|分数)?的?" + ARABIC + "%"),  # 扣减该项分值的50% · 减其3%
    # the amount given by another clause: 扣分标准参见6.2 · 扣分详见第5条
    ("deduct", None, r"(?:(?:进行|予以|给予)?扣分[,，])?扣分(?:标准|办法|细则)?(?:参见|参照|详见|见)第?\d+(?:\.\d+)*(?:条|款|节|项)?"),
    ("award", 0.0, r"(?:不得分|不计分|不给分)(?![散解包割配拆摊批期])"),
    ("award", 0.0, r"不予(?:计分|得分|给分|赋分)"),  # 本项不予计分
    ("award", None, r"(?:得|计|给|记)满分"),
    # 未完成的酌情计分 · 视情给分 (the score is judged, no amount)
    ("award", None, r"(?:酌情|视情|适当)(?:计分|给分|赋分|得分|打分)" + NULL_NOT_LEAD_IN),
    # 按测评得分率计分 · 按任务完成率得分 (a rate of another measure gives the score)
    ("award", None, r"按(?:照)?[^,，。;；\d]{0,10}?[\u4e00-\u9fff]率(?:计分|得分|给分|赋分|折算|折合)"),
    # 按完成比例得分 · 按比例计分 · 根据平时表现打分 · 按100分卷折计 (the score is given, no amount)
    # 部分完成的按完成进度计分 (the progress made gives the score)
    ("award", None, r"按(?:照)?(?:实际)?(?:完成)?(?:比例|情况|进度)(?:得分|计分|给分|赋分)"),
    # 依测评满意率比例计分 · 依据完成情况赋分 (what the share is of, named before 比例)
    ("award", None, r"(?:依|依照|依据|按|按照)[^,，。;；:：\d]{0,10}?(?:比例|情况|进度)(?:得分|计分|给分|赋分)"),
    ("award", None, r"根据[^,，。;；\d]{1,12}?(?:打分|给分|赋分)(?!标准|表|细则|办法|依据)"),
    ("award", None, f"按{NUMBER}分(?:卷|制)折(?:计|算|合)"),
    # a share of another measure: 按学年课程加权平均成绩的80%计分 (the score is given, no amount)
    ("award", None, r"按(?:照)?[^,，。;；\d]{1,16}?的" + ARABIC + r"%(?:计分|计入|折算|折合|计算)"),
    # a score converted from another measure: 按群众满意度测评结果折算计分 · 按测评得分折合 ·
    # 按上级部门考核结果计分 (taken over as it is). Not a lead-in whose amounts follow its colon
    # (按考核结果折算:好计100分,较好计85分 → the amounts are the rules, NULL_NOT_LEAD_IN).
    ("award", None, r"按(?:照)?[^,，。;；:：\d]{1,14}?(?:结果|得分|分数|成绩)(?:(?:折算|折合|换算)(?:计分|得分|赋分)?+|计分|赋分)"
                    + NULL_NOT_LEAD_IN),
    # 给予加分奖励; not a lead-in whose amounts are the clauses below it (…的,给予加分: · NULL_NOT_LEAD_IN)
    ("bonus", None, r"(?:酌情|视情|适当|给予|予以)(?:给予|适当)?加分(?:奖励)?" + NULL_NOT_LEAD_IN),
    # relative amounts: 加(减)其3%考核分值 · 加其5%的分值 (the relation stays in the condition)
    ("bonus", None, r"加(?:\((?:减|扣)\))?(?:其|该项|本项)?(?:考核)?(?:分值|得分|分数)?的?" + ARABIC
                    + r"%的?(?:考核)?(?:分值|得分|分数|基础分)"),
    ("bonus", None, r"加分(?:标准|办法|细则)?(?:参见|参照|详见|见)第?\d+(?:\.\d+)*(?:条|款|节|项)?"),
    ("bonus", None, f"加{NUMBER}倍(?:的)?(?:分|分值|得分)"),  # 每递增一级加1倍分
    ("bonus", None, f"(?:{NUMBER}(?:{RANGE_SEP}{NUMBER})?|双|多)倍(?:的)?加分"),
    ("bonus", None, r"减半加分|加分减半"),
]
# A bonus whose amount is relative to the one before it (减半, 倍) takes that one's `per`.
RELATIVE_BONUS = r"减半|倍"
# Statements whose amount is relative to something else keep the whole statement (the relation)
# as their condition: 加(减)其3%考核分值 → condition …加(减)其3%考核分值.
RELATIVE_AMOUNT = r"%|倍|减半|参见|参照|详见|见第"

# 扣分 closing a clause with nothing stated: 察访核验扣分。· 将在总分里扣分。
# Not when negated (不扣分, 不予扣分), listed (加分、扣分和…, 加扣分) or a bare heading (2.扣分).
CLAUSE_END_DEDUCT = r"扣分(?=[,，。;；!?！？)）]|$)"
NEGATIONS = "不免无未"
LIST_JOINERS = "、加和及与或"

# --------------------------------------------------------------------------- caps
# A limit with an amount: 最高不超过10分 · 累计最高不超过 · 上限为20分 · 最多得N分 · 最高加N分 ·
# 最高扣5分 · 加分不超过5分 · 以10分为限 · 10分封顶.
CAP_PREFIX = r"(?:最高|最多|至多|上限|封顶|不超过|不得超过|不高于|不超出|不大于)"
CAP_AMOUNT = [
    f"{CAP_PREFIX}(?:为|是|可|不超过|不得超过|不高于){{0,2}}(?:\\(含\\))?"
    f"(?:(?:得|加|扣减|扣除|扣|计|奖励|奖)分?(?:为)?)?{AMOUNT}分{NOT_AFTER_POINTS}",  # 最高得分为5分 · 上限不超过(含)2分
    f"以{AMOUNT}分为限",
    f"{AMOUNT}分(?:封顶|为上限)",
    f"(?:{CAP_PREFIX})?(?:加|得|奖)分?至{AMOUNT}分{NOT_AFTER_POINTS}",  # 最多加至40分 · 加至10分为止
    f"[±](?P<a>{ARABIC})(?P<b>(?!))?(?:分)?(?![\\d.%])",  # ±10分 on a row: its adjustments are capped at 10
]
# A limit bound by the item's own points: 扣完为止 · 扣完该项分值为止 · 扣至0分 · 不超过该项分值.
CAP_NULL = [
    # one limit said in full: 各项扣分以该项分值扣完为止 (before its parts, each a cap alone)
    r"以(?:该项|本项|该项目|本项目|该指标|本指标)(?:的)?(?:权重分|分值|总分|分数|满分|标准分)(?:扣|减)完为止",
    r"(?:扣|减)完(?:该项|本项|该项目|本项目)?(?:分值|分数|分)?为止",
    r"(?:加|得)满(?:该项|本项)?(?:分值|分数|分)?为止",  # 每次加0.5分,加满为止
    r"扣至(?:该项|本项|该项目|本项目)?(?:分值|分数|得分)?为?(?:0|零)分?(?:为止)?",  # 最多扣至该项目分值为零
    r"最低(?:得|为)?(?:0|零)分",  # 每低1%扣2分,最低0分: the item's floor
    r"直至扣完",
    r"(?:不超过|不得超过|以)(?:该项|本项|该项目|本项目|该指标|本指标)(?:的)?"
    r"(?:权重分|分值|总分|分数|满分|标准分)(?:为限)?",
    # 每个检查项目扣分以其标准分为限 (its = the item's)
    r"以其(?:权重分|分值|总分|分数|满分|标准分)为限",
    # 扣分以各评价内容基础分为限 · 扣分以每类指标基本分为限 (each part's own base bounds it)
    r"以(?:各|每)[^,，。;；:：\d]{0,8}?的?(?:基础分|基本分|基准分|权重分|分值|标准分|满分)为限",
]

# --------------------------------------------------------------------------- veto
# 实行一票否决 · 被一票否决 · …的,一票否决. Not a mention in a list (加分、扣分和一票否决) or in a
# phrase about it (出现一票否决的情况), nor a heading standing alone (3.一票否决).
# 取消…评选/参评/评比/测评资格 takes a unit out of the assessment itself (a veto: 取消该班级的评选资格,
# 取消先进单位测评资格); 取消…评优/评先资格 withholds an honour after the assessment (a consequence,
# not a rule on the score).
VETO = (
    r"一票否决制?|一票否定|取消[^,，。;；]{0,8}?(?:评选|参评|评比|测评|考评)资格"  # 取消该班级的评选资格
)
VETO_NOT_BEFORE = "、和及与或无未"  # …且无一票否决事项的 is a condition, not a veto
VETO_NOT_AFTER = r"(?:[、和及与]|的情况|情况|的情形)"

# --------------------------------------------------------------------------- grades
# Grade labels, longest first. Letters A-E and 甲乙丙丁 with 等/级; ordinals 一等…六等, 一级….
# A grade word before the unit graded is recorded without it (为不达标病区 → 不达标); a title keeps its
# noun (先进村, 后进村); one series keeps one form (达标村 beside 先进村): TITLE_WORDS below.
GRADE_WORDS = [
    "基本称职", "不称职", "基本合格", "不合格", "基本达标", "不达标", "不及格", "基本满意",
    "不满意", "优秀", "良好", "较好", "称职", "合格", "达标", "一般", "较差", "中等", "及格",
    "满意", "先进", "优良",
    # 优等、甲等、乙等、丙等 (a 者为 scheme: 九十分以上者为优等) and the 等 forms of the one-character grades
    "优等", "良等", "差等",
    # the lowest grade named as what is still to do (80分以下为待改进)
    "待改进", "需改进", "待提高", "需提高",
]
GRADE_ONE_CHAR = ["优", "良", "中", "差", "好"]  # 优、良、中、差四个等次
GRADE_SUFFIX = r"(?:等次|等级|档次|级别)"
# Free labels: prizes and honours a score earns (一等奖, 达标奖, 先进村, 文明班级, 优秀科室), and
# a place's title (平安镇(街道), 文明县, 示范乡(镇)): an honour word, then the place, with the
# other kind of place it may be in brackets.
HONOUR_WORDS = r"(?:先进|后进|文明|优秀|模范|示范|标兵|红旗|五好|星级|平安)"
# Label convention for a grade word with the unit graded after it (x02 A级科室, w03 优秀班组, z05 优秀病区,
# z06 不合格教研组 → the grade word alone), decided once for every wording:
#   * a grade word (GRADE_WORDS, a letter or ordinal grade) before a unit noun (GRADED_NOUNS) is the grade:
#     the noun is dropped (为不达标病区 → 不达标, 评为优秀班组 → 优秀, A级科室 → A级);
#   * a title (TITLE_WORDS: 先进村, 后进村, 文明班级, 示范县, 平安镇(街道)) is one label and keeps its noun,
#     there being no shorter grade word (后进 alone grades nothing);
#   * one series, one form: when the same text grades by titles on a noun (先进村 … 后进村), a grade word
#     on that same noun keeps it too (达标村), as the series is printed.
# The gold sets follow this except where their notes say otherwise (a title read bare in one older set).
TITLE_WORDS = ("先进", "后进", "文明", "模范", "示范", "标兵", "红旗", "五好", "星级", "平安")
HONOURED_UNITS = (
    r"(?:村|社区|单位|集体|班级|组|科室|病区|部门|个人|学校|学院|家庭|企业|支部|党支部|窗口|岗|站|所)"
)
HONOURED_PLACES = r"(?:乡镇|街道|镇|乡|县|区|市)"
FREE_GRADE_LABEL = (
    r"(?:特等奖|[一二三四五六]等奖|(?:优秀|达标|优胜|进步|鼓励|组织|特别|创新)奖"
    f"|{HONOUR_WORDS}[\\u4e00-\\u9fff]{{0,3}}?{HONOURED_UNITS}"
    f"|{HONOUR_WORDS}{HONOURED_PLACES}(?:\\({HONOURED_PLACES}\\))?(?![\\u4e00-\\u9fff]))"
)
# A letter grade with 等级/等次 after it is the letter (the gold's convention, as 优秀等次 is 优秀):
# 低于60分的为D等级 → D, A等级学院不超过25% → A; 等, 级 or 档 alone stays in the label (A等, B级).
LETTER_GRADE = r"(?:A{1,5}|B{1,5}|C{1,5}|[DE])"
LETTER_SUFFIX = r"(?:等(?!级|次)|级|档)"
# A letter keeps the suffix written after it (A级, B等) unless that is 等级/等次 (D等级 → D); a bare
# letter never ends before 级/等/档 it leaves out (A级车队 is A级, never A).
LETTER_LABEL_END = f"(?:{LETTER_SUFFIX}|(?=等级|等次)|(?![等级档]))"
# After a letter with its suffix, the unit graded may be any noun (A级车队, B等门店, A级子公司数量…):
# the suffix closes the label itself, so the noun after it is dropped (gold convention A级, as 优秀病区 → 优秀).
LETTER_LABEL_NOUN_END = r"(?<=(?<![A-Za-z])[A-E]{1,5}[等级档])(?=[\u4e00-\u9fff])"
# That noun closing the statement is part of it (为B级车队, → the statement ends after 车队).
LETTER_GRADED_NOUN = r"(?<=(?<![A-Za-z])[A-E]{1,5}[等级档])[\u4e00-\u9fff]{1,4}(?=[,，。;；!！、]|$)"
# A grade label of more than one character (no 优/良/中/差/好, which stand inside other words);
# a bare letter only where 等级/等次 follows it.
GRADE_LABEL_WORD = (
    "(?:" + FREE_GRADE_LABEL + "|" + "|".join(GRADE_WORDS)
    + r"|[一二三四五六]等|[甲乙丙丁]等|[一二三四五]级|" + LETTER_GRADE + "(?:" + LETTER_SUFFIX + "|(?=等级|等次)))"
)
GRADE_LABEL_ONE = (
    "(?:" + FREE_GRADE_LABEL + "|" + "|".join(GRADE_WORDS)
    + r"|[一二三四五六]等|[甲乙丙丁]等|[一二三四五]级|" + LETTER_GRADE + LETTER_LABEL_END + "|"
    + "|".join(GRADE_ONE_CHAR) + ")"
)
# A label ends where a grade word would: 等次, punctuation, 的, a count (4个等次), its threshold in
# brackets (优秀（90分及以上）), its share (优秀人数不超过20% · A等比例…) or the text end; or
# before the unit or person graded closing the clause (合格班组 → 合格, 优秀护理员 → 优秀,
# 合格教师 → 合格, 不合格教研组 → 不合格): GRADED_NOUNS, a group by its ending (组), a person by the
# ending of the word (员, 师, 者) or by name.
GRADED_NOUNS = (
    r"(?:[\u4e00-\u9fff]{0,2}?(?:组|单元)|单位|科室|病区|病房|部门|处室|社区|村|学校|学院|班级|集体|个人|企业|窗口|站|所"
    r"|[\u4e00-\u9fff]{0,3}?(?:员|师|者)|员工|职工|干部|学生|医生|护士|班主任)"
)
GRADE_END = (
    r"(?=等次|等级|档次|档|级|[,，。;；、()（）:：/\s]|$|的|者|和|及|比例|名额|人数|[\d" + CN_DIGITS + "]"
    f"|{GRADED_NOUNS}(?:[,，。;；]|$))"
)
# Labels are often quoted: 95分以上的为“优秀”.
QUOTE_OPEN = "[“\"「『‘']"
QUOTE_CLOSE = "[”\"」』’']"
GRADE_LABEL = (
    f"{QUOTE_OPEN}?(?P<label>{GRADE_LABEL_ONE}(?:或{GRADE_LABEL_ONE})?)(?:{QUOTE_CLOSE}|{GRADE_END}|{LETTER_LABEL_NOUN_END})"
)
# The verb giving a grade: 为, 定为, 直接定为, 评为, 确定为 … or the result named: 评定等级为 · 考核等次确定为.
GRADE_RESULT_VERB = r"(?:评定|考核|测评|认定)?(?:等级|等次)(?:评定|确定|认定)?为"
# A grade verb after a negation gives no grade, it is a condition: 80分以上未评为优秀的,评为良好 → 良好
# (the text before the comma is who is meant), 不得评为优秀 (a ban, VETO_BARRED).
GRADE_NOT_NEGATED = r"(?<!(?:未|不|没有|没|不得|不能|不予)(?:被)?(?:评|定|列|确定|认定|评定|划|视)?)"
GRADE_ASSIGN = f"{GRADE_NOT_NEGATED}(?:直接)?(?:确定为|评定为|认定为|定为|评为|列为|视为|划为|确定|{GRADE_RESULT_VERB}|为)"
# 低于900分[的直接]定为不合格; a comma only before an explicit verb: 低于60分的,评为不称职.
GRADE_GAP = (
    r"[^,，。;；\d]{0,8}?"
    r"(?:[,，](?=(?:可|则|均|一律|直接)?(?:确定为|评定为|认定为|定为|评为|列为|视为|划为|确定|"
    + GRADE_RESULT_VERB + ")))?"
)
# Vetoes by a grade (read with the vetoes above, after the grades).
# A grade set whatever the score is a veto: 考核结果直接定为不称职 · 直接评为D级 · 迳列丙等 ·
# …有一项得零分的,评定等级为不合格 (a condition, then the result named; nothing after the label).
# A threshold before it makes it a grade (低于60分的直接定为不合格: grades are read first).
# Only the lowest grade is a veto (直接评为优秀 rewards): when the same text states its grades, the
# label must be the lowest of them; else it must be in VETO_LOWEST_LABELS, or a late letter or
# ordinal of a series (VETO_LOW_SERIES_LABELS: 丙等 or C级 ends most three-grade schemes and never
# starts one).
VETO_DIRECT_VERB = r"(?:(?:直接|一律)(?:确定为|评定为|认定为|判定为|定为|评为|列为|判为|定|评|列|判)|径列|迳列)"  # 直接判定为C级
# The period assessed may stand before the result named: …的,年度考核等次确定为较差 (VETO_PERIOD).
VETO_PERIOD = r"(?:年度|本年度|当年|当年度|季度|当季|月度|当月|学期|本学期)"
VETO_GRADES = [
    f"{VETO_DIRECT_VERB}{GRADE_LABEL}(?:等次|等级)?",  # 直接评为“差”等次
    f"(?<=[的者][,，])其?{VETO_PERIOD}?{GRADE_RESULT_VERB}{QUOTE_OPEN}?(?P<label>{GRADE_LABEL_ONE}){QUOTE_CLOSE}?"
    f"(?:等次|等级)?(?=[。;；]|$)",
]
VETO_LOWEST_LABELS = (
    "不合格", "不称职", "不及格", "较差", "差", "差等", "不达标", "丁等", "D", "E", "待改进", "需改进", "待提高", "需提高",
)
# One veto said twice in one sentence: 实行一票否决,考核等次直接定为不合格 · 直接评为不称职,并实行
# 一票否决 (the grade set and the veto joined by a comma, a connective and what is set) is one rule;
# so is 实行一票否决,该单位当年不得评为优秀 (the unit named again, VETO_BARRED).
VETO_JOINED = (
    r"[,，]\s*(?:并且|并|且|即|则|同时)?\s*(?:实行|予以|给予)?(?:该[\u4e00-\u9fff]{1,4}?)?其?" + VETO_PERIOD
    + r"?(?:考核|测评|评定|考评|评价)?(?:结果|等次|等级)?"
)
VETO_LOW_SERIES_LABELS = ("丙等", "C", "三等", "四等", "五等")
# A ban from the top grade alone, ending its sentence, is a veto: …的,该单位当年不得评为优秀 (z06's gold
# reads it so; arguable, 否决 is not written). Decided with rules5: a list of grades withheld (…不得评
# 为优秀、良好等次) stays no rule alone and is part of the veto beside it (x01); an honour withheld
# (不得评为先进单位) is a consequence, as 取消评优资格 (VETO above). Only VETO_TOP_LABELS (keys).
VETO_BARRED = (
    r"(?:不得|不能|不予|不再)(?:被)?(?:评为|评定为|确定为|定为|列为)"
    + f"{QUOTE_OPEN}?(?P<label>{GRADE_LABEL_ONE}){QUOTE_CLOSE}?(?:{GRADED_NOUNS})?(?:等次|等级)?(?=[。;；!！]|$)"
)
VETO_TOP_LABELS = ("优秀", "优", "好", "优等", "一等", "甲等", "A")

# A second condition joined to a threshold: 90分及以上且排名在同类单位前30%的,评为优秀.
# A rank share in it is the grade's quota: …且排名在同类单位前30%的 → quota_pct 30.
GRADE_ALSO = (
    r"(?:[,，]?(?:且|并且|同时)(?:[^。;；:：]{0,16}?前(?P<also_quota>\d+(?:\.\d+)?)%)?[^。;；:：]{0,24}?[,，]?)?"
)
# (含) or (含900分) after a bound: 900分以上(含900分)为优秀 · 60分以下(含)
GRADE_INCLUDED = f"\\(含(?:{NUMBER}分?)?\\)"

# Comparison signs as documents print them (＜ folds to < in normalisation; ‹ and ≦ come from
# some fonts and PDF text layers): 得分<70分 · 85分≤得分 · 85≦得分‹95.
LESS = r"(?:<(?!=)|＜(?!=)|‹(?!=))"
LESS_EQUAL = r"(?:≤|≦|<=|＜=|‹=)"
GREATER = r"(?:>(?!=)|＞(?!=)|›(?!=))"
GREATER_EQUAL = r"(?:≥|≧|>=|＞=|›=)"
# The score between two signs: 85分≤得分<95分 (no digit, sign or clause break in it).
SCORE_BETWEEN = r"\s*[^\d,，。;；:：<＜‹≤≦>＞›≥≧=]{1,8}?\s*"

# How many characters may name what a quota's share is of: 参加考核乡(镇)总数的30% (14).
QUOTA_OF_MAX = 16
_ONE_CHAR = "(?:" + "|".join(GRADE_ONE_CHAR) + ")"

# (name, field, pattern); group n is the threshold, label the grade. Fields: below, at_least,
# quota_pct as read; below_inclusive: an inclusive upper bound (70分及以下 → below 71 for whole
# points); band: at_least n and below from the band's upper bound m (BAND_* rules below);
# both: at_least n and below m (m + 1 when group incl says the bound is included).
GRADE_THRESHOLDS = [
    # 60分及以上、90分以下为合格 · 80分以上90分以下为良好 (both bounds written) ·
    # 80分以上(含80分)、90分以下的为较好 (the lower bound's (含) written after 以上)
    ("two_bounds", "both",
     f"(?P<n>{NUMBER})分(?:{GRADE_INCLUDED}|及|或|含)?以上(?:{GRADE_INCLUDED})?[、,，]?(?:且|并且|但)?"
     f"(?P<m>{NUMBER})分(?P<incl>及|或|含|{GRADE_INCLUDED})?以下{GRADE_GAP}{GRADE_ASSIGN}{GRADE_LABEL}"),
    # 80分以上不足90分为较好 (the upper bound written as 不足/低于: below it)
    ("two_bounds_short", "both",
     f"(?P<n>{NUMBER})分(?:{GRADE_INCLUDED}|及|或|含)?以上(?:{GRADE_INCLUDED})?[、,，]?(?:且|并且|但)?(?:不足|低于|未满|不满|不到)"
     f"(?P<m>{NUMBER})分(?P<incl>(?!))?{GRADE_GAP}{GRADE_ASSIGN}{GRADE_LABEL}"),
    # 85分≤得分<95分为B级 (both bounds written with signs; ≤ before the upper bound: below m + 1) ·
    # 95分>得分≥85分为B级 (the same, upper bound first). A strict lower bound (85<得分) is not
    # read: at_least is inclusive and the step above 85 is not written.
    ("signed_bounds", "both",
     f"(?<![\\d.])(?P<n>{NUMBER})分?\\s*{LESS_EQUAL}{SCORE_BETWEEN}(?:{LESS}|(?P<incl>{LESS_EQUAL}))\\s*(?P<m>{NUMBER})分?"
     f"{GRADE_GAP}{GRADE_ASSIGN}{GRADE_LABEL}"),
    ("signed_bounds_reversed", "both",
     f"(?<![\\d.])(?P<m>{NUMBER})分?\\s*(?:{GREATER}|(?P<incl>{GREATER_EQUAL})){SCORE_BETWEEN}{GREATER_EQUAL}\\s*(?P<n>{NUMBER})分?"
     f"{GRADE_GAP}{GRADE_ASSIGN}{GRADE_LABEL}"),
    # 低于900分的直接定为不合格 · 不足60分为不合格 · <60分为差
    ("below", "below",
     f"(?:低于|不足|不满|未满|未达到|未达|少于|不到|{LESS})(?P<n>{NUMBER})分{GRADE_GAP}{GRADE_ASSIGN}{GRADE_LABEL}"),
    # 70分及以下为不合格 · 59分(含)以下的为差 · 900分以下(含900分)为不合格 (inclusive: below 71)
    ("below_inclusive", "below_inclusive",
     f"(?P<n>{NUMBER})分(?:(?:及|或|含|{GRADE_INCLUDED})以下|以下{GRADE_INCLUDED}){GRADE_GAP}{GRADE_ASSIGN}{GRADE_LABEL}"),
    # 60分以下为不合格
    # 得分≤69分为D级 (inclusive: below 70)
    ("below_inclusive_sign", "below_inclusive",
     f"{LESS_EQUAL}\\s*(?P<n>{NUMBER})分{GRADE_GAP}{GRADE_ASSIGN}{GRADE_LABEL}"),
    ("below_2", "below",
     f"(?P<n>{NUMBER})分以下{GRADE_GAP}{GRADE_ASSIGN}{GRADE_LABEL}"),
    # 90分以上为优秀 · 90分及以上为一等 · 900分以上(含900分)为优秀
    # 90分及以上且排名前30%的,评为优秀 (a second condition, kept in the rule's text)
    ("at_least", "at_least",
     f"(?P<n>{NUMBER})分(?:{GRADE_INCLUDED}|及|或|含)?以上(?:{GRADE_INCLUDED})?{GRADE_ALSO}{GRADE_GAP}{GRADE_ASSIGN}"
     f"{GRADE_LABEL}"),
    # 不低于90分的为优秀 · 达到85分为良好 · ≥90分为优秀
    ("at_least_2", "at_least",
     f"(?:不低于|达到|高于|{GREATER_EQUAL}|＞|>)(?P<n>{NUMBER})分(?:及以上|以上)?{GRADE_GAP}{GRADE_ASSIGN}{GRADE_LABEL}"),
    # 90-100分为优秀 · 71－79分为基本合格 (at_least 71, below 80) · 80(含)-90分为良好 ·
    # 80分以上至90分为良好 (以上 before 至 says what (含) says: the band, read as 80(含)至90分)
    ("band", "band",
     f"(?P<n>{NUMBER})分?(?:{GRADE_INCLUDED}|(?:及|含)?以上)?{RANGE_SEP}(?P<m>{NUMBER})分(?P<incl>\\((?:不)?含\\))?(?:之间)?"
     f"{GRADE_GAP}{GRADE_ASSIGN}{GRADE_LABEL}"),
    # 良好:80-89分 · A 90—100: (label first, a band)
    ("label_first_band", "band",
     f"{GRADE_LABEL}{GRADE_SUFFIX}?[(（:：]\\s*(?P<n>{NUMBER})分?{RANGE_SEP}(?P<m>{NUMBER})分(?P<incl>\\((?:不)?含\\))?"),
    ("letter_band", "band",
     f"(?<![A-Za-z])(?P<label>[A-E](?:等|级|档)?)\\s*[(（:：]?\\s*(?P<n>{ARABIC})分?{RANGE_SEP}(?P<m>{ARABIC})分?"
     f"(?P<incl>)(?=[:：)）,，;；。\\s]|$)"),
    # AA级(90分以上不足105分) · 良好:80分及以上、90分以下 (label first, both bounds)
    ("label_first_two_bounds", "both",
     f"{GRADE_LABEL}{GRADE_SUFFIX}?[(（:：]\\s*(?P<n>{NUMBER})分(?:及|或|含)?以上(?:{GRADE_INCLUDED})?[、,，]?"
     f"(?:(?:不足|低于|未满|不满|不到)(?P<m>{NUMBER})分(?P<incl>(?!))?|(?P<m>{NUMBER})分(?P<incl>及|或|含)?以下)"),
    # 优秀:90分以上 · 优秀(90分及以上)
    ("label_first_at_least", "at_least",
     f"{GRADE_LABEL}{GRADE_SUFFIX}?[(（:：]\\s*(?P<n>{NUMBER})分?(?:及|或|含)?以上"),
    # 不合格:60分及以下 (inclusive) · 不合格:60分以下 · 不合格:低于60分
    ("label_first_below_inclusive", "below_inclusive",
     f"{GRADE_LABEL}{GRADE_SUFFIX}?[(（:：]\\s*(?P<n>{NUMBER})分(?:及|或|含)以下"),
    ("label_first_below", "below",
     f"{GRADE_LABEL}{GRADE_SUFFIX}?[(（:：]\\s*(?:(?P<n>{NUMBER})分以下|(?:低于|不足)(?P<n2>{NUMBER})分)"),
    # 40%的比例确定为一等 · 50%确定为二等 · 10%定为三等或不合格
    ("quota", "quota_pct",
     f"{PERCENT}(?:的)?(?:比例|名额)?(?:的)?{GRADE_ASSIGN}{GRADE_LABEL}"),
    # 优秀等次比例不超过20% · 优秀比例原则上控制在参评单位的15%
    # …评为“好”等次的党支部,数量不超过参评党支部总数的30% (who is graded, then the share)
    ("quota_2", "quota_pct",
     f"{GRADE_LABEL}{GRADE_SUFFIX}?的?(?:[^,，。;；\\d]{{1,8}}?[,，]?)?(?:比例|名额|人数|数量)(?:一般|原则上)?"
     f"(?:不超过|不得超过|不高于|控制在|为|按)[^,，。;；\\d]{{0,8}}?{PERCENT}"),
    # 优等单位以不超过参评单位总数百分之十五为原则 (who is graded, then the share, no 比例 word);
    # the label opens its clause and is no one-character grade (其中… is no 中) unless quoted or
    # named a grade (“好”等次 · 差等次); a rate is no grade (不合格率不超过5%的,得10分: 率 never
    # stands between). What the share is of may be long: 参加考核乡(镇)总数的 (QUOTA_OF_MAX).
    ("quota_3", "quota_pct",
     f"(?<=^|[,，。;；:：\\s])(?:{QUOTE_OPEN}(?P<label>{_ONE_CHAR}){QUOTE_CLOSE}{GRADE_SUFFIX}?"
     f"|(?P<label>{_ONE_CHAR}){GRADE_SUFFIX}|{QUOTE_OPEN}?(?P<label>{GRADE_LABEL_WORD}){QUOTE_CLOSE}?{GRADE_SUFFIX}?)的?"
     f"[^,，。;；\\d率]{{0,6}}?(?:原则上|一般)?以?(?:不超过|不得超过|不高于|控制在)"
     f"[^,，。;；\\d]{{0,{QUOTA_OF_MAX}}}?{PERCENT}"),
]

# A grade ticked on a form (`评定结论 □合格（80分以上） □不合格（70分以下）`) is a box to fill in,
# not the document stating its grades (those are stated in its text or not at all).
FORM_CHECKBOX = "□☐☑☒■"

# A share stated in the clause after a grade, without its label: 95分及以上的评为“先进社区”,
# 数量不超过社区总数的25% → the same grade's quota_pct 25.
GRADE_QUOTA_AFTER = (
    r"[,，]\s*(?:其|且)?(?:数量|名额|比例|人数|个数)[^,，。;；\d]{0,4}?"
    r"(?:不超过|不得超过|不高于|控制在|原则上不超过)[^,，。;；\d]{0,10}?" + PERCENT
)

# A threshold stated in the clause after a quota, as the pool the quota is chosen from:
# 优秀等次不超过参评单位总数的20%,从得分90分以上的单位中按得分高低确定 → the same grade's at_least 90.
GRADE_THRESHOLD_AFTER_QUOTA = (
    r"[,，]\s*(?:并|且|须|应)?(?:从|在)[^,，。;；:：\d]{0,10}?" + f"(?P<n>{NUMBER})分"
    + f"(?:{GRADE_INCLUDED}|及|或|含)?以上(?:{GRADE_INCLUDED})?的?" + r"[^,，。;；:：\d]{0,10}?(?:中|内|里)"
)

# A band's upper bound m gives `below` by how bands are written on whole points:
#   71－79分为基本合格 → below 80 (m ends in 9 or 4: the next band starts at m + 1);
#   80(含)-90分为良好 → below 90 (m ends in 0 or 5: the next band starts at m, 90分以上为优秀);
#   90-100分为优秀 → none (a multiple of 100 is the top of the scale, nothing above it);
#   m followed by (含) → m + 1, by (不含) → m. Any other m (a decimal, 60-77) leaves below
#   open: a guessed bound would be a wrong number.
BAND_SCALE_TOP_MULTIPLE = 100
BAND_NEXT_STARTS_AFTER = "49"
BAND_NEXT_STARTS_AT = "05"

# An honour given without a threshold, ending its sentence: 总成绩名列前茅即可评为文明班级.
# Not after 被/获 (被评为先进单位的,加3分 is a condition) and not before a comma clause.
# Its threshold, when the same sentence states one before it: 总分达到360分以上,且无…的,可评为先进单位
# → at_least 360.
GRADE_FREE_THRESHOLD = f"(?:不低于|达到|≥)?(?P<n>{NUMBER})分(?:{GRADE_INCLUDED}|及|或|含)?以上|(?:不低于|≥)(?P<n2>{NUMBER})分"
GRADE_FREE = (
    f"(?<![被获曾荣])(?<!不得|不能|不予|不可|不再|未)(?:评为|评选为|授予|命名为)[“\"「]?(?P<label>{FREE_GRADE_LABEL})[”\"」]?"
    r"(?:荣誉)?(?:称号)?(?=[。;；!！]|$)"
)

# The grade of the rest, with no threshold of its own (README: all three null): …排名前30%的评为优秀,
# 其余为合格 · 其余的评为良好 · 其余单位均评为达标. Read only when no other rule gives that grade.
GRADE_REST = (
    r"(?<=^|[,，。;；:：\s])其余(?:的)?[\u4e00-\u9fff]{0,4}?(?:均|一律|则)?" + GRADE_ASSIGN + GRADE_LABEL
)

# A list of grades with no thresholds → one rule per label. It must say it is the set of grades,
# by a count (优秀、良好、一般、较差4个等次) or a verb before it (分为称职、基本称职、不称职);
# 考核为优秀、良好等次的 (a use of the result) is no list, nor a consequence that withholds grades:
# …的,不得评为优秀、良好等次 (GRADE_LIST_NOT_AFTER before the verb).
_QUOTED_LABEL = f"{QUOTE_OPEN}?{GRADE_LABEL_ONE}{QUOTE_CLOSE}?"
_LABEL_RUN = f"(?P<labels>{_QUOTED_LABEL}(?:[、,，和及与/]{_QUOTED_LABEL}){{1,7}})"
GRADE_LIST_NOT_AFTER = r"(?<!不得|不能|不予|不可|不应|不|取消|禁止|严禁|无权)"
GRADE_LIST_LEAD = GRADE_LIST_NOT_AFTER + r"(?:分为|划分为|分成|设为|设置|设|评定为|确定为|评为|定为)"
GRADE_LISTS = [
    f"{_LABEL_RUN}(?:共|等)?[\\d{CN_DIGITS}]{{1,2}}个?(?:等次|等级|档次|档|级别)(?!的)",
    f"{GRADE_LIST_LEAD}{_LABEL_RUN}(?:等次|等级|档次|档|级别)?(?![的\\w])",
    # letter grades need no 等次 after them: 评为A/B/C等 · 分为A、B、C、D
    f"{GRADE_LIST_LEAD}(?P<labels>[A-E](?:等|级|档)?(?:[、/,，和][A-E](?:等|级|档)?){{1,5}})(?![A-Za-z])",
]
GRADE_LETTER_SUFFIX = "等级档"
GRADE_LIST_SPLIT = r"[、,，和及与/]"

# --------------------------------------------------------------------------- per and conditions
# 每 phrases: 每次 · 每少1次 · 每缺少一项 · 每少报送一条 · 每3个百分点 · 每超1天 · 每项次
# A verb ending in a unit's character is no unit: 每逾期1件 → 件 (逾期 is the verb, not 期).
# So is a noun ending in one: 每部门扣1分 → no unit (部门 is what is assessed, not counted: UNITS).
VERBS_ENDING_IN_UNIT = r"逾期|超期|延期|过期|到期|按期|如期|限期|定期|误期|部门|车间"
PER_EACH = (
    f"每(?P<verb>[^\\d\\s,，。;；:：、()（）每扣加得]{{0,4}}?)(?P<count>{NUMBER})?"
    f"(?P<unit>(?<=每|[\\d{CN_DIGITS}]){COMPOUND_COUNT}|{UNIT})"
    f"(?<!{VERBS_ENDING_IN_UNIT})"
)
# A period after 每 with one time in it states how often a requirement is due, not what the
# amount is charged per: 未按要求每季度召开一次例会的,扣3分 → per null. A shortfall after the
# period (每季度少开展1次 · 每月未报送一次) counts it again: not a frequency.
# 未按每两个月更换一次的 · 每3个月开展一次 → per null (个月: a count of months).
PER_FREQUENCY_PERIODS = ("年", "季度", "季", "月", "个月", "周", "天", "日", "学期")
PER_FREQUENCY = r"[^,，。;；\d少缺漏未不差低]{0,10}?(?:一|1)次"
# A period negated before 每 is how often a requirement is due too: 垃圾未每日清运的扣2分 → per null
# (the rule is not done daily; 每日未清运的扣2分 counts each day: per 日).
PER_FREQUENCY_NEGATED = r"(?:未能|未|不|没有|没)(?:按照?|按时|按要求|坚持)?"
# A threshold after 每 with the unit counted beyond it: 满意率每低于95%一个百分点扣1分 → 个百分点
# (95% is where counting starts, not the unit).
PER_BEYOND_THRESHOLD = (
    f"每(?:低于|高于|超过|超出|少于|多于|不足)(?P<threshold>{NUMBER})%?(?:的部分)?[,，]?每?"
    f"(?P<count>{NUMBER})?(?P<unit>{UNIT})"
)
# A reference named between the comparison and the count: 每低于目标值2%扣1分 → 2% ·
# 每超出计划3天扣1分 → 3天 (the count is the unit; the reference, no number, is where counting starts).
PER_BEYOND_REFERENCE = (
    f"每(?:低于|高于|超过|超出|少于|多于|不足|偏离|落后)(?P<ref>[^\\d{CN_DIGITS}\\s,，。;；:：、()（）每扣加得%]{{1,8}}?)"
    f"(?P<count>{NUMBER})(?P<unit>{UNIT})"
)
# A noun after a classifier stays in the unit when it stands at the verb: 每类人员扣 → 类人员,
# 每缺一个单位,扣5分 → 个单位, 缺1个科室扣1分 → 个科室 (at most CLASSIFIER_NOUN_MAX characters).
CLASSIFIERS = ("个", "类", "种", "条")
# …or the noun before a negated predicate: 每有1个项目未按时完成扣 → 个项目 (PREDICATE_NEGATIONS).
PREDICATE_NEGATIONS = r"未|没有|没|不"
CLASSIFIER_NOUN_BEFORE_PREDICATE = (
    r"(?:(?!" + PREDICATE_NEGATIONS + r")[\u4e00-\u9fff]){1,4}?(?=" + PREDICATE_NEGATIONS + ")"
)
# Without 每, only a missing thing counted takes its noun: 缺1个科室 → 个科室; 少利用1个大棚 → 个.
CLASSIFIER_NOUN_AFTER = "缺少漏差"
CLASSIFIER_NOUN = r"[\u4e00-\u9fff]{1,4}"
CLASSIFIER_NOUN_MAX = 4
# An adverb at the verb is no part of the noun: 每个问题另扣3分 → 个问题 · 每个单位再扣2分 → 个单位.
ADVERBS_AT_VERB = "另再又还均都也"
# 每 with a count and a bare noun (no classifier) at the verb: 每少1病种扣2分 → 病种 · 每低1分扣0.5分 → 分.
PER_EACH_NOUN = f"每(?P<verb>[少缺漏差低高多]?)(?P<count>{NUMBER})(?P<unit>[\u4e00-\u9fff]{{1,3}}?)(?=[,，]?(?:扣|减|加|得|计))"
# A counted instance right before the verb, no 每: 1次会议扣 · 被投诉1次扣 · 少1期扣 · 发现一起扣 ·
# 凡违反其中一项扣. The count must be 1; the gap to the verb at most PER_COUNT_GAP characters.
PER_COUNT = f"(?P<count>{NUMBER})(?P<unit>{UNIT})"
PER_COUNT_GAP = 4
# One occurrence of an event may stand farther from the verb: 发生一次水质超标的扣5分 → 次.
INSTANCE_VERBS = ("出现", "发生", "发现")
PER_INSTANCE_GAP = 8
# A count after these is a requirement, not an instance: 不少于4次 · 至少1次 · 1人次及以上.
COUNT_REQUIREMENT_BEFORE = ("不少于", "至少", "不低于", "少于", "超过", "达到", "不足", "满", "低于", "多于", "以上")
COUNT_REQUIREMENT_AFTER = ("以上", "及以上", "以下", "以内", "性")
# A count of 级 with a word after it is a level's name, not an instance: 一级达标的加5分 · 一级响应
# → per null (降一级的扣2分 still counts 级: 的 or a verb follows).
LEVEL_UNITS = ("级",)
LEVEL_NAME_AFTER = r"(?![的者扣减加得计奖])[\u4e00-\u9fff]"
# 一 inside a word is no count: 统一 · 唯一 · 第一 · 同一 · 逐一 · 之一 · 进一步.
NOT_A_COUNT_BEFORE = "第统唯同逐单之进万划专年"
# 各扣0.25分 (one amount for each listed condition) → per 项.
EACH_OF_LIST = r"各(?:扣除|扣减|扣|加|得|计|奖)"
EACH_OF_LIST_UNIT = "项"
# 当月未开展…扣0.1分 → per 月 (the period the condition is counted in).
CURRENT_PERIOD = r"当(?P<unit>月|年|季度|季|周|天|日|学期)"
# How close 每X must stand before an award's verb to be its unit: 每篇得1分, 每篇论文得2分;
# not 每月进行安全检查并发布报告得2分 (a frequency the requirement states, per null).
AWARD_PER_GAP = 2  # 每篇论文得2分 → 篇
# A thing done and counted after 每 may name what it is at length: 每引进1个亿元以上项目得3分 → 个,
# 每发表1篇核心期刊论文得2分 → 篇 (a verb and a count after 每; a period such as 每月 has no count).
AWARD_PER_COUNTED_GAP = 12

# A requirement before a bracketed amount makes it an award: 要有记录、图片等资料(0.4分), or a
# clause opening with an action verb: 建立工作台账(2分) · 按时报送(1分). A noun heading
# (基层党建工作(10分)) has neither and stays an item's points.
REQUIREMENT_VERBS = (
    r"建立|制定|开展|落实|组织|完成|召开|做好|健全|完善|配备|设立|编制|上报|报送|参加|举办|实施|"
    r"执行|签订|成立|明确|按时|及时|定期|认真|积极|严格|坚持|推进|加强|提供|参与|撰写|发表|"
    r"形成|保证|确保|提交|实现|达到|无"
)
REQUIREMENT_MARKERS = (
    r"要|应|须|需|必须|(?:^|(?<=[,，、;；]))有(?!效|关|限|序|力|机)"  # …资料(0.4分) · 有记录(1分)
    f"|^(?:{REQUIREMENT_VERBS})"
)
BRACKETED_POINTS = f"[(（](?P<a>{NUMBER})分[)）]"
# The next clause of an award list with its verb left out: 得2分,升级改造综合校情分析平台1分.
AWARD_LIST_ITEM = f"[^\\d,，、;；。:：()（）]{{2,30}}?(?P<a>{NUMBER})分(?=[,，、;；。]|$)"
VERB_CHARS = "扣减加得计奖"

# --------------------------------------------------------------------------- not rules
# A worked example states amounts that are no rules: 例:某单位得分85分,扣2分后为83分.
# Hits inside the example's sentence are dropped; so is an amount followed by its result
# (扣2分后为83分).
WORKED_EXAMPLE = r"(?:例如|举例|示例|案例|例)[:：][^。;；\n]*"
AMOUNT_RESULT_AFTER = r"后(?:为|得|剩|余|计)"
# A score formula states no rule: a statement whose comma clause holds = before it
# (本表得分=(实查项实得分之和/实查项应得满分)…). 当C=0时:得基础分20分 keeps its rule (the = is
# in the clause before the colon).
FORMULA_SIGN = r"[=＝]"

# --------------------------------------------------------------------------- clause structure
# A statement's condition never reaches back over these (扣分标准:迟到一次扣0.5分 → 迟到一次).
STRONG_DELIMITERS = "。;；!?！？:：\n"
# A unit (每X, 1次) is read only within the comma clause of its verb.
WEAK_DELIMITERS = ",，"
OPEN_BRACKETS = "(（[【"
CLOSE_BRACKETS = ")）]】"
# Numbering that starts a clause: 1. · 2、 · (3) · （一） · 一、 · ①
NUMBERING = (
    r"(?<![\d.])\d{1,2}[.、．](?![\d])"
    r"|[(（][\d一二三四五六七八九十]{1,3}[)）]"
    r"|(?<![\u4e00-\u9fff])[一二三四五六七八九十]{1,3}、"
    r"|[①-⑳]"
)
# Words that open a condition and carry no meaning of it: 如发生… · 凡违反… · 若…
CONDITION_OPENERS = ("如果", "凡是", "如", "若", "凡", "并", "且")
# Words that close a condition before the verb: …的视情 · 酌情 · 各 · 给予
CONDITION_CLOSERS = (
    "视其情节轻重", "视情节轻重", "视情", "酌情", "分别", "各", "给予", "予以", "实行", "该项目", "该项", "本项",
    "的", "者", "将",
)
QUOTES = "“”\"「」『』‘’'"

# --------------------------------------------------------------------------- examples
# Every named wording with the example it is for and the rules parse_rules must return for it,
# in reading order (fields left out are null). tests/test_rules_wordings.py runs one test per
# example, so a wording added here without an example that holds is a failing test.
# Award vs bonus: the wording alone decides here (加 → bonus, 得 → award); whether a 加 builds
# an item's score within its points (award) is for the reader, which knows the item's points.
WORDING_EXAMPLES: dict[str, list[tuple[str, str, list[dict]]]] = {
    "amounts": [
        ("deduct", "未按时报送资料,每次扣0.2分", [{"kind": "deduct", "amount": 0.2, "per": "次"}]),
        ("deduct_object", "扣除总学分1分", [{"kind": "deduct", "amount": 1}]),
        ("deduct_noun_verb", "扣分5—15分/次", [{"kind": "deduct", "amount": 5, "amount_max": 15, "per": "次"}]),
        ("bonus", "获省级表彰的加3分", [{"kind": "bonus", "amount": 3}]),
        ("award", "每篇得1分", [{"kind": "award", "amount": 1, "per": "篇"}]),
        ("award_base", "当C=100%时:得基础分25分", [{"kind": "award", "amount": 25}]),
        ("award_base_2", "得基本分10分", [{"kind": "award", "amount": 10}]),
        ("amount_first", "按0.5分/台件进行扣分", [{"kind": "deduct", "amount": 0.5, "per": "台件"}]),
        ("amount_list_deduct", "纪律差酌情扣3、2、1分",
         [{"kind": "deduct", "amount": 3}, {"kind": "deduct", "amount": 2}, {"kind": "deduct", "amount": 1}]),
        ("amount_list_bonus", "分别奖20、10分", [{"kind": "bonus", "amount": 20}, {"kind": "bonus", "amount": 10}]),
        ("amount_list_points", "获市级表彰的分别加5分、3分、2分",
         [{"kind": "bonus", "amount": 5}, {"kind": "bonus", "amount": 3}, {"kind": "bonus", "amount": 2}]),
        ("tier", "第一档20~30分", [{"kind": "award", "amount": 20, "amount_max": 30}]),
        ("tier_single", "第三档0分", [{"kind": "award", "amount": 0}]),
        ("count_then_amount", "发表论文1篇,2分", [{"kind": "award", "amount": 2, "per": "篇"}]),
        ("count_then_amount_target", "发表论文3篇,5分", [{"kind": "award", "amount": 5}]),
        ("bracketed_requirement", "要有记录、图片等资料(0.4分)", [{"kind": "award", "amount": 0.4}]),
        ("bracketed_action", "建立工作台账（2分）", [{"kind": "award", "amount": 2}]),
        ("financial_numeral", "迟到壹次扣贰分", [{"kind": "deduct", "amount": 2, "per": "次"}]),
        ("signed_plus", "+5分", [{"kind": "bonus", "amount": 5}]),
        ("signed_minus_each", "每家-3分", [{"kind": "deduct", "amount": 3, "per": "家"}]),
    ],
    "open_amounts": [
        ("as_judged", "资料不全的酌情扣分", [{"kind": "deduct"}]),
        ("item_score", "文件应更新未更新的,扣除该项应得分", [{"kind": "deduct"}]),
        ("by_reference", "进行扣分,扣分标准参见6.2项目事故扣分标准执行", [{"kind": "deduct"}]),
        ("by_share", "按完成比例得分", [{"kind": "award"}]),
        ("converted_score", "按群众满意度测评结果折算计分", [{"kind": "award"}]),
        ("share_of_measure", "按学年课程加权平均成绩的80%计分", [{"kind": "award"}]),
        ("judged_score", "科室考核小组根据平时表现打分", [{"kind": "award"}]),
        ("converted", "按100分卷折计", [{"kind": "award"}]),
        ("relative_pct", "完成目标的,加（减）其3%考核分值", [{"kind": "bonus"}]),
        ("relative_multiple", "每递增一级加1倍分", [{"kind": "bonus", "per": "级"}]),
        ("bonus_unstated", "对有突出贡献的人员给予加分奖励", [{"kind": "bonus"}]),
        ("nothing", "未完成的不得分", [{"kind": "award", "amount": 0}]),
        ("nothing_not_given", "台账缺失的，该项不予计分", [{"kind": "award", "amount": 0}]),
        ("by_named_share", "依群众测评满意率比例计分", [{"kind": "award"}]),
        ("as_judged_award", "基本完成的得20分，部分完成的视情给分",
         [{"kind": "award", "amount": 20}, {"kind": "award"}]),
        ("by_rate", "按群众回访满意率得分", [{"kind": "award"}]),
        ("by_result_taken_over", "安全生产项按市应急局年度考评结果计分", [{"kind": "award"}]),
        ("by_progress", "全部完工的得30分，未完工的按工程进度计分",
         [{"kind": "award", "amount": 30}, {"kind": "award"}]),
        ("converted_lead_in_states_amounts", "按群众测评结果折算：满意计10分，基本满意计6分",
         [{"kind": "award", "amount": 10}, {"kind": "award", "amount": 6}]),
        ("lead_in_states_no_bonus", "单位有下列情形之一的，予以加分：（一）获国家级表彰的，每项加3分",
         [{"kind": "bonus", "amount": 3, "per": "项"}]),
    ],
    "caps": [
        ("cap", "每项加2分,累计最高不超过10分", [{"kind": "bonus", "amount": 2, "per": "项"}, {"kind": "cap", "amount": 10}]),
        ("cap_included", "加分上限不超过（含）2分", [{"kind": "cap", "amount": 2}]),
        ("cap_up_to", "最多加至40分", [{"kind": "cap", "amount": 40}]),
        ("cap_plus_minus", "±10分", [{"kind": "cap", "amount": 10}]),
        ("cap_to_zero", "最多扣至0分", [{"kind": "cap"}]),
        ("cap_to_item_zero", "各考核项目扣分最多扣至该项目分值为零", [{"kind": "cap"}]),
        ("cap_floor", "每低1%扣2分，最低0分", [{"kind": "deduct", "amount": 2, "per": "%"}, {"kind": "cap"}]),
        ("cap_until_gone", "每次扣1分,扣完为止", [{"kind": "deduct", "amount": 1, "per": "次"}, {"kind": "cap"}]),
        ("cap_per_item", "扣分上限：A15分，B5分", [{"kind": "cap", "amount": 15}, {"kind": "cap", "amount": 5}]),
        ("cap_item_weight", "各项扣分以该项权重分为限", [{"kind": "cap"}]),
        ("cap_its_points", "每个考核项目扣分以其标准分为限", [{"kind": "cap"}]),
        ("cap_item_points_gone", "单项扣分以本项分值扣完为止", [{"kind": "cap"}]),
        ("cap_each_base", "扣分以每类指标基本分为限，加分累计不超过8分", [{"kind": "cap"}, {"kind": "cap", "amount": 8}]),
    ],
    "vetoes": [
        ("veto", "发生重大安全事故者,实行一票否决", [{"kind": "veto"}]),
        ("veto_disqualify", "班级学生有严重违纪行为的,取消该班级的评选资格", [{"kind": "veto"}]),
        ("veto_result_set", "发生重大安全事故的，考核直接定为不称职", [{"kind": "veto"}]),
        ("veto_lowest_letter", "受到留校察看及以上处分的，测评等级直接定为D等", [{"kind": "veto"}]),
        ("veto_direct_letter", "出现严重质量事故的，年度评价直接评为E级", [{"kind": "veto"}]),
        ("veto_direct_late_series", "发生重大失职事件的，季度考评直接评为C档", [{"kind": "veto"}]),
        ("veto_listed_ordinal", "经核实虚报数据者，评比结果径列丙等", [{"kind": "veto"}]),
        ("veto_judged_lowest", "得分85分以上为A档，不足70分为C档。台账造假的，直接判定为C档",
         [{"kind": "grade", "label": "A档", "at_least": 85}, {"kind": "grade", "label": "C档", "below": 70},
          {"kind": "veto"}]),
        ("veto_lowest_in_text", "60分以上为甲等，不足60分为乙等。发生安全事故的，直接评为乙等",
         [{"kind": "grade", "label": "甲等", "at_least": 60}, {"kind": "grade", "label": "乙等", "below": 60},
          {"kind": "veto"}]),
        ("direct_not_lowest_is_no_veto", "95分以上为A级，80分以上不足95分为B级，不足80分为C级。获省级表彰的，直接评为B级",
         [{"kind": "grade", "label": "A级", "at_least": 95}, {"kind": "grade", "label": "B级", "at_least": 80, "below": 95},
          {"kind": "grade", "label": "C级", "below": 80}]),
        ("veto_result_named", "抽查指标中有两项得零分的，评定等级为不达标", [{"kind": "veto"}]),
        ("veto_disqualify_rating", "发生食品安全事故的，取消先进食堂测评资格", [{"kind": "veto"}]),
        ("veto_then_withheld", "有违法违纪行为的，实行一票否决，不得评为先进、良好等次", [{"kind": "veto"}]),
        ("veto_direct_quoted_grade", "瞒报安全事故的，当季考评直接评为“差”等次", [{"kind": "veto"}]),
        ("veto_result_named_period", "出现重大服务投诉的，年度考核等次确定为不合格", [{"kind": "veto"}]),
        ("veto_stated_twice", "发生重大质量事故的，实行一票否决，考核等次直接定为不称职", [{"kind": "veto"}]),
        ("veto_stated_twice_grade_first", "伪造台账资料的，直接评为不合格，并实行一票否决", [{"kind": "veto"}]),
        ("veto_direct_grade_with_unit", "发生医疗纠纷未按规定上报的，本季度直接评为不合格科室", [{"kind": "veto"}]),
        ("veto_barred_from_top", "班组成员发生酒驾行为的，该班组年度不得评为优秀", [{"kind": "veto"}]),
        ("veto_barred_from_top_with_unit", "存在学术不端的，该课题组本年度不能评为优秀课题组", [{"kind": "veto"}]),
        ("veto_then_barred_from_top", "瞒报安全事故的，实行一票否决，该站所当年不得评为优秀", [{"kind": "veto"}]),
    ],
    "grades": [
        ("at_least", "90分及以上为优秀", [{"kind": "grade", "label": "优秀", "at_least": 90}]),
        ("at_least_who", "评比总分八十五分以上者为优等", [{"kind": "grade", "label": "优等", "at_least": 85}]),
        ("below_not_full", "不满65分者为丁等", [{"kind": "grade", "label": "丁等", "below": 65}]),
        ("below_not_yet_full", "综合得分未满60分的为差等", [{"kind": "grade", "label": "差等", "below": 60}]),
        ("signed_bounds", "75分≤综合得分<88分为良", [{"kind": "grade", "label": "良", "at_least": 75, "below": 88}]),
        ("signed_bounds_font", "72≦得分‹86分为合格", [{"kind": "grade", "label": "合格", "at_least": 72, "below": 86}]),
        ("signed_bounds_inclusive", "70分≤得分≤84分为C等", [{"kind": "grade", "label": "C等", "at_least": 70, "below": 85}]),
        ("signed_bounds_reversed", "92分>得分≥78分为乙等", [{"kind": "grade", "label": "乙等", "at_least": 78, "below": 92}]),
        ("below_inclusive_sign", "得分≤59分为E级", [{"kind": "grade", "label": "E级", "below": 60}]),
        ("band_round_upper", "考评得分700分以上为先进，600分（含）至700分为合格",
         [{"kind": "grade", "label": "先进", "at_least": 700}, {"kind": "grade", "label": "合格", "at_least": 600, "below": 700}]),
        ("result_named_verb", "得分低于55分的，评定等级为较差", [{"kind": "grade", "label": "较差", "below": 55}]),
        ("quota_chinese_pct", "良好比例不超过百分之三十", [{"kind": "grade", "label": "良好", "quota_pct": 30}]),
        ("quota_chinese_pct_who", "甲等科室以不超过参评科室总数百分之十五为原则",
         [{"kind": "grade", "label": "甲等", "quota_pct": 15}]),
        ("at_least_included", "900分以上（含900分）为优秀", [{"kind": "grade", "label": "优秀", "at_least": 900}]),
        ("below", "低于60分为不合格", [{"kind": "grade", "label": "不合格", "below": 60}]),
        ("below_inclusive", "70分及以下为不合格", [{"kind": "grade", "label": "不合格", "below": 71}]),
        ("two_bounds", "60分及以上、90分以下为合格", [{"kind": "grade", "label": "合格", "at_least": 60, "below": 90}]),
        ("two_bounds_included_after", "测评75分以上（含75分）、85分以下的为合格",
         [{"kind": "grade", "label": "合格", "at_least": 75, "below": 85}]),
        ("quota_then_pool", "良好等次不超过参评科室总数的30%，从得分85分以上的科室中择优确定",
         [{"kind": "grade", "label": "良好", "at_least": 85, "quota_pct": 30}]),
        ("band", "71－79分为基本合格", [{"kind": "grade", "label": "基本合格", "at_least": 71, "below": 80}]),
        ("band_top", "90-100分为优秀", [{"kind": "grade", "label": "优秀", "at_least": 90}]),
        ("letter_band", "A 90—100：", [{"kind": "grade", "label": "A", "at_least": 90}]),
        ("label_first_band", "良好:80-89分", [{"kind": "grade", "label": "良好", "at_least": 80, "below": 90}]),
        ("two_bounds_short", "80分以上不足90分为“较好”", [{"kind": "grade", "label": "较好", "at_least": 80, "below": 90}]),
        ("repeated_letters", "AAA级（105分以上）、AA级（90分以上不足105分）",
         [{"kind": "grade", "label": "AAA级", "at_least": 105},
          {"kind": "grade", "label": "AA级", "at_least": 90, "below": 105}]),
        ("label_first_two_bounds", "良好：80分及以上、90分以下", [{"kind": "grade", "label": "良好", "at_least": 80, "below": 90}]),
        ("quota_long_subject", "评为“好”等次的党支部，数量不超过参评党支部总数的30%",
         [{"kind": "grade", "label": "好", "quota_pct": 30}]),
        ("quota_unit_between", "优秀等次处室数量不超过处室总数的30%", [{"kind": "grade", "label": "优秀", "quota_pct": 30}]),
        ("label_with_unit", "75分以上不足90分为合格班组", [{"kind": "grade", "label": "合格", "at_least": 75, "below": 90}]),
        ("label_with_person", "年度总分92分以上为优秀教师", [{"kind": "grade", "label": "优秀", "at_least": 92}]),
        ("label_with_person_word", "70分以上不足85分为合格职工",
         [{"kind": "grade", "label": "合格", "at_least": 70, "below": 85}]),
        ("label_with_ward", "年度得分93分及以上为优秀病房", [{"kind": "grade", "label": "优秀", "at_least": 93}]),
        ("label_with_unit_band", "80～94分为达标科室", [{"kind": "grade", "label": "达标", "at_least": 80, "below": 95}]),
        ("label_with_unit_below", "得分不满72分的为不合格备课组", [{"kind": "grade", "label": "不合格", "below": 72}]),
        ("title_laggard", "年终得分低于55分的评为后进单位", [{"kind": "grade", "label": "后进单位", "below": 55}]),
        ("one_series_one_form", "88分以上为先进社区，65分以上不足88分为合格社区，不足65分为后进社区",
         [{"kind": "grade", "label": "先进社区", "at_least": 88},
          {"kind": "grade", "label": "合格社区", "at_least": 65, "below": 88},
          {"kind": "grade", "label": "后进社区", "below": 65}]),
        ("letter_grade_word", "测评总分不足55分的为E等级", [{"kind": "grade", "label": "E", "below": 55}]),
        ("letter_grade_word_quota", "B等级科室不超过参评科室总数的35%", [{"kind": "grade", "label": "B", "quota_pct": 35}]),
        ("letter_list_grade_word", "考核结果设A、B、C三个等级，C等级为得分不足70分",
         [{"kind": "grade", "label": "A"}, {"kind": "grade", "label": "B"}, {"kind": "grade", "label": "C"}]),
        ("not_graded_above", "85分以上未评为优秀的，评为良好；70分以上不足85分的，评为合格",
         [{"kind": "grade", "label": "良好", "at_least": 85},
          {"kind": "grade", "label": "合格", "at_least": 70, "below": 85}]),
        ("not_graded_list_covered", "年度考核分为优秀、良好、合格三个等次。得分排名前15%的评为优秀；"
         "75分以上未评为优秀的评为良好；不足75分的评为合格",
         [{"kind": "grade", "label": "优秀", "quota_pct": 15}, {"kind": "grade", "label": "良好", "at_least": 75},
          {"kind": "grade", "label": "合格", "below": 75}]),
        ("the_rest", "前25%的评为优秀班级，不足60分的为不合格，其余为良好",
         [{"kind": "grade", "label": "优秀", "quota_pct": 25}, {"kind": "grade", "label": "不合格", "below": 60},
          {"kind": "grade", "label": "良好"}]),
        ("label_to_improve", "考评得分低于75分为需改进", [{"kind": "grade", "label": "需改进", "below": 75}]),
        ("label_to_improve_inclusive", "64分及以下为待提高", [{"kind": "grade", "label": "待提高", "below": 65}]),
        ("free_place_title", "年度得分90分以上为文明乡（镇）", [{"kind": "grade", "label": "文明乡(镇)", "at_least": 90}]),
        ("free_place_title_plain", "综合得分88分以上的评为示范县", [{"kind": "grade", "label": "示范县", "at_least": 88}]),
        ("quota_of_long_count", "优秀等次不超过参加评议乡（镇）总数的25%", [{"kind": "grade", "label": "优秀", "quota_pct": 25}]),
        ("quota_one_char_quoted", "“优”等次班组不超过参评班组总数的百分之二十",
         [{"kind": "grade", "label": "优", "quota_pct": 20}]),
        ("quota_one_char_named", "良等次单位不超过参评单位总数的40%", [{"kind": "grade", "label": "良", "quota_pct": 40}]),
        ("free_label", "900分以上为一等奖", [{"kind": "grade", "label": "一等奖", "at_least": 900}]),
        ("free_label_prize", "考核得分达到85分的评为达标奖", [{"kind": "grade", "label": "达标奖", "at_least": 85}]),
        ("free_honour", "总成绩在全校名列前茅即可评为文明班级", [{"kind": "grade", "label": "文明班级"}]),
        ("free_honour_threshold", "年度考核总分达到900分以上,可评为先进村。",
         [{"kind": "grade", "label": "先进村", "at_least": 900}]),
        ("quota", "40%的比例确定为一等", [{"kind": "grade", "label": "一等", "quota_pct": 40}]),
        ("quota_after_label", "优秀人数不超过教师总数的20%", [{"kind": "grade", "label": "优秀", "quota_pct": 20}]),
        ("quota_after_letter", "A等比例不超过参评单位的40%", [{"kind": "grade", "label": "A等", "quota_pct": 40}]),
        ("quota_next_clause", "95分及以上的村评为“先进村”，数量不超过总数的25%",
         [{"kind": "grade", "label": "先进村", "at_least": 95, "quota_pct": 25}]),
        ("label_first_bracketed", "优秀（90分及以上）、合格（60—89分）、不合格（60分以下）",
         [{"kind": "grade", "label": "优秀", "at_least": 90},
          {"kind": "grade", "label": "合格", "at_least": 60, "below": 90},
          {"kind": "grade", "label": "不合格", "below": 60}]),
        ("second_condition", "得分在90分及以上且排名在前30%的，评为优秀",
         [{"kind": "grade", "label": "优秀", "at_least": 90, "quota_pct": 30}]),
        ("second_condition_comma", "考核得分在90分以上，且无违纪的，评为优秀",
         [{"kind": "grade", "label": "优秀", "at_least": 90}]),
        ("comma_before_verb", "得分低于60分的，评为不称职", [{"kind": "grade", "label": "不称职", "below": 60}]),
        ("list_then_letters", "分为A、B、C三个等次：900分及以上为A等，750分及以上、900分以下为B等，750分以下为C等",
         [{"kind": "grade", "label": "A等", "at_least": 900},
          {"kind": "grade", "label": "B等", "at_least": 750, "below": 900},
          {"kind": "grade", "label": "C等", "below": 750}]),
        # a letter with 级 keeps it, the unit graded after it is dropped (A级门店 → A级, never A)
        ("letter_with_any_noun", "季度考评92分以上为A级门店", [{"kind": "grade", "label": "A级", "at_least": 92}]),
        ("letter_with_any_noun_band", "月度得分75分（含）至90分为B级网格",
         [{"kind": "grade", "label": "B级", "at_least": 75, "below": 90}]),
        ("letter_with_any_noun_quota", "A级网点数量不超过网点总数的25%", [{"kind": "grade", "label": "A级", "quota_pct": 25}]),
        ("band_above_to", "综合考评80分以上至90分为B级", [{"kind": "grade", "label": "B级", "at_least": 80, "below": 90}]),
        ("letter_list_with_bands", "考评结果分为A、B、C三级：90分以上为A级，75分以上至90分为B级，75分以下为C级",
         [{"kind": "grade", "label": "A级", "at_least": 90},
          {"kind": "grade", "label": "B级", "at_least": 75, "below": 90},
          {"kind": "grade", "label": "C级", "below": 75}]),
        ("list", "考核结果分为称职、基本称职、不称职三个等次",
         [{"kind": "grade", "label": "称职"}, {"kind": "grade", "label": "基本称职"}, {"kind": "grade", "label": "不称职"}]),
    ],
    "per": [
        ("each", "每少1次扣0.25分", [{"kind": "deduct", "amount": 0.25, "per": "次"}]),
        ("each_count_kept", "每3个百分点扣1分", [{"kind": "deduct", "amount": 1, "per": "3个百分点"}]),
        ("classifier_noun", "每类人员扣1分", [{"kind": "deduct", "amount": 1, "per": "类人员"}]),
        ("classifier_noun_missing", "未签订责任书,每缺一个单位扣5分", [{"kind": "deduct", "amount": 5, "per": "个单位"}]),
        ("count_noun_no_each", "缺1个科室扣1分", [{"kind": "deduct", "amount": 1, "per": "个科室"}]),
        ("count_no_noun", "少利用1个大棚扣2分", [{"kind": "deduct", "amount": 2, "per": "个"}]),
        ("bare_noun", "每少1病种扣2分", [{"kind": "deduct", "amount": 2, "per": "病种"}]),
        ("period", "每月未开展安全检查扣5分", [{"kind": "deduct", "amount": 5, "per": "月"}]),
        ("percentage", "甲级病历率≥90%,每下降5%扣1分", [{"kind": "deduct", "amount": 1, "per": "5%"}]),
        ("beyond_reference", "回款率每低于计划值3%扣0.5分", [{"kind": "deduct", "amount": 0.5, "per": "3%"}]),
        ("beyond_reference_days", "工期每超出合同约定5天扣2分", [{"kind": "deduct", "amount": 2, "per": "5天"}]),
        ("beyond_threshold", "满意率每低于95%一个百分点扣1分", [{"kind": "deduct", "amount": 1, "per": "个百分点"}]),
        ("points_short", "考评得分每低1分扣0.5分", [{"kind": "deduct", "amount": 0.5, "per": "分"}]),
        ("money", "每超支5000元扣1分", [{"kind": "deduct", "amount": 1, "per": "5000元"}]),
        ("instance", "被学生投诉1次扣0.05分", [{"kind": "deduct", "amount": 0.05, "per": "次"}]),
        ("ward_bed", "床头柜物品摆放杂乱的，每床扣0.2分", [{"kind": "deduct", "amount": 0.2, "per": "床"}]),
        ("vehicle_trip", "车辆未按期年检的，每车次扣2分", [{"kind": "deduct", "amount": 2, "per": "车次"}]),
        ("case_file", "执法文书填写不规范的，每案扣0.5分", [{"kind": "deduct", "amount": 0.5, "per": "案"}]),
        ("archive_volume", "档案装订不合格，每卷扣2分", [{"kind": "deduct", "amount": 2, "per": "卷"}]),
        ("team", "抽查班组安全交底记录，缺失的每组扣1分", [{"kind": "deduct", "amount": 1, "per": "组"}]),
        ("verb_ending_in_unit", "每超期1份扣0.5分", [{"kind": "deduct", "amount": 0.5, "per": "份"}]),
        ("classifier_noun_before_predicate", "每有1个项目未按时验收扣3分", [{"kind": "deduct", "amount": 3, "per": "个项目"}]),
        ("instance_farther", "发生一次水质监测不达标的扣2分", [{"kind": "deduct", "amount": 2, "per": "次"}]),
        ("beyond_reference_decimal", "每低于省定目标0.5个百分点扣1分",
         [{"kind": "deduct", "amount": 1, "per": "0.5个百分点"}]),
        ("frequency_is_no_per", "未按要求每季度召开一次安全例会的，扣3分", [{"kind": "deduct", "amount": 3}]),
        ("shortfall_in_period", "每季度未召开一次例会扣2分", [{"kind": "deduct", "amount": 2, "per": "季度"}]),
        ("length", "巡查记录缺失的，每公里扣0.2分", [{"kind": "deduct", "amount": 0.2, "per": "公里"}]),
        ("place", "社区未建立调解组织的，每村扣1.5分", [{"kind": "deduct", "amount": 1.5, "per": "村"}]),
        ("department_is_no_unit", "未按时报送材料的，每部门扣1分", [{"kind": "deduct", "amount": 1}]),
        ("compound_count_shift", "交接班记录缺失的，每班次扣0.5分", [{"kind": "deduct", "amount": 0.5, "per": "班次"}]),
        ("compound_count_meal", "留样不全的，每餐次扣1分", [{"kind": "deduct", "amount": 1, "per": "餐次"}]),
        ("compound_count_seat", "公厕保洁不达标的，每座次扣0.3分", [{"kind": "deduct", "amount": 0.3, "per": "座次"}]),
        ("compound_count_counted", "航班延误的，每2架次扣1分", [{"kind": "deduct", "amount": 1, "per": "2架次"}]),
        ("counter_vehicle", "运输车辆未加盖的，每车扣1分", [{"kind": "deduct", "amount": 1, "per": "车"}]),
        ("counter_extinguisher", "消防器材失效的，每具扣0.5分", [{"kind": "deduct", "amount": 0.5, "per": "具"}]),
        ("workshop_is_no_unit", "安全标识不全的，每车间扣2分", [{"kind": "deduct", "amount": 2}]),
        ("noun_opening_with_unit", "每具体事项未落实扣1分", [{"kind": "deduct", "amount": 1, "per": "项"}]),
        ("frequency_in_months", "公示栏未按每三个月更新一次的扣1分", [{"kind": "deduct", "amount": 1}]),
        ("frequency_weekly", "未按每周开展一次消毒的扣0.5分", [{"kind": "deduct", "amount": 0.5}]),
        ("months_counted", "整改每超1个月扣1分", [{"kind": "deduct", "amount": 1, "per": "个月"}]),
        ("adverb_at_verb", "被媒体曝光的，每个事件另扣4分", [{"kind": "deduct", "amount": 4, "per": "个事件"}]),
        ("level_name_is_no_count", "通过一级安全评审的加4分", [{"kind": "bonus", "amount": 4}]),
        ("level_counted", "评级每降一级的扣3分", [{"kind": "deduct", "amount": 3, "per": "级"}]),
        ("frequency_negated", "公共区域未每周消毒的扣1分", [{"kind": "deduct", "amount": 1}]),
        ("period_counted_after_each", "每周未消毒的扣1分", [{"kind": "deduct", "amount": 1, "per": "周"}]),
        ("award_counted_thing", "每新增1家规模以上企业得2分", [{"kind": "award", "amount": 2, "per": "家"}]),
    ],
    "traditional": [
        ("deduct", "未按時上報資料,每次扣減0.5分", [{"kind": "deduct", "amount": 0.5, "per": "次"}]),
        ("grade", "考核總分達到九十分以上評為優秀", [{"kind": "grade", "label": "優秀", "at_least": 90}]),
        ("veto", "凡發生責任事故的,實行一票否決", [{"kind": "veto"}]),
        ("bonus_cap", "每個項目獎勵3分,最高不超過10分",
         [{"kind": "bonus", "amount": 3, "per": "個項目"}, {"kind": "cap", "amount": 10}]),
        ("band", "71－79分為基本合格", [{"kind": "grade", "label": "基本合格", "at_least": 71, "below": 80}]),
        ("list", "分別獎勵20、10分", [{"kind": "bonus", "amount": 20}, {"kind": "bonus", "amount": 10}]),
        ("grade_who", "八十分以上未滿九十分者為乙等", [{"kind": "grade", "label": "乙等", "at_least": 80, "below": 90}]),
        ("veto_listed", "經查證屬實者，考評結果逕列丁等", [{"kind": "veto"}]),
        ("nothing_not_given", "未依規定辦理者，本項不予計分", [{"kind": "award", "amount": 0}]),
    ],
}

# Text that states no rule although it holds numbers, 分 or a verb (precision).
NOT_RULE_EXAMPLES: list[tuple[str, str]] = [
    ("honour_withheld", "凡弄虚作假的,一律取消当年评优资格"),
    ("formula", "总分=基准分×d×e"),
    ("formula_ratio", "得分比=实际完成值/目标值×100%"),
    ("formula_score", "计算公式:得分=20×(1-偏差率)"),
    ("formula_terms", "本表百分制得分=(实查项实得分之和/实查项应得满分)×100"),
    ("worked_example", "例:某单位得分85分,扣2分后为83分"),
    ("deadline", "每月1月10日前报送"),
    ("date", "2019年12月31日前完成"),
    ("time", "上午8点10分前到岗"),
    ("count", "每月2项以上"),
    ("count_target", "全年开展培训不少于4次"),
    ("name_numeral", "第二十条规定"),
    ("name_number", "3号楼安全检查"),
    ("name_numerals", "三会一课、一岗双责落实情况"),
    ("heading_points", "(1)基层党建工作(10分)"),
    ("heading_points_bare", "基层党建工作（10分）"),
    ("adverb", "工作十分突出,成效加十分明显"),
    ("mention", "另设加分、扣分和一票否决"),
    ("honour_condition_only", "被评为先进单位的,给予通报表扬"),
    ("plus_minus_pct", "单项业绩金额≈基准报价A（±20%）"),
    ("form_checkbox_grades", "评定结论 □ 合格（80分以上） □ 不合格（70分以下）"),
    # a consequence that withholds grades lists labels, it states no grade scheme
    ("grades_withheld", "被上级通报批评的，不得评为先进、良好等次"),
    ("rate_named_like_a_grade", "不合格率不超过百分之五"),
    # a top grade given directly rewards; it is no veto
    ("direct_top_grade", "获得国家级表彰的，直接评为优秀"),
    ("direct_top_grade_quoted", "获得省级以上表彰的，年度考核直接评为“好”等次"),
    ("place_title_mentioned", "评选平安镇（街道）的具体办法另行制定"),
    # a lead-in into clauses stating the amounts (the clauses are the rules)
    ("lead_in_deduct", "单位有下列情形之一的，在年度总分中扣分："),
    ("lead_in_bonus", "单位有下列情形之一的，给予加分："),
    ("lead_in_converted", "本项按上级督查结果折算："),
    # an honour withheld is a consequence, no veto (a ban from the top grade is, VETO_BARRED)
    ("honour_barred", "被通报批评的单位，当年不得评为先进单位"),
    # a grade denied in a condition gives no grade
    ("grade_denied_in_condition", "未评为优秀的单位应制定整改计划"),
]
