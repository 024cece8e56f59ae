"""Comparisons and matrices as text: a rich table for the terminal, markdown, JSON.

Why one module for the text formats: they show the same columns (kind, path, before → after,
where on each side), so the wording of a change is decided once, in `change_row`.
"""

from __future__ import annotations

import json
from typing import Any

from rubrics.compare.diff import CHANGE_KINDS, RULE_FIELDS, Change, Comparison
from rubrics.compare.matrix import Matrix


def fmt_value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | tuple):
        return " / ".join(str(v) for v in value) or "(top)"
    return str(value)


def source_label(ref) -> str:
    """Where a record is in its file, as short as a person can still find it by."""
    if ref is None:
        return ""
    src = ref.source or {}
    bits = []
    if src.get("page") is not None:
        bits.append(f"p.{src['page']}")
    if src.get("table") is not None:
        cell = f"table {src['table']}"
        if src.get("row") is not None:
            cell += f" r{src['row']}"
        if src.get("col") is not None:
            cell += f" c{src['col']}"
        bits.append(cell)
    if src.get("paragraph") is not None:
        bits.append(f"¶{src['paragraph']}")
    if not bits:
        bits.append(f"rule {ref.rule}" if ref.rule else f"item {ref.item}")
    return " ".join(bits)


def field_label(change: Change) -> str:
    if change.kind == "rule_changed":
        return RULE_FIELDS.get(change.field or "", change.field or "")
    if change.kind in ("rule_added", "rule_dropped"):
        return f"{change.field} rule"
    return change.field or ""


def change_row(change: Change) -> dict[str, str]:
    """The words a report shows for one change."""
    return {
        "change": CHANGE_KINDS[change.kind],
        "path": " / ".join(change.path),
        "what": field_label(change),
        "before": fmt_value(change.before),
        "after": fmt_value(change.after),
        "a_source": source_label(change.a),
        "b_source": source_label(change.b),
        "confidence": "" if change.confidence is None else f"{change.confidence:.2f}",
    }


COLUMNS = ("change", "path", "what", "before", "after", "a_source", "b_source", "confidence")


def side_title(side) -> str:
    doc = side.document or {}
    bits = [side.name]
    if doc.get("year"):
        bits.append(str(doc["year"]))
    if doc.get("source"):
        bits.append(f"({doc['source']})")
    return " ".join(bits)


def summary_lines(comparison: Comparison) -> list[str]:
    a, b = comparison.a, comparison.b
    counts = ", ".join(f"{CHANGE_KINDS[k]} {v}" for k, v in comparison.counts().items()) or "no changes"
    return [
        f"A: {side_title(a)} · {a.n_items} items, {a.n_rules} rules, total {fmt_value(a.total)}, top-level sum {fmt_value(a.top_sum)}",
        f"B: {side_title(b)} · {b.n_items} items, {b.n_rules} rules, total {fmt_value(b.total)}, top-level sum {fmt_value(b.top_sum)}",
        f"matched {comparison.matched_items} items, {comparison.matched_rules} rules · {counts}",
    ]


def to_json(comparison: Comparison) -> str:
    return json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(comparison: Comparison) -> str:
    lines = [f"# {side_title(comparison.a)} → {side_title(comparison.b)}", ""]
    lines += [f"- {line}" for line in summary_lines(comparison)]
    lines += ["", "| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for change in comparison.changes:
        row = change_row(change)
        lines.append("| " + " | ".join(_md(row[c]) for c in COLUMNS) + " |")
    return "\n".join(lines) + "\n"


def to_rich(comparison: Comparison):
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=False, header_style="bold")
    for column in COLUMNS:
        table.add_column(column, overflow="fold", max_width=60 if column in ("path", "before", "after") else None)
    styles = {"item_added": "green", "rule_added": "green", "item_dropped": "red", "rule_dropped": "red"}
    for change in comparison.changes:
        row = change_row(change)
        table.add_row(*(row[c] for c in COLUMNS), style=styles.get(change.kind, ""))
    return Group(*(Text(line) for line in summary_lines(comparison)), table)


def cell_text(item, field: str = "points") -> str:
    if item is None:
        return ""
    value = getattr(item, field)
    return "?" if value is None else fmt_value(value)


def matrix_rows(matrix: Matrix) -> list[list[str]]:
    """Header then one list per row: the item (indented by depth), a cell per scheme, what differs."""
    out = [["item", *matrix.labels, "differs"]]
    for row in matrix.rows:
        cells = []
        for item in row.cells:
            text = cell_text(item)
            if item is not None and item.name != row.name:
                text += f" ({item.name})"
            cells.append(text)
        out.append(["  " * (len(row.path) - 1) + row.name, *cells, ", ".join(row.differs)])
    return out


def matrix_markdown(matrix: Matrix) -> str:
    rows = matrix_rows(matrix)
    lines = ["| " + " | ".join(_md(c) for c in rows[0]) + " |", "|" + "---|" * len(rows[0])]
    for row, data in zip(rows[1:], matrix.rows, strict=True):
        cells = [_md(c) for c in row]
        if data.common and data.differs:
            cells = [f"**{c}**" if c else c for c in cells]
        cells[0] = cells[0].replace("  ", "&nbsp;&nbsp;")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def matrix_rich(matrix: Matrix):
    from rich.table import Table

    rows = matrix_rows(matrix)
    table = Table(header_style="bold")
    for n, head in enumerate(rows[0]):
        if n == 0:  # long task names would push the units off the screen: cut them, the JSON has all
            table.add_column(head, overflow="ellipsis", no_wrap=True, max_width=40)
        else:
            table.add_column(head, overflow="fold", justify="right" if n <= len(matrix.labels) else "left")
    for row, data in zip(rows[1:], matrix.rows, strict=True):
        style = "bold yellow" if data.common and data.differs else ("" if data.common else "dim")
        table.add_row(*row, style=style)
    return table


def matrix_json(matrix: Matrix) -> str:
    return json.dumps(matrix.to_dict(), ensure_ascii=False, indent=2)
