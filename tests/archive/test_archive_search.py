"""The archive on a real SQLite file: Korean search, filters, facets, enrichment, updates."""
from __future__ import annotations

import sqlite3
import sys

from datetime import datetime

import pytest
from archive_helpers import CORPUS, article

from sinmun import __version__
from sinmun.archive import Archive, Filters, article_id
from sinmun.archive.fts import BigramTokenizer, MorphemeTokenizer


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("archive") / "test.db"
    with Archive(path) as opened:
        opened.add_records(CORPUS, source="tests")
        yield opened


def titles(result) -> set[str]:
    return {hit.title for hit in result.hits}


def fts_index_is_sound(db: sqlite3.Connection) -> bool:
    """FTS5's own check of its index structures (it raises on a corrupt index)."""
    try:
        db.execute("INSERT INTO fts(fts, rank) VALUES ('integrity-check', 1)")
    except sqlite3.DatabaseError:
        return False
    return True


@pytest.mark.parametrize("query", ["전략기술", "전략기술을", "전략 기술", "전략기술이", "\"전략기술\""])
def test_particles_and_spacing_find_both_spellings(archive, query):
    found = titles(archive.search(query))
    assert {"한미, 전략기술 협력 강화", "정부, 전략 기술 육성 계획 발표"} <= found, query
    assert "반도체 수출 석 달째 증가" not in found


def test_particle_stripping_keeps_words_ending_like_particles(archive):
    assert titles(archive.search("반도체가")) == {"반도체 수출 석 달째 증가"}
    assert titles(archive.search("정상회담을")) == {"정상회담 앞두고 의제 조율"}
    assert archive.search("정상회의").total == 0  # 회의 is not a particle: no match for 정상회담


def test_title_match_ranks_first_and_snippet_marks_terms(archive):
    result = archive.search("반도체")
    hit = result.hits[0]
    assert hit.title == "반도체 수출 석 달째 증가"
    assert ("반도체", True) in hit.snippet and ("반도체", True) in hit.title_marked
    spaced = archive.search("전략기술")
    marked = [text for h in spaced.hits for text, is_hit in h.snippet if is_hit]
    assert "전략 기술" in marked and "전략기술" in marked


def test_words_are_anded_and_latin_words_fold_case(archive, tmp_path):
    assert titles(archive.search("전략기술 예산")) == {"정부, 전략 기술 육성 계획 발표"}
    with Archive(tmp_path / "latin.db") as other:
        other.add_records([article("x", "AI 반도체 경쟁", ["엔비디아와 AMD가 AI칩을 내놨다."])])
        assert other.search("ai칩").total == 1 and other.search("amd").total == 1


def test_filters(archive):
    assert titles(archive.search("전략기술", Filters(press="한빛경제"))) == {"정부, 전략 기술 육성 계획 발표"}
    assert titles(archive.search("", Filters(section="경제"))) == {"정부, 전략 기술 육성 계획 발표",
                                                                 "반도체 수출 석 달째 증가"}
    assert titles(archive.search("전략기술", Filters(since="2025-08-10"))) == {"정부, 전략 기술 육성 계획 발표"}
    assert titles(archive.search("전략기술", Filters(until="2025-08-05"))) == {"한미, 전략기술 협력 강화"}
    assert titles(archive.search("", Filters(reporter="이도윤", since="2025-09-01"))) == {"반도체 수출 석 달째 증가"}
    assert archive.search("전략기술", Filters(press="누리뉴스")).total == 0


def test_facets_count_all_hits(archive):
    result = archive.search("", facets=True, limit=1)
    assert result.total == len(CORPUS) and len(result.hits) == 1
    assert dict(result.facets["press"]) == {"신문일보": 2, "한빛경제": 2, "누리뉴스": 1}
    assert dict(result.facets["reporter"])["이도윤"] == 2


def test_people_with_titles_and_organisations(archive):
    stored = archive.get(article_id(CORPUS[0]))
    assert "한가람" in stored["people"]
    assert "마크 윌슨" in stored["people"]
    assert {"과학기술정보통신부", "백악관"} <= set(stored["orgs"])
    assert titles(archive.search("", Filters(person="한가람"))) == {"한미, 전략기술 협력 강화"}
    assert titles(archive.search("", Filters(org="산업통상자원부"))) == {"반도체 수출 석 달째 증가"}
    result = archive.search("전략기술", facets=True)
    facets = result.facets
    assert facets["person"] == [("마크 윌슨", 1), ("한가람", 1)]
    # keyword facets: each hit's keyword weights summed, heaviest first
    summed: dict[str, float] = {}
    for hit in result.hits:
        for value, weight in archive.db.execute(
                "SELECT value, weight FROM entities WHERE article = ? AND kind = 'keyword'", (hit.rowid,)):
            summed[value] = summed.get(value, 0.0) + weight
    expected = sorted(((v, round(w, 2)) for v, w in summed.items()), key=lambda item: (-item[1], item[0]))[:10]
    assert facets["keyword"] == expected
    assert ("전략기술", dict(expected)["한미"]) in facets["keyword"]  # from the article that spells it so


def test_keywords_are_weighted_against_the_archive(archive):
    keywords = archive.get(article_id(CORPUS[2]))["keywords"]
    assert keywords[0] == "반도체"  # frequent here, rare elsewhere


def test_record_keeps_every_field_and_provenance(archive):
    stored = archive.get(article_id(CORPUS[1]))
    for key, value in CORPUS[1].items():
        assert stored[key] == value, key
    assert stored["source"] == "tests" and stored["sinmun_version"] == __version__
    assert datetime.fromisoformat(stored["extracted_at"]).tzinfo is not None  # an aware ISO timestamp
    assert [c["title"] for c in archive.cluster(article_id(CORPUS[1]))] == ["한미, 전략기술 협력 강화"]


def test_readding_updates_instead_of_duplicating(tmp_path):
    with Archive(tmp_path / "u.db") as archive:
        first = archive.add_records([CORPUS[3]], enrich=False)
        assert (first.added, archive.count()) == (1, 1)
        assert archive.add_records([CORPUS[3]], enrich=False).unchanged == 1
        changed = dict(CORPUS[3], body_paragraphs=["정상회담 일정이 확정됐다."])
        assert archive.add_records([changed], enrich=False).updated == 1
        assert archive.count() == 1
        assert archive.search("일정").total == 1
        assert archive.search("외교부").total == 0  # the old body left the index
        assert archive.integrity() == "ok"
        assert fts_index_is_sound(archive.db)


def test_article_ids_are_stable():
    assert article_id({"id": "x1", "url": "u"}) == "x1"
    assert article_id({"canonical_url": "https://a/1", "url": "https://b"}) == article_id({"url": "https://a/1"})
    assert article_id({"title": "t", "body_paragraphs": ["b"]}) == article_id({"title": "t", "body_paragraphs": ["b"]})
    assert article_id({"title": "t", "body_paragraphs": ["b"]}) != article_id({"title": "t", "body_paragraphs": ["c"]})


def test_a_malformed_record_leaves_nothing_behind(tmp_path):
    with Archive(tmp_path / "bad.db") as archive:
        with archive.writer() as writer:
            writer.add(CORPUS[0], source="ok")
            for broken in (dict(CORPUS[1], reporters="not a list of dicts"), dict(CORPUS[3], published=20250805),
                           dict(CORPUS[4], body_paragraphs=[1, 2])):
                with pytest.raises((AttributeError, TypeError)):
                    writer.add(broken)
            writer.add(CORPUS[2], source="ok")
        assert archive.count() == 2 and archive.integrity() == "ok"


def test_trend_counts_per_day_week_and_press(archive):
    from sinmun.archive.trend import trend
    daily = trend(archive, "전략기술")
    assert daily.periods[0] == "2025-08-05" and daily.periods[-1] == "2025-08-12" and daily.total == 2
    weekly = trend(archive, "전략기술", interval="week", by="press")
    assert weekly.periods == ["2025-08-04", "2025-08-11"]
    assert weekly.series == {"신문일보": [1, 0], "한빛경제": [0, 1]}


def test_morpheme_tokenizer_is_a_working_alternative(tmp_path):
    with Archive(tmp_path / "kiwi.db", tokenizer=MorphemeTokenizer.name) as archive:
        archive.add_records(CORPUS, enrich=False)
        assert {h.title for h in archive.search("전략기술을").hits} == {"한미, 전략기술 협력 강화",
                                                                    "정부, 전략 기술 육성 계획 발표"}
    with pytest.raises(ValueError):
        Archive(tmp_path / "kiwi.db", tokenizer=BigramTokenizer.name)


def test_readonly_archive_cannot_write(tmp_path):
    path = tmp_path / "ro.db"
    Archive(path).add_records(CORPUS[:1], enrich=False)
    with Archive(path, readonly=True) as archive:
        assert archive.search("전략기술").total == 1
        with pytest.raises(sqlite3.OperationalError):
            archive.add_records(CORPUS[1:2], enrich=False)


def test_date_ranges_become_month_and_day_tokens(archive):
    from datetime import date

    from sinmun.archive.store import _day_range_tokens
    assert _day_range_tokens(date(2025, 7, 30), date(2025, 9, 1)) == ["d20250730", "d20250731", "m202508",
                                                                      "d20250901"]
    assert titles(archive.search("전략기술", Filters(since="2025-07-31", until="2025-08-05"))) == {
        "한미, 전략기술 협력 강화"}
    assert titles(archive.search("전략기술", Filters(since="2025-08-01", until="2025-08-31", press="한빛경제"))) == {
        "정부, 전략 기술 육성 계획 발표"}
    assert archive.search("전략기술", Filters(since="2026-01-01")).total == 0
    assert titles(archive.search("반도체", Filters(section="경제", reporter="이도윤"))) == {"반도체 수출 석 달째 증가"}


def test_very_common_queries_show_newest_title_matches_first(tmp_path, monkeypatch):
    from sinmun.archive import store
    monkeypatch.setattr(store, "RANK_WINDOW", 4)
    monkeypatch.setattr(store, "COUNT_CAP", 5)
    records = [article(f"n{i}", f"소식 {i}" + (" 반도체" if i % 2 else ""), [f"반도체 이야기 {i}번째."],
                       published=f"2025-08-{i + 1:02d}T09:00:00+09:00") for i in range(8)]
    with Archive(tmp_path / "common.db") as archive:
        archive.add_records(records, enrich=False)
        result = archive.search("반도체", limit=10, facets=True)
        assert [h.title for h in result.hits] == ["소식 7 반도체", "소식 5 반도체", "소식 6", "소식 4"]
        assert result.total == 5 and result.total_capped
        assert sum(count for _, count in result.facets["press"]) == 4  # facets of the window
        few = archive.search("반도체", Filters(since="2025-08-07"))  # 2 hits: exact bm25 ranking
        assert [h.title for h in few.hits] == ["소식 7 반도체", "소식 6"] and few.total == 2


def test_pages_of_a_very_common_query_follow_the_title_first_order(tmp_path, monkeypatch):
    """Each page looks for title matches only as far as it shows them, and is still the slice of the whole order."""
    from sinmun.archive import store
    monkeypatch.setattr(store, "RANK_WINDOW", 8)
    records = [article(f"q{i}", f"소식 {i}" + (" 반도체" if i % 2 == 0 else ""), [f"반도체 이야기 {i}번째."],
                       published=f"2025-08-{i + 1:02d}T09:00:00+09:00") for i in range(12)]
    with Archive(tmp_path / "pages.db") as archive:
        archive.add_records(records, enrich=False)
        whole = [h.title for h in archive.search("반도체", limit=8).hits]
        assert whole == ["소식 10 반도체", "소식 8 반도체", "소식 6 반도체", "소식 4 반도체", "소식 11", "소식 9", "소식 7", "소식 5"]
        for offset in range(0, 8, 2):
            page = archive.search("반도체", limit=2, offset=offset)
            assert [h.title for h in page.hits] == whole[offset:offset + 2] and page.total == 12


def test_a_filtered_very_common_query_shows_its_own_title_matches_first(tmp_path, monkeypatch):
    from sinmun.archive import store
    monkeypatch.setattr(store, "RANK_WINDOW", 3)
    records = [article(f"f{i}", f"소식 {i}" + (" 반도체" if i % 3 == 0 else ""), [f"반도체 이야기 {i}번째."],
                       press=("신문일보", "한빛경제")[i % 2], published=f"2025-08-{i + 1:02d}T09:00:00+09:00")
               for i in range(12)]
    with Archive(tmp_path / "filtered.db") as archive:
        archive.add_records(records, enrich=False)
        result = archive.search("반도체", Filters(press="한빛경제"), limit=3)
        assert [h.title for h in result.hits] == ["소식 9 반도체", "소식 11", "소식 7"] and result.total == 6


def distinct_words(n: int) -> list[str]:
    """``n`` different two-syllable Hangul words (no particle endings: no analyser needed)."""
    return [chr(0xAC00 + 28 * (i % 399)) + chr(0xB098 + 28 * (i // 399) + 1) for i in range(n)]


def python_calls(function, *args) -> int:
    """How many Python function calls ``function(*args)`` makes (deterministic, unlike a clock)."""
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        calls += event == "call"
    sys.setprofile(count)
    try:
        function(*args)
    finally:
        sys.setprofile(None)
    return calls


def test_long_queries_use_a_bounded_number_of_distinct_terms():
    from sinmun.archive import fts
    tokenizer = BigramTokenizer()
    words = distinct_words(2000)
    assert len(set(words)) == 2000
    phrases = tokenizer.match_query(" ".join(words)).split(" AND ")
    assert len(phrases) == 16 == fts.MAX_QUERY_TERMS and len(set(phrases)) == len(phrases)
    assert phrases[0] == fts._fts_string(" ".join(tokenizer.tokens(words[0], run_ends=False)))
    assert tokenizer.match_query(" ".join(["전략기술을", "전략기술", "전략기술이"] * 700)) == '"전략 략기 기술"'
    assert fts.dropped_terms(" ".join(words)) == 2000 - fts.MAX_QUERY_TERMS
    assert fts.dropped_terms("전략기술 " * 2000) == 0
    assert fts.highlight_terms(" ".join(["반도체가"] * 500)) == ["반도체"]
    long_phrase = '"' + " ".join(words) + '"'
    assert len(fts.parse_query(long_phrase)[0].text) == fts.MAX_TERM_CHARS


def test_search_cost_stops_growing_with_query_length(archive):
    short, long = " ".join(distinct_words(500)), " ".join(distinct_words(2000))
    archive.search(short), archive.search(long)  # warm caches (compiled regexes) for both
    ratio = python_calls(archive.search, long) / python_calls(archive.search, short)
    assert ratio < 1.3, ratio  # was 4 (every word compiled), and SQLite's work grew with it
    assert archive.search(long).terms_dropped == 2000 - 16


def test_places_are_a_facet_and_a_filter(tmp_path):
    with Archive(tmp_path / "p.db") as archive:
        archive.add_records([article("p1", "가상 항구 축제", ["부산시 해운대구에서 열린 축제에 시민 3만 명이 몰렸다."]),
                             article("p2", "가상 산업 박람회", ["정부는 새 산업 육성 계획을 발표했다."])], enrich=True)
        result = archive.search("", Filters(place="해운대구"), facets=True)
        assert titles(result) == {"가상 항구 축제"}
        assert ("해운대구", 1) in result.facets["place"]
        assert "해운대구" in archive.get(result.hits[0].id)["places"]
