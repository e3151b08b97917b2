"""What a cluster job reads: input lists (Common Crawl ``warc.paths.gz``, globs, URLs, local paths),
WARC records streamed through fsspec, and the news-host filter.

Everything here runs without Spark, so the driver can list inputs and an executor (or a test)
can read one input file. Remote files are streamed (``s3://``, ``gs://``, ``https://`` ...: any
fsspec protocol), never copied to local disk first.
"""
from __future__ import annotations

import glob
import hashlib
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..io.pages import InputProblem, PageInput, display_path
from ..io.sources import expand_files, pages_of_file
from ..io.warc import is_warc_file

CC_BASE_URL = "https://data.commoncrawl.org/"
PATH_LIST_SUFFIXES = (".paths", ".paths.gz")
_CRAWL_NAME = re.compile(r"CC-MAIN-\d{4}-\d{2}")
_REMOTE = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)


# ----------------------------------------------------------------------------- the input list
@dataclass(frozen=True)
class InputFile:
    """One input file of a job: ``index`` is its position (the order ``sinmun run`` reads in)."""

    index: int
    url: str
    crawl: str

    @property
    def key(self) -> str:
        """A file-system-safe name, stable across reruns: the marker and part files are named by it."""
        digest = hashlib.blake2b(self.url.encode(), digest_size=8).hexdigest()
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", self.url.rstrip("/").rsplit("/", 1)[-1])[-80:]
        return f"{stem}-{digest}"


def is_remote(path: str) -> bool:
    return bool(_REMOTE.match(path)) and not path.lower().startswith("file://")


def crawl_of(path: str, default: str = "local") -> str:
    """The crawl a path belongs to (``CC-MAIN-2025-33`` from a Common Crawl path), else ``default``."""
    found = _CRAWL_NAME.search(path)
    return found.group(0) if found else default


def list_inputs(inputs: Iterable[str], base_url: str = CC_BASE_URL, crawl: str | None = None
                ) -> tuple[list[InputFile], list[InputProblem]]:
    """The input files in order, and the inputs that name none (missing file, empty glob)."""
    files: list[InputFile] = []
    problems: list[InputProblem] = []
    for raw in inputs:
        for item in _expand_one(raw, base_url):
            if isinstance(item, InputProblem):
                problems.append(item)
            else:
                files.append(InputFile(len(files), item, crawl or crawl_of(item)))
    return files, problems


def _expand_one(raw: str, base_url: str) -> Iterator[str | InputProblem]:
    if raw.lower().endswith(PATH_LIST_SUFFIXES):
        yield from _path_list(raw, base_url)
    elif is_remote(raw):
        yield from _remote_glob(raw) if glob.has_magic(raw) else [raw]
    else:
        for path in expand_files([raw]):
            yield path if isinstance(path, InputProblem) else str(path)


def _path_list(raw: str, base_url: str) -> Iterator[str | InputProblem]:
    """A Common Crawl path list: one path a line, relative to the crawl's base URL."""
    import fsspec
    try:
        with fsspec.open(raw, "rt", compression="infer", encoding="utf-8") as stream:
            lines = [line.strip() for line in stream]
    except (OSError, UnicodeDecodeError, EOFError) as exc:
        yield InputProblem(display_path(raw), "unreadable", f"cannot read the path list: {exc}")
        return
    for line in lines:
        if line and not line.startswith("#"):
            yield line if is_remote(line) or os.path.isabs(line) else base_url.rstrip("/") + "/" + line.lstrip("/")


def _remote_glob(raw: str) -> Iterator[str | InputProblem]:
    import fsspec
    fs, _, _ = fsspec.core.get_fs_token_paths(raw)
    try:
        matches = sorted(fs.glob(raw))
    except Exception as exc:  # a store that refuses listing, a bad bucket
        yield InputProblem(raw, "unreadable", f"cannot list {raw}: {type(exc).__name__}: {exc}")
        return
    if not matches:
        yield InputProblem(raw, "no-match", "no file matches this pattern")
    for match in matches:
        yield fs.unstrip_protocol(match)


# ----------------------------------------------------------------------------- the host filter
class HostFilter:
    """Whether a URL's host is (a subdomain of) one of ``domains``: a set lookup per host label."""

    def __init__(self, domains: Iterable[str]) -> None:
        self.domains = frozenset(d.strip().strip(".").lower() for d in domains if d.strip())

    def allows(self, url: str | None) -> bool:
        from ..sites import host_of
        labels = host_of(url).split(".")
        return any(".".join(labels[i:]) in self.domains for i in range(len(labels) - 1))

    def __len__(self) -> int:
        return len(self.domains)


def known_news_hosts() -> set[str]:
    """Every outlet sinmun knows: the site profiles' hosts and the press-by-domain table."""
    from ..extraction.presses import PRESS_BY_DOMAIN
    from ..sites import PROFILES
    return {host for profile in PROFILES for host in profile.hosts} | set(PRESS_BY_DOMAIN)


def host_filter_of(spec: str | None) -> HostFilter | None:
    """``None`` (no filter), ``known`` (:func:`known_news_hosts`) or a file of domains, one a line."""
    if not spec:
        return None
    if spec == "known":
        return HostFilter(known_news_hosts())
    lines = Path(spec).read_text(encoding="utf-8").splitlines()
    return HostFilter(line.split("#", 1)[0] for line in lines)


# ----------------------------------------------------------------------------- reading one input
@dataclass
class Provenance:
    """Where a record lies: in a ``.warc.gz`` the offset and length of its gzip member."""

    warc_file: str
    offset: int | None = None
    length: int | None = None
    record_id: str | None = None
    fetch_date: str | None = None


@dataclass
class ReadCounters:
    records: int = 0          # WARC records of any type
    responses: int = 0        # pages seen (response records; pages of other inputs)
    filtered_host: int = 0
    skipped: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)


def pages_of_input(item: InputFile, hosts: HostFilter | None, counters: ReadCounters
                   ) -> Iterator[tuple[PageInput | InputProblem, Provenance]]:
    """The pages of one input with their provenance; records of other hosts are left unread."""
    if is_remote(item.url) or is_warc_file(Path(item.url)):
        yield from _warc_pages(item.url, hosts, counters)
        return
    for page in pages_of_file(Path(item.url)):  # JSONL, HTML files: as sinmun run reads them
        counters.responses += 1
        if hosts is not None and isinstance(page, PageInput) and not hosts.allows(page.url):
            counters.filtered_host += 1
            continue
        yield page, Provenance(item.url, fetch_date=getattr(page, "fetched_at", None))


def _warc_pages(url: str, hosts: HostFilter | None, counters: ReadCounters
                ) -> Iterator[tuple[PageInput | InputProblem, Provenance]]:
    import fsspec
    name = display_path(url)
    try:
        stream = _open_stream(fsspec, url)
    except Exception as exc:  # missing file, HTTP 404, no credentials: one error for the input
        yield InputProblem(name, "unreadable", f"{type(exc).__name__}: {exc}"), Provenance(url)
        return
    with stream:
        yield from _records(name, stream, hosts, counters)


def _open_stream(fsspec: Any, url: str) -> IO[bytes]:
    """A forward-only stream: HTTP without block caching (no Range requests, no full download)."""
    options = {"block_size": 0} if url.lower().startswith(("http://", "https://")) else {}
    return fsspec.open(url, "rb", **options).open()


def _records(name: str, stream: IO[bytes], hosts: HostFilter | None, counters: ReadCounters
             ) -> Iterator[tuple[PageInput | InputProblem, Provenance]]:
    """Response records in order; each is yielded once the next record's start gives its length."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    from ..io.warc import page_of_record  # the same page/problem rules as ``sinmun run``
    pending: tuple[PageInput | InputProblem, Provenance] | None = None
    iterator = iter(ArchiveIterator(stream, parse_http=False))
    while True:
        try:
            record = next(iterator)
        except StopIteration:
            break
        except Exception as exc:  # corrupt or cut data
            yield from _close_pending(pending, None)
            yield InputProblem(f"{name}@{counters.records}", "warc-corrupt",
                               f"WARC data unreadable after {counters.records} records: {exc}"), Provenance(name)
            return
        counters.records += 1
        yield from _close_pending(pending, record.stream_pos)
        pending = None
        if record.record_type != WarcRecordType.response:
            continue
        counters.responses += 1
        target = record.headers.get("WARC-Target-URI")
        if hosts is not None and not hosts.allows(target):
            counters.filtered_host += 1  # the block is never read: fastwarc skips it
            continue
        provenance = Provenance(name, record.stream_pos, None, (record.record_id or "").strip("<>") or None,
                                record.headers.get("WARC-Date"))
        page = page_of_record(name, record)
        if page is not None:
            pending = (page, provenance)
    yield from _close_pending(pending, _position(stream))


def _close_pending(pending, end: int | None):
    if pending is not None:
        page, provenance = pending
        if end is not None and provenance.offset is not None:
            provenance.length = end - provenance.offset
        yield page, provenance


def _position(stream: IO[bytes]) -> int | None:
    try:
        return stream.tell()
    except (OSError, ValueError, AttributeError):
        return None
