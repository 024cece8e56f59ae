"""Corrections as a person writes them (a `--set` line, an entry of a corrections file) → edits.

Why one translation for the command line, the corrections file and the review page: the three
must mean the same thing by `points`, by a path and by a rule number. Each spec is resolved
against the scheme as the earlier specs of the same batch left it, so `rename, then set the
renamed item's points` works in one command.

Corrections file (JSON, schema in extracted/corrections.schema.json):
  {"who": "张三", "corrections": [{"scheme": "DOC#SCHEME", "edits": [
     {"op": "set", "target": "基础工作/台账管理", "field": "points", "value": 5},
     {"op": "set", "target": "基础工作/台账管理#1", "field": "amount", "value": 0.5},
     {"op": "delete", "target": "rule:3fa2c1"},
     {"op": "add_item", "parent": "基础工作", "name": "档案", "points": 2},
     {"op": "add_rule", "item": "基础工作/档案", "kind": "deduct", "amount": 1, "per": "次", "text": "缺一次扣1分"},
     {"op": "reviewed", "value": true}]}]}
An entry exported by `rubrics corrections --export` also carries `target_kind` and `key` (the stored
target key), which then win over `target`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from rubrics.extracted.models import Rubric
from rubrics.messages import message
from rubrics.warehouse.edits import CorrectionError, apply_edit, find_scheme
from rubrics.warehouse.targets import is_rule_ref, item_ref_key, rule_ref_key

# `PATH.FIELD=VALUE`: the field is the last `.name=` (item names may hold dots: 1.组织学习.points=2)
SET_LINE = re.compile(r"^(?P<target>.+)\.(?P<field>[a-z_]+)=(?P<value>.*)$", re.S)
FILE_OPS = ("set", "delete", "add_item", "add_rule", "reviewed", "move")
ITEM_SPEC_FIELDS = ("name", "points", "weight_pct", "method", "assessor", "task", "criteria")
# what an exported entry carries besides the edit itself (ignored on the way in, except `key`, `kind`)
INFO_KEYS = {"id", "who", "at", "status", "target_kind", "key", "target"}
RULE_SPEC_FIELDS = ("kind", "amount", "amount_max", "per", "label", "below", "at_least", "quota_pct",
                    "condition", "text")


def parse_set(line: str) -> dict:
    match = SET_LINE.match(line.strip())
    if not match:
        raise CorrectionError(message("correct.bad.set", text=line))
    return {"op": "set", "target": match["target"], "field": match["field"], "value": match["value"]}


def parse_add_item(line: str, scheme_paths: list[list[str]]) -> dict:
    """`上级/新项目=5`: the parent is the longest existing path the line starts with."""
    body, _, points = line.partition("=")
    parent, name = None, body
    for path in sorted(scheme_paths, key=len, reverse=True):
        prefix = next((sep.join(path) + sep for sep in ("/", " / ") if body.startswith(sep.join(path) + sep)), None)
        if prefix and len(body) > len(prefix):
            parent, name = path, body[len(prefix):]
            break
    return {"op": "add_item", "parent": "/".join(parent) if parent else None, "name": name.strip(),
            "points": points.strip() or None}


def parse_add_rule(line: str) -> dict:
    """`项目路径={"kind": "deduct", "amount": 1, "text": "…"}` (an empty path: a scheme-wide rule)."""
    path, sep, body = line.partition("={")
    if not sep:
        raise CorrectionError(message("correct.bad.json", text=line, reason="ITEM={...}"))
    try:
        spec = json.loads("{" + body)
    except ValueError as exc:
        raise CorrectionError(message("correct.bad.json", text=line, reason=exc)) from None
    if not isinstance(spec, dict):
        raise CorrectionError(message("correct.bad.json", text=line, reason="{...}"))
    return {"op": "add_rule", "item": path.strip() or None, **spec}


def to_edit(rubric: Rubric, scheme_name: str, spec: dict) -> dict:
    """One spec as an edit with its target's stable key, resolved against `rubric` as it is now."""
    scheme = find_scheme(rubric, scheme_name)
    op = spec.get("op")
    if op not in FILE_OPS:
        raise CorrectionError(message("correct.bad.op", op=op, kind=spec.get("kind", "")))
    if op == "reviewed":
        return {"kind": "scheme", "op": "review", "scheme": scheme.name, "key": None, "field": "reviewed",
                "new": spec.get("value", True)}
    if op == "add_item":
        unknown = set(spec) - {"op", "parent", *ITEM_SPEC_FIELDS} - INFO_KEYS
        if unknown:
            raise CorrectionError(message("correct.bad.field", field=", ".join(sorted(unknown)),
                                          allowed=", ".join(ITEM_SPEC_FIELDS)))
        return {"kind": "item", "op": "add", "scheme": scheme.name, "key": item_ref_key(scheme, spec.get("parent")),
                "field": None, "new": {f: spec.get(f) for f in ITEM_SPEC_FIELDS if spec.get(f) is not None}}
    if op == "add_rule":
        unknown = set(spec) - {"op", "item", *RULE_SPEC_FIELDS} - INFO_KEYS
        if unknown:
            raise CorrectionError(message("correct.bad.field", field=", ".join(sorted(unknown)),
                                          allowed=", ".join(RULE_SPEC_FIELDS)))
        item_key = item_ref_key(scheme, spec.get("item"))
        new = {f: spec.get(f) for f in RULE_SPEC_FIELDS if spec.get(f) is not None}
        new["item"] = item_key["path"] if item_key else None
        return {"kind": "rule", "op": "add", "scheme": scheme.name, "key": None, "field": None, "new": new}
    target = str(spec.get("target") or "")
    kind = spec.get("target_kind") or ("rule" if is_rule_ref(target) else "item")
    key = spec.get("key") or (rule_ref_key(scheme, target) if kind == "rule" else item_ref_key(scheme, target))
    if key is None:
        raise CorrectionError(message("correct.target.no_item", ref=target, scheme=scheme.name))
    if op == "delete":
        return {"kind": kind, "op": "delete", "scheme": scheme.name, "key": key, "field": None, "new": None}
    field = spec.get("field") or ("parent" if kind == "item" else "item")
    value = spec.get("value")
    if op == "move" or field in ("parent", "item"):
        # the new parent (or a rule's item) is named like any item; empty: the top level / the scheme
        return {"kind": kind, "op": "set", "scheme": scheme.name, "key": key, "field": field,
                "new": item_ref_key(scheme, value) if value not in (None, "") else None}
    return {"kind": kind, "op": "set", "scheme": scheme.name, "key": key, "field": field, "new": value}


def to_edits(rubric: Rubric, scheme_name: str, specs: list[dict]) -> list[dict]:
    """Every spec as an edit, each resolved after the ones before it were applied (on a copy)."""
    from rubrics.warehouse.corrections import prepare

    scratch = rubric.model_copy(deep=True)
    edits = []
    for spec in specs:
        edit = prepare(to_edit(scratch, scheme_name, spec))
        apply_edit(scratch, edit)
        edits.append(edit)
    return edits


def read_file(path: Path) -> dict:
    """A corrections file, checked for the shape the schema gives; a one-line error otherwise."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CorrectionError(message("correct.bad.file", file=path, reason=exc)) from None
    problem = _shape_problem(data)
    if problem:
        raise CorrectionError(message("correct.bad.file", file=path, reason=problem))
    return data


def _shape_problem(data: Any) -> str | None:
    if not isinstance(data, dict) or not isinstance(data.get("corrections"), list):
        return '{"corrections": [...]}'
    for n, entry in enumerate(data["corrections"], 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("scheme"), str) \
                or not isinstance(entry.get("edits"), list):
            return f'corrections[{n}]: {{"scheme": "...", "edits": [...]}}'
        for m, edit in enumerate(entry["edits"], 1):
            if not isinstance(edit, dict) or edit.get("op") not in FILE_OPS:
                return f"corrections[{n}].edits[{m}]: op ∈ {', '.join(FILE_OPS)}"
    return None


def export_records(records: list[dict]) -> dict:
    """Override rows (corrections.listing) as a corrections file another warehouse can replay."""
    grouped: dict[tuple[str, str], list[dict]] = {}
    for r in records:
        if r["status"] == "undone":
            continue
        grouped.setdefault((r["document_id"], r["scheme"]), []).append(_as_spec(r))
    return {"corrections": [{"scheme": f"{doc[:16]}#{scheme}", "edits": edits}
                            for (doc, scheme), edits in grouped.items()]}


def _as_spec(r: dict) -> dict:
    info = {"id": r["id"], "who": r["who"], "at": str(r["at"]), "status": r["status"]}
    key = r["key"]
    if r["op"] == "review":
        return {"op": "reviewed", "value": r["new"], **info}
    if r["op"] == "add" and r["kind"] == "item":
        parent = "/".join(key["path"]) if key else None
        return {"op": "add_item", "parent": parent, **r["new"], **info}
    if r["op"] == "add":
        new = dict(r["new"])
        item = new.pop("item", None)
        return {"op": "add_rule", "item": "/".join(item) if item else None, **new, **info}
    target = r["target"]
    base = {"target": target, "target_kind": r["kind"], "key": key, **info}
    if r["op"] == "delete":
        return {"op": "delete", **base}
    value = r["new"]
    if r["field"] in ("parent", "item"):
        value = "/".join(value["path"]) if value else None
    return {"op": "set", "field": r["field"], "value": value, **base}
