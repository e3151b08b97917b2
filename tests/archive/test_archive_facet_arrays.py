"""The in-memory facet rows of a reader that stays open: the same counts as the SQL grouping over
the source tables, and kept right when another connection adds or changes articles."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from archive_helpers import article
from test_archive_facet_index import drop_facet_index, sql_facets, synthetic_archive

from sinmun.archive import Archive, Filters, facet_arrays, facet_index


@pytest.fixture(autouse=True)
def numpy_loaded():
    """A reader builds its arrays once numpy is loaded (as the web reader loads it when it starts)."""
    if facet_index.load_numpy() is None:   # pragma: no cover - numpy comes with the test extras
        pytest.skip("needs numpy")


def all_rowids(archive: Archive) -> list[int]:
    return [r[0] for r in archive.db.execute("SELECT rowid FROM articles ORDER BY rowid")]


def loaded(archive: Archive) -> facet_arrays.FacetArrays:
    arrays = archive._facet_arrays()
    assert arrays is not None and arrays.sync(archive.db)
    return arrays


def test_windows_counted_from_the_arrays_equal_the_sql_grouping(tmp_path):
    path = tmp_path / "arrays.db"
    synthetic_archive(path, 200, seed=11)
    with Archive(path, readonly=True) as reader:
        arrays = loaded(reader)
        rowids = all_rowids(reader)
        assert arrays.through == rowids[-1]
        for window in (rowids[-1:], rowids[-37:], rowids[::3], rowids):
            assert arrays.gather(window) is not None
            for top in (1, 3, 10):
                assert facet_index.count(reader.db, window, top, arrays) == sql_facets(reader.db, window, top)


def test_arrays_follow_new_and_changed_articles_of_another_connection(tmp_path):
    path = tmp_path / "follow.db"
    synthetic_archive(path, 60, seed=12)
    with Archive(path, readonly=True) as reader:
        first = loaded(reader).through
        with Archive(path) as writer:   # new articles: appended to the arrays
            writer.add_records([article(f"n{i}", "반도체 새 소식", ["반도체."], press="새벽신문") for i in range(3)],
                               enrich=False)
            assert loaded(reader).through == first   # no rows yet: those hits are counted from SQLite
            assert dict(reader.search("반도체", facets=True).facets["press"])["새벽신문"] == 3
            writer.index_facets()
        arrays = loaded(reader)
        assert arrays.through == first + 3 and arrays.gather(all_rowids(reader)) is not None
        assert dict(reader.search("반도체", facets=True).facets["press"])["새벽신문"] == 3
        with Archive(path) as writer:   # an indexed article changes: its row is rebuilt, the arrays reloaded
            writer.add_records([article("n0", "반도체 새 소식", ["반도체."], press="가람일보")], enrich=False)
        assert reader.search("반도체", facets=True).facets == sql_facets(reader.db, search_window(reader))
        assert dict(reader.search("반도체", facets=True).facets["press"])["새벽신문"] == 2


def search_window(archive: Archive) -> list[int]:
    """All hits of 반도체 (fewer than the ranking window here)."""
    sql, params, _ = archive._hits_sql("반도체", Filters(), with_articles=False)
    return [r[0] for r in archive.db.execute(f"SELECT fts.rowid {sql}", params)]


def test_a_row_dropped_by_a_writer_that_knows_nothing_of_the_arrays_is_counted_from_sqlite(tmp_path):
    path = tmp_path / "raw.db"
    synthetic_archive(path, 40, seed=13)
    with Archive(path, readonly=True) as reader:
        loaded(reader)
        raw = sqlite3.connect(path)
        with raw:   # the source rows change; the trigger drops the facet row, nothing refreshes it
            raw.execute("INSERT INTO entities SELECT rowid, 'person', '나가람', 1.0 FROM articles WHERE rowid <= 10")
        raw.close()
        arrays = loaded(reader)
        assert arrays.gather(all_rowids(reader)) is None   # articles 1-10 have no row: not answered here
        facets = facet_index.count(reader.db, all_rowids(reader), 50, arrays)
        assert facets == sql_facets(reader.db, all_rowids(reader), 50)
        assert facets["person"][0] == ("나가람", 10)


def test_an_archive_whose_writers_keep_no_generation_is_not_read_into_arrays(tmp_path):
    path = tmp_path / "old.db"
    synthetic_archive(path, 30, seed=14)
    drop_facet_index(path)   # what an older sinmun wrote: no facet rows, no triggers
    with Archive(path, readonly=True) as reader:
        arrays = reader._facet_arrays()
        assert arrays is not None and not arrays.sync(reader.db)
        rowids = all_rowids(reader)
        assert facet_index.count(reader.db, rowids, 10, arrays) == sql_facets(reader.db, rowids)


def test_a_stale_article_given_its_row_again_reloads_the_arrays(tmp_path: Path):
    path = tmp_path / "stale.db"
    synthetic_archive(path, 20, seed=15)
    with Archive(path, readonly=True) as reader:
        before = loaded(reader)
        generation = before._generation
        with Archive(path) as writer:
            with writer.db:   # as writers change an article's entities: its rows deleted, new ones added
                writer.db.execute("DELETE FROM entities WHERE kind = 'person' AND article = 3")
                writer.db.execute("INSERT INTO entities VALUES (3, 'person', '홍길동', 1.0)")
            assert writer.index_facets() == 1
        arrays = loaded(reader)
        assert arrays._generation > generation and arrays.gather(all_rowids(reader)) is not None
        rowids = all_rowids(reader)
        assert facet_index.count(reader.db, rowids, 10, arrays) == sql_facets(reader.db, rowids)


def test_readers_of_one_archive_share_one_copy(tmp_path):
    path = tmp_path / "shared.db"
    synthetic_archive(path, 20, seed=16)
    with Archive(path, readonly=True) as one, Archive(path, readonly=True) as two:
        assert one._facet_arrays() is two._facet_arrays()
        rowids = all_rowids(one)
        assert one.search("", facets=True).facets == two.search("", facets=True).facets \
            == sql_facets(one.db, rowids)
