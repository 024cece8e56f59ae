"""Patterns of prose documents, as named data: numbering styles, points phrases, chrome markers.

Why one module: the furniture, outline and fields stages all read the same vocabulary of
Chinese administrative writing. Every entry says what text it is for (an example), and none is
taken from one document's own words: these are the conventions of the genre, so that a notice
from another province, a hospital or a village reads the same way.

All patterns run on normalised text (pipeline.normalize: NFKC, layout spaces removed), so `（`
is `(` and `７０％` is `70%` here.
"""

from __future__ import annotations

import regex

from rubrics.pipeline import numbering as nb

TIMEOUT = 1.0  # seconds; every pattern here runs on user-controlled text

# ------------------------------------------------------------------ numbering styles
# One engine for prose and tables (pipeline.numbering); kept here as (name, compiled, example)
# for the readers that only ask "does this line start with numbering".
NUMBERING = [(style.name, regex.compile(style.pattern), style.example) for style in nb.STYLES]

# A marker inside running text (a flattened page) is only a new clause after one of these,
# unless it is the next number of its style (outline.py decides).
CLAUSE_END = "。;:!?\n"

# ------------------------------------------------------------------ points and weights
NUMBER = r"\d+(?:\.\d+)?"

# An item's points stated in its heading: `常规工作50分`, `(1)基层党建工作10分;`,
# `目标考核(700分,占70%)`, `运行保障120分(占30%)`, `党建工作(满分20分)`, `业务工作:30分`, `年初专项30分(包括…)`.
POINTS_HEAD = regex.compile(
    rf"""^(?P<name>[^。;:!?]{{1,60}}?)[:,]?
        (?:\(|,)?(?:满分|计|共|分值|分值为)?(?P<points>{NUMBER})分
        (?:[,、;]?\(?(?:占|权重)(?P<weight>{NUMBER})%\)?)?\)?
        (?=$|[。;:,、(]|\s)""",
    regex.X,
)

# A named heading whose points close its clause: `1.党建工作:主要考核支部建设情况(20分)。`
COLON_POINTS_HEAD = regex.compile(
    rf"^(?P<name>[^。;:,()]{{2,20}}):[^。;]*?\((?:满分)?(?P<points>{NUMBER})分(?:[,、]?(?:占|权重)(?P<weight>{NUMBER})%)?\)(?=$|[。;])"
)

# A weight without points: `业务工作(权重40%)`, `党建工作占30%`, `综合评价(20%)`; never a bare
# `上半年完成60%` (a target, not a weight).
WEIGHT_HEAD = regex.compile(
    rf"""^(?P<name>[^。;!?]{{1,60}}?)[:,]?
        (?:\((?:占|权重|权重为)?|(?:占|权重|权重为))(?P<weight>{NUMBER})%\)?
        (?=$|[。;:,、(]|\s)""",
    regex.X,
)

# Points on the line after an item's heading: `1.党建工作` / `分值:20分`, `(满分20分,权重20%)`.
POINTS_LINE = regex.compile(
    rf"^\(?(?:分值|分数|满分|标准分|计分)[:为]?(?P<points>{NUMBER})分(?:[,、;]?(?:占|权重)(?P<weight>{NUMBER})%)?\)?"
)

# A split of an item stated inside its text after 其中: `其中公众评议200分,占20%;领导评价100分,占10%`.
SPLIT_INTRO = regex.compile(r"其中")
SPLIT_PART = regex.compile(
    rf"(?P<name>[^\d,;。、:()]{{2,20}}?)(?P<points>{NUMBER})分(?:[,、]?(?:占|权重)(?P<weight>{NUMBER})%)?"
)

# What no item's name holds: a score of its own (`年度综合得分90分以上为优秀`: a grade band, whose next
# number is not the item's points) or a formula (`综合得分＝∑…`).
NOT_A_NAME = regex.compile(r"\d\s*分|[=＝]")
# A formula: its brackets are terms, not rules closing a requirement (`综合得分＝∑（得分×权重）`).
FORMULA_MARK = regex.compile(r"[=＝]")

# What ends an item's name when it states no points: `3.察访核验。由…`, `(8)回应群众诉求。…`.
NAME_END = regex.compile(r"[。;:!?]|\((?:包括|含|包含|主要|注)")
NAME_MAX = 60

# A heading naming additions as its topic (`三、加分项目`, `第三章 加分与扣分`, `四、奖励`), or a closing
# note (`说明：…的加3分`): the bonuses under it are stated for the whole document. Matched on each heading of a statement's chain.
BONUS_TOPIC = regex.compile(r"^\s*(?:加分|加减分|加扣分|奖励|附加分|奖惩|奖励加分|(?:说明|备注|注)\s*[:：])")

# A clause leading into the clauses below it ends in a colon: `有下列情形之一的，扣除该项分值：`.
LEAD_IN_END = regex.compile(r"[:：]\s*$")

# A limit on additions in the same paragraph (`…的加3分，…的加2分，加分最多不超过3分`): the paragraph
# states the scheme's bonuses, as a heading on additions does.
BONUS_LIMIT = regex.compile(r"加分(?:累计|合计|总计|总分|总额)?(?:最多|最高|一般)?(?:不超过|不得超过|不高于|以\S{1,4}为限)")

# A heading on deductions from the whole (`第七条 扣分项目。…`, `四、加减分`, `奖惩`): the deductions under it
# are stated for every scheme, as a heading on additions states bonuses (BONUS_TOPIC); so are those
# under a lead-in charging the total (`部门有下列情形之一的，在总分中扣分：`, TOTAL_CHARGE).
DEDUCT_TOPIC = regex.compile(r"^\s*(?:扣分|减分|扣减|倒扣分|加减分|加扣分|奖惩|奖扣|加分[和与及、]?(?:扣分|减分))")
# A deduction worded as charged beyond the items (`每个问题另扣3分，不受项目分值限制`) is stated for the
# whole scheme wherever it stands.
BEYOND_ITEMS = regex.compile(r"另扣|另行扣|不受[^,，。;；]{0,8}限制")

# A statement opening with the name of what it scores, then a colon: `1. 任务完成：全部按期完成的得30分；
# 每有一项未完成扣3分` (a 评分说明 under a table whose items it names). Matched on normalised text.
TOPIC_COLON = regex.compile(r"^\s*(?P<topic>[^\d,;。、:!?()]{2,12}):")

# A requirement whose scoring rules close it in brackets: `1、每周召开一次班会。…(缺一次扣2分,
# 缺一次记录扣1分)`: the clause before the bracket is the item, the bracket its rules (the
# bracket must hold a rule; pipeline.outline checks). Nested brackets inside are allowed.
TRAILING_RULES = regex.compile(r"\((?P<inner>[^()]*(?:\([^()]*\)[^()]*)*)\)[。;,.\s]*$")
REQUIREMENT_MIN = 4  # characters of requirement needed before such a bracket
# Words that make a bracket a scoring note even where no amount is read: `(纪律差酌情扣3、2、1分)`,
# `(按指纹签到记分)`, `(根据等级加分)`; never `(包括…)` or `(另文下发)`.
SCORING_WORDS = regex.compile(r"扣|加\d|加[一二三四五六七八九十]|加分|减分|减\d|得分|不得分|记分|计分|奖\d|评分|赋分")

# A trailing bracket that says how an item is scored, with no amount: `(按指纹签到记分)`,
# `(根据检查记录评分)`: the item's method, not a rule.
METHOD_NOTE = regex.compile(r"^(?:按|根据|依据|以|凭)[^,;。]{1,20}(?:记分|计分|评分|打分|赋分|考核|认定)$")

# Bracketed content that describes an item and is no part of its name: `(包括作风建设…)`.
NAME_BRACKET_NOTE = regex.compile(r"\((?:包括|含|包含|主要包括|即|注)[^)]*\)?$")

# ------------------------------------------------------------------ where the scheme is
# A section whose heading says it allocates points: `(一)系部目标任务分值构成`,
# `四、考核内容与分值设置`, `三、考评方式和考评内容`, `二、指标体系`, `第三章 考核内容及评分`.
ALLOCATION_HEADING = regex.compile(r"分值|分数|考核内容|考评内容|考核指标|考评指标|指标体系|评分|计分|权重|考核方式|考评方式|考核项目")

# A section that lists what is assessed, without points: `(一)考核内容。…主要包括A、B、C等方面`.
CONTENT_HEADING = regex.compile(r"考核内容|考评内容|考核项目|考评项目|考核指标|考评指标")
CONTENT_LIST = regex.compile(r"(?:主要)?(?:包括|包含|分为|涵盖)(?P<list>[^。;]+?)(?:等(?:方面|几个方面|内容|项)?[^。;]*)?(?:[。;]|$)")

# Words that name who is assessed (考核对象) in a section heading: `三、考核对象`, `第二条 考评范围`.
SUBJECT_HEADING = regex.compile(r"考核对象|考评对象|考核范围|考评范围|适用范围|考核主体和对象")

# Who is assessed, said in a sentence: `考核对象为县直各单位。`, `考评对象是各乡镇`.
SUBJECT_SENTENCE = regex.compile(r"(?:考核|考评)(?:对象|范围)(?:为|是|:|包括)(?P<who>[^。;,:]{2,15})(?:[。;]|$)")

# A heading of scheme-wide rules, not an item: `(四)加分、扣分和一票否决`, `五、等次划分`, `六、奖惩`.
RULE_SECTION = regex.compile(r"加分|扣分|减分|一票否决|否决|等次|等级|奖惩|奖励|惩|结果运用|评定")

# A heading of a part of the document itself, never an item: `五、考核结果`, `六、附则`, `第一章 总则`,
# `本细则自发布之日起执行`, `七、工作要求`, `三、考核程序`, `二、组织领导`.
DOC_SECTION = regex.compile(r"总则|结果|附则|施行|执行|解释|要求|程序|步骤|组织领导|组织实施|时间安排|其他事项|说明|依据")

# Words of a heading that names a scheme or a part of one, never a bare topic (outline.lift_topics):
# `(一)系部目标任务分值构成`, `二、考核内容`, `机关科室考核细则`, `评分标准`, `一、教研组评估`.
SCHEME_HEADING = regex.compile(
    rf"{ALLOCATION_HEADING.pattern}|考核|考评|评估|评价|评比|测评|绩效|构成|细则|标准|办法|方案|对象|附件|附表"
)

# The end of a unit's name (a section for one kind of unit is a scheme of its own): `职能部门`,
# `机关科室`, `直属单位`, `基层站所`, `教学系部`.
UNIT_NAME_END = regex.compile(r"(?:部门|科室|处室|单位|站所|系部|院系|机关|班子|中心|学院|医院|公司|乡镇|街道|社区|村)$")

# Cut a scheme section's heading at the first of these to get the unit type it is for:
# `系部目标任务分值构成` → 系部, `职能部门考核指标` → 职能部门, `考核内容与分值设置`, `评比条件及细则` → (none).
SCHEME_NAME_STOP = regex.compile(r"目标|任务|考核|考评|评估|绩效|分值|指标|评分|计分|评比|条件|细则|办法|标准|年度|工作|的")

# `从年度绩效考评总分中扣减2分`: a rule charged to the document's total, whatever item's text it is in.
TOTAL_CHARGE = regex.compile(r"(?:从|在|于)[^,;。]{0,12}(?:总分|综合得分|总得分|最终得分)[中里内]?")

# Where an annex starts: `附件1:`, `附表:`, `…负责解释。附:2016年度…指标体系框架`. An annex that
# restates a rule of the body (same figures) does not make it a second rule.
ANNEX_START = regex.compile(r"(?:^|(?<=[。;]))(?:附件\s*\d*|附表\s*\d*|附)\s*:")

# Filler words dropped when prose mentions an item by a shorter name: `职能目标` for 职能工作目标.
MENTION_FILLER = ("工作", "情况", "建设")

# ------------------------------------------------------------------ assessors
# The end of an organisation's name: `组织部`, `党委办公室`, `区绩效办`, `相关职能处室`, `考核领导小组`.
ORG_SUFFIX = (
    r"(?:委员会|办公室|领导小组|小组|工作组|中心|处室|科室|办|局|处|室|部|委|组|科|院|所|站|队|庭|会|厅|司|署|股"
    r"|单位|部门|班子)"
)
ORG = rf"(?:(?![由对的在和及与])[\p{{Han}}A-Za-z0-9()]){{1,20}}?{ORG_SUFFIX}"
ORG_FULL = regex.compile(rf"^(?:相关|各)?{ORG}$")

# Verbs of assessing: a statement with one of these names who scores an item.
ASSESS_VERBS = regex.compile(r"考核|考评|评分|打分|评价|评议|核验|测评")

# Who leads: `党委办公室牵头`, `组织部统一制定并负责模块考核`, `由区绩效办和相关考核单位根据…`.
LEAD_CLAUSE = regex.compile(rf"^(?:由)?(?P<org>(?:相关|各)?{ORG}(?:[和、及与](?:相关|各)?{ORG})*?)(?:牵头|统一|负责|根据|组织|对照|进行|具体)")
LEAD_BY = regex.compile(rf"由(?P<org>(?:相关|各)?{ORG}(?:[和、及与](?:相关|各)?{ORG})*?)(?:牵头|统一|负责|根据|组织|对照|进行|具体|实施)")

# An item that names its assessor: `考核办评价`, `考核领导小组综合评价`, `纪委测评`.
SELF_NAMED_ASSESSOR = regex.compile(rf"^(?P<org>{ORG})(?:综合)?(?:评价|评议|考核|打分|测评)$")

# ------------------------------------------------------------------ web and download-site chrome
# Words that only page chrome uses: breadcrumbs, publisher lines, counters, login and download
# instructions, copyright and disclaimer lines, share buttons. A line with two of them, or a
# short line with one, is chrome (furniture.py). Examples in the comments.
CHROME_MARKERS: list[tuple[str, str]] = [
    (r"当前位置|您目前的位置|您的位置|所在位置", "当前位置: 首页 >> 通知公告 >> 正文"),
    (r"首页\s*(?:>|»|>>|/)", "首页» 干部工作»"),
    (r"发布者|发布人|发表时间|发布时间|发布日期|作者:|编辑:|责任编辑", "发布者:王坚 [发表时间]:2019-04-10"),
    (r"浏览次数|点击数|阅读次数|阅读量|访问量|预计阅读|阅读时长|共计\d+个字", "[浏览次数]: / 共计2905个字"),
    (r"\[来源\]|来源:", "[来源]:目标办"),
    (r"加入收藏|分享|打印本页|关闭窗口|返回顶部|字体[:：]?\s*[大中小]|【字号|上一篇|下一篇", "加入收藏 / 【字体:大 中 小】"),
    (r"主办单位|承办单位|网站标识码|网站地图|联系我们|技术支持|运维单位", "主办单位:XX县人民政府办公室 网站标识码:…"),
    (r"扫码|二维码|微信|微博|QQ登录|三方登录", "微信扫码领取福利"),
    (r"登录|注册|账号|密码|验证码|VerifierCode|忘记密码", "已注册用户请登录:"),
    (r"下载|VIP|支付方式|付费|资源ID|页数:|大小:\d", "快捷下载 / 资源ID:1204069 下载积分:20"),
    (r"版权|免责|Copyright|©|All rights reserved|侵权|ICP备|公网安备|备案号", "版权提示 | 免责声明"),
    (r"本站|本网站|上传|会员|客服", "本站仅提供交流平台 / 为本站会员主动上传"),
    (r"[A-Za-z0-9-]+\.(?:com|cn|net|org|gov)\b", "SUCAI198.COM —— 专注党建行政公文写作范文"),
    (r"\.(?:doc|docx|pdf|xls|xlsx|wps|txt)\b", "银海区…工作方案.DOC (a download's file name)"),
    (r"福利|范文|温馨提示|特别说明|下载须知", "温馨提示: …"),
]
CHROME = [(regex.compile(p, regex.I), example) for p, example in CHROME_MARKERS]

# Markers no policy text uses: a line with one of them is chrome whatever its length.
STRONG_CHROME = regex.compile(
    r"当前位置|您现在的位置|您目前的位置|您的位置|Copyright|©|All rights reserved|版权所有|ICP备|公网安备|扫一扫",
    regex.I,
)  # `Copyright © 2010-2022 xx县人民政府 版权所有`, `浙ICP备20026746号`

# A line that is only a page number or page counter: `221381`? no: `3`, `- 3 -`, `第3页`, `3/10`,
# `第 2 页 共 10 页`. Digit-only lines of any length count (counters, ids of a web page).
PAGE_NUMBER_LINE = regex.compile(r"^[-—\s]*(?:第\s*\d+\s*页(?:\s*[,/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|\d+)[-—\s]*$")

# A page number left inside running text when a page break was flattened: a lone integer between
# spaces, `…负责 2、组织` / `区 档 案 局 、 2 区 政 府`. Not one when a unit word follows (`14 个`).
INLINE_PAGE_NUMBER = regex.compile(r"(?<=\s|^)(?P<n>\d{1,3})(?=\s+(?P<next>\S))")
UNIT_AFTER_NUMBER = regex.compile(
    r"个|分|年|月|日|号|%|倍|项|次|人|天|名|家|条|篇|元|万|亿|周|岁|位|期|批|类|届|件|台|户|所|座|公里|米|吨|亩|小时|星期|季度"
)

# A chunk marker a download site puts at the start of each page's text: `2、组织,区绩效办…`.
CHUNK_MARKER = regex.compile(r"^\s*(?P<n>\d{1,3})、\s*")
# A numbered line that ends with its points (`1、信息建设，9分`, `2、制度检查 5 分`) is an item of a
# list, not a page chunk cutting a sentence (furniture joins only chunks that cut sentences).
ITEM_HEAD_END = regex.compile(r"\d+(?:\.\d+)?\s*分$")

# ------------------------------------------------------------------ document fields
# The last words of a document's title: `…考核办法`, `…工作方案(征求意见稿)`, `…的通知`, and the
# forms a scoring document is titled as: `…综合考评表`, `…考核评价表`, `…任务分解表`, `…检查表`.
DOC_KINDS = (
    r"(?:实施意见|实施方案|实施细则|工作方案|考核办法|管理办法|评分细则|评分标准|考核细则|考核标准"
    r"|(?:考核|考评|评分|评价|测评|评比|检查|计分|任务|指标|分解|汇总|一览)表"
    r"|通知|办法|方案|意见|细则|规定|规则|标准|制度|决定|通报|纲要|要点|计划|公告)"
)
# A title may end in its status or edition: (试行), (征求意见稿), (2024年版), (2023—2024学年), (2021年修订).
TITLE_TAIL = (
    rf"{DOC_KINDS}(?:\((?:试行|修订|暂行|草案|征求意见稿|[^)]{{0,8}}稿|(?:19|20)\d\d年(?:版|修订|修正)"
    rf"|(?:19|20)\d\d\s*[-—–~至]\s*(?:19|20)\d\d\s*学年(?:度)?)\))?"
)
TITLE_LINE = regex.compile(rf"^(?P<title>[^。;:,!?]{{4,80}}?{TITLE_TAIL})$")
TITLE_PREFIX = regex.compile(rf"^(?P<title>[^。;:,!?]{{4,60}}?{TITLE_TAIL})")
# Titles of forms and agreements that no prose heading is named (fields only, so outline's headings keep their
# shape): `…考核指标` · `…考核指标体系` · `…责任制考核扣分表` · `…绩效评估表` · `…目标责任书` · `…工作任务书`;
# a form's title may name its own kind in brackets, `…任务书（季度考核评价表）`.
TITLE_FORM_KINDS = r"(?:(?:考核|考评|评价|绩效)指标(?:体系)?|扣分表|评估表|评分表|考核表|责任书|任务书)"
TITLE_FORM_TAIL = rf"(?:{TITLE_TAIL}|{TITLE_FORM_KINDS}(?:\([^()]{{0,10}}{DOC_KINDS}\))?)"
FIELD_TITLE_LINE = regex.compile(rf"^(?P<title>[^。;:,!?]{{4,80}}?{TITLE_FORM_TAIL})$")
# A title with the unit its copy is for in brackets after it: `…科室绩效考核表（综合科）` → the title alone.
TITLE_WITH_UNIT = regex.compile(rf"^(?P<title>[^。;:,!?]{{4,80}}?{TITLE_FORM_TAIL})\([\p{{Han}}]{{1,12}}\)$")
# A notice that issues a document (`…关于印发《X》的通知`): the title is X's, the notice is its cover letter;
# whoever stands before 关于 issues it. A line holding an open 《 runs on to the next (a wrapped PDF title).
TITLE_ISSUED = regex.compile(r"(?:印发|转发|下发)《(?P<inner>[^》]{4,60})》的?通知$")
NOTICE_ISSUER = regex.compile(r"^(?P<org>(?:中共)?[\p{Han}]{2,30}?)关于")

# A year the scheme is for: `2019年度`, `2016年`.
YEAR_OF_SCHEME = regex.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*年度")
YEAR_ANY = regex.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*(?:年|[-—–~至]\s*(?:19|20)\d\d\s*学年)")
# A closing date in Chinese numerals: `二〇二四年三月十日`, `二〇二四年三月` (the year read digit by digit).
DATE_LINE_CN = regex.compile(r"^(?P<year>[〇零○一二三四五六七八九]{4})年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?$")
CN_YEAR_DIGITS = {"〇": "0", "零": "0", "○": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5",
                  "六": "6", "七": "7", "八": "8", "九": "9"}

# The scale: `按千分制计分` → 1000, `百分制` → 100, `合计分为100分`, `总分1000分`, `满分为100分`.
SCALE_WORDS = {"百分制": 100.0, "千分制": 1000.0, "十分制": 10.0}
SCALE_NUMBER = regex.compile(r"(?P<n>\d+)分制")
# Not a limit on additions or deductions: 加分项合计不超过10分, 扣分总计最高20分; nor a threshold
# on the total (SCALE_NOT_THRESHOLD): 总分90分以上者为优等 · 总分达到85分的 · 总分不足60分.
SCALE_NOT_THRESHOLD = r"(?!以上|以下|及以上|及以下|或以上|或以下|[(（]含|者|之间|至|到|[-—~～－])"
SCALE_TOTAL = regex.compile(
    rf"(?<!加分项?|扣分项?|减分项?|奖励分)(?:合计|总分|满分|总计|共计|总分值|总分为)[^,。;\d不最超上达低高未及≥≤<>＜＞]{{0,4}}?"
    rf"(?P<n>{NUMBER})分{SCALE_NOT_THRESHOLD}"
)
# A base score every unit starts from, stated as the scale: `以每班100分为基础分`, `以100分为基准分`.
SCALE_BASE = regex.compile(rf"以(?:每[\p{{Han}}]{{1,4}})?(?P<n>{NUMBER})分为(?:基础分|基准分|基本分|基数)"
                           rf"|(?:^|(?<=[，,。；;：:\s]|本表|总|考核|考评))(?:基础分|基准分|基本分)(?:为)?(?P<n>{NUMBER})分(?![以及含]|之)")
# (the second: `本表实行倒扣分制，基础分100分` — a base stated for the table, not `得基础分5分` of an item)

# An organisation in a name: the longest prefix ending in one of these, `贵州轻工职业技术学院目标…`.
ORG_NAME_SUFFIX = (
    r"(?:委员会|人民政府|政府|办公室|领导小组办公室|服务中心|中心|学院|大学|学校|医院|卫生院|公司|集团|局|厅|委"
    r"|部|处|院|所|站|镇|乡|村|街道|社区)"
)
ORG_PREFIX = regex.compile(rf"^(?P<org>(?:中共)?[\p{{Han}}]{{2,30}}{ORG_NAME_SUFFIX})")
# A name that is an organisation of its own (a place or proper name in it), not `考核办公室`.
QUALIFIED_ORG = regex.compile(r"省|市|县|区|州|旗|镇|乡|村|学院|大学|学校|医院|公司|集团|中共")
INTERPRETER = regex.compile(rf"由(?P<org>[\p{{Han}}]{{2,40}}?{ORG_NAME_SUFFIX})负责解释")
CITED_DOC = regex.compile(r"《(?P<inner>[^》]{4,60})》")
DATE_LINE = regex.compile(r"^(?:19|20)\d\d年\d{1,2}月(?:\d{1,2}日)?$")  # 2024年3月5日 · 2024年12月
# A closing date a PDF ran into the 附件 heading after it: `2024年7月10日附件1`.
DATE_THEN_ANNEX = regex.compile(r"^(?:19|20)\d\d年\d{1,2}月\d{1,2}日(?=附件)")
# A seal naming its body: `某市某某监督站（盖章）` · `甲方（盖章）：某县人民政府` (乙方 is the party bound).
ORG_SEAL = regex.compile(rf"(?P<org>[\p{{Han}}]{{2,30}}{ORG_NAME_SUFFIX})[(（]盖章[)）]"
                         rf"|甲方[(（]盖章[)）]\s*[:：]\s*(?P<org>[\p{{Han}}]{{2,30}}?{ORG_NAME_SUFFIX})(?=$|[^\p{{Han}}]|[甲乙丙]方)")
# An organisation signed with its department (`某某有限公司销售部`, `某市税务局绩效管理办公室`, `某中学教务处`):
# the organisation is the body up to its legal end; a party body of it (`某局党组`) is a body of its own.
ORG_BODY_END = regex.compile(r"有限(?:责任)?公司|集团(?![有股公])|(?<!有限)公司|大学|学院|中学|小学|学校|医院|局")
ORG_DEPARTMENT = regex.compile(r"^[\p{Han}]{1,14}?(?:部|处|科|室|办公室|中心|办|所|股)$")
# A form field giving the year assessed: `考评年度：2024年`, `考核年度:2024`.
YEAR_FIELD = regex.compile(r"(?:考核|考评|评价|测评|评估|检查)(?:年度|月份|期间|季度|时间|日期)\s*[:：]\s*(?P<year>(?:19|20)\d\d)"
                           r"|(?:年度|月份)\s*[:：]\s*(?P<year>(?:19|20)\d\d)")
# A date of the 民国 calendar (`中华民国113年1月15日`): year + 1911. Once a document dates itself so,
# a three-digit `113年度` in its title is that calendar's year too.
ROC_DATE = regex.compile(r"民国\s*(?P<year>\d{2,3})\s*年")
ROC_YEAR_OF_SCHEME = regex.compile(r"(?<!\d)(?P<year>1\d\d)\s*年度")
ROC_OFFSET = 1911
# The year of a document number: `市财办〔2024〕9号` (the year the notice was issued).
DOC_NUMBER_YEAR = regex.compile(r"[〔\[［【](?P<year>(?:19|20)\d\d)[〕\]］】]\s*\d+\s*号")
# The 版记 line closing a document: `某某办公室  2024年1月15日印发`.
ISSUED_LINE = regex.compile(r"(?P<year>(?:19|20)\d\d)年\d{1,2}月\d{1,2}日\s*印发$")


def search(pattern, text: str, pos: int = 0):
    """pattern.search with the timeout every user-controlled match needs."""
    return pattern.search(text, pos, timeout=TIMEOUT)


def match(pattern, text: str, pos: int = 0):
    return pattern.match(text, pos, timeout=TIMEOUT)


def finditer(pattern, text: str):
    return pattern.finditer(text, timeout=TIMEOUT)


def chrome_hits(line: str) -> int:
    """How many kinds of chrome marker a line carries."""
    return sum(1 for pattern, _ in CHROME if pattern.search(line, timeout=TIMEOUT))
