"""Column roles: what header words say (a prior) and what a column's cells say (the evidence).

Why a registry: bodies print their headers in endless ways (类别 / 一级指标 / 考核项目, 评分标准 /
扣分细则, 分值 / 标准分 / 基准分 …), in simplified and traditional characters, sometimes with the
role inside brackets (`考核内容（分值）`). Each role lists its words with an example header they
are for; a test runs every example. Header words only *lean* a column toward a role: the cells
decide (a column headed 评分标准 that holds 15, 10, 9 … is a points column).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from rubrics.pipeline.normalize import clean, simplified


@dataclass(frozen=True)
class RoleSpec:
    name: str
    kind: str  # tree | text | points | weight | method | assessor | unit | seq | form | remark | amount
    words: tuple[tuple[str, str], ...]  # (word, example header)
    exclude: tuple[str, ...] = ()  # a header holding one of these is not this role


# Order matters where one header holds words of several roles: the first spec that matches wins
# (`考核单位` is the assessor before `单位` makes it a unit; `扣分标准` is criteria before `标准分`).
ROLES: tuple[RoleSpec, ...] = (
    RoleSpec("form", "form", (("实得分", "实得分"), ("得分", "得分 / 考核得分"), ("自评", "自评分"),
                              ("扣分原因", "扣分原因"), ("扣分情况", "扣分情况"), ("检查结果", "检查结果"),
                              ("检查记录", "检查记录"), ("考核结果", "考核结果"), ("签字", "签字")),
             # 应得分 is the points a row is worth (beside 实得分, the blank to fill)
             exclude=("标准", "细则", "办法", "方法", "依据", "说明", "要点", "规则", "应得")),
    RoleSpec("amount_deduct", "amount", (("扣分值", "扣分值"), ("扣分分值", "扣分分值"), ("扣减分值", "扣减分值"),
                                         ("罚分", "罚分分值"), ("扣分", "扣分"), ("减分", "减分"))),
    RoleSpec("amount_bonus", "amount", (("加分值", "加分值"), ("加分分值", "加分分值"), ("加分", "加分"),
                                        ("奖分", "奖分"))),
    RoleSpec("criteria", "text", (("评价标准", "考核评价标准"), ("评分标准", "评分标准"), ("评分细则", "评分细则"),
                                  ("评分办法", "评分办法"), ("计分办法", "计分办法"), ("计分方法", "计分方法"),
                                  ("扣分标准", "扣分标准"), ("扣分细则", "扣分细则"), ("考核标准", "考核标准"),
                                  ("评分依据", "评分依据"), ("评分说明", "评分说明"), ("检查标准", "检查标准"),
                                  ("评分规则", "评分规则"), ("赋分标准", "赋分标准"), ("考评标准", "考评标准"),
                                  ("评定标准", "评定标准"), ("扣分办法", "扣分办法"), ("加分标准", "加分标准"),
                                  ("标准", "标准"), ("细则", "细则")),
             exclude=("标准分",)),  # 标准分 is the points a row is worth
    RoleSpec("method", "method", (("评价方法", "评价方法"), ("考核方法", "考核方法"), ("考核方式", "考核方式"),
                                  ("评价方式", "评价方式"), ("检查方法", "检查方法"), ("考评方法", "考评方法"),
                                  ("考核办法", "考核办法"), ("方法", "方法"))),
    RoleSpec("assessor", "assessor", (("考核单位", "考核单位"), ("考核部门", "考核部门"), ("考评单位", "考评单位"),
                                      ("考核科室", "考核科室"), ("考核主体", "考核主体"), ("评价主体", "评价主体"),
                                      ("牵头单位", "牵头单位"), ("牵头部门", "牵头部门"), ("牵头科室", "牵头科室"), ("责任单位", "责任单位"), ("责任部门", "责任部门"),
                                      ("考核人", "考核人"), ("评价部门", "评价部门"), ("考评部门", "考评部门"),
                                      ("考核处室", "考核处室"), ("考评处室", "考评处室"), ("考核股室", "考核股室"),
                                      ("评分单位", "评分单位"), ("评分部门", "评分部门"), ("评分科室", "评分科室"),
                                      ("考评科室", "考评科室"), ("考核机构", "考核机构"), ("责任科室", "责任科室"),
                                      ("责任处室", "责任处室"), ("责任股室", "责任股室"), ("牵头处室", "牵头处室"),
                                      ("责任主体", "责任主体"), ("评价单位", "评价单位")),
             exclude=("被",)),
    RoleSpec("unit", "unit", (("被考核单位", "被考核单位"), ("被考核部门", "被考核部门"), ("被考核科室", "被考核科室"),
                              ("考核对象", "考核对象"), ("被考评单位", "被考评单位"), ("部门", "部门"),
                              ("科室", "科室"), ("单位", "单位名称"))),
    RoleSpec("weight", "weight", (("权重", "权重(%)"), ("占比", "占比"), ("比重", "比重"), ("权数", "权数"))),
    RoleSpec("points", "points", (("分值", "分值（分）"), ("标准分", "标准分"), ("基准分", "基准分"),
                                  ("满分", "满分"), ("分数", "分数"), ("赋分", "赋分"), ("配分", "配分"),
                                  ("基本分", "基本分"), ("总分", "总分"), ("应得分", "应得分"))),
    RoleSpec("seq", "seq", (("序号", "序号"), ("编号", "编号"), ("项次", "项次"), ("序", "序"))),
    RoleSpec("remark", "remark", (("备注", "备注"), ("说明", "说明"), ("注", "注"))),
    RoleSpec("tree", "tree", (("类别", "类别"), ("类型", "类型"), ("一级指标", "一级指标"), ("二级指标", "二级指标"),
                              ("三级指标", "三级指标"), ("指标", "考核指标"), ("项目", "考核项目 / 检查项目"),
                              ("考核项", "考核项"), ("评分项", "评分项"), ("维度", "考核维度"), ("板块", "考核板块"),
                              ("模块", "考核模块"), ("要素", "考核要素"), ("名称", "指标名称"), ("子项", "子项目"),
                              ("环节", "工作环节"), ("事项", "考核事项"), ("类", "类"))),
    RoleSpec("task", "text", (("主要任务", "主要任务"), ("考核内容", "考核内容"), ("工作任务", "工作任务"),
                              ("目标任务", "目标任务"), ("指标内容", "指标内容"), ("工作内容", "工作内容"),
                              ("考核要点", "考核要点"), ("指标说明", "指标说明"), ("目标值", "目标值"),
                              ("检查内容", "检查内容"), ("工作要求", "工作要求"), ("内容", "内容"),
                              ("要求", "要求"))),
)

BRACKETS = regex.compile(r"[(（\[【]([^)）\]】]*)[)）\]】]")
SPACES = regex.compile(r"[\s\u3000/、,，.:：;；|·•\-—_]+")


def header_key(text: str) -> str:
    """A header cell as comparable text: simplified, spacing repaired, punctuation dropped."""
    return SPACES.sub("", simplified(clean(text or "")))


def header_role(text: str, max_chars: int = 16) -> tuple[str | None, str]:
    """(role, the word that named it) for one header cell, or (None, '').

    Bracketed parts count too: `考核内容（分值）` names a tree/text column and says points live
    inside it; the words outside brackets are tried first.
    """
    key = header_key(text)
    if not key or len(key) > max_chars:
        return None, ""
    outside = BRACKETS.sub("", key) or key
    for candidate in (outside, key):
        for spec in ROLES:
            if any(x in candidate for x in spec.exclude):
                continue
            for word, _example in spec.words:
                if word in candidate:
                    return spec.name, word
    return None, ""


def kind_of(role: str | None) -> str | None:
    for spec in ROLES:
        if spec.name == role:
            return spec.kind
    return None


def all_words() -> list[str]:
    return [w for spec in ROLES for w, _ in spec.words]
