"""Every corpus input (files, directories, globs, WARC, JSONL) as one ordered stream of pages.

The order is stable (arguments in order, directories sorted), which is what lets an
interrupted run resume by position.
"""
from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from .files import expand_inputs, is_page_file
from .jsonl import is_jsonl_file, read_jsonl
from .pages import InputProblem, PageInput, display_path
from .warc import is_warc_file, read_warc


def is_corpus_file(path: Path) -> bool:
    """Files taken from directories: pages, WARC and JSONL files."""
    return is_page_file(path) or is_warc_file(path) or is_jsonl_file(path)


def iter_pages(inputs: list[str], exclude: Callable[[str], bool] | None = None
               ) -> Iterator[PageInput | InputProblem]:
    """Pages and problems of all inputs in order; files whose resolved path ``exclude`` accepts are
    left out (a run's own output files, when they lie inside an input directory or match a glob)."""
    for path in expand_files(inputs):
        if isinstance(path, InputProblem):
            yield path
        elif not (exclude and exclude(os.path.realpath(path))):
            yield from pages_of_file(path)


def expand_files(inputs: list[str]) -> Iterator[Path | InputProblem]:
    """The files the inputs name (directories walked, globs matched), or why an input names none."""
    for raw in inputs:
        yield from _expand(raw)


def pages_of_file(path: Path) -> Iterator[PageInput | InputProblem]:
    """The pages (and problems) of one file; a WARC or JSONL file that gives none at all (empty, only
    blank lines, no response record) is itself reported, so that no input file leaves no trace."""
    if not (is_warc_file(path) or is_jsonl_file(path)):
        yield PageInput(display_path(path), path=str(path))
        return
    given = False
    for item in (read_warc if is_warc_file(path) else read_jsonl)(path):
        given = True
        yield item
    if not given:
        what = "no response record" if is_warc_file(path) else "no line"
        yield InputProblem(display_path(path), "no-pages", f"the file holds no page ({what})", status="skipped")


def _expand(raw: str) -> Iterator[Path | InputProblem]:
    if os.path.lexists(raw):
        yield from expand_inputs([raw], accept=is_corpus_file)
    elif glob.has_magic(raw):
        matches = sorted(glob.glob(raw, recursive=True))
        if not matches:
            yield InputProblem(display_path(raw), "no-match", "no file matches this pattern")
        for match in matches:
            yield from expand_inputs([match], accept=is_corpus_file)
    else:
        yield InputProblem(display_path(raw), "missing", "no such file or directory")
