"""Make, write, read back and compare one variant, through the public path only (parse → extract).

Why a module of its own: the test and `bench/variants.py` must judge variants the same way.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from pathlib import Path

from rubrics.parsers import parse
from rubrics.pipeline.extract import extract

from . import render_docx, render_prose, render_xlsx
from .compare import compare, failed_checks
from .generator import Variant, generate


@dataclass
class Result:
    variant: Variant
    path: Path
    ok: bool
    reasons: list[str] = field(default_factory=list)

    @property
    def failed(self) -> set[str]:
        """Which checks failed (schemes, items, points, weights, rules)."""
        return failed_checks(self.reasons)

    @property
    def knobs(self) -> dict[str, str]:
        return {"family": self.variant.family, **self.variant.knobs}


def write(v: Variant, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if v.family == "docx":
        return render_docx.render(v, folder / f"{v.label}.docx")
    if v.family == "xlsx":
        return render_xlsx.render(v, folder / f"{v.label}.xlsx")
    return render_prose.render(v, folder / f"{v.label}.{v.knobs['format']}")


def run_one(seed: int, index: int, folder: Path, only: str | None = None) -> Result:
    v = generate(seed, index, only)
    path = write(v, folder)
    try:
        rubric = extract(parse(path))
    except Exception as exc:  # the pipeline failing is a failed variant, with its reason
        last = traceback.extract_tb(exc.__traceback__)[-1]
        return Result(v, path, False, [f"error {type(exc).__name__}: {exc} ({Path(last.filename).name}:{last.lineno})"])
    outcome = compare(v, rubric)
    return Result(v, path, outcome.ok, outcome.reasons)
