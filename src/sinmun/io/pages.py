"""What corpus readers produce: pages to extract, and input problems to log."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PageInput:
    """One page to extract.

    ``source`` names where it came from (a file, ``file#record-id`` in a WARC, ``file:line``
    in JSONL). Either ``html`` holds the page or ``path`` names a file that is read only when
    the page is processed (in a worker), so readers stay cheap and memory stays flat.
    """

    source: str
    html: bytes | str | None = None
    path: str | None = None
    url: str | None = None
    fetched_at: str | None = None
    charset: str | None = None  # the HTTP Content-Type charset (WARC responses)


@dataclass(frozen=True)
class InputProblem:
    """An input that cannot become a page: ``status`` is ``error`` or ``skipped`` (e.g. not HTML)."""

    source: str
    reason: str
    message: str
    status: str = "error"
    url: str | None = None


def display_path(path: Path | str) -> str:
    """A path as printable, JSON-safe text (bytes that are not UTF-8 shown as ``\\xNN``)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")
