"""Write a variant as numbered prose: a title, an optional preamble, one paragraph per item (.docx or .txt).

Numbering follows the usual ladder (第X条 > 一、 > （一） > 1. > （1） > ①) with a random subset of rungs
per document, or decimal numbers (1 / 1.1 / 1.1.1) for the whole tree; points are written inline.
"""

from __future__ import annotations

import random
from pathlib import Path

import docx

from .generator import Node, Variant, _fmt, cn_number
from .grid import suffix, traditional

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽"
# each rung: options of (prefix maker, separator written after the prefix)
LADDER = (
    (lambda i: f"第{cn_number(i)}条 ",),
    (lambda i: f"{cn_number(i)}、",),
    (lambda i: f"（{cn_number(i)}）",),
    (lambda i: f"{i}.", lambda i: f"{i}、", lambda i: f"{i}．"),
    (lambda i: f"（{i}）", lambda i: f"({i})", lambda i: PAREN_DIGITS[i - 1]),  # ⑴ is (1) in one character
    (lambda i: CIRCLED[i - 1],),
)
INTROS = (
    "为进一步加强工作管理，推动各项任务落实，结合实际，制定本考核细则。",
    "为规范考核工作，充分调动工作积极性，现将考核内容及评分办法明确如下。",
)
OUTROS = ("本细则由考核领导小组负责解释。", "未尽事宜，由考核办研究确定。")


def _points_text(node: Node, style: str, points: bool, weight: bool) -> str:
    if style == "paren":
        return suffix(node, points, weight)
    w = weight and node.weight is not None
    if style == "bare":
        return (f"{_fmt(node.points)}分" if points else "") + (f"（占{_fmt(node.weight)}%）" if w else "")
    return (f"，{_fmt(node.points)}分" if points else "") + (f"，占{_fmt(node.weight)}%" if w else "")


def lines(v: Variant) -> list[str]:
    rng = random.Random(f"prose:{v.seed}:{v.index}")
    k = v.knobs
    depth = int(k["depth"])
    if k["numbering"] == "decimal":
        numberers = None
        space = rng.choice(("", " "))
    else:
        rungs = sorted(rng.sample(range(len(LADDER)), depth))
        numberers = [rng.choice(LADDER[r]) for r in rungs]
    scheme = v.schemes[0]
    out = [scheme.title]
    if k["intro"] == "yes":
        out.append(rng.choice(INTROS))

    def number(path: list[int]) -> str:
        if numberers is None:
            return (f"{path[0]}." if len(path) == 1 else ".".join(map(str, path)) + space)
        return numberers[len(path) - 1](path[-1])

    def emit(node: Node, path: list[int]) -> None:
        is_top = len(path) == 1
        pts = node.points_stated
        head = number(path) + node.name + _points_text(node, k["points_style"], pts, is_top and k["weights"] != "none")
        if node.children:
            out.append(head)
            for i, child in enumerate(node.children, 1):
                emit(child, [*path, i])
            return
        body = node.requirement + "。" + node.rule_text if node.rule_text else node.requirement + "。"
        if k["criteria"] == "inline":
            out.append(head + "：" + body)
        elif k["criteria"] == "next_para":
            out.append(head + k["leaf_end"])
            out.append(body)
        else:
            out.append(head + ((k["leaf_end"] or "。") + node.rule_text if node.rule_text else k["leaf_end"]))

    for i, root in enumerate(scheme.roots, 1):
        emit(root, [i])
    if k["intro"] == "yes":
        out.append(rng.choice(OUTROS))
    if k["script"] == "traditional_all":
        out = [traditional(x) for x in out]
    return out


def render(v: Variant, path: Path) -> Path:
    text = lines(v)
    if path.suffix == ".txt":
        path.write_text("\n".join(text) + "\n", encoding="utf-8")
    else:
        document = docx.Document()
        for line in text:
            document.add_paragraph(line)
        document.save(path)
    return path
