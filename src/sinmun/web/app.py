"""The web app: search with filters, facets and a trend chart; article, original and side-by-side views.

Every scraped string reaches the page through Jinja2 autoescaping; the original page is
served with a Content-Security-Policy that forbids scripts and any request (``default-src
'none'``, ``sandbox``) and is shown inside ``<iframe sandbox="">``. The reader makes no request
beyond its own server: article photos are remote, so they show as caption and link unless the
app is created with ``remote_images=True``. Requests whose ``Host`` is not one of the server's
own names are refused (a web page that re-points its domain at 127.0.0.1 - DNS rebinding -
cannot read the archive).
"""
from __future__ import annotations

import socket
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from .. import __version__
from ..archive.fts import MAX_QUERY_TERMS, kiwi
from ..archive import facet_index, store
from ..archive.store import Archive, Filters
from ..archive.trend import png_bytes, trend, weekly
from ..extraction.dates import parse_date

HERE = Path(__file__).resolve().parent
PAGE_SIZE = 20
FILTER_NAMES = ("press", "section", "reporter", "person", "org", "place", "since", "until")

#: The app's own pages: no scripts at all, images from this server only (see :func:`page_csp`).
PAGE_CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; frame-src 'self'; "
            "form-action 'self'; base-uri 'none'; frame-ancestors 'self'")
#: The stored original page: nothing may run or load; it cannot even reach its own origin, and only
#: this app's compare page may frame it.
ORIGINAL_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; "
                "frame-ancestors 'self'; sandbox")
#: Host names a local server always answers to.
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
#: ``--host`` values that bind every interface: the machine's own name is allowed too.
WILDCARD_BINDS = ("", "0.0.0.0", "::")
ARTICLE_VIEWS = (("/compare", "compare"), ("/original", "original"), (".json", "json"))


def page_csp(remote_images: bool) -> str:
    """The pages' CSP; with ``remote_images`` photos may load from their publishers."""
    return PAGE_CSP.replace("img-src 'self' data:", "img-src 'self' data: https: http:") if remote_images \
        else PAGE_CSP


def host_name(header: str) -> str:
    """The host of a ``Host`` header, lower-cased, without port or brackets (``[::1]:8080`` -> ``::1``)."""
    value = header.strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value
    return (value.rsplit(":", 1)[0] if value.count(":") == 1 else value).rstrip(".")


def allowed_host_names(host: str, extra: Iterable[str] | None) -> set[str] | None:
    """The names this server answers to; None when ``extra`` holds ``*`` (no check)."""
    extra = [name for name in extra or () if name.strip()]
    if "*" in extra:
        return None
    names = {*LOCAL_HOSTS, host_name(host), *(host_name(name) for name in extra)}
    if host.strip() in WILDCARD_BINDS:
        names.add(socket.gethostname().lower())
    return names - {""}


def article_path(article_id: str, view: str = "") -> str:
    """The URL of an article page; ``/`` and every other special character in the id are escaped."""
    return "/article/" + quote(article_id, safe="") + view


def image_kind(url: str | None) -> str | None:
    """``remote`` for http(s) photos, ``inline`` for data: images, None for anything else."""
    lowered = (url or "").strip().lower()
    if lowered.startswith(("https://", "http://")):
        return "remote"
    return "inline" if lowered.startswith("data:image/") else None


class ArchiveReader:
    """One read-only connection per server thread."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.local = threading.local()
        facet_index.load_numpy()  # a server counts facets with numpy from its first query on

    def get(self) -> Archive:
        archive = getattr(self.local, "archive", None)
        if archive is None:
            archive = self.local.archive = Archive(self.path, readonly=True)
        return archive


def _valid_date(value: str | None) -> str | None:
    when = parse_date(value) if value else None
    return when.iso()[:10] if when else None


def create_app(db_path: str | Path, *, host: str = "127.0.0.1", allowed_hosts: Iterable[str] | None = None,
               remote_images: bool = False) -> FastAPI:
    """The app over the archive at ``db_path``.

    ``host`` is the address the server binds; it, 127.0.0.1, localhost, ``::1`` and
    ``allowed_hosts`` are the only ``Host`` names answered (``allowed_hosts=["*"]``: any).
    ``remote_images`` lets article photos load from their publishers' servers.
    """
    if not Path(db_path).exists():
        raise FileNotFoundError(f"no archive at {db_path}")
    reader = ArchiveReader(db_path)
    threading.Thread(target=kiwi, name="load-kiwipiepy", daemon=True).start()  # ready by the first query
    app = FastAPI(title="sinmun archive", docs_url=None, redoc_url=None, openapi_url=None)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")  # autoescape is on for .html
    templates.env.globals.update(version=__version__, remote_images=remote_images, article_path=article_path,
                                 image_kind=image_kind)
    _add_security(app, allowed_host_names(host, allowed_hosts), page_csp(remote_images))
    _add_search_routes(app, reader, templates)
    _add_article_routes(app, reader, templates)
    return app


def _add_security(app: FastAPI, hosts: set[str] | None, csp: str) -> None:
    """Refuse foreign Host headers; set CSP and the other protective headers on every response."""

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        name = host_name(request.headers.get("host", ""))
        if hosts is not None and name and name not in hosts:
            response: Response = PlainTextResponse(
                f"host {name!r} is not served here (start sinmun serve with --allowed-host {name} to allow it)\n",
                status_code=400)
        else:
            response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", csp)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response


def _filters_from(params: dict[str, str | None]) -> Filters:
    return Filters(press=params.get("press") or None, section=params.get("section") or None,
                   reporter=params.get("reporter") or None, person=params.get("person") or None,
                   org=params.get("org") or None, place=params.get("place") or None,
                   since=_valid_date(params.get("since")), until=_valid_date(params.get("until")))


def _add_search_routes(app: FastAPI, reader: ArchiveReader, templates: Jinja2Templates) -> None:

    @app.get("/", response_class=HTMLResponse)
    def search_page(request: Request, q: str = "", page: int = Query(1, ge=1, le=500)) -> Response:
        params = {name: request.query_params.get(name) for name in FILTER_NAMES}
        archive = reader.get()
        result = archive.search(q, _filters_from(params), limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE,
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
            "rank_window": store.RANK_WINDOW, "max_terms": MAX_QUERY_TERMS})

    @app.get("/trend.png")
    def trend_png(request: Request, q: str = "", interval: str = "auto") -> Response:
        params = {name: request.query_params.get(name) for name in FILTER_NAMES}
        archive = reader.get()
        result = trend(archive, q, _filters_from(params), interval="day")
        if interval == "week" or (interval == "auto" and len(result.periods) > 120):
            result = weekly(result)   # one pass over the hits, regrouped
        return Response(png_bytes(result), media_type="image/png",
                        headers={"Cache-Control": "max-age=60"})


def _add_article_routes(app: FastAPI, reader: ArchiveReader, templates: Jinja2Templates) -> None:
    """``/article/{id}`` and its ``.json``, ``/compare`` and ``/original`` views; ids may hold ``/``."""

    def resolve(path: str) -> tuple[str, str]:
        """The article id and view a path names: a view suffix counts when the rest is a stored id."""
        archive = reader.get()
        for suffix, view in ARTICLE_VIEWS:
            if path.endswith(suffix) and archive.has(path[:-len(suffix)]):
                return path[:-len(suffix)], view
        return path, "page"

    @app.get("/article/{path:path}")
    def article_view(request: Request, path: str) -> Response:
        article_id, view = resolve(path)
        archive = reader.get()
        if view == "original":
            html = archive.original_html(article_id)
            if html is None:
                raise HTTPException(404, "the original page was not stored for this article")
            return HTMLResponse(html, headers={"Content-Security-Policy": ORIGINAL_CSP, "Cache-Control": "no-store"})
        record = archive.get(article_id)
        if record is None:
            raise HTTPException(404, "no such article")
        if view == "json":
            return JSONResponse(record)
        if view == "compare":
            return templates.TemplateResponse(request, "compare.html", {"a": record})
        return templates.TemplateResponse(request, "article.html", {
            "a": record, "cluster": archive.cluster(article_id)})
