"""Rebuild an archive with its rowids in publication order, so that a date range is a rowid range.

A date filter in the full-text index is a disjunction of month and day tokens (``meta`` column);
FTS5 walks every one of their posting lists. When rowids follow the publication date, the same
filter is a ``rowid BETWEEN`` bound, which FTS5 applies inside each posting list: a query for a
common word in one month of a year reads a twelfth of its postings.

:func:`rebuild` copies an archive into a new file, numbering its articles by (day, published, old
rowid), articles without a date first; every table is copied with the new numbers and the
full-text index is written again from the stored records, as one merged segment. The new file
notes in ``meta`` (:data:`ORDERED_THROUGH`) the last rowid of that ordered run, and per day the
first and last rowid (``ordered_days``). Articles added later get rowids above it; a search
reads them with the date tokens as before (:func:`ordered_range`). A change of an ordered
article's day drops the note (a trigger), and the archive is searched the old way from then on.

Scores are unchanged by the numbering (bm25 does not read rowids); what moves is the order
between hits of equal score and which hits count as the newest (those with the highest rowid:
the newest published instead of the last added).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from . import entity_tokens

#: ``meta`` key: rowids 1 .. this value follow (day, published)
ORDERED_THROUGH = "date_ordered_through"
#: articles re-indexed per statement batch
CHUNK = 5_000
#: page cache of each database the rebuild reads or writes (KiB)
REBUILD_CACHE_KIB = 1 << 20
#: chunks per transaction while re-indexing (each commit writes the index one segment)
COMMIT_CHUNKS = 10

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS ordered_days(day TEXT PRIMARY KEY, first INTEGER NOT NULL, last INTEGER NOT NULL);
CREATE TRIGGER IF NOT EXISTS ordered_day_changed AFTER UPDATE OF day ON articles
WHEN OLD.day IS NOT NEW.day AND NEW.rowid <= CAST(COALESCE(
    (SELECT value FROM meta WHERE key = '{ORDERED_THROUGH}'), 0) AS INTEGER)
BEGIN DELETE FROM meta WHERE key = '{ORDERED_THROUGH}'; END"""

#: tables keyed by article (column holding the article's rowid), copied in this order (entities
#: and reporters before article_facets: their triggers only act on articles that have a facet row)
_BY_ARTICLE = (("records", "article"), ("originals", "article"), ("reporters", "article"),
               ("entities", "article"), ("article_facets", "article"), ("facets_stale", "article"))
_VERBATIM = ("facet_values", "term_df", "sources")


def ordered_through(db: sqlite3.Connection) -> int:
    """The last rowid of the archive's date-ordered run (0 when it has none)."""
    return entity_tokens.meta_rowid(db, ORDERED_THROUGH)


def ordered_range(db: sqlite3.Connection, since: str | None, until: str | None) -> tuple[int, int] | None:
    """The rowids (first, last) of the ordered run's articles dated ``since`` .. ``until``
    (inclusive days; None: open end); (1, 0) when none is; None when the archive has no ordered run."""
    through = ordered_through(db)
    if not through:
        return None
    first, last = db.execute("SELECT MIN(first), MAX(last) FROM ordered_days WHERE day >= ? AND day <= ?",
                             (since or "", until or "\uffff")).fetchone()
    return (first, last) if first is not None else (1, 0)


def _columns(db: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA {schema}.table_info({table})")]


def _copy_tables(db: sqlite3.Connection) -> None:
    """Every table of ``old`` into ``main`` with the new rowids (``temp.order_map``), in new rowid
    order (``CROSS JOIN``: the map drives the loop; rows of one article keep their order)."""
    articles = [c for c in _columns(db, "old", "articles") if c in _columns(db, "main", "articles") and c != "rowid"]
    db.execute(f"INSERT INTO main.articles(rowid, {', '.join(articles)}) SELECT m.new, "
               f"{', '.join('a.' + c for c in articles)} FROM temp.order_map m CROSS JOIN old.articles a "
               f"ON a.rowid = m.old ORDER BY m.new")
    for table, key in _BY_ARTICLE:
        if not _columns(db, "old", table):
            continue
        others = [c for c in _columns(db, "old", table) if c != key]
        db.execute(f"INSERT INTO main.{table}({', '.join([key] + others)}) SELECT m.new"
                   f"{''.join(', t.' + c for c in others)} FROM temp.order_map m CROSS JOIN old.{table} t "
                   f"ON t.{key} = m.old ORDER BY m.new, t.rowid")
    for table in _VERBATIM:
        if _columns(db, "old", table):
            columns = ", ".join(_columns(db, "old", table))
            db.execute(f"INSERT OR REPLACE INTO main.{table}({columns}) SELECT {columns} FROM old.{table}")
    db.execute("INSERT OR REPLACE INTO main.meta SELECT key, value FROM old.meta WHERE key NOT IN "
               "('tokenizer', 'facets_through', 'facets_generation', ?, ?)", (ORDERED_THROUGH, entity_tokens.THROUGH))
    # articles the old archive had not given a facet row yet: stale, so that the next writer builds it
    db.execute("INSERT OR IGNORE INTO main.facets_stale SELECT rowid FROM main.articles "
               "WHERE rowid NOT IN (SELECT article FROM main.article_facets)")


def _secondary_indexes(db: sqlite3.Connection) -> list[str]:
    """Names of main's own indexes on the copied tables (dropped while copying, made again after)."""
    return [name for name, table in db.execute(
        "SELECT name, tbl_name FROM main.sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
        if table in ("articles", "reporters", "entities")]


def _index_text(db: sqlite3.Connection, tokenizer, last: int, progress: Callable[[int], None] | None) -> None:
    """Write the full-text rows of articles 1 .. ``last`` again from their stored records, with
    the tokens of their names (:mod:`entity_tokens`) in ``meta``."""
    from .store import _body_text, _title_text, _unpack, meta_tokens
    for start in range(1, last + 1, CHUNK):
        rows = db.execute("SELECT article, record FROM main.records WHERE article BETWEEN ? AND ? ORDER BY article",
                          (start, start + CHUNK - 1)).fetchall()
        records = [(rowid, _unpack(blob)) for rowid, blob in rows]
        names = entity_tokens.stored(db, start, start + CHUNK - 1)
        tokens = tokenizer.index_texts([text for _, record in records
                                        for text in (_title_text(record), _body_text(record))])
        db.executemany("INSERT INTO fts(rowid, title, body, meta) VALUES (?, ?, ?, ?)",
                       [(rowid, tokens[2 * i], tokens[2 * i + 1], meta_text(meta_tokens(record), names.get(rowid)))
                        for i, (rowid, record) in enumerate(records)])
        if start // CHUNK % COMMIT_CHUNKS == COMMIT_CHUNKS - 1:
            db.commit()
        if progress:
            progress(min(start + CHUNK - 1, last))
    db.commit()


def meta_text(filters: str, names: str | None) -> str:
    """An index row's ``meta`` text: its filter tokens, then its names' tokens."""
    return f"{filters} {names}" if filters and names else filters or names or ""


def rebuild(source: str | Path, target: str | Path, progress: Callable[[int], None] | None = None) -> int:
    """Copy the archive at ``source`` into a new archive at ``target`` with rowids in
    publication order (see the module's doc); returns the number of articles. ``source`` is
    only read."""
    from .store import Archive
    source, target = Path(source), Path(target)
    if target.exists():
        raise FileExistsError(f"{target} exists")
    with Archive(source, readonly=True) as old:
        tokenizer_name = old.tokenizer.name
    with Archive(target, tokenizer=tokenizer_name) as new:
        db = new.db
        db.execute("PRAGMA journal_mode=DELETE")  # a new file: appended pages need no journal (no WAL copy)
        db.execute(f"PRAGMA cache_size=-{REBUILD_CACHE_KIB}")
        db.executescript(SCHEMA + ";")
        db.execute("ATTACH DATABASE ? AS old", (str(source.resolve()),))
        for schema in ("old", "temp"):   # an attached and the temp database have a small cache of their own
            db.execute(f"PRAGMA {schema}.cache_size=-{REBUILD_CACHE_KIB}")
        indexes = [(name, db.execute("SELECT sql FROM main.sqlite_master WHERE name = ?", (name,)).fetchone()[0])
                   for name in _secondary_indexes(db)]
        with db:
            for name, _ in indexes:
                db.execute(f"DROP INDEX main.{name}")
            db.execute("CREATE TEMP TABLE order_map(new INTEGER PRIMARY KEY, old INTEGER NOT NULL UNIQUE)")
            db.execute("INSERT INTO temp.order_map SELECT ROW_NUMBER() OVER (ORDER BY day, published, rowid), "
                       "rowid FROM old.articles")
            _copy_tables(db)
            for _, sql in indexes:
                db.execute(sql)
        db.execute("DROP TABLE temp.order_map")
        db.execute("DETACH DATABASE old")
        last = db.execute("SELECT COALESCE(MAX(rowid), 0) FROM main.articles").fetchone()[0]
        _index_text(db, new.tokenizer, last, progress)
        with db:
            db.execute("INSERT INTO fts(fts) VALUES ('optimize')")
            db.execute("INSERT INTO ordered_days SELECT day, MIN(rowid), MAX(rowid) FROM main.articles "
                       "WHERE day IS NOT NULL GROUP BY day")
            db.execute("INSERT OR REPLACE INTO meta VALUES ('facets_through', ?)", (str(last),))
            db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (ORDERED_THROUGH, str(last)))
            entity_tokens.install(db)
            entity_tokens.set_through(db, last)
        new.index_facets()
        db.execute("PRAGMA journal_mode=WAL")
    return last
