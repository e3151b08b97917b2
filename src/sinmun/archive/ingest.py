"""Adding files to the archive: HTML pages (extracted here) and JSONL records (as `sinmun extract` writes).

Every input ends in the archive or in a reported problem with its reason; one bad page never
stops the batch. A file is marked done in the same transaction as its last record, so a run
killed half-way is resumed by running it again: done files are skipped, the rest re-added.
"""
from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from gzip import GzipFile
from typing import IO, BinaryIO

from ..article import Article
from ..errors import SinmunError
from ..corpus.identity import record_article_id
from ..io.files import MAX_PAGE_FILE_BYTES, read_page_file, walk_pages
from ..io.jsonl import open_maybe_gzip
from ..io.warc import is_warc_file
from ..io.pages import display_path
from ..corpus.limits import PAGE_TIME_LIMIT, time_limit
from .store import DEFAULT_BATCH, AddStats, Archive, Writer

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


@dataclass
class IngestReport:
    stats: AddStats = field(default_factory=AddStats)
    files_skipped: int = 0  # already added by an earlier run
    problems: list[tuple[str, str]] = field(default_factory=list)  # (input, reason)


def input_files(paths: list[str]) -> Iterator[Path]:
    """Files named directly, and the pages and JSONL files below directories (sorted)."""
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            yield path
            continue
        jsonl = sorted(p for p in path.rglob("*") if (p.name.lower().endswith(JSONL_SUFFIXES) or is_warc_file(p))
                       and not any(part.startswith(".") for part in p.relative_to(path).parts))
        yield from jsonl
        yield from walk_pages(path)


def add_paths(archive: Archive, paths: list[str], *, enrich: bool = True, batch_size: int = DEFAULT_BATCH,
              on_problem: Callable[[str, str], None] | None = None) -> IngestReport:
    """Add every page and JSONL record under ``paths``; problems are reported, never raised."""
    report = IngestReport()

    def problem(where: str, reason: str) -> None:
        report.problems.append((where, reason))
        if on_problem:
            on_problem(where, reason)

    with archive.writer(batch_size, enrich=enrich) as writer:
        for path in input_files(paths):
            if str(path) == "-":  # JSONL records on standard input: added, never marked done (not resumable)
                _add_stream(writer, sys.stdin.buffer, "<stdin>", problem)
                continue
            name = display_path(path)  # JSON- and SQLite-safe, even for a name that is not UTF-8
            try:
                stat = path.stat()
            except OSError as exc:
                problem(name, exc.strerror or str(exc))
                continue
            if archive.source_done(name, stat.st_size, stat.st_mtime_ns):
                report.files_skipped += 1
                continue
            if is_warc_file(path):  # many pages, extracted by sinmun run (read as one page, it gave one record)
                problem(name, f"a WARC file holds many pages; add them with: sinmun run {name} -o OUT.jsonl "
                              f"--archive {archive.path}")
                continue
            if path.name.lower().endswith(JSONL_SUFFIXES):
                count = _add_jsonl(writer, path, problem)
            else:
                count = _add_page(writer, path, problem)
            if count is not None:
                writer.mark_source(name, stat.st_size, stat.st_mtime_ns, count)
    report.stats = writer.stats
    return report


def with_id(record: Article | dict) -> dict:
    """The record with the one article id of every path into the archive (sinmun.corpus.identity)."""
    data = record.to_dict() if isinstance(record, Article) else dict(record)
    data["id"] = record_article_id(data)
    return data


def _add_page(writer: Writer, path: Path, problem: Callable[[str, str], None]) -> int | None:
    # imported here: JSONL-only runs (the common bulk load) never load the extractor (~0.15 s)
    from ..extraction.parse import decode_bytes
    from ..extraction.pipeline import extract
    name = display_path(path)
    try:
        data = read_page_file(path)
        with time_limit(PAGE_TIME_LIMIT):
            article = extract(data)
        original, _ = decode_bytes(data)
    except OSError as exc:
        problem(name, exc.strerror or str(exc))
        return None
    except SinmunError as exc:
        problem(name, str(exc))
        return 0
    except Exception as exc:  # an extractor bug must not cost the batch its other pages
        problem(name, f"internal {type(exc).__name__}: {exc}")
        return None
    if not article.is_article:
        reasons = "; ".join(article.warnings) or "no article text"
        problem(name, reasons if reasons.startswith("not an article") else "not an article: " + reasons)
        return 0
    writer.add(with_id(article), source=name, original_html=original)
    return 1


def _add_jsonl(writer: Writer, path: Path, problem: Callable[[str, str], None]) -> int | None:
    name = display_path(path)
    try:
        with open_maybe_gzip(path) as stream:
            return _add_stream(writer, stream, name, problem)
    except (OSError, EOFError, zlib.error) as exc:  # unreadable, or a .gz cut short or corrupt
        problem(name, getattr(exc, "strerror", None) or str(exc))
        return None


def _add_stream(writer: Writer, stream: BinaryIO | IO[bytes] | GzipFile, name: str,
                problem: Callable[[str, str], None]) -> int:
    """The JSONL records of an open stream, line by line (each line bounded); how many were added."""
    count = 0
    for number, raw in enumerate(iter(lambda: stream.readline(MAX_PAGE_FILE_BYTES + 1), b""), 1):
        if _add_line(writer, raw, f"{name}:{number}", problem):
            count += 1
    return count


def _add_line(writer: Writer, raw: bytes, where: str, problem: Callable[[str, str], None]) -> bool:
    """One JSONL line into the archive; False (reported, unless blank) when it is not added."""
    if len(raw) > MAX_PAGE_FILE_BYTES and not raw.endswith(b"\n"):
        problem(where, f"line longer than {MAX_PAGE_FILE_BYTES} bytes")
        return False
    line = raw.decode("utf-8", "replace")
    if not line.strip():
        return False
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        problem(where, f"not JSON: {exc.msg}")
        return False
    if not isinstance(record, dict) or not (record.get("title") or record.get("body_paragraphs")):
        problem(where, "not an article record (no title or body)")
        return False
    if record.get("is_article") is False:
        problem(where, "not an article: " + "; ".join(map(str, record.get("warnings") or [])))
        return False
    try:
        writer.add(with_id(record), source=record.get("source") or where)
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        problem(where, f"bad record: {type(exc).__name__}: {exc}")
        return False
    return True
