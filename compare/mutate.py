"""Generated next-year versions of a scheme, with the changes they were given written down.

Why: `compare` is checked on pairs whose true changes are known. A mutation picks targets that
do not overlap (an item is touched by one mutation; a rule's item is left unchanged), so the
expected list is exactly what a correct comparison must report, and nothing else.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from rubrics.compare.match import NAME_FLOOR
from rubrics.compare.text import name_similarity, norm, skeleton
from rubrics.extracted.models import Item, Rule, Scheme

# Names of tasks a new year may add; each is checked to be unlike every name in the scheme.
NEW_ITEM_NAMES = (
    "乡村振兴结对帮扶", "校园文化品牌培育", "安全生产隐患排查整治", "数字化转型试点",
    "志愿服务常态化", "对外交流合作项目", "节水型单位创建", "青年教师导师制",
    "垃圾分类示范点", "营商环境满意度测评", "法治宣传进社区", "应急演练组织实施",
)
# Slight renames: a suffix or prefix a drafter adds to a name the next year (党风廉政建设 → 党风廉政建设工作).
RENAMES = (("", "工作"), ("加强", ""), ("", "情况"), ("做好", ""))
# Units a rule may be charged per, for unit changes.
UNITS = ("次", "项", "人次", "篇", "件")
# Kinds a points rule may be switched between.
POINT_KINDS = ("deduct", "award", "bonus")

MUTATIONS = ("add", "drop", "rename", "move", "repoint", "rule_amount", "rule_unit", "rule_kind",
             "rule_add", "rule_drop", "total")


@dataclass
class Mutated:
    scheme: Scheme
    expected: set[tuple]  # Change.key() of every change made
    applied: list[str]


def _paths(items: list[Item]) -> None:
    """Recompute every item's path from its parent chain (after a rename or move)."""
    by_id = {i.id: i for i in items}
    for item in items:
        chain, node = [], item
        while node is not None:
            chain.insert(0, node.name)
            node = by_id.get(node.parent) if node.parent else None
        item.path = chain


def _fmt(x: float) -> str:
    return f"{x:g}"


def next_year(scheme: Scheme, rng: random.Random, kinds: list[str]) -> Mutated:
    """A copy of `scheme` with one mutation of each kind in `kinds` (repeats allowed)."""
    b = scheme.model_copy(deep=True)
    items = {i.id: i for i in b.items}
    children: dict[str | None, list[str]] = {}
    for item in b.items:
        children.setdefault(item.parent, []).append(item.id)
    touched: set[str] = set()  # items a mutation has used, with their ancestors and descendants
    rules_of = {}
    for rule in b.rules:
        rules_of.setdefault(rule.item, []).append(rule)
    expected: list[tuple] = []  # (kind, item id or None, field, before, after, extra)
    applied = []

    def ancestors(iid):
        out = []
        while iid:
            out.append(iid)
            iid = items[iid].parent
        return out

    def descendants(iid):
        out, todo = [], [iid]
        while todo:
            x = todo.pop()
            out.append(x)
            todo.extend(children.get(x, []))
        return out

    def take(iid):
        touched.update(ancestors(iid))
        touched.update(descendants(iid))

    def free(pred) -> list[Item]:
        return [i for i in b.items if i.id not in touched and pred(i)]

    def leaf(i):
        return not children.get(i.id)

    def unlike_all(name, skip=()):
        return all(name_similarity(name, o.name) < NAME_FLOOR - 0.1 for o in b.items if o.id not in skip)

    new_id = 0
    for kind in kinds:
        if kind == "add":
            parents = free(lambda i: not leaf(i))
            names = [n for n in NEW_ITEM_NAMES if unlike_all(n)]
            if not parents or not names:
                continue
            parent = rng.choice(parents)
            name = rng.choice(names)
            new_id += 1
            item = Item(id=f"new{new_id}", parent=parent.id, path=[*parent.path, name], name=name,
                        points=float(rng.choice((1, 2, 3, 5))))
            b.items.insert(b.items.index(parent) + 1, item)
            items[item.id] = item
            children.setdefault(parent.id, []).append(item.id)
            take(item.id)
            touched.add(parent.id)
            expected.append(("item_added", item.id, "item", None, name))
        elif kind == "drop":
            cands = free(lambda i: leaf(i) and i.parent is not None)
            if not cands:
                continue
            item = rng.choice(cands)
            take(item.id)
            expected.append(("item_dropped", list(item.path), "item", item.name, None))
            b.items.remove(item)
            children[item.parent].remove(item.id)
            b.rules = [r for r in b.rules if r.item != item.id]
        elif kind == "rename":
            cands = free(lambda i: i.id not in touched)
            rng.shuffle(cands)
            for item in cands:
                pre, suf = rng.choice(RENAMES)
                name = f"{pre}{item.name}{suf}"
                if name_similarity(item.name, name) < 0.6 or not unlike_all(name, skip={item.id}):
                    continue
                take(item.id)
                expected.append(("renamed", item.id, "name", item.name, name))
                item.name = name
                break
        elif kind == "move":
            cands = free(lambda i: leaf(i) and i.parent is not None)
            rng.shuffle(cands)
            for item in cands:
                targets = [p for p in free(lambda i: not leaf(i)) if p.id != item.parent
                           and p.id not in descendants(item.id)
                           and not any(norm(items[c].name) == norm(item.name) for c in children.get(p.id, []))]
                if not targets:
                    continue
                target = rng.choice(targets)
                old_parent = list(item.path[:-1])
                take(item.id)
                touched.update(ancestors(target.id))
                children[item.parent].remove(item.id)
                children.setdefault(target.id, []).append(item.id)
                item.parent = target.id
                b.items.remove(item)
                b.items.insert(b.items.index(target) + 1, item)
                expected.append(("moved", item.id, "parent", old_parent, None))
                break
        elif kind == "repoint":
            cands = free(lambda i: i.points is not None)
            if not cands:
                continue
            item = rng.choice(cands)
            take(item.id)
            new = item.points + rng.choice((-1.0, 1.0, 2.0, 0.5)) if item.points > 1 else item.points + 1.0
            expected.append(("repointed", item.id, "points", item.points, new))
            item.points = new
        elif kind.startswith("rule_") or kind == "total":
            if kind == "total":
                if "total" in applied:  # one total change per year; a second would merge with it
                    continue
                before = b.total
                b.total = (b.total or 100.0) + 10.0
                expected.append(("total_changed", None, "total", before, b.total))
                applied.append(kind)
                continue
            # Rules of items no other mutation touches, whose condition is unique in their item
            # (two rules with the same condition could trade places and still be right).
            def ok(r: Rule) -> bool:
                if r.item is None or r.item in touched:
                    return False
                mates = [s for s in rules_of.get(r.item, []) if s is not r and s in b.rules]
                return all(skeleton(s.condition or s.text) != skeleton(r.condition or r.text) for s in mates)

            rules = [r for r in b.rules if ok(r) and r.kind in POINT_KINDS and r.amount_max is None]
            if kind == "rule_amount":
                rules = [r for r in rules if r.amount]
            if not rules and kind != "rule_add":
                continue
            if kind == "rule_add":
                hosts = free(lambda i: True)
                if not hosts:
                    continue
                host = rng.choice(hosts)
                amount = rng.choice((0.1, 0.5, 1.0))
                text = f"未按时报送{rng.choice(('总结', '台账', '计划'))}材料的每次扣{_fmt(amount)}分"
                new_id += 1
                rule = Rule(id=f"newr{new_id}", item=host.id, kind="deduct", amount=amount, per="次", text=text)
                b.rules.append(rule)
                rules_of.setdefault(host.id, []).append(rule)
                touched.add(host.id)
                expected.append(("rule_added", host.id, "deduct", None, text))
                applied.append(kind)
                continue
            rule = rng.choice(rules)
            touched.add(rule.item)
            if kind == "rule_drop":
                b.rules.remove(rule)
                expected.append(("rule_dropped", rule.item, rule.kind, rule.text, None))
            elif kind == "rule_amount":
                new = round(rule.amount * 2, 4)
                expected.append(("rule_changed", rule.item, "amount", rule.amount, new))
                # the text states the amount: change it there too, as a new year's document would
                rule.text = re.sub(re.escape(_fmt(rule.amount)) + r"(?!\d)", _fmt(new), rule.text, count=1)
                rule.amount = new
            elif kind == "rule_unit":
                new = rng.choice([u for u in UNITS if u != rule.per])
                expected.append(("rule_changed", rule.item, "per", rule.per, new))
                rule.per = new
            elif kind == "rule_kind":
                new = rng.choice([k for k in POINT_KINDS if k != rule.kind])
                expected.append(("rule_changed", rule.item, "kind", rule.kind, new))
                rule.kind = new
        else:
            raise ValueError(f"unknown mutation {kind!r}")
        applied.append(kind)

    _paths(b.items)
    final = {i.id: i for i in b.items}
    keys = set()
    for kind, ref, field, before, after in expected:
        if isinstance(ref, list):  # a dropped item: its path in the old scheme
            path = ref
        elif ref is None:
            path = []
        else:
            path = list(final[ref].path)
        if kind == "moved":
            after = path[:-1]
        keys.add((kind, tuple(path), field, tuple(before) if isinstance(before, list) else before,
                  tuple(after) if isinstance(after, list) else after))
    return Mutated(b, keys, applied)
