"""Pages from WARC files (``.warc``, ``.warc.gz``), read with FastWARC.

Only HTTP ``response`` records are pages; of those, only 2xx HTML responses are extracted.
Every response record becomes either a :class:`PageInput` or an :class:`InputProblem`
(skipped: not HTML, not 2xx, a ``revisit`` record; error: truncated record, wrong
``Content-Length``, broken HTTP header, corrupt data).

A record is handed on only once the next record's header has been read, because a wrong
``Content-Length`` shows only there. Then the record's real extent is measured (the next
``WARC/1.`` header in a plain file, the end of its gzip member in a ``.warc.gz``), the record is
reported with its offset, and reading starts again at the next record: one bad length costs
one record, not the rest of the file.
"""
from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..extras import require
from .files import open_regular_file
from .pages import InputProblem, PageInput, display_path

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
#: a record block larger than this is not read into memory (a page is a few MB)
MAX_BLOCK_BYTES = 100_000_000
_SCAN_CHUNK = 1 << 20
_HEADER = b"WARC/1."


def is_warc_file(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


@dataclass
class _Record:
    """A record read but not yet handed on."""

    offset: int
    kind: str                # response, revisit, other
    source: str
    url: str | None
    fetched_at: str | None
    content_length: int
    block: bytes | None      # None: too large to read


def read_warc(path: Path) -> Iterator[PageInput | InputProblem]:
    """The response (and revisit) records of one WARC file, in file order."""
    name = display_path(path)
    warc = require("fastwarc.warc", "corpus")
    try:
        stream = open_regular_file(path)
    except OSError as exc:
        yield InputProblem(name, "unreadable", exc.strerror or str(exc))
        return
    gz = path.name.lower().endswith(".gz")
    with stream:
        offset: int | None = 0
        while offset is not None:
            offset = yield from _read_from(stream, offset, name, warc, gz)


def _read_from(stream: IO[bytes], start: int, name: str, warc: Any, gz: bool):
    """Records from ``start`` until the end or a broken spot; returns where to read on (None: done)."""
    stream.seek(start)
    iterator = iter(warc.ArchiveIterator(stream, parse_http=False))
    pending: _Record | None = None
    while True:
        try:
            record = next(iterator)
        except StopIteration:
            if pending is not None:
                return (yield from _last(stream, pending, name, gz))
            if start == 0 and _size(stream) > 0:
                yield InputProblem(name, "warc-corrupt", "no WARC record found: not a WARC file, or corrupt")
            return None
        except Exception as exc:  # fastwarc raises OSError for a bad header or cut data
            return (yield from _broken_after(stream, start, pending, name, gz, exc))
        if pending is not None:
            yield from _hand_on(pending)
        pending = _take(name, record, warc)


def page_of_record(name: str, record: Any) -> PageInput | InputProblem | None:
    """One fastwarc record of file ``name`` under the rules of :func:`read_warc` (for readers that walk
    a WARC themselves, such as the Spark job); None for a record that is neither response nor revisit."""
    return next(_hand_on(_take(name, record, require("fastwarc.warc", "corpus"))), None)


def _take(name: str, record: Any, warc: Any) -> _Record:
    kind = ("response" if record.record_type == warc.WarcRecordType.response
            else "revisit" if record.record_type == warc.WarcRecordType.revisit else "other")
    length = record.content_length
    block = record.reader.read() if kind == "response" and length <= MAX_BLOCK_BYTES else None
    return _Record(record.stream_pos, kind, f"{name}#{(record.record_id or '').strip('<>')}",
                   record.headers.get("WARC-Target-URI"), record.headers.get("WARC-Date"), length, block)


def _hand_on(record: _Record) -> Iterator[PageInput | InputProblem]:
    if record.kind == "revisit":
        yield InputProblem(record.source, "warc-revisit", "revisit record: its payload is in an earlier "
                           "capture, not in this record", status="skipped", url=record.url)
    elif record.kind == "response" and record.block is None:
        yield InputProblem(record.source, "too-large", f"record of {record.content_length} bytes not read "
                           f"(more than {MAX_BLOCK_BYTES})", status="skipped", url=record.url)
    elif record.kind == "response":
        yield _page_from_block(record)


def _last(stream: IO[bytes], record: _Record, name: str, gz: bool):
    """The file's last record as fastwarc saw it: a block cut short may be a length that ran past
    later records (then read on from the next one) or a file cut off."""
    if record.block is None or len(record.block) >= record.content_length:
        yield from _hand_on(record)
        return None
    real_length, next_offset = _real_extent(stream, record.offset, gz, record.content_length)
    if next_offset is not None:
        yield _bad_length(record, real_length)
        return next_offset
    yield InputProblem(record.source, "warc-truncated",
                       f"record cut short: {len(record.block)} of {record.content_length} bytes "
                       f"(record at offset {record.offset})", url=record.url)
    return None


def _broken_after(stream: IO[bytes], start: int, record: _Record | None, name: str, gz: bool, exc: Exception):
    """fastwarc could not read the header after ``record``: either its length is wrong (it is
    reported) or that header is broken (reported); reading goes on at the next record found."""
    if record is None:
        next_offset = _next_record(stream, start + 1, gz)
        if start == 0 and next_offset is None:
            yield InputProblem(name, "warc-corrupt", f"no WARC record found: not a WARC file, or corrupt ({exc})")
        else:
            yield InputProblem(f"{name}@{start}", "warc-corrupt", f"unreadable WARC data at offset {start}: {exc}"
                               + ("" if next_offset is None else f"; reading on at offset {next_offset}"))
        return next_offset
    real_length, next_offset = _real_extent(stream, record.offset, gz, record.content_length)
    if real_length is not None and real_length != record.content_length:
        yield _bad_length(record, real_length)
        return next_offset
    yield from _hand_on(record)
    if next_offset is None:
        yield InputProblem(f"{name}@{record.offset}", "warc-corrupt",
                           f"unreadable WARC data after the record at offset {record.offset}: {exc}")
        return None
    return next_offset  # its header is broken: the next round reports it and reads on


def _bad_length(record: _Record, real_length: int | None) -> InputProblem:
    found = "" if real_length is None else f", the block has {real_length}"
    return InputProblem(record.source, "warc-bad-length", f"Content-Length says {record.content_length} bytes{found} "
                        f"(record at offset {record.offset}); not extracted", url=record.url)


# ----------------------------------------------------------------- measuring records
def _real_extent(stream: IO[bytes], offset: int, gz: bool, declared: int) -> tuple[int | None, int | None]:
    """(the real block length, the offset of the next record or None) of the record at ``offset``
    whose header declares ``declared`` bytes."""
    if gz:
        return _gzip_member_extent(stream, offset)
    header_end = _find(stream, offset, b"\r\n\r\n")
    if header_end is None:
        return None, None
    body = header_end + 4
    stream.seek(body + declared)
    if stream.read(4) == b"\r\n\r\n":  # the declared length ends where a record should: it is right
        end = body + declared + 4
        return declared, (end if end < _size(stream) else None)
    following = _find(stream, body, b"\r\n\r\n" + _HEADER)
    if following is None:
        return _size(stream) - body - _trailer(stream), None
    return following - body, following + 4


def _gzip_member_extent(stream: IO[bytes], offset: int) -> tuple[int | None, int | None]:
    stream.seek(offset)
    member = zlib.decompressobj(16 + zlib.MAX_WBITS)
    head, total, tail = b"", 0, b""
    try:
        while not member.eof and (chunk := stream.read(_SCAN_CHUNK)):
            data = member.decompress(chunk)
            head = head if len(head) > 65536 else head + data[:65536]
            total += len(data)
            tail = (tail + data)[-4:]
    except zlib.error:
        return None, _next_record(stream, offset + 1, True)
    header_end = head.find(b"\r\n\r\n")
    real = None if header_end < 0 else total - header_end - 4 - (4 if tail == b"\r\n\r\n" else 0)
    if not member.eof:
        return real, None
    next_offset = stream.tell() - len(member.unused_data)
    return real, (next_offset if next_offset < _size(stream) else None)


def _next_record(stream: IO[bytes], start: int, gz: bool) -> int | None:
    """The offset of the next record at or after ``start``: a ``WARC/1.`` line, or a gzip member
    that starts with one."""
    position = start
    while True:
        found = _find(stream, position, b"\x1f\x8b\x08" if gz else b"\n" + _HEADER)
        if found is None:
            return None
        candidate = found if gz else found + 1
        if not gz or _member_starts_a_record(stream, candidate):
            return candidate
        position = found + 1


def _member_starts_a_record(stream: IO[bytes], offset: int) -> bool:
    stream.seek(offset)
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(stream.read(4096), 16).startswith(_HEADER)
    except zlib.error:
        return False


def _find(stream: IO[bytes], start: int, needle: bytes) -> int | None:
    """The offset of ``needle`` at or after ``start``, reading in bounded chunks."""
    stream.seek(start)
    carried, base = b"", start
    while chunk := stream.read(_SCAN_CHUNK):
        window = carried + chunk
        at = window.find(needle)
        if at >= 0:
            return base + at
        keep = len(needle) - 1
        carried = window[-keep:] if keep else b""
        base += len(window) - len(carried)
    return None


def _trailer(stream: IO[bytes]) -> int:
    stream.seek(max(0, _size(stream) - 4))
    return 4 if stream.read(4) == b"\r\n\r\n" else 0


def _size(stream: IO[bytes]) -> int:
    return stream.seek(0, io.SEEK_END)


# ----------------------------------------------------------------- HTTP
def _page_from_block(record: _Record) -> PageInput | InputProblem:
    source, url, block = record.source, record.url, record.block or b""
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
    return PageInput(source, html=body, url=url, fetched_at=record.fetched_at,
                     charset=_charset_of(http.get("Content-Type") or ""))


def _charset_of(content_type: str) -> str | None:
    """The ``charset=`` parameter of a Content-Type header, if any."""
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip(' "\''):
            return value.strip(' "\'')
    return None


def _decode_content(body: bytes, encoding: str) -> bytes:
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompress(body, 16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        try:
            return zlib.decompress(body)
        except zlib.error:
            return zlib.decompress(body, -zlib.MAX_WBITS)
    return body
