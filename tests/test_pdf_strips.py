"""A wide workbook printed to PDF by LibreOffice: column strips, cut merged cells, copies.

The workbook comes from tests/fixtures/parsers/make_strips.py (openpyxl), rendered here with
soffice: a sheet wider than A4 portrait (four column strips), a category merged over more than a
page (no horizontal rule on the middle page), and the same sheet twice (two months).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest

from rubrics.parsers import parse
from rubrics.pipeline.extract import extract

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "parsers"

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice to print the workbook")


def _builder():
    spec = importlib.util.spec_from_file_location("make_strips", FIXTURES / "make_strips.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("strips")
    source = _builder().build(tmp / "wide.xlsx", copies=2)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(source)], check=True, capture_output=True, timeout=180)
    return parse(tmp / "wide.pdf")


@pytest.fixture(scope="module")
def rubric(printed):
    return extract(printed)


def test_the_workbook_is_printed_in_strips(printed):
    """The premise: later pages carry other columns of the same rows (else the test proves nothing)."""
    assert printed.n_pages >= 8


def test_every_item_has_its_own_points_and_none_is_shifted(rubric):
    expected = {item: points for _, item, _, points in _builder().item_rows()}
    got = {i.path[-1]: i.points for s in rubric.schemes for i in s.items if i.path[-1] in expected}
    assert got == expected


def test_category_cut_by_page_breaks_stays_the_parent_of_all_its_items(rubric):
    expected = {item: category for category, item, _, _ in _builder().item_rows()}
    parents = {i.path[-1]: i.path[0] for s in rubric.schemes for i in s.items if len(i.path) == 2}
    assert parents == expected


def test_strip_columns_join_the_rows_they_continue(printed):
    """The notes column printed on the last strip sits in the same row as its item."""
    first = printed.tables()[0]
    rows = first.text_rows()
    header = rows[0]
    assert "分值" in header and "备注" in header and "12月" in header
    note = header.index("备注")
    items = [r for r in rows if r[2].startswith(("安全检查", "设备检查"))]
    assert items and all(r[note] == "每月自查" for r in items)


def test_open_merged_column_does_not_split_the_table_in_two(printed):
    """The page inside the long category has no horizontal rule in that column: still one table
    whose rows hold the serial number beside the item it numbers."""
    chain = [t for t in printed.tables() if t.page == 2]
    assert len(chain) == 1
    rows = [r for r in chain[0].text_rows() if r[0].isdigit()]
    names = [name for _, name, _, _ in _builder().item_rows()]
    assert rows and all(r[2] == names[int(r[0]) - 1] for r in rows)


def test_sheet_printed_again_is_one_scheme(rubric):
    assert len(rubric.schemes) == 1
    assert len([i for i in rubric.schemes[0].items if len(i.path) == 2]) == len(_builder().item_rows())
