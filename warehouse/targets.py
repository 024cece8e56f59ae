"""What a person types to name an item or a rule, turned into the stable key an edit stores.

Why forgiving but never guessing (as warehouse/lookup.py for documents): an item is named by its
path joined with "/" (`基础工作/台账管理`, the path the terminal shows with " / " works too), its
id, or its name alone when only one item has it; a rule by `rule:ID` or `ITEMPATH#N` (the N-th rule
of that item, counted from 1; `#N` for the scheme-wide rules). Item names may themselves hold a
"/", so a path is compared whole, never split.
"""

from __future__ import annotations

from rubrics.extracted.models import Item, Rule, Scheme
from rubrics.messages import message
from rubrics.warehouse.edits import CorrectionError, item_key, rule_key

SEPARATORS = ("/", " / ", "／")


def _joined(item: Item) -> set[str]:
    return {sep.join(item.path) for sep in SEPARATORS}


def find_item_ref(scheme: Scheme, ref: str) -> Item:
    ref = ref.strip()
    for test in (lambda i: ref in _joined(i), lambda i: i.id == ref, lambda i: i.name == ref):
        hits = [i for i in scheme.items if test(i)]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            listed = "；".join("/".join(i.path) for i in hits[:5])
            raise CorrectionError(message("correct.target.ambiguous", ref=ref, candidates=listed))
    raise CorrectionError(message("correct.target.no_item", ref=ref, scheme=scheme.name))


def find_rule_ref(scheme: Scheme, ref: str) -> Rule:
    ref = ref.strip()
    if ref.startswith("rule:"):
        rule_id = ref[5:].strip()
        hits = [r for r in scheme.rules if r.id == rule_id or r.id.startswith(rule_id)]
        if len(hits) == 1:
            return hits[0]
        raise CorrectionError(message("correct.target.no_rule", ref=ref))
    path, _, n = ref.rpartition("#")
    if not n.isdigit() or int(n) < 1:
        raise CorrectionError(message("correct.target.no_rule", ref=ref))
    item_id = find_item_ref(scheme, path).id if path.strip() else None
    under = [r for r in scheme.rules if r.item == item_id]
    if int(n) > len(under):
        raise CorrectionError(message("correct.target.no_rule", ref=ref))
    return under[int(n) - 1]


def is_rule_ref(ref: str) -> bool:
    ref = ref.strip()
    return ref.startswith("rule:") or ("#" in ref and ref.rpartition("#")[2].isdigit())


def item_ref_key(scheme: Scheme, ref: str | None) -> dict | None:
    """The key of the item a reference names; None (the scheme's top level) for an empty one."""
    if ref is None or not str(ref).strip():
        return None
    return item_key(find_item_ref(scheme, str(ref)))


def rule_ref_key(scheme: Scheme, ref: str) -> dict:
    return rule_key(scheme, find_rule_ref(scheme, ref))
