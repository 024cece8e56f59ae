"""Column roles from what the cells hold, the header's words as one piece of evidence.

Every column of a scoring table gets a role — seq, points, weight, amount, method, assessor,
unit, form, remark, or textual (a tree level or criteria/task text; which one is left to the
readings, see tree.py) — with the evidence that decided it. A column no evidence types is
reported as `unknown`, never silently dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from rubrics.pipeline.reader import features as F
from rubrics.pipeline.reader.grid import View
from rubrics.pipeline.reader.roles import kind_of
from rubrics.pipeline.reader.settings import ReaderSettings
from rubrics.pipeline.reader.trace import Trace

# Method words: `扣分法`, `达标法`, `查阅资料`, `现场检查`.
METHOD_CELL = regex.compile(r"^[\p{Han}]{1,8}(?:法|制)$|^(?:查阅|查看|现场|抽查|检查|听取|查|座谈|问卷|测评)")
# A sequence marker alone in a cell: `1`, `一`, `1.1`, `（一）`, `①`.
SEQ_CELL = regex.compile(r"^[(（]?(?:\d{1,3}(?:\.\d{1,3}){0,3}|[一二三四五六七八九十]{1,3}|[①-⑳]|[A-Za-z])[)）.．、]?$")
ROLE_ZH = {
    "seq": "序号", "points": "分值", "weight": "权重", "amount_deduct": "扣分值", "amount_bonus": "加分值", "amount_award": "得分值",
    "method": "考核方法", "assessor": "考核单位", "unit": "被考核单位", "form": "填写栏", "remark": "备注",
    "textual": "文字（名称或标准）", "unknown": "未能判断", "empty": "空列",
}


@dataclass
class Column:
    col: int
    role: str
    header: str
    header_role: str | None
    evidence: list[str] = field(default_factory=list)
    label: float = 0.0  # mean label-likeness of its filled cells
    condition: bool = False  # text stating when the amount in the column to its right applies: never a tree level


def type_columns(view: View, settings: ReaderSettings, trace: Trace) -> list[Column]:
    item_rows = [r for r in view.rows if r.kind in ("item", "section")]
    out: list[Column] = []
    blank: set[int] = set()  # columns with no data: not traced
    n = max(1, len(item_rows))
    for c in range(view.n_cols):
        header = view.header_texts[c] if view.header_texts else ""
        hrole = view.header_roles[c] if view.header_roles else None
        anchors = [r.anchor_text(c) for r in item_rows if r.slots[c].anchor]
        filled = [t for t in anchors if not F.is_blank(t)]
        covered = sum(1 for r in item_rows if r.slots[c].cell is not None and not F.is_blank(r.text(c)))
        col = Column(c, "unknown", header, hrole)
        ev = col.evidence
        if hrole:
            ev.append(f"表头“{header}”→{ROLE_ZH.get(hrole, hrole)}")
        if not filled:
            col.role = "form" if (hrole in ("form", "points") or header) else "empty"
            ev.append("数据行全空")
            out.append(col)
            blank.add(c)
            continue
        nums = [F.points_value(t) for t in filled]
        pcts = [F.percent_value(t) for t in filled]
        signed = sum(F.signed_value(t) is not None for t in filled)  # `+3`, `-2`: amounts in a points column
        num_share = (sum(v is not None for v in nums) + signed) / len(filled)
        pct_share = sum(v is not None for v in pcts) / len(filled)
        seq_share = sum(bool(SEQ_CELL.match(F.norm(t))) for t in filled) / len(filled)
        rule_share = sum(F.has_rule(t) for t in filled) / len(filled)
        labels = [F.label_likeness(t, settings.label_max_chars, settings.sentence_min_chars) for t in filled]
        col.label = sum(labels) / len(labels)
        coverage = covered / n
        ev.append(f"填写{len(filled)}/{n}格, 数字{num_share:.0%}, 百分比{pct_share:.0%}, 规则{rule_share:.0%}")
        units = hrole == "unit" and len({F.norm(t) for t in filled}) >= 2  # a unit printed once atop its rows
        if (coverage <= settings.form_filled_max and n >= 3 and hrole not in ("points", "weight")
                and kind_of(hrole) != "tree" and not units):
            col.role = "form"
            ev.append("几乎全空：填写栏")
        elif hrole in ("amount_deduct", "amount_bonus") and _amount_share(filled) >= settings.numeric_share:
            col.role = hrole  # `2分/次`, `—`: amounts with their unit, none where the row has none
        elif pct_share >= settings.numeric_share:
            col.role = "weight"
        elif num_share >= settings.numeric_share:
            if hrole == "seq" or (hrole is None and _counts_up(nums)):
                col.role = "seq"
            elif hrole in ("amount_deduct", "amount_bonus", "weight"):
                col.role = hrole
            elif hrole == "form":
                col.role = "form"
                ev.append("填写栏中的示例数字")
            else:
                col.role = "points"
        elif hrole == "seq" or (seq_share >= 0.8 and hrole is None and col.label > 0):
            col.role = "seq"
        elif hrole == "form" and coverage <= 0.5:
            col.role = "form"  # an answer column with a few sample entries
        elif hrole in ("method", "assessor", "unit") and rule_share >= settings.numeric_share:
            col.role = "textual"  # the header names a field, the cells state how each row is scored
            ev.append("内容为评分规则，不按表头读")
        elif hrole in ("method", "assessor", "unit", "remark"):
            col.role = hrole
        elif hrole is None and sum(bool(METHOD_CELL.match(F.norm(t))) for t in filled) / len(filled) >= 0.8:
            col.role = "method"
            ev.append("内容为考核方法")
        else:
            col.role = "textual"
        out.append(col)
    _due_beside_points(out)
    _tier_amounts(out)
    _conditions_of_amounts(out)
    for col in out:
        if col.col not in blank:
            trace.add("columns", f"{view.where} 第{col.col + 1}列", "content_and_header",
                      ROLE_ZH.get(col.role, col.role), "; ".join(col.evidence))
    return out


# A header naming the points due in one period of a form (`2季度 应得分`): points only where the table
# has no points column of its own (标准分, 分值); beside one it is a period's entry to fill.
DUE_WORD = "应得分"


def _due_beside_points(cols: list[Column]) -> None:
    due = [c for c in cols if c.role == "points" and DUE_WORD in (c.header or "")]
    if due and any(c.role == "points" and DUE_WORD not in (c.header or "") for c in cols):
        for c in due:
            c.role = "form"
            c.evidence.append("另有分值列：应得分为各期填写栏")


def _tier_amounts(cols: list[Column]) -> None:
    """Numbers under a criteria header (`计分标准 | 40分 | 30分`) beside a column headed as the points
    (`分值`) are what each tier row earns, not points of items of their own."""
    if not any(c.role == "points" and c.header_role == "points" for c in cols):
        return
    for c in cols:
        if c.role == "points" and kind_of(c.header_role) == "text":
            c.role = "amount_award"
            c.evidence.append("另有分值列：各档得分")


def _conditions_of_amounts(cols: list[Column]) -> None:
    """A text column headed like the amount column right of it (`扣分情形 | 扣分标准`), or any text
    column left of tier amounts (`考核档次 | 计分标准`), states when that amount applies: the row's
    criteria, never a level of the tree."""
    for left, right in zip(cols, cols[1:], strict=False):
        if left.role == "textual" and (
                (right.role in ("amount_deduct", "amount_bonus") and left.header_role == right.role)
                or (right.role == "amount_award" and kind_of(left.header_role) != "tree")):
            left.condition = True
            left.evidence.append("右列金额的适用情形：不作树的层级")


def _amount_share(filled: list[str]) -> float:
    stated = [t for t in filled if not F.is_none(t)]
    return sum(F.amount_value(t) is not None for t in stated) / len(stated) if stated else 0.0


def _counts_up(nums: list[float | None]) -> bool:
    """1, 2, 3 … : a sequence number column, not points."""
    vals = [v for v in nums if v is not None]
    if len(vals) < 3 or any(v != int(v) for v in vals):
        return False
    ups = sum(1 for a, b in zip(vals, vals[1:], strict=False) if b == a + 1)
    # a run that starts at 1, or a long run from anywhere (a table continued from the page before: 17, 18 …)
    return ups >= 0.7 * (len(vals) - 1) and (vals[0] in (0, 1) or len(vals) >= MIN_SEQ_RUN)


# A column counting up by one this many times is a sequence, wherever it starts.
MIN_SEQ_RUN = 4
