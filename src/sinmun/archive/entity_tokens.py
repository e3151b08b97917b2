"""Reporter, person, organisation and place filters as full-text index tokens.

A text query filtered by a name used to walk every hit of its words and check each one against
the name's rows (``rowid IN (SELECT article FROM entities …)``): 반도체 with a person filter read
all 100,000 반도체 hits of a million articles to find 1,307. When the name is a token of the
``meta`` column (``h`` + hash for a person, ``o`` an organisation, ``l`` a place, ``r`` a
reporter), FTS5 intersects the two posting lists itself and skips through the long one.

The tokens are written by :func:`sinmun.archive.reorder.rebuild` (from the ``entities`` and
``reporters`` rows), which notes in ``meta`` (:data:`THROUGH`) the last rowid whose index row
carries them. Articles added later (higher rowids) get no tokens; a search checks their names
in the tables as before. A writer of this version keeps the tokens of an updated article right
(it deletes the old row with the tokens of the old names and writes the new ones). Any other
change to the names of an article at or below the mark (an older sinmun, a raw SQL client)
drops the mark (:data:`TRIGGERS`), and the archive is searched the old way from then on;
this version's writers put the mark back in the same transaction, since they kept the tokens.
"""
from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from functools import lru_cache

#: ``meta`` key: index rows of rowids 1 .. this value carry their names' tokens
THROUGH = "entity_tokens_through"
#: token prefix of each filter kind (press ``p``, section ``s``, days ``d``, months ``m`` are taken)
PREFIX = {"reporter": "r", "person": "h", "org": "o", "place": "l"}
ENTITY_KINDS = ("person", "org", "place")


@lru_cache(maxsize=65536)
def token(kind: str, value: str) -> str:
    """The ``meta`` token of a name: ``h`` + 12 hex digits of its SHA-1 for a person, and so on."""
    return PREFIX[kind] + hashlib.sha1(value.encode("utf-8")).hexdigest()[:12]


def joined(pairs: Iterable[tuple[str, str]]) -> str:
    """The tokens of (kind, value) pairs as the index holds them: distinct, sorted, space-separated
    (a canonical order, so that deleting a row gives FTS5 the very tokens it was written with)."""
    return " ".join(sorted({token(kind, value) for kind, value in pairs}))


def meta_rowid(db: sqlite3.Connection, key: str) -> int:
    """A rowid mark kept in the archive's ``meta`` table (0 when it is not there, or there is no such table)."""
    try:
        row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    except sqlite3.OperationalError:
        return 0
    return int(row[0]) if row else 0


def through(db: sqlite3.Connection) -> int:
    """The last rowid whose index row carries its names' tokens (0: none does)."""
    return meta_rowid(db, THROUGH)


def set_through(db: sqlite3.Connection, last: int) -> None:
    db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (THROUGH, str(last)))


def stored(db: sqlite3.Connection, first: int, last: int, schema: str = "main") -> dict[int, str]:
    """The tokens of articles ``first`` .. ``last`` from their ``reporters`` and ``entities`` rows."""
    pairs: dict[int, list[tuple[str, str]]] = {}
    for article, name in db.execute(f"SELECT article, name FROM {schema}.reporters WHERE article BETWEEN ? AND ?",
                                    (first, last)):
        pairs.setdefault(article, []).append(("reporter", name))
    for article, kind, value in db.execute(
            f"SELECT article, kind, value FROM {schema}.entities WHERE article BETWEEN ? AND ? "
            f"AND kind IN ({', '.join('?' * len(ENTITY_KINDS))})", (first, last, *ENTITY_KINDS)):
        pairs.setdefault(article, []).append((kind, value))
    return {article: joined(names) for article, names in pairs.items()}


def _trigger(table: str, event: str, condition: str) -> str:
    rows = {"INSERT": ("NEW",), "DELETE": ("OLD",), "UPDATE": ("OLD", "NEW")}[event]
    mark = f"CAST(COALESCE((SELECT value FROM meta WHERE key = '{THROUGH}'), 0) AS INTEGER)"
    touched = " OR ".join(f"({row}.article <= {mark}{condition.format(row=row)})" for row in rows)
    return (f"CREATE TRIGGER IF NOT EXISTS entity_tokens_{table}_{event.lower()} AFTER {event} ON {table} "
            f"WHEN {touched} BEGIN DELETE FROM meta WHERE key = '{THROUGH}'; END")


#: Statements that drop the mark when the names of an article at or below it change.
TRIGGERS = [_trigger("reporters", event, "") for event in ("INSERT", "DELETE", "UPDATE")] + [
    _trigger("entities", event, " AND {row}.kind IN ('person', 'org', 'place')")
    for event in ("INSERT", "DELETE", "UPDATE")]


def install(db: sqlite3.Connection) -> None:
    for statement in TRIGGERS:
        db.execute(statement)
