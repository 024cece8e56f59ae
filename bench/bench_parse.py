"""Parse throughput: our PDF parser against bare pdfplumber, and DOCX documents per second.

Run: `.venv/bin/python bench/bench_parse.py [FILES…]` (default: corpus/sample/*). Prints figures;
the target is a PDF ratio (ours / bare) of at most 1.3. Bare = pdfplumber extract_text() +
find_tables() on the same pages, the cheapest way to get both text and tables. Each side runs
`--repeat` times alternately and the best time counts, so a busy machine disturbs both alike.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pdfplumber

from rubrics.parsers.dispatch import parse_file

ROOT = Path(__file__).resolve().parent.parent


def bare_pdfplumber(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.find_tables()
        return len(pdf.pages)


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    files = args.files or sorted((ROOT / "corpus" / "sample").glob("*"))
    pdfs = [f for f in files if f.suffix.lower() == ".pdf"]
    docxs = [f for f in files if f.suffix.lower() == ".docx"]
    if not pdfs and not docxs:
        print("no .pdf or .docx files to measure (generate corpus/sample first)", file=sys.stderr)
        return 1
    total_pages = total_bare = total_ours = 0.0
    print(f"{'file':40} {'pages':>5} {'bare p/s':>9} {'ours p/s':>9} {'ratio':>6}")
    for pdf in pdfs:
        pages = bare_pdfplumber(pdf)  # warm-up: imports, font caches
        bare = ours = float("inf")
        for _ in range(args.repeat):  # alternate so load on a shared machine hits both sides
            bare = min(bare, best_of(lambda p=pdf: bare_pdfplumber(p), 1))
            ours = min(ours, best_of(lambda p=pdf: parse_file(p), 1))
        total_pages += pages
        total_bare += bare
        total_ours += ours
        print(f"{pdf.name:40} {pages:5d} {pages / bare:9.1f} {pages / ours:9.1f} {ours / bare:6.2f}")
    if pdfs:
        print(f"{'ALL PDF':40} {int(total_pages):5d} {total_pages / total_bare:9.1f} "
              f"{total_pages / total_ours:9.1f} {total_ours / total_bare:6.2f}  (target ≤ 1.30)")
    if docxs:
        for f in docxs:
            parse_file(f)
        elapsed = best_of(lambda: [parse_file(f) for f in docxs], args.repeat)
        print(f"DOCX: {len(docxs)} documents in {elapsed:.2f}s = {len(docxs) / elapsed:.1f} documents/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
