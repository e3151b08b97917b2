"""The archive: one SQLite file (WAL mode) of article records with a Korean full-text index.

>>> archive = Archive("sinmun.db")
>>> archive.add_records(records, source="run-2025-08-05")      # dicts or Article objects
>>> result = archive.search("한미 전략기술을", press="전자신문", since="2025-08-01")

Each record is keyed by a stable id (its ``id`` field, else a hash of its canonical URL or
URL, else of its title and body), so adding the same page again updates it in place.
Writes go through :meth:`Archive.writer`, which commits every ``batch_size`` records: a
killed process loses at most the open batch and the database stays consistent (SQLite's
journal), and a re-run skips what was already stored.
"""
from __future__ import annotations

import hashlib
import json
import math
import sqlite3
import time
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from .. import __version__
from ..article import Article
from . import day_counts, entity_tokens, facet_arrays, facet_index, reorder
from .fts import (BigramTokenizer, Segment, Tokenizer, dropped_terms, mark, snippet, term_pattern,
                  tokenizer_named)

DEFAULT_DB = "sinmun.db"
#: Records per transaction: each commit writes the full-text index a new segment, which is merged
#: again later; 2,000 halves the commit time of 500 (docs/archive.md, "Ingestion").
DEFAULT_BATCH = 2000
#: A query with more hits than this ranks (and facets) its newest-added RANK_WINDOW hits.
RANK_WINDOW = 2_000
CACHE_KIB = 128 * 1024
#: The full-text index's memory for a transaction's new terms (FTS5 'hashsize').
FTS_HASH_BYTES = 64 << 20
WAL_CHECKPOINT_PAGES = 16384
MMAP_BYTES = 1 << 30
#: The largest rowid SQLite gives (an open upper bound of a rowid range).
MAX_ROWID = (1 << 63) - 1
#: Hit counts stop here (``SearchResult.total_capped``).
COUNT_CAP = 10_000
#: A query with fewer than RANK_WINDOW hits is ranked by bm25 when each of its phrases is in at
#: most this many articles; else like a very common query (title matches first, newest first).
#: bm25 counts every article holding each phrase first (~24 ms for a word in 100,000 of 1 M).
BM25_MAX_ARTICLES = 20_000
#: bm25 column weights: a match in the title counts three times a match in the body.
TITLE_WEIGHT, BODY_WEIGHT = 3.0, 1.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles(
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT, press TEXT, section TEXT, portal TEXT, published TEXT, day TEXT,
    url TEXT, dup_cluster TEXT,
    source TEXT, extracted_at TEXT, sinmun_version TEXT,
    record_hash TEXT NOT NULL,
    enriched INTEGER NOT NULL DEFAULT 0
);
-- the whole record, zlib-compressed JSON (every Article field and extras); kept apart so that
-- filtering reads small article rows
CREATE TABLE IF NOT EXISTS records(article INTEGER PRIMARY KEY, record BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS articles_day ON articles(day);
CREATE INDEX IF NOT EXISTS articles_press ON articles(press, day);
CREATE INDEX IF NOT EXISTS articles_section ON articles(section, day);
CREATE INDEX IF NOT EXISTS articles_cluster ON articles(dup_cluster) WHERE dup_cluster IS NOT NULL;
CREATE INDEX IF NOT EXISTS articles_unenriched ON articles(rowid) WHERE enriched = 0;
CREATE TABLE IF NOT EXISTS reporters(article INTEGER NOT NULL, name TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS reporters_name ON reporters(name, article);
CREATE INDEX IF NOT EXISTS reporters_article ON reporters(article);
CREATE TABLE IF NOT EXISTS entities(
    article INTEGER NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL, weight REAL NOT NULL);
CREATE INDEX IF NOT EXISTS entities_value ON entities(kind, value, article);
CREATE INDEX IF NOT EXISTS entities_article ON entities(article, kind);
CREATE TABLE IF NOT EXISTS term_df(term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS originals(article INTEGER PRIMARY KEY, html BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS sources(
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    articles INTEGER NOT NULL, added_at TEXT NOT NULL);
-- meta holds filter tokens (press, section, day, month) so filters intersect inside the index
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(title, body, meta, content='', tokenize='ascii');
"""
ENTITY_KINDS = ("keyword", "person", "org", "place")
_EXTRA_KEYS = ("id", "source", "extracted_at", "sinmun_version", "enrichment")


def article_id(record: dict[str, Any]) -> str:
    """The record's stable id: its ``id``, else the one id every path in gives it (:mod:`sinmun.corpus.identity`)."""
    if record.get("id"):
        return str(record["id"])
    from ..corpus.identity import record_article_id  # the writing path only: searches need no corpus module
    return record_article_id(record)


def _as_dict(record: Article | dict[str, Any]) -> dict[str, Any]:
    return record.to_dict() if isinstance(record, Article) else dict(record)


_clock: list[Any] = [None, ""]   # the last second :func:`_now` formatted, and its text


def _now() -> str:
    """The time now, to the second, in ISO form (formatted once per second: a bulk load asks per record)."""
    second = int(time.time())
    if second != _clock[0]:
        _clock[:] = [second, datetime.fromtimestamp(second, timezone.utc).isoformat(timespec="seconds")]
    return _clock[1]


def _pack(value: Any) -> bytes:
    return zlib.compress(json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
                         .encode("utf-8"), 1)


def _unpack(blob: bytes) -> Any:
    return json.loads(zlib.decompress(blob))


def _title_text(record: dict[str, Any]) -> str:
    return " ".join(s for s in (record.get("title"), record.get("subtitle")) if s)


def _body_text(record: dict[str, Any]) -> str:
    return "\n".join(record.get("body_paragraphs") or [])


@dataclass
class AddStats:
    added: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged


@dataclass
class Hit:
    rowid: int
    id: str
    title: str | None
    press: str | None
    section: str | None
    published: str | None
    reporters: list[str]
    snippet: list[Segment]
    title_marked: list[Segment]
    score: float | None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "press": self.press, "section": self.section,
                "published": self.published, "reporters": self.reporters, "score": self.score,
                "snippet": "".join(f"[{t}]" if hit else t for t, hit in self.snippet)}


@dataclass
class SearchResult:
    query: str
    total: int
    hits: list[Hit]
    facets: dict[str, list[tuple[str, float]]] = field(default_factory=dict)
    total_capped: bool = False
    #: how many hits the facets count (the newest RANK_WINDOW when there are more; see ``facets_partial``)
    facets_counted: int = 0
    #: distinct query terms beyond :data:`fts.MAX_QUERY_TERMS`, which the search left out
    terms_dropped: int = 0

    @property
    def facets_partial(self) -> bool:
        """True when the facets count only some of the hits (the newest ``facets_counted``)."""
        return bool(self.facets) and (self.total_capped or self.facets_counted < self.total)

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "total": self.total, "total_capped": self.total_capped,
                "terms_dropped": self.terms_dropped, "hits": [h.to_dict() for h in self.hits],
                "facets_counted": self.facets_counted, "facets_partial": self.facets_partial,
                "facets": {k: [{"value": v, "count": c} for v, c in rows] for k, rows in self.facets.items()}}


@dataclass
class Filters:
    """Restrictions on a search; dates are ``YYYY-MM-DD`` (inclusive)."""

    press: str | None = None
    section: str | None = None
    reporter: str | None = None
    person: str | None = None
    org: str | None = None
    place: str | None = None
    since: str | None = None
    until: str | None = None

    @property
    def has_names(self) -> bool:
        """True when a reporter, person, organisation or place filter is set."""
        return any(getattr(self, kind) for kind in NAME_FILTERS)

    def where(self, text_first: bool = False, within: list[tuple[int, int]] | None = None,
              names_indexed: bool = False) -> tuple[list[str], list[Any]]:
        """SQL conditions. Without ``text_first``: on ``articles a``, all filters. With it: only
        the reporter/person/org filters, on ``fts.rowid`` (the others are in :meth:`match`), or
        none with ``names_indexed`` (they are index tokens there too, :mod:`entity_tokens`).
        ``within``: rowid ranges (inclusive) that hold every article the filters let through; the
        reporter/person/org lists are read only there (an index range instead of all of a name's
        articles)."""
        if text_first and names_indexed:
            return [], []
        clauses: list[str] = []
        params: list[Any] = []
        if not text_first:
            for column in ("press", "section"):
                if getattr(self, column):
                    clauses.append(f"a.{column} = ?")
                    params.append(getattr(self, column))
            if self.since:
                clauses.append("a.day >= ?")
                params.append(self.since[:10])
            if self.until:
                clauses.append("a.day <= ?")
                params.append(self.until[:10])
        names, names_params = self._name_clauses("+fts.rowid" if text_first else "a.rowid", within)
        return clauses + names, params + names_params

    def _name_clauses(self, rowid: str, within: list[tuple[int, int]] | None) -> tuple[list[str], list[Any]]:
        """The reporter/person/org/place filters as lookups of ``rowid`` in their tables' rows."""
        ranges = " AND (" + " OR ".join(["article BETWEEN ? AND ?"] * len(within)) + ")" if within else ""
        range_params = [bound for pair in within or [] for bound in pair]
        clauses: list[str] = []
        params: list[Any] = []
        if self.reporter:
            clauses.append(f"{rowid} IN (SELECT article FROM reporters WHERE name = ?{ranges})")
            params += [self.reporter] + range_params
        for kind in ("person", "org", "place"):
            if getattr(self, kind):
                clauses.append(f"{rowid} IN (SELECT article FROM entities WHERE kind = ? AND value = ?{ranges})")
                params += [kind, getattr(self, kind)] + range_params
        return clauses, params

    def match(self, first_day: str | None, last_day: str | None, names: bool = False) -> str | None:
        """The press/section/date filters (and with ``names`` the reporter/person/org/place ones)
        as an FTS5 expression over the ``meta`` column."""
        parts = [entity_tokens.token(kind, getattr(self, kind)) for kind in NAME_FILTERS
                 if names and getattr(self, kind)]
        if self.press:
            parts.append(_meta_token("p", self.press))
        if self.section:
            parts.append(_meta_token("s", self.section))
        if self.since or self.until:
            start = max(filter(None, (self.since and self.since[:10], first_day)), default=None)
            end = min(filter(None, (self.until and self.until[:10], last_day)), default=None)
            if not start or not end or start > end:
                parts.append("nothing")  # no article in range: a token that never occurs
            else:
                parts.append("(" + " OR ".join(_day_range_tokens(date.fromisoformat(start),
                                                               date.fromisoformat(end))) + ")")
        # one column-filtered conjunct per filter: FTS5 runs a flat AND faster than an AND nested
        # under one column filter (60 against 42 ms for a word, a press and three months at 1 M)
        return " AND ".join(f"meta : {part}" for part in parts) if parts else None


#: The filters on names (:mod:`entity_tokens`).
NAME_FILTERS = ("reporter", "person", "org", "place")


@lru_cache(maxsize=4096)
def _meta_token(kind: str, value: str) -> str:
    return kind + hashlib.sha1(value.encode("utf-8")).hexdigest()[:12]


def meta_tokens(record: dict[str, Any]) -> str:
    """Filter tokens of a record: press, section, day (``d20250805``) and month (``m202508``)."""
    tokens = [_meta_token(kind, record[key]) for kind, key in (("p", "press"), ("s", "section")) if record.get(key)]
    day = (record.get("published") or "")[:10]
    if len(day) == 10 and day[4] == "-" and day[7] == "-" and day.replace("-", "").isdigit():
        tokens += ["d" + day.replace("-", ""), "m" + day[:7].replace("-", "")]
    return " ".join(tokens)


def _day_range_tokens(start: date, end: date) -> list[str]:
    """Month tokens for the months wholly inside [start, end], day tokens for the rest."""
    tokens = []
    current = start
    while current <= end:
        month_end = (current.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        if current.day == 1 and month_end <= end:
            tokens.append("m" + current.strftime("%Y%m"))
            current = month_end + timedelta(days=1)
        else:
            tokens.append("d" + current.strftime("%Y%m%d"))
            current += timedelta(days=1)
    return tokens


class Archive:
    """An article archive in one SQLite file. Safe to read while another process writes."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, tokenizer: str | None = None,
                 readonly: bool = False, timeout: float = 30.0) -> None:
        self.path = Path(path)
        if readonly:
            if not self.path.exists():
                raise FileNotFoundError(f"no archive at {self.path}")
            uri = f"file:{self.path.resolve()}?mode=ro"
            self.db = sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False)
        else:
            self.db = sqlite3.connect(self.path, timeout=timeout, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")  # WAL: durable at each checkpoint, consistent always
            # bulk loads: a checkpoint per WAL_CHECKPOINT_PAGES (not per 1,000 pages, i.e. once per commit),
            # and the WAL file cut back to that size afterwards
            self.db.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
            self.db.execute(f"PRAGMA journal_size_limit={WAL_CHECKPOINT_PAGES * 4096}")
            self._create_schema()
            self.index_facets()
        self.db.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
        self.db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")  # large archives: keep b-tree pages in memory
        self.db.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        self.tokenizer: Tokenizer = self._choose_tokenizer(tokenizer, readonly)

    def _create_schema(self) -> None:
        new = not self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'fts'").fetchone()
        self.db.executescript(_SCHEMA)
        if new:  # bigger index pages and fewer merges: steadier bulk ingestion
            with self.db:
                self.db.execute("INSERT INTO fts(fts, rank) VALUES ('pgsz', 4050)")
                self.db.execute("INSERT INTO fts(fts, rank) VALUES ('automerge', 16)")
        if not self.db.execute("SELECT 1 FROM fts_config WHERE k = 'hashsize'").fetchone():
            # FTS5 writes its pending terms out as a new segment whenever they pass 'hashsize'
            # (1 MiB by default: ~10 segments per 500 articles, each merged again later); with
            # FTS_HASH_BYTES a batch becomes one segment. Set on older archives too (a config row).
            with self.db:
                self.db.execute("INSERT INTO fts(fts, rank) VALUES ('hashsize', ?)", (FTS_HASH_BYTES,))

    def _choose_tokenizer(self, requested: str | None, readonly: bool) -> Tokenizer:
        row = self.db.execute("SELECT value FROM meta WHERE key='tokenizer'").fetchone()
        if row:
            if requested and requested != row[0]:
                raise ValueError(f"{self.path} is indexed with {row[0]}, not {requested}")
            return tokenizer_named(row[0])
        chosen = tokenizer_named(requested or BigramTokenizer.name)
        if not readonly:
            with self.db:
                self.db.execute("INSERT OR IGNORE INTO meta VALUES ('tokenizer', ?)", (chosen.name,))
        return chosen

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing -------------------------------------------------------------------------

    @contextmanager
    def writer(self, batch_size: int = DEFAULT_BATCH, *, enrich: bool = True) -> Iterator["Writer"]:
        """A writer that commits every ``batch_size`` records and once more at the end."""
        writer = Writer(self, batch_size, enrich)
        try:
            yield writer
        except BaseException:
            writer.rollback()
            raise
        writer.commit()

    def add_records(self, records: Iterable[Article | dict[str, Any]], *, source: str | None = None,
                    enrich: bool = True, batch_size: int = DEFAULT_BATCH) -> AddStats:
        """Store records (``Article`` objects or their ``to_dict()``); the hook for ``sinmun run --archive``.

        ``source`` names where they came from, unless a record carries its own ``source``.
        """
        with self.writer(batch_size, enrich=enrich) as writer:
            for record in records:
                writer.add(record, source=source)
        return writer.stats

    # --- reading -------------------------------------------------------------------------

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def has(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def get(self, article_id: str) -> dict[str, Any] | None:
        """The stored record with its enrichment (keywords, people, orgs) and archive fields."""
        row = self.db.execute(
            "SELECT rowid, (SELECT record FROM records WHERE article = articles.rowid), source, extracted_at, "
            "sinmun_version, dup_cluster, EXISTS(SELECT 1 FROM originals o WHERE o.article = articles.rowid) "
            "FROM articles WHERE id = ?", (article_id,)).fetchone()
        if not row:
            return None
        record = _unpack(row[1])
        record.update(id=article_id, source=row[2], extracted_at=row[3], sinmun_version=row[4],
                      dup_cluster=row[5], has_original=bool(row[6]))
        for kind, key in (("keyword", "keywords"), ("person", "people"), ("org", "orgs"), ("place", "places")):
            record[key] = [v for v, _ in self.db.execute(
                "SELECT value, weight FROM entities WHERE article = ? AND kind = ? ORDER BY weight DESC",
                (row[0], kind))]
        return record

    def original_html(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT o.html FROM originals o JOIN articles a ON a.rowid = o.article "
                              "WHERE a.id = ?", (article_id,)).fetchone()
        return zlib.decompress(row[0]).decode("utf-8") if row else None

    def cluster(self, article_id: str) -> list[dict[str, Any]]:
        """The other articles of this article's duplicate cluster."""
        rows = self.db.execute(
            "SELECT b.id, b.title, b.press, b.published FROM articles a JOIN articles b "
            "ON b.dup_cluster = a.dup_cluster AND b.id != a.id WHERE a.id = ? ORDER BY b.published",
            (article_id,)).fetchall()
        return [dict(zip(("id", "title", "press", "published"), r)) for r in rows]

    def _hits_sql(self, query: str, filters: Filters, *, with_articles: bool = True
                  ) -> tuple[str, list[Any], bool] | None:
        """FROM/WHERE for all hits of a query, its parameters, and whether it is a text query.

        Without filters and ``with_articles``, a text query reads the index alone.
        """
        text = bool(query.strip())
        within = None if text else self._dated_rowids(filters)
        clauses, params = filters.where(text_first=text, within=within)
        if text:
            match = self._full_text_match(query, filters)
            if match is None:
                return None
            join = with_articles
            sql = ("FROM fts JOIN articles a ON a.rowid = fts.rowid" if join else "FROM fts") + " WHERE fts MATCH ?"
            params = [match] + params
        else:
            sql = "FROM articles a WHERE 1"
            if within:
                sql += " AND (" + " OR ".join(["a.rowid BETWEEN ? AND ?"] * len(within)) + ")"
                params = [bound for pair in within for bound in pair] + params
        for clause in clauses:
            sql += " AND " + clause
        return sql, params, text

    def _ordered_bounds(self, filters: Filters) -> tuple[int, int] | None:
        """The rowid range of the filters' dates in the archive's date-ordered run; None without
        dates or without such a run (:func:`reorder.ordered_range`)."""
        if not (filters.since or filters.until):
            return None
        return reorder.ordered_range(self.db, filters.since and filters.since[:10],
                                     filters.until and filters.until[:10])

    def _dated_rowids(self, filters: Filters) -> list[tuple[int, int]] | None:
        """Rowid ranges holding every article of the filters' dates, when the archive's rowids
        follow the publication date (:mod:`reorder`): the ordered run's range and all rowids after
        the run; None without dates or without an ordered run."""
        bounds = self._ordered_bounds(filters)
        if bounds is None:
            return None
        tail = (reorder.ordered_through(self.db) + 1, MAX_ROWID)
        return [tail, bounds] if bounds[0] <= bounds[1] else [tail]

    def _full_text_match(self, query: str, filters: Filters, column: str | None = None,
                         names: bool = False) -> str | None:
        """The FTS5 expression of a text query (only in ``column`` if given) and of the filters
        the index holds (press, section, dates; with ``names`` the name filters too); None when
        the query has no searchable term."""
        match = self.tokenizer.match_query(query)
        if match is None:
            return None
        match = f"{column} : ({match})" if column else f"({match})"
        bounds = self._day_bounds() if filters.since or filters.until else (None, None)
        meta = filters.match(*bounds, names=names)
        return f"{match} AND {meta}" if meta else match

    def _day_bounds(self) -> tuple[str | None, str | None]:
        """The first and last day in the archive (two queries: each one reads a single index entry)."""
        first = self.db.execute("SELECT MIN(day) FROM articles").fetchone()[0]
        return first, self.db.execute("SELECT MAX(day) FROM articles").fetchone()[0]

    def search(self, query: str = "", filters: Filters | None = None, *, limit: int = 20, offset: int = 0,
               facets: bool = False, snippet_width: int = 160) -> SearchResult:
        """Ranked hits (bm25 over title and body) of ``query`` under ``filters``.

        Ranking is exact bm25 when a query has fewer than :data:`RANK_WINDOW` hits and each of its
        phrases is in at most :data:`BM25_MAX_ARTICLES` articles; else the newest ``RANK_WINDOW``
        hits are shown title matches first, newest first (and faceted, also for an empty query),
        which keeps a query for a very common word fast on a million articles. ``total`` counts
        up to :data:`COUNT_CAP` (``total_capped`` says when there are more). An empty query
        lists the filtered articles, newest first. With ``facets``: counts of press, section,
        reporters, people, organisations and places, and the hits' top keywords (summed keyword
        weights), over ``facets_counted`` hits (``facets_partial`` when that is not all of them).
        """
        filters = filters or Filters()
        dropped = dropped_terms(query)
        built = self._hits_sql(query, filters, with_articles=False)
        if built is None:
            return SearchResult(query, 0, [], terms_dropped=dropped)
        sql, params, ranked = built
        window: list[tuple[int, float | None]] | None = None
        if ranked:
            window, total = self._ranked_window(query, filters)
            rows = self._rows([r for r, _ in window[offset:offset + limit]],
                              [sc for _, sc in window[offset:offset + limit]])
        else:
            if facets:
                window = self.db.execute(f"SELECT a.rowid, NULL {sql} ORDER BY a.rowid DESC LIMIT {RANK_WINDOW}",
                                         params).fetchall()
            rows = self.db.execute(
                f"SELECT a.rowid {sql} ORDER BY a.day DESC, a.published DESC, a.rowid DESC LIMIT ? OFFSET ?",
                params + [limit, offset]).fetchall()
            rows = self._rows([r[0] for r in rows], [None] * len(rows))
            total = self._listed_total(sql, params, window, len(rows), limit, offset)
        pattern = term_pattern(self.tokenizer.highlight_terms(query)) if ranked else None
        hits = [self._hit(row, pattern, snippet_width) for row in rows]
        result = SearchResult(query, total, hits, total_capped=total >= COUNT_CAP, terms_dropped=dropped)
        if facets and window is not None:   # both branches above fill the window when facets are asked for
            result.facets = self.facets([rowid for rowid, _ in window])
            result.facets_counted = len(window)
        return result

    def _listed_total(self, sql: str, params: list[Any], window: list | None, listed: int, limit: int,
                      offset: int) -> int:
        """How many articles an empty query lists (up to COUNT_CAP), from what was read if that tells."""
        if window is not None and len(window) < RANK_WINDOW:
            return len(window)
        if listed < limit and (listed or offset == 0):
            return listed + offset
        return self.db.execute(f"SELECT COUNT(*) FROM (SELECT 1 {sql} LIMIT {COUNT_CAP})", params).fetchone()[0]

    def _segments(self, filters: Filters) -> list[tuple[tuple[int, int] | None, bool, bool]]:
        """Rowid ranges that together hold every hit, highest first, each with how its filters
        are matched: (range or None for all rowids, dates as index tokens, names as index tokens).

        One range, unless the archive has runs that make a filter cheaper: in the date-ordered
        run (:mod:`reorder`) a date filter is a rowid range instead of date tokens; at or below the
        name-token mark (:mod:`entity_tokens`) a name filter is an index token instead of a
        lookup in the ``entities``/``reporters`` rows."""
        bounds = self._ordered_bounds(filters)
        ordered = reorder.ordered_through(self.db) if bounds is not None else 0
        named = entity_tokens.through(self.db) if filters.has_names else 0
        cuts = sorted({cut for cut in (ordered, named) if cut})
        if not cuts:
            return [(None, True, False)]
        edges = [0] + cuts + [MAX_ROWID]
        segments: list[tuple[tuple[int, int] | None, bool, bool]] = []
        for low, high in reversed(list(zip(edges, edges[1:]))):   # rowids low + 1 .. high
            first, last = low + 1, high
            undated = bounds is not None and last <= ordered
            if undated:
                assert bounds is not None
                first, last = max(first, bounds[0]), min(last, bounds[1])
                if first > last:
                    continue
            segments.append(((first, last), not undated, last <= named))
        return segments

    def _text_parts(self, query: str, filters: Filters, column: str | None = None
                    ) -> list[tuple[str, list[Any]]]:
        """FROM/WHERE (on ``fts`` alone) and parameters of a text query's hits, as parts whose
        rowids do not overlap, highest rowids first (one per :meth:`_segments` range); [] when
        the query has no searchable term."""
        undated = replace(filters, since=None, until=None)
        parts = []
        for rowids, dated, named in self._segments(filters):
            match = self._full_text_match(query, filters if dated else undated, column, names=named)
            if match is None:
                return []
            within = [rowids] if rowids else None
            clauses, params = filters.where(text_first=True, within=within, names_indexed=named)
            sql = "FROM fts WHERE fts MATCH ?" + (" AND fts.rowid BETWEEN ? AND ?" if rowids else "")
            sql += "".join(" AND " + c for c in clauses)
            parts.append((sql, [match] + list(rowids or ()) + params))
        return parts

    def _ranked_window(self, query: str, filters: Filters) -> tuple[list[tuple[int, float | None]], int]:
        """The hits to rank, best first, and how many hits there are (up to COUNT_CAP): all of
        them by bm25 when there are fewer than RANK_WINDOW and bm25 is cheap (:meth:`_bm25_ranked`);
        else the newest RANK_WINDOW, title matches first, newest first within each group.

        One pass over the index, newest first, gives the window and the count. (FTS5's bm25
        first counts every row holding each phrase, which costs ~0.1 s for a word found in half
        a million articles; the title-first order needs no such count.)
        """
        newest, total = self._window_and_count(self._text_parts(query, filters))
        if not newest:
            return [], 0
        if total < RANK_WINDOW:
            scored = self._bm25_ranked(query, filters, newest)
            if scored is not None:
                return scored, total
        total = min(total, COUNT_CAP)
        in_title = self._title_matches(query, filters, newest[-1], newest[0])
        ranked: list[tuple[int, float | None]] = [(r, None) for r in newest if r in in_title]
        return ranked + [(r, None) for r in newest if r not in in_title], total

    def _window_and_count(self, parts: list[tuple[str, list[Any]]]) -> tuple[list[int], int]:
        """The newest RANK_WINDOW hits of the parts (highest rowids first) and how many hits they
        have, up to COUNT_CAP; the hits past the window are only counted (not handed to Python)."""
        cap = max(RANK_WINDOW, COUNT_CAP)
        newest: list[int] = []
        total = 0
        for sql, params in parts:
            if total >= cap:
                break
            if len(newest) < RANK_WINDOW:
                newest += [r[0] for r in self.db.execute(
                    f"SELECT fts.rowid {sql} ORDER BY fts.rowid DESC LIMIT {RANK_WINDOW - len(newest)}", params)]
                total = len(newest)
                if total < RANK_WINDOW:   # this part has no more hits
                    continue
                sql, params = sql + " AND fts.rowid < ?", params + [newest[-1]]
            # ascending: the count up to a cap does not depend on the order, and FTS5 walks its
            # posting lists forwards faster than backwards
            total += self.db.execute(f"SELECT COUNT(*) FROM (SELECT 1 {sql} LIMIT {cap - total})",
                                     params).fetchone()[0]
        return newest, total

    def _title_matches(self, query: str, filters: Filters, low: int, high: int) -> set[int]:
        """The rowids ``low`` .. ``high`` whose title matches the query, under the filters the index
        holds in each :meth:`_segments` range (a window's rows passed every filter already: these
        only make the walk shorter; no lookups in the name tables). Ascending: FTS5 walks a
        descending range with a lower bound to its very start (60 ms instead of 5 for a rare title
        match at 1 M)."""
        undated = replace(filters, since=None, until=None)
        found: set[int] = set()
        for rowids, dated, named in self._segments(filters):
            first, last = max(low, rowids[0]) if rowids else low, min(high, rowids[1]) if rowids else high
            match = self._full_text_match(query, filters if dated else undated, column="title", names=named)
            if first <= last and match is not None:
                found.update(row[0] for row in self.db.execute(
                    "SELECT rowid FROM fts WHERE fts MATCH ? AND rowid BETWEEN ? AND ?", (match, first, last)))
        return found

    def _bm25_ranked(self, query: str, filters: Filters, hits: list[int]
                     ) -> list[tuple[int, float | None]] | None:
        """``hits`` by bm25 (title 3x body), best first; None when one of the query's phrases is in
        more than BM25_MAX_ARTICLES articles (bm25 would read all of them: the caller orders the
        hits as a window instead). The statement scores only the rows of the hits' rowid range that
        match :meth:`_bm25_match` (the query and the filter tokens every hit's index row holds);
        the hits' set does the rest."""
        for phrase in self.tokenizer.match_phrases(query):
            found = self.db.execute(f"SELECT COUNT(*) FROM (SELECT 1 FROM fts WHERE fts MATCH ? "
                                    f"LIMIT {BM25_MAX_ARTICLES + 1})", (phrase,)).fetchone()[0]
            if found > BM25_MAX_ARTICLES:
                return None
        wanted = set(hits)
        scored = [row for row in self.db.execute(
            f"SELECT rowid, bm25(fts, {TITLE_WEIGHT}, {BODY_WEIGHT}, 0.0) FROM fts WHERE fts MATCH ? "
            f"AND rowid BETWEEN ? AND ?", (self._bm25_match(query, filters, hits), min(hits), max(hits)))
            if row[0] in wanted]
        return sorted(scored, key=lambda row: (row[1], -row[0]))

    def _bm25_match(self, query: str, filters: Filters, hits: list[int]) -> str | None:
        """The query ANDed with the press/section tokens of the filters, and their name tokens
        when every hit is at or below the name-token mark (:mod:`entity_tokens`): bm25 then scores
        the filtered rows only (a word in 10,000 articles with a press filter: 1,300 rows instead of
        10,000, 18 instead of 46 ms at 100,000 articles). The scores are the same to the last bit:
        a phrase's weight (IDF) is counted over the whole table whatever else the expression
        holds, the filter tokens come after the query's phrases and add exactly 0 to a score (the
        ``meta`` column weighs 0), and a row's length is that of all its columns either way. Dates
        stay out (a long range is many tokens, each counted for its weight)."""
        named = filters.has_names and max(hits) <= entity_tokens.through(self.db)
        return self._full_text_match(query, replace(filters, since=None, until=None), names=named)

    def _rows(self, rowids: list[int], scores: list[float | None]) -> list[tuple]:
        """Article columns for ``rowids``, in that order, each with its score."""
        if not rowids:
            return []
        found = {row[0]: row for row in self.db.execute(
            "SELECT a.rowid, a.id, a.title, a.press, a.section, a.published, r.record FROM articles a "
            f"JOIN records r ON r.article = a.rowid WHERE a.rowid IN ({','.join('?' * len(rowids))})", rowids)}
        return [found[r] + (sc,) for r, sc in zip(rowids, scores) if r in found]

    def _hit(self, row: tuple, pattern: Any, width: int) -> Hit:
        rowid, id_, title, press, section, published, blob, score = row
        record = _unpack(blob)
        names = list(dict.fromkeys(r.get("name") for r in record.get("reporters") or [] if r.get("name")))
        body = _body_text(record) or record.get("subtitle") or ""
        return Hit(rowid, id_, title, press, section, published, names, snippet(body, pattern, width),
                   mark(title or "", pattern), score)

    def facets(self, rowids: list[int], top: int = 10) -> dict[str, list[tuple[str, float]]]:
        """Value counts over these articles; ``keyword`` facets sum the keyword weights instead.

        Counted from the precomputed per-article rows of :mod:`facet_index` (articles without
        one, e.g. in an archive a read-only reader has not seen migrated, are read from the
        source tables)."""
        try:
            return facet_index.count(self.db, rowids, top, self._facet_arrays())
        finally:
            if self.db.in_transaction:   # the temp-table writes opened one; end it so the next read sees new data
                self.db.commit()

    def _facet_arrays(self) -> facet_arrays.FacetArrays | None:
        """The process's in-memory facet rows of this archive, once numpy is loaded (a reader that
        stays open, e.g. the web reader, loads it when it starts; a one-off command reads the rows
        it needs)."""
        np = facet_index.numpy
        if np is None or np is facet_index._NOT_LOADED:
            return None
        return facet_arrays.shared(self.path, np)

    def _day_index(self) -> day_counts.DayIndex:
        index = getattr(self, "_days", None)
        if index is None:
            index = self._days = day_counts.DayIndex()
        return index

    def index_facets(self) -> int:
        """Bring the facet rows up to date (creating them on an archive that has none); returns
        how many articles were (re)indexed. Runs on every writable open; writers call it before
        they commit so that the rows are ready when readers look."""
        facet_index.install(self.db)
        return facet_index.refresh(self.db)

    def counts(self, query: str, filters: Filters | None = None, *, interval: str = "day",
               by: str | None = None) -> list[tuple[str, str | None, int]]:
        """Hits per ``day`` or ``week`` (weeks start on Monday), optionally per press or section.

        Without ``by``, the hits are counted per day from the full-text index and an in-memory
        rowid → day array (:mod:`day_counts`), not by reading their article rows."""
        if interval not in ("day", "week"):
            raise ValueError("interval is day or week")
        if by not in (None, "press", "section"):
            raise ValueError("by is press or section")
        if by is None and day_counts.available():
            fast = self._hits_sql(query, filters or Filters(), with_articles=False)
            if fast is None:
                return []
            sql, params, text = fast
            return self._day_index().counts(self.db, sql, params, "fts.rowid" if text else "a.rowid", interval)
        built = self._hits_sql(query, filters or Filters())
        if built is None:
            return []
        sql, params, _ = built
        period = "a.day" if interval == "day" else "date(a.day, 'weekday 0', '-6 days')"
        group = f"a.{by}" if by else "NULL"
        rows = self.db.execute(
            f"SELECT {period} AS period, {group} AS grp, COUNT(*) {sql} AND a.day IS NOT NULL "
            f"GROUP BY period, grp ORDER BY period, grp", params).fetchall()
        return [(p, g, n) for p, g, n in rows]

    def source_done(self, path: str, size: int, mtime_ns: int) -> bool:
        """True when this file (same size and time) was fully added before."""
        row = self.db.execute("SELECT size, mtime_ns FROM sources WHERE path = ?", (path,)).fetchone()
        return row == (size, mtime_ns)

    def enrich_pending(self, batch_size: int = 100) -> int:
        """Enrich the articles that were added with ``enrich=False``; returns how many."""
        done = 0
        while True:
            rows = self.db.execute("SELECT a.id, r.record, a.source, a.extracted_at, a.sinmun_version FROM articles a "
                                   "JOIN records r ON r.article = a.rowid WHERE a.enriched = 0 ORDER BY a.rowid "
                                   "LIMIT ?", (batch_size,)).fetchall()
            if not rows:
                return done
            with self.writer(batch_size, enrich=True) as writer:
                for id_, blob, source, extracted_at, version in rows:
                    record = _unpack(blob)
                    record.update(id=id_, sinmun_version=version)
                    writer.add(record, source=source, extracted_at=extracted_at)
            done += len(rows)

    def integrity(self) -> str:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0]


#: The ``articles`` columns a writer fills, in the order of :attr:`_Row.values`.
_ARTICLE_COLUMNS = ("title", "press", "section", "portal", "published", "day", "url", "dup_cluster", "source",
                    "extracted_at", "sinmun_version", "record_hash", "enriched")
#: What SQLite can store in a column; anything else in a record field is a malformed record.
_BINDABLE = (str, int, float, bytes, type(None))
_BINDABLE_TYPES = frozenset(_BINDABLE)
#: Records tokenised and written together (one vectorised tokeniser call, one executemany each).
FLUSH_ROWS = 256


@dataclass
class PreparedRecord:
    """A record checked and turned into what the archive stores, before any look-up in the archive
    (:func:`prepare_record`). Picklable: a helper process may make it (:mod:`sinmun.archive.ingest`)."""

    key: str
    record: dict[str, Any] | None         # the record without the archive's own fields (None once compressed)
    raw: bytes                            # its JSON (hashed, and stored when there is no enrichment)
    values: tuple                         # _ARTICLE_COLUMNS but ``enriched``; the last one is the record hash
    texts: tuple[str, str]                # title and body, as the tokeniser reads them ("" once tokenised)
    reporters: list[str]
    meta: str
    stored: bytes | None = None           # the stored record without enrichment, made ahead (:meth:`compress`)
    tokens: tuple[str, str] | None = None  # the texts' index tokens, made ahead by the archive's tokeniser

    def compress(self) -> "PreparedRecord":
        """Make the stored record now and drop the JSON it came from (less to hand over between processes);
        such a record is stored without enrichment."""
        self.stored = zlib.compress(self.raw, 1)
        self.record, self.raw = None, b""
        return self

    def tokenised(self, title: str, body: str) -> None:
        """Take the texts' index tokens (made by the archive's tokeniser) in place of the texts."""
        self.tokens, self.texts = (title, body), ("", "")


def prepare_record(data: dict[str, Any], source: str | None = None,
                   extracted_at: str | None = None) -> PreparedRecord:
    """Check a record and compute its columns; TypeError, ValueError, AttributeError or KeyError for a
    malformed one (a bad record: nothing is written)."""
    record = {k: v for k, v in data.items() if k not in _EXTRA_KEYS}
    raw = json.dumps(record, ensure_ascii=False, separators=(",", ":"), default=str).encode("utf-8")
    reporters = _reporter_names(record)
    values = _article_values(record, hashlib.sha1(raw).hexdigest(), data.get("source") or source,
                             extracted_at or data.get("extracted_at") or _now(),
                             data.get("sinmun_version") or __version__)
    _check_storable(values, reporters)
    return PreparedRecord(article_id(data), record, raw, values, (_title_text(record), _body_text(record)),
                          reporters, meta_tokens(record))


@dataclass
class _Row:
    """One record ready to be written: everything that can fail on a malformed record is done."""

    key: str
    old_rowid: int | None                 # the stored article it replaces
    record: dict[str, Any] | None         # as in PreparedRecord
    raw: bytes
    values: tuple
    texts: tuple[str, str]
    reporters: list[str]
    meta: str
    original: bytes | None
    rowid: int = 0
    stored: bytes | None = None
    tokens: tuple[str, str] | None = None


def _article_values(record: dict[str, Any], record_hash: str, source: str | None, extracted_at: str,
                    version: str) -> tuple:
    """The ``articles`` columns of a record (:data:`_ARTICLE_COLUMNS` but ``enriched``)."""
    published = record.get("published") or None
    return (record.get("title"), record.get("press"), record.get("section"), record.get("portal"), published,
            published[:10] if published else None, record.get("canonical_url") or record.get("url"),
            record.get("dup_cluster"), source, extracted_at, version, record_hash)


def _reporter_names(record: dict[str, Any]) -> list:
    return [name for name in dict.fromkeys(r.get("name") for r in record.get("reporters") or []) if name]


def _compressed_original(html: str | None) -> bytes | None:
    return zlib.compress(html.encode("utf-8"), 6) if html is not None else None


def _record_blob(row: "_Row", enrichment: Any) -> bytes:
    """The stored record: its JSON, with the enrichment's nouns when there is one (compressed)."""
    if not enrichment:
        return row.stored if row.stored is not None else zlib.compress(row.raw, 1)
    return _pack(dict(row.record or {}, enrichment={"nouns": sorted(enrichment.nouns)}))


def _check_storable(values: tuple, reporters: list) -> None:
    """TypeError for a field SQLite cannot store (a press that is a dict): a bad record, not a failed batch."""
    if all(type(value) in _BINDABLE_TYPES for value in values) and all(type(name) is str for name in reporters):
        return
    names = _ARTICLE_COLUMNS[:-1] + ("reporter",) * len(reporters)
    for name, value in zip(names, values + tuple(reporters)):
        if not isinstance(value, _BINDABLE):
            raise TypeError(f"{name} is a {type(value).__name__}, not text")


class Writer:
    """Adds records in batched transactions (see :meth:`Archive.writer`).

    :meth:`add` checks a record and decides its outcome at once (a malformed record raises
    there, leaving nothing behind); the rows are written :data:`FLUSH_ROWS` at a time, so that
    tokenising, enrichment and the inserts run once per batch instead of once per record.
    """

    def __init__(self, archive: Archive, batch_size: int, enrich: bool) -> None:
        self.archive = archive
        self.db = archive.db
        self.batch_size = max(1, batch_size)
        self.enrich = enrich
        self.stats = AddStats()
        self._pending = 0
        self._queued: dict[str, _Row] = {}
        #: the name-token mark as the open transaction found it (:mod:`entity_tokens`)
        self._named_through = 0

    def _write_started(self) -> None:
        if not self.db.in_transaction:
            self.db.execute("BEGIN IMMEDIATE")
            self._named_through = entity_tokens.through(self.db)

    def add(self, record: Article | dict[str, Any], *, source: str | None = None,
            original_html: str | None = None, extracted_at: str | None = None) -> str:
        """Insert or update one record; returns ``added``, ``updated`` or ``unchanged``."""
        return self.add_prepared(prepare_record(_as_dict(record), source, extracted_at), original_html=original_html)

    def add_prepared(self, prepared: PreparedRecord, *, original_html: str | None = None) -> str:
        """:meth:`add` of a record :func:`prepare_record` made (here or in another process)."""
        if self.enrich and (prepared.record is None or prepared.tokens is not None):
            raise ValueError("a compressed or tokenised prepared record cannot be enriched")
        self._write_started()
        outcome = self._queue(prepared, original_html)
        setattr(self.stats, outcome, getattr(self.stats, outcome) + 1)
        self._pending += 1
        if self._pending >= self.batch_size:
            self.commit()
        elif len(self._queued) >= FLUSH_ROWS:
            self.flush()
        return outcome

    def mark_source(self, path: str, size: int, mtime_ns: int, articles: int) -> None:
        """Record that a file was fully added (committed with its records)."""
        self._write_started()
        self.db.execute("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?, ?)",
                        (path, size, mtime_ns, articles, _now()))

    def commit(self) -> None:
        self.flush()
        if self.db.in_transaction:
            self.db.commit()
        self._pending = 0

    def rollback(self) -> None:
        self._queued.clear()
        if self.db.in_transaction:
            self.db.rollback()
        self._pending = 0

    def _queue(self, prepared: PreparedRecord, original_html: str | None) -> str:
        """Decide a checked record's outcome against the stored article, and queue it unless it is unchanged."""
        key = prepared.key
        if key in self._queued:  # the same article twice in one batch: the first must be stored to compare
            self.flush()
        old = self.db.execute("SELECT rowid, record_hash, enriched FROM articles WHERE id = ?",
                              (key,)).fetchone()
        if old and self._unchanged(old, prepared.values[-1], original_html):
            return "unchanged"
        self._queued[key] = _Row(key, old[0] if old else None, prepared.record, prepared.raw, prepared.values,
                                 prepared.texts, prepared.reporters, prepared.meta,
                                 _compressed_original(original_html), stored=prepared.stored, tokens=prepared.tokens)
        return "updated" if old else "added"

    def _unchanged(self, old: tuple, record_hash: str, original_html: str | None) -> bool:
        """The stored article has this content, its enrichment if asked for, and the original if one is given."""
        rowid, stored_hash, enriched = old
        return stored_hash == record_hash and bool(enriched or not self.enrich) and (
            original_html is None
            or self.db.execute("SELECT 1 FROM originals WHERE article = ?", (rowid,)).fetchone() is not None)

    def flush(self) -> None:
        """Write the queued rows (in the open transaction)."""
        if not self._queued:
            return
        rows = list(self._queued.values())
        self._queued.clear()
        try:
            self._write_rows(rows)
            if self._named_through:   # the triggers dropped it for the names rewritten here, with their tokens
                entity_tokens.set_through(self.db, self._named_through)
        except (TypeError, ValueError, AttributeError, KeyError) as exc:
            # not one record's fault (add() checked each): the batch is dropped, never reported as a bad record
            self.db.rollback()
            raise sqlite3.DatabaseError(f"writing {len(rows)} records failed: {type(exc).__name__}: {exc}") from exc

    def _write_rows(self, rows: list[_Row]) -> None:
        enrichments = self._enrichments(rows) if self.enrich else [None] * len(rows)
        next_rowid = self.db.execute("SELECT COALESCE(MAX(rowid), 0) + 1 FROM articles").fetchone()[0]
        for row in rows:
            if row.old_rowid is None:  # the rowid SQLite would give: one more than the largest
                row.rowid, next_rowid = next_rowid, next_rowid + 1
            else:
                row.rowid = row.old_rowid
        self._insert_rows(rows, enrichments)

    def _tokens(self, rows: list[_Row]) -> list[str]:
        """Title and body tokens of each row, one flat list; tokenised here where no helper did it."""
        missing = [row for row in rows if row.tokens is None]
        if missing:
            made = self.archive.tokenizer.index_texts([text for row in missing for text in row.texts])
            for i, row in enumerate(missing):
                row.tokens = (made[2 * i], made[2 * i + 1])
        return [text for row in rows for text in row.tokens or ()]

    def _insert_rows(self, rows: list[_Row], enrichments: list) -> None:
        tokens = self._tokens(rows)
        blobs = [_record_blob(row, enrichment) for row, enrichment in zip(rows, enrichments)]
        for row, enrichment in zip(rows, enrichments):  # in order: enrichment weights depend on earlier rows
            if row.old_rowid is not None:
                self._replace(row, enrichment)
            if enrichment:
                self._store_enrichment(row.rowid, enrichment)
        new = [(row.rowid, *row.values, int(bool(enrichment)), row.key)
               for row, enrichment in zip(rows, enrichments) if row.old_rowid is None]
        self.db.executemany(
            f"INSERT INTO articles(rowid, {', '.join(_ARTICLE_COLUMNS)}, id) VALUES ({', '.join('?' * 15)})", new)
        self.db.executemany("INSERT OR REPLACE INTO records VALUES (?, ?)",
                            [(row.rowid, blob) for row, blob in zip(rows, blobs)])
        self.db.executemany("INSERT INTO fts(rowid, title, body, meta) VALUES (?, ?, ?, ?)",
                            [(row.rowid, tokens[2 * i], tokens[2 * i + 1], self._meta(row, enrichment))
                             for i, (row, enrichment) in enumerate(zip(rows, enrichments))])
        self.db.executemany("INSERT INTO reporters VALUES (?, ?)",
                            [(row.rowid, name) for row in rows for name in row.reporters])
        self.db.executemany("INSERT OR REPLACE INTO originals VALUES (?, ?)",
                            [(row.rowid, row.original) for row in rows if row.original is not None])

    def _meta(self, row: _Row, enrichment: Any) -> str:
        """The row's ``meta`` tokens, with its names' tokens at or below the name-token mark."""
        if row.rowid > self._named_through:
            return row.meta
        names = [("reporter", name) for name in row.reporters]
        if enrichment:
            names += [(kind, value) for kind, values in (("person", enrichment.people), ("org", enrichment.orgs),
                                                         ("place", enrichment.places)) for value in values]
        return reorder.meta_text(row.meta, entity_tokens.joined(names))

    def _replace(self, row: _Row, enrichment: Any) -> None:
        """Forget the stored version of an article and update its row (its new index rows follow)."""
        old_record = self.db.execute("SELECT record FROM records WHERE article = ?", (row.rowid,)).fetchone()[0]
        self._forget(row.rowid, _unpack(old_record))
        self.db.execute("UPDATE articles SET " + ", ".join(f"{c}=?" for c in _ARTICLE_COLUMNS) + " WHERE rowid=?",
                        row.values + (1 if enrichment else 0, row.rowid))

    def _forget(self, rowid: int, old_record: dict[str, Any]) -> None:
        """Remove an article's index rows before it is written again."""
        tokenizer = self.archive.tokenizer
        meta = meta_tokens(old_record)
        if rowid <= self._named_through:   # its index row holds its names' tokens: delete those too
            meta = reorder.meta_text(meta, entity_tokens.stored(self.db, rowid, rowid).get(rowid))
        self.db.execute("INSERT INTO fts(fts, rowid, title, body, meta) VALUES ('delete', ?, ?, ?, ?)",
                        (rowid, tokenizer.index_text(_title_text(old_record)),
                         tokenizer.index_text(_body_text(old_record)), meta))
        self.db.execute("DELETE FROM reporters WHERE article = ?", (rowid,))
        self.db.execute("DELETE FROM entities WHERE article = ?", (rowid,))
        old_nouns = (old_record.get("enrichment") or {}).get("nouns") or []
        if old_nouns:
            self.db.executemany("UPDATE term_df SET df = df - 1 WHERE term = ?", [(n,) for n in old_nouns])
            self.db.execute("UPDATE meta SET value = value - 1 WHERE key = 'enriched_count'")

    def _enrichments(self, rows: list[_Row]) -> list:
        """The analysis of each record, through the analyser's batch API."""
        from .enrich import analyse_many
        return analyse_many([row.texts for row in rows])

    def _store_enrichment(self, rowid: int, enrichment) -> None:
        from .enrich import KEYWORDS_PER_ARTICLE
        self.db.executemany("INSERT INTO term_df VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1",
                            [(n,) for n in enrichment.nouns])
        self.db.execute("INSERT INTO meta VALUES ('enriched_count', 1) "
                        "ON CONFLICT(key) DO UPDATE SET value = value + 1")
        total = int(self.db.execute("SELECT value FROM meta WHERE key = 'enriched_count'").fetchone()[0])
        weights = []
        for noun, tf in enrichment.nouns.items():
            df = self.db.execute("SELECT df FROM term_df WHERE term = ?", (noun,)).fetchone()[0]
            weights.append((noun, tf * math.log((1 + total) / df)))
        weights.sort(key=lambda item: (-item[1], item[0]))
        rows = [(rowid, "keyword", n, round(w, 3)) for n, w in weights[:KEYWORDS_PER_ARTICLE] if w > 0]
        rows += [(rowid, "person", p, float(c)) for p, c in enrichment.people.items()]
        rows += [(rowid, "org", o, float(c)) for o, c in enrichment.orgs.items()]
        rows += [(rowid, "place", p, float(c)) for p, c in enrichment.places.items()]
        self.db.executemany("INSERT INTO entities VALUES (?, ?, ?, ?)", rows)
