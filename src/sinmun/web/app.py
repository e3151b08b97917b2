"""The web app: search with filters, facets and a trend chart; article, original and side-by-side views.

Every scraped string reaches the page through Jinja2 autoescaping; the original page is
served with a Content-Security-Policy that forbids scripts and any request (``default-src
'none'``, ``sandbox``) and is shown inside ``<iframe sandbox="">``.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from .. import __version__
from ..archive.fts import kiwi
from ..archive import store
from ..archive.store import Archive, Filters
from ..archive.trend import png_bytes, trend
from ..dates import parse_date

HERE = Path(__file__).resolve().parent
PAGE_SIZE = 20
FILTER_NAMES = ("press", "section", "reporter", "person", "org", "since", "until")

#: The app's own pages: no scripts at all; article images may come from their publishers.
PAGE_CSP = ("default-src 'none'; style-src 'self'; img-src 'self' https: http: data:; frame-src 'self'; "
            "form-action 'self'; base-uri 'none'; frame-ancestors 'self'")
#: The stored original page: nothing may run or load; it cannot even reach its own origin.
ORIGINAL_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; sandbox"


class ArchiveReader:
    """One read-only connection per server thread."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.local = threading.local()

    def get(self) -> Archive:
        archive = getattr(self.local, "archive", None)
        if archive is None:
            archive = self.local.archive = Archive(self.path, readonly=True)
        return archive


def _valid_date(value: str | None) -> str | None:
    when = parse_date(value) if value else None
    return when.iso()[:10] if when else None


def create_app(db_path: str | Path) -> FastAPI:
    if not Path(db_path).exists():
        raise FileNotFoundError(f"no archive at {db_path}")
    reader = ArchiveReader(db_path)
    threading.Thread(target=kiwi, name="load-kiwipiepy", daemon=True).start()  # ready by the first query
    app = FastAPI(title="sinmun archive", docs_url=None, redoc_url=None, openapi_url=None)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")  # autoescape is on for .html
    templates.env.globals.update(version=__version__)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", PAGE_CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    def filters_from(params: dict[str, str | None]) -> Filters:
        return Filters(press=params.get("press") or None, section=params.get("section") or None,
                       reporter=params.get("reporter") or None, person=params.get("person") or None,
                       org=params.get("org") or None, since=_valid_date(params.get("since")),
                       until=_valid_date(params.get("until")))

    @app.get("/", response_class=HTMLResponse)
    def search_page(request: Request, q: str = "", page: int = Query(1, ge=1, le=500)) -> Response:
        params = {name: request.query_params.get(name) for name in FILTER_NAMES}
        archive = reader.get()
        result = archive.search(q, filters_from(params), limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE,
                                facets=True)
        current = {"q": q, **{k: v for k, v in params.items() if v}}

        def url_with(**changes: Any) -> str:
            merged = {**current, **changes}
            if "page" not in changes:
                merged.pop("page", None)
            return "/?" + urlencode({k: v for k, v in merged.items() if v not in (None, "")})

        trend_url = "/trend.png?" + urlencode({k: v for k, v in current.items() if v}) if q.strip() else None
        return templates.TemplateResponse(request, "search.html", {
            "q": q, "params": params, "result": result, "page": page, "page_size": PAGE_SIZE,
            "url_with": url_with, "trend_url": trend_url, "archive_size": archive.count() if not q.strip() else None,
            "rank_window": store.RANK_WINDOW})

    @app.get("/trend.png")
    def trend_png(request: Request, q: str = "", interval: str = "auto") -> Response:
        params = {name: request.query_params.get(name) for name in FILTER_NAMES}
        archive = reader.get()
        chosen = "day"
        result = trend(archive, q, filters_from(params), interval="day")
        if interval == "week" or (interval == "auto" and len(result.periods) > 120):
            chosen = "week"
            result = trend(archive, q, filters_from(params), interval=chosen)
        return Response(png_bytes(result), media_type="image/png",
                        headers={"Cache-Control": "max-age=60"})

    def stored(article_id: str) -> dict[str, Any]:
        record = reader.get().get(article_id)
        if record is None:
            raise HTTPException(404, "no such article")
        return record

    @app.get("/article/{article_id}", response_class=HTMLResponse)
    def article_page(request: Request, article_id: str) -> Response:
        record = stored(article_id)
        return templates.TemplateResponse(request, "article.html", {
            "a": record, "cluster": reader.get().cluster(article_id)})

    @app.get("/article/{article_id}.json")
    def article_json(article_id: str) -> Response:
        return JSONResponse(stored(article_id))

    @app.get("/article/{article_id}/compare", response_class=HTMLResponse)
    def compare_page(request: Request, article_id: str) -> Response:
        return templates.TemplateResponse(request, "compare.html", {"a": stored(article_id)})

    @app.get("/article/{article_id}/original")
    def original_page(article_id: str) -> Response:
        html = reader.get().original_html(article_id)
        if html is None:
            raise HTTPException(404, "the original page was not stored for this article")
        return HTMLResponse(html, headers={"Content-Security-Policy": ORIGINAL_CSP,
                                           "Cache-Control": "no-store"})

    return app
