"""Corrections applied to a rubric in memory: find a target by its stable key, check, change.

Why apart from the storage (corrections.py): the same edit is applied when a person makes it and
again after every re-extraction of the document, on a rubric whose row ids may all be new. So an
edit names its target by a key made of what survives re-extraction — the scheme's name, the item's
path and its place in the source — never by a row id, and applying it either finds exactly one
target or reports a conflict. Nothing here touches the database.

An edit is a plain dict (what the overrides table stores, JSON-encoded):
  {"kind": "item"|"rule"|"scheme", "op": "set"|"move"|"delete"|"add"|"review",
   "scheme": <scheme name>, "key": <target key or None>, "field": <field or None>,
   "old": <value before>, "new": <value after>}
"""

from __future__ import annotations

import hashlib
import math
from typing import Any

from rubrics.errors import RubricsError
from rubrics.extracted.models import Item, Rubric, Rule, Scheme, Source
from rubrics.messages import message

ITEM_TEXT_FIELDS = ("name", "method", "assessor", "task", "criteria")
ITEM_NUMBER_FIELDS = ("points", "weight_pct")
RULE_TEXT_FIELDS = ("per", "label", "condition", "text")
RULE_NUMBER_FIELDS = ("amount", "amount_max", "below", "at_least", "quota_pct")
RULE_KINDS = ("deduct", "award", "bonus", "cap", "veto", "grade")
SCHEME_FIELDS = ("name", "total")
# what a person may type for a field (the CLI's `weight` is the stored `weight_pct`)
FIELD_ALIASES = {"weight": "weight_pct", "parent": "parent", "item": "item"}
# source position fields that make up a key (the file name is not: a renamed file is the same document)
SOURCE_KEYS = ("page", "table", "row", "col", "paragraph")


def field_name(field: str) -> str:
    """A field as the office names it (分值, 权重 …), for messages."""
    from rubrics.messages import has

    return message(f"field.{field}") if has(f"field.{field}") else field


class CorrectionError(RubricsError):
    """A refused edit: one line saying why, nothing changed."""


class Conflict(Exception):
    """An edit whose target is no longer found (or found twice) in a re-extracted rubric."""


# ---------------------------------------------------------------- keys


def source_key(source: Source | None) -> dict | None:
    if source is None:
        return None
    key = {name: getattr(source, name) for name in SOURCE_KEYS if getattr(source, name) is not None}
    return key or None


def item_key(item: Item) -> dict:
    return {"path": list(item.path), "source": source_key(item.source)}


def rule_key(scheme: Scheme, rule: Rule) -> dict:
    """The item's path, the rule's text and source, and which of the rules with that text it is."""
    item = _item_by_id(scheme, rule.item)
    same = [r for r in scheme.rules if r.item == rule.item and r.text == rule.text]
    return {"item": list(item.path) if item else None, "text": rule.text, "kind": rule.kind,
            "source": source_key(rule.source), "nth": same.index(rule)}


def _item_by_id(scheme: Scheme, item_id: str | None) -> Item | None:
    if item_id is None:
        return None
    return next((i for i in scheme.items if i.id == item_id), None)


def find_scheme(rubric: Rubric, name: str) -> Scheme:
    matches = [s for s in rubric.schemes if s.name == name]
    if len(matches) == 1:
        return matches[0]
    if not matches and len(rubric.schemes) == 1:
        return rubric.schemes[0]  # the document's only scheme, renamed by the new extractor
    raise Conflict(message("correct.conflict.scheme", name=name))


def find_item(scheme: Scheme, key: dict) -> Item:
    """The one item the key names: by path; several with that path: by source; none: by source alone."""
    path, source = key.get("path"), key.get("source")
    hits = [i for i in scheme.items if i.path == path]
    if len(hits) > 1 and source:
        hits = [i for i in hits if source_key(i.source) == source]
    if not hits and source:
        leaf = path[-1] if path else None
        by_place = [i for i in scheme.items if source_key(i.source) == source]
        hits = by_place if len(by_place) == 1 else [i for i in by_place if i.name == leaf]
    if len(hits) == 1:
        return hits[0]
    label = " / ".join(path or [])
    if not hits:
        raise Conflict(message("correct.conflict.item_gone", path=label))
    raise Conflict(message("correct.conflict.item_twice", path=label, n=len(hits)))


def find_rule(scheme: Scheme, key: dict) -> Rule:
    """The one rule the key names: under the same item, by text (and which of equal texts), else by
    kind and source position."""
    item_id = find_item(scheme, {"path": key["item"], "source": None}).id if key.get("item") else None
    under = [r for r in scheme.rules if r.item == item_id]
    same_text = [r for r in under if r.text == key.get("text")]
    nth = key.get("nth") or 0
    if len(same_text) > nth:
        return same_text[nth]
    source = key.get("source")
    if source:
        placed = [r for r in under if source_key(r.source) == source and r.kind == key.get("kind")]
        if len(placed) == 1:
            return placed[0]
    raise Conflict(message("correct.conflict.rule_gone", text=_short(key.get("text") or "")))


def _short(text: str, n: int = 30) -> str:
    return text if len(text) <= n else text[:n] + "…"


# ---------------------------------------------------------------- values


def number(value: Any, field: str, *, allow_none: bool = True) -> float | None:
    """A number a person typed; text where a number goes, a negative or an infinite one is refused."""
    if value is None or (isinstance(value, str) and value.strip() in ("", "null", "无")):
        if allow_none:
            return None
        raise CorrectionError(message("correct.bad.required", field=field_name(field)))
    if isinstance(value, bool):
        raise CorrectionError(message("correct.bad.number", field=field_name(field), value=value))
    try:
        result = float(value.strip() if isinstance(value, str) else value)
    except (TypeError, ValueError):
        raise CorrectionError(message("correct.bad.number", field=field_name(field), value=value)) from None
    if not math.isfinite(result):
        raise CorrectionError(message("correct.bad.number", field=field_name(field), value=value))
    if result < 0:
        raise CorrectionError(message("correct.bad.negative", field=field_name(field), value=value))
    if field == "weight_pct" and result > 100:
        raise CorrectionError(message("correct.bad.weight", value=value))
    return result


def text(value: Any, field: str, *, required: bool = False) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise CorrectionError(message("correct.bad.required", field=field_name(field)))
        return None
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise CorrectionError(message("correct.bad.text", field=field_name(field)))
    return str(value).strip()


def canonical_field(kind: str, field: str) -> str:
    field = FIELD_ALIASES.get(field, field)
    allowed = {
        "item": ITEM_TEXT_FIELDS + ITEM_NUMBER_FIELDS + ("parent",),
        "rule": RULE_TEXT_FIELDS + RULE_NUMBER_FIELDS + ("kind", "item"),
        "scheme": SCHEME_FIELDS + ("reviewed",),
    }[kind]
    if field not in allowed:
        raise CorrectionError(message("correct.bad.field", field=field, allowed=", ".join(allowed)))
    return field


def clean_value(kind: str, field: str, value: Any) -> Any:
    """The stored form of a new value, or a CorrectionError saying why it is refused."""
    if kind == "item":
        if field in ITEM_NUMBER_FIELDS:
            return number(value, field)
        if field == "parent":
            return value
        return text(value, field, required=field == "name")
    if kind == "rule":
        if field in RULE_NUMBER_FIELDS:
            return number(value, field)
        if field == "kind":
            if value not in RULE_KINDS:
                raise CorrectionError(message("correct.bad.kind", value=value, kinds=", ".join(RULE_KINDS)))
            return value
        if field == "item":
            return value
        return text(value, field, required=field == "text")
    if field == "reviewed":
        if isinstance(value, str):
            value = value.strip().lower() in ("1", "true", "yes", "是", "已审核")
        return bool(value)
    if field == "total":
        return number(value, field)
    return text(value, field, required=True)


# ---------------------------------------------------------------- applying


def new_id(scheme: Scheme, *parts: Any) -> str:
    """An id for an added item or rule: from its content, unique in the scheme."""
    taken = {i.id for i in scheme.items} | {r.id for r in scheme.rules}
    seed = "\x1f".join(str(p) for p in (scheme.id, *parts))
    n = 0
    while True:
        digest = "c" + hashlib.sha1(f"{seed}\x1f{n}".encode()).hexdigest()[:11]
        if digest not in taken:
            return digest
        n += 1


def descendants(scheme: Scheme, item: Item) -> list[Item]:
    out: list[Item] = []
    frontier = [item.id]
    while frontier:
        children = [i for i in scheme.items if i.parent in frontier]
        out.extend(children)
        frontier = [c.id for c in children]
    return out


def _repath(scheme: Scheme, item: Item, new_path: list[str]) -> None:
    """Give an item a new path and its whole subtree the new prefix."""
    old = list(item.path)
    item.path = new_path
    for child in descendants(scheme, item):
        child.path = new_path + child.path[len(old):]


def _sibling_clash(scheme: Scheme, parent_id: str | None, name: str, exclude: Item | None) -> bool:
    return any(i.parent == parent_id and i.name == name and i is not exclude for i in scheme.items)


def _parent_item(scheme: Scheme, key: dict | None) -> Item | None:
    if not key or not key.get("path"):
        return None
    return find_item(scheme, key)


def apply_edit(rubric: Rubric, edit: dict) -> tuple[Any, dict | None]:
    """Apply one edit to `rubric` in place; return (the value it replaced, the target's key after).

    Raises Conflict when its target is not there, CorrectionError when the edit is not allowed."""
    scheme = find_scheme(rubric, edit["scheme"])
    kind, op, field, new = edit["kind"], edit["op"], edit.get("field"), edit.get("new")
    if kind == "scheme":
        field = "reviewed" if op == "review" else field
        if field == "reviewed":
            return None, None  # review state lives in the overrides table, not in the rubric
        old = getattr(scheme, field)
        setattr(scheme, field, new)
        return old, None
    if kind == "item":
        return _apply_item(scheme, op, edit.get("key"), field, new)
    return _apply_rule(scheme, op, edit.get("key"), field, new)


def _apply_item(scheme: Scheme, op: str, key: dict | None, field: str | None, new: Any) -> tuple[Any, dict | None]:
    if op == "add":
        parent = _parent_item(scheme, key)
        spec = dict(new)
        name = text(spec.get("name"), "name", required=True)
        if _sibling_clash(scheme, parent.id if parent else None, name, None):
            raise CorrectionError(message("correct.bad.duplicate", name=name))
        item = Item(id=new_id(scheme, "item", *(parent.path if parent else []), name),
                    parent=parent.id if parent else None, path=(list(parent.path) if parent else []) + [name],
                    name=name, points=number(spec.get("points"), "points"),
                    weight_pct=number(spec.get("weight_pct"), "weight_pct"),
                    method=text(spec.get("method"), "method"), assessor=text(spec.get("assessor"), "assessor"),
                    task=text(spec.get("task"), "task"), criteria=text(spec.get("criteria"), "criteria"))
        # after the parent's last descendant, so the tree keeps document order
        where = len(scheme.items)
        if parent is not None:
            block = [parent, *descendants(scheme, parent)]
            where = max(scheme.items.index(i) for i in block) + 1
        scheme.items.insert(where, item)
        return None, item_key(item)
    item = find_item(scheme, key)
    if op == "delete":
        if descendants(scheme, item):
            raise CorrectionError(message("correct.bad.has_children", name=item.name))
        scheme.items.remove(item)
        scheme.rules[:] = [r for r in scheme.rules if r.item != item.id]
        scheme.warnings[:] = [w for w in scheme.warnings if w.item != item.id]
        return item.model_dump(exclude={"id", "parent"}, exclude_none=True), None
    if field == "parent" or op == "move":
        parent = _parent_item(scheme, new)
        if parent is not None and (parent is item or parent in descendants(scheme, item)):
            raise CorrectionError(message("correct.bad.cycle", name=item.name, parent=parent.name))
        if _sibling_clash(scheme, parent.id if parent else None, item.name, item):
            raise CorrectionError(message("correct.bad.duplicate", name=item.name))
        old_parent = _item_by_id(scheme, item.parent)
        item.parent = parent.id if parent else None
        _repath(scheme, item, (list(parent.path) if parent else []) + [item.name])
        return (item_key(old_parent) if old_parent else None), item_key(item)
    old = getattr(item, field)
    if field == "name":
        parent_id = item.parent
        if _sibling_clash(scheme, parent_id, new, item):
            raise CorrectionError(message("correct.bad.duplicate", name=new))
        item.name = new
        _repath(scheme, item, item.path[:-1] + [new])
    else:
        setattr(item, field, new)
    return old, item_key(item)


def _apply_rule(scheme: Scheme, op: str, key: dict | None, field: str | None, new: Any) -> tuple[Any, dict | None]:
    if op == "add":
        spec = dict(new)
        item = _parent_item(scheme, {"path": spec.get("item"), "source": None}) if spec.get("item") else None
        kind = spec.get("kind")
        if kind not in RULE_KINDS:
            raise CorrectionError(message("correct.bad.kind", value=kind, kinds=", ".join(RULE_KINDS)))
        body = text(spec.get("text"), "text", required=True)
        rule = Rule(id=new_id(scheme, "rule", item.id if item else "", body), item=item.id if item else None,
                    kind=kind, text=body, **{f: number(spec.get(f), f) for f in RULE_NUMBER_FIELDS},
                    **{f: text(spec.get(f), f) for f in ("per", "label", "condition")})
        scheme.rules.append(rule)
        return None, rule_key(scheme, rule)
    rule = find_rule(scheme, key)
    if op == "delete":
        scheme.rules.remove(rule)
        return rule.model_dump(exclude={"id", "item"}, exclude_none=True), None
    if field == "item":
        target = _parent_item(scheme, new)
        old_item = _item_by_id(scheme, rule.item)
        rule.item = target.id if target else None
        return (item_key(old_item) if old_item else None), rule_key(scheme, rule)
    old = getattr(rule, field)
    setattr(rule, field, new)
    if rule.amount is not None and rule.amount_max is not None and rule.amount_max < rule.amount:
        raise CorrectionError(message("correct.bad.range", low=rule.amount, high=rule.amount_max))
    return old, rule_key(scheme, rule)


def replay(rubric: Rubric, edits: list[tuple[int, dict]]) -> tuple[Rubric, dict[int, str | None]]:
    """Apply stored edits in order to a copy of `rubric`: (corrected copy, {edit id: None when
    applied, else why it conflicts}). A refused edit leaves the rubric as it was before it."""
    current = rubric.model_copy(deep=True)
    results: dict[int, str | None] = {}
    for edit_id, edit in edits:
        trial = current.model_copy(deep=True)
        try:
            apply_edit(trial, edit)
        except (Conflict, CorrectionError) as exc:
            results[edit_id] = str(exc)
            continue
        current = trial
        results[edit_id] = None
    return current, results
