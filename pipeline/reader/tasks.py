"""Numbered tasks in one cell that state their own points are sub-items of their row's item.

Two shapes, both decided by what the points do:
  * tasks and criteria in two columns, the row's item without points (`task_items`);
  * numbered criteria in one cell, each with its `（N分）`, that add up to the row's points
    (`clause_items`): `师德师风 | 20 | 1．依法执教：…（8分）… 2．廉洁从教：…（6分）… 3．…（6分）`.
    Where they do not add up, the `（N分）` stay awards of the row's item (a requirement's points).

Why: a row may list its tasks in one cell (`1. 建成数据平台(20分)。 2. 制定管理制度(10分)。`) and
score each apart, its points in the task (`(20分)`) or in the criterion of the same number
(`2. 未完成的，以总分10分按比例扣分`). Where the item states no points of its own and at least one
task does, each task is an item named by its text, with its criterion's rules; tasks that state
no points stay without points (never invented).
"""

from __future__ import annotations

import regex

from rubrics.pipeline import names as nm
from rubrics.pipeline.draft import ItemDraft
from rubrics.pipeline.normalize import clean

# Numbered clauses inside one cell: `1. 建成… 2. 制定… 3. 强化…` (numbers after a space or a stop).
CLAUSE_START = regex.compile(r"(?:^|(?<=[\s。;；,，]))(\d{1,2})\s*[.．、](?!\d)")
# Points a task states for itself: `建成数据平台(20分)`.
TASK_POINTS = regex.compile(r"[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]")
# Points its criterion states for the task: `以总分15分按比例扣分`, `完成得5分`.
CLAUSE_POINTS = regex.compile(r"(?:总分|得)\s*(\d+(?:\.\d+)?)\s*分")
# A cell lists tasks when it holds at least this many numbered clauses.
MIN_TASKS = 2


def clauses(text: str) -> dict[int, str]:
    """Numbered clauses of a cell by number, where the numbers run in order from the first (1, 2, 3 …)."""
    hits = list(CLAUSE_START.finditer(text))
    out: dict[int, str] = {}
    expected = None
    for k, m in enumerate(hits):
        n = int(m.group(1))
        if expected is not None and n != expected:
            continue
        end = next((h.start() for h in hits[k + 1:] if int(h.group(1)) == n + 1), len(text))
        out[n] = text[m.start():end]
        expected = n + 1
    return out


def task_items(parent: ItemDraft, texts_by_col: list[str]) -> list[ItemDraft]:
    """Sub-items of `parent` from its numbered tasks (the first text column listing tasks) and the
    criteria of the same numbers (the next text column); [] where no task states points."""
    if parent.points is not None or len(texts_by_col) < 2:
        return []
    k = next((i for i, t in enumerate(texts_by_col[:-1]) if len(clauses(clean(t))) >= MIN_TASKS), None)
    if k is None:
        return []
    tasks, crits = clauses(clean(texts_by_col[k])), clauses(clean(texts_by_col[k + 1]))
    points: dict[int, float | None] = {}
    for n, text in tasks.items():
        m = TASK_POINTS.search(text) or CLAUSE_POINTS.search(crits.get(n, ""))
        points[n] = float(m.group(1)) if m else None
    if not any(p is not None for p in points.values()):
        return []
    children: list[ItemDraft] = []
    for n, text in tasks.items():
        name = nm.clean_name(text)
        if not name:
            continue
        crit = crits.get(n)
        child = ItemDraft(path=[*parent.path, name], points=points[n], method=parent.method,
                          assessor=parent.assessor, criteria=crit, source=parent.source)
        if crit:
            key = regex.sub(r"\s+", "", crit)
            mine = [r for r in parent.rules if regex.sub(r"\s+", "", clean(r.text or "")) in key]
            child.rules = mine
            parent.rules = [r for r in parent.rules if not any(r is x for x in mine)]
        children.append(child)
    return children


# A clause's name: its title before a colon (`依法执教：遵守…`), at most this long.
CLAUSE_TITLE = regex.compile(r"^\s*\d{1,2}\s*[.．、]\s*(?P<title>[^:：。;；,，()（）]{2,12})[:：]")
# Else the requirement before its points, at most this long: `1. 按时完成年度报告（5分）`.
CLAUSE_NAME_MAX = 30
EPS = 1e-6


def _clause_name(text: str) -> str | None:
    m = CLAUSE_TITLE.match(text)
    if m:
        return nm.clean_name(m.group("title"))
    head = text[: TASK_POINTS.search(text).start()]
    name = nm.clean_name(head).rstrip("。;；,，")
    return name if name and len(name) <= CLAUSE_NAME_MAX and not regex.search(r"[。;；]", name) else None


def clause_items(parent: ItemDraft, texts_by_col: list[str]) -> list[ItemDraft]:
    """Sub-items of `parent` from numbered criteria in one cell whose own points add up to its points."""
    if parent.points is None:
        return []
    for text in texts_by_col:
        found = clauses(clean(text))
        if len(found) < MIN_TASKS or not all(TASK_POINTS.search(t) for t in found.values()):
            continue
        points = {n: float(TASK_POINTS.search(t).group(1)) for n, t in found.items()}
        if abs(sum(points.values()) - parent.points) > EPS:
            continue
        names = {n: _clause_name(t) for n, t in found.items()}
        if not all(names.values()) or len(set(names.values())) < len(names):
            continue
        children: list[ItemDraft] = []
        for n, clause in found.items():
            key = regex.sub(r"\s+", "", clause)
            mine = [r for r in parent.rules if r.text and regex.sub(r"\s+", "", clean(r.text)) in key]
            parent.rules = [r for r in parent.rules if not any(r is x for x in mine)]
            # the clause's `（N分）` is now its points, not an award besides them
            mine = [r for r in mine if not (r.kind == "award" and r.amount == points[n]
                                            and TASK_POINTS.search(clean(r.text or "")))]
            children.append(ItemDraft(path=[*parent.path, names[n]], points=points[n], method=parent.method,
                                      assessor=parent.assessor, criteria=clause.strip(), source=parent.source,
                                      rules=mine))
        return children
    return []
