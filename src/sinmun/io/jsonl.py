"""Pages from JSON Lines files: one object a line with ``html`` (and optional ``url``, ``fetched_at``)."""
from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .files import MAX_PAGE_FILE_BYTES, open_regular_file
from .pages import InputProblem, PageInput, display_path

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
#: a line longer than this is refused unparsed (a page's JSON is a few MB; this is a runaway line)
MAX_LINE_BYTES = MAX_PAGE_FILE_BYTES


def is_jsonl_file(path: Path) -> bool:
    return path.name.lower().endswith(JSONL_SUFFIXES)


def open_maybe_gzip(path: Path) -> IO[bytes] | gzip.GzipFile:
    """The file's bytes (decompressed for ``.gz``); not a regular file is an OSError, never a hang."""
    raw = open_regular_file(path)
    return _GzipClosingRaw(raw) if path.name.lower().endswith(".gz") else raw


class _GzipClosingRaw(gzip.GzipFile):
    """A gzip reader over an open file that closes that file too."""

    def __init__(self, raw: IO[bytes]) -> None:
        super().__init__(fileobj=raw, mode="rb")
        self.raw = raw

    def close(self) -> None:
        try:
            super().close()
        finally:
            self.raw.close()


def read_jsonl(path: Path) -> Iterator[PageInput | InputProblem]:
    """One page (or problem) per non-blank line, in file order."""
    name = display_path(path)
    try:
        stream = open_maybe_gzip(path)
    except OSError as exc:
        yield InputProblem(name, "unreadable", exc.strerror or str(exc))
        return
    with stream:
        number = 0
        while True:
            try:
                line = stream.readline(MAX_LINE_BYTES + 1)
                too_long = len(line) > MAX_LINE_BYTES and not line.endswith(b"\n") and _skip_rest_of_line(stream)
            except (OSError, EOFError, zlib.error) as exc:  # truncated or corrupt .gz
                yield InputProblem(f"{name}:{number + 1}", "jsonl-corrupt", f"unreadable after line {number}: {exc}")
                return
            if not line:
                return
            number += 1
            if too_long:
                yield InputProblem(f"{name}:{number}", "line-too-long", f"line longer than {MAX_LINE_BYTES} bytes")
            elif line.strip():
                yield _page_from_line(f"{name}:{number}", line)


def _skip_rest_of_line(stream: IO[bytes] | gzip.GzipFile) -> bool:
    """Read on to the end of an overlong line, in bounded pieces."""
    while (piece := stream.readline(1 << 20)) and not piece.endswith(b"\n"):
        pass
    return True


def _page_from_line(source: str, line: bytes) -> PageInput | InputProblem:
    try:
        item = json.loads(line)
    except ValueError as exc:
        return InputProblem(source, "bad-json", f"line is not JSON: {exc}")
    if not isinstance(item, dict) or not isinstance(item.get("html"), str):
        return InputProblem(source, "no-html", "line has no \"html\" string field")
    url = item.get("url") if isinstance(item.get("url"), str) else None
    fetched_at = item.get("fetched_at") if isinstance(item.get("fetched_at"), str) else None
    return PageInput(source, html=item["html"], url=url, fetched_at=fetched_at)
