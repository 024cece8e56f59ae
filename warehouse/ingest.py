"""A batch ingest: files and folders in, one transaction per document, every attempt logged.

Why this shape: parsing and extraction are the slow part and need no database, so they run in
worker processes (`jobs`), while this process is the only one that writes, in the order results
arrive. A file is hashed first: the same bytes ingested by the same extractor version are skipped
without parsing (status `unchanged`), so re-running an ingest over a folder is cheap and changes no
data. A failure (an unreadable file, a bug in extraction, a refused write) is logged in
`ingest_log` on its own and the batch goes on.

Nothing is left out in silence: a folder walk takes every file whatever its extension, sniffs its
bytes, and a file of no format we read (an image, an archive, a hidden or lock file) is logged
`skipped` with the reason. A file with the same bytes as one that failed fails too (never
`unchanged`): its outcome follows the first file's.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal
import time
import traceback
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from rubrics.errors import ParseError, RubricsError
from rubrics.extracted.models import EXTRACTOR_VERSION, Rubric
from rubrics.messages import lang, message
from rubrics.warehouse.corrections import conflicts
from rubrics.warehouse.load import log_attempt, stored_version, write_document

# the usual extensions of what we read (for listings and tests); a folder walk looks at every file's
# bytes, whatever its extension, so a document saved as `.bin`, `.wps` or without one is read too
SUPPORTED_EXTENSIONS = (".docx", ".pdf", ".xlsx", ".doc", ".txt", ".md", ".html", ".htm")

# Plain text in a folder is a document only under these names (or none): a .py, .json or .log beside
# the documents is not one, however much text it holds.
TEXT_DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".text")

STATUSES = ("ingested", "replaced", "unchanged", "skipped", "failed")

# Names a folder walk passes over (logged as skipped): hidden files and Office lock files (~$a.docx).
SKIPPED_NAMES = ((".", "ingest.hidden_file"), ("~$", "ingest.lock_file"))

WRITER_THREADS = 1  # DuckDB threads while ingesting (see Ingest.run)

# set by tests: a worker that picks up a file of this name kills itself with SIGKILL, as the kernel
# would kill a worker out of memory (see tests/test_warehouse_safety.py)
KILL_ENV = "RUBRICS_TEST_KILL_WORKER_ON"


@dataclass
class Outcome:
    """What happened to one file: the row the summary shows and ingest_log keeps."""

    path: str
    status: str
    hash: str | None = None
    error: str | None = None
    duration_s: float = 0.0
    schemes: int = 0
    items: int = 0
    rules: int = 0
    note: str | None = None  # shown in the summary, not logged (e.g. "same bytes as a.docx")
    conflicts: list[tuple] = field(default_factory=list)  # corrections that no longer apply (corrections.conflicts)
    review: int = 0  # schemes the extractor doubts (needs_review)
    review_codes: dict[str, int] = field(default_factory=dict)  # their warnings that ask for review, by code

    @property
    def file(self) -> str:
        return Path(self.path).name


def collect_files(paths: Iterable[str | os.PathLike]) -> tuple[list[tuple[Path, bool]], list[Outcome]]:
    """Files to ingest as (path, found in a folder walk), and outcomes for paths not taken.

    Folders are walked recursively; hidden entries and lock files are not read but each gets an
    outcome `skipped` saying why, as does a path that does not exist (`failed`)."""
    files: list[tuple[Path, bool]] = []
    others: list[Outcome] = []
    seen: set[Path] = set()

    def add(path: Path, walked: bool) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            files.append((path, walked))

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found, passed = _walk(path)
            for item in sorted(found):
                add(item, True)
            others.extend(passed)
        elif path.is_file():
            add(path, False)
        else:
            others.append(Outcome(str(path), "failed", error=message("ingest.no_such_path")))
    return files, others


def _skip_reason(name: str) -> str | None:
    for prefix, code in SKIPPED_NAMES:
        if name.startswith(prefix):
            return message(code)
    return None


def _walk(folder: Path) -> tuple[list[Path], list[Outcome]]:
    found: list[Path] = []
    passed: list[Outcome] = []
    for root, dirs, names in os.walk(folder):
        for d in sorted(dirs):
            if d.startswith("."):
                passed.append(Outcome(str(Path(root) / d), "skipped", error=message("ingest.hidden_folder")))
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            reason = _skip_reason(name)
            if reason is None:
                found.append(Path(root) / name)
            else:
                passed.append(Outcome(str(Path(root) / name), "skipped", error=message("ingest.skipped_name", reason=reason)))
    return found, sorted(passed, key=lambda o: o.path)


def sniff_file(path: Path) -> str | None:
    """Why a file found in a folder is not a document we read (its bytes, not its name), else None.

    Only content of no format we read under a name that does not claim to be a document is
    skipped (x.bin, a photo); an empty or broken document, or a PNG saved as .docx, is tried and
    fails, so the user hears about it as a failure."""
    from rubrics.errors import UnsupportedFormat
    from rubrics.parsers.dispatch import sniff

    if path.suffix.lower() in SUPPORTED_EXTENSIONS:
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None  # the hash step reports an unreadable file
    if not data.strip():
        return None
    try:
        fmt = sniff(data, str(path))
    except UnsupportedFormat as exc:
        return exc.reason
    except RubricsError:
        return None
    if fmt in ("txt", "md") and path.suffix and path.suffix.lower() not in TEXT_DOCUMENT_SUFFIXES:
        return message("ingest.text_not_document", suffix=path.suffix)  # make_table.py, data.json, run.log
    return None


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def extract_file(path: str) -> tuple[str | None, str | None, float, str | None]:
    """Parse and extract one file (in a worker process): (rubric JSON, None, s, parsed document JSON)
    or (None, reason, s, None). The parsed document is kept for the review's source view."""
    start = time.perf_counter()
    in_worker = multiprocessing.parent_process() is not None
    if in_worker and os.environ.get(KILL_ENV) and Path(path).name == os.environ[KILL_ENV]:
        os.kill(os.getpid(), signal.SIGKILL)
    try:
        from rubrics.parsers import parse
        from rubrics.pipeline.extract import extract

        document = parse(path)
        rubric = extract(document)
        return rubric.model_dump_json(), None, time.perf_counter() - start, _parsed_json(document)
    except ParseError as exc:
        return None, exc.reason, time.perf_counter() - start, None
    except RubricsError as exc:
        return None, str(exc), time.perf_counter() - start, None
    except Exception as exc:  # a bug in parsing or extraction must not stop the batch
        frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
        where = f" (at {Path(frame.filename).name}:{frame.lineno})" if frame else ""
        return None, f"extraction failed: {type(exc).__name__}: {exc}{where}", time.perf_counter() - start, None


def _parsed_json(document) -> str | None:
    """The parsed document as JSON; None when it cannot be written (the review then has no grid)."""
    import json

    try:
        return json.dumps(document.to_dict(), ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        return None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _isolated(path: Path) -> tuple[str | None, str | None, float, str | None]:
    """Extract one file in a pool of its own, so that if it kills its process only it fails."""
    start = time.perf_counter()
    try:
        with _pool(1) as pool:
            return pool.submit(extract_file, str(path)).result()
    except BrokenProcessPool:
        return (None, "the extraction process died (out of memory, or a crash in a parser)",
                time.perf_counter() - start, None)


def _pool(jobs: int) -> ProcessPoolExecutor:
    """Workers forked from a clean server process (no DuckDB threads copied); spawn where fork is absent."""
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if "forkserver" in methods:
        ctx.set_forkserver_preload(["rubrics.parsers", "rubrics.pipeline.extract"])
    return ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_ignore_interrupt,
                               initargs=(lang(),))


def _terminate(pool: ProcessPoolExecutor) -> None:
    """End the workers at once; their futures fail as a broken pool (the pool has no public way)."""
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        process.terminate()


def _ignore_interrupt(language: str | None = None) -> None:
    """Workers leave Ctrl-C to the main process, which stops the batch and shuts them down; they
    speak the language the main process chose (--lang), for the reasons of files they fail on."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if language is not None:
        from rubrics.messages import set_lang

        set_lang(language)


class Ingest:
    """One batch against one open warehouse connection (the only writer)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, *, jobs: int = 1,
                 on_outcome: Callable[[Outcome], None] | None = None,
                 on_plan: Callable[[int], None] | None = None):
        self.con = con
        self.on_plan = on_plan or (lambda total: None)
        self.jobs = max(1, jobs)
        self.on_outcome = on_outcome or (lambda outcome: None)
        self.outcomes: list[Outcome] = []

    def run(self, paths: Iterable[str | os.PathLike]) -> list[Outcome]:
        # small per-document transactions gain nothing from DuckDB's thread pool and lose to its
        # synchronisation on a busy machine (bench_warehouse.py: ~20% more documents/min)
        threads = self.con.execute("SELECT current_setting('threads')").fetchone()[0]
        self.con.execute(f"SET threads = {WRITER_THREADS}")
        try:
            return self._run(paths)
        finally:
            self.con.execute(f"SET threads = {int(threads)}")

    def _run(self, paths: Iterable[str | os.PathLike]) -> list[Outcome]:
        files, others = collect_files(paths)
        self.on_plan(len(files) + len(others))
        for outcome in others:
            self._log(outcome)
        todo, twins = self._plan(files)
        if self.jobs == 1 or len(todo) <= 1:
            for path, doc_hash in todo:
                self._write(path, doc_hash, *extract_file(str(path)))
        else:
            self._parallel(todo)
        self._follow_twins(twins)
        return self.outcomes

    def _follow_twins(self, twins: list[tuple[Path, str, Path]]) -> None:
        """A file with the same bytes as one extracted in this batch gets that file's outcome."""
        by_path = {o.path: o for o in self.outcomes}
        for path, doc_hash, first in twins:
            done = by_path.get(str(first))
            note = message("ingest.same_bytes", file=first.name)
            if done is None or done.status == "failed":
                error = (done.error if done and done.error else message("ingest.failed_unknown"))
                self._log(Outcome(str(path), "failed", doc_hash, error=f"{error} ({note})"))
            else:
                self._log(Outcome(str(path), "unchanged", doc_hash, note=note))

    def _plan(self, files: list[tuple[Path, bool]]) -> tuple[list[tuple[Path, str]], list[tuple[Path, str, Path]]]:
        """Hash every file; log the ones already in the warehouse or of no format we read; return
        the ones to extract and the twins (same bytes as a file to extract) that follow them."""
        todo: list[tuple[Path, str]] = []
        twins: list[tuple[Path, str, Path]] = []
        planned: dict[str, Path] = {}
        for path, walked in files:
            start = time.perf_counter()
            try:
                doc_hash = file_hash(path)
            except OSError as exc:
                self._log(Outcome(str(path), "failed", error=message("ingest.unreadable", reason=exc.strerror or exc)))
                continue
            if walked:
                reason = sniff_file(path)
                if reason is not None:
                    self._log(Outcome(str(path), "skipped", doc_hash, error=reason,
                                      duration_s=time.perf_counter() - start))
                    continue
            if doc_hash in planned:
                twins.append((path, doc_hash, planned[doc_hash]))
                continue
            if stored_version(self.con, doc_hash) == EXTRACTOR_VERSION:
                self._log(Outcome(str(path), "unchanged", doc_hash, duration_s=time.perf_counter() - start))
                continue
            planned[doc_hash] = path
            todo.append((path, doc_hash))
        return todo, twins

    def _parallel(self, todo: list[tuple[Path, str]]) -> None:
        # largest files first: one big PDF started last would leave the other workers idle at the end
        todo = sorted(todo, key=lambda job: _size(job[0]), reverse=True)
        with _pool(min(self.jobs, len(todo))) as pool:
            pending: dict[Future, tuple[Path, str]] = {
                pool.submit(extract_file, str(path)): (path, doc_hash) for path, doc_hash in todo
            }
            broken: list[tuple[Path, str]] = []
            try:
                while pending:
                    done, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for future in done:
                        path, doc_hash = pending.pop(future)
                        try:
                            result = future.result()
                        except BrokenProcessPool:
                            broken.append((path, doc_hash))
                            continue
                        self._write(path, doc_hash, *result)
            except BaseException:  # Ctrl-C: stop now rather than wait for the files in progress
                _terminate(pool)
                raise
        # a worker died (killed for memory, a crash in a native library): the pool takes every
        # unfinished file down with it, so retry those one by one to find the one that kills
        for path, doc_hash in broken:
            self._write(path, doc_hash, *_isolated(path))

    def _write(self, path: Path, doc_hash: str, rubric_json: str | None, error: str | None, seconds: float,
               parsed: str | None = None) -> None:
        if rubric_json is None:
            self._log(Outcome(str(path), "failed", doc_hash, error=error, duration_s=seconds))
            return
        start = time.perf_counter()
        try:
            rubric = Rubric.model_validate_json(rubric_json)
            rubric.document.id = rubric.document.id or doc_hash
            rubric.document.source = rubric.document.source or path.name
            duration = seconds + (time.perf_counter() - start)
            status = write_document(self.con, rubric, path=str(path.resolve()), duration_s=duration,
                                    parsed=parsed)
            stale = conflicts(self.con, rubric.document.id)
        except (duckdb.Error, ValueError) as exc:
            self._log(Outcome(str(path), "failed", doc_hash, error=f"write refused: {exc}",
                              duration_s=seconds + time.perf_counter() - start))
            return
        self._record(Outcome(
            str(path), status, rubric.document.id, duration_s=seconds + time.perf_counter() - start,
            schemes=len(rubric.schemes), items=sum(len(s.items) for s in rubric.schemes),
            rules=sum(len(s.rules) for s in rubric.schemes), conflicts=stale, **_doubts(rubric),
        ))

    def _log(self, outcome: Outcome) -> None:
        """Record an outcome that wrote no document: its ingest_log row commits on its own."""
        log_attempt(self.con, path=str(Path(outcome.path).resolve()), file=outcome.file, doc_hash=outcome.hash,
                    status=outcome.status, error=outcome.error, duration_s=outcome.duration_s,
                    version=EXTRACTOR_VERSION)
        self._record(outcome)

    def _record(self, outcome: Outcome) -> None:
        self.outcomes.append(outcome)
        self.on_outcome(outcome)


def _doubts(rubric: Rubric) -> dict:
    """How many schemes need review and, over them, the count of each warning code that asks for it."""
    from rubrics.pipeline.extract import REVIEW_CODES

    doubted = [s for s in rubric.schemes if s.needs_review]
    codes: dict[str, int] = {}
    for scheme in doubted:
        for warning in scheme.warnings:
            if warning.code in REVIEW_CODES:
                codes[warning.code] = codes.get(warning.code, 0) + 1
    return {"review": len(doubted), "review_codes": codes}


def ingest(con: duckdb.DuckDBPyConnection, paths: Iterable[str | os.PathLike], *, jobs: int = 1,
           on_outcome: Callable[[Outcome], None] | None = None,
           on_plan: Callable[[int], None] | None = None) -> list[Outcome]:
    """Ingest files and folders into an open warehouse; one Outcome per file."""
    return Ingest(con, jobs=jobs, on_outcome=on_outcome, on_plan=on_plan).run(paths)
