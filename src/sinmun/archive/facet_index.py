"""Precomputed facet rows: what a search's facets count, one small row per article.

Counting facets the plain way (``GROUP BY value`` over the ``entities`` rows of the hits) reads
~25 text rows per article; on a million articles a query's facets took seconds. Here each article
has one row in ``article_facets``: the integer codes of all its facet values (press, section,
reporters, keywords, people, organisations, places) packed in a blob, and its keyword weights.
Counting the facets of 2,000 hits reads 2,000 rows by primary key and counts integers.

The rows are derived data, kept right by SQLite itself: triggers on ``articles``, ``entities``
and ``reporters`` drop an article's row and list the article in ``facets_stale`` whenever its
source rows change, whoever writes them (also older sinmun versions). :func:`refresh` builds the
rows of stale articles and of articles added since it last ran (rowids above a watermark in
``meta``); a reader that meets an article without a row computes it from the source tables, so
facets are exact either way, only slower for articles not yet refreshed. New articles cost the
write path nothing (no trigger fires for an article that has no row yet).
"""
from __future__ import annotations

import sqlite3
import sys
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from . import facet_arrays

_NOT_LOADED: Any = object()
#: numpy, imported on first need (None when it is not installed): a one-off ``sinmun search`` counts its
#: window faster in Python than it could import numpy (~0.1 s); a server loads it once (:func:`load_numpy`).
numpy: Any = _NOT_LOADED
#: a window with more codes than this is worth importing numpy for, even in a one-off command
NUMPY_WORTH_IMPORTING = 500_000


def load_numpy() -> Any:
    """numpy (imported now if it was not), or None when it is not installed."""
    global numpy
    if numpy is _NOT_LOADED:
        loaded: Any
        try:
            import numpy as loaded
        except ImportError:  # pragma: no cover - numpy comes with the chart extras
            loaded = None
        numpy = loaded
    return numpy


def _numpy_for(size: int) -> Any:
    """numpy for counting ``size`` codes: when already loaded, or when the window is big enough."""
    if numpy is _NOT_LOADED and size <= NUMPY_WORTH_IMPORTING and "numpy" not in sys.modules:
        return None
    return load_numpy()

#: Facet kinds in code order: a value's code is ``id * KIND_SLOTS + kind index``.
KINDS = ("press", "section", "reporter", "keyword", "person", "org", "place")
KIND_SLOTS = 8
_KIND_INDEX = {kind: i for i, kind in enumerate(KINDS)}
#: Kinds whose facet sums the weights of the rows instead of counting them.
WEIGHTED = ("keyword",)
REFRESH_BATCH = 5_000
#: ``meta`` key: articles up to this rowid have a facet row or are listed in ``facets_stale``.
WATERMARK = "facets_through"
#: Rowids per ``IN (...)`` list (SQLite allows 32,766 parameters since 3.32, 999 before).
MAX_PARAMETERS = 999
_SOURCES = (("articles", "rowid"), ("entities", "article"), ("reporters", "article"))

SCHEMA = """
CREATE TABLE IF NOT EXISTS facet_values(
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, value TEXT NOT NULL, UNIQUE(kind, value));
-- codes: int32 codes of the article's facet values, keywords first; weights: float64 weight of each keyword
CREATE TABLE IF NOT EXISTS article_facets(article INTEGER PRIMARY KEY, codes BLOB NOT NULL, weights BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS facets_stale(article INTEGER PRIMARY KEY);
"""


def _triggers() -> str:
    """A change to an article that has a facet row drops the row and lists the article as stale.
    (Articles without a row need nothing: they are stale already or above the watermark.)"""
    statements = []
    for table, key in _SOURCES:
        for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
            if (table != "articles" and event == "UPDATE") or (table == "articles" and event == "INSERT") \
                    or (table == "reporters" and event == "INSERT"):
                continue   # articles are inserted without rows; writers add reporters after updating the article
            statements.append(
                f"CREATE TRIGGER IF NOT EXISTS facets_{table}_{event.lower()} AFTER {event} ON {table} "
                f"WHEN EXISTS (SELECT 1 FROM article_facets WHERE article = {row}.{key}) BEGIN "
                f"DELETE FROM article_facets WHERE article = {row}.{key}; "
                f"INSERT OR IGNORE INTO facets_stale VALUES ({row}.{key}); END;")
    return "\n".join(statements)


def installed(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'article_facets'").fetchone() \
        is not None


def install(db: sqlite3.Connection) -> bool:
    """Create the tables and triggers (on an archive that had none, every article is then above
    the watermark, so :func:`refresh` indexes them all). Returns True when the index was new."""
    new = not installed(db)
    with db:
        for statement in (SCHEMA + _triggers()).split(";\n"):
            if statement.strip():
                db.execute(statement)
        facet_arrays.install(db)
        if new:
            db.execute("DELETE FROM meta WHERE key = ?", (WATERMARK,))
    return new


def _watermark(db: sqlite3.Connection) -> int:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (WATERMARK,)).fetchone()
    return int(row[0]) if row else 0


def refresh(db: sqlite3.Connection, batch: int = REFRESH_BATCH) -> int:
    """Build the rows of the stale articles and of those added since the last refresh (rowids
    above the watermark), ``batch`` articles per transaction; returns how many."""
    done = 0
    while True:
        with db:
            stale = [r[0] for r in db.execute("SELECT article FROM facets_stale LIMIT ?", (batch,))]
            newer = [] if stale else [r[0] for r in db.execute(
                "SELECT rowid FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?", (_watermark(db), batch))]
            if not stale and not newer:
                return done
            rows = compute(db, stale or newer, Codes(db), assign=True)
            db.executemany("INSERT OR REPLACE INTO article_facets VALUES (?, ?, ?)",
                           [(article, _pack(codes, "i"), _pack(weights, "d")) for article, (codes, weights)
                            in rows.items()])
            db.executemany("DELETE FROM facets_stale WHERE article = ?", [(a,) for a in stale])
            if newer:
                db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (WATERMARK, str(newer[-1])))
        done += len(stale or newer)


def _pack(values: Sequence[float], kind: str) -> bytes:
    packed = array(kind, values)
    if sys.byteorder == "big":
        packed.byteswap()
    return packed.tobytes()


def _unpack(blob: bytes, kind: str) -> array:
    values = array(kind)
    values.frombytes(blob)
    if sys.byteorder == "big":
        values.byteswap()
    return values


def _source_values(db: sqlite3.Connection, articles: list[int]) -> dict[int, list[tuple[str, str, float]]]:
    """(kind, value, weight) of each article, from ``articles``, ``reporters`` and ``entities``."""
    out: dict[int, list[tuple[str, str, float]]] = {}
    db.execute("CREATE TEMP TABLE IF NOT EXISTS facet_source(article INTEGER PRIMARY KEY)")
    db.execute("DELETE FROM temp.facet_source")
    db.executemany("INSERT OR IGNORE INTO temp.facet_source VALUES (?)", ((a,) for a in articles))
    for article, press, section in db.execute(
            "SELECT a.rowid, a.press, a.section FROM temp.facet_source s CROSS JOIN articles a "
            "ON a.rowid = s.article"):
        out[article] = [(kind, value, 1.0) for kind, value in (("press", press), ("section", section))
                        if value is not None]
    for article, name in db.execute("SELECT r.article, r.name FROM temp.facet_source s CROSS JOIN reporters r "
                                    "ON r.article = s.article"):
        if article in out:
            out[article].append(("reporter", name, 1.0))
    for article, kind, value, weight in db.execute(
            "SELECT e.article, e.kind, e.value, e.weight FROM temp.facet_source s CROSS JOIN entities e "
            "ON e.article = s.article"):
        if kind in _KIND_INDEX and article in out:
            out[article].append((kind, value, weight))
    db.execute("DELETE FROM temp.facet_source")
    return out


class Codes:
    """(kind, value) ↔ integer code. Values not in ``facet_values`` yet get negative codes that
    live only in this object (a read-only reader cannot add them)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.local: dict[int, tuple[str, str]] = {}
        self._local_codes: dict[tuple[str, str], int] = {}
        self.stored = installed(db)

    def assign(self, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
        """Codes of these pairs, giving stored ids to new ones (needs a writable connection)."""
        pending = sorted(set(pairs))
        self.db.executemany("INSERT OR IGNORE INTO facet_values(kind, value) VALUES (?, ?)", pending)
        return {pair: self._stored_code(pair) or 0 for pair in pending}

    def find(self, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
        """Codes of these pairs without writing: stored ones, else local negative ones."""
        out = {}
        for pair in set(pairs):
            code = self._stored_code(pair) if self.stored else None
            if code is None:
                code = self._local_codes.get(pair)
                if code is None:
                    code = self._local_codes[pair] = -1 - len(self._local_codes)
                    self.local[code] = pair
            out[pair] = code
        return out

    def _stored_code(self, pair: tuple[str, str]) -> int | None:
        row = self.db.execute("SELECT id FROM facet_values WHERE kind = ? AND value = ?", pair).fetchone()
        return row[0] * KIND_SLOTS + _KIND_INDEX[pair[0]] if row else None

    def kind(self, code: int) -> str:
        return KINDS[code % KIND_SLOTS] if code >= 0 else self.local[code][0]

    def values(self, codes: list[int]) -> dict[int, str]:
        """The value each code stands for."""
        out = {code: self.local[code][1] for code in codes if code < 0}
        stored = sorted({code // KIND_SLOTS for code in codes if code >= 0})
        for start in range(0, len(stored), 500):
            chunk = stored[start:start + 500]
            for id_, kind, value in self.db.execute(
                    f"SELECT id, kind, value FROM facet_values WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                out[id_ * KIND_SLOTS + _KIND_INDEX[kind]] = value
        return out


def compute(db: sqlite3.Connection, articles: list[int], codes: Codes, *, assign: bool = False
            ) -> dict[int, tuple[list[int], list[float]]]:
    """Codes and keyword weights of each article, from the source tables."""
    values = _source_values(db, articles)
    pairs = [(kind, value) for rows in values.values() for kind, value, _ in rows]
    known = codes.assign(pairs) if assign else codes.find(pairs)
    out = {}
    for article, rows in values.items():
        keywords = [(known[(kind, value)], weight) for kind, value, weight in rows if kind in WEIGHTED]
        others = [known[(kind, value)] for kind, value, _ in rows if kind not in WEIGHTED]
        out[article] = ([c for c, _ in keywords] + others, [w for _, w in keywords])
    return out


def count(db: sqlite3.Connection, articles: list[int], top: int, arrays: facet_arrays.FacetArrays | None = None
          ) -> dict[str, list[tuple[str, float]]]:
    """The ``top`` values of each kind over these articles, most frequent first, ties by value:
    the number of articles for each value, the summed weight (2 decimals) for keywords.

    The articles' rows come from ``arrays`` when given and able to answer (a reader that keeps
    them in memory), else from SQLite. Only the values that can make a kind's top ``top`` leave
    the counting step (numpy's ``partition`` when numpy is loaded); only those are rounded by
    SQLite and looked up by id."""
    codes = Codes(db)
    gathered = arrays.rows(db, articles) if arrays is not None else None
    if gathered is not None:
        by_kind = _contenders_numpy(arrays.np, codes, *gathered, top)  # type: ignore[union-attr]
    else:
        all_codes, keyword_codes, keyword_weights = _rows_of(db, articles, codes)
        np = _numpy_for(len(all_codes) // 4)
        if np is None:
            by_kind = _contenders_python(codes, all_codes, keyword_codes, keyword_weights, top)
        else:
            by_kind = _contenders_numpy(np, codes, np.frombuffer(all_codes, dtype="<i4"),
                                        np.frombuffer(keyword_codes, dtype="<i4"),
                                        np.frombuffer(keyword_weights, dtype="<f8"), top)
    for kind in WEIGHTED:
        rounded = _sql_round(db, {code: total for total, code in by_kind[kind]})
        by_kind[kind] = [(rounded[code], code) for _, code in by_kind[kind]]
    return {kind: _top(candidates, top, codes) for kind, candidates in by_kind.items()}


#: Rounding to 2 decimals moves a sum by at most 0.005: a keyword whose raw sum is more than this
#: below the ``top``-th raw sum rounds strictly below it, so it cannot make the cut.
ROUNDING_SLACK = 0.011


def _cut(measures: list[float], top: int, slack: float) -> float:
    """The smallest measure that can still make a top ``top`` (ties and rounding kept in)."""
    if len(measures) <= top or top <= 0:
        return float("-inf")
    return sorted(measures, reverse=True)[top - 1] - slack


def _contenders_python(codes: Codes, all_codes: bytes, keyword_codes: bytes, keyword_weights: bytes,
                       top: int) -> dict[str, list[tuple[float, int]]]:
    """(measure, code) of each kind's values that can make its top ``top``; keywords by raw summed weight."""
    sums: dict[int, float] = {}
    for code, weight in zip(_unpack(keyword_codes, "i"), _unpack(keyword_weights, "d")):
        sums[code] = sums.get(code, 0.0) + weight
    by_kind: dict[str, list[tuple[float, int]]] = {kind: [] for kind in KINDS}
    for code, n in Counter(_unpack(all_codes, "i")).items():
        kind = codes.kind(code)
        by_kind[kind].append((sums[code] if kind in WEIGHTED else n, code))
    for kind, candidates in by_kind.items():
        cut = _cut([m for m, _ in candidates], top, ROUNDING_SLACK if kind in WEIGHTED else 0.0)
        by_kind[kind] = [(m, c) for m, c in candidates if m >= cut]
    return by_kind


def _contenders_numpy(np: Any, codes: Codes, all_codes: Any, keyword_codes: Any, keyword_weights: Any,
                      top: int) -> dict[str, list[tuple[float, int]]]:
    """:func:`_contenders_python` with numpy arrays: a window's ~50,000 codes count in about a
    millisecond. Keyword weights are summed by ``bincount`` in the order given (rowid order, as
    SQL's ``SUM``)."""
    values, counts = np.unique(all_codes, return_counts=True)
    keys, inverse = np.unique(keyword_codes, return_inverse=True)
    sums = np.bincount(inverse, weights=keyword_weights, minlength=len(keys))
    stored, kinds = values >= 0, values % KIND_SLOTS
    by_kind: dict[str, list[tuple[float, int]]] = {}
    for index, kind in enumerate(KINDS):
        if kind in WEIGHTED:   # keyword_codes holds keywords only
            chosen, measures, slack = keys[keys >= 0], sums[keys >= 0], ROUNDING_SLACK
        else:
            chosen, measures, slack = values[stored & (kinds == index)], counts[stored & (kinds == index)], 0.0
        if len(measures) > top > 0:
            cut = np.partition(measures, len(measures) - top)[len(measures) - top] - slack
            chosen, measures = chosen[measures >= cut], measures[measures >= cut]
        by_kind[kind] = list(zip(measures.tolist(), chosen.tolist()))
    if not stored.all():   # values only this reader knows (articles not indexed yet): few, all kept
        local_sums = dict(zip(keys.tolist(), sums.tolist()))
        for code, n in zip(values[~stored].tolist(), counts[~stored].tolist()):
            kind = codes.kind(code)
            by_kind[kind].append((local_sums[code] if kind in WEIGHTED else n, code))
    return by_kind


def _sql_round(db: sqlite3.Connection, sums: dict[int, float]) -> dict[int, float]:
    """The sums rounded to 2 decimals by SQLite's ``round()``, as the SQL grouping rounds them
    (it rounds 159.27499999999998 to 159.28, Python's ``round`` to 159.27)."""
    keys = list(sums)
    out: dict[int, float] = {}
    for start in range(0, len(keys), MAX_PARAMETERS):
        chunk = keys[start:start + MAX_PARAMETERS]
        row = db.execute("SELECT " + ",".join(["round(?, 2)"] * len(chunk)), [sums[k] for k in chunk]).fetchone()
        out.update(zip(chunk, row))
    return out


def _top(candidates: list[tuple[float, int]], top: int, codes: Codes) -> list[tuple[str, float]]:
    """Best ``top`` by measure then value; only the values that can make the cut are looked up."""
    if not candidates or top <= 0:
        return []
    candidates.sort(reverse=True)
    cut = candidates[min(top, len(candidates)) - 1][0]
    contenders = [(m, c) for m, c in candidates if m >= cut]
    names = codes.values([c for _, c in contenders])
    return sorted(((names[c], m) for m, c in contenders), key=lambda item: (-item[1], item[0]))[:top]


def _parameter_limit(db: sqlite3.Connection) -> int:
    """How many ``?`` one statement may hold on this connection (999 on SQLite before 3.32)."""
    try:
        return max(MAX_PARAMETERS, db.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) - 1)
    except AttributeError:   # pragma: no cover - Connection.getlimit is new in Python 3.11
        return MAX_PARAMETERS


def _rows_of(db: sqlite3.Connection, articles: list[int], codes: Codes) -> tuple[bytes, bytes, bytes]:
    """All codes of these articles (little-endian int32), and apart the keyword codes with their
    weights (float64): from the stored rows, read in one statement per ``_parameter_limit``
    rowids, else computed now. In rowid order, the order in which SQL's ``SUM`` adds the
    weights, so that the rounded sums are the same to the last digit."""
    ordered = sorted(set(articles))
    stored: dict[int, tuple[bytes, bytes]] = {}
    if codes.stored:
        step = _parameter_limit(db)
        for start in range(0, len(ordered), step):
            chunk = ordered[start:start + step]
            stored.update((article, (packed, weights)) for article, packed, weights in db.execute(
                f"SELECT article, codes, weights FROM article_facets WHERE article IN ({','.join('?' * len(chunk))})",
                chunk))
    missing = [a for a in ordered if a not in stored]
    if missing:
        for article, (article_codes, article_weights) in compute(db, missing, codes).items():
            stored[article] = (_pack(article_codes, "i"), _pack(article_weights, "d"))
    rows = [stored[a] for a in ordered if a in stored]
    return (b"".join(packed for packed, _ in rows),   # a keyword's code is 4 bytes, its weight 8:
            b"".join(packed[:len(weights) // 2] for packed, weights in rows),
            b"".join(weights for _, weights in rows))
