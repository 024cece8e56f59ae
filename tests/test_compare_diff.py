"""compare_schemes on pairs whose changes are known: generated next-year versions of gold schemes."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rubrics.compare.diff import compare_schemes
from rubrics.compare.match import match_schemes
from rubrics.compare.mutate import MUTATIONS, next_year
from rubrics.extracted.models import Rubric

FIXTURES = Path(__file__).parent / "fixtures" / "compare"
STEMS = ("001_c964ca30b7816367", "003_2484aa2863b60ef9", "004_8bf266f19149a451")


def load(stem: str) -> Rubric:
    return Rubric.model_validate(json.loads((FIXTURES / f"{stem}.json").read_text(encoding="utf-8")))


SCHEMES = [(stem, n) for stem in STEMS for n in range(len(load(stem).schemes))]


def keys(comparison) -> set[tuple]:
    return {c.key() for c in comparison.changes}


@pytest.mark.parametrize(("stem", "n"), SCHEMES)
def test_a_scheme_compared_with_itself_has_no_changes(stem, n):
    scheme = load(stem).schemes[n]
    comparison = compare_schemes(scheme, scheme.model_copy(deep=True))
    assert comparison.changes == []
    assert comparison.matched_items == len(scheme.items)
    assert comparison.matched_rules == len(scheme.rules)


@pytest.mark.parametrize(("stem", "n"), SCHEMES)
@pytest.mark.parametrize("kind", MUTATIONS)
def test_each_kind_of_change_alone_is_reported_exactly(stem, n, kind):
    scheme = load(stem).schemes[n]
    mutated = next_year(scheme, random.Random(7), [kind])
    if not mutated.applied:
        pytest.skip(f"{kind} has no target in {stem}#{n}")
    assert keys(compare_schemes(scheme, mutated.scheme)) == mutated.expected


@settings(max_examples=30, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    which=st.sampled_from(SCHEMES),
    seed=st.integers(0, 10_000),
    kinds=st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=8),
)
def test_several_changes_at_once_are_reported_exactly_and_nothing_else(which, seed, kinds):
    stem, n = which
    scheme = load(stem).schemes[n]
    mutated = next_year(scheme, random.Random(seed), kinds)
    assert keys(compare_schemes(scheme, mutated.scheme)) == mutated.expected


def test_a_renamed_moved_repointed_item_is_still_the_same_item():
    scheme = load("003_2484aa2863b60ef9").schemes[0]
    b = scheme.model_copy(deep=True)
    item = next(i for i in b.items if i.name == "党风廉政建设")
    new_parent = next(i for i in b.items if i.name == "内部管理")
    item.name, item.parent, item.points = "党风廉政建设工作", new_parent.id, 5.0
    item.path = [*new_parent.path, item.name]
    comparison = compare_schemes(scheme, b)
    assert {(c.kind, c.field, c.before if not isinstance(c.before, list) else tuple(c.before)) for c in comparison.changes} == {
        ("renamed", "name", "党风廉政建设"),
        ("moved", "parent", ("保证目标", "党建与思想政治工作")),
        ("repointed", "points", 4.0),
    }
    match = next(m for m in match_schemes(scheme, b).items if m.b.id == item.id)
    assert match.a.name == "党风廉政建设"
    assert 0.6 <= match.confidence < 0.95  # sure, but less sure than an unchanged item


def test_every_change_carries_its_source_on_both_sides():
    scheme = load("003_2484aa2863b60ef9").schemes[0]
    rng = random.Random(3)
    mutated = next_year(scheme, rng, ["rule_amount", "rule_unit", "repoint"])
    comparison = compare_schemes(scheme, mutated.scheme)
    assert comparison.changes
    for change in comparison.changes:
        assert change.a is not None and change.b is not None
        if change.kind == "rule_changed":
            assert change.a.source and change.a.source["text"] in change.a.text
            assert change.a.source["file"] == "003_2484aa2863b60ef9.txt"
            assert change.b.rule and change.a.rule


def test_units_of_one_document_share_their_common_items():
    """Seed 003: two departments' schemes share the 保证目标 block; only real differences show."""
    rubric = load("003_2484aa2863b60ef9")
    library, network = rubric.schemes[0], rubric.schemes[1]
    comparison = compare_schemes(library, network, rubric.document, rubric.document)
    common = [i for i in library.items if i.path[0] == "保证目标"]
    matched = {m.a.id: m.b for m in match_schemes(library, network).items}
    assert all(i.id in matched and matched[i.id].path == i.path for i in common)
    repointed = {c.path[-1]: (c.before, c.after) for c in comparison.changes if c.kind == "repointed"}
    assert repointed == {"工作纪律": (None, 2.0), "与安全管理": (None, 2.0)}
    dropped_paths = {c.path[0] for c in comparison.changes if c.kind == "item_dropped"}
    assert "保证目标" not in dropped_paths
