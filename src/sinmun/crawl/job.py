"""``sinmun fetch`` and ``sinmun crawl`` end to end: seeds -> frontier -> WARC -> records -> outputs.

State lives in ``WARC.state.sqlite``. A run that was killed is continued by the same command (no URL
already stored is fetched again, no record written twice); a run of the same command after a finished one
starts a new round: sources are read again (conditionally: If-None-Match / If-Modified-Since) and only
articles not seen before are fetched.
"""
from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit
from typing import Any

from ..io.sinks import Sink, open_sink
from ..sites.sources import Outlet, Source
from .discover import discover, expand, next_page
from .extracting import DateRange, ExtractSummary, WarcExtractor
from .fetcher import Counters, Fetcher, HostWorker
from .politeness import Politeness
from .state import ARTICLE, SKIPPED, SOURCE, CrawlState, Item, Link
from .urls import canonical_key, clean_url, host_of, is_http_url
from .warcfile import WarcAppender, WarcStateError


WALL_SUFFIXES = ("bot-wall", "js-challenge", "login-wall")


class JobError(Exception):
    """A job that cannot start (bad paths, a state that belongs to another output)."""


@dataclass
class JobConfig:
    warc: Path
    output: str | None = None
    archive: str | None = None
    politeness: Politeness = field(default_factory=Politeness)
    max_hosts: int = 32
    http2: bool = True
    proxy: str | None = None
    dates: DateRange = field(default_factory=DateRange)
    max_articles: int | None = None
    refetch: bool = False
    redact_pii: str | None = None

    @property
    def state_path(self) -> Path:
        return Path(str(self.warc) + ".state.sqlite")

    @property
    def errors_path(self) -> Path:
        return Path((self.output or str(self.warc)) + ".errors.jsonl")


@dataclass
class JobSummary:
    counters: Counters
    extract: ExtractSummary | None
    counts: dict[tuple[str, str], int]
    resumed: bool
    errors_path: Path
    beyond_max: int = 0
    reasons: dict[str, int] = field(default_factory=dict)

    @property
    def blocked(self) -> int:
        """URLs answered by a bot wall, a JavaScript challenge or a login page."""
        return sum(n for reason, n in self.reasons.items() if reason and reason.endswith(WALL_SUFFIXES))


Hook = Callable[..., None]


class Job:
    def __init__(self, config: JobConfig, on_event: Hook | None = None, on_outcome: Hook | None = None) -> None:
        self.config = config
        self.on_event = on_event
        self.on_outcome = on_outcome
        self.outlet: Outlet | None = None
        self.beyond_max = 0
        self._archived: Callable[[str], bool] | None = None
        self.accepted: int | None = None
        self.follow_robots_sitemaps = False
        self.lock = _lock(Path(str(config.state_path) + ".lock"))
        self.state = CrawlState(config.state_path)
        self.resumed = False
        self.run_number = self._start_run()

    def _start_run(self) -> int:
        owner = self.state.get("output", "unset")
        if owner != "unset" and owner != self.config.output:
            raise JobError(f"{self.config.state_path} belongs to output {owner!r}; use the same -o or another --warc")
        run = self.state.get("run", 0)
        finished = self.state.get("finished", True)
        self.resumed = not finished
        if finished:
            run += 1
            if self.config.output and self.config.output.endswith(".parquet") and run > 1:
                raise JobError(f"{self.config.output} is a finished Parquet file; write the next round to a new -o")
        with self.state.transaction():
            self.state.put("output", self.config.output)
            self.state.put("run", run)
            self.state.put("finished", False)
            if finished:   # a new round tries the transient failures of the earlier ones again
                self.state.requeue_transient(run)
        return run

    # ------------------------------------------------------------------ seeds
    def seed_urls(self, urls: list[str]) -> list[str]:
        """Queue pages to fetch as articles; returns the inputs that are not http(s) URLs."""
        bad = [u for u in urls if not is_http_url(u)]
        links = [Link(clean_url(u)) for u in urls if is_http_url(u)]
        with self.state.transaction():
            self._add(links)
            if self.config.refetch and not self.resumed:
                self.state.requeue([canonical_key(link.url) for link in links], self.run_number)
        return bad

    def seed_outlet(self, outlet: Outlet, kinds: tuple[str, ...], sections: list[str]) -> int:
        """Queue an outlet's declared sources for the range's days and the sections asked for."""
        self.outlet = outlet
        self.follow_robots_sitemaps = any(s.kind == "auto" and urlsplit(s.url).path in ("", "/")
                                          for s in outlet.sources)
        days = self._days()
        links = []
        for source in outlet.sources:
            if source.kind not in kinds or (sections and source.section and source.section not in sections):
                continue
            chosen = sections or list(outlet.sections) or [""]
            for url, day in expand(source.url, days, chosen):
                links.append(Link(url, SOURCE, _source_kind(source), day))
        with self.state.transaction():
            self._add(links)
        return len(links)

    def _days(self) -> list[date]:
        since = date.fromisoformat(self.config.dates.since) if self.config.dates.since else None
        until = date.fromisoformat(self.config.dates.until) if self.config.dates.until else None
        if since is None:
            return [until] if until else []
        until = until or max(since, date.today())
        return [since + timedelta(days=n) for n in range((until - since).days + 1)]

    def _add(self, links: list[Link], **status: Any) -> int:
        return self.state.add(links, host_of, canonical_key, self.run_number, **status)

    # ------------------------------------------------------------------ run
    def run(self) -> JobSummary:
        if not self.config.warc.exists() and self.state.get("warc_bytes"):
            raise JobError(f"{self.config.warc} is missing but {self.config.state_path} records responses in it; "
                           "restore it or start a new --warc")
        if self.state.get("warc_bytes") is None and self.config.warc.exists() and self.config.warc.stat().st_size:
            raise JobError(f"{self.config.warc} exists and {self.config.state_path} records nothing of it (another "
                           "crawl's WARC, or its state was removed): give a new --warc; it is left as it is")
        warc = WarcAppender(self.config.warc)
        try:
            warc.open(self.state.get("warc_bytes") if self.config.warc.exists() else None)
        except WarcStateError as exc:
            raise JobError(str(exc)) from None
        if not self.config.warc.exists() or self.state.get("warc_bytes") is None:
            with self.state.transaction():
                self.state.put("warc_bytes", warc.size())
        fetcher = Fetcher(self.state, warc, self.config.politeness, self.run_number, max_hosts=self.config.max_hosts,
                          http2=self.config.http2, proxy=self.config.proxy, on_event=self.on_event,
                          handle_source=self._handle_source,
                          robots_sitemaps=self._robots_sitemaps if self.follow_robots_sitemaps else None)
        try:
            counters = asyncio.run(fetcher.run())
        finally:
            warc.close()
        extract = self._extract() if self.config.output or self.config.archive else None
        self._write_errors()
        with self.state.transaction():
            self.state.put("finished", True)
        summary = JobSummary(counters, extract, self.state.counts(), self.resumed, self.config.errors_path,
                             self.beyond_max, self.state.reason_counts())
        self.state.close()
        self.lock.close()
        return summary

    def _extract(self) -> ExtractSummary:
        from ..corpus.records import RecordOptions
        sinks: dict[str, Sink] = {}
        if self.config.output:
            try:
                sinks["output"] = open_sink(Path(self.config.output))
            except ValueError as exc:
                raise JobError(str(exc)) from None
        if self.config.archive:
            from ..archive.sink import ArchiveSink
            sinks["archive"] = ArchiveSink(self.config.archive)
        extractor = WarcExtractor(self.state, self.config.warc, sinks, self.config.dates,
                                  RecordOptions(redact_pii=self.config.redact_pii), self.on_outcome)
        return extractor.run()

    def _write_errors(self) -> None:
        """The errors log, rebuilt from the state: one line for every URL that did not become an article."""
        path = self.config.errors_path
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8") as stream:
            for row in self.state.failures():
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
            for row in self.state.outcome_failures():
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")

    # ------------------------------------------------------------------ discovery
    def _robots_sitemaps(self, host: str, sitemaps: list[str], fetcher: Fetcher) -> None:
        """``crawl https://site/``: the sitemaps its robots.txt names are sources too."""
        fetcher.add_links([Link(url, SOURCE, "sitemap") for url in sitemaps if is_http_url(url)])

    def _handle_source(self, item: Item, body: bytes, worker: HostWorker) -> None:
        outlet = self.outlet
        parser = item.source_kind.split(":", 1)[1] if item.source_kind and ":" in item.source_kind else None
        found = discover(body, item.url, (item.source_kind or "").split(":")[0] or None, parser=parser,
                         hosts=outlet.hosts if outlet else (), article_pattern=outlet.article_pattern if outlet
                         else None, list_day=item.source_date)
        dates = self.config.dates
        new_articles = self._add_articles(found.articles, item, worker.fetcher)
        for url, kind, lastmod in found.sources:
            link = Link(url, SOURCE, kind, None, item.key)
            if lastmod and dates.since and lastmod < dates.since:
                worker.fetcher.add_links([link], status=SKIPPED, reason="out-of-range",
                                         message=f"sitemap last modified {lastmod}, before {dates.since}")
            else:
                worker.fetcher.add_links([link])
        following = next_page(item.url) if new_articles and found.format not in ("sitemap", "rss") else None
        if following:
            worker.fetcher.add_links([Link(following, SOURCE, item.source_kind, item.source_date, item.key)])

    def _add_articles(self, articles: list[tuple[str, str | None, bool]], item: Item, fetcher: Fetcher) -> int:
        """Queue a source's article links (in range, not archived, within --max); returns how many were new."""
        dates, new = self.config.dates, 0
        archived = self._archived_check()
        for url, day, exact in articles:
            url = clean_url(url)
            link = Link(url, ARTICLE, None, day if exact else None, item.key)
            if self.state.status_of(canonical_key(url)) is not None:
                continue
            if not _may_be_in(dates, day, exact):
                fetcher.add_links([link], status=SKIPPED, reason="out-of-range",
                                  message=f"the source dates it {day}" if exact else f"last modified {day}")
            elif archived(url):
                fetcher.add_links([link], status=SKIPPED, reason="already-archived", message="in the archive")
            elif self.config.max_articles is not None and self._accepted() >= self.config.max_articles:
                self.beyond_max += 1
            else:
                added = fetcher.add_links([link])
                new += added
                self.accepted = self._accepted() + added
        return new

    def _accepted(self) -> int:
        """Article URLs taken so far (counted once, then kept up to date: no COUNT(*) per link)."""
        if self.accepted is None:
            self.accepted = self.state.articles_accepted()
        return self.accepted

    def _archived_check(self) -> Callable[[str], bool]:
        if self._archived is not None:
            return self._archived
        if not self.config.archive or not Path(self.config.archive).exists():
            self._archived = lambda url: False
            return self._archived
        from ..archive.store import Archive
        from ..corpus.identity import article_id
        archive = Archive(self.config.archive, readonly=True)

        def archived(url: str) -> bool:
            return archive.get(article_id(None, url, None)) is not None
        self._archived = archived
        return archived


def _lock(path: Path):
    """An exclusive lock on the state: two processes never work one frontier (released when the process ends)."""
    import fcntl
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise JobError(f"another sinmun fetch/crawl is using {path.with_suffix('')}; "
                       "wait for it or use another --warc") from None
    return handle


def _may_be_in(dates: DateRange, day: str | None, exact: bool) -> bool:
    """Whether a link the source dates ``day`` can be in range (a last-modified day only bounds from above)."""
    if day is None:
        return True
    return dates.contains(day) if exact else dates.since is None or day >= dates.since


def _source_kind(source: Source) -> str:
    return f"{source.kind}:{source.parser}" if source.parser else source.kind


def adhoc_outlet(url: str) -> Outlet:
    """An outlet for ``sinmun crawl URL``: the URL is a feed, a sitemap or a list page (sniffed)."""
    host = (host_of(url).split(":")[0])
    return Outlet(host, host, (host,), (Source("auto", url),))
