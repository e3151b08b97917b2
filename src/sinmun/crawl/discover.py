"""Links (and the dates their source gives) from the pages a crawl reads to find articles.

Sitemap indexes and sitemaps (``lastmod``, news sitemaps' ``news:publication_date``), RSS/Atom feeds
(feedparser; ``pubDate``/``updated``), HTML list pages (generic: same-outlet links that look like articles;
``naver-day``/``daum-day``: the portals' per-day lists, whose links carry the list's day), each detected from
the bytes when the declaration does not say.
"""
from __future__ import annotations

import re
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit
from xml.etree import ElementTree

from ..extras import require
from .urls import is_http_url, portal_key

KST = timezone(timedelta(hours=9))
#: a compressed source (sitemap.xml.gz) is decompressed up to this many bytes (a gzip bomb is cut, not expanded)
MAX_SOURCE_BYTES = 64_000_000
ARTICLE_LIKE = re.compile(r"\d{5,}|/article/|/news/|/view/|/arti/|read\.|idxno=|articleid=|newsid=|aid=", re.I)
NOT_ARTICLE = re.compile(r"\.(?:jpg|jpeg|png|gif|webp|svg|css|js|pdf|zip|mp4|mp3)$|/(?:login|search|tag|tags)/",
                         re.I)


@dataclass
class Found:
    """What one source page yielded: article links and further sources, each with the day it gives."""

    # (url, day, exact): exact days are publication days; others (sitemap lastmod) only bound it from above
    articles: list[tuple[str, str | None, bool]] = field(default_factory=list)
    sources: list[tuple[str, str, str | None]] = field(default_factory=list)   # (url, kind, lastmod day)
    format: str = "unknown"


def sniff(body: bytes) -> str:
    """``sitemap``, ``rss`` or ``html`` from the first bytes."""
    head = body[:2048].lstrip().lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return "sitemap"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "rss"
    return "html"


def discover(body: bytes, url: str, declared: str | None, *, parser: str | None = None,
             hosts: tuple[str, ...] = (), article_pattern: str | None = None, list_day: str | None = None) -> Found:
    """Parse one source page (``declared``: rss, newsmap, sitemap, list or None to sniff)."""
    if body[:2] == b"\x1f\x8b":
        body = gunzip_prefix(body)
    kind = sniff(body)
    if kind == "sitemap":
        return parse_sitemap(body)
    if kind == "rss" or declared == "rss":
        return parse_feed(body)
    return parse_list(body, url, parser=parser, hosts=hosts, article_pattern=article_pattern, day=list_day)


def gunzip_prefix(body: bytes, limit: int = MAX_SOURCE_BYTES) -> bytes:
    """What a gzip stream decodes to, at most ``limit`` bytes: a stream cut short (a body truncated at the
    crawl's --max-bytes) or broken part-way gives what came before the cut, never an exception."""
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        return decompressor.decompress(body, limit)
    except zlib.error:
        return b""


def day_of(text: str | None) -> str | None:
    """YYYY-MM-DD (in KST) of an ISO 8601 date or date-time; None when unreadable."""
    if not text:
        return None
    text = text.strip()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
        return "-".join(match.groups()) if match else None
    return (moment.astimezone(KST) if moment.tzinfo else moment).date().isoformat()


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parse_sitemap(body: bytes) -> Found:
    """The URLs of a sitemap or sitemap index; a document cut short (or broken) gives the entries before the cut."""
    found = Found(format="sitemap")
    depth, index = 0, False
    for event, element in _xml_events(body):
        depth += 1 if event == "start" else -1
        if event == "start" and depth == 1:
            index = _local(element.tag) == "sitemapindex"
        elif event == "end" and depth == 1:  # an entry (url or sitemap) is complete
            _add_sitemap_entry(found, element, index)
            element.clear()
    return found


def _xml_events(body: bytes) -> Iterator[Any]:
    """Start and end events of an XML document, up to where it breaks off or stops being well-formed."""
    parser: ElementTree.XMLPullParser[Any] = ElementTree.XMLPullParser(events=("start", "end"))
    try:
        parser.feed(body)
        yield from parser.read_events()  # (event, element): only start and end events were asked for
        parser.close()
        yield from parser.read_events()
    except ElementTree.ParseError:
        return


def _add_sitemap_entry(found: Found, entry: ElementTree.Element, index: bool) -> None:
    values: dict[str, str] = {}
    for child in entry.iter():
        name = _local(child.tag)
        if child.text and name in ("loc", "lastmod", "publication_date"):
            values.setdefault(name, child.text.strip())
    loc = values.get("loc")
    if not loc or not is_http_url(loc):
        return
    if index:
        found.sources.append((loc, "sitemap", day_of(values.get("lastmod"))))
    else:
        published = day_of(values.get("publication_date"))
        found.articles.append((loc, published or day_of(values.get("lastmod")), published is not None))


def parse_feed(body: bytes) -> Found:
    feedparser = require("feedparser", "crawl")
    feed = feedparser.parse(body)
    found = Found(format="rss")
    for entry in feed.entries:
        link = entry.get("link")
        if not link or not is_http_url(link):
            continue
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        day = _feed_day(when) if when else None
        found.articles.append((link, day, True))
    return found


def _feed_day(when: time.struct_time) -> str:
    """The KST day of a feedparser date (a UTC ``struct_time``)."""
    year, month, day, hour, minute, second = when[:6]
    return datetime(year, month, day, hour, minute, second, tzinfo=timezone.utc).astimezone(KST).date().isoformat()


def parse_list(body: bytes, url: str, *, parser: str | None, hosts: tuple[str, ...],
               article_pattern: str | None, day: str | None) -> Found:
    from ..errors import SinmunError
    from ..extraction.parse import load
    found = Found(format=parser or "list")
    try:
        # load() decodes, bounds the size and flattens hostile nesting, which the HTML parser takes quadratic time on
        tree = load(body).tree
    except SinmunError:
        return found
    pattern = re.compile(article_pattern) if article_pattern else None
    own_host = (urlsplit(url).hostname or "").lower()
    seen: set[str] = set()
    for anchor in tree.css("a[href]"):
        link = urljoin(url, (anchor.attributes.get("href") or "").strip())
        if link in seen or not is_http_url(link):
            continue
        seen.add(link)
        if _is_list_article(link, parser, pattern, hosts or (own_host,)):
            found.articles.append((link, day, True))
    return found


def _is_list_article(link: str, parser: str | None, pattern: re.Pattern | None, hosts: tuple[str, ...]) -> bool:
    key = portal_key(link)
    if parser == "naver-day":
        return bool(key and key.startswith("naver:"))
    if parser == "daum-day":
        return bool(key and key.startswith("daum:"))
    parts = urlsplit(link)
    if (parts.hostname or "").lower() not in hosts:
        return False
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    if NOT_ARTICLE.search(parts.path):
        return False
    return bool(pattern.search(path)) if pattern else bool(ARTICLE_LIKE.search(path))


def next_page(url: str) -> str | None:
    """The same list with its ``page`` query parameter one higher; None when it has none."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    if not any(name == "page" and value.isdigit() for name, value in query):
        return None
    bumped = [(n, str(int(v) + 1) if n == "page" and v.isdigit() else v) for n, v in query]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(bumped), ""))


def expand(template: str, days: list[date], sections: list[str]) -> list[tuple[str, str | None]]:
    """A source URL for each day and section its placeholders ask for, page 1; with the day it lists."""
    needs_day = "{date}" in template or "{day}" in template
    urls = []
    for day in days if needs_day else [None]:
        for section in sections if "{section}" in template else [None]:
            url = template.format(date=day.strftime("%Y%m%d") if day else "", day=day.isoformat() if day else "",
                                  section=section or "", page=1)
            urls.append((url, day.isoformat() if day else None))
    return urls
