"""Where a record is in its file, in words a person counts by: 第3页 表2 第4行 第5列, 第12段.

Why one function: the terminal, the HTML report, the XLSX sheets and the review all point at the
source the same way, counted from 1. The machine form (0-based `table`, `row`, `col`,
`paragraph`, `block`; 1-based `page`) stays in the JSON and the warehouse columns.
"""

from __future__ import annotations

from typing import Any

from rubrics.messages import lang, message


def _get(source: Any, name: str):
    if source is None:
        return None
    if isinstance(source, dict):
        return source.get(name)
    return getattr(source, name, None)


def describe_source(source: Any, *, fallback: str | None = None) -> str:
    """`source` (a Source model or its dict) in words, 1-based; `fallback` when it says nothing.

    A cell: page, table, row, column; prose: page and paragraph (else block)."""
    bits: list[str] = []
    page = _get(source, "page")
    if page is not None:
        bits.append(message("where.page", n=page))  # pages are 1-based already
    table = _get(source, "table")
    if table is not None:
        bits.append(message("where.table", n=table + 1))
        row, col = _get(source, "row"), _get(source, "col")
        if row is not None:
            bits.append(message("where.row", n=row + 1))
        if col is not None:
            bits.append(message("where.col", n=col + 1))
    else:
        paragraph, block = _get(source, "paragraph"), _get(source, "block")
        if paragraph is not None:
            bits.append(message("where.paragraph", n=paragraph + 1))
        elif block is not None:
            bits.append(message("where.block", n=block + 1))
    if bits and _get(source, "ocr"):
        bits.append(message("where.ocr"))
    if not bits:
        return fallback if fallback is not None else message("where.unknown")
    return ", ".join(bits) if lang() == "en" else " ".join(bits)
