"""Every piece of wording the scorer reads, in one place, each with the text it is for.

Why here: a cap, a veto or an assessment method is stored by extraction as a rule kind plus the
source text; which rules a cap bounds and what a veto does are read from that text. Keeping the
words as named data (not scattered literals) lets a new province's phrasing be added in one line.
"""

from __future__ import annotations

import regex

# --- caps: which kind of rule a cap with an amount bounds -----------------------------------
# Checked in this order; the first that matches the cap's text (and condition) wins.
CAP_TARGETS: tuple[tuple[str, regex.Pattern], ...] = (
    # "最多得5分", "最高得3分", "得分不超过10分", "最多计2分": earned points (award rules)
    ("award", regex.compile(r"最[多高]得|得分(?:最高)?不(?:超过|得超过|高于)|最[多高][计记]")),
    # "加分累计最高不超过10分", "最高加5分", "奖励分最多3分": bonus rules
    ("bonus", regex.compile(r"加分|最[多高]加|奖励?分|加[计记]")),
    # "扣减分上限为20分", "扣分累计不超过10分", "最多扣2分", "减分不超过": deduction rules
    ("deduct", regex.compile(r"扣|减分|减[计记]")),
)

# A cap of the whole scheme that bounds each item separately rather than the sum over the scheme:
# "每个单项扣减分上限为20分", "单项扣分不超过该项分值", "每项最多扣2分".
CAP_EACH_ITEM = regex.compile(r"每个?单项|单项|每个?项目?最[多高]|每项")

# --- vetoes: what happens when a veto applies -------------------------------------------------
# "下调一个等次", "降低两个等级", "降一档": the grade moves down that many places.
VETO_DOWNGRADE = regex.compile(r"(?:下调|下降|降低|降)([一二两三四1-4])?个?(?:等次|等级|档次|档|级)")
NUMERALS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# "取消评优资格", "取消当年评先评优资格", "不得评为优秀", "不能评为先进": no top grade.
VETO_NO_HONOURS = regex.compile(
    r"取消.{0,8}?(?:评优|评先|评选先进|先进|优秀)(?:评选)?(?:资格)?|不[得能]评(?:为|选)?(?:优秀|先进|优)"
)

# "考核总分为零", "记零分", "该项不得分", "得分为0": the score (of the item, or the total) is zero.
VETO_ZERO = regex.compile(r"(?:总分|得分|成绩)(?:计|记|为|按)?(?:零|0)分?|[记计]零分|不得分|得0分")

# Grades that mean failing, for "直接定为不合格" where the scheme itself lists no such grade.
FAIL_LABELS = ("不合格", "不称职", "不达标", "较差")

# A grade rule that is a veto's consequence: "被一票否决的，定为不合格".
VETO_WORDS = regex.compile(r"一票否决|否决")

# The grade a veto gives when the document states no consequence and the scheme has no grades.
VETO_DEFAULT_LABEL = "一票否决"

# --- items assessed by judgement ---------------------------------------------------------------
# An item whose method is a deduction method starts from full points when no facts are given:
# "扣分法", "倒扣分", "扣分制".
METHOD_DEDUCTION = regex.compile(r"扣分")


def cap_target(text: str) -> str | None:
    """The rule kind ("award", "bonus", "deduct") a cap's wording bounds; None when it does not say."""
    for kind, pattern in CAP_TARGETS:
        if pattern.search(text):
            return kind
    return None


def veto_downgrade(text: str) -> int | None:
    """How many grades a veto's wording moves a unit down (下调一个等次 → 1); None when it does not say."""
    match = VETO_DOWNGRADE.search(text)
    if not match:
        return None
    return NUMERALS.get(match.group(1) or "一", 1)
