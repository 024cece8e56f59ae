"""Read a seed as the paragraphs and markdown tables it is made of, without changing a character."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

# A markdown pipe-table line, e.g. `| 类别 | 项目名称 | | 主要任务/考核内容 |`.
TABLE_LINE = re.compile(r"^\s*\|.*\|\s*$")
# The separator under a markdown header, e.g. `|------|:----:|--|`.
SEPARATOR_CELL = re.compile(r"^:?-+:?$")


def read_seed(path: Path) -> str:
    """The seed's text as stored (UTF-8), line ends normalised to `\\n` only."""
    return path.read_text(encoding="utf-8").replace("\r\n", "\n")


def seed_paragraphs(text: str) -> list[str]:
    """One paragraph per non-empty line: blank lines only separate paragraphs in the seeds."""
    return [line for line in text.split("\n") if line != ""]


def split_cells(line: str) -> list[str]:
    """The cells of one pipe-table line, padding spaces stripped, inner spaces (OCR noise) kept."""
    inner = line.strip()
    return [cell.strip() for cell in inner[1:-1].split("|")]


def is_separator(cells: list[str]) -> bool:
    return all(SEPARATOR_CELL.match(cell) for cell in cells)


@dataclass
class MarkdownTable:
    """One pipe table: its header row and body rows (cell texts exactly as in the seed)."""

    header: list[str]
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class TitledTables:
    """A title line and the consecutive markdown tables after it (one department in seed 003)."""

    title: str
    tables: list[MarkdownTable] = field(default_factory=list)


def titled_tables(text: str) -> list[TitledTables]:
    """The seed as title lines, each with the consecutive pipe tables after it (possibly none)."""
    groups: list[TitledTables] = []
    current: MarkdownTable | None = None
    for line in text.split("\n"):
        if not line.strip():
            current = None
            continue
        if not TABLE_LINE.match(line):
            groups.append(TitledTables(title=line))
            current = None
            continue
        cells = split_cells(line)
        if not groups:
            raise ValueError(f"table line before any title line: {line[:40]!r}")
        if current is None:
            current = MarkdownTable(header=cells)
            groups[-1].tables.append(current)
        elif is_separator(cells):
            continue
        else:
            current.rows.append(cells)
    return groups
