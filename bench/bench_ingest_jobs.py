"""`rubrics ingest --jobs 2` against `--jobs 1` on a folder of byte-distinct copies of the sample corpus.

Run: `.venv/bin/python bench/bench_ingest_jobs.py [--copies N]`. Every sample file (PDF, DOCX,
XLSX) is copied N times with harmless new bytes (a PDF comment after %%EOF, a zip archive comment
for DOCX/XLSX), so each copy is a new document and nothing is skipped as unchanged. Each run
ingests into a fresh warehouse through the real CLI, alternating 1, 2, 1, 2 jobs; best time counts.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUBRICS = Path(sys.executable).parent / "rubrics"


def distinct_copy(data: bytes, suffix: str, k: int) -> bytes:
    """The same document with different bytes: a trailing PDF comment or a zip comment."""
    if suffix == ".pdf":
        return data + f"\n% copy {k}\n".encode()
    if suffix in (".docx", ".xlsx"):
        src = zipfile.ZipFile(io.BytesIO(data))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                dst.writestr(item, src.read(item.filename))
            dst.comment = f"copy {k}".encode()
        return out.getvalue()
    return data + f"\n<!-- copy {k} -->\n".encode()


def make_folder(out: Path, copies: int, sample: Path | None = None) -> int:
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for f in sorted((sample or ROOT / "corpus" / "sample").glob("*")):
        data = f.read_bytes()
        for k in range(copies):
            (out / f"{f.stem}-{k}{f.suffix}").write_bytes(distinct_copy(data, f.suffix.lower(), k))
            n += 1
    return n


def measure(copies: int = 2, rounds: int = 2) -> dict:
    """Best wall-clock seconds of a whole `rubrics ingest` for --jobs 1 and --jobs 2."""
    best = {1: float("inf"), 2: float("inf")}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        n_files = make_folder(folder, copies)
        for r in range(rounds):
            for jobs in (1, 2):
                db = Path(tmp) / f"r{r}j{jobs}.duckdb"
                start = time.perf_counter()
                subprocess.run([str(RUBRICS), "ingest", str(folder), "--db", str(db), "--jobs", str(jobs)],
                               check=True, capture_output=True, env={**os.environ, "RUBRICS_OCR": "0"})
                best[jobs] = min(best[jobs], time.perf_counter() - start)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return {"files": n_files, "jobs1": best[1], "jobs2": best[2], "load": load, "cores": os.cpu_count()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    m = measure(args.copies, args.rounds)
    print(f"ingest of {m['files']} files: --jobs 1 {m['jobs1']:.1f}s, --jobs 2 {m['jobs2']:.1f}s "
          f"(speed-up x{m['jobs1'] / m['jobs2']:.2f}; load average {m['load']:.1f} on {m['cores']} cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
