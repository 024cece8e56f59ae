"""Generated layout variants (tests/variants): the pipeline reads back the tree each table or prose was made from.

Why: the seeds and the shared corpus are a handful of layouts; these are hundreds the reader has never
seen (column order, header synonyms in both scripts, merges, section and total rows, numbering styles).
A fixed seed keeps the sample the same in CI. The floors are today's measured rates (named below);
raise them as the reader improves, toward issue 11's 98 % exact. `bench/variants.py` shows which
layout knob fails. CI (`make test` → plain pytest) runs this test; it is not marked slow.
"""

from __future__ import annotations

from collections import Counter

import pytest
from variants.compare import compare
from variants.generator import LEAF_UNIT, generate
from variants.runner import run_one

from rubrics.extracted.models import Item, Rubric, Rule, Scheme

SEED = 1
SAMPLE = 100  # variants per run: ~20–35 s here on a shared 2-core machine

# Share of the sample that must pass, overall (exact) and per check alone. Set to what the pipeline of
# 2026-11 (before issue 11's general reader) achieves on this sample, measured: generation and pipeline
# are deterministic, so there is no noise to allow for. Raise each as the reader improves (goal: exact 0.98).
# items and points rose when the generator stopped drawing unreal column orders; rules fell from 0.36 because the
# generator now states `…加N分` within an item's points, an award by the gold README, which the prose path still
# reads as a bonus (triage class R1): a reader bug the old expectation hid, not a regression.
FLOORS = {"exact": 0.98, "schemes": 0.99, "items": 0.98, "points": 0.99, "rules": 0.98}  # measured 0.99 exact with the general reader; the issue asks 0.98
CHECKED = ("schemes", "items", "points", "rules")


def test_generation_is_deterministic_and_sums_hold():
    for index in range(40):
        v = generate(SEED, index)
        assert v == generate(SEED, index)
        for scheme in v.schemes:
            assert sum(r.points for r in scheme.roots) == pytest.approx(scheme.total)
            paths = [path for path, _ in scheme.walk()]
            assert len(paths) == len(set(paths)), "item paths are distinct"
            for _, node in scheme.walk():
                if node.children:
                    assert sum(c.points for c in node.children) == pytest.approx(node.points)
                else:
                    assert node.points >= LEAF_UNIT[int(scheme.total)]
                if node.weight is not None:
                    assert node.weight == pytest.approx(node.points * 100 / scheme.total)


def _as_read(spec) -> Rubric:
    """The rubric a perfect reader would return for a one-scheme variant."""
    items, rules, ids = [], [], {}
    for n, (path, node) in enumerate(spec.walk()):
        ids[path] = f"i{n}"
        items.append(Item(id=f"i{n}", path=list(path), name=path[-1], points=node.points,
                          weight_pct=node.weight, parent=ids.get(path[:-1])))
        rules += [Rule(id=f"r{n}-{k}", item=f"i{n}", kind=r.kind, amount=r.amount, text="x")
                  for k, r in enumerate(node.rules)]
    return Rubric(document={}, schemes=[Scheme(id="s", name=spec.name or "表", items=items, rules=rules)])


def test_compare_passes_the_made_tree_and_fails_a_changed_one():
    index = next(i for i in range(100) if len((v := generate(SEED, i, only="xlsx")).schemes) == 1
                 and any(n.rules for _, n in v.schemes[0].walk()))
    v = generate(SEED, index, only="xlsx")
    assert compare(v, _as_read(v.schemes[0])).ok
    wrong_points = _as_read(v.schemes[0])
    wrong_points.schemes[0].items[-1].points += 1
    assert any(r.startswith("points") for r in compare(v, wrong_points).reasons)
    lost_rule = _as_read(v.schemes[0])
    lost_rule.schemes[0].rules.pop()
    assert any(r.startswith("rules missing") for r in compare(v, lost_rule).reasons)
    numbered = _as_read(v.schemes[0])
    numbered.schemes[0].items[0].path[0] = "一、" + numbered.schemes[0].items[0].path[0]
    assert any(r.startswith("missing") for r in compare(v, numbered).reasons)


def test_pass_rates_on_generated_layouts(tmp_path):
    results = [run_one(SEED, i, tmp_path) for i in range(SAMPLE)]
    failed = Counter(check for r in results for check in r.failed)
    rates = {"exact": sum(r.ok for r in results) / SAMPLE}
    rates |= {check: (SAMPLE - failed[check]) / SAMPLE for check in CHECKED}
    low = {k: f"{rates[k]:.0%} < {floor:.0%}" for k, floor in FLOORS.items() if rates[k] < floor}
    examples = [f"{r.path.name}: {r.reasons[0]}" for r in results if not r.ok][:5]
    assert not low, f"pass rates fell below their floors: {low}; e.g. {examples}"
