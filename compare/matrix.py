"""Many schemes side by side: the items of all as rows, the schemes (units) as columns.

How: the first scheme's items are the first rows; each further scheme is matched against the
rows so far (each row stands for the item that opened it) with the same matcher as a pairwise
comparison; its unmatched items open new rows just after the row of the item before them.
A row common to all schemes whose points (or method, assessor) differ is marked, so the
differences among otherwise shared items stand out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rubrics.compare.match import item_texts, match_items
from rubrics.compare.text import norm
from rubrics.extracted.models import Item, Scheme

# Fields compared along a row; a difference in any marks the row.
ROW_FIELDS = ("points", "weight_pct", "method", "assessor")


@dataclass
class Row:
    path: list[str]
    cells: list[Item | None]
    confidence: list[float | None]
    differs: list[str] = field(default_factory=list)

    @property
    def common(self) -> bool:
        return all(c is not None for c in self.cells)

    @property
    def name(self) -> str:
        return self.path[-1] if self.path else ""


@dataclass
class Matrix:
    labels: list[str]
    rows: list[Row]

    def to_dict(self) -> dict:
        return {
            "labels": self.labels,
            "rows": [
                {
                    "path": r.path,
                    "common": r.common,
                    "differs": r.differs,
                    "cells": [
                        None if c is None else {"item": c.id, "path": c.path, "points": c.points, "weight_pct": c.weight_pct,
                                                "method": c.method, "assessor": c.assessor, "confidence": conf,
                                                "source": c.source.model_dump(exclude_none=True, exclude_defaults=True)
                                                if c.source else None}
                        for c, conf in zip(r.cells, r.confidence, strict=True)
                    ],
                }
                for r in self.rows
            ],
        }


def _value(item: Item, name: str):
    value = getattr(item, name)
    return norm(value) if isinstance(value, str) else value


def build_matrix(schemes: list[Scheme], labels: list[str]) -> Matrix:
    """Rows of matched items across all `schemes`, one column per scheme."""
    n = len(schemes)
    rows: list[Row] = []
    texts: dict[str, str] = {}  # item id → the text it asks (for every scheme seen so far)
    for col, scheme in enumerate(schemes):
        own = item_texts(scheme)
        reps = [next(c for c in r.cells if c is not None) for r in rows]
        matches, _, _ = match_items(reps, scheme.items, texts, own)
        texts.update(own)
        row_of = {id(rep): k for k, rep in enumerate(reps)}
        placed: dict[str, Row] = {}
        for m in matches:
            row = rows[row_of[id(m.a)]]
            row.cells[col] = m.b
            row.confidence[col] = m.confidence
            placed[m.b.id] = row
        # An unmatched item opens a row just before the row of the next item of its scheme that
        # is placed, so a unit's own items sit among the rows of their neighbours.
        pending: list[Row] = []
        for item in [*scheme.items, None]:
            if item is not None and item.id not in placed:
                row = Row(path=list(item.path), cells=[None] * n, confidence=[None] * n)
                row.cells[col] = item
                row.confidence[col] = 1.0
                pending.append(row)
                continue
            if pending:
                at = len(rows) if item is None else rows.index(placed[item.id])
                rows[at:at] = pending
                pending = []
    for row in rows:
        present = [c for c in row.cells if c is not None]
        row.differs = [f for f in ROW_FIELDS if len({_value(c, f) for c in present}) > 1]
    return Matrix(labels, rows)
