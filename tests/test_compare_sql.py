"""The compare macros in a real DuckDB warehouse: they agree with the Python comparison.

On every generated pair: six fixed seeds, and RANDOM_CASES seeds drawn afresh on each run (the
base seed is printed in a failing test's id, and RUBRICS_TEST_SEED=N reruns it).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
from pathlib import Path

import pytest

from rubrics.compare.diff import compare_schemes
from rubrics.compare.mutate import next_year
from rubrics.compare.sql import install_compare_sql
from rubrics.extracted.models import Rubric
from rubrics.warehouse.db import connect
from rubrics.warehouse.load import write_document

FIXTURES = Path(__file__).parent / "fixtures" / "compare"
ITEM_KINDS = ("add", "drop", "rename", "repoint", "move")
RULE_KINDS = ("rule_amount", "rule_unit", "rule_kind", "rule_drop")


def seed3() -> Rubric:
    return Rubric.model_validate(json.loads((FIXTURES / "003_2484aa2863b60ef9.json").read_text(encoding="utf-8")))


RANDOM_CASES = 12
BASE = int(os.environ.get("RUBRICS_TEST_SEED") or random.SystemRandom().randrange(10**6))
SEEDS = [*range(6), *range(BASE * 100, BASE * 100 + RANDOM_CASES)]


def _case(rubric: Rubric, seed: int):
    """(index of the scheme mutated, the mutation) for one seed; fixed seeds keep their old form."""
    if seed < 6:
        kinds = [*random.Random(seed).sample(ITEM_KINDS, 3), *random.Random(seed).sample(RULE_KINDS, 2)]
        return 0, next_year(rubric.schemes[0], random.Random(seed), kinds)
    rng = random.Random(seed)
    index = rng.randrange(len(rubric.schemes))
    kinds = [*rng.sample(ITEM_KINDS, rng.randint(1, 4)), *rng.sample(RULE_KINDS, rng.randint(0, 3))]
    return index, next_year(rubric.schemes[index], rng, kinds)


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    """A warehouse file holding seed 003 and, per mutation seed, a next-year copy of one scheme."""
    path = tmp_path_factory.mktemp("wh") / "w.duckdb"
    rubric = seed3()
    con = connect(path)
    write_document(con, rubric)
    years = {}
    for seed in SEEDS:
        index, mutated = _case(rubric, seed)
        nxt = rubric.model_copy(deep=True)
        nxt.document.id = hashlib.sha256(f"next year {seed}".encode()).hexdigest()
        nxt.document.year = 2021
        mutated.scheme.id = f"next-{seed}"
        nxt.schemes = [mutated.scheme]
        write_document(con, nxt)
        years[seed] = (rubric.schemes[index], mutated)
    con.close()
    return path, rubric, years


def python_changes(a, b, kinds) -> set[tuple]:
    out = set()
    for c in compare_schemes(a, b).changes:
        if c.kind in kinds:
            before, after = c.before, c.after
            if c.kind == "moved":
                before, after = " / ".join(before), " / ".join(after)
            if c.kind in ("repointed", "rule_changed") and c.field in ("points", "amount", "amount_max"):
                before = None if before is None else str(float(before))
                after = None if after is None else str(float(after))
            if c.kind in ("rule_added", "rule_dropped"):
                out.add((c.kind, tuple(c.path), None, before if c.kind == "rule_dropped" else None,
                         after if c.kind == "rule_added" else None))
                continue
            out.add((c.kind, tuple(c.path), c.field, before, after))
    return out


@pytest.mark.parametrize("seed", SEEDS)
def test_sql_item_changes_agree_with_python(warehouse, seed):
    path, rubric, years = warehouse
    a, mutated = years[seed]
    con = connect(path, read_only=True)  # what `rubrics sql` opens
    install_compare_sql(con)
    rows = con.execute("SELECT kind, path, field, before, after FROM compare_schemes(?, ?)",
                       [a.id, f"next-{seed}"]).fetchall()
    con.close()
    got = {(k, tuple(p), f, b, a) for k, p, f, b, a in rows}
    kinds = {"item_added", "item_dropped", "renamed", "moved", "repointed"}
    assert got == python_changes(a, mutated.scheme, kinds), f"RUBRICS_TEST_SEED={BASE}, mutations {mutated.applied}"
    assert {k for k, *_ in got} == {k[0] for k in mutated.expected if k[0] in kinds}


@pytest.mark.parametrize("seed", SEEDS)
def test_sql_rule_changes_agree_with_python(warehouse, seed):
    path, rubric, years = warehouse
    a, mutated = years[seed]
    con = connect(path, read_only=True)
    install_compare_sql(con)
    df = con.execute("SELECT * FROM compare_rules(?, ?)", [a.id, f"next-{seed}"]).df()  # pandas
    con.close()
    df = df.astype(object).where(df.notna(), None)  # pandas' NaN back to None
    got = {(r.kind, tuple(r.path), r.field, r.before, r.after) for r in df.itertuples()}
    kinds = {"rule_added", "rule_dropped", "rule_changed"}
    assert got == python_changes(a, mutated.scheme, kinds), f"RUBRICS_TEST_SEED={BASE}, mutations {mutated.applied}"


def test_same_condition_twice_in_an_item_pairs_in_order(tmp_path):
    """Two rules of one item with the same wording: dropping an earlier rule shifts their order, and
    they still pair with their twins (the k-th with the k-th), not to a dropped and an added rule."""
    rubric = seed3()
    scheme = rubric.schemes[0]
    item = next(i for i in scheme.items if sum(r.item == i.id for r in scheme.rules) >= 3)
    rules = [r for r in scheme.rules if r.item == item.id]
    text = rules[-1].text
    a = scheme.model_copy(deep=True)
    a.rules = [r for r in a.rules if r.item != item.id] + [
        r.model_copy(update={"text": text, "condition": None}) if n in (1, 2) else r
        for n, r in enumerate(r for r in a.rules if r.item == item.id)]
    b = a.model_copy(deep=True)
    b.id = "twins-b"
    b.rules = [r for r in b.rules if r.id != rules[0].id]  # drop the first: the twins move up one
    doc_b = rubric.model_copy(deep=True)
    doc_b.document.id = "b" * 64
    doc_b.schemes = [b]
    doc_a = rubric.model_copy(deep=True)
    doc_a.schemes = [a]
    con = connect(tmp_path / "w.duckdb")
    write_document(con, doc_a)
    write_document(con, doc_b)
    rows = con.execute("SELECT kind, before FROM compare_rules(?, ?)", [a.id, b.id]).fetchall()
    con.close()
    assert rows == [("rule_dropped", rules[0].text)]


def test_units_side_by_side_in_sql(warehouse):
    path, rubric, _ = warehouse
    con = connect(path, read_only=True)
    install_compare_sql(con)
    install_compare_sql(con)  # again: harmless
    rows = con.execute("SELECT kind, path[-1], before, after FROM compare_schemes(?, ?) WHERE kind = 'repointed'",
                       [rubric.schemes[0].id, rubric.schemes[1].id]).fetchall()
    assert sorted(rows) == [("repointed", "与安全管理", None, "2.0"), ("repointed", "工作纪律", None, "2.0")]
    top = con.execute("SELECT scheme, category, points FROM points_by_unit WHERE year = 2020 ORDER BY scheme, ord").fetchall()
    assert len(top) == 12 and {p for *_, p in top} == {30.0, 40.0}
    con.close()
