"""One document, whatever the file format it arrives in, gives the same schemes."""

from pathlib import Path

import pytest

from rubrics.parsers import parse
from rubrics.pipeline.extract import extract

SAMPLE = Path(__file__).resolve().parents[1] / "corpus" / "sample"
TABLES = "003_2484aa2863b60ef9"


def _schemes(path: Path) -> list[tuple[str, int]]:
    return [(s.name, len(s.items)) for s in extract(parse(path)).schemes]


@pytest.mark.parametrize("ext", ["pdf", "xlsx"])
def test_scoring_tables_give_the_same_schemes_as_the_word_file(ext):
    word = _schemes(SAMPLE / f"{TABLES}.docx")
    other = _schemes(SAMPLE / f"{TABLES}.{ext}")
    assert [name for name, _ in other] == [name for name, _ in word]
    for (name, n_word), (_, n_other) in zip(word, other, strict=True):
        assert abs(n_word - n_other) <= 2, f"{name}: {n_word} items from docx, {n_other} from {ext}"


def test_each_sheet_of_a_workbook_is_its_own_scheme():
    schemes = extract(parse(SAMPLE / f"{TABLES}.xlsx")).schemes
    assert len(schemes) == 4
    assert all("年度" not in s.name and not s.name.endswith("表") for s in schemes)
