"""Safety of the warehouse file under real processes: SIGKILL mid-ingest, two ingests at once.

Each ingest is a real `python -m rubrics ingest` subprocess. RUBRICS_TEST_SLOW_INGEST=S makes
ingest sleep S seconds inside every document's transaction (after its rows are inserted, before
COMMIT), so a test can kill it, or compete with it, in the middle of a document.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_ingest import make_notice

from rubrics.warehouse.db import connect
from rubrics.warehouse.ingest import KILL_ENV
from rubrics.warehouse.load import CHILD_TABLES, SLOW_ENV, load_rubric

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


@pytest.fixture
def folder(tmp_path) -> Path:
    notices = tmp_path / "notices"
    notices.mkdir()
    for k in range(4):
        make_notice(notices / f"n{k}.docx", k)
    return notices


def start_ingest(folder: Path, db: Path, *extra: str, slow: float | None = None) -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop(SLOW_ENV, None)
    if slow is not None:
        env[SLOW_ENV] = str(slow)
    return subprocess.Popen(
        [sys.executable, "-m", "rubrics", "ingest", str(folder), "--db", str(db), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )


def wait_for_line(proc: subprocess.Popen, prefix: str, timeout: float = 60) -> str:
    """Read the child's stderr until a progress line starting with `prefix` appears."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stderr], [], [], 0.2)
        if ready:
            line = proc.stderr.readline()
            if line.startswith(prefix):
                return line
            if not line and proc.poll() is not None:
                break
    raise AssertionError(f"no line {prefix!r} from the ingest (exit {proc.poll()})")


def assert_consistent(db: Path) -> int:
    """Every document whole (its rows match its stored rubric JSON), no rows without a document."""
    con = connect(db)
    try:
        ids = [r[0] for r in con.execute("SELECT id FROM documents").fetchall()]
        for doc_id in ids:
            rubric = load_rubric(con, doc_id)
            expected = {
                "schemes": len(rubric.schemes),
                "items": sum(len(s.items) for s in rubric.schemes),
                "rules": sum(len(s.rules) for s in rubric.schemes),
                "warnings": sum(len(s.warnings) for s in rubric.schemes) + len(rubric.warnings),
                "repairs": len(rubric.repairs),
            }
            got = {t: con.execute(f"SELECT count(*) FROM {t} WHERE document_id = ?", [doc_id]).fetchone()[0]
                   for t in CHILD_TABLES}
            assert got == expected, doc_id
        for table in CHILD_TABLES:
            orphans = con.execute(
                f"SELECT count(*) FROM {table} WHERE document_id NOT IN (SELECT id FROM documents)"
            ).fetchone()[0]
            assert orphans == 0, table
        logged = con.execute("SELECT count(DISTINCT hash) FROM ingest_log WHERE status IN ('ingested', 'replaced')")
        assert logged.fetchone()[0] == len(ids)
        return len(ids)
    finally:
        con.close()


def test_sigkill_mid_ingest_leaves_whole_documents_and_rerun_completes(folder, tmp_path):
    db = tmp_path / "w.duckdb"
    proc = start_ingest(folder, db, slow=1.5)
    try:
        wait_for_line(proc, "[2/4]")
        time.sleep(0.5)  # the third document's transaction is open, its rows written, not committed
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    assert assert_consistent(db) == 2

    rerun = subprocess.run([sys.executable, "-m", "rubrics", "ingest", str(folder), "--db", str(db)],
                           capture_output=True, text=True, env={k: v for k, v in os.environ.items() if k != SLOW_ENV})
    assert rerun.returncode == 0, rerun.stderr
    assert assert_consistent(db) == 4
    con = connect(db, read_only=True)
    statuses = [r[0] for r in con.execute("SELECT status FROM ingest_log ORDER BY id").fetchall()]
    con.close()
    assert statuses == ["ingested"] * 2 + sorted(statuses[2:], key=["unchanged", "ingested"].index)
    assert statuses[2:].count("unchanged") == 2 and statuses[2:].count("ingested") == 2


def test_two_ingests_at_once_wait_or_fail_clearly(folder, tmp_path):
    db = tmp_path / "w.duckdb"
    first = start_ingest(folder, db, slow=2.5)  # holds the warehouse for ~10 s
    try:
        wait_for_line(first, "[1/4]")  # it holds the warehouse
        # a second ingest that will not wait long enough: one clear line, non-zero exit
        impatient = subprocess.run(
            [sys.executable, "-m", "rubrics", "ingest", str(folder), "--db", str(db), "--wait", "0.3"],
            capture_output=True, text=True,
        )
        assert impatient.returncode == 1
        lines = impatient.stderr.strip().splitlines()
        assert len(lines) == 1 and "the warehouse is in use by another process" in lines[0] and str(db) in lines[0]
        # a reader during the ingest gets the same message
        reader = subprocess.run([sys.executable, "-m", "rubrics", "sql", "SELECT 1", "--db", str(db)],
                                capture_output=True, text=True, env={**os.environ, "RUBRICS_DB_WAIT": "0.2"})
        assert reader.returncode == 1 and "in use by another process" in reader.stderr
        # a patient one waits for the first to finish, then finds everything done
        patient = subprocess.run(
            [sys.executable, "-m", "rubrics", "ingest", str(folder), "--db", str(db), "--wait", "60"],
            capture_output=True, text=True,
        )
        assert first.wait(timeout=60) == 0
    finally:
        if first.poll() is None:
            first.kill()
        first.stdout.close()
        first.stderr.close()
    assert patient.returncode == 0, patient.stderr
    assert assert_consistent(db) == 4
    con = connect(db, read_only=True)
    statuses = [r[0] for r in con.execute("SELECT status FROM ingest_log ORDER BY id").fetchall()]
    con.close()
    assert statuses == ["ingested"] * 4 + ["unchanged"] * 4


def test_a_worker_killed_mid_file_fails_that_file_only(folder, tmp_path):
    """A worker process that dies (as the kernel kills one out of memory) takes only its own file down."""
    db = tmp_path / "w.duckdb"
    env = {**os.environ, KILL_ENV: "n2.docx"}
    run = subprocess.run([sys.executable, "-m", "rubrics", "ingest", str(folder), "--db", str(db), "--jobs", "2"],
                         capture_output=True, text=True, env=env)
    assert run.returncode == 1
    con = connect(db, read_only=True)
    entries = dict(con.execute("SELECT file, status || ': ' || coalesce(error, '') FROM ingest_log").fetchall())
    con.close()
    assert entries.pop("n2.docx").startswith("failed: the extraction process died")
    assert entries == {f"n{k}.docx": "ingested: " for k in (0, 1, 3)}
    assert assert_consistent(db) == 3


def test_ctrl_c_stops_cleanly_and_rerun_completes(folder, tmp_path):
    db = tmp_path / "w.duckdb"
    proc = start_ingest(folder, db, slow=1.5)
    try:
        wait_for_line(proc, "[1/4]")
        time.sleep(0.4)  # inside the second document's transaction
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130
    assert "已中断：4个文件中完成1个；再运行同一命令即可继续" in err
    assert "Traceback" not in err
    assert assert_consistent(db) == 1
    rerun = subprocess.run([sys.executable, "-m", "rubrics", "ingest", str(folder), "--db", str(db)],
                           capture_output=True, text=True, env={k: v for k, v in os.environ.items() if k != SLOW_ENV})
    assert rerun.returncode == 0 and assert_consistent(db) == 4
