"""The analysts' notebook runs from top to bottom in a real kernel, quickly, with its charts."""

from __future__ import annotations

import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "analysts.ipynb"


def test_the_analysts_notebook_runs(monkeypatch):
    monkeypatch.setenv("RUBRICS_NOTEBOOK_BUILD", "1")  # its own small warehouse, never the user's
    nb = nbformat.read(NOTEBOOK, as_version=4)
    started = time.monotonic()
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    print(f"notebook ran in {time.monotonic() - started:.1f}s")
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) == 2  # the two charts
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert "renamed" in html and "item_added" in html  # the two-year comparison
    assert "工作纪律" in html  # seed 003's units side by side, a common item that differs
