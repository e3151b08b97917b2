"""Helpers of the date sources: reading a date text into a candidate, the year of a date written without one.

The year a date such as ``08-05 10:32`` takes is a pure function of the page: the caller's
``reference_date`` when there is one, else the date in the article's own URL (``/2025/09/14/``, an id
``20250914000123``), else the date most often written in the page's URL paths (image and link URLs), looked
up only when such a date turns up. Nothing depends on which field asks first.
"""
from __future__ import annotations

from selectolax.lexbor import LexborNode

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from .dates import ENGLISH_DAY, When, date_of_url, dates_in_paths, parse_date
from .parse import Page
from .resolve import Candidate, Context, Offer, Rejected, Resolution, Source

NO_YEAR = "no year (pass reference_date)"
NOT_A_DATE = "not a date"
OUT_OF_RANGE = "year out of range"
NOT_AFTER = "not after the publication time"
NO_PUBLISHED = "no publication time to compare with"
REFERENCE_DATE = "reference date"
URL_PATHS = "dates in the page's URL paths"
PAGE_URL = "the date in the article's URL"
#: any day: tells a date without a year from text that is no date at all
_ANY_DAY = date(2000, 1, 1)
MAX_HEADER_CHARS = 20000


#: on a page this large the header text is gathered node by node (the whole body's text would be a copy
#: the size of the page, made while the body's paragraphs are held)
BOUNDED_HEADER_FROM_CHARS = 1_000_000


def header_text(page: Page) -> str:
    """Visible text near the top of the article, where 입력/수정 lines live."""
    body = page.tree.body
    if body is None:
        return ""
    if len(page.html) < BOUNDED_HEADER_FROM_CHARS:
        return (body.text(separator=" ", strip=True) or "")[:MAX_HEADER_CHARS]
    return _first_text(body, MAX_HEADER_CHARS)


def _first_text(body: LexborNode, limit: int) -> str:
    """The first ``limit`` characters of ``body.text(separator=" ", strip=True)``, read node by node."""
    parts: list[str] = []
    size = 0
    for node in body.traverse(include_text=True):
        if node.tag != "-text":
            continue
        text = (node.text_content or "").strip()
        if text:
            parts.append(text)
            size += len(text) + 1
            if size >= limit:
                break
    return " ".join(parts)[:limit]


def year_reference(ctx: Context) -> tuple[date | None, str]:
    """The date that gives a year to dates written without one, and where it comes from."""
    if ctx.reference is not None:
        return ctx.reference, REFERENCE_DATE
    return ctx.once(_url_reference)


def _url_reference(ctx: Context) -> tuple[date | None, str]:
    """The day the article's own URL is filed under, else the date most often written in the URL paths of
    the page's links and images."""
    own = date_of_url(ctx.page_url)
    if own is not None:
        return own, PAGE_URL
    from .fields import page_body  # the body's image URLs count too
    found = dates_in_paths(ctx.page.html)
    body = page_body(ctx)
    if body is not None:
        found += dates_in_paths(" ".join(i.url for i in body.images))
    if not found:
        return None, REFERENCE_DATE
    common, _ = Counter(found).most_common(1)[0]
    return common, URL_PATHS


def read(ctx: Context, text: str) -> Offer | Rejected:
    """A date text as a candidate :class:`When`, or why it is none."""
    found = parse_date(text, ctx.reference)
    if found is None and ctx.reference is None:
        reference, _ = year_reference(ctx)
        if reference is not None:
            found = parse_date(text, reference, nearest=True)
    if found is None:
        return Rejected(text, NO_YEAR if parse_date(text, _ANY_DAY) is not None else NOT_A_DATE)
    if not 1990 <= found.value.year <= 2100:
        return Rejected(text, OUT_OF_RANGE)
    return Offer(found, raw=text)


#: a day without a time (``2024년 3월 5일 (화)``, ``2024.03.05.``), maybe after a byline (``홍길동 기자 2024.03.05``)
_DAY_PIECE = re.compile(
    r"(?:[^\d|ㅣ│·]{1,30}(?:기자|특파원|위원|에디터)\s+)?(?:19|20)\d{2}\s*"
    r"(?:년\s*\d{1,2}\s*월\s*\d{1,2}\s*일|[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}\.?)"
    r"\s*(?:\(\s*[월화수목금토일](?:요일)?\s*\)|[월화수목금토일]요일)?"
    r"|(?:[A-Za-z]{3,9},?\s+)?" + ENGLISH_DAY)  # "Sep 14, 2025", "Sunday, 14 September 2025"
_PIECE_SEPARATOR = re.compile(r"\s*[|ㅣ│·]\s*")
#: an English blog's posting line: "Posted on September 14, 2025 by Jane Doe", "Published Sep 14, 2025"
_POSTED_DAY = re.compile(r"(?i:posted|published|first\s+published)(?:\s+(?i:on))?\s+(?:[A-Za-z]{3,9},?\s+)?"
                         + ENGLISH_DAY + r"(?:\s+(?i:by)\s+[^\d|<>@]{2,60})?")
#: what may stand beside the day in its line: a section label, a byline, a view or comment count
_BESIDE_DAY = re.compile(r"[가-힣A-Za-z/ ]{1,8}|[^\d]{1,30}(?:기자|특파원|위원|에디터)(?:\s+\S+@\S+)?|"
                         r"(?:조회|조회수|댓글|추천)\s*[:：]?\s*[\d,]+|"
                         r"(?i:by)\s+[A-Z][^\d|<>@]{1,40}")  # an English byline: "By Jane Doe | September 14, 2025"


def is_day_line(block: str) -> bool:
    """A header line that gives a day without a time and nothing else but a section label, a byline or a view
    count (``2024년 3월 5일 (화)``, ``사회 | 2024-03-05 | 홍길동 기자``, ``2024.03.05 | 조회 1,234``), or an English
    posting line (``Posted on September 14, 2025 by Jane Doe``)."""
    pieces = [p for p in _PIECE_SEPARATOR.split(block.strip()) if p]
    days = [p for p in pieces if _DAY_PIECE.fullmatch(p) or _POSTED_DAY.fullmatch(p)]
    return len(days) == 1 and all(p in days or _BESIDE_DAY.fullmatch(p) for p in pieces)


def zone_date(ctx: Context, blocks: list[str]) -> list[Offer]:
    """The publication date among the header zone's blocks: the first date with a time, else the first block
    that is a date alone (a day without a time, kept without one). A date inside a longer block (``2024년 10월
    5일 개막``, a teaser's date beside its headline) is no publication date."""
    day_only: Offer | None = None
    for block in blocks:
        offer = read(ctx, block)
        if not isinstance(offer, Offer):
            continue
        if offer.value.has_time:
            return [offer]
        if day_only is None and is_day_line(block):
            day_only = offer
    return [day_only] if day_only is not None else []


#: a <time> element this close under a list item or a link dates another story (a teaser, a comment)
_TEASER_LEVELS = 4
MAX_OWN_TIMES = 2
_PUBLISHED_MARK = re.compile(r"publish|pubdate|date-?published|regist|input", re.I)


def time_element_date(page: Page) -> str | None:
    """The ``datetime`` of the page's publication ``<time>`` element: one marked as such (``pubdate``,
    ``itemprop=datePublished``, a class naming publication), else the first of at most two; none under a list
    item or a link (another story's teaser) counts."""
    candidates = [node for node in page.tree.css("time[datetime]") if not _in_list_or_link(node)]
    for node in candidates:
        attrs = node.attributes
        mark = f"{attrs.get('itemprop') or ''} {attrs.get('class') or ''} {'pubdate' if 'pubdate' in attrs else ''}"
        if _PUBLISHED_MARK.search(mark):
            return attrs.get("datetime")
    # unmarked, a page's one or two times (published, updated) are its own; more are a list's
    return candidates[0].attributes.get("datetime") if 0 < len(candidates) <= MAX_OWN_TIMES else None


def _in_list_or_link(node: LexborNode) -> bool:
    ancestor = node.parent
    for _ in range(_TEASER_LEVELS):
        if ancestor is None:
            return False
        if ancestor.tag in ("li", "a"):
            return True
        ancestor = ancestor.parent
    return False


def after_published(ctx: Context, item: object) -> object:
    """A time that counts as the update when it is after the publication time, or when there is none."""
    if not isinstance(item, Offer):
        return item
    published: When | None = ctx.value("published")
    if published is None or item.value.value > published.value:
        return item
    return Rejected(item.value, NOT_AFTER)


def drop_unless_after_published(ctx: Context, resolution: Resolution, *, shown: bool) -> None:
    """No update time unless the winner's is after the publication time (``shown`` on the page: or equal to it)."""
    published: When | None = ctx.value("published")
    updated: When = resolution.value
    if published is not None and (updated.value > published.value or shown and updated.value == published.value):
        return
    winner = resolution.winner
    problem = NOT_AFTER if published is not None else NO_PUBLISHED
    resolution.offers = [replace(c, problem=problem) if c is winner else c for c in resolution.offers]
    resolution.winner, resolution.value = None, None


def add_seconds(resolution: Resolution, text_sources: tuple[str, ...], meta_sources: tuple[str, ...]) -> None:
    """A time read from the page text takes the seconds a meta tag gives for the same minute."""
    winner = resolution.winner
    if winner is None or winner.source not in text_sources:
        return
    other = resolution.first(*meta_sources)
    if other is None:
        return
    first, more = winner.value, other.value
    if (first.has_time and more.has_time and more.value.second
            and more.value.replace(second=0) == first.value.replace(second=0)):
        resolution.value = more
        resolution.notes.append(f"seconds from {other.source}")


def add_time_of_day(ctx: Context, resolution: Resolution, consulted: tuple[str, ...],
                    later: tuple[Source, ...]) -> None:
    """A publication day without its time takes the time of the first offer on that day (in the zone that offer
    was written in) of the ``consulted`` sources (read after any winner), then of the ``later`` ones: ``2019-11-18``
    in the header, ``<time datetime="2019-11-18T20:28:55Z">`` below it. A source of ``later`` that was not read
    (the winner stopped the reading) is read here; no other source counts, so that ``explain`` (which reads every
    source) settles the same value."""
    winner = resolution.winner
    if winner is None or winner.value.has_time:
        return
    day = winner.value.value.date()
    found = next((c for c in _day_offers(ctx, resolution, consulted, later) if c is not winner and c.problem is None
                  and isinstance(c.value, When) and c.value.has_time and c.value.value.date() == day), None)
    if found is not None:
        resolution.value = found.value
        resolution.notes.append(f"time of day from {found.source}")


def _day_offers(ctx: Context, resolution: Resolution, consulted: tuple[str, ...],
                later: tuple[Source, ...]) -> Iterator[Candidate]:
    """The offers of the ``consulted`` sources, then those of the ``later`` ones (read now if they were not)."""
    read = {c.source for c in resolution.offers} | set(resolution.silent)
    yield from (c for c in resolution.offers if c.source in consulted)
    for src in later:
        yield from ([c for c in resolution.offers if c.source == src.name] if src.name in read else src(ctx))
