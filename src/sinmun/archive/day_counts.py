"""Hits per day without reading article rows: the trend of a word found in most articles.

Grouping the hits of a common word by ``articles.day`` looks up one article row per hit (~1.5 s
for 900,000 hits). Here the archive's days are read once into an array indexed by rowid (from
the ``articles(day)`` index, a few hundred rows of rowid lists), the query's hits come out of the
full-text index as one ``group_concat`` string, and numpy counts them per day. The array is
reloaded when the database changed (``PRAGMA data_version`` for other connections' commits,
``total_changes`` for this one's writes).

numpy comes with the chart extras (matplotlib needs it); without numpy, :func:`available` is
False and callers keep the SQL grouping.
"""
from __future__ import annotations

import sqlite3
from typing import Any

from . import facet_index

_NOT_LOADED: Any = object()
#: numpy, imported when a trend first needs it (None when it is not installed): a search never pays for it
numpy: Any = _NOT_LOADED


def available() -> bool:
    global numpy
    if numpy is _NOT_LOADED:
        numpy = facet_index.load_numpy()
    return numpy is not None


class DayIndex:
    """rowid → day code (0: no day; i: ``days[i - 1]``) for one connection."""

    def __init__(self) -> None:
        self._version: tuple[int, int] | None = None
        self.days: list[str] = []
        self.codes: Any = None
        self._weeks: dict[str, str | None] = {}

    def _load(self, db: sqlite3.Connection) -> None:
        version = (db.execute("PRAGMA data_version").fetchone()[0], db.total_changes)
        if version == self._version:
            return
        last = db.execute("SELECT MAX(rowid) FROM articles").fetchone()[0] or 0
        codes = numpy.zeros(last + 1, dtype=numpy.int32)
        days = []
        for day, rowids in db.execute("SELECT day, group_concat(rowid) FROM articles WHERE day IS NOT NULL "
                                      "GROUP BY day ORDER BY day"):
            days.append(day)
            codes[_rowids(rowids)] = len(days)
        self.days, self.codes, self._weeks, self._version = days, codes, {}, version

    def counts(self, db: sqlite3.Connection, hits_sql: str, params: list[Any], rowid: str, interval: str
               ) -> list[tuple[Any, Any, int]]:
        """(period, None, hits) per period in period order, like ``Archive.counts`` without ``by``
        (the period is None for a week of a day SQLite cannot read, as in the SQL grouping);
        ``hits_sql`` is the FROM/WHERE of the hits and ``rowid`` their rowid column."""
        self._load(db)
        joined = db.execute(f"SELECT group_concat({rowid}) {hits_sql}", params).fetchone()[0]
        if not joined:
            return []
        hits = _rowids(joined)
        per_day = numpy.bincount(self.codes[hits[hits < len(self.codes)]], minlength=len(self.days) + 1)
        rows = [(self.days[code - 1], int(per_day[code])) for code in numpy.flatnonzero(per_day[1:]) + 1]
        if interval == "day":
            return [(day, None, n) for day, n in rows]
        totals: dict[str | None, int] = {}
        for day, n in rows:
            week = self._week(db, day)
            totals[week] = totals.get(week, 0) + n
        return [(week, None, totals[week]) for week in sorted(totals, key=lambda w: (w is not None, w or ""))]

    def _week(self, db: sqlite3.Connection, day: str) -> str | None:
        """The Monday starting the day's week, computed by SQLite as the SQL grouping does."""
        if day not in self._weeks:
            self._weeks[day] = db.execute("SELECT date(?, 'weekday 0', '-6 days')", (day,)).fetchone()[0]
        return self._weeks[day]


def _rowids(joined: str) -> Any:
    return numpy.fromstring(joined, dtype=numpy.int64, sep=",")
