"""Politeness rules: robots.txt (parsed by protego), the per-host delay, Retry-After and back-off."""
from __future__ import annotations

import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

from ..extras import require

DEFAULT_DELAY = 1.0
CONTACT_URL = "https://github.com/sinmun-project/sinmun/blob/main/docs/crawl.md"
ROBOTS_MAX_AGE = 24 * 3600.0


def default_user_agent(version: str) -> str:
    return f"sinmun/{version} (+{CONTACT_URL})"


@dataclass(frozen=True)
class Politeness:
    """How a crawl treats each host. The defaults are the polite ones; faster values are explicit flags."""

    delay: float = DEFAULT_DELAY          # seconds from the end of one response to the next request (per host)
    user_agent: str = default_user_agent("0.1")
    obey_robots: bool = True
    timeout: float = 30.0                 # one response, from request to last byte
    retries: int = 3                      # transient failures (429, 503, 5xx, timeouts, resets) retried
    backoff: float = 2.0                  # first back-off without a Retry-After, doubled each retry
    max_backoff: float = 300.0            # cap on any wait, Retry-After included
    max_bytes: int = 10 * 1024 * 1024     # bodies cut (and marked WARC-Truncated) beyond this

    def wait_before_retry(self, attempt: int, retry_after: float | None) -> float:
        """Seconds to wait before retry number ``attempt`` (1, 2, ...)."""
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_backoff)
        return min(self.backoff * 2 ** (attempt - 1), self.max_backoff)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class Robots:
    """One host's robots.txt. 4xx (none there): everything allowed; 5xx, 429 or unreachable (after the
    retries): nothing allowed (RFC 9309, section 2.3.1.4), reported as ``robots-unavailable``."""

    def __init__(self, status: int | None, body: str, user_agent: str) -> None:
        self.status = status
        self.user_agent = user_agent
        self.parser = None
        self.unavailable = status is None or status >= 500 or status == 429
        self.problem = body[:200] if status is None else f"HTTP {status}"
        if status is not None and 200 <= status < 300:
            protego = require("protego", "crawl")
            self.parser = protego.Protego.parse(body)

    def allowed(self, url: str) -> bool:
        if self.unavailable:
            return False
        return self.parser is None or self.parser.can_fetch(url, self.user_agent)

    def crawl_delay(self) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(self.user_agent)
        return float(delay) if delay is not None else None

    def sitemaps(self) -> list[str]:
        return list(self.parser.sitemaps) if self.parser is not None else []
