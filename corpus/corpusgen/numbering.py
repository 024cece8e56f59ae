"""Which leading list numbers of a seed become real Word numbering, and how Word must write them.

A number becomes automatic numbering only when the whole sibling sequence it belongs to counts the way
Word's counter would (1, 2, 3 … restarting at 1 under a new parent); otherwise it stays literal text,
because a wrong generated number would put text in the file that the seed does not have.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CN_DIGITS = "一二三四五六七八九十"


@dataclass(frozen=True)
class ListStyle:
    """One numbering style: how the seed writes it and the Word level that reproduces it."""

    name: str
    pattern: re.Pattern[str]  # matches at the paragraph start; group 1 is the number
    num_fmt: str  # w:numFmt
    lvl_text: str  # w:lvlText, %1 is the counter; punctuation exactly as the seed writes it
    example: str


# Numbering styles of Chinese official documents, each with the text it is for. Half- and
# full-width brackets are separate styles so the recovered text keeps the seed's punctuation.
LIST_STYLES: tuple[ListStyle, ...] = (
    ListStyle("cn-dun", re.compile(rf"([{CN_DIGITS}]{{1,3}})、"), "chineseCounting", "%1、", "一、指导思想"),
    ListStyle("cn-paren", re.compile(rf"\(([{CN_DIGITS}]{{1,3}})\)"), "chineseCounting", "(%1)",
              "(一)系部目标任务分值构成:"),
    ListStyle("cn-fullparen", re.compile(rf"（([{CN_DIGITS}]{{1,3}})）"), "chineseCounting", "（%1）",
              "（一）考评主体"),
    ListStyle("dec-dot", re.compile(r"(\d{1,2})\.(?!\d)"), "decimal", "%1.", "1.常规工作50分"),
    ListStyle("dec-dun", re.compile(r"(\d{1,2})、"), "decimal", "%1、", "1、各单位召开领导班子会议"),
    ListStyle("dec-paren", re.compile(r"\((\d{1,2})\)"), "decimal", "(%1)", "(1)基层党建工作10分;"),
    ListStyle("dec-fullparen", re.compile(r"（(\d{1,2})）"), "decimal", "（%1）", "（1）绩效自评"),
    ListStyle("dec-halfparen", re.compile(r"(\d{1,2})\)"), "decimal", "%1)", "1)本届班子任期总体目标;"),
)


def cn_value(numeral: str) -> int | None:
    """一 → 1, 十 → 10, 十二 → 12, 二十一 → 21; None for anything else."""
    digits = {ch: i + 1 for i, ch in enumerate(CN_DIGITS[:9])}
    if numeral in digits:
        return digits[numeral]
    if "十" not in numeral or numeral.count("十") > 1:
        return None
    tens, _, ones = numeral.partition("十")
    if (tens and tens not in digits) or (ones and ones not in digits):
        return None
    return digits.get(tens, 1) * 10 + digits.get(ones, 0)


def leading_number(text: str) -> tuple[ListStyle, int, int] | None:
    """(style, value, length of the number text) when the paragraph starts with a list number."""
    for style in LIST_STYLES:
        match = style.pattern.match(text)
        if not match:
            continue
        raw = match.group(1)
        value = int(raw) if raw.isdigit() else cn_value(raw)
        if value:
            return style, value, match.end()
    return None


@dataclass
class ListMark:
    """A paragraph that Word numbers: its style, its place in a sequence and its nesting depth."""

    style: ListStyle
    value: int
    sequence: int  # paragraphs of one sequence share one w:num (a restart gets a new one)
    prefix_len: int  # characters of the seed's number text, removed from the run text
    depth: int  # 0 for the outermost numbering style in use


def list_marks(paragraphs: list[str]) -> dict[int, ListMark]:
    """Paragraph index → ListMark for every paragraph whose sequence counts like Word would.

    Styles nest by first appearance (一、 then (一) then 1. …); a style seen again closes the deeper
    ones, so their next sequence restarts. Paragraphs without a number do not interrupt a list.
    """
    stack: list[list] = []  # [style name, sequence id, last value]
    found: list[tuple[int, ListMark]] = []
    broken: set[int] = set()
    next_sequence = 0
    for index, text in enumerate(paragraphs):
        hit = leading_number(text)
        if hit is None:
            continue
        style, value, length = hit
        names = [entry[0] for entry in stack]
        if style.name in names:
            depth = names.index(style.name)
            del stack[depth + 1:]
        else:
            stack.append([style.name, None, 0])
            depth = len(stack) - 1
        entry = stack[depth]
        if entry[1] is None or value == 1:
            entry[1], next_sequence = next_sequence, next_sequence + 1
            if value != 1:
                broken.add(entry[1])
        elif value != entry[2] + 1:
            broken.add(entry[1])
        entry[2] = value
        found.append((index, ListMark(style, value, entry[1], length, depth)))
    return {index: mark for index, mark in found if mark.sequence not in broken}
