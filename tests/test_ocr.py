"""Scanned PDFs: a real sample table rendered to an image-only PDF comes back as a table through OCR.

Why: real notices arrive scanned; the numbers in them must come out right and be marked as OCR'd.
The page is rendered from corpus/sample (seed 003's scoring table), so the expected text is known
from the text layer of the same page, not typed in here.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pdfplumber
import pytest
from PIL import Image, ImageDraw

from rubrics.errors import NeedsOCR
from rubrics.parsers import ocr
from rubrics.parsers.dispatch import parse_file
from rubrics.pipeline.extract import extract

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = next((ROOT / "corpus" / "sample").glob("003_*.pdf"), None)

needs_engine = pytest.mark.skipif(not ocr.available(), reason="OCR extra not installed (pip install '.[ocr]')")
AMOUNT = re.compile(r"扣(\d+(?:\.\d+)?)分")


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    """Top three quarters of page 1 as an image-only PDF, plus that region's text-layer text."""
    assert SAMPLE is not None, "corpus/sample is missing (python corpus/make_corpus.py)"
    with pdfplumber.open(SAMPLE) as pdf:
        page = pdf.pages[0]
        cut = 0.75 * float(page.height)
        image = page.to_image(resolution=ocr.DPI).original.convert("RGB")
    # the text layer's own reading of the same cells (those wholly above the cut)
    text_doc = parse_file(SAMPLE)
    truth = "\n".join(c.text for t in text_doc.tables() if t.page == 1 for c in t.cells
                      if c.bbox and c.bbox[3] <= cut)
    image = image.crop((0, 0, image.width, int(image.height * 0.75)))
    path = tmp_path_factory.mktemp("scan") / "scanned.pdf"
    image.save(path, "PDF", resolution=ocr.DPI)
    with pdfplumber.open(path) as pdf:
        assert not pdf.pages[0].chars  # really no text layer
    return path, truth


@needs_engine
def test_scanned_table_is_rebuilt_and_marked_ocr(scanned):
    path, truth = scanned
    doc = parse_file(path)
    assert doc.pages_without_text == []
    assert doc.blocks and all(b.ocr for b in doc.blocks)
    tables = doc.tables()
    assert len(tables) == 1
    table = tables[0]
    assert table.n_cols >= 6 and table.n_rows >= 3
    assert all(c.ocr for c in table.cells)
    header = [c.text for c in table.cells if c.row == 0]
    for label in ("类别", "项目名称", "评价方法", "考核单位"):
        assert label in header
    # the deduction amounts printed in the region come out with the same values and counts
    flat = re.sub(r"\s", "", truth)
    want = sorted(AMOUNT.findall(flat))
    got = sorted(a for c in table.cells for a in AMOUNT.findall(re.sub(r"\s", "", c.text)))
    assert len(want) >= 5
    assert got == want
    # a cell holding the 0.25 deductions is in the 评价标准 column (not spilled into its neighbour)
    col = next(c.col for c in table.cells if c.row == 0 and "评价标准" in c.text)
    assert any("扣0.25" in c.text and c.col == col for c in table.cells)


@needs_engine
def test_scanned_table_extracts_deductions(scanned):
    path, truth = scanned
    rubric = extract(parse_file(path))
    rules = [r for s in rubric.schemes for r in s.rules if r.kind == "deduct" and r.amount is not None]
    amounts = {r.amount for r in rules}
    assert {0.25, 10.0, 5.0} <= amounts
    numbers = {float(n) for n in re.findall(r"\d+(?:\.\d+)?", truth.replace(" ", ""))}
    assert amounts <= numbers  # nothing invented by OCR
    for r in rules:
        assert r.source is not None and r.source.text
        assert r.source.ocr, f"an OCR'd amount must say so in its provenance: {r.text}"
    items = [i for s in rubric.schemes for i in s.items if i.source is not None]
    assert items and all(i.source.ocr for i in items)


def _ruled_page(cells: list[tuple[int, int, int, int]], size=(800, 500)) -> np.ndarray:
    """A white page with ruled boxes drawn at the given pixel rectangles."""
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    for box in cells:
        draw.rectangle(box, outline=0, width=2)
    return np.array(image)


def test_grid_from_rulings_finds_merged_cells():
    # 3 x 3 grid whose first column's last two rows are one merged cell, and an underline that
    # touches no vertical rule (not a table edge)
    xs, ys = (50, 250, 450, 650), (50, 150, 250, 350)
    boxes = [(xs[0], ys[0], xs[1], ys[1]), (xs[0], ys[1], xs[1], ys[3])]
    boxes += [(xs[c], ys[r], xs[c + 1], ys[r + 1]) for r in range(3) for c in (1, 2)]
    gray = _ruled_page(boxes)
    gray[420:422, 100:500] = 0  # an underline below the table
    hs, vs = ocr.rulings(gray)
    row_edges, col_edges, cells = ocr.grid_cells(hs, vs)
    assert len(row_edges) == 4 and len(col_edges) == 4
    assert (1, 0, 3, 1) in cells  # the merged cell: rows 1-2 of column 0
    assert len(cells) == 1 + 1 + 6


def test_grid_without_rulings_is_no_table():
    gray = np.full((400, 600), 255, dtype=np.uint8)
    gray[100:102, 50:550] = 0  # a lone horizontal rule (a title underline)
    hs, vs = ocr.rulings(gray)
    assert ocr.grid_cells(hs, vs) == ([], [], [])


def test_all_image_pdf_without_ocr_says_how_to_install(tmp_path, monkeypatch):
    image = Image.new("RGB", (600, 400), "white")
    ImageDraw.Draw(image).rectangle((50, 50, 300, 200), outline="black", width=3)
    path = tmp_path / "scan.pdf"
    image.save(path, "PDF", resolution=100)
    monkeypatch.setenv(ocr.OCR_ENV, "0")
    with pytest.raises(NeedsOCR, match="rubrics\\[ocr\\]"):
        parse_file(path)
