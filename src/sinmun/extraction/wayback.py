"""Web archive captures: a ``web.archive.org/web/<timestamp>/<original URL>`` page read as the original.

A capture differs from the page it archived in three ways, all undone here:

- its URL wraps the original one: ``/web/<14-digit timestamp>[id_|im_|js_|cs_|…]/<original>``
  (the original keeps its scheme, sometimes collapsed to ``http:/``, and may carry the default
  port, ``http://host:80/``);
- the archive injects its replay furniture: in the head, scripts loaded from ``/_static/``
  (``bundle-playback.js``, ``wombat.js``, ``ruffle.js``), ``archive.org/includes/`` analytics, an
  inline script calling ``__wm.init(…)`` and ``__wm.wombat("<original>", "<timestamp>", …)``,
  ``/_static/`` style sheets and an ``<!-- End Wayback Rewrite JS Include -->`` comment; in the
  body, the toolbar between ``<!-- BEGIN WAYBACK TOOLBAR INSERT -->`` and ``<!-- END WAYBACK
  TOOLBAR INSERT -->``; at the end, a ``FILE ARCHIVED ON … AND RETRIEVED FROM THE INTERNET
  ARCHIVE ON …`` comment;
- every link and image URL is rewritten to point into the archive
  (``/web/<ts>im_/https://host/x.jpg``, ``https://web.archive.org/web/<ts>/https://host/page``).

Everything works on text or bytes alike and in one pass over the page (searches that only move
forward), so a huge or hostile page costs linear time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import overload

_CAPTURE_URL = re.compile(
    r"^\s*(?:https?:)?//(?:web\.|wayback\.)?archive\.org/web/(\d{4,14})(?:[a-z]{2}_)?/+(.+)$", re.I | re.S)
_SCHEME = re.compile(r"^(https?):/+", re.I)
_DEFAULT_PORT = re.compile(r"^(http://[^/:?#]+):80(?=[/?#]|$)|^(https://[^/:?#]+):443(?=[/?#]|$)", re.I)
_HOST_LIKE = re.compile(r"^[\w.-]+\.[a-z]{2,}(?:[:/?#]|$)", re.I)
#: the toolbar and the archive's comments
_TOOLBAR = ("<!-- BEGIN WAYBACK TOOLBAR INSERT -->", "<!-- END WAYBACK TOOLBAR INSERT -->")
_ARCHIVED_COMMENT = re.compile(r"<!--\s*FILE ARCHIVED ON", re.I)
_REWRITE_COMMENT = re.compile(r"<!--\s*(?:End|Start) Wayback Rewrite JS Include\s*-->", re.I)
_SCRIPT_OPEN = re.compile(r"<script\b", re.I)
_LINK_OPEN = re.compile(r"<link\b", re.I)
_SCRIPT_END = re.compile(r"</script\s*>", re.I)
#: what marks a script as the archive's own: a source among its static files, or its replay calls
_INJECTED_SOURCE = re.compile(r"\bsrc=[\"']?(?:(?:https?:)?//[\w.-]*archive\.org)?/_static/|"
                              r"\bsrc=[\"']?(?:https?:)?//[\w.-]*archive\.org/includes/", re.I)
_INJECTED_CODE = re.compile(r"__wm\.|archive_analytics|RufflePlayer|\bwbinfo\b")
_STATIC_HREF = re.compile(r"\bhref=[\"']?[^\"'\s>]*/_static/", re.I)
#: an archive prefix before an original URL that has its scheme (or is protocol-relative)
_REWRITTEN = re.compile(r"(?:(?:https?:)?//(?:web\.|wayback\.)?archive\.org)?/web/\d{4,14}(?:[a-z]{2}_)?/"
                        r"(?=(?:https?:)?//|https?:/)", re.I)
_WOMBAT_CALL = re.compile(r"__wm\.wombat\(\s*[\"']([^\"'\s]{1,2000})[\"']\s*,\s*[\"'](\d{4,14})[\"']")
WOMBAT_SCAN_CHARS = 300_000


@dataclass(frozen=True)
class Capture:
    """A page read from a web archive: what it archived and when."""

    original_url: str
    day: date | None


def original_url(url: str | None) -> str | None:
    """The archived URL inside a ``web.archive.org/web/<ts>/…`` capture URL; None for other URLs."""
    match = _CAPTURE_URL.match(url or "")
    if match is None:
        return None
    return _normal_original(match.group(2).strip())


def capture_date(url: str | None) -> date | None:
    """The day a capture URL was taken (its timestamp's first eight digits); None if it names none."""
    match = _CAPTURE_URL.match(url or "")
    return _timestamp_day(match.group(1)) if match else None


def _normal_original(rest: str) -> str | None:
    if _SCHEME.match(rest):
        rest = _SCHEME.sub(lambda m: m.group(1).lower() + "://", rest, count=1)
    elif rest.startswith("//"):
        rest = "http:" + rest
    elif _HOST_LIKE.match(rest):
        rest = "http://" + rest
    else:
        return None
    return _DEFAULT_PORT.sub(lambda m: m.group(1) or m.group(2), rest, count=1)


def _timestamp_day(stamp: str) -> date | None:
    if len(stamp) < 8:
        return None
    try:
        return date(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8]))
    except ValueError:
        return None


def _head_with_toolbar(html: object) -> str | None:
    """The page's first :data:`WOMBAT_SCAN_CHARS` characters (bytes read as Latin-1) when the archive's toolbar
    call is among them, else None (also for input that is no page: the parser says what it is). The call is
    looked for in place: a copy of the head costs more than the search (0.15 ms a page on en-aeb)."""
    if isinstance(html, (bytearray, memoryview)):
        html = bytes(html[:WOMBAT_SCAN_CHARS])
    if isinstance(html, str):
        found = html.find("__wm.wombat(", 0, WOMBAT_SCAN_CHARS) >= 0
        return html[:WOMBAT_SCAN_CHARS] if found else None
    if isinstance(html, bytes):
        found = html.find(b"__wm.wombat(", 0, WOMBAT_SCAN_CHARS) >= 0
        return html[:WOMBAT_SCAN_CHARS].decode("latin-1") if found else None
    return None


def find_capture(html: str | bytes, url: str | None) -> Capture | None:
    """The capture this page is: by its URL, else (no URL, or one that is not a capture) by the
    archive's ``__wm.wombat("<original>", "<timestamp>")`` call in the page."""
    original = original_url(url)
    if original is not None:
        return Capture(original, capture_date(url))
    text = _head_with_toolbar(html)
    if text is None:
        return None
    match = _WOMBAT_CALL.search(text)
    if match is None:
        return None
    archived = _normal_original(match.group(1))
    if archived is None and not url:
        return None
    return Capture(url or archived or "", _timestamp_day(match.group(2)))


def as_original(html: str | bytes, url: str | None, reference_date: date | str | None
                ) -> tuple[str | bytes, str | None, date | str | None, Capture | None]:
    """A capture as the page it archived: the page unwrapped, its original URL, and its capture day
    as the reference date unless the caller gave one; anything else as it is."""
    capture = find_capture(html, url)
    if capture is None:
        return html, url, reference_date, None
    return unwrap(html), capture.original_url, reference_date or capture.day, capture


def capture_warnings(capture: Capture | None) -> list[str]:
    if capture is None:
        return []
    return [f"read from a web archive capture taken {capture.day or 'on an unknown day'}"]


@overload
def unwrap(html: str) -> str: ...
@overload
def unwrap(html: bytes) -> bytes: ...
def unwrap(html: str | bytes) -> str | bytes:
    """The page as it was before the archive touched it: no toolbar, no replay scripts, links restored."""
    if isinstance(html, bytes):
        return _unwrap_text(html.decode("latin-1")).encode("latin-1")  # markup is ASCII: bytes keep their values
    return _unwrap_text(html)


def _unwrap_text(html: str) -> str:
    html = _cut_between(html, *_TOOLBAR)
    html = _drop_injected_scripts(html)
    html = _drop_static_links(html)
    html = _REWRITE_COMMENT.sub("", html)
    html = _drop_archived_comment(html)
    return _REWRITTEN.sub("", html)


def _cut_between(html: str, begin: str, end: str) -> str:
    """``html`` without each span from ``begin`` to ``end`` (an unclosed one runs to the end)."""
    parts, position = [], 0
    while (start := html.find(begin, position)) >= 0:
        parts.append(html[position:start])
        stop = html.find(end, start + len(begin))
        position = len(html) if stop < 0 else stop + len(end)
    parts.append(html[position:])
    return "".join(parts)


def _drop_injected_scripts(html: str) -> str:
    """``html`` without each ``<script>`` that is the archive's (``/_static/`` sources, ``__wm`` calls)."""
    parts, position = [], 0
    while (tag := _next_tag(html, _SCRIPT_OPEN, position)) is not None:
        start, tag_end = tag
        end = _SCRIPT_END.search(html, tag_end)
        stop = end.end() if end is not None else len(html)
        parts.append(html[position:start])
        injected = (_INJECTED_SOURCE.search(html, start, tag_end) is not None
                    or _INJECTED_CODE.search(html, tag_end, min(stop, tag_end + 4096)) is not None)
        if not injected:
            parts.append(html[start:stop])
        position = stop
    parts.append(html[position:])
    return "".join(parts)


def _drop_static_links(html: str) -> str:
    """``html`` without the archive's ``<link href=".../_static/...">`` style sheets."""
    parts, position = [], 0
    while (tag := _next_tag(html, _LINK_OPEN, position)) is not None:
        start, tag_end = tag
        parts.append(html[position:start])
        if _STATIC_HREF.search(html, start, tag_end) is None:
            parts.append(html[start:tag_end])
        position = tag_end
    parts.append(html[position:])
    return "".join(parts)


def _next_tag(html: str, opening: re.Pattern[str], position: int) -> tuple[int, int] | None:
    """Where the next tag of a kind starts and where its ``>`` ends it; None when there is no more
    (or it never closes: then no later tag can either)."""
    match = opening.search(html, position)
    if match is None:
        return None
    close = html.find(">", match.end())
    return None if close < 0 else (match.start(), close + 1)


def _drop_archived_comment(html: str) -> str:
    match = _ARCHIVED_COMMENT.search(html)
    if match is None:
        return html
    end = html.find("-->", match.end())
    return html[:match.start()] + (html[end + 3:] if end >= 0 else "")
