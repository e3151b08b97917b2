"""Filtered searches (press, section, person, org, dates) give the very hits, order, scores,
counts and facets of a plain reading of their definition: the ranking statement that scores only
the filtered rows (``Archive._bm25_match``) against scoring every row of the query's words, and
the bounded count (ascending) against counting every hit in Python."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sinmun.archive import Archive, Filters, entity_tokens, reorder, store

from test_archive_reorder import build

ARTICLES = 900
QUERIES: list[tuple[str, dict]] = [
    ("탄소중립", {"press": "신문일보"}), ("우주항공", {"section": "IT과학"}), ("공급망", {"section": "경제"}),
    ("반도체", {"person": "김민준"}), ("반도체", {"person": "박서연", "press": "누리뉴스"}),
    ("가계부채", {"press": "한빛경제", "since": "2025-10-01"}), ("관세 협상", {"org": "국회"}),
    ("인공지능", {"place": "서울", "section": "경제"}), ("전략기술", {"reporter": "김민준"}),
    ("\"의료 개혁\"", {"press": "가람일보"}), ("협력", {"press": "바다방송", "until": "2025-04-30"}),
    ("브뤼셀 양자컴퓨터 공동", {"section": "국제"}), ("반도체 OR", {"press": "없는신문"}),
]


@pytest.fixture(scope="module")
def archives(tmp_path_factory) -> list[Path]:
    """The archive as ingested (names checked in their tables) and rebuilt (names as tokens)."""
    folder = tmp_path_factory.mktemp("filtered")
    source, ordered = folder / "source.db", folder / "ordered.db"
    build(source, ARTICLES, seed=11)
    reorder.rebuild(source, ordered)
    return [source, ordered]


def matching_rowids(archive: Archive, query: str, filters: Filters) -> set[int]:
    """Every hit, by definition: the query's words in the index, the filters on the tables."""
    match = archive.tokenizer.match_query(query)
    if match is None:
        return set()
    found = {row[0] for row in archive.db.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (f"({match})",))}
    clauses, params = filters.where()
    sql = "SELECT a.rowid FROM articles a WHERE 1" + "".join(" AND " + clause for clause in clauses)
    return found & {row[0] for row in archive.db.execute(sql, params)}


def scored_by_definition(db: sqlite3.Connection, match: str, hits: set[int]) -> list[tuple[int, float]]:
    """bm25 of every row holding the query's words, kept for the hits, best first."""
    rows = db.execute(f"SELECT rowid, bm25(fts, {store.TITLE_WEIGHT}, {store.BODY_WEIGHT}, 0.0) FROM fts "
                      "WHERE fts MATCH ?", (f"({match})",)).fetchall()
    return sorted(((rowid, score) for rowid, score in rows if rowid in hits), key=lambda row: (row[1], -row[0]))


@pytest.mark.parametrize("which", [0, 1], ids=["ingested", "rebuilt"])
def test_exactly_ranked_filtered_hits_have_the_scores_of_every_row(archives, which):
    with Archive(archives[which], readonly=True) as archive:
        assert (entity_tokens.through(archive.db) > 0) == (which == 1)
        ranked = 0
        for query, filters in QUERIES:
            wanted = matching_rowids(archive, query, Filters(**filters))
            result = archive.search(query, Filters(**filters), limit=store.RANK_WINDOW)
            assert result.total == len(wanted), (query, filters)
            got = [(hit.rowid, hit.score) for hit in result.hits]
            if wanted and got[0][1] is not None:   # exact bm25 (not the newest-first window)
                match = archive.tokenizer.match_query(query)
                assert match is not None
                assert got == scored_by_definition(archive.db, match, wanted), (query, filters)
                ranked += 1
        assert ranked >= 9


@pytest.mark.parametrize("window, cap", [(5, 12), (20, 60), (40, 41)])
def test_bounded_counts_and_windows_are_those_of_every_hit(archives, monkeypatch, window, cap):
    """With a small window and cap, each query takes the window-and-count path: its total is
    the number of hits up to the cap, the window is the newest hits, and the facets count them."""
    monkeypatch.setattr(store, "RANK_WINDOW", window)
    monkeypatch.setattr(store, "COUNT_CAP", cap)
    for path in archives:
        with Archive(path, readonly=True) as archive:
            for query, filters in QUERIES:
                wanted = matching_rowids(archive, query, Filters(**filters))
                result = archive.search(query, Filters(**filters), limit=window, facets=True)
                assert result.total == min(len(wanted), max(window, cap)), (query, filters)
                assert result.total_capped == (result.total >= cap)
                if len(wanted) >= window:
                    newest = sorted(wanted, reverse=True)[:window]
                    assert {hit.rowid for hit in result.hits} == set(newest), (query, filters)
                    assert result.facets == archive.facets(newest)


def test_both_layouts_give_the_same_filtered_results(archives):
    """Name tokens change an article's length (bm25 reads it), so compare what does not move:
    hits, counts and facets."""
    out = []
    for path in archives:
        with Archive(path, readonly=True) as archive:
            out.append([(sorted(hit.id for hit in result.hits), result.total, result.facets)
                        for result in (archive.search(q, Filters(**f), limit=store.RANK_WINDOW, facets=True)
                                       for q, f in QUERIES)])
    assert out[0] == out[1]
