"""`rubrics demo` as a user runs it: a subprocess in an empty folder, building demo.duckdb from the
bundled sample corpus and printing its contents and the example queries with their SQL."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rubrics.commands.demo import DEMO_DB, sample_corpus
from rubrics.warehouse.db import connect
from rubrics.warehouse.examples import EXAMPLE_QUERIES
from rubrics.warehouse.ingest import SUPPORTED_EXTENSIONS

pytestmark = pytest.mark.slow


def test_demo_builds_and_explains_a_warehouse(tmp_path):
    corpus = sample_corpus()
    samples = sorted(p for p in corpus.rglob("*") if p.suffix.lower() in SUPPORTED_EXTENSIONS)
    assert {p.suffix for p in samples} >= {".docx", ".pdf"}
    if shutil.which("git") and (corpus.parents[1] / ".git").exists():
        # a fresh clone has them: every sample is tracked
        tracked = subprocess.run(["git", "ls-files", str(corpus)], cwd=corpus.parents[1], capture_output=True, text=True)
        assert {Path(line).name for line in tracked.stdout.splitlines()} >= {p.name for p in samples}

    run = subprocess.run([sys.executable, "-m", "rubrics", "demo"], cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    for _, sql in EXAMPLE_QUERIES:
        assert sql in run.stdout
    db = tmp_path / DEMO_DB
    con = connect(db, read_only=True)
    n_docs, formats = con.execute("SELECT count(*), list(DISTINCT format ORDER BY format) FROM documents").fetchone()
    statuses = dict(con.execute("SELECT status, count(*) FROM ingest_log GROUP BY ALL").fetchall())
    files = {r[0] for r in con.execute("SELECT file FROM documents").fetchall()}
    con.close()
    assert n_docs == len(samples) == statuses["ingested"]
    assert set(formats) >= {"docx", "pdf"}
    for name in files:
        assert name in run.stdout

    again = subprocess.run([sys.executable, "-m", "rubrics", "demo"], cwd=tmp_path, capture_output=True, text=True)
    assert again.returncode == 0
    con = connect(db, read_only=True)
    statuses = dict(con.execute("SELECT status, count(*) FROM ingest_log GROUP BY ALL").fetchall())
    con.close()
    assert statuses == {"ingested": len(samples), "unchanged": len(samples)}
