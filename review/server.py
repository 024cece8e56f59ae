"""The review web app: Starlette routes over the warehouse, served by uvicorn.

Safe by default, because a warehouse holds an organisation's assessment data:
  * it listens on 127.0.0.1; another --host needs the token printed at start on every request
    (`?token=` once, then a cookie), and any Host header but the served one is refused (a page on
    another site cannot reach the app through DNS rebinding);
  * every write is a JSON POST carrying the page's CSRF token in a header;
  * the only file it reads besides the warehouse is an ingested document's original, named by
    the document's id (never by a path from the request), and only while its bytes still hash to
    that id — used to draw PDF pages.
Each request opens the warehouse and closes it, so `rubrics ingest` and `sql` still run beside it.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import re
import secrets
import socket
import threading
import webbrowser
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from rubrics.errors import RubricsError

TEMPLATES = Path(__file__).parent / "templates"
DOC_ID = re.compile(r"^[0-9a-f]{64}$")
TOKEN_COOKIE = "rubrics_review_token"
PAGE_SCALE = 1.5  # PDF points → image pixels for page images (108 dpi)
MAX_BODY = 1 << 20  # bytes of a correction request


def is_local(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class Review:
    """The app's state: which warehouse, who corrects, the secrets of this run."""

    def __init__(self, db, *, who: str | None = None, host: str = "127.0.0.1", port: int = 8765,
                 token: str | None = None):
        from rubrics.warehouse.corrections import default_who
        from rubrics.warehouse.db import db_path

        self.db = db_path(db)
        self.who = who or default_who()
        self.local = is_local(host)
        self.token = token or secrets.token_urlsafe(24)
        self.csrf = secrets.token_urlsafe(24)
        self.hosts = {"127.0.0.1", "localhost", "[::1]", "::1"} if self.local else None
        self._hashes: dict[tuple[str, float, int], str] = {}
        self.env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))

    # ---- warehouse access, one connection per request
    def read(self):
        from rubrics.warehouse.db import connect

        return connect(self.db, read_only=True, wait=5)

    def write(self):
        from rubrics.warehouse.db import connect

        return connect(self.db, wait=5)

    def page(self, name: str, **context) -> HTMLResponse:
        html = self.env.get_template(name).render(csrf=self.csrf, who=self.who, **context)
        return HTMLResponse(html, headers={"Content-Security-Policy": "default-src 'self'; img-src 'self'; "
                                           "style-src 'unsafe-inline'; script-src 'unsafe-inline'",
                                           "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer"})

    def original_file(self, doc_id: str, path: str | None) -> Path | None:
        """The document's original file, only while its bytes are still the ingested ones."""
        if not path:
            return None
        file = Path(path)
        try:
            stat = file.stat()
        except OSError:
            return None
        key = (path, stat.st_mtime, stat.st_size)
        if key not in self._hashes:
            digest = hashlib.sha256()
            with file.open("rb") as handle:
                for chunk in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(chunk)
            self._hashes[key] = digest.hexdigest()
        return file if hmac.compare_digest(self._hashes[key], doc_id) else None


def create_app(db, *, who: str | None = None, host: str = "127.0.0.1", port: int = 8765,
               token: str | None = None) -> Starlette:
    review = Review(db, who=who, host=host, port=port, token=token)

    async def index(request: Request) -> Response:
        from rubrics.review.data import STATE_WORDS, scheme_rows

        state, org, year = (request.query_params.get(k) or "" for k in ("state", "org", "year"))
        con = review.read()
        try:
            rows = scheme_rows(con)
        finally:
            con.close()
        orgs = sorted({r.org for r in rows if r.org})
        years = sorted({r.year for r in rows if r.year}, reverse=True)
        shown = [r for r in rows if (not state or r.state == state) and (not org or r.org == org)
                 and (not year or str(r.year) == year)]
        counts = {s: sum(1 for r in rows if r.state == s) for s in STATE_WORDS}
        return review.page("index.html", rows=shown, states=STATE_WORDS, counts=counts, orgs=orgs, years=years,
                           state=state, org=org, year=year, total=len(rows))

    async def scheme_page(request: Request) -> Response:
        from rubrics.review.data import scheme_view
        from rubrics.review.source import render_source
        from rubrics.warehouse.corrections import current_rubric, listing, original_rubric, review_states

        doc_id, ord_ = request.path_params["doc"], request.path_params["ord"]
        if not DOC_ID.match(doc_id):
            return _not_found("没有这个文档")
        con = review.read()
        try:
            row = con.execute("SELECT file, path, format, title FROM documents WHERE id = ?", [doc_id]).fetchone()
            if row is None:
                return _not_found("没有这个文档")
            rubric, original = current_rubric(con, doc_id), original_rubric(con, doc_id)
            parsed = con.execute("SELECT parsed FROM extractions WHERE document_id = ?", [doc_id]).fetchone()
            if not 0 <= ord_ < len(rubric.schemes):
                return _not_found("没有这个方案")
            scheme = rubric.schemes[ord_]
            records = [r for r in listing(con, doc_id) if r["scheme"] == scheme.name]
            reviewed = review_states(con).get((doc_id, scheme.name), False)
        finally:
            con.close()
        view = scheme_view(rubric, original, scheme)
        has_file = review.original_file(doc_id, row[1]) is not None
        return review.page(
            "scheme.html", doc_id=doc_id, ord=ord_, file=row[0], title=row[3], format=row[2], scheme=scheme,
            view=view, records=records, reviewed=reviewed, warnings=scheme.warnings,
            source_html=render_source(parsed[0] if parsed else None), pdf_pages=row[2] == "pdf" and has_file,
            page_scale=PAGE_SCALE,
            conflicts=[r for r in records if r["status"] == "conflict"],
            parents=[(i["id"], i["path"]) for i in view["items"]])

    async def page_image(request: Request) -> Response:
        doc_id, number = request.path_params["doc"], request.path_params["page"]
        if not DOC_ID.match(doc_id):
            return _not_found("没有这个文档")
        con = review.read()
        try:
            row = con.execute("SELECT path, format FROM documents WHERE id = ?", [doc_id]).fetchone()
        finally:
            con.close()
        if row is None or row[1] != "pdf":
            return _not_found("没有这个 PDF 文档")
        file = review.original_file(doc_id, row[0])
        if file is None:
            return _not_found("原文件已不在原处或已被修改")
        png = _render_page(file, number)
        if png is None:
            return _not_found("没有这一页")
        return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=600"})

    async def api_correct(request: Request) -> Response:
        from rubrics.warehouse.corrections import StaleEdit, correct
        from rubrics.warehouse.resolve import pick_scheme
        from rubrics.warehouse.specs import to_edits

        body = await _json_body(request)
        if isinstance(body, Response):
            return body
        doc_id, scheme_name, specs = body.get("doc"), body.get("scheme"), body.get("edits")
        if not isinstance(doc_id, str) or not DOC_ID.match(doc_id) or not isinstance(scheme_name, str) \
                or not isinstance(specs, list) or not specs or not all(isinstance(s, dict) for s in specs):
            return _refuse(400, "请求格式不对")
        expect = body.get("expect") or {}
        try:
            expect = {int(k): v for k, v in expect.items()} if isinstance(expect, dict) else {}
        except ValueError:
            return _refuse(400, "请求格式不对")
        try:
            con = review.write()
        except RubricsError as exc:
            return _refuse(503, str(exc))
        try:
            from rubrics.warehouse.corrections import current_rubric

            rubric = current_rubric(con, doc_id)
            scheme = pick_scheme(rubric, scheme_name, scheme_name)
            edits = to_edits(rubric, scheme.name, specs)
            ids = correct(con, doc_id, edits, who=review.who, expect=expect)
        except StaleEdit as exc:
            return _refuse(409, str(exc))
        except RubricsError as exc:
            return _refuse(400, str(exc))
        finally:
            con.close()
        return JSONResponse({"ok": True, "ids": ids})

    async def api_undo(request: Request) -> Response:
        from rubrics.warehouse.corrections import undo

        body = await _json_body(request)
        if isinstance(body, Response):
            return body
        if not isinstance(body.get("id"), int):
            return _refuse(400, "请求格式不对")
        con = review.write()
        try:
            undo(con, body["id"], who=review.who)
        except RubricsError as exc:
            return _refuse(400, str(exc))
        finally:
            con.close()
        return JSONResponse({"ok": True})

    async def _json_body(request: Request):
        if not hmac.compare_digest(request.headers.get("x-csrf-token", ""), review.csrf):
            return _refuse(403, "缺少或错误的 CSRF 令牌：请刷新页面")
        if "application/json" not in request.headers.get("content-type", ""):
            return _refuse(415, "只接受 JSON")
        raw = await request.body()
        if len(raw) > MAX_BODY:
            return _refuse(413, "请求过大")
        try:
            body = json.loads(raw)
        except ValueError:
            return _refuse(400, "请求不是有效的 JSON")
        return body if isinstance(body, dict) else _refuse(400, "请求格式不对")

    routes = [
        Route("/", index),
        Route("/scheme/{doc}/{ord:int}", scheme_page),
        Route("/page/{doc}/{page:int}.png", page_image),
        Route("/api/correct", api_correct, methods=["POST"]),
        Route("/api/undo", api_undo, methods=["POST"]),
        Route("/favicon.ico", lambda request: Response(status_code=204)),
    ]
    app = Starlette(routes=routes)
    app.state.review = review
    return _Guard(app, review)


class _Guard:
    """ASGI middleware: the Host check and, away from this machine, the token."""

    def __init__(self, app, review: Review):
        self.app = app
        self.review = review
        self.state = app.state

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        request = Request(scope)
        raw = request.headers.get("host") or ""
        host = raw.split("]")[0] + "]" if raw.startswith("[") else raw.rsplit(":", 1)[0]
        if self.review.hosts is not None and host not in self.review.hosts:
            return await _refuse(400, "主机名不对：请用 http://127.0.0.1 访问")(scope, receive, send)
        if not self.review.local:
            given = request.query_params.get("token") or request.cookies.get(TOKEN_COOKIE) \
                or request.headers.get("x-token") or ""
            if not hmac.compare_digest(given, self.review.token):
                return await _refuse(403, "需要访问令牌（启动 rubrics review 时打印的 token）")(scope, receive, send)
            if request.query_params.get("token"):
                async def send_with_cookie(message):
                    if message["type"] == "http.response.start":
                        cookie = f"{TOKEN_COOKIE}={self.review.token}; HttpOnly; SameSite=Strict; Path=/"
                        message.setdefault("headers", []).append((b"set-cookie", cookie.encode()))
                    await send(message)

                return await self.app(scope, receive, send_with_cookie)
        return await self.app(scope, receive, send)


def _refuse(status: int, why: str) -> JSONResponse:
    return JSONResponse({"ok": False, "error": why}, status_code=status)


def _not_found(why: str) -> Response:
    return HTMLResponse(f"<!doctype html><meta charset=utf-8><title>404</title><p>{why}</p>", status_code=404)


def _render_page(file: Path, number: int) -> bytes | None:
    import io

    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(file))
    try:
        if not 1 <= number <= len(pdf):
            return None
        page = pdf[number - 1]
        image = page.render(scale=PAGE_SCALE).to_pil()
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        return buffer.getvalue()
    finally:
        pdf.close()


def free_port(host: str) -> int:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        sock.bind((host.strip("[]"), 0))
        return sock.getsockname()[1]


def serve(db, *, host: str = "127.0.0.1", port: int = 8765, who: str | None = None,
          open_browser: bool = True) -> None:
    """Run the app until Ctrl-C; print the address (and, away from this machine, the token)."""
    import typer
    import uvicorn

    from rubrics.messages import message
    from rubrics.warehouse.db import connect, db_path

    path = db_path(db)
    if not path.exists():
        raise RubricsError(message("review.no_db", db=path))
    connect(path).close()  # bring the schema up to date (and fail now, with one line, if we cannot)
    port = port or free_port(host)
    app = create_app(path, who=who, host=host, port=port)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/"
    if not app.review.local:
        url += f"?token={app.review.token}"
        typer.echo(message("review.token", token=app.review.token))
    typer.echo(message("review.listening", url=url))
    typer.echo(message("review.stop"))
    if open_browser:
        threading.Timer(1.0, webbrowser.open, [url]).start()
    uvicorn.run(app, host=host.strip("[]"), port=port, log_level="warning")
