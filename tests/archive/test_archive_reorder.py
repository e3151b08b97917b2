"""An archive rebuilt with rowids in publication order (sinmun.archive.reorder): the same
articles, and searches whose date ranges become rowid ranges give what the token plan gives."""
from __future__ import annotations

from pathlib import Path

import pytest

from sinmun.archive import Archive, Filters, article_id, reorder, store, synthetic
from sinmun.archive.synthetic import SyntheticNews

ARTICLES = 1200
#: the bench's query mix (bench/archive.py) and more date ranges: open ends, one day, none in range
QUERIES: list[tuple[str, dict]] = [
    ("전략기술", {}), ("반도체가", {}), ("관세 협상", {}), ("탄소중립", {"press": "신문일보"}),
    ("원전 수출", {"since": "2025-06-01", "until": "2025-06-30"}), ("공급망", {"section": "경제"}),
    ("가계부채", {"press": "한빛경제", "since": "2025-10-01"}), ("\"의료 개혁\"", {}),
    ("브뤼셀 양자컴퓨터 공동", {}), ("반도체", {"person": "김민준"}),
    ("", {"person": "박서연", "since": "2025-03-01", "until": "2025-03-31"}), ("", {}),
    ("협력", {"since": "2025-02-10", "until": "2025-05-03"}), ("협력", {"until": "2025-01-20"}),
    ("발표", {"since": "2025-12-24"}), ("인공지능", {"since": "2025-07-04", "until": "2025-07-04"}),
    ("협력", {"since": "2026-03-01"}), ("반도체", {"since": "2025-09-01", "section": "IT과학"}),
    ("", {"since": "2025-04-01", "until": "2025-04-30", "press": "누리뉴스"}),
    ("반도체", {"since": "2025-05-02T00:00:00+09:00", "until": "2025-08-31T23:59:59+09:00"}),
    ("", {"since": "2025-11-15", "until": "2025-10-01"}), ("반도체", {"since": "2025-11-15", "until": "2025-10-01"}),
]


def build(path: Path, count: int, seed: int = 7, first: int = 0) -> None:
    """Synthetic articles with the generator's own entities (as bench/archive.py builds its archives)."""
    news = SyntheticNews(seed=seed)
    pairs = [news.record_with_entities(number) for number in range(first, first + count)]
    with Archive(path) as archive:
        archive.add_records([record for record, _ in pairs], enrich=False)
        synthetic.store_entities(archive, [(article_id(record), entities) for record, entities in pairs])
    with Archive(path):   # a writable open builds the facet rows
        pass


@pytest.fixture(scope="module")
def archives(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("reorder")
    source, ordered = folder / "source.db", folder / "ordered.db"
    build(source, ARTICLES)
    reorder.rebuild(source, ordered)
    return source, ordered


@pytest.fixture(params=[2000, 40], ids=["exact", "window"])
def rank_window(request, monkeypatch):
    """The archive's ranking window as shipped, and small enough for these archives to use it."""
    monkeypatch.setattr(store, "RANK_WINDOW", request.param)
    monkeypatch.setattr(store, "COUNT_CAP", max(request.param, 120))
    return request.param


def results(archive: Archive, queries=QUERIES) -> list[dict]:
    out = []
    for query, filters in queries:
        result = archive.search(query, Filters(**filters), limit=20, facets=True)
        out.append(result.to_dict() | {"rowids": [hit.rowid for hit in result.hits],
                                       "marked": [hit.title_marked for hit in result.hits]})
    return out


def test_rowids_follow_the_publication_date_and_every_article_is_kept(archives):
    source, ordered = archives
    with Archive(source, readonly=True) as old, Archive(ordered, readonly=True) as new:
        dates = [row[0] for row in new.db.execute("SELECT published FROM articles ORDER BY rowid")]
        assert dates == sorted(dates) and len(dates) == ARTICLES
        assert reorder.ordered_through(new.db) == ARTICLES
        ids = [row[0] for row in old.db.execute("SELECT id FROM articles ORDER BY rowid")]
        assert ids[:50] != [row[0] for row in new.db.execute("SELECT id FROM articles ORDER BY rowid LIMIT 50")]
        for key in ids[::37]:
            assert new.get(key) == old.get(key)
        assert new.integrity() == "ok"
    with Archive(ordered) as new:   # FTS5's own check of its index (raises on a corrupt one)
        new.db.execute("INSERT INTO fts(fts, rank) VALUES ('integrity-check', 1)")


def test_scores_are_those_of_the_source_archive(archives):
    """bm25 reads no rowid: an exactly ranked query scores every hit as before, but for the
    rebuilt index's name tokens (entity_tokens), which bm25 counts in an article's length
    (a dozen tokens beside a thousand: scores move well under 1 %)."""
    source, ordered = archives
    with Archive(source, readonly=True) as old, Archive(ordered, readonly=True) as new:
        for query, filters in QUERIES:
            before = old.search(query, Filters(**filters), limit=2000)
            after = new.search(query, Filters(**filters), limit=2000)
            assert before.total == after.total, (query, filters)
            if before.total < store.RANK_WINDOW:
                old_scores, new_scores = dict((h.id, h.score) for h in before.hits), dict((h.id, h.score) for h in after.hits)
                assert old_scores.keys() == new_scores.keys()
                if query:
                    assert new_scores == {key: pytest.approx(score, rel=0.01) for key, score in old_scores.items()}


def test_the_rowid_range_plan_gives_what_the_date_token_plan_gives(archives, rank_window, monkeypatch):
    _, ordered = archives
    with Archive(ordered, readonly=True) as archive:
        with_ranges = results(archive)
        monkeypatch.setattr(reorder, "ordered_range", lambda db, since, until: None)
        with_tokens = results(archive)
    assert with_ranges == with_tokens
    assert sum(r["total"] for r in with_ranges) > 0


def test_articles_added_after_the_rebuild_are_found_by_their_dates(archives, tmp_path, rank_window, monkeypatch):
    _, ordered = archives
    grown = tmp_path / "grown.db"
    grown.write_bytes(ordered.read_bytes())
    news = SyntheticNews(seed=8)
    pairs = [news.record_with_entities(number) for number in range(ARTICLES, ARTICLES + 150)]
    with Archive(grown) as archive:
        archive.add_records([record for record, _ in pairs], enrich=False)
        synthetic.store_entities(archive, [(article_id(record), entities) for record, entities in pairs])
    with Archive(grown, readonly=True) as archive:
        assert reorder.ordered_through(archive.db) == ARTICLES
        with_ranges = results(archive)
        monkeypatch.setattr(reorder, "ordered_range", lambda db, since, until: None)
        assert with_ranges == results(archive)
    newer = {article_id(record) for record, _ in pairs}
    dated = [result for result, (_, filters) in zip(with_ranges, QUERIES) if "since" in filters or "until" in filters]
    assert any(hit["id"] in newer for result in dated for hit in result["hits"])


def test_a_changed_date_ends_the_ordered_run(archives, tmp_path):
    _, ordered = archives
    changed = tmp_path / "changed.db"
    changed.write_bytes(ordered.read_bytes())
    with Archive(changed) as archive:
        key = archive.db.execute("SELECT id FROM articles WHERE rowid = 10").fetchone()[0]
        record = {k: v for k, v in archive.get(key).items()
                  if k not in ("keywords", "people", "orgs", "places", "has_original", "dup_cluster")}
        archive.add_records([dict(record, published="2025-12-30T09:00:00+09:00")], enrich=False)
        assert reorder.ordered_through(archive.db) == 0
        found = archive.search(record["title"].split()[0], Filters(since="2025-12-30", until="2025-12-30"),
                               limit=2000)
        assert key in {hit.id for hit in found.hits}
