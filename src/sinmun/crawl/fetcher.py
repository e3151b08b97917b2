"""The fetch engine: asyncio + httpx, one worker per host (one request at a time; the next request starts
``delay`` seconds after the previous one ended; robots.txt first), many hosts at once (``max_hosts``).

httpx because it is async, keeps connections per host, speaks HTTP/2 when h2 is installed and lets the
raw body be streamed as served (content-encoding kept for the WARC) with a size cap. Every response that is
not a wall is written to the WARC and committed to the state in one step; a source page's links are added in
the same transaction, so a kill never loses or doubles a discovery.
"""
from __future__ import annotations

import asyncio
import importlib.util
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

from ..extraction.urls import join_url
from ..extras import require
from .blocks import login_redirect, wall_reason
from .discover import MAX_SOURCE_BYTES
from .politeness import ROBOTS_MAX_AGE, Politeness, Robots, parse_retry_after
from .state import ARTICLE, DONE, FAILED, SKIPPED, CrawlState, Item, Link
from .urls import canonical_key, clean_url, host_of, is_http_url
from .warcfile import Exchange, WarcAppender

RETRY_STATUSES = (429, 500, 502, 503, 504)
MAX_REDIRECTS = 5
BATCH = 20


@dataclass
class Fetched:
    exchange: Exchange
    elapsed: float

    @property
    def status(self) -> int:
        return self.exchange.status

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.exchange.response_headers if k.lower() == name), None)


@dataclass
class FetchError:
    reason: str
    message: str


@dataclass
class Counters:
    """Per-host and total counts, for the progress display and the summary."""

    by_host: dict[str, dict[str, int]] = field(default_factory=dict)
    started: float = field(default_factory=time.monotonic)

    def add(self, host: str, name: str, n: int = 1) -> None:
        counts = self.by_host.setdefault(host, {})
        counts[name] = counts.get(name, 0) + n

    def total(self, name: str) -> int:
        return sum(c.get(name, 0) for c in self.by_host.values())


# on_event(name, url, reason, message): "fetched", "failed", "found", "filtered"
EventHook = Callable[[str, str, str | None, str | None], None]
# handle_source(item, body, state) -> links to add (run inside the fetch's transaction)
SourceHandler = Callable[[Item, bytes, "HostWorker"], None]


class Fetcher:
    def __init__(self, state: CrawlState, warc: WarcAppender, politeness: Politeness, run: int, *,
                 max_hosts: int = 32, http2: bool = True, proxy: str | None = None, on_event: EventHook | None = None,
                 handle_source: SourceHandler | None = None, robots_sitemaps: Callable | None = None) -> None:
        self.state = state
        self.warc = warc
        self.politeness = politeness
        self.run_number = run
        self.max_hosts = max_hosts
        self.proxy = proxy
        self.http2 = http2 and importlib.util.find_spec("h2") is not None
        self.on_event = on_event or (lambda *args: None)
        self.handle_source = handle_source
        self.robots_sitemaps = robots_sitemaps
        self.counters = Counters()
        self.pending_hosts: set[str] = set()
        self.hosts: dict[str, HostMemory] = {}
        self.client: Any = None   # the httpx.AsyncClient while run() runs (httpx is an optional extra)

    async def run(self) -> Counters:
        httpx = require("httpx", "crawl")
        limits = httpx.Limits(max_connections=self.max_hosts * 2, max_keepalive_connections=self.max_hosts)
        timeout = httpx.Timeout(self.politeness.timeout)
        headers = {"User-Agent": self.politeness.user_agent, "Accept-Encoding": "gzip, deflate"}
        async with httpx.AsyncClient(http2=self.http2, timeout=timeout, limits=limits, headers=headers,
                                     follow_redirects=False, trust_env=False,
                                     proxy=self.proxy) as client:
            self.client = client
            await self._schedule()
        return self.counters

    async def _schedule(self) -> None:
        running: dict[str, asyncio.Task] = {}
        self.pending_hosts.update(self.state.queued_hosts())
        while self.pending_hosts or running:
            for host in sorted(self.pending_hosts - running.keys()):
                if len(running) >= self.max_hosts:
                    break
                self.pending_hosts.discard(host)
                running[host] = asyncio.create_task(HostWorker(self, host).run())
            self.pending_hosts -= running.keys()
            done, _ = await asyncio.wait(running.values(), timeout=0.5, return_when=asyncio.FIRST_COMPLETED)
            for host in [h for h, task in running.items() if task in done]:
                running.pop(host).result()

    def add_links(self, links: list[Link], **status) -> int:
        """Add links to the frontier (inside the caller's transaction); wakes the hosts that got work.
        Returns how many were new (or queued again)."""
        skipped = status.get("status") == SKIPPED
        added = 0
        for link in links:
            if not self.state.add([link], host_of, canonical_key, self.run_number, **status):
                continue
            added += 1
            host = host_of(link.url)
            self.counters.add(host, "filtered" if skipped else "found")
            if skipped:
                self.on_event("filtered", link.url, status.get("reason"), status.get("message"))
            else:
                self.pending_hosts.add(host)
                self.on_event("found", link.url, None, None)
        return added


@dataclass
class HostMemory:
    delay: float
    next_start: float = 0.0
    robots: Robots | None = None


class HostWorker:
    """One host's queue, worked sequentially: each request waits the host's delay after the previous one."""

    def __init__(self, fetcher: Fetcher, host: str) -> None:
        self.fetcher = fetcher
        self.state = fetcher.state
        self.host = host
        self.policy = fetcher.politeness
        # a host's clock, delay and robots.txt outlive its worker: a worker started again later for new
        # links of the same host still waits the delay after the last request of the one before
        self.memory = fetcher.hosts.setdefault(host, HostMemory(self.policy.delay))

    @property
    def delay(self) -> float:
        return self.memory.delay

    @property
    def robots(self) -> Robots | None:
        return self.memory.robots

    @property
    def next_start(self) -> float:
        return self.memory.next_start

    @next_start.setter
    def next_start(self, value: float) -> None:
        self.memory.next_start = value

    async def run(self) -> None:
        while True:
            batch = self.state.next_items(self.host, BATCH)
            if not batch:
                return
            robots = self.robots if self.robots is not None else await self._load_robots(batch[0][1].url)
            for _, item in batch:
                await self._process(item, robots)
                if item.kind != ARTICLE:
                    break   # a source may have queued more sources: ask the queue again

    # ------------------------------------------------------------------ politeness
    async def _turn(self) -> None:
        now = time.monotonic()
        if now < self.next_start:
            await asyncio.sleep(self.next_start - now)
        self.next_start = time.monotonic() + self.delay

    def _hold(self, seconds: float) -> None:
        self.next_start = max(self.next_start, time.monotonic() + seconds)

    async def _load_robots(self, url: str) -> Robots:
        ua = self.policy.user_agent.split("/")[0]
        if not self.policy.obey_robots:   # --ignore-robots: not even asked for
            self.memory.robots = Robots(404, "", ua)
            return self.memory.robots
        cached = self.state.robots(self.host)
        if cached and time.time() - cached[2] < ROBOTS_MAX_AGE:
            status, body = cached[0], cached[1]
        else:
            status, body = await self._fetch_robots(url)
            if status is not None:   # an unreachable host is asked again next time
                self.state.save_robots(self.host, status, body)
        robots = self.memory.robots = Robots(status, body, ua)
        crawl_delay = robots.crawl_delay()
        if crawl_delay is not None:
            self.memory.delay = max(self.delay, crawl_delay)
            self._hold(self.delay)   # the robots.txt request itself was spaced by the shorter delay
        if self.fetcher.robots_sitemaps and robots.sitemaps():
            with self.state.transaction():
                self.fetcher.robots_sitemaps(self.host, robots.sitemaps(), self.fetcher)
        return robots

    async def _fetch_robots(self, url: str) -> tuple[int | None, str]:
        parts = urlsplit(url)
        target = f"{parts.scheme}://{parts.netloc}/robots.txt"
        for _ in range(MAX_REDIRECTS):
            result = await self._with_retries(target, {})
            if isinstance(result, FetchError):
                return None, f"{result.reason}: {result.message}"
            location = result.header("location")
            if result.status in (301, 302, 303, 307, 308) and location:
                target = join_url(target, location)
                if not is_http_url(target):
                    return None, f"bad-redirect: robots.txt redirected to a malformed URL: {target[:200]}"
                continue
            return result.status, _decoded(result).decode("utf-8", "replace")
        return 404, ""

    # ------------------------------------------------------------------ one URL
    async def _process(self, item: Item, robots: Robots) -> None:
        if not robots.allowed(item.url):
            reason = "robots-unavailable" if robots.unavailable else "robots-disallowed"
            self._fail(item, reason, f"robots.txt could not be read ({robots.problem}): nothing is fetched"
                       if robots.unavailable else "disallowed by robots.txt")
            return
        result = await self._fetch(item)
        if isinstance(result, FetchError):
            self._fail(item, result.reason, result.message)
            return
        self._handle(item, result)

    async def _fetch(self, item: Item) -> Fetched | FetchError:
        headers = {}
        if item.refetch and item.etag:
            headers["If-None-Match"] = item.etag
        if item.refetch and item.last_modified:
            headers["If-Modified-Since"] = item.last_modified
        return await self._with_retries(item.url, headers)

    async def _with_retries(self, url: str, headers: dict[str, str]) -> Fetched | FetchError:
        """One URL, retried on 429/5xx (not walls), timeouts and connection errors, waiting as told."""
        result: Fetched | FetchError = FetchError("not-fetched", "no attempt made")
        for attempt in range(self.policy.retries + 1):
            result = await self._attempt(url, headers)
            retry_after = None
            if isinstance(result, Fetched):
                if result.status not in RETRY_STATUSES or wall_reason(result.status, _text(result)):
                    return result
                retry_after = parse_retry_after(result.header("retry-after"))
            if attempt < self.policy.retries:
                self._hold(self.policy.wait_before_retry(attempt + 1, retry_after))
        return result

    async def _attempt(self, url: str, headers: dict[str, str]) -> Fetched | FetchError:
        httpx = require("httpx", "crawl")
        await self._turn()
        started = time.monotonic()
        try:
            async with asyncio.timeout(self.policy.timeout):
                return await self._get(url, headers, started)
        except (TimeoutError, httpx.TimeoutException):
            return FetchError("timeout", f"no complete response within {self.policy.timeout:g} s")
        except httpx.HTTPError as exc:
            return FetchError("connect-error" if isinstance(exc, httpx.ConnectError) else "http-error",
                              f"{type(exc).__name__}: {exc}"[:300])
        finally:
            self._hold(self.delay)   # the delay also runs from the end of this response

    async def _get(self, url: str, headers: dict[str, str], started: float) -> Fetched:
        client = self.fetcher.client
        request = client.build_request("GET", url, headers=headers)
        response = await client.send(request, stream=True)
        body, truncated = bytearray(), False
        try:
            async for chunk in response.aiter_raw():
                body += chunk
                if len(body) > self.policy.max_bytes:
                    del body[self.policy.max_bytes:]
                    truncated = True
                    break
        finally:
            await response.aclose()
        exchange = Exchange(url, _pairs(request.headers.raw), response.status_code, response.reason_phrase,
                            _pairs(response.headers.raw), bytes(body), response.http_version, truncated,
                            datetime.now(timezone.utc))
        return Fetched(exchange, time.monotonic() - started)

    # ------------------------------------------------------------------ outcomes
    def _fail(self, item: Item, reason: str, message: str, status: str = FAILED, http: int | None = None) -> None:
        self.state.finish(item.key, status, reason=reason, message=message, http_status=http)
        self.fetcher.counters.add(self.host, "failed" if status == FAILED else "skipped")
        self.fetcher.on_event("failed", item.url, reason, message)

    def _handle(self, item: Item, result: Fetched) -> None:
        status = result.status
        if status == 304:
            self._fail(item, "not-modified", "unchanged since the last fetch (304)", SKIPPED, 304)
            return
        location = result.header("location")
        if 300 <= status < 400 and location:
            self._redirect(item, result, join_url(item.url, location.strip()))
            return
        wall = wall_reason(status, _text(result))
        if wall:
            self._fail(item, wall, f"HTTP {status}: a bot wall, JavaScript challenge or login page; not stored",
                       FAILED, status)
            return
        self._store(item, result)

    def _store(self, item: Item, result: Fetched) -> None:
        status = result.status
        record_id = self.fetcher.warc.write(result.exchange)
        ok = 200 <= status < 300
        with self.state.transaction():
            self.state.finish(item.key, DONE if ok else FAILED, reason=None if ok else f"http-{status}",
                              message=None if ok else f"HTTP status {status}", http_status=status,
                              warc_record=record_id, etag=result.header("etag"),
                              last_modified=result.header("last-modified"), fetched=True)
            if ok and item.kind != ARTICLE and self.fetcher.handle_source:
                self.fetcher.handle_source(item, _decoded(result), self)
            self.state.put("warc_bytes", self.fetcher.warc.size())
        self.fetcher.counters.add(self.host, "fetched")
        self.fetcher.on_event("fetched" if ok else "failed", item.url, None if ok else f"http-{status}",
                              None if ok else f"HTTP status {status}")

    def _redirect(self, item: Item, result: Fetched, target: str) -> None:
        if login_redirect(target):
            self._fail(item, "login-wall", f"redirected to a login page: {target}", FAILED, result.status)
            return
        if item.hops >= MAX_REDIRECTS:
            self._fail(item, "too-many-redirects", f"more than {MAX_REDIRECTS} redirects", FAILED, result.status)
            return
        if not is_http_url(target):
            self._fail(item, "bad-redirect", f"redirected to a malformed URL: {target[:200]}", FAILED, result.status)
            return
        record_id = self.fetcher.warc.write(result.exchange)
        target = clean_url(target)
        with self.state.transaction():
            if canonical_key(target) == item.key:   # http -> https, www. added: same URL, new address
                self.state.db.execute("UPDATE urls SET url = ?, host = ?, hops = hops + 1 WHERE key = ?",
                                      (target, host_of(target), item.key))
                self.fetcher.pending_hosts.add(host_of(target))
            else:
                self.state.finish(item.key, SKIPPED, reason="redirect", message=f"-> {target}",
                                  http_status=result.status, warc_record=record_id, fetched=True)
                self.fetcher.add_links([Link(target, item.kind, item.source_kind, item.source_date, item.key,
                                             item.hops + 1)])
            self.state.put("warc_bytes", self.fetcher.warc.size())
        self.fetcher.counters.add(self.host, "redirected")


def _pairs(raw: list[tuple[bytes, bytes]]) -> list[tuple[str, str]]:
    return [(k.decode("latin-1"), v.decode("latin-1")) for k, v in raw]


def _decoded(result: Fetched) -> bytes:
    """The body without its content-encoding (a broken or cut stream: what could be decoded; a bomb: its first
    :data:`MAX_SOURCE_BYTES`)."""
    body = result.exchange.body
    encoding = (result.header("content-encoding") or "").strip().lower()
    try:
        if encoding in ("gzip", "x-gzip"):
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(body, MAX_SOURCE_BYTES)
        if encoding == "deflate":
            return zlib.decompressobj().decompress(body, MAX_SOURCE_BYTES)
    except zlib.error:
        return b""
    return body


def _text(result: Fetched) -> str:
    return _decoded(result)[:40000].decode("utf-8", "replace")
