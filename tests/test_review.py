"""The review web app: its HTTP refusals (TestClient on the real app and a real warehouse), then the
real server driven by Debian's headless Chromium through playwright — select a rule and see its
source cell, correct a number, reload, re-ingest with a newer extractor, two tabs on one item, a PDF
page with the cell's box. Screenshots go to docs/ and are checked for content."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from rubrics.cli import app as cli_app
from rubrics.review.server import create_app, free_port

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / ".." / "shared" / "corpus" / "seeds" / "003_2484aa2863b60ef9.txt"
PDF = ROOT / "corpus" / "real" / "saiding-shigong-jingli-jidu-kaohe-pingjiabiao.pdf"  # a small table with its points
CHROMIUM = Path("/usr/bin/chromium")
DOCS = ROOT / "docs"
runner = CliRunner()


def query(db: Path, sql: str, params=()):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def pdf_db(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("pdf")
    doc = folder / PDF.name
    shutil.copy(PDF, doc)
    db = folder / "w.duckdb"
    assert runner.invoke(cli_app, ["ingest", str(doc), "--db", str(db)]).exit_code == 0
    return db, doc


def leaf(db: Path) -> tuple[str, int, str, str, float]:
    """(document id, scheme ord, scheme name, item id, points) of an item with points and a table cell."""
    return query(db, """SELECT i.document_id, s.ord, s.name, i.id, i.points FROM items i
                        JOIN schemes s ON s.id = i.scheme_id AND s.document_id = i.document_id
                        WHERE i.points IS NOT NULL AND i.table_no IS NOT NULL ORDER BY s.ord, i.ord LIMIT 1""")[0]


def client(db: Path, **kw) -> tuple[TestClient, object]:
    app = create_app(db, who="测试", **kw)
    return TestClient(app, base_url="http://127.0.0.1:8765"), app


# ---------------------------------------------------------------- HTTP refusals


def test_writes_need_the_csrf_token_and_bad_values_change_nothing(pdf_db):
    db, _ = pdf_db
    doc, _, scheme, item, points = leaf(db)
    http, app = client(db)
    body = {"doc": doc, "scheme": scheme, "edits": [{"op": "set", "target": item, "field": "points", "value": 3}]}
    before = query(db, "SELECT rubric FROM documents")
    assert http.post("/api/correct", json=body).status_code == 403
    assert http.post("/api/correct", json=body, headers={"X-CSRF-Token": "guess"}).status_code == 403
    csrf = {"X-CSRF-Token": app.review.csrf}
    for value, words in ((-1, "负数"), ("三分", "数字"), ("1e999", "数字")):
        bad = {**body, "edits": [{**body["edits"][0], "value": value}]}
        answer = http.post("/api/correct", json=bad, headers=csrf)
        assert answer.status_code == 400 and words in answer.json()["error"], answer.text
    cycle = {**body, "edits": [{"op": "set", "target": query(db, "SELECT parent FROM items WHERE id = ?", [item])[0][0],
                                "field": "parent", "value": item}]}
    assert "下级" in http.post("/api/correct", json=cycle, headers=csrf).json()["error"]
    assert http.post("/api/correct", content=b"points=3", headers={**csrf, "Content-Type": "text/plain"}).status_code == 415
    assert query(db, "SELECT rubric FROM documents") == before
    assert query(db, "SELECT count(*) FROM overrides") == [(0,)]

    # a save whose value changed meanwhile (another tab) is told so, and changes nothing
    stale = {**body, "expect": {"0": points + 100}}
    answer = http.post("/api/correct", json=stale, headers=csrf)
    assert answer.status_code == 409 and "已被他人修改" in answer.json()["error"]
    assert query(db, "SELECT count(*) FROM overrides") == [(0,)]


def test_no_file_outside_the_warehouses_own_documents(pdf_db, tmp_path):
    db, doc = pdf_db
    doc_id = leaf(db)[0]
    http, _ = client(db)
    assert http.get(f"/page/{doc_id}/1.png").headers["content-type"] == "image/png"
    for path in ("/page/../../etc/passwd", "/page/%2e%2e%2f%2e%2e%2fetc%2fpasswd/1.png", f"/page/{doc_id}/../../../etc/passwd",
                 "/page/" + "0" * 64 + "/1.png", f"/page/{doc_id}/999.png", "/etc/passwd", "/static/../../etc/passwd",
                 f"/scheme/{'..%2F' * 4}etc/0", f"/page/{doc_id}/-1.png"):
        answer = http.get(path)
        assert answer.status_code == 404, path
        assert b"root:" not in answer.content
    # the original file changed on disk: its bytes are no longer the document's, so it is not served
    moved = tmp_path / "w.duckdb"
    shutil.copy(db, moved)
    con = duckdb.connect(str(moved))
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(doc.read_bytes() + b"\n%tampered")
    con.execute("UPDATE documents SET path = ?", [str(changed)])
    con.close()
    assert client(moved)[0].get(f"/page/{doc_id}/1.png").status_code == 404


def test_other_hosts_need_the_token_and_a_foreign_host_header_is_refused(pdf_db):
    db, _ = pdf_db
    http, _ = client(db)
    assert http.get("/").status_code == 200
    assert http.get("/", headers={"Host": "evil.example:8765"}).status_code == 400  # DNS rebinding
    remote, app = client(db, host="0.0.0.0")
    assert remote.get("/").status_code == 403
    assert remote.get("/?token=wrong").status_code == 403
    assert remote.post("/api/correct", json={}).status_code == 403
    ok = remote.get(f"/?token={app.review.token}")
    assert ok.status_code == 200 and "考核方案审核" in ok.text
    assert remote.get("/").status_code == 200  # the token is now a cookie


# ---------------------------------------------------------------- the real app in a real browser

playwright = pytest.importorskip("playwright.sync_api")
needs_browser = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (/usr/bin/chromium)")


class Server:
    def __init__(self, db: Path):
        self.port = free_port("127.0.0.1")
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "RUBRICS_WHO": "审核员"}
        self.proc = subprocess.Popen([sys.executable, "-m", "rubrics", "review", "--db", str(db), "--port",
                                      str(self.port), "--no-browser"], env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.url + "/", timeout=2)
                return
            except OSError:
                if self.proc.poll() is not None:
                    raise RuntimeError(self.proc.stderr.read()) from None
                time.sleep(0.3)
        raise RuntimeError("the review server did not start")

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=20)
        self.proc.stdout.close()
        self.proc.stderr.close()


@pytest.fixture
def browser():
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield chromium
        chromium.close()


def not_blank(path: Path) -> None:
    """A screenshot with content: many colours, and no single colour covering nearly all of it."""
    from PIL import Image

    image = Image.open(path).convert("RGB").resize((200, 120))
    colours = image.getcolors(200 * 120)
    assert len(colours) > 50, f"{path}: {len(colours)} colours"
    assert max(n for n, _ in colours) < 0.9 * 200 * 120, f"{path}: nearly one colour"


@needs_browser
@pytest.mark.skipif(not SEED.exists(), reason="needs ../shared/corpus/seeds")
def test_select_correct_reload_reingest_and_two_tabs(browser, tmp_path):
    from test_corrections import reingest

    doc = tmp_path / SEED.name
    doc.write_bytes(SEED.read_bytes())
    db = tmp_path / "w.duckdb"
    assert runner.invoke(cli_app, ["ingest", str(doc), "--db", str(db)]).exit_code == 0
    doc_id, ord_, scheme, item, points = leaf(db)
    rule, rule_text = query(db, "SELECT id, text FROM rules WHERE table_no IS NOT NULL AND scheme_id = "
                                "(SELECT id FROM schemes WHERE ord = ?) ORDER BY ord LIMIT 1", [ord_])[0]
    server = Server(db)
    try:
        page = browser.new_page(viewport={"width": 1400, "height": 860})
        page.goto(server.url + "/")
        page.click(f"a[href='/scheme/{doc_id}/{ord_}']")
        page.wait_for_selector("#tree")

        # a rule: its source cell is highlighted and its text marked
        page.click(f"#tree tr.rule[data-id='{rule}']")
        highlighted = page.locator("#source .hl")
        assert highlighted.count() == 1
        assert page.locator("#source .hl mark").inner_text() == rule_text

        # change an item's points, save: the page reloads showing it, the warehouse has it
        page.click(f"#tree tr.item[data-id='{item}']")
        page.fill("#ed-points", f"{points + 1:g}")
        with page.expect_navigation():
            page.click("#ed-save")
        row = page.locator(f"#tree tr.item[data-id='{item}'] td.points")
        # the page may still be loading under load: wait for the corrected value rather than race it
        playwright.expect(row).to_contain_text(f"原：{points:g}", timeout=20000)
        assert row.inner_text().startswith(f"{points + 1:g}") and f"原：{points:g}" in row.inner_text()
        assert query(db, "SELECT points FROM items WHERE id = ?", [item]) == [(points + 1,)]
        page.screenshot(path=str(DOCS / "review-scheme.png"))
        not_blank(DOCS / "review-scheme.png")

        # a refused value: a message on the page, nothing changed
        page.fill("#ed-points", "-5")
        page.click("#ed-save")
        page.wait_for_selector("#msg.err")
        assert "负数" in page.inner_text("#msg")
        assert query(db, "SELECT points FROM items WHERE id = ?", [item]) == [(points + 1,)]

        # two tabs on one item: the second save is told the item changed
        first, second = browser.new_page(), browser.new_page()
        for tab in (first, second):
            tab.goto(f"{server.url}/scheme/{doc_id}/{ord_}")
            tab.click(f"#tree tr.item[data-id='{item}']")
        first.fill("#ed-points", f"{points + 2:g}")
        with first.expect_navigation():
            first.click("#ed-save")
        second.fill("#ed-points", f"{points + 3:g}")
        second.click("#ed-save")
        second.wait_for_selector("#msg.err")
        assert "已被他人修改" in second.inner_text("#msg")
        assert query(db, "SELECT points FROM items WHERE id = ?", [item]) == [(points + 2,)]

        # a newer extractor re-reads the document: the correction is still applied
        assert reingest(db, doc).returncode == 0
        page.reload()
        assert page.locator(f"#tree tr.item[data-id='{item}'] td.points").inner_text().startswith(f"{points + 2:g}")
        # ... and one that no longer finds the item: the correction shows as a conflict
        name = query(db, "SELECT name FROM items WHERE id = ?", [item])[0][0]
        assert reingest(db, doc, rename=name).returncode == 0
        page.reload()
        assert name in page.inner_text("#conflicts")
    finally:
        server.stop()


@needs_browser
def test_pdf_page_with_the_cells_box(browser, pdf_db):
    db, _ = pdf_db
    doc_id, ord_, _, item, _ = leaf(db)
    server = Server(db)
    try:
        page = browser.new_page(viewport={"width": 1400, "height": 860})
        page.goto(f"{server.url}/scheme/{doc_id}/{ord_}")
        page.click(f"#tree tr.item[data-id='{item}']")
        page.wait_for_selector("#pagemark", state="visible")  # drawn once the page image has loaded
        assert page.locator("#pageimg").evaluate("img => img.naturalWidth") > 100
        box = page.locator("#pagemark").bounding_box()
        assert box and box["width"] > 5 and box["height"] > 5
        assert page.locator("#source td.hl").count() == 1
        page.screenshot(path=str(DOCS / "review-pdf.png"))
        not_blank(DOCS / "review-pdf.png")
    finally:
        server.stop()
