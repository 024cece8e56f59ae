"""The matcher's parts: assignment, name similarity, and the matrix on units that name items differently."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from rubrics.compare.assign import assign
from rubrics.compare.matrix import build_matrix
from rubrics.compare.text import name_similarity, text_similarity
from rubrics.extracted.models import Item, Rule, Scheme


@settings(max_examples=60, derandomize=True, deadline=None)
@given(st.integers(1, 5), st.integers(1, 5), st.data())
def test_assign_finds_the_best_one_to_one_total(n, m, data):
    scores = [[data.draw(st.sampled_from([0.0, 0.3, 0.6, 0.7, 0.8, 0.9, 1.0])) for _ in range(m)] for _ in range(n)]
    pairs = assign(scores, 0.5)
    assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})
    assert all(scores[i][j] >= 0.5 for i, j in pairs)
    best = 0.0  # brute force over all partial one-to-one assignments
    for perm in itertools.permutations(range(max(n, m)), n):
        best = max(best, sum(scores[i][j] for i, j in enumerate(perm) if j < m and scores[i][j] >= 0.5))
    assert abs(sum(scores[i][j] for i, j in pairs) - best) < 1e-9


def test_names_alike_and_unlike():
    assert name_similarity("党建工作（统战工作）", "党建工作(统战工作)") == 1.0  # width and punctuation
    assert name_similarity("党风廉政建设", "党风廉政建设工作") > 0.8
    assert name_similarity("财务工作", "资产管理") < 0.3
    assert name_similarity("工作纪律", "工作") < name_similarity("工作纪律", "工作纪律要求")
    assert text_similarity("每少1次扣0.25分", "每少一次扣0.5分") == 1.0  # numbers masked, amounts compared apart


def _scheme(sid: str, rows: list[tuple[str, str | None, str, float | None, str | None]], rules=()) -> Scheme:
    """Items from (id, parent id, name, points, assessor); paths from the parent chain."""
    items, by_id = [], {}
    for iid, parent, name, points, assessor in rows:
        path = [*by_id[parent].path, name] if parent else [name]
        item = Item(id=iid, parent=parent, path=path, name=name, points=points, assessor=assessor)
        by_id[iid] = item
        items.append(item)
    return Scheme(id=sid, name=sid, items=items, rules=list(rules))


def test_matrix_lines_up_items_named_a_little_differently_per_unit():
    """A village, a hospital and a bureau: 1000-point and weighted schemes, names varying slightly."""
    village = _scheme("村", [
        ("a", None, "基层党建", 300.0, None), ("a1", "a", "组织生活会", 100.0, "组织部"),
        ("a2", "a", "党员发展", 200.0, "组织部"), ("b", None, "乡村振兴", 700.0, None),
        ("b1", "b", "人居环境整治", 700.0, "农业农村局")])
    hospital = _scheme("院", [
        ("x", None, "基层党建工作", 300.0, None), ("x1", "x", "组织生活会制度", 150.0, "组织部"),
        ("x2", "x", "党员发展", 150.0, "组织部"), ("y", None, "医疗质量", 700.0, None),
        ("y1", "y", "病历书写合格率", 700.0, "医务科")])
    bureau = _scheme("局", [
        ("p", None, "基层党建", None, None), ("p1", "p", "党员发展", 200.0, "党委办"),
        ("q", None, "依法行政", None, None), ("q1", "q", "行政复议纠错率", None, "法制科")],
        rules=[Rule(id="r1", item="q1", kind="deduct", amount=10, text="被纠错一次扣10分")])
    matrix = build_matrix([village, hospital, bureau], ["村", "院", "局"])
    rows = {r.name: r for r in matrix.rows}
    assert [c.id if c else None for c in rows["基层党建"].cells] == ["a", "x", "p"]
    assert rows["基层党建"].differs == ["points"]  # 300, 300 and not stated
    assert [c.id if c else None for c in rows["组织生活会"].cells] == ["a1", "x1", None]
    assert [c.id if c else None for c in rows["党员发展"].cells] == ["a2", "x2", "p1"]
    assert set(rows["党员发展"].differs) == {"points", "assessor"}
    own = [r.name for r in matrix.rows if sum(c is not None for c in r.cells) == 1]
    assert own == ["乡村振兴", "人居环境整治", "医疗质量", "病历书写合格率", "依法行政", "行政复议纠错率"]
    names = [r.name for r in matrix.rows]
    assert names.index("医疗质量") < names.index("病历书写合格率")  # a unit's own subtree stays in order
