"""What the review pages show, read from the warehouse: the list of schemes with their review
state, and one scheme's items, rules, sum checks, corrections and conflicts beside the original.

Why apart from the HTTP layer: these are plain queries over the warehouse that tests can check
without a browser, and the server stays a thin layer of routes and safety checks.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from rubrics.extracted.models import Rubric, Scheme
from rubrics.where import describe_source

# a sum differing by less than this is equal (points are written with at most two decimals)
SUM_TOLERANCE = 1e-6


@dataclass
class SchemeRow:
    doc_id: str
    file: str
    title: str | None
    org: str | None
    year: int | None
    ord: int
    name: str
    n_items: int
    n_rules: int
    n_warnings: int
    state: str  # new | needs | reviewed
    reasons: list[str]
    n_corrections: int
    n_conflicts: int


STATE_WORDS = {"new": "新入库", "needs": "需审核", "reviewed": "已审核"}


def scheme_rows(con: duckdb.DuckDBPyConnection) -> list[SchemeRow]:
    from rubrics.warehouse.corrections import review_states

    reviewed = review_states(con)
    counts = {(d, s): (n, c) for d, s, n, c in con.execute(
        "SELECT document_id, scheme, count(*) FILTER (WHERE status <> 'undone'), "
        "count(*) FILTER (WHERE status = 'conflict') FROM overrides GROUP BY ALL").fetchall()}
    warnings: dict[tuple[str, str], list[str]] = {}
    for doc, scheme, msg in con.execute(
            "SELECT document_id, scheme_id, message FROM warnings WHERE scheme_id IS NOT NULL ORDER BY ord").fetchall():
        warnings.setdefault((doc, scheme), []).append(msg)
    rows = []
    for doc, file, title, org, year, ord_, sid, name, n_items, n_rules, n_warn in con.execute(
            "SELECT d.id, d.file, d.title, d.org, d.year, s.ord, s.id, s.name, s.n_items, s.n_rules, s.n_warnings "
            "FROM schemes s JOIN documents d ON d.id = s.document_id ORDER BY d.file, s.ord").fetchall():
        n_corr, n_conf = counts.get((doc, name), (0, 0))
        reasons = list(warnings.get((doc, sid), []))
        if n_conf:
            reasons.insert(0, f"{n_conf}条更正冲突")
        if reviewed.get((doc, name)):
            state = "reviewed" if not n_conf else "needs"
        elif reasons:
            state = "needs"
        else:
            state = "new"
        rows.append(SchemeRow(doc, file, title, org, year, ord_, name, n_items, n_rules, n_warn, state, reasons,
                              n_corr, n_conf))
    return rows


def _fmt(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def sum_checks(scheme: Scheme) -> list[dict]:
    """Where children's points do not add up to their parent's, and the top level to the total."""
    checks = []
    for item in scheme.items:
        children = [i for i in scheme.items if i.parent == item.id]
        if item.points is None or not children or any(c.points is None for c in children):
            continue
        total = sum(c.points for c in children)
        if abs(total - item.points) > SUM_TOLERANCE:
            checks.append({"item": item.id, "path": " / ".join(item.path), "stated": _fmt(item.points),
                           "sum": _fmt(total)})
    top = [i for i in scheme.items if i.parent is None]
    if scheme.total is not None and top and all(i.points is not None for i in top):
        total = sum(i.points for i in top)
        if abs(total - scheme.total) > SUM_TOLERANCE:
            checks.append({"item": None, "path": "（方案满分）", "stated": _fmt(scheme.total), "sum": _fmt(total)})
    return checks


def _source(source) -> dict | None:
    if source is None:
        return None
    return {k: v for k, v in source.model_dump().items() if v is not None and v is not False and k != "file"}


def scheme_view(rubric: Rubric, original: Rubric, scheme: Scheme) -> dict:
    """The scheme as the page draws it: items in tree order with their rules and original values."""
    before = next((s for s in original.schemes if s.name == scheme.name), None)
    old_items = {i.id: i for i in before.items} if before else {}
    old_rules = {r.id: r for r in before.rules} if before else {}
    items = []
    for item in scheme.items:
        old = old_items.get(item.id)
        changes = {}
        for field in ("name", "points", "weight_pct", "method", "assessor"):
            then = getattr(old, field) if old else None
            if old is None or then != getattr(item, field):
                changes[field] = "（新增）" if old is None else _fmt(then) or "空"
        rules = []
        for rule in (r for r in scheme.rules if r.item == item.id):
            rules.append(_rule_view(rule, old_rules.get(rule.id)))
        items.append({
            "id": item.id, "parent": item.parent, "depth": len(item.path) - 1, "name": item.name,
            "path": "/".join(item.path), "points": _fmt(item.points), "weight": _fmt(item.weight_pct),
            "method": item.method or "", "assessor": item.assessor or "", "where": describe_source(item.source),
            "source": _source(item.source), "changes": changes, "rules": rules,
        })
    scheme_rules = [_rule_view(r, old_rules.get(r.id)) for r in scheme.rules if r.item is None]
    return {"items": items, "scheme_rules": scheme_rules, "checks": sum_checks(scheme),
            "total": _fmt(scheme.total)}


KIND_WORDS = {"deduct": "扣分", "award": "得分", "bonus": "加分", "cap": "封顶", "veto": "一票否决", "grade": "等次"}


def _rule_view(rule, old) -> dict:
    changes = {}
    for field in ("kind", "amount", "amount_max", "per"):
        then = getattr(old, field) if old else None
        if old is None or then != getattr(rule, field):
            changes[field] = "（新增）" if old is None else _fmt(then) or "空"
    return {"id": rule.id, "kind": rule.kind, "kind_word": KIND_WORDS.get(rule.kind, rule.kind),
            "amount": _fmt(rule.amount), "amount_max": _fmt(rule.amount_max), "per": rule.per or "",
            "text": rule.text, "where": describe_source(rule.source), "source": _source(rule.source),
            "changes": changes}
