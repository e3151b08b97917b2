"""Adding files to the archive: HTML pages (extracted here) and JSONL records (as `sinmun extract` writes).

Every input ends in the archive or in a reported problem with its reason; one bad page never
stops the batch. A file is marked done in the same transaction as its last record, so a run
killed half-way is resumed by running it again: done files are skipped, the rest re-added.

A large JSONL file added without enrichment is parsed by helper processes while this one writes
(:class:`_Helpers`): decoding, checking and compressing the records is about half of a bulk load.
The helpers hand back :class:`~sinmun.archive.store.PreparedRecord` objects in file order, and
this process alone looks them up in the archive and writes them, exactly as one process would.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import sys
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from gzip import GzipFile
from typing import IO, Any, BinaryIO

from ..article import Article
from ..errors import SinmunError
from ..corpus.identity import record_article_id
from ..io.files import MAX_PAGE_FILE_BYTES, read_page_file, walk_pages
from ..io.jsonl import open_maybe_gzip
from ..io.warc import is_warc_file
from ..io.pages import display_path
from ..corpus.limits import PAGE_TIME_LIMIT, time_limit
from .fts import BigramTokenizer
from .store import DEFAULT_BATCH, AddStats, Archive, PreparedRecord, Writer, prepare_record

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
#: A JSONL file at least this big (on disk) is parsed by helper processes; a smaller one costs
#: more to hand over (a process start, pickling) than it gains.
PARALLEL_MIN_BYTES = 4 << 20
#: Lines per task handed to a helper; tasks in flight per helper (bounds the memory a huge file takes).
CHUNK_LINES = 256
CHUNKS_PER_HELPER = 3
#: The errors a malformed record raises while it is checked (a bad record, reported; never a failed run).
BAD_RECORD = (TypeError, ValueError, AttributeError, KeyError)


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

    with archive.writer(batch_size, enrich=enrich) as writer, _Helpers(
            enabled=not enrich, bigrams=archive.tokenizer.name == BigramTokenizer.name) as helpers:
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
                count = _add_jsonl(writer, path, problem, helpers if stat.st_size >= PARALLEL_MIN_BYTES else None)
            else:
                count = _add_page(writer, path, problem)
            if count is not None:
                writer.mark_source(name, stat.st_size, stat.st_mtime_ns, count)
    report.stats = writer.stats
    return report


def _cpus() -> int:
    """The CPUs this process may run on."""
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity else os.cpu_count() or 1


#: how often a helper looks whether the process that started it is still there (seconds)
PARENT_CHECK_SECONDS = 1.0


def _leave_with_parent(parent: int) -> None:
    """Run in each helper as it starts: a thread that ends the helper once its parent is gone (killed, say).
    A helper waits on the pool's queue, whose other end it holds a copy of too, so it would never see the
    parent go and would wait for ever."""
    import threading

    def watch() -> None:
        while True:
            time.sleep(PARENT_CHECK_SECONDS)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, name="sinmun-parent-watch", daemon=True).start()


class _Helpers:
    """The processes that parse large JSONL files for :func:`add_paths`, started on first need.

    As many as the CPUs (at most four; none on one CPU, where they would only add the hand-over):
    they wait while this process writes what they made, so two of them on two CPUs keep this
    process, the slowest stage, busy. Forked where the system can (no second import of sinmun);
    they never touch the archive.
    """

    def __init__(self, enabled: bool, bigrams: bool) -> None:
        self.count = min(4, _cpus())
        self.enabled = enabled and self.count > 1
        self.bigrams = bigrams   # the archive's tokeniser is the bigram one: the helpers tokenise too
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> "_Helpers":
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def pool(self) -> ProcessPoolExecutor | None:
        """The helpers' pool; None when they are not to be used."""
        if self.enabled and self._pool is None:
            if self.bigrams:   # imported and its tables built once, before the helpers are forked
                from .bigram_batch import warm
                warm()
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methods else None)
            self._pool = ProcessPoolExecutor(self.count, mp_context=context, initializer=_leave_with_parent,
                                             initargs=(os.getpid(),))
        return self._pool if self.enabled else None

    def broken(self) -> None:
        """A helper died (killed, out of memory): the rest of the run parses here."""
        self.enabled = False
        self.__exit__()


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


def _add_jsonl(writer: Writer, path: Path, problem: Callable[[str, str], None],
               helpers: _Helpers | None = None) -> int | None:
    name = display_path(path)
    try:
        with open_maybe_gzip(path) as stream:
            if helpers is not None and helpers.pool() is not None:
                return _add_stream_helped(writer, stream, name, problem, helpers)
            return _add_stream(writer, stream, name, problem)
    except (OSError, EOFError, zlib.error) as exc:  # unreadable, or a .gz cut short or corrupt
        problem(name, getattr(exc, "strerror", None) or str(exc))
        return None


def _lines(stream: BinaryIO | IO[bytes] | GzipFile) -> Iterator[bytes]:
    """The lines of a stream, each bounded (a longer one is cut, and reported by :func:`_parse_line`)."""
    return iter(lambda: stream.readline(MAX_PAGE_FILE_BYTES + 1), b"")


def _add_stream(writer: Writer, stream: BinaryIO | IO[bytes] | GzipFile, name: str,
                problem: Callable[[str, str], None]) -> int:
    """The JSONL records of an open stream, line by line (each line bounded); how many were added."""
    count = 0
    for number, raw in enumerate(_lines(stream), 1):
        if _add_line(writer, raw, f"{name}:{number}", problem):
            count += 1
    return count


def _add_stream_helped(writer: Writer, stream: BinaryIO | IO[bytes] | GzipFile, name: str,
                       problem: Callable[[str, str], None], helpers: _Helpers) -> int:
    """:func:`_add_stream`, the lines parsed by the helpers ``CHUNK_LINES`` at a time, in file order."""
    count = 0
    in_flight: deque[tuple[Future | None, int, list[bytes]]] = deque()
    lines = _lines(stream)
    number = 1
    while chunk := list(islice(lines, CHUNK_LINES)):
        in_flight.append((_submit(helpers, name, number, chunk), number, chunk))
        number += len(chunk)
        if len(in_flight) >= CHUNKS_PER_HELPER * helpers.count:
            count += _take(writer, in_flight.popleft(), name, problem, helpers)
    while in_flight:
        count += _take(writer, in_flight.popleft(), name, problem, helpers)
    return count


def _submit(helpers: _Helpers, name: str, first: int, chunk: list[bytes]) -> Future | None:
    pool = helpers.pool()
    if pool is None:
        return None
    try:
        return pool.submit(prepare_lines, name, first, chunk, helpers.bigrams)
    except BrokenProcessPool:
        helpers.broken()
        return None


def _take(writer: Writer, task: tuple[Future | None, int, list[bytes]], name: str,
          problem: Callable[[str, str], None], helpers: _Helpers) -> int:
    """Add one chunk's records (as a helper prepared them, or parsed here if no helper could)."""
    future, first, chunk = task
    try:
        prepared = future.result() if future is not None else None
    except BrokenProcessPool:
        helpers.broken()
        prepared = None
    if prepared is None:
        return sum(_add_line(writer, raw, f"{name}:{number}", problem) for number, raw in enumerate(chunk, first))
    items, packed = prepared
    records = [item for item in items if isinstance(item, PreparedRecord)]
    if packed is not None:
        from .bigram_batch import unpack
        tokens = unpack(packed)
        for i, record in enumerate(records):
            record.tokenised(tokens[2 * i], tokens[2 * i + 1])
    for item in items:
        if isinstance(item, PreparedRecord):
            writer.add_prepared(item)
        elif item is not None:
            problem(*item)
    return len(records)


Prepared = list[PreparedRecord | tuple[str, str] | None]


def prepare_lines(name: str, first: int, lines: list[bytes], bigrams: bool) -> tuple[Prepared, Any]:
    """What :func:`_add_line` makes of each line before it looks in the archive (run by a helper):
    the prepared record, compressed; (where, reason) for a line that is not added; None for a blank.
    With ``bigrams``, also the records' title and body tokens (:func:`bigram_batch.packed_tokens`)."""
    out: Prepared = []
    for number, raw in enumerate(lines, first):
        where = f"{name}:{number}"
        parsed = _parse_line(raw)
        if not isinstance(parsed, dict):
            out.append((where, parsed) if parsed else None)
            continue
        try:
            out.append(prepare_record(with_id(parsed), parsed.get("source") or where).compress())
        except BAD_RECORD as exc:
            out.append((where, f"bad record: {type(exc).__name__}: {exc}"))
    records = [item for item in out if isinstance(item, PreparedRecord)]
    if not (bigrams and records):
        return out, None
    from .bigram_batch import packed_tokens
    packed = packed_tokens([text for record in records for text in record.texts])
    for record in records:
        record.texts = ("", "")   # tokenised: the texts need not travel back
    return out, packed


def _parse_line(raw: bytes) -> dict[str, Any] | str | None:
    """One JSONL line as an article record, or why it is not one; None for a blank line."""
    if len(raw) > MAX_PAGE_FILE_BYTES and not raw.endswith(b"\n"):
        return f"line longer than {MAX_PAGE_FILE_BYTES} bytes"
    line = raw.decode("utf-8", "replace")
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return f"not JSON: {exc.msg}"
    if not isinstance(record, dict) or not (record.get("title") or record.get("body_paragraphs")):
        return "not an article record (no title or body)"
    if record.get("is_article") is False:
        return "not an article: " + "; ".join(map(str, record.get("warnings") or []))
    return record


def _add_line(writer: Writer, raw: bytes, where: str, problem: Callable[[str, str], None]) -> bool:
    """One JSONL line into the archive; False (reported, unless blank) when it is not added."""
    record = _parse_line(raw)
    if not isinstance(record, dict):
        if record:
            problem(where, record)
        return False
    try:
        writer.add(with_id(record), source=record.get("source") or where)
    except BAD_RECORD as exc:
        problem(where, f"bad record: {type(exc).__name__}: {exc}")
        return False
    return True
