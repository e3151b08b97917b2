"""Next.js App Router pages: the story in the React Server Components payload, read generically.

Pages built with the App Router (Next.js 13 and later) ship no ``__NEXT_DATA__``. Their server-rendered
data travels in inline scripts that each push one chunk of a text stream::

    <script>self.__next_f.push([1,"5:[\\"$\\",\\"$L23\\",null,{\\"state\\":{…}}]\\n"])</script>

Concatenated in page order, the chunks of kind 1 form the "flight" stream: rows ``<hex id>:<payload>``.
A payload is JSON up to the end of its line, JSON behind a one-letter tag (``I[…]`` module imports,
``HL[…]`` hints, ``E{…}`` errors), or a text row ``T<hex byte length>,<text>`` (no line end: the length
bounds it). Long strings, article HTML among them, often travel as text rows that the JSON names by
reference (``"contentHtml": "$24"``).

The reader decodes the rows, puts each referenced text row in place of its reference, and hands the
rows to the generic article finder of :mod:`sinmun.extraction.nextdata` (no site's key names assumed):
the object with a headline-like key and the longest article-like body wins.
"""
from __future__ import annotations

import json
import re
from typing import Any

from . import nextdata
from .parse import Page
from .story import EmbeddedStory

MARKER = "__next_f"
MAX_STREAM_BYTES = 8_000_000
MAX_ROWS = 20_000
_PUSH = re.compile(r"[\s(]*self\.__next_f(?:\s*=\s*self\.__next_f\s*\|\|\s*\[\]\s*\))?\.push\(")
_ROW_ID = re.compile(rb"([0-9a-fA-F]{1,8}):")
_REFERENCE = re.compile(r"\$([0-9a-fA-F]{1,8})")
#: a CMS placeholder the page's script fills in (``$$AD_BANNER$$``: an ad slot), never text
_PLACEHOLDER = re.compile(r"\$\$[A-Z][A-Z0-9_]{1,40}\$\$")


def read_story(page: Page) -> EmbeddedStory | None:
    """The article an App Router page carries in its flight stream, or None."""
    if MARKER not in page.html:
        return None
    stream = flight_stream(page)
    if not stream:
        return None
    rows, texts = flight_rows(stream)
    # rows side by side in an object, not items of one list (the finder takes 3+ list items for teasers)
    found = nextdata.find_article({str(n): _with_texts(row, texts) for n, row in enumerate(rows)})
    return nextdata.story_from(found, "next-flight") if found is not None else None


def flight_stream(page: Page) -> bytes:
    """The kind-1 chunks of every ``self.__next_f.push([1, "…"])`` script, joined in page order (UTF-8)."""
    chunks: list[str] = []
    size = 0
    for node in page.scripts:
        text = node.text(deep=True)
        if MARKER not in text:
            continue
        chunk = _pushed_chunk(text)
        if chunk is None:
            continue
        size += len(chunk)
        if size > MAX_STREAM_BYTES:
            break
        chunks.append(chunk)
    return "".join(chunks).encode("utf-8")


def _pushed_chunk(script: str) -> str | None:
    match = _PUSH.match(script)
    if match is None:
        return None
    end = script.rfind(")")
    try:
        pushed = json.loads(script[match.end():end])
    except ValueError:
        return None
    if isinstance(pushed, list) and len(pushed) == 2 and pushed[0] == 1 and isinstance(pushed[1], str):
        return pushed[1]
    return None


def flight_rows(stream: bytes) -> tuple[list[Any], dict[str, str]]:
    """The stream's JSON rows (in order) and its text rows (by id); rows that do not parse are skipped."""
    rows: list[Any] = []
    texts: dict[str, str] = {}
    position = 0
    while position < len(stream) and len(rows) + len(texts) < MAX_ROWS:
        match = _ROW_ID.match(stream, position)
        if match is None:
            line_end = stream.find(b"\n", position)
            position = len(stream) if line_end < 0 else line_end + 1
            continue
        row_id, start = match.group(1).decode("ascii").lower(), match.end()
        if stream[start:start + 1] == b"T":
            position = _read_text_row(stream, start, row_id, texts)
            continue
        line_end = stream.find(b"\n", start)
        line_end = len(stream) if line_end < 0 else line_end
        value = _json_payload(stream[start:line_end])
        if value is not None:
            rows.append(value)
        position = line_end + 1
    return rows, texts


def _read_text_row(stream: bytes, start: int, row_id: str, texts: dict[str, str]) -> int:
    """Reads ``T<hex length>,<text>`` at ``start``; returns where the next row begins."""
    comma = stream.find(b",", start, start + 12)
    try:
        length = int(stream[start + 1:comma], 16) if comma > start else -1
    except ValueError:
        length = -1
    if length < 0:
        line_end = stream.find(b"\n", start)
        return len(stream) if line_end < 0 else line_end + 1
    text = stream[comma + 1:comma + 1 + length].decode("utf-8", "replace")
    texts[row_id] = _PLACEHOLDER.sub("", text)
    return comma + 1 + length


def _json_payload(payload: bytes) -> Any:
    text = payload.decode("utf-8", "replace")
    if text[:1].isalpha() and not text.startswith(("true", "false", "null")):
        text = text.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    try:
        return json.loads(text)
    except ValueError:
        return None


def _with_texts(value: Any, texts: dict[str, str]) -> Any:
    """``value`` with every string that is exactly a reference to a text row replaced by that row's text
    (iteratively: flight rows nest deeply)."""
    if not texts:
        return value
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        entries = item.items() if isinstance(item, dict) else enumerate(item) if isinstance(item, list) else ()
        for key, entry in list(entries):
            if isinstance(entry, str):
                match = _REFERENCE.fullmatch(entry)
                if match is not None and match.group(1).lower() in texts:
                    item[key] = texts[match.group(1).lower()]
            elif isinstance(entry, (dict, list)):
                stack.append(entry)
    return value
