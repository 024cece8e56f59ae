"""Column roles of scoring tables, read from the header's own words.

Why data, not code: every body prints its header differently (类别 / 一级指标 / 考核项目,
评分标准 / 考核评价标准 / 扣分细则 …). The words live here, one list per role, each with an
example header it is for; `tables.py` only asks "which role does this column have".
Matching is fuzzy in the ways OCR and layout break headers: spaces (`评价 方法`), width
(`（`), line breaks, and a header that holds two roles (`成果及分值/考核评价标准`), where the
role listed first in ROLE_ORDER wins.
"""

from __future__ import annotations

import re

from rubrics.pipeline.normalize import clean

# role -> words that name it in a header cell, each with an example header it is for.
ROLE_WORDS: dict[str, list[tuple[str, str]]] = {
    # the tree, outermost first; a column's level is its position among the tree columns
    "tree0": [
        ("类别", "类别"),
        ("类型", "类型"),
        ("一级指标", "一级指标"),
        ("考核类别", "考核类别"),
        ("考核维度", "考核维度"),
        ("指标类别", "指标类别"),
        ("维度", "维度"),
        ("板块", "考核板块"),
        ("模块", "考核模块"),
    ],
    "tree1": [
        ("二级指标", "二级指标"),
        ("项目", "项目名称 / 考核项目"),
        ("指标名称", "指标名称"),
        ("考核指标", "考核指标"),
    ],
    "tree2": [
        ("三级指标", "三级指标"),
        ("名称", "名称"),
        ("考核要素", "考核要素"),
        ("子项", "子项目"),
        ("具体指标", "具体指标"),
    ],
    "criteria": [
        ("评价标准", "考核评价标准 / 成果及分值/考核评价标准"),
        ("评分标准", "评分标准"),
        ("评分细则", "评分细则"),
        ("评分办法", "评分办法"),
        ("计分办法", "计分办法"),
        ("计分方法", "计分方法"),
        ("扣分标准", "扣分标准"),
        ("扣分细则", "扣分细则"),
        ("考核标准", "考核标准"),
        ("评分依据", "评分依据"),
        ("评分说明", "评分说明"),
    ],
    "task": [
        ("主要任务", "主要任务/考核内容"),
        ("考核内容", "考核内容"),
        ("工作任务", "工作任务"),
        ("目标任务", "目标任务"),
        ("指标内容", "指标内容"),
        ("工作内容", "工作内容"),
        ("考核要点", "考核要点"),
        ("指标说明", "指标说明"),
        ("目标值", "目标值"),
        ("内容", "内容"),
    ],
    "method": [
        ("评价方法", "评价 方法"),
        ("考核方法", "考核方法"),
        ("考核方式", "考核方式"),
        ("评价方式", "评价方式"),
    ],
    "assessor": [
        ("考核单位", "考核 单位"),
        ("考核部门", "考核部门"),
        ("责任单位", "责任单位"),
        ("责任部门", "责任部门"),
        ("牵头单位", "牵头单位"),
        ("考核科室", "考核科室"),
        ("考评单位", "考评单位"),
        ("考核主体", "考核主体"),
        ("评价主体", "评价主体"),
    ],
    "weight": [
        ("权重", "权重 / 权重(%)"),
        ("占比", "占比"),
    ],
    "points": [
        ("分值", "分值"),
        ("标准分", "标准分"),
        ("满分", "满分"),
        ("分数", "分数"),
        ("赋分", "赋分"),
        ("配分", "配分"),
        ("分", "分 / 分值（分）"),
    ],
    "seq": [("序号", "序号"), ("编号", "编号")],
    "remark": [("备注", "备注"), ("说明", "说明")],
}

# When one header cell matches several roles, the first here wins:
# `成果及分值/考核评价标准` is criteria (it holds the scoring text), not a points column.
ROLE_ORDER = [
    "criteria",
    "method",
    "assessor",
    "weight",
    "tree2",
    "tree1",
    "tree0",
    "task",
    "points",
    "seq",
    "remark",
]

TREE_ROLES = ("tree0", "tree1", "tree2")

# Header cells are short; a long cell is content even if it mentions a role word.
MAX_HEADER_CHARS = 16


def _key(text: str) -> str:
    """A header cell as comparable text: repaired spacing, no punctuation or bracketed units."""
    text = clean(text or "")
    text = re.sub(r"[(（][^)）]*[)）]", "", text)  # 分值（分）, 权重(%)
    return re.sub(r"[\s/、,.:：;；|]", "", text)


def role_of(header_text: str) -> str | None:
    """The role a header cell names, or None (an empty or unknown header)."""
    key = _key(header_text)
    if not key or len(key) > MAX_HEADER_CHARS:
        return None
    for role in ROLE_ORDER:
        for word, _example in ROLE_WORDS[role]:
            if role == "points" and word == "分":
                if key in ("分", "得分", "分数"):
                    return role
                continue
            if word in key:
                return role
    return None


def header_roles(texts: list[str]) -> list[str | None]:
    """Roles of one header row; an empty cell right of a tree column is the next tree level.

    Why: `项目名称` printed over two columns (a horizontal merge the OCR split) heads both
    the 项目 and the 名称 column.
    """
    roles = [role_of(t) for t in texts]
    for i in range(1, len(roles)):
        if roles[i] is None and not _key(texts[i]) and roles[i - 1] in TREE_ROLES:
            roles[i] = "tree_more"
    # a horizontally merged header repeats its text: the repeat is the next level
    for i in range(1, len(roles)):
        if roles[i] in TREE_ROLES and roles[i] == roles[i - 1] and _key(texts[i]) == _key(texts[i - 1]):
            roles[i] = "tree_more"
    return roles


def is_header_row(texts: list[str]) -> bool:
    """A row that names at least two roles, one of them where the items or their text sit."""
    roles = [r for r in header_roles(texts) if r]
    content = [r for r in roles if r in TREE_ROLES or r in ("task", "criteria")]
    return len(set(roles)) >= 2 and bool(content)


def signature(texts: list[str]) -> tuple:
    """What makes two header rows the same header (a header repeated on each page)."""
    return tuple(_key(t) for t in texts)
