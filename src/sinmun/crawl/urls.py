"""URL identity for the crawler: one canonical key per article, whatever link form led to it.

Tracking parameters (``utm_*``, ``fbclid``, ``ref`` ...) are stripped with courlan, fragments dropped,
query parameters sorted; the portals' article variants share one key:

- Naver ``news.naver.com/main/read.naver?oid=O&aid=A`` (and ``read.nhn``, ``m.news.naver.com``),
  ``n.news.naver.com/mnews/article/O/A``, ``n.news.naver.com/article/O/A`` -> ``naver:O/A``
- Daum ``v.daum.net/v/ID``, ``news.v.daum.net/v/ID`` (and ``m.`` forms) -> ``daum:ID``
"""
from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit, urlunsplit

from ..extraction.urls import split_url
from ..extras import require

NAVER_HOSTS = ("news.naver.com", "n.news.naver.com", "m.news.naver.com", "mnews.naver.com")
DAUM_HOSTS = ("v.daum.net", "news.v.daum.net", "m.v.daum.net", "m.news.v.daum.net")
_NAVER_PATH = re.compile(r"^/(?:mnews/)?article/(\d{3})/(\d{6,12})(?:/|$)")
_NAVER_READ = re.compile(r"^/(?:main/)?read\.(?:naver|nhn)$")
_DAUM_PATH = re.compile(r"^/v/(\d{14,20})(?:/|$)")


def clean_url(url: str) -> str:
    """The URL to request: whitespace and fragment dropped, tracking parameters stripped, host lower-cased."""
    courlan = require("courlan", "crawl")
    url = url.strip()
    try:
        normal = courlan.normalize_url(url)
    except ValueError:
        normal = url
    parts = urlsplit(normal)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


def portal_key(url: str) -> str | None:
    """``naver:OID/AID`` or ``daum:ID`` for a portal article URL, else None."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host in NAVER_HOSTS:
        match = _NAVER_PATH.match(parts.path)
        if match:
            return f"naver:{match.group(1)}/{match.group(2)}"
        if _NAVER_READ.match(parts.path):
            query = parse_qs(parts.query)
            oid, aid = query.get("oid", [""])[0], query.get("aid", [""])[0]
            if oid.isdigit() and aid.isdigit():
                return f"naver:{oid}/{aid}"
    if host in DAUM_HOSTS:
        match = _DAUM_PATH.match(parts.path)
        if match:
            return f"daum:{match.group(1)}"
    return None


def canonical_key(url: str) -> str:
    """The identity of a URL in the frontier and the seen-set."""
    cleaned = clean_url(url)
    portal = portal_key(cleaned)
    if portal:
        return portal
    parts = urlsplit(cleaned)
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    if parts.port and (parts.scheme, parts.port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{parts.port}"
    return urlunsplit(("", host, parts.path.rstrip("/") or "/", parts.query, "")).lstrip("/")


def host_of(url: str) -> str:
    """The politeness unit: host and port (``127.0.0.1:8001`` and ``127.0.0.1:8002`` are two hosts)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return f"{host}:{parts.port}" if parts.port else host


def is_http_url(url: str) -> bool:
    """An http(s) URL with a host that the other functions here can take (a malformed one — bad port,
    unclosed IPv6 bracket — is not: links in feeds and Location headers are often broken)."""
    parts = split_url(url.strip())
    if parts is None or parts.scheme not in ("http", "https"):
        return False
    try:
        parts.port  # raises for a port out of range
    except ValueError:
        return False
    return bool(parts.hostname)
