"""Finding and reading page files."""
from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".txt", ".html.gz", ".htm.gz", ".txt.gz")


def is_page_file(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(PAGE_SUFFIXES) and not name.endswith(".expected.json")


def walk_pages(path: Path, accept: Callable[[Path], bool] = is_page_file) -> Iterator[Path]:
    """Page files (or files ``accept`` takes) below a directory, in a stable (sorted) order; hidden entries skipped."""
    for root, dirs, files in os.walk(path, onerror=None):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            candidate = Path(root, name)
            if not name.startswith(".") and accept(candidate):
                yield candidate


def expand_inputs(paths: list[str], accept: Callable[[Path], bool] = is_page_file) -> Iterator[Path]:
    """Files named directly are taken whatever their name; directories are walked."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from walk_pages(path, accept)
        else:
            yield path


#: page files larger than this are refused unread (a page is at most a few MB; this is a runaway file).
MAX_PAGE_FILE_BYTES = 100_000_000


def read_page_file(path: Path) -> bytes:
    """A page file's bytes; a FIFO, a device or a runaway file is refused with a clear OSError."""
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise OSError(f"not a regular file: {path}")
    if info.st_size > MAX_PAGE_FILE_BYTES:
        raise OSError(f"file too large for a page ({info.st_size} bytes > {MAX_PAGE_FILE_BYTES}): {path}")
    return Path(path).read_bytes()
