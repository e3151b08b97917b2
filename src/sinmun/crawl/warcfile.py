"""The WARC a fetch writes: for each exchange a ``request`` and a ``response`` record (the body as served:
content-encoding kept, transfer chunking removed), each record its own gzip member.

Written with warcio (its WARCWriter makes request/response records with digests; FastWARC, which sinmun
reads with, is a reader first). Appends only; :meth:`WarcAppender.open` cuts the file back to the size the
crawl state last committed, so a record written just before a kill is dropped and its URL fetched again.
"""
from __future__ import annotations

import io
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from ..extras import require

DROPPED_HEADERS = ("transfer-encoding",)   # the body is stored de-chunked


class WarcStateError(Exception):
    """The WARC does not match the crawl state (shorter than committed)."""


@dataclass(frozen=True)
class Exchange:
    """One HTTP request and its response, as the client saw them."""

    url: str
    request_headers: list[tuple[str, str]]
    status: int
    reason: str
    response_headers: list[tuple[str, str]]
    body: bytes
    http_version: str = "HTTP/1.1"
    truncated: bool = False
    date: datetime | None = None


class WarcAppender:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.stream: IO[bytes] | None = None
        self.writer: Any = None   # warcio.warcwriter.WARCWriter (warcio ships no type hints)

    def open(self, committed_size: int | None) -> None:
        """Open for appending, first cutting the file back to ``committed_size`` (None: a new file)."""
        warcwriter = require("warcio.warcwriter", "crawl")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        stream: IO[bytes]
        if committed_size is None:
            stream = open(self.path, "wb")
        else:
            stream = open(self.path, "r+b" if self.path.exists() else "wb")
            if os.fstat(stream.fileno()).st_size < committed_size:
                stream.close()
                raise WarcStateError(f"{self.path} is shorter than its crawl state says ({committed_size} bytes): "
                                     "it was changed, or lost data in a system crash; start a new --warc")
            stream.truncate(committed_size)
            stream.seek(committed_size)
        self.stream = stream
        self.writer = warcwriter.WARCWriter(stream, gzip=self.path.name.endswith(".gz"))

    def size(self) -> int:
        return self.stream.tell() if self.stream else 0

    def write(self, exchange: Exchange) -> str:
        """Append the request and response records, flushed to disk; returns the response's record id."""
        from warcio.statusandheaders import StatusAndHeaders
        if self.stream is None:
            raise RuntimeError("WarcAppender.write before open")
        when = (exchange.date or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")
        parts = urlsplit(exchange.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        request = self.writer.create_warc_record(
            exchange.url, "request", payload=io.BytesIO(b""), warc_headers_dict={"WARC-Date": when},
            http_headers=StatusAndHeaders(f"GET {target} HTTP/1.1", exchange.request_headers,
                                          is_http_request=True))
        headers = [(k, v) for k, v in exchange.response_headers if k.lower() not in DROPPED_HEADERS]
        warc_headers = {"WARC-Date": when}
        if exchange.truncated:
            warc_headers["WARC-Truncated"] = "length"
        response = self.writer.create_warc_record(
            exchange.url, "response", payload=io.BytesIO(exchange.body), warc_headers_dict=warc_headers,
            http_headers=StatusAndHeaders(f"{exchange.status} {exchange.reason}".strip(), headers,
                                          protocol="HTTP/1.1"))
        record_id = response.rec_headers.get_header("WARC-Record-ID")
        request.rec_headers.add_header("WARC-Concurrent-To", record_id)
        self.writer.write_record(response)
        self.writer.write_record(request)
        self.stream.flush()   # in the OS's hands: survives a kill of this process (not a power cut: no fsync)
        return record_id.strip("<>")

    def close(self) -> None:
        if self.stream:
            self.stream.close()
            self.stream = self.writer = None
