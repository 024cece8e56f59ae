"""A format-neutral table with merged cells, written to Word and to Excel by their own writers."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class GridCell:
    """A cell at grid column `col` spanning `span` columns; text None continues the cell above."""

    col: int
    span: int
    text: str | None


@dataclass
class GridRow:
    cells: list[GridCell]
    header: bool = False  # a header row Word repeats at the top of every page


@dataclass
class GridTable:
    widths_mm: list[float]
    rows: list[GridRow] = field(default_factory=list)

    def vertical_runs(self) -> list[tuple[int, int, int, int]]:
        """(col, span, first row, last row) of every vertically merged cell (two rows or more)."""
        runs: list[tuple[int, int, int, int]] = []
        open_runs: dict[tuple[int, int], int] = {}  # (col, span) -> first row of the run
        for r, row in enumerate(self.rows):
            current: dict[tuple[int, int], int] = {}
            for cell in row.cells:
                key = (cell.col, cell.span)
                if cell.text is None:
                    if key not in open_runs:
                        raise ValueError(f"row {r} col {cell.col}: continuation with no cell above")
                    current[key] = open_runs[key]
                else:
                    current[key] = r
            for key, first in open_runs.items():
                if current.get(key) != first and r - 1 > first:
                    runs.append((key[0], key[1], first, r - 1))
            open_runs = current
        last = len(self.rows) - 1
        for key, first in open_runs.items():
            if last > first:
                runs.append((key[0], key[1], first, last))
        return sorted(runs)
