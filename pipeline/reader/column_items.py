"""Items printed as column headers: a score sheet whose rows are the units assessed.

Why: some sheets turn the rubric on its side. The header rows name the items with their points
(`工作业绩（60分）` merged over `任务完成（30分）| 创新工作（15分）`), and each body row is a unit to
score (城关街道, 东坝街道) with blank cells to fill in. Read by rows, such a sheet gives the units as
items and chains the headers into one branch. The evidence is structural: at least two header
cells state their points, and the body leaves every cell under them blank. The tree comes from the
header's merges: a pointed cell sits under the pointed cell above it whose columns cover its own.
"""

from __future__ import annotations

from rubrics.extracted.models import Source
from rubrics.pipeline.draft import ItemDraft
from rubrics.pipeline.reader import features as F
from rubrics.pipeline.reader.grid import View
from rubrics.pipeline.reader.settings import ReaderSettings
from rubrics.pipeline.reader.trace import Trace
from rubrics.pipeline.reader.tree import split_name

# At least this many header cells stating points before the header is read as the items.
MIN_POINTED_HEADERS = 2


def column_items(view: View, settings: ReaderSettings, trace: Trace) -> list[ItemDraft] | None:
    """The items a sheet prints as its column headers, or None when the sheet is not one."""
    rows = [r for r in view.rows if r.kind not in ("lead", "blank")]
    band: list = []
    for row in rows[: settings.max_header_rows]:
        filled = row.filled()
        if not filled or any(len(F.norm(c.text)) > settings.header_cell_max_chars * 2 or F.has_rule(c.text)
                             for _, c in filled):
            break
        if not any(_pointed(c.text) for _, c in filled):
            break
        band.append(row)
    pointed = [(row, c, cell) for row in band for c, cell in row.filled() if _pointed(cell.text)]
    if len(pointed) < MIN_POINTED_HEADERS:
        return None
    body = [r for r in rows[len(band):] if r.kind == "item" and r.index > band[-1].index]
    columns = {k for _, c, cell in pointed for k in range(c, c + max(1, cell.colspan))}
    under = [r.text(k) for r in body for k in columns if r.slots[k].anchor and r.slots[k].left]
    if not body or any(not F.is_blank(t) for t in under):
        return None  # rows that fill the pointed columns are items by rows, read the usual way
    if not any(not F.is_blank(r.text(k)) for r in body for k in range(view.n_cols) if k not in columns):
        return None  # no unit named on any row: nothing says the rows are units
    items: list[ItemDraft] = []
    spans: list[tuple[int, int, int, list[str]]] = []  # (band row, first col, last col, path)
    for row, c, cell in sorted(pointed, key=lambda p: (p[1], p[0].index)):
        name, points, weight, _ = split_name(cell.text)
        last = c + max(1, cell.colspan) - 1
        parents = [s for s in spans if s[0] < row.index and s[1] <= c and last <= s[2]]
        path = (max(parents, key=lambda s: s[0])[3] if parents else []) + [name]
        spans.append((row.index, c, last, path))
        source = Source(page=row.page, table=row.table, row=row.row, col=c, ocr=bool(cell.ocr), text=cell.text)
        items.append(ItemDraft(path=path, points=points, weight_pct=weight, source=source))
    for row in band:
        row.kind = "header"
    trace.add("readings", view.where, "items_in_header",
              f"条目印在表头（{len(items)} 项），各行是被考核对象", "、".join(i.path[-1] for i in items)[:60])
    return items


def _pointed(text: str) -> bool:
    """A header cell naming an item with its points: `任务完成（30分）`."""
    name, points, _, _ = split_name(text)
    return points is not None and bool(name)
