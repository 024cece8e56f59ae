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
# no unit) and not 元 alone (money); 万元 stays (每超支1万元).
UNITS = [
    "个百分点", "百分点", "个工作日", "工作日", "人次", "项次", "台件", "台次", "件次", "批次",
    "户次", "篇次", "课时", "学时", "小时", "季度", "学期", "万元", "次", "项", "篇", "条", "件",
    "台", "户", "个", "人", "起", "笔", "间", "月", "年", "期", "天", "日", "周", "季", "例", "家",
    "处", "名", "份", "本", "场", "门", "宗", "座", "辆", "张", "单", "所", "%",
]
UNIT = "(?:" + "|".join(UNITS) + ")"
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
OBJECT = r"[^\d\s,，。;；:：、()（）\[\]【】分扣减加得计每/]{0,8}?"

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
    "deduct": (
        f"(?P<verb>{DEDUCT_VERBS}){OBJECT}{AMOUNT}"
        f"(?:分{NOT_AFTER_POINTS}(?:{SUFFIX_UNIT})?|{SUFFIX_UNIT})"
    ),
    "bonus": (
        f"(?P<verb>{BONUS_VERBS}){OBJECT}{AMOUNT}"
        f"(?:分{NOT_AFTER_POINTS}(?:{SUFFIX_UNIT})?|{SUFFIX_UNIT})"
    ),
    # award: no object (得 is too common a character to let it reach far): 得1分, 可折合0.2分
    "award": f"(?P<verb>{AWARD_VERBS})(?:为)?{AMOUNT}分{NOT_AFTER_POINTS}(?:{SUFFIX_UNIT})?",
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

# Statements with no amount (amount null), or with a fixed one (award 0).
#   酌情扣分 · 按比例扣分 · 扣除该项目所有得分 · 扣减该项分值的50% → deduct, amount null
#   不得分 · 该项不计分 → award 0;  得满分 → award, amount null
#   视情加分 · 给予1-2倍加分 · 双倍加分 · 减半加分 → bonus, amount null (a multiplier is no amount)
NULL_AMOUNT = [
    ("deduct", None, r"(?:酌情|视情|适当|相应|按比例|按照比例|按情节|视情节|根据情节|视情况)"
                     r"(?:予以|给予|进行)?扣(?:分|减|除)(?![\d" + CN_DIGITS + "])"),
    ("deduct", None, r"扣除(?:该项|该项目|本项|本项目|该指标|本指标|其|当年|年度|当次|该部分)?的?"
                     r"(?:所有|全部)?(?:得分|分数|分值)"),
    ("deduct", None, r"扣减?(?:该项|该项目|本项|本项目|该指标|本指标|其|当年|年度|当次|该部分)?的?"
                     r"(?:所有|全部)(?:得分|分数|分值)"),
    ("deduct", None, r"(?:得分|分数|分值)(?:全部|全)扣除?"),
    ("deduct", None, r"扣(?:除|减)?(?:该项|本项|该项目|本项目|该指标)?(?:分值|得分|总分|分数)?的?"
                     + ARABIC + "%"),
    ("award", 0.0, r"(?:不得分|不计分|不给分)(?![散解包割配拆摊批期])"),
    ("award", None, r"(?:得|计|给|记)满分"),
    ("bonus", None, r"(?:酌情|视情|适当)(?:给予)?加分"),
    ("bonus", None, f"(?:{NUMBER}(?:{RANGE_SEP}{NUMBER})?|双|多)倍(?:的)?加分"),
    ("bonus", None, r"减半加分|加分减半"),
]
# A bonus whose amount is relative to the one before it (减半, 倍) takes that one's `per`.
RELATIVE_BONUS = r"减半|倍"

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
    f"{CAP_PREFIX}(?:为|是|可|不超过|不得超过|不高于){{0,2}}"
    f"(?:(?:得|加|扣减|扣除|扣|计|奖励|奖)分?(?:为)?)?{AMOUNT}分{NOT_AFTER_POINTS}",  # 最高得分为5分
    f"以{AMOUNT}分为限",
    f"{AMOUNT}分(?:封顶|为上限)",
]
# A limit bound by the item's own points: 扣完为止 · 扣完该项分值为止 · 扣至0分 · 不超过该项分值.
CAP_NULL = [
    r"(?:扣|减)完(?:该项|本项|该项目|本项目)?(?:分值|分数|分)?为止",
    r"(?:加|得)满(?:该项|本项)?(?:分值|分数|分)?为止",  # 每次加0.5分,加满为止
    r"扣至(?:0|零)分(?:为止)?",
    r"直至扣完",
    r"(?:不超过|不得超过|以)(?:该项|本项|该项目|本项目|该指标|本指标)(?:的)?"
    r"(?:分值|总分|分数|满分|标准分)(?:为限)?",
]

# --------------------------------------------------------------------------- veto
# 实行一票否决 · 被一票否决 · …的,一票否决. Not a mention in a list (加分、扣分和一票否决) or in a
# phrase about it (出现一票否决的情况), nor a heading standing alone (3.一票否决).
VETO = r"一票否决制?|一票否定"
VETO_NOT_BEFORE = "、和及与或无未"  # …且无一票否决事项的 is a condition, not a veto
VETO_NOT_AFTER = r"(?:[、和及与]|的情况|情况|的情形)"

# --------------------------------------------------------------------------- grades
# Grade labels, longest first. Letters A-E and 甲乙丙丁 with 等/级; ordinals 一等…六等, 一级….
GRADE_WORDS = [
    "基本称职", "不称职", "基本合格", "不合格", "基本达标", "不达标", "不及格", "基本满意",
    "不满意", "优秀", "良好", "较好", "称职", "合格", "达标", "一般", "较差", "中等", "及格",
    "满意", "先进", "优良",
]
GRADE_ONE_CHAR = ["优", "良", "中", "差", "好"]  # 优、良、中、差四个等次
GRADE_SUFFIX = r"(?:等次|等级|档次|级别)"
GRADE_LABEL_ONE = (
    "(?:" + "|".join(GRADE_WORDS)
    + r"|[一二三四五六]等|[甲乙丙丁]等|[一二三四五]级|[A-E](?:等|级|档)?|"
    + "|".join(GRADE_ONE_CHAR) + ")"
)
# A label ends where a grade word would: 等次, punctuation, 的, a count (4个等次) or the text end.
GRADE_END = r"(?=等次|等级|档次|档|级|[,，。;；、)）:：/\s]|$|的|者|和|及|[\d" + CN_DIGITS + "])"
# Labels are often quoted: 95分以上的为“优秀”.
QUOTE_OPEN = "[“\"「『‘']"
QUOTE_CLOSE = "[”\"」』’']"
GRADE_LABEL = (
    f"{QUOTE_OPEN}?(?P<label>{GRADE_LABEL_ONE}(?:或{GRADE_LABEL_ONE})?)(?:{QUOTE_CLOSE}|{GRADE_END})"
)
# The verb giving a grade: 为, 定为, 直接定为, 评为, 确定为 …
GRADE_ASSIGN = r"(?:直接)?(?:确定为|评定为|认定为|定为|评为|列为|视为|划为|确定|为)"
GRADE_GAP = r"[^,，。;；\d]{0,8}?"  # 低于900分[的直接]定为不合格

# (name, field, pattern); group n is the threshold, label the grade.
GRADE_THRESHOLDS = [
    # 低于900分的直接定为不合格 · 不足60分为不合格 · <60分为差
    ("below", "below",
     f"(?:低于|不足|不满|未达到|未达|少于|不到|<|＜)(?P<n>{NUMBER})分{GRADE_GAP}{GRADE_ASSIGN}{GRADE_LABEL}"),
    # 60分以下为不合格 · 59分及以下的为差
    ("below_2", "below",
     f"(?P<n>{NUMBER})分(?:及|或|含)?以下{GRADE_GAP}{GRADE_ASSIGN}{GRADE_LABEL}"),
    # 90分以上为优秀 · 90分及以上为一等 · 80分以上90分以下为良好
    ("at_least", "at_least",
     f"(?P<n>{NUMBER})分(?:\\(含\\)|（含）|及|或|含)?以上{GRADE_GAP}{GRADE_ASSIGN}{GRADE_LABEL}"),
    # 不低于90分的为优秀 · 达到85分为良好 · ≥90分为优秀
    ("at_least_2", "at_least",
     f"(?:不低于|达到|高于|≥|>=|＞|>)(?P<n>{NUMBER})分(?:及以上|以上)?{GRADE_GAP}{GRADE_ASSIGN}{GRADE_LABEL}"),
    # 90-100分为优秀 · 80～89分的为良好 (a band: its lower bound)
    ("band", "at_least",
     f"(?P<n>{NUMBER})分?(?:\\(含\\))?{RANGE_SEP}(?P<m>{NUMBER})分(?:\\((?:不)?含\\))?(?:之间)?"
     f"{GRADE_GAP}{GRADE_ASSIGN}{GRADE_LABEL}"),
    # 优秀:90分以上 · 优秀(90分及以上) · 良好:80-89分 · 不合格:60分以下 · 不合格:低于60分
    ("label_first_at_least", "at_least",
     f"{GRADE_LABEL}{GRADE_SUFFIX}?[(（:：]\\s*(?P<n>{NUMBER})分?(?:(?:及|或|含)?以上|{RANGE_SEP}{NUMBER}分)"),
    ("label_first_below", "below",
     f"{GRADE_LABEL}{GRADE_SUFFIX}?[(（:：]\\s*(?:(?P<n>{NUMBER})分(?:及|或)?以下|(?:低于|不足)(?P<n2>{NUMBER})分)"),
    # 40%的比例确定为一等 · 50%确定为二等 · 10%定为三等或不合格
    ("quota", "quota_pct",
     f"(?P<n>{ARABIC})%(?:的)?(?:比例|名额)?(?:的)?{GRADE_ASSIGN}{GRADE_LABEL}"),
    # 优秀等次比例不超过20% · 优秀比例原则上控制在参评单位的15%
    ("quota_2", "quota_pct",
     f"{GRADE_LABEL}{GRADE_SUFFIX}?的?(?:比例|名额|人数)(?:一般|原则上)?"
     f"(?:不超过|不得超过|不高于|控制在|为|按)[^,，。;；\\d]{{0,8}}?(?P<n>{ARABIC})%"),
]

# A list of grades with no thresholds → one rule per label. It must say it is the set of grades,
# by a count (优秀、良好、一般、较差4个等次) or a verb before it (分为称职、基本称职、不称职);
# 考核为优秀、良好等次的 (a use of the result) is no list.
_QUOTED_LABEL = f"{QUOTE_OPEN}?{GRADE_LABEL_ONE}{QUOTE_CLOSE}?"
_LABEL_RUN = f"(?P<labels>{_QUOTED_LABEL}(?:[、,，和及与/]{_QUOTED_LABEL}){{1,7}})"
GRADE_LIST_LEAD = r"(?:分为|划分为|分成|设为|设置|设|评定为|确定为|评为|定为)"
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
PER_EACH = f"每(?P<verb>[^\\d\\s,，。;；:：、()（）每扣加得]{{0,4}}?)(?P<count>{NUMBER})?(?P<unit>{UNIT})"
# A counted instance right before the verb, no 每: 1次会议扣 · 被投诉1次扣 · 少1期扣 · 发现一起扣 ·
# 凡违反其中一项扣. The count must be 1; the gap to the verb at most PER_COUNT_GAP characters.
PER_COUNT = f"(?P<count>{NUMBER})(?P<unit>{UNIT})"
PER_COUNT_GAP = 4
# A count after these is a requirement, not an instance: 不少于4次 · 至少1次 · 1人次及以上.
COUNT_REQUIREMENT_BEFORE = ("不少于", "至少", "不低于", "少于", "超过", "达到", "不足", "满", "低于", "多于", "以上")
COUNT_REQUIREMENT_AFTER = ("以上", "及以上", "以下", "以内", "性")
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

# A requirement before a bracketed amount makes it an award: 要有记录、图片等资料(0.4分).
REQUIREMENT_MARKERS = r"要|应|须|需|必须|(?:^|(?<=[,，、;；]))有(?!效|关|限|序|力|机)"  # …资料(0.4分) · 有记录(1分)
BRACKETED_POINTS = f"[(（](?P<a>{NUMBER})分[)）]"
# The next clause of an award list with its verb left out: 得2分,升级改造综合校情分析平台1分.
AWARD_LIST_ITEM = f"[^\\d,，、;；。:：()（）]{{2,30}}?(?P<a>{NUMBER})分(?=[,，、;；。]|$)"
VERB_CHARS = "扣减加得计奖"

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
    "视其情节轻重", "视情节轻重", "视情", "酌情", "各", "给予", "予以", "实行", "该项目", "该项", "本项",
    "的", "者", "将",
)
QUOTES = "“”\"「」『』‘’'"
