"""The bad-input corpus: each file gives one clear error or a correct result, in bounded time and memory.

Why subprocesses: a hang or a memory blow-up must fail the test, not the test run. Each case runs
parse (+ extract) in a child with an address-space limit (resource.setrlimit) and a wall-clock
timeout; the bounds are generous (this is no speed test, bench/ measures speed). The files are made
by tests/bad_inputs/make_bad_inputs.py: small ones are committed, big ones generated here.
"""

from __future__ import annotations

import json
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "bad_inputs"))
import make_bad_inputs as corpus  # noqa: E402

FILES = corpus.FILES
RUBRICS = Path(sys.executable).parent / "rubrics"
MEMORY_MB = 2048  # address space, not resident: numpy/onnxruntime map a lot they never touch
TIMEOUT_S = 180

# One child run: parse and extract a file, print what came out as one JSON line.
CHILD = r"""
import json, sys, time
def peak_mb():  # VmHWM: ru_maxrss would carry the parent's (pytest's) high-water mark over fork
    with open("/proc/self/status") as f:
        return next(int(ln.split()[1]) for ln in f if ln.startswith("VmHWM")) / 1024
from rubrics.errors import RubricsError
from rubrics.parsers import parse
from rubrics.pipeline.extract import extract
out = {}
start = time.perf_counter()
try:
    doc = parse(sys.argv[1])
    out["format"] = doc.format
    out["n_pages"] = doc.n_pages
    out["encoding"] = doc.encoding
    out["texts"] = [b.text for b in doc.blocks if b.text]
    out["tables"] = [[len(t.cells), t.n_rows, t.n_cols, sum(len(c.tables) for c in t.cells)] for t in doc.tables()]
    out["cells"] = [c.text for t in doc.tables() for c in t.cells][:50]
    rubric = extract(doc)
    out["schemes"] = [{"name": s.name, "items": [[i.name, i.points] for i in s.items],
                       "rules": [[r.kind, r.amount, r.source.text if r.source else None] for r in s.rules]}
                      for s in rubric.schemes]
except RubricsError as exc:
    out["error"] = type(exc).__name__
    out["message"] = str(exc)
out["seconds"] = time.perf_counter() - start
out["maxrss_mb"] = peak_mb()
print(json.dumps(out, ensure_ascii=False))
"""


def _limit():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_MB * 2**20, MEMORY_MB * 2**20))


def bounded(args: list[str], timeout: float = TIMEOUT_S) -> subprocess.CompletedProcess:
    """Run a Python child under the memory limit; a timeout fails the test."""
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=timeout,
                          preexec_fn=_limit, env={"RUBRICS_OCR": "0", "PATH": "/usr/bin:/bin"})


def run_file(path: Path, timeout: float = TIMEOUT_S) -> dict:
    proc = bounded(["-c", CHILD, str(path)], timeout)
    assert proc.returncode == 0, f"{path.name}: crashed\n{proc.stderr[-2000:]}"
    assert "Traceback" not in proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module", autouse=True)
def committed_files():
    """The committed files are what the generator writes (regenerate when it changes)."""
    for name, data in corpus.small_files().items():
        path = FILES / name
        assert path.exists(), f"{name} missing: run python tests/bad_inputs/make_bad_inputs.py"
        if not name.endswith((".docx", ".xlsx", ".pdf")):  # zip timestamps / PDF ids may differ
            assert path.read_bytes() == data, f"{name} is stale: rerun make_bad_inputs.py"


# ---------------------------------------------------------------- small files: one clear error

ERRORS = {  # file: (error type, a word of the reason in the default language, Chinese)
    "empty.docx": ("EmptyFile", "文件是空的"),
    "blank.txt": ("EmptyFile", "文件是空的"),
    "truncated.docx": ("CorruptFile", "zip"),
    "truncated.pdf": ("CorruptFile", "PDF"),
    "broken_xml.docx": ("CorruptFile", "docx"),
    "encrypted.pdf": ("EncryptedFile", "密码保护"),
    "image.docx": ("UnsupportedFormat", "PNG"),
    "random.bin": ("UnsupportedFormat", "不属于任何支持的格式"),
}


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_broken_file_gives_one_typed_error(name):
    kind, word = ERRORS[name]
    out = run_file(FILES / name)
    assert out.get("error") == kind
    assert name in out["message"] and word in out["message"] and "\n" not in out["message"]


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_cli_prints_one_line_and_fails(name, tmp_path):
    proc = subprocess.run([str(RUBRICS), "parse", str(FILES / name)], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path)
    assert proc.returncode != 0
    message = (proc.stderr + proc.stdout).strip()
    assert len(message.splitlines()) == 1 and name in message and "Traceback" not in message


# ---------------------------------------------------------------- small files: a correct result

def _rules(out: dict) -> list[tuple[str, float]]:
    return [(kind, amount) for s in out["schemes"] for kind, amount, _ in s["rules"]]


def test_gbk_text_with_utf8_name_reads_the_rubric():
    out = run_file(FILES / "考核细则_gbk.txt")
    assert out["encoding"] and out["encoding"].lower().replace("-", "") in ("gbk", "gb2312", "gb18030")
    assert out["texts"][0] == corpus.RUBRIC_LINES[0]
    items = {name: points for s in out["schemes"] for name, points in s["items"]}
    assert items.get("制度建设") == 20 and items.get("档案管理") == 20
    assert ("deduct", 5.0) in _rules(out) and ("deduct", 0.5) in _rules(out)


def test_lying_extension_is_read_by_content():
    as_pdf = run_file(FILES / "really_docx.pdf")
    assert as_pdf["format"] == "docx" and as_pdf["texts"][0] == corpus.RUBRIC_LINES[0]
    as_xlsx = run_file(FILES / "really_pdf.xlsx")
    assert as_xlsx["format"] == "pdf" and as_xlsx["n_pages"] == 2
    assert "考核项目" in as_xlsx["cells"]


def test_pdf_with_broken_xref_is_recovered():
    out = run_file(FILES / "broken_xref.pdf")
    assert out.get("error") is None  # pdfminer rebuilds the xref by scanning the objects
    assert out["texts"] == ["Scoring (total 100)", "Item A 10 points"]


def test_deeply_nested_docx_tables_keep_every_level():
    out = run_file(FILES / "nested_tables.docx")
    assert out.get("error") is None
    assert out["tables"] and out["tables"][0][3] == 1  # the outer table's cell holds the next one
    assert "第0层扣1分" in out["cells"]


def test_deeply_nested_html_tables_lose_no_text():
    out = run_file(FILES / "nested_tables.html", timeout=60)
    assert out.get("error") is None
    assert sum(t.count("扣1分") for t in out["texts"] + out["cells"]) == 300


# ---------------------------------------------------------------- big files, generated here

def _check_big_table(out: dict, rows: int) -> None:
    assert out.get("error") is None
    items = [it for s in out["schemes"] for it in s["items"]]
    assert len(items) == rows - 1
    by_name = dict((name, points) for name, points in items)
    for n in (1, 1234, rows - 1):  # a row's points and deduction are its own, not a neighbour's
        assert by_name[f"指标{n}"] == n % 9 + 1
    amounts = [amount for s in out["schemes"] for kind, amount, text in s["rules"] if kind == "deduct"]
    assert len(amounts) == rows - 1 and amounts[1233] == (1234 % 4 + 1) * 0.5


@pytest.mark.slow
@pytest.mark.parametrize("make", ["big_markdown", "big_xlsx", "big_docx"])
def test_ten_thousand_row_table(make, tmp_path):
    suffix = {"big_markdown": ".md", "big_xlsx": ".xlsx", "big_docx": ".docx"}[make]
    path = getattr(corpus, make)(tmp_path / f"rows{suffix}", rows=10_000)
    _check_big_table(run_file(path), 10_000)


@pytest.mark.slow
def test_five_hundred_page_pdf(tmp_path):
    path = tmp_path / "long.pdf"
    path.write_bytes(corpus.long_pdf(500))
    out = run_file(path)
    assert out.get("error") is None and out["n_pages"] == 500
    items = [it for s in out["schemes"] for it in s["items"]]
    assert len(items) == 500 * 7  # seven data rows a page, the table continued across pages
    assert out["maxrss_mb"] < 1024


# ---------------------------------------------------------------- pathological strings

PATHOLOGICAL = {
    "digits": "1" * 100_000,
    "kou": "扣" * 100_000,
    "parens": "(" * 50_000 + "扣1分" + ")" * 50_000,
    "dun": "、" * 10_000,
    "numerals": "一" * 100_000,
    "chapters": "第" + "一" * 50_000 + "章",
    "amounts": "扣0.5分" * 20_000,
    "split_decimals": "0. " * 30_000,
    "spaced": "扣 " * 50_000,
    "numbering": "1." * 30_000,
    "headings": "\n".join(["一、考核"] * 5_000),
}

CHILD_STRING = r"""
import json, sys
from rubrics.errors import ExtractionError
from rubrics.parsers.dispatch import parse_bytes
from rubrics.pipeline.extract import extract
from rubrics.pipeline.normalize import normalize_text
from rubrics.pipeline.rules import parse_rules
text = sys.stdin.read()
norm = normalize_text(text)
hits = parse_rules(norm.text)
out = {"n_norm": len(norm.text), "amounts": sorted({h.amount for h in hits if h.amount is not None})}
try:
    rubric = extract(parse_bytes(text.encode("utf-8"), "pathological.txt"))
    out["rules"] = sorted({r.amount for s in rubric.schemes for r in s.rules if r.amount is not None})
except ExtractionError as exc:
    out["error"] = str(exc)
print(json.dumps(out))
"""


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_string_is_bounded(name):
    text = PATHOLOGICAL[name]
    proc = subprocess.run([sys.executable, "-c", CHILD_STRING], input=text, capture_output=True, text=True,
                          timeout=120, preexec_fn=_limit, env={"RUBRICS_OCR": "0", "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout)
    assert out["n_norm"] <= len(text)
    if "error" in out:
        assert "pathological.txt" in out["error"] and "\n" not in out["error"]
    # only amounts the text states come out: none where it states none
    stated = {"amounts": {0.5}, "parens": {1.0}}.get(name, set())
    assert set(out["amounts"]) <= stated
    assert set(out.get("rules", [])) <= stated


# ---------------------------------------------------------------- a folder of them through ingest

def test_ingest_of_the_corpus_goes_on_and_keeps_nothing_partial(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(FILES, folder)
    db = tmp_path / "w.duckdb"
    proc = subprocess.run([str(RUBRICS), "ingest", str(folder), "--db", str(db), "--jobs", "2"],
                          capture_output=True, text=True, timeout=600, cwd=tmp_path,
                          env={"RUBRICS_OCR": "0", "PATH": "/usr/bin:/bin", "COLUMNS": "200"})
    assert "Traceback" not in proc.stderr + proc.stdout
    con = duckdb.connect(str(db), read_only=True)
    log = dict(con.execute("SELECT file, status FROM ingest_log").fetchall())
    walked = {p.name for p in FILES.iterdir()}
    assert set(log) == walked  # every file in the folder got its line, whatever its extension
    failed = {f for f, status in log.items() if status == "failed"}
    skipped = {f for f, status in log.items() if status == "skipped"}
    assert "random.bin" in skipped  # no document: skipped, and said so
    assert set(ERRORS) & walked <= failed | skipped
    errors = con.execute("SELECT file, error FROM ingest_log WHERE status IN ('failed', 'skipped')").fetchall()
    assert all(error and "\n" not in error for _, error in errors)
    documents = {f for (f,) in con.execute("SELECT file FROM documents").fetchall()}
    assert documents == set(log) - failed - skipped
    assert "考核细则_gbk.txt" in documents and "really_docx.pdf" in documents
    for table in ("schemes", "items", "rules"):  # nothing left behind by a failed file
        orphans = con.execute(f"SELECT count(*) FROM {table} WHERE document_id NOT IN "
                              "(SELECT id FROM documents)").fetchone()[0]
        assert orphans == 0, table
    con.close()
