"""Every speed and memory figure in one table: `.venv/bin/python bench/run.py [--quick]`.

Why one script: the targets (pipeline ≤ 1.3× bare pdfplumber, DOCX ≥ 50 documents/s, ingest
scaling with --jobs, memory flat in page count, warehouse queries on 100,000 schemes, ≥ 1,000
loads/min) are checked together on the same machine in the same run, and the table is what
docs/performance.md records. Speed is never a unit test; this prints figures and asserts nothing.
The parts run the other bench scripts (bench_extract, bench_memory, bench_ingest_jobs,
bench_warehouse), each also runnable on its own.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import platform
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_extract  # noqa: E402
import bench_ingest_jobs  # noqa: E402
import bench_memory  # noqa: E402
import bench_warehouse  # noqa: E402

# A query line printed by bench_warehouse.bench_queries. Example: "     12.3 ms  one scheme's rules (80 rows)".
QUERY_LINE = re.compile(r"^\s*([\d.]+) ms\s+(.+?) \((\d+) rows\)$")
# Its load line. Example: "load: 200 documents (…) in 9.1s = 1,318 documents/min (target >= 1,000), …".
LOAD_LINE = re.compile(r"= ([\d,]+) documents/min")


def machine() -> str:
    """The machine line that goes with the figures (cores, memory, CPU, Python, libraries)."""
    cpu = "unknown CPU"
    with contextlib.suppress(OSError), open("/proc/cpuinfo", encoding="utf-8") as f:
        cpu = next((ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")), cpu)
    mem = ""
    with contextlib.suppress(OSError), open("/proc/meminfo", encoding="utf-8") as f:
        kb = int(next(ln for ln in f if ln.startswith("MemTotal")).split()[1])
        mem = f"{kb / 2**20:.1f} GiB RAM"
    from importlib.metadata import version

    libs = ", ".join(f"{name} {version(name)}" for name in ("pdfplumber", "pdfminer.six", "python-docx", "duckdb")
                     if _has(name))
    return f"{os.cpu_count()} cores, {mem}, {cpu}; Python {platform.python_version()}; {libs}"


def _has(dist: str) -> bool:
    from importlib.metadata import PackageNotFoundError, version

    try:
        version(dist)
        return True
    except PackageNotFoundError:
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, 10,000 schemes instead of 100,000")
    parser.add_argument("--schemes", type=int, help="schemes in the synthetic warehouse (default 100,000)")
    args = parser.parse_args(argv)
    quick = args.quick
    schemes = args.schemes or (10_000 if quick else 100_000)
    rows: list[tuple[str, str, str]] = []  # (measure, figure, target)

    def add(measure: str, figure: str, target: str = "") -> None:
        rows.append((measure, figure, target))
        print(f"  … {measure}: {figure}", file=sys.stderr, flush=True)

    m = bench_extract.measure(repeat=1 if quick else 3)
    pages = m["pages"]
    add(f"PDF bare pdfplumber ({m['pdf_files']} files, {pages} pages)", f"{pages / m['bare']:.1f} pages/s")
    add("PDF parse", f"{pages / m['parse']:.1f} pages/s = {m['parse'] / m['bare']:.2f}x bare")
    add("PDF parse + extract (whole pipeline)", f"{pages / m['pipeline']:.1f} pages/s = {m['pipeline'] / m['bare']:.2f}x bare",
        "<= 1.30x")
    if m["docx_files"]:
        add(f"DOCX parse ({m['docx_files']} files)", f"{m['docx_files'] / m['docx_parse']:.1f} documents/s", ">= 50/s")
        add("DOCX parse + extract", f"{m['docx_files'] / m['docx_pipeline']:.1f} documents/s")

    j = bench_ingest_jobs.measure(copies=1 if quick else 3, rounds=1 if quick else 2)
    add(f"ingest {j['files']} files --jobs 1", f"{j['jobs1']:.1f} s")
    add(f"ingest {j['files']} files --jobs 2", f"{j['jobs2']:.1f} s = x{j['jobs1'] / j['jobs2']:.2f} faster",
        f"> x1 on {j['cores']} cores")

    mem = bench_memory.measure([50, 250, 500])
    for row in mem:
        add(f"PDF parse peak memory, {row['pages']} pages",
            f"{row['maxrss_mb']:.0f} MB ({row['maxrss_mb'] - row['baseline_mb']:.0f} MB above import), {row['seconds']:.1f} s",
            "flat in pages" if row is mem[-1] else "")

    with tempfile.TemporaryDirectory() as tmp:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            bench_warehouse.bench_load(100 if quick else 1000, Path(tmp))
            bench_warehouse.bench_queries(schemes, Path(tmp))
        text = out.getvalue()
    load = LOAD_LINE.search(text)
    if load:
        add("warehouse load (write_document)", f"{load.group(1)} documents/min", ">= 1,000/min")
    for line in text.splitlines():
        q = QUERY_LINE.match(line)
        if q:
            add(f"query on {schemes:,} schemes: {q.group(2)}", f"{float(q.group(1)):.1f} ms ({q.group(3)} rows)")

    width = max(len(r[0]) for r in rows)
    fig = max(len(r[1]) for r in rows)
    print(f"machine: {machine()}")
    print(f"{'measure':{width}}  {'figure':{fig}}  target")
    print(f"{'-' * width}  {'-' * fig}  ------")
    for measure, figure, target in rows:
        print(f"{measure:{width}}  {figure:{fig}}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
