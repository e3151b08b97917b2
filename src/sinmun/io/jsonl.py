"""Pages from JSON Lines files: one object a line with ``html`` (and optional ``url``, ``fetched_at``)."""
from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .pages import InputProblem, PageInput, display_path

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")


def is_jsonl_file(path: Path) -> bool:
    return path.name.lower().endswith(JSONL_SUFFIXES)


def open_maybe_gzip(path: Path) -> IO[bytes]:
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")


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
                line = stream.readline()
            except (OSError, EOFError) as exc:  # truncated or corrupt .gz
                yield InputProblem(f"{name}:{number + 1}", "jsonl-corrupt", f"unreadable after line {number}: {exc}")
                return
            if not line:
                return
            number += 1
            if line.strip():
                yield _page_from_line(f"{name}:{number}", line)


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
