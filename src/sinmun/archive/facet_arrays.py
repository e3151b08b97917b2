"""The facet rows of the whole archive in memory, for a reader that stays open (the web reader).

Reading a window's 2,000 facet rows from ``article_facets`` costs ~6 µs a row (a b-tree lookup
each, ~12 ms a query); here a reader loads every row once into numpy arrays indexed by rowid
(the codes back to back, an offset per rowid, the keyword weights apart) and a window's rows are
gathered in well under a millisecond. The arrays hold the same bytes as the rows, so the counts
are the same to the last digit.

One copy per process and archive (:func:`shared`). Kept right without guessing: rows of
articles added later (rowids above what was loaded) are appended; any other change to a row
(its article changed, or a stale article got its row again) bumps the ``facets_generation``
counter in ``meta`` (triggers that :func:`install` adds), and the arrays are then loaded again.
A window holding an article without a row is not answered here (:meth:`gather` returns None)
and the caller counts it from SQLite. Loading reads the table in rowid ranges, each range as one
row of concatenated blobs (no Python loop over articles): ~1 s and ~230 bytes an article.
"""
from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

#: ``meta`` key: bumped by a trigger whenever a facet row of an already indexed article changes
GENERATION = "facets_generation"
#: rowids per loading statement
LOAD_RANGE = 200_000

_BUMP = (f"INSERT INTO meta VALUES ('{GENERATION}', '1') "
         f"ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")
#: rows deleted, updated, or inserted at or below the watermark (a stale article's row again)
TRIGGERS = f"""
CREATE TRIGGER IF NOT EXISTS facet_rows_delete AFTER DELETE ON article_facets BEGIN {_BUMP}; END;
CREATE TRIGGER IF NOT EXISTS facet_rows_update AFTER UPDATE ON article_facets BEGIN {_BUMP}; END;
CREATE TRIGGER IF NOT EXISTS facet_rows_insert AFTER INSERT ON article_facets
WHEN NEW.article <= CAST(COALESCE((SELECT value FROM meta WHERE key = 'facets_through'), 0) AS INTEGER)
BEGIN {_BUMP}; END"""


def install(db: sqlite3.Connection) -> None:
    """Add the generation triggers (in the caller's transaction)."""
    for statement in TRIGGERS.split(";\n"):
        if statement.strip():
            db.execute(statement)


def tracked(db: sqlite3.Connection) -> bool:
    """True when the archive's writers keep the generation counter (the triggers exist)."""
    return db.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'facet_rows_%'"
                      ).fetchone()[0] == 3


def _generation(db: sqlite3.Connection) -> int:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (GENERATION,)).fetchone()
    return int(row[0]) if row else 0


_SHARED: dict[str, "FacetArrays"] = {}
_SHARED_LOCK = threading.Lock()


def shared(path: Path, np: Any) -> "FacetArrays":
    """The arrays of the archive at ``path``, one per process (the web reader's threads each
    have a connection of their own; they share these)."""
    key = str(path.resolve())
    with _SHARED_LOCK:
        arrays = _SHARED.get(key)
        if arrays is None or arrays.np is not np:
            arrays = _SHARED[key] = FacetArrays(np)
        return arrays


class FacetArrays:
    """rowid → the article's facet codes (keywords first) and keyword weights, for one archive."""

    def __init__(self, np: Any) -> None:
        self.np = np
        self._lock = threading.Lock()
        self._generation = -1
        self._empty()

    def _empty(self) -> None:
        np = self.np
        self.through = 0
        self.present = np.zeros(1, dtype=bool)
        self.code_starts = np.zeros(2, dtype=np.int64)     # codes of rowid r: code_starts[r]:code_starts[r + 1]
        self.weight_starts = np.zeros(2, dtype=np.int64)   # its keyword weights (and codes: the first ones)
        self.codes = np.zeros(0, dtype="<i4")
        self.weights = np.zeros(0, dtype="<f8")

    def rows(self, db: sqlite3.Connection, rowids: list[int]) -> tuple[Any, Any, Any] | None:
        """:meth:`gather` after bringing the arrays up to the database (``db``, a connection to
        it); None when they cannot answer."""
        with self._lock:
            return self.gather(rowids) if self.sync(db) else None

    def sync(self, db: sqlite3.Connection) -> bool:
        """Bring the arrays up to the database: two lookups when nothing changed, the new rows
        when articles were added, everything again when a loaded row changed. False when the
        archive's writers keep no generation (no triggers): the arrays cannot follow it."""
        if not tracked(db):
            return False
        generation = _generation(db)
        last = db.execute("SELECT MAX(article) FROM article_facets").fetchone()[0] or 0
        if generation != self._generation or last < self.through:
            self._empty()
            self._generation = generation
        if last > self.through:
            self._append(db, last)
        return True

    def _append(self, db: sqlite3.Connection, last: int) -> None:
        """Load the rows of rowids ``self.through + 1 .. last``."""
        np = self.np
        parts = [_load_range(np, db, start, min(start + LOAD_RANGE - 1, last))
                 for start in range(self.through + 1, last + 1, LOAD_RANGE)]
        size = last + 1
        present = np.zeros(size, dtype=bool)
        present[:len(self.present)] = self.present
        code_counts = np.zeros(size, dtype=np.int64)
        weight_counts = np.zeros(size, dtype=np.int64)
        code_counts[:self.through + 1] = np.diff(self.code_starts)[:self.through + 1]
        weight_counts[:self.through + 1] = np.diff(self.weight_starts)[:self.through + 1]
        for articles, n_codes, n_weights, _, _ in parts:
            present[articles] = True
            code_counts[articles] = n_codes
            weight_counts[articles] = n_weights
        self.present = present
        self.code_starts = np.concatenate(([0], np.cumsum(code_counts)))
        self.weight_starts = np.concatenate(([0], np.cumsum(weight_counts)))
        self.codes = np.concatenate([self.codes] + [p[3] for p in parts])
        self.weights = np.concatenate([self.weights] + [p[4] for p in parts])
        self.through = last

    def gather(self, rowids: list[int]) -> tuple[Any, Any, Any] | None:
        """All codes of these articles, their keyword codes and keyword weights, in rowid order
        (as :func:`facet_index._rows_of` gives them); None when one of them has no row here."""
        np = self.np
        ordered = np.unique(np.asarray(rowids, dtype=np.int64))
        if len(ordered) and (ordered[0] < 0 or ordered[-1] > self.through or not self.present[ordered].all()):
            return None
        starts, ends = self.code_starts[ordered], self.code_starts[ordered + 1]
        weight_starts, weight_ends = self.weight_starts[ordered], self.weight_starts[ordered + 1]
        all_codes = self.codes[_ranges(np, starts, ends)]
        keyword_codes = self.codes[_ranges(np, starts, starts + (weight_ends - weight_starts))]
        return all_codes, keyword_codes, self.weights[_ranges(np, weight_starts, weight_ends)]


def _ranges(np: Any, starts: Any, ends: Any) -> Any:
    """The indices ``starts[0]..ends[0]-1, starts[1]..ends[1]-1, …`` as one array."""
    lengths = ends - starts
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    offsets = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
    return offsets + np.arange(total, dtype=np.int64)


def _load_range(np: Any, db: sqlite3.Connection, first: int, last: int) -> tuple[Any, Any, Any, Any, Any]:
    """The rows of rowids ``first..last``: their articles, code and weight counts, codes, weights.
    One statement returns them as concatenated strings and blobs, in rowid order."""
    articles, code_bytes, weight_bytes, codes, weights = db.execute(
        "SELECT group_concat(article), group_concat(length(codes)), group_concat(length(weights)), "
        "CAST(group_concat(codes, '') AS BLOB), CAST(group_concat(weights, '') AS BLOB) "
        "FROM (SELECT article, codes, weights FROM article_facets WHERE article BETWEEN ? AND ? ORDER BY article)",
        (first, last)).fetchone()
    if not articles:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty, np.zeros(0, dtype="<i4"), np.zeros(0, dtype="<f8")
    return (np.fromstring(articles, dtype=np.int64, sep=","),
            np.fromstring(code_bytes, dtype=np.int64, sep=",") // 4,
            np.fromstring(weight_bytes, dtype=np.int64, sep=",") // 8,
            np.frombuffer(codes or b"", dtype="<i4"), np.frombuffer(weights or b"", dtype="<f8"))
