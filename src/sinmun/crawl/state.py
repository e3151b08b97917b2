"""The crawl's memory, in one SQLite file beside the output: frontier, seen-set, validators, positions.

Every URL ever met has one row in ``urls``, keyed by its canonical key (:mod:`sinmun.crawl.urls`), so a
variant of a URL already seen is never queued again. A row moves ``queued`` -> ``done`` (a response was
written to the WARC) or ``failed``/``skipped`` (with a reason); the WARC's size is saved in the same
transaction, so a run killed between writing a record and committing cuts the WARC back to the last
committed record and fetches that URL again. Hosts read their next URLs a small batch at a time, so memory
stays flat however large the frontier grows.
"""
from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS urls(
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    url TEXT NOT NULL,
    host TEXT NOT NULL,
    kind TEXT NOT NULL,              -- article | source
    source_kind TEXT,                -- sitemap | rss | list | naver-list | daum-list | ... (sources only)
    source_date TEXT,                -- the day a source gave for this link (YYYY-MM-DD), if any
    via TEXT,                        -- the key of the page that linked here
    hops INTEGER NOT NULL DEFAULT 0, -- redirects followed to get here
    run INTEGER NOT NULL DEFAULT 0,  -- the run that last queued it
    status TEXT NOT NULL,            -- queued | done | failed | skipped
    reason TEXT, message TEXT, http_status INTEGER,
    warc_record TEXT, etag TEXT, last_modified TEXT, fetched_at REAL
);
CREATE INDEX IF NOT EXISTS urls_queue ON urls(host, status, kind, seq);
CREATE INDEX IF NOT EXISTS urls_record ON urls(warc_record) WHERE warc_record IS NOT NULL;
CREATE TABLE IF NOT EXISTS robots(host TEXT PRIMARY KEY, status INTEGER, body TEXT, fetched_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS stored(id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS outcomes(record TEXT PRIMARY KEY, key TEXT, url TEXT, status TEXT, reason TEXT,
                                    message TEXT);
"""
QUEUED, DONE, FAILED, SKIPPED = "queued", "done", "failed", "skipped"
ARTICLE, SOURCE = "article", "source"


@dataclass(frozen=True)
class Link:
    """A URL found by a source (or given on the command line)."""

    url: str
    kind: str = ARTICLE
    source_kind: str | None = None
    source_date: str | None = None
    via: str | None = None
    hops: int = 0


@dataclass(frozen=True)
class Item:
    """A queued row, as a host worker sees it."""

    key: str
    url: str
    kind: str
    source_kind: str | None
    source_date: str | None
    hops: int
    etag: str | None
    last_modified: str | None
    refetch: bool


class CrawlState:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")   # WAL: durable across a killed process
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    # -------------------------------------------------------------- meta
    def get(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def put(self, key: str, value: Any) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, json.dumps(value)))

    def transaction(self) -> "_Transaction":
        return _Transaction(self.db)

    # -------------------------------------------------------------- frontier
    def add(self, links: Iterable[Link], host_of, key_of, run: int, status: str = QUEUED,
            reason: str | None = None, message: str | None = None) -> int:
        """Insert links not seen before (sources seen in an earlier run are queued again); returns the
        number of rows inserted or queued again."""
        added = 0
        for link in links:
            key = key_of(link.url)
            cursor = self.db.execute(
                "INSERT INTO urls(key, url, host, kind, source_kind, source_date, via, hops, run, status, reason,"
                " message) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(key) DO UPDATE SET status = 'queued',"
                " run = excluded.run, reason = NULL, message = NULL WHERE urls.kind = 'source' AND"
                " excluded.kind = 'source' AND excluded.status = 'queued' AND urls.run < excluded.run"
                " AND urls.status != 'queued'",
                (key, link.url, host_of(link.url), link.kind, link.source_kind, link.source_date, link.via,
                 link.hops, run, status, reason, message))
            added += cursor.rowcount
        return added

    def requeue(self, keys: Iterable[str], run: int) -> None:
        """Queue already-done rows again (refetch: the request will be conditional)."""
        for key in keys:
            self.db.execute("UPDATE urls SET status = 'queued', run = ?, reason = NULL, message = NULL"
                            " WHERE key = ? AND status != 'queued'", (run, key))

    def requeue_transient(self, run: int) -> int:
        """Queue again the URLs whose failure may pass (timeouts, resets, 429/5xx, robots.txt unreachable)."""
        cursor = self.db.execute(
            "UPDATE urls SET status = 'queued', run = ?, reason = NULL, message = NULL WHERE status = 'failed'"
            " AND reason IN ('timeout', 'connect-error', 'http-error', 'robots-unavailable', 'http-429',"
            " 'http-500', 'http-502', 'http-503', 'http-504')", (run,))
        return cursor.rowcount

    def status_of(self, key: str) -> str | None:
        row = self.db.execute("SELECT status FROM urls WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def queued_hosts(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT DISTINCT host FROM urls WHERE status = 'queued'")]

    def next_items(self, host: str, limit: int, after: int = 0) -> list[tuple[int, Item]]:
        """The host's next queued rows: sources first (they lead to more URLs), then in discovery order."""
        rows: list[tuple[Any, ...]] = []
        for kind in (SOURCE, ARTICLE):   # two index range scans (host, status, kind, seq): no sort
            rows += self.db.execute(
                "SELECT seq, key, url, kind, source_kind, source_date, hops, etag, last_modified, fetched_at"
                " FROM urls WHERE host = ? AND status = 'queued' AND kind = ? ORDER BY seq LIMIT ?",
                (host, kind, limit - len(rows))).fetchall()
            if len(rows) >= limit:
                break
        return [(row[0], Item(row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
                              row[9] is not None)) for row in rows]

    def finish(self, key: str, status: str, *, reason: str | None = None, message: str | None = None,
               http_status: int | None = None, warc_record: str | None = None, etag: str | None = None,
               last_modified: str | None = None, fetched: bool = False) -> None:
        self.db.execute(
            "UPDATE urls SET status = ?, reason = ?, message = ?, http_status = COALESCE(?, http_status),"
            " warc_record = COALESCE(?, warc_record), etag = COALESCE(?, etag),"
            " last_modified = COALESCE(?, last_modified), fetched_at = CASE WHEN ? THEN ? ELSE fetched_at END"
            " WHERE key = ?",
            (status, reason, message, http_status, warc_record, etag, last_modified, fetched, time.time(), key))

    def articles_accepted(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM urls WHERE kind = 'article' AND status != 'skipped'"
                               ).fetchone()[0]

    def counts(self) -> dict[tuple[str, str], int]:
        return {(kind, status): n for kind, status, n in
                self.db.execute("SELECT kind, status, COUNT(*) FROM urls GROUP BY kind, status")}

    def reason_counts(self, kind: str = ARTICLE) -> dict[str, int]:
        """How many URLs of a kind failed or were skipped, by reason."""
        return dict(self.db.execute("SELECT reason, COUNT(*) FROM urls WHERE kind = ? AND status IN ('failed',"
                                    " 'skipped') GROUP BY reason ORDER BY COUNT(*) DESC", (kind,)).fetchall())

    def failures(self) -> Iterator[dict[str, Any]]:
        """Every URL that did not get a usable response, with its reason."""
        for row in self.db.execute("SELECT url, kind, status, reason, message, http_status, via FROM urls"
                                   " WHERE status IN ('failed', 'skipped') ORDER BY seq"):
            yield dict(zip(("url", "kind", "status", "reason", "message", "http_status", "via"), row))

    def record_row(self, record_id: str) -> tuple[str, str, str] | None:
        """(key, kind, status) of the URL whose response is this WARC record."""
        row = self.db.execute("SELECT key, kind, status FROM urls WHERE warc_record = ?", (record_id,)).fetchone()
        return (row[0], row[1], row[2]) if row else None

    # -------------------------------------------------------------- robots
    def robots(self, host: str) -> tuple[int | None, str, float] | None:
        row = self.db.execute("SELECT status, body, fetched_at FROM robots WHERE host = ?", (host,)).fetchone()
        return (row[0], row[1], row[2]) if row else None

    def save_robots(self, host: str, status: int | None, body: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO robots(host, status, body, fetched_at) VALUES (?,?,?,?)",
                        (host, status, body, time.time()))

    # -------------------------------------------------------------- extraction bookkeeping
    def stored_ids(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT id FROM stored")}

    def add_stored(self, ids: Iterable[str]) -> None:
        self.db.executemany("INSERT OR IGNORE INTO stored(id) VALUES (?)", ((i,) for i in ids))

    def add_outcomes(self, rows: Iterable[tuple[str, str | None, str | None, str, str | None, str | None]]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO outcomes(record, key, url, status, reason, message)"
                            " VALUES (?,?,?,?,?,?)", rows)

    def outcome_failures(self) -> Iterator[dict[str, Any]]:
        for row in self.db.execute("SELECT record, url, status, reason, message FROM outcomes ORDER BY rowid"):
            yield dict(zip(("source", "url", "status", "reason", "message"), row))


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, *rest: object) -> None:
        self.db.execute("ROLLBACK" if kind else "COMMIT")
