"""Pages from WARC files (``.warc``, ``.warc.gz``), read with FastWARC.

Only HTTP ``response`` records are pages; of those, only 2xx HTML responses are extracted.
Every response record becomes either a :class:`PageInput` or an :class:`InputProblem`
(skipped: not HTML, not 2xx; error: truncated record, broken HTTP header, corrupt file).
"""
from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from pathlib import Path

from typing import TYPE_CHECKING

from ..extras import require
from .pages import InputProblem, PageInput, display_path

if TYPE_CHECKING:
    from fastwarc.warc import WarcRecord

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc_file(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def read_warc(path: Path) -> Iterator[PageInput | InputProblem]:
    """The response records of one WARC file, in file order."""
    name = display_path(path)
    warc = require("fastwarc.warc", "corpus")
    try:
        stream = open(path, "rb")
    except OSError as exc:
        yield InputProblem(name, "unreadable", exc.strerror or str(exc))
        return
    with stream:
        records = 0
        iterator = iter(warc.ArchiveIterator(stream, parse_http=False))
        while True:
            try:
                record = next(iterator)
            except StopIteration:
                break
            except Exception as exc:  # fastwarc raises OSError for corrupt or cut data
                yield InputProblem(f"{name}@{records}", "warc-corrupt",
                                   f"WARC data unreadable after {records} records: {exc}")
                return
            records += 1
            if record.record_type == warc.WarcRecordType.response:
                yield _page_from_record(name, record)
        if records == 0 and path.stat().st_size > 0:
            yield InputProblem(name, "warc-corrupt", "no WARC record found: not a WARC file, or corrupt")


def _page_from_record(name: str, record: WarcRecord) -> PageInput | InputProblem:
    source = f"{name}#{(record.record_id or '').strip('<>')}"
    url = record.headers.get("WARC-Target-URI")
    fetched_at = record.headers.get("WARC-Date")
    block = record.reader.read()
    if len(block) < record.content_length:
        return InputProblem(source, "warc-truncated",
                            f"record cut short: {len(block)} of {record.content_length} bytes", url=url)
    http = require("fastwarc.warc", "corpus").HeaderMap()
    try:
        header_length = http.parse(io.BytesIO(block))
    except Exception as exc:
        return InputProblem(source, "warc-bad-http", f"broken HTTP header: {exc}", url=url)
    if http.status_code is None:
        return InputProblem(source, "warc-bad-http",
                            f"no HTTP status line (found {(http.status_line or '')[:60]!r})", url=url)
    if not 200 <= http.status_code < 300:
        return InputProblem(source, f"http-{http.status_code}", f"HTTP status {http.status_code}",
                            status="skipped", url=url)
    content_type = (http.get("Content-Type") or "").split(";")[0].strip().lower()
    if content_type and content_type not in HTML_TYPES:
        return InputProblem(source, "not-html", f"content type {content_type}", status="skipped", url=url)
    body = block[header_length:]
    try:
        body = _decode_content(body, (http.get("Content-Encoding") or "").strip().lower())
    except zlib.error as exc:
        return InputProblem(source, "decode", f"bad {http.get('Content-Encoding')} content: {exc}", url=url)
    return PageInput(source, html=body, url=url, fetched_at=fetched_at)


def _decode_content(body: bytes, encoding: str) -> bytes:
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompress(body, 16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        try:
            return zlib.decompress(body)
        except zlib.error:
            return zlib.decompress(body, -zlib.MAX_WBITS)
    return body
