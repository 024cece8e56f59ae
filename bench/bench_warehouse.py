"""Warehouse benchmark: load rate (parsing excluded) and query times on a large synthetic warehouse.

    .venv/bin/python bench/bench_warehouse.py                    # 2,000 loads, 100,000 schemes
    .venv/bin/python bench/bench_warehouse.py --docs 300 --schemes 5000   # a quick run
    .venv/bin/python bench/bench_warehouse.py --ingest [FOLDER]   # whole ingests, --jobs 1 vs 2

1. Load rate: the gold-made rubrics in tests/fixtures/warehouse (real trees, 5 to 560 rules each),
   written again and again under fresh document ids with `write_document`, one transaction per
   document as `rubrics ingest` does. Target: >= 1,000 documents/min.
2. Queries: a warehouse of N schemes (2 per document), each with 25-150 items in a three-level
   tree and 25-150 rules (50-300 records per scheme), generated in bulk by DuckDB SQL through the
   real schema (migrations), then the views and look-ups users run, each timed best of 3.
Prints figures; asserts nothing (speed is not a unit test).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "warehouse"


def bench_load(n_docs: int, folder: Path) -> None:
    from rubrics.extracted.models import Rubric
    from rubrics.warehouse.db import connect
    from rubrics.warehouse.load import write_document

    rubrics = [Rubric.model_validate_json(p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*.rubric.json"))]
    from rubrics.warehouse.ingest import WRITER_THREADS

    con = connect(folder / "load.duckdb")
    con.execute(f"SET threads = {WRITER_THREADS}")  # as `rubrics ingest` writes
    records = 0
    times = []
    start = time.perf_counter()
    for n in range(n_docs):
        base = rubrics[n % len(rubrics)]
        rubric = base.model_copy(update={"document": base.document.model_copy(update={"id": f"{n:064x}"})})
        t0 = time.perf_counter()
        write_document(con, rubric, path=f"/bench/{n}.txt")
        times.append(time.perf_counter() - t0)
        records += sum(len(s.items) + len(s.rules) for s in rubric.schemes)
    elapsed = time.perf_counter() - start
    con.close()
    size = (folder / "load.duckdb").stat().st_size / 1e6
    print(f"load: {n_docs} documents ({records} items+rules) in {elapsed:.1f}s = "
          f"{n_docs / elapsed * 60:,.0f} documents/min (target >= 1,000), {records / elapsed:,.0f} records/s; "
          f"per document median {statistics.median(times) * 1000:.1f} ms, p95 "
          f"{sorted(times)[int(len(times) * 0.95) - 1] * 1000:.1f} ms; file {size:.0f} MB")


SYNTHETIC = """
CREATE TEMP TABLE plan AS
SELECT s, (s // 2) AS d, 25 + (hash(s) % 126)::INTEGER AS n_items, 25 + (hash(s * 7 + 1) % 126)::INTEGER AS n_rules
FROM range({n}) t(s);

INSERT INTO documents (id, file, path, format, title, org, year, scale, extractor_version, ingested_at,
                       n_schemes, n_items, n_rules, n_warnings, rubric)
SELECT md5(d::VARCHAR) || md5((d + 1)::VARCHAR), 'doc' || d || '.docx', '/bench/doc' || d || '.docx', 'docx',
       d || '年度绩效考核办法', 'org' || (d % 500), 2015 + (d % 10), 100, 'bench', now()::TIMESTAMP,
       2, sum(n_items), sum(n_rules), 0, NULL
FROM plan GROUP BY d;

INSERT INTO schemes
SELECT md5(d::VARCHAR) || md5((d + 1)::VARCHAR), 's' || s, (s % 2)::INTEGER, '方案' || (s % 37), 100, n_items, n_rules, 0
FROM plan;

INSERT INTO items (document_id, scheme_id, id, ord, parent, depth, path, path_str, name, points)
SELECT doc, sid, sid || 'i' || k, k,
       CASE WHEN k < 5 THEN NULL WHEN k < 25 THEN sid || 'i' || (k % 5) ELSE sid || 'i' || (5 + k % 20) END,
       CASE WHEN k < 5 THEN 1 WHEN k < 25 THEN 2 ELSE 3 END,
       p, array_to_string(p, ' / '), p[-1],
       CASE WHEN k < 5 THEN 20 WHEN k < 25 THEN 5 ELSE round((hash(sid || k) % 40) / 10 + 0.5, 1) END
FROM (
  SELECT doc, sid, k,
         CASE WHEN k < 5 THEN ['类别' || k]
              WHEN k < 25 THEN ['类别' || (k % 5), '项目' || k]
              ELSE ['类别' || ((5 + k % 20) % 5), '项目' || (5 + k % 20), '指标' || k] END AS p
  FROM (SELECT md5(d::VARCHAR) || md5((d + 1)::VARCHAR) AS doc, 's' || s AS sid, unnest(range(n_items)) AS k FROM plan)
);

INSERT INTO rules (document_id, scheme_id, id, ord, item_id, kind, amount, amount_max, per, condition, text, page, table_no, row_no, col_no)
SELECT doc, sid, sid || 'r' || k, k, sid || 'i' || (hash(sid || 'r' || k) % n_items),
       (['deduct', 'deduct', 'deduct', 'award', 'bonus', 'cap', 'veto', 'grade'])[1 + (hash(k * 31 + s) % 8)::INTEGER],
       round((hash(s * 1000 + k) % 20) / 10 + 0.1, 1), NULL, (['次', '人次', '项', NULL])[1 + (k % 4)::INTEGER],
       '未按要求完成第' || k || '项工作', '每发现一次扣' || k % 5 || '分', 1 + k % 9, 0, k, 4
FROM (SELECT md5(d::VARCHAR) || md5((d + 1)::VARCHAR) AS doc, 's' || s AS sid, s, n_items, unnest(range(n_rules)) AS k FROM plan);
"""

QUERIES: tuple[tuple[str, str], ...] = (
    ("one document's rubric tree (show)", "SELECT * FROM item_paths WHERE document_id = '{doc}' ORDER BY scheme_id, ord"),
    ("one scheme's rules with items", "SELECT * FROM rules_with_items WHERE scheme_id = '{scheme}'"),
    ("items named like …, all schemes", "SELECT scheme, path, points FROM item_paths WHERE name LIKE '指标12%' LIMIT 1000"),
    ("scheme totals, all schemes", "SELECT count(*), sum(top_sum) FROM scheme_totals"),
    ("rules per kind, all schemes", "SELECT kind, sum(n_rules) FROM rules_per_kind GROUP BY kind"),
    ("largest deductions with items", "SELECT scheme, item_path, amount, text FROM rules_with_items "
                                      "WHERE kind = 'deduct' ORDER BY amount DESC LIMIT 20"),
    ("average points of top categories per year", "SELECT year, avg(points) FROM item_paths WHERE depth = 1 GROUP BY year"),
)


def bench_queries(n_schemes: int, folder: Path) -> None:
    from rubrics.warehouse.db import connect

    path = folder / "synthetic.duckdb"
    con = connect(path)
    t0 = time.perf_counter()
    con.execute(SYNTHETIC.format(n=n_schemes))
    con.execute("CHECKPOINT")
    built = time.perf_counter() - t0
    n_items = con.execute("SELECT count(*) FROM items").fetchone()[0]
    n_rules = con.execute("SELECT count(*) FROM rules").fetchone()[0]
    print(f"synthetic warehouse: {n_schemes:,} schemes, {n_items:,} items, {n_rules:,} rules, built in {built:.1f}s, "
          f"file {path.stat().st_size / 1e6:.0f} MB")
    con.close()
    con = connect(path, read_only=True)
    doc = con.execute("SELECT id FROM documents ORDER BY id LIMIT 1 OFFSET ?", [n_schemes // 5]).fetchone()[0]
    scheme = f"s{n_schemes // 3}"
    for title, sql in QUERIES:
        sql = sql.format(doc=doc, scheme=scheme)
        runs = []
        for _ in range(3):
            t = time.perf_counter()
            rows = con.execute(sql).fetchall()
            runs.append(time.perf_counter() - t)
        print(f"  {min(runs) * 1000:8.1f} ms  {title} ({len(rows)} rows)")
    con.close()


def pdf_variants(folder: Path, copies: int, out: Path) -> Path:
    """Copies of every PDF with a comment after %%EOF: same content, new bytes, so a new document id each."""
    out.mkdir(parents=True)
    for pdf in sorted(folder.glob("*.pdf")):
        data = pdf.read_bytes()
        for k in range(copies):
            (out / f"{pdf.stem}-{k}.pdf").write_bytes(data + f"\n% variant {k}\n".encode())
    return out


def bench_jobs(folder: Path, jobs: list[int], work: Path) -> None:
    """Whole ingests (parse + extract + write) of a folder with each --jobs, into fresh warehouses."""
    from rubrics.warehouse.db import connect
    from rubrics.warehouse.ingest import ingest

    base = None
    for run, n in enumerate(jobs):
        db = work / f"run{run}-jobs{n}.duckdb"
        con = connect(db)
        t = time.perf_counter()
        outcomes = ingest(con, [folder], jobs=n)
        elapsed = time.perf_counter() - t
        con.close()
        base = base or elapsed
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"ingest --jobs {n}: {len(outcomes)} files in {elapsed:.1f}s "
              f"(x{base / elapsed:.2f} of --jobs {jobs[0]}; load average {load:.1f} on {os.cpu_count()} cores)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents to load for the load rate")
    parser.add_argument("--schemes", type=int, default=100_000, help="schemes in the synthetic warehouse")
    parser.add_argument("--keep", type=Path, help="build the files in this folder and keep them")
    parser.add_argument("--ingest", type=Path, nargs="?", const=ROOT / "corpus" / "sample",
                        help="instead: time whole ingests of a folder (default corpus/sample) with --jobs 1 and 2")
    parser.add_argument("--copies", type=int, default=1,
                        help="with --ingest: N byte-distinct copies of each PDF (a trailing comment), for many similar jobs")
    args = parser.parse_args(argv)
    if args.ingest:
        with tempfile.TemporaryDirectory() as tmp:
            folder = args.ingest
            if args.copies > 1:
                folder = pdf_variants(args.ingest, args.copies, Path(tmp) / "variants")
            bench_jobs(folder, [1, 2, 1, 2], Path(tmp))
        return 0
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        bench_load(args.docs, args.keep)
        bench_queries(args.schemes, args.keep)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        bench_load(args.docs, Path(tmp))
        bench_queries(args.schemes, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
