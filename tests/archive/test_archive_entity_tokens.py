"""Name filters as full-text index tokens (sinmun.archive.entity_tokens) and the bounded bm25
ranking, on real SQLite archives: the token plan gives what the lookup plan gives, writers keep
the tokens right or drop the mark, and a query whose words are common is ordered as a window."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from archive_helpers import CORPUS, article

from sinmun.archive import Archive, Filters, article_id, entity_tokens, reorder, store, synthetic
from sinmun.archive.synthetic import SyntheticNews

ARTICLES = 1200


def build(path: Path, count: int, seed: int = 11, first: int = 0) -> None:
    """Synthetic articles with the generator's own entities, as bench/archive.py builds them."""
    news = SyntheticNews(seed=seed)
    pairs = [news.record_with_entities(number) for number in range(first, first + count)]
    with Archive(path) as archive:
        archive.add_records([record for record, _ in pairs], enrich=False)
        synthetic.store_entities(archive, [(article_id(record), entities) for record, entities in pairs])


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("tokens")
    build(folder / "source.db", ARTICLES)
    reorder.rebuild(folder / "source.db", folder / "rebuilt.db")
    return folder / "rebuilt.db"


def busiest(db: sqlite3.Connection, kind: str) -> str:
    """The value of ``kind`` (a reporter, or an entities kind) found in the most articles."""
    if kind == "reporter":
        sql, params = "SELECT name FROM reporters GROUP BY name ORDER BY COUNT(*) DESC, name LIMIT 1", ()
    else:
        sql, params = ("SELECT value FROM entities WHERE kind = ? GROUP BY value ORDER BY COUNT(*) DESC, value "
                       "LIMIT 1", (kind,))
    return db.execute(sql, params).fetchone()[0]


def name_queries(db: sqlite3.Connection) -> list[tuple[str, dict]]:
    person, org, place, reporter = (busiest(db, kind) for kind in ("person", "org", "place", "reporter"))
    return [("반도체", {"person": person}), ("협력", {"org": org}), ("발표", {"place": place}),
            ("협력", {"reporter": reporter}), ("협력", {"person": person, "since": "2025-03-01", "until": "2025-08-31"}),
            ("발표", {"org": org, "press": "신문일보"}), ("", {"person": person}),
            ("협력 발표", {"person": person, "place": place}), ("반도체", {"person": "없는 사람"})]


def results(archive: Archive, queries: list[tuple[str, dict]]) -> list[dict]:
    return [archive.search(query, Filters(**filters), limit=30, facets=True).to_dict() for query, filters in queries]


@pytest.fixture(params=[2000, 40], ids=["exact", "window"])
def rank_window(request, monkeypatch):
    monkeypatch.setattr(store, "RANK_WINDOW", request.param)
    monkeypatch.setattr(store, "COUNT_CAP", max(request.param, 120))
    return request.param


def lookup_plan(monkeypatch) -> None:
    """Search as an archive without name tokens does (entities/reporters lookups)."""
    monkeypatch.setattr(entity_tokens, "through", lambda db: 0)


def test_the_rebuild_indexes_every_name_of_every_article(rebuilt):
    with Archive(rebuilt, readonly=True) as archive:
        assert entity_tokens.through(archive.db) == ARTICLES
        for kind in ("person", "org", "place", "reporter"):
            value = busiest(archive.db, kind)
            table = "reporters WHERE name = ?" if kind == "reporter" else f"entities WHERE kind = '{kind}' AND value = ?"
            expected = {row[0] for row in archive.db.execute(f"SELECT article FROM {table}", (value,))}
            indexed = {row[0] for row in archive.db.execute(
                "SELECT rowid FROM fts WHERE fts MATCH ?", (f"meta : {entity_tokens.token(kind, value)}",))}
            assert indexed == expected and len(expected) > 5, kind


def test_name_filters_read_the_index_at_or_below_the_mark(rebuilt):
    with Archive(rebuilt, readonly=True) as archive:
        parts = archive._text_parts("반도체", Filters(person=busiest(archive.db, "person")))
        below = [sql for sql, params in parts if params[1:3] == [1, ARTICLES]]
        assert below and "entities" not in below[0]
        assert any("entities" in sql for sql, _ in parts)   # the articles after the mark: looked up


def test_the_token_plan_gives_what_the_lookup_plan_gives(rebuilt, rank_window, monkeypatch):
    with Archive(rebuilt, readonly=True) as archive:
        queries = name_queries(archive.db)
        with_tokens = results(archive, queries)
        lookup_plan(monkeypatch)
        assert with_tokens == results(archive, queries)
    assert all(result["total"] for result in with_tokens[:-1]) and with_tokens[-1]["total"] == 0


def test_articles_added_after_the_mark_are_found_by_their_names(rebuilt, tmp_path, rank_window, monkeypatch):
    grown = tmp_path / "grown.db"
    grown.write_bytes(rebuilt.read_bytes())
    build(grown, 200, seed=12, first=ARTICLES)
    with Archive(grown, readonly=True) as archive:
        assert entity_tokens.through(archive.db) == ARTICLES
        queries = name_queries(archive.db)
        with_tokens = results(archive, queries)
        lookup_plan(monkeypatch)
        assert with_tokens == results(archive, queries)
        newer = {row[0] for row in archive.db.execute("SELECT id FROM articles WHERE rowid > ?", (ARTICLES,))}
    assert any(hit["id"] in newer for result in with_tokens for hit in result["hits"])


@pytest.fixture(scope="module")
def enriched(tmp_path_factory) -> Path:
    """A rebuilt archive of enriched articles (kiwipiepy's people, organisations and places)."""
    folder = tmp_path_factory.mktemp("enriched")
    with Archive(folder / "source.db") as archive:
        archive.add_records(CORPUS, source="tests")
    reorder.rebuild(folder / "source.db", folder / "rebuilt.db")
    return folder / "rebuilt.db"


def person_articles(archive: Archive, person: str) -> set[str]:
    return {hit.id for hit in archive.search("", Filters(person=person), limit=100).hits}


def test_an_update_rewrites_the_names_tokens_and_keeps_the_mark(enriched, tmp_path):
    copy = tmp_path / "copy.db"
    copy.write_bytes(enriched.read_bytes())
    with Archive(copy) as archive:
        rowid, key, person = archive.db.execute(
            "SELECT a.rowid, a.id, e.value FROM entities e JOIN articles a ON a.rowid = e.article "
            "WHERE e.kind = 'person' ORDER BY a.rowid LIMIT 1").fetchone()
        record = {k: v for k, v in archive.get(key).items()
                  if k not in ("keywords", "people", "orgs", "places", "has_original", "dup_cluster")}
        record["reporters"] = [{"name": "나가람", "email": "garam@news.example"}]
        record["body_paragraphs"] = ["나가람 기자가 새로 쓴 반도체 소식이다. 다른 사람은 나오지 않는다."]
        archive.add_records([record], enrich=False)
        marked = entity_tokens.through(archive.db)
        archive.db.execute("INSERT INTO fts(fts, rank) VALUES ('integrity-check', 1)")
        found = archive.search("반도체", Filters(reporter="나가람"))
        gone = archive.search("", Filters(person=person)).hits
    assert marked == len(CORPUS) and rowid <= marked
    assert [hit.id for hit in found.hits] == [key]
    assert key not in {hit.id for hit in gone}
    with Archive(copy, readonly=True) as archive:
        assert archive.db.execute("SELECT COUNT(*) FROM fts WHERE fts MATCH ?", (
            f"meta : {entity_tokens.token('person', person)}",)).fetchone()[0] == len(person_articles(archive, person))


def test_another_writer_changing_names_drops_the_mark_and_search_stays_exact(enriched, tmp_path):
    copy = tmp_path / "copy.db"
    copy.write_bytes(enriched.read_bytes())
    db = sqlite3.connect(copy)   # a raw SQL client: it knows nothing of the name tokens
    with db:
        db.execute("INSERT INTO entities VALUES (1, 'person', '홍길동', 1.0)")
    db.close()
    with Archive(copy, readonly=True) as archive:
        assert entity_tokens.through(archive.db) == 0
        key = archive.db.execute("SELECT id FROM articles WHERE rowid = 1").fetchone()[0]
        assert person_articles(archive, "홍길동") >= {key}
        word = archive.get(key)["title"].split()[0]
        assert key in {hit.id for hit in archive.search(word, Filters(person="홍길동")).hits}


def test_a_query_with_common_words_and_few_hits_is_ordered_as_a_window(tmp_path, monkeypatch):
    records = [article(f"k{i}", f"소식 {i}" + (" 반도체" if i % 3 == 0 else ""), [f"반도체 이야기 {i}번째."],
                       press="한빛경제" if i % 4 == 0 else "신문일보", published=f"2025-08-{i + 1:02d}T09:00:00+09:00")
               for i in range(24)]
    records.append(article("rare", "드문 양자암호 소식", ["양자암호 이야기."], press="한빛경제",
                           published="2025-08-28T09:00:00+09:00"))
    with Archive(tmp_path / "few.db") as archive:
        archive.add_records(records, enrich=False)
        ranked = archive.search("반도체", Filters(press="한빛경제"))
        monkeypatch.setattr(store, "BM25_MAX_ARTICLES", 10)   # 반도체 is in 24 articles: more than that
        windowed = archive.search("반도체", Filters(press="한빛경제"))
        rare = archive.search("양자암호", Filters(press="한빛경제"))
    assert windowed.total == ranked.total == 6 and not windowed.total_capped
    assert {h.id for h in windowed.hits} == {h.id for h in ranked.hits}
    assert all(h.score is not None for h in ranked.hits) and all(h.score is None for h in windowed.hits)
    # title matches first (소식 12, 0 carry 반도체 in the title), newest first within each group
    assert [h.title for h in windowed.hits] == ["소식 12 반도체", "소식 0 반도체", "소식 20", "소식 16", "소식 8",
                                                "소식 4"]
    assert rare.total == 1 and rare.hits[0].score is not None


def test_bm25_without_the_filters_in_the_statement_scores_as_with_them(tmp_path):
    records = [article(f"s{i}", f"소식 {i}" + (" 반도체" if i % 3 == 0 else ""),
                       ["반도체 " * (1 + i % 5) + f"이야기 {i}번째."], press="한빛경제" if i % 2 else "신문일보",
                       published=f"2025-08-{i + 1:02d}T09:00:00+09:00") for i in range(20)]
    with Archive(tmp_path / "scores.db") as archive:
        archive.add_records(records, enrich=False)
        filters = Filters(press="한빛경제", since="2025-08-05")
        result = archive.search("반도체", filters, limit=50)
        match = archive._full_text_match("반도체", filters)
        with_filters = dict(archive.db.execute(
            f"SELECT rowid, bm25(fts, {store.TITLE_WEIGHT}, {store.BODY_WEIGHT}, 0.0) FROM fts WHERE fts MATCH ?",
            (match,)).fetchall())
    assert len(result.hits) == len(with_filters) == 8
    assert {h.rowid: h.score for h in result.hits} == with_filters
    assert [h.score for h in result.hits] == sorted(with_filters.values())


def test_window_counts_are_the_exact_counts_up_to_the_cap(rebuilt, tmp_path, monkeypatch):
    """The hits past the window are counted, not fetched, across every segment (the articles
    after the mark too): the count is the exact one, capped."""
    grown = tmp_path / "grown.db"
    grown.write_bytes(rebuilt.read_bytes())
    build(grown, 200, seed=13, first=ARTICLES)
    with Archive(grown, readonly=True) as archive:
        queries = name_queries(archive.db) + [("협력", {}), ("협력", {"since": "2025-02-01", "until": "2025-11-30"})]
        exact = [result["total"] for result in results(archive, queries)]   # RANK_WINDOW 2,000: every hit fetched
        for window, cap in ((7, 25), (40, 120), (40, 40)):
            monkeypatch.setattr(store, "RANK_WINDOW", window)
            monkeypatch.setattr(store, "COUNT_CAP", cap)
            counted = results(archive, queries)
            assert [r["total"] for r in counted] == [min(n, cap) for n in exact], (window, cap)
            assert [r["total_capped"] for r in counted] == [n >= cap for n in exact]
    assert max(exact) > 120 and min(exact[:-3]) < 120
