"""One-to-one assignment that maximises the total score (Hungarian method, pure Python).

Why our own: scipy is not a dependency, and the matrices left after exact anchoring are small
(tens of items), where the O(n²·m) shortest-augmenting-path method is instant.
"""

from __future__ import annotations

_INF = float("inf")


def assign(scores: list[list[float]], floor: float) -> list[tuple[int, int]]:
    """Pairs (i, j) maximising the summed score, each row and column used at most once.

    Scores below `floor` are forbidden pairs. Rows may stay unmatched: every row also has a
    private "unmatched" column of score 0, so a forbidden pair never beats leaving both alone.
    """
    n = len(scores)
    m = len(scores[0]) if n else 0
    if n == 0 or m == 0:
        return []
    transposed = n > m
    if transposed:
        scores = [list(col) for col in zip(*scores, strict=True)]
        n, m = m, n
    width = m + n  # real columns, then one dummy per row
    # Costs to minimise: 1 - score for allowed pairs, 1 for "unmatched", 2 for forbidden pairs.
    cost = [[(1.0 - s) if s >= floor else 2.0 for s in row] + [1.0] * n for row in scores]
    u = [0.0] * (n + 1)
    v = [0.0] * (width + 1)
    p = [0] * (width + 1)  # p[j]: row (1-based) assigned to column j
    way = [0] * (width + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [_INF] * (width + 1)
        used = [False] * (width + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = _INF
            j1 = 0
            row = cost[i0 - 1]
            for j in range(1, width + 1):
                if not used[j]:
                    cur = row[j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(width + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    pairs = []
    for j in range(1, m + 1):
        i = p[j]
        if i and scores[i - 1][j - 1] >= floor:
            pairs.append((j - 1, i - 1) if transposed else (i - 1, j - 1))
    return sorted(pairs)
