"""Finding and reading page files."""
from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from .pages import display_path

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


def open_regular_file(path: Path | str) -> BinaryIO:
    """Open a file for reading, refusing what is not a regular file (a FIFO would hang the
    reader forever, ``/dev/zero`` would never end) with a clear OSError. The file is opened
    without blocking and checked on the open descriptor, so a FIFO cannot stall even the open."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(f"not a regular file: {display_path(path)}")
        if hasattr(os, "O_NONBLOCK"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_page_file(path: Path | str, limit: int = MAX_PAGE_FILE_BYTES) -> bytes:
    """A page file's bytes; a FIFO, a device or a runaway file is refused with a clear OSError."""
    with open_regular_file(path) as stream:
        size = os.fstat(stream.fileno()).st_size
        if size > limit:
            raise OSError(f"file too large for a page ({size} bytes > {limit}): {display_path(path)}")
        data = stream.read(limit + 1)
    if len(data) > limit:  # grew while being read
        raise OSError(f"file too large for a page (more than {limit} bytes): {display_path(path)}")
    return data

