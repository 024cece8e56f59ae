"""Every threshold the general reader uses, in one frozen object passed to `extract`.

Why one object: a person asking "why was this column read as points?" finds the number here,
with what it trades off; `rubrics extract --explain` prints the settings in force.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class ReaderSettings:
    # Header and title rows
    max_header_rows: int = 3  # a group header over sub-headers; more is a data row read as header
    max_lead_rows: int = 4  # rows above the header that may hold a caption or a form line (姓名：  项目：)
    header_cell_max_chars: int = 16  # a header cell is short; a longer cell is content
    # Column typing from content
    numeric_share: float = 0.6  # share of filled cells that are numbers for a points/weight column
    form_filled_max: float = 0.1  # at most this share of data cells filled: an answer column (得分, 自评)
    # Label-likeness of a cell (tree names vs criteria sentences)
    label_max_chars: int = 30  # up to this many characters without sentence punctuation: a name
    sentence_min_chars: int = 45  # from this many characters a cell reads as a sentence
    # Tree
    max_tree_levels: int = 4  # tree columns a reading may use
    # Readings tried: every subset of textual columns as tree levels while the table is small enough,
    # else the leftmost k columns only (a 10,000-row table must stay linear)
    max_subset_columns: int = 6
    max_subset_rows: int = 2000
    # Choosing between readings
    close_call_margin: float = 2.0  # a winner ahead of its runner-up by less than this is flagged
    # Sums: numbers closer than this are equal
    eps: float = 1e-6
    # The OCR repairs (reader/ocr.py) run only on tables that read as recognised from a scan: this share
    # of cells spaced between Chinese characters (保证 目标) or marked OCR'd, of at least this many cells
    # (seed 003's OCR'd tables 0.20–0.24; born-digital tables measured 0.00–0.08).
    ocr_spaced_share: float = 0.15
    ocr_min_cells: int = 50
    # Prose and tables: a prose scheme is restated by a table when this share of its item names appear
    # there, names this alike (rapidfuzz ratio) being the same; a prose scheme no table restates is kept
    # beside the tables when it states points on at least this many items.
    min_restated: float = 0.3
    name_alike: int = 70
    min_own_prose_pointed: int = 2

    def as_dict(self) -> dict:
        return asdict(self)


DEFAULT = ReaderSettings()
