"""URL handling that never raises: pages carry malformed URLs (bad ports, unclosed IPv6
brackets) and :mod:`urllib.parse` answers those with ``ValueError``."""
from __future__ import annotations

from urllib.parse import SplitResult, urljoin, urlsplit


def split_url(url: str | None) -> SplitResult | None:
    """``urlsplit(url)``, or None when the URL cannot be split."""
    if not url:
        return None
    try:
        return urlsplit(url)
    except ValueError:
        return None


def host_of(url: str | None) -> str:
    """The lower-case host of a URL (a bare ``host/path`` counts as one); '' when there is none."""
    if not url:
        return ""
    parts = split_url(url if "//" in url else "//" + url)
    try:
        return (parts.hostname or "").lower() if parts else ""
    except ValueError:
        return ""


def join_url(base: str | None, url: str) -> str:
    """``url`` resolved against ``base``; as written when either is malformed."""
    if not base:
        return url
    try:
        return urljoin(base, url)
    except ValueError:
        return url
