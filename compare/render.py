"""Comparisons and matrices as text: blocks and a rich table for the terminal, markdown, JSON.

Why one module for the text formats: they show the same columns (kind, path, before → after,
where on each side), so the wording of a change is decided once, in `change_row`.
"""

from __future__ import annotations

import json
from typing import Any

from rubrics.compare.diff import Change, Comparison
from rubrics.compare.matrix import Matrix
from rubrics.messages import has, lang, message
from rubrics.where import describe_source


def kind_label(kind: str) -> str:
    """A change kind as a person reads it (项目改名 / renamed); the JSON keeps the code."""
    return message(f"kind.{kind}")


def col_label(column: str) -> str:
    return message(f"col.{column}")


def fmt_value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | tuple):
        return " / ".join(str(v) for v in value) or message("compare.top")
    return str(value)


def source_label(ref) -> str:
    """Where a record is in its file, 1-based in words (第3页 表2 第4行 第5列); its id when unknown."""
    if ref is None:
        return ""
    ident = ref.rule or ref.item
    fallback = message("where.unknown") + (f" ({ident})" if ident else "")
    return describe_source(ref.source or {}, fallback=fallback)


def field_label(change: Change) -> str:
    name = change.field or ""
    if change.kind in ("rule_added", "rule_dropped"):
        kind = message(f"rule.{name}") if has(f"rule.{name}") else name
        return message("field.rule", kind=kind)
    if change.kind == "rule_changed" and name == "kind":
        return message("field.kind")
    return message(f"field.{name}") if has(f"field.{name}") else name


def _value_text(change: Change, value: Any) -> str:
    if change.kind == "rule_changed" and change.field == "kind" and isinstance(value, str) and has(f"rule.{value}"):
        return message(f"rule.{value}")
    return fmt_value(value)


def change_row(change: Change) -> dict[str, str]:
    """The words a report shows for one change."""
    return {
        "change": kind_label(change.kind),
        "path": " / ".join(change.path),
        "what": field_label(change),
        "before": _value_text(change, change.before),
        "after": _value_text(change, change.after),
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
    sep = "、" if lang() == "zh" else ", "
    counts = sep.join(message("compare.count", kind=kind_label(k), n=v)
                      for k, v in comparison.counts().items()) or message("compare.no_changes")
    lines = []
    for label, side in (("A", comparison.a), ("B", comparison.b)):
        lines.append(message("compare.side", label=label, title=side_title(side), items=side.n_items,
                             rules=side.n_rules, total=fmt_value(side.total), top=fmt_value(side.top_sum)))
    lines.append(message("compare.matched", items=comparison.matched_items, rules=comparison.matched_rules,
                         counts=counts))
    return lines


def to_json(comparison: Comparison) -> str:
    return json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(comparison: Comparison) -> str:
    lines = [f"# {side_title(comparison.a)} → {side_title(comparison.b)}", ""]
    lines += [f"- {line}" for line in summary_lines(comparison)]
    lines += ["", "| " + " | ".join(col_label(c) for c in COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for change in comparison.changes:
        row = change_row(change)
        lines.append("| " + " | ".join(_md(row[c]) for c in COLUMNS) + " |")
    return "\n".join(lines) + "\n"


def to_rich(comparison: Comparison):
    """A wide table, one change a row (--format table, for wide terminals)."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=False, header_style="bold")
    for column in COLUMNS:
        table.add_column(col_label(column), overflow="fold",
                         max_width=60 if column in ("path", "before", "after") else None)
    for change in comparison.changes:
        row = change_row(change)
        table.add_row(*(row[c] for c in COLUMNS), style=STYLES.get(change.kind, ""))
    return Group(*(Text(line) for line in summary_lines(comparison)), table)


STYLES = {"item_added": "green", "rule_added": "green", "item_dropped": "red", "rule_dropped": "red"}

# before → after on one line while both fit in this many terminal cells, else one line each
INLINE_WIDTH = 56


def to_blocks(comparison: Comparison):
    """One block per change, readable at 80 columns: kind and path, before → after, the sources.

      【分值调整】保证目标 / 内部管理 / 档案管理
        分值：2 → 2.5
        原出处：第3页 表1 第18行 第4列 · 现出处：第3页 表1 第18行 第4列
    """
    from rich.cells import cell_len
    from rich.console import Group
    from rich.text import Text

    parts = []
    for label, side in (("A", comparison.a), ("B", comparison.b)):
        parts.append(Text(message("compare.block_side", label=label, title=side_title(side)), style="bold"))
        parts.append(Text("   " + message("compare.block_sizes", items=side.n_items, rules=side.n_rules,
                                             total=fmt_value(side.total), top=fmt_value(side.top_sum))))
    parts.append(Text(message("compare.block_matched", items=comparison.matched_items, rules=comparison.matched_rules)))
    counts = " · ".join(f"{kind_label(k)} {v}" for k, v in comparison.counts().items()) or message("compare.no_changes")
    parts.append(Text(message("compare.block_counts", counts=counts)))
    colon = "：" if lang() == "zh" else ": "
    for change in comparison.changes:
        row = change_row(change)
        parts.append(Text(""))
        head = Text(f"【{row['change']}】", style=f"bold {STYLES.get(change.kind, 'yellow')}")
        head.append(row["path"] or message("compare.top"))
        parts.append(head)
        before, after = row["before"], row["after"]
        if change.kind in ("item_added", "item_dropped"):
            pass  # the path ends in the item's name
        elif change.kind == "rule_added":
            parts.append(Text(f"  {row['what']}{colon}{after}"))
        elif change.kind == "rule_dropped":
            parts.append(Text(f"  {row['what']}{colon}{before}"))
        elif cell_len(before) + cell_len(after) <= INLINE_WIDTH:
            line = Text(f"  {row['what']}{colon}")
            line.append(before, style="red")
            line.append(" → ")
            line.append(after, style="green")
            parts.append(line)
        else:
            parts.append(Text(f"  {row['what']}{colon}"))
            parts.append(Text(f"    {col_label('before')}{colon}{before}", style="red"))
            parts.append(Text(f"    {col_label('after')}{colon}{after}", style="green"))
        where = [f"{col_label(side)}{colon}{row[side]}" for side in ("a_source", "b_source") if row[side]]
        if where:
            parts.append(Text("  " + " · ".join(where), style="dim"))
    return Group(*parts)


def cell_text(item, field: str = "points") -> str:
    if item is None:
        return ""
    value = getattr(item, field)
    return "?" if value is None else fmt_value(value)


def matrix_rows(matrix: Matrix) -> list[list[str]]:
    """Header then one list per row: the item (indented by depth), a cell per scheme, what differs."""
    out = [[message("matrix.item"), *matrix.labels, message("matrix.differs")]]
    for row in matrix.rows:
        cells = []
        for item in row.cells:
            text = cell_text(item)
            if item is not None and item.name != row.name:
                text += f" ({item.name})"
            cells.append(text)
        differs = "、".join(message(f"field.{f}") if has(f"field.{f}") else f for f in row.differs)
        out.append(["  " * (len(row.path) - 1) + row.name, *cells, differs])
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
