"""Peak memory of parsing a long PDF, for several page counts: it must stay flat, not grow with pages.

Run: `.venv/bin/python bench/bench_memory.py [--pages 50 250 500] [--extract]`. Each count is parsed
in a fresh subprocess (the generated PDF of tests/bad_inputs: a ruled Chinese table per page) and
its ru_maxrss read, so nothing from one run stays in the next. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "bad_inputs"))

# Peak resident memory of this process image. Why VmHWM, not ru_maxrss: after fork + exec, Linux
# carries the parent's high-water mark into the child's ru_maxrss, so a big parent hides the child.
PEAK = r"""
def peak_mb():
    try:
        with open("/proc/self/status") as f:
            return next(int(ln.split()[1]) for ln in f if ln.startswith("VmHWM")) / 1024
    except (OSError, StopIteration):
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

CHILD = PEAK + r"""
import json, sys, time
from rubrics.parsers import parse
start = time.perf_counter()
doc = parse(sys.argv[1])
parsed = time.perf_counter() - start
if sys.argv[2] == "1":
    from rubrics.pipeline.extract import extract
    extract(doc)
print(json.dumps({"pages": doc.n_pages, "seconds": time.perf_counter() - start, "parse_s": parsed,
                  "maxrss_mb": peak_mb()}))
"""

BASELINE = PEAK + r"""
import json
import rubrics.parsers, rubrics.parsers.pdf_parser, pdfplumber
print(json.dumps({"maxrss_mb": peak_mb()}))
"""


def measure(pages: list[int], extract: bool = False) -> list[dict]:
    """One row per page count: pages, seconds, peak RSS (MB), and the interpreter's own baseline."""
    from make_bad_inputs import long_pdf

    base = json.loads(subprocess.run([sys.executable, "-c", BASELINE], capture_output=True, text=True,
                                     check=True).stdout)["maxrss_mb"]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in pages:
            path = Path(tmp) / f"long{n}.pdf"
            path.write_bytes(long_pdf(n))
            out = subprocess.run([sys.executable, "-c", CHILD, str(path), "1" if extract else "0"],
                                 capture_output=True, text=True, check=True, env={"RUBRICS_OCR": "0"})
            row = json.loads(out.stdout)
            row["baseline_mb"] = base
            rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[50, 250, 500])
    parser.add_argument("--extract", action="store_true", help="also extract (whole pipeline)")
    args = parser.parse_args(argv)
    print(f"{'pages':>6} {'seconds':>8} {'peak MB':>8} {'above import':>12}")
    for row in measure(args.pages, args.extract):
        print(f"{row['pages']:6d} {row['seconds']:8.1f} {row['maxrss_mb']:8.0f} {row['maxrss_mb'] - row['baseline_mb']:12.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
