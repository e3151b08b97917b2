"""One identity for an article, whichever way it comes in (``sinmun run``, ``archive add``,
JSONL written by ``sinmun extract`` or by ``sinmun run``): a hash of its canonical URL key,
else of its normalized text. Adding the same page twice is then an update, never a second row.

Light on purpose (no extractor, no optional dependency): the archive imports it too.
"""
from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from .dedup import normalize

ID_BYTES = 12  # 24 hex digits


def canonical_url_key(url: str) -> str:
    """Scheme and host lower-cased, default port and fragment dropped, empty path made ``/``.

    Never raises: a URL Python cannot split (a bad port, a broken IPv6 host) is keyed by its
    stripped text."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:  # port out of range, invalid IPv6 literal
        return text
    if port and (parts.scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", parts.query, ""))


def article_id(canonical_url: str | None, url: str | None, body_paragraphs: list[str] | None,
               title: str | None = None) -> str:
    """The id of an article: its canonical URL (or page URL) key, else its body (else its title)."""
    link = (canonical_url or url or "").strip()
    if link:
        key = f"url:{canonical_url_key(link)}"
    else:
        body = normalize([p for p in body_paragraphs or [] if isinstance(p, str)])
        key = f"body:{body}" if body else f"title:{normalize([title or ''])}"
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=ID_BYTES).hexdigest()


def record_article_id(record: Mapping[str, Any]) -> str:
    """:func:`article_id` of a record dict (``Article.to_dict()`` or a corpus record)."""
    def text(name: str) -> str | None:
        value = record.get(name)
        return value if isinstance(value, str) else None
    body = record.get("body_paragraphs")
    return article_id(text("canonical_url"), text("url"), body if isinstance(body, list) else None, text("title"))
