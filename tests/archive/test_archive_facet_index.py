"""Facets from the per-article facet rows, and trends from the day index: the same answers as the
plain SQL grouping over the source tables, kept right when articles change, and honest when
they count only part of the hits."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from archive_helpers import ROOT, article

from sinmun.archive import Archive, Filters, article_id, store
from sinmun.archive.synthetic import SyntheticNews, store_entities

#: the last commit before the facet index: the "previous sinmun" whose archives must keep working
BEFORE_FACET_INDEX = "1fe5d3e"


@pytest.fixture(scope="module")
def previous_src(tmp_path_factory) -> Path:
    """The previous sinmun's ``src``, unpacked from this checkout's own history (``git archive``)."""
    into = tmp_path_factory.mktemp("previous")
    try:
        tar = subprocess.run(["git", "-C", str(ROOT), "archive", BEFORE_FACET_INDEX, "src"],
                             capture_output=True, check=True, timeout=300).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip(f"needs a git checkout whose history holds {BEFORE_FACET_INDEX}")
    subprocess.run(["tar", "-x", "-C", str(into)], input=tar, check=True, timeout=300)
    return into / "src"


def sql_facets(db: sqlite3.Connection, rowids: list[int], top: int = 10) -> dict:
    """The facets as plain SQL groups them over the source tables (the reference)."""
    marks = ",".join("?" * len(rowids))
    out = {}
    for column in ("press", "section"):
        out[column] = db.execute(f"SELECT {column}, COUNT(*) FROM articles WHERE rowid IN ({marks}) AND {column} "
                                 f"IS NOT NULL GROUP BY {column} ORDER BY 2 DESC, 1 LIMIT ?", rowids + [top]).fetchall()
    out["reporter"] = db.execute(f"SELECT name, COUNT(*) FROM reporters WHERE article IN ({marks}) GROUP BY name "
                                 f"ORDER BY 2 DESC, 1 LIMIT ?", rowids + [top]).fetchall()
    for kind in ("keyword", "person", "org", "place"):
        measure = "ROUND(SUM(weight), 2)" if kind == "keyword" else "COUNT(*)"
        out[kind] = db.execute(f"SELECT value, {measure} FROM entities WHERE kind = ? AND article IN ({marks}) "
                               f"GROUP BY value ORDER BY 2 DESC, 1 LIMIT ?", [kind] + rowids + [top]).fetchall()
    return out


def sql_counts(archive: Archive, query: str, filters: Filters, interval: str) -> list[tuple]:
    """Hits per period as the SQL grouping over the article rows counts them (the reference)."""
    built = archive._hits_sql(query, filters)
    assert built is not None
    sql, params, _ = built
    period = "a.day" if interval == "day" else "date(a.day, 'weekday 0', '-6 days')"
    return [tuple(row) for row in archive.db.execute(
        f"SELECT {period} AS period, NULL, COUNT(*) {sql} AND a.day IS NOT NULL GROUP BY period ORDER BY period",
        params)]


def synthetic_archive(path: Path, count: int, seed: int = 5) -> None:
    news = SyntheticNews(seed=seed, days=40)
    pairs = [news.record_with_entities(i) for i in range(count)]
    with Archive(path) as archive:
        archive.add_records([record for record, _ in pairs], enrich=False)
        store_entities(archive, [(article_id(record), entities) for record, entities in pairs])
        assert archive.index_facets() == count


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("facets") / "synthetic.db"
    synthetic_archive(path, 300)
    return path


def drop_facet_index(path: Path) -> None:
    """Make the archive what sinmun before the facet index wrote: no facet tables, no triggers."""
    db = sqlite3.connect(path)
    names = db.execute("SELECT type, name FROM sqlite_master WHERE name LIKE 'facet%' OR name = 'article_facets' "
                       "AND type IN ('table', 'trigger')").fetchall()
    for kind, name in names:
        if kind in ("table", "trigger"):
            db.execute(f"DROP {kind.upper()} IF EXISTS {name}")
    db.commit()
    db.close()


QUERIES = [("반도체", {}), ("전략기술", {"press": "한빛경제"}), ("", {}), ("인공지능", {"section": "경제"}),
           ("기준금리", {"since": "2025-01-10", "until": "2025-01-20"})]


def test_synthetic_records_carry_their_entities_without_changing_the_stream():
    plain = list(SyntheticNews(seed=3).records(20))
    news = SyntheticNews(seed=3)
    pairs = [news.record_with_entities(i) for i in range(20)]
    assert [record for record, _ in pairs] == plain
    for record, entities in pairs:
        text = " ".join(record["body_paragraphs"])
        assert entities["person"] and entities["org"] and entities["keyword"]
        assert all(name in text for kind in ("person", "org", "place") for name in entities[kind])
        assert all(" " not in name for name in entities["person"])   # names, titles kept apart


def test_stored_facet_rows_count_what_the_source_tables_hold(synthetic):
    with Archive(synthetic, readonly=True) as archive:
        assert archive.db.execute("SELECT COUNT(*) FROM article_facets").fetchone()[0] == archive.count()
        for query, filters in QUERIES:
            result = archive.search(query, Filters(**filters), facets=True)
            rowids = [rowid for rowid, _ in archive._ranked_window(query, Filters(**filters))[0]] \
                if query else [r[0] for r in archive.db.execute(
                    f"SELECT a.rowid {archive._hits_sql('', Filters(**filters))[0]} ORDER BY a.rowid DESC")]
            assert result.facets == sql_facets(archive.db, rowids), (query, filters)
            assert result.facets["person"] and result.facets["place"]
            assert result.facets_counted == result.total and not result.facets_partial


def test_an_archive_without_facet_rows_is_migrated_and_read_only_readers_still_count_right(tmp_path):
    path = tmp_path / "old.db"
    synthetic_archive(path, 120, seed=8)
    with Archive(path, readonly=True) as archive:
        expected = [archive.search(q, Filters(**f), facets=True).to_dict() for q, f in QUERIES]
    drop_facet_index(path)
    with Archive(path, readonly=True) as reader:   # cannot migrate: counts from the source tables
        assert [reader.search(q, Filters(**f), facets=True).to_dict() for q, f in QUERIES] == expected
        assert reader.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'article_facets'").fetchone() is None
    with Archive(path) as writer:                  # a writable open migrates
        assert writer.db.execute("SELECT COUNT(*) FROM article_facets").fetchone()[0] == 120
        assert writer.db.execute("SELECT COUNT(*) FROM facets_stale").fetchone()[0] == 0
    with Archive(path, readonly=True) as reader:
        assert [reader.search(q, Filters(**f), facets=True).to_dict() for q, f in QUERIES] == expected


def test_changed_articles_drop_their_facet_rows_whoever_writes(tmp_path):
    path = tmp_path / "change.db"
    first = article("x1", "반도체 소식", ["반도체 이야기."], press="신문일보", reporter="홍길동")
    with Archive(path) as archive:
        archive.add_records([first, article("x2", "반도체 전망", ["반도체 전망."], press="한빛경제")], enrich=False)
        assert archive.search("반도체", facets=True).facets["press"] == [("신문일보", 1), ("한빛경제", 1)]
    with Archive(path) as archive:   # an update through the writer, no refresh afterwards
        archive.add_records([dict(first, press="한빛경제", reporters=[{"name": "김철수"}])], enrich=False)
        stale = archive.db.execute("SELECT article FROM facets_stale").fetchall()
        assert stale == [(archive.db.execute("SELECT rowid FROM articles WHERE press = '한빛경제' AND title = "
                                             "'반도체 소식'").fetchone()[0],)]
        facets = archive.search("반도체", facets=True).facets
        assert facets["press"] == [("한빛경제", 2)] and dict(facets["reporter"])["김철수"] == 1
        assert "홍길동" not in dict(facets["reporter"])
    raw = sqlite3.connect(path)   # a writer that knows nothing of the facet rows
    with raw:
        raw.execute("INSERT INTO entities SELECT rowid, 'person', '나가람', 1.0 FROM articles")
    raw.close()
    with Archive(path, readonly=True) as reader:
        assert reader.search("반도체", facets=True).facets["person"] == [("나가람", 2)]
    with Archive(path) as archive:
        assert archive.db.execute("SELECT COUNT(*) FROM facets_stale").fetchone()[0] == 0
        assert archive.search("반도체", facets=True).facets["person"] == [("나가람", 2)]


def test_facets_of_part_of_the_hits_say_so(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "RANK_WINDOW", 4)
    records = [article(f"p{i}", f"반도체 소식 {i}", [f"반도체 {i}번째."], press=("신문일보", "한빛경제")[i % 2])
               for i in range(7)]
    with Archive(tmp_path / "part.db") as archive:
        archive.add_records(records, enrich=False)
        result = archive.search("반도체", facets=True)
        assert result.total == 7 and result.facets_counted == 4 and result.facets_partial
        assert sum(n for _, n in result.facets["press"]) == 4
        assert result.to_dict()["facets_partial"] is True and result.to_dict()["facets_counted"] == 4
        whole = archive.search("반도체", Filters(press="신문일보"), facets=True)
        assert whole.total == 4 and not whole.facets_partial


def test_trend_counts_match_the_sql_grouping(synthetic):
    with Archive(synthetic, readonly=True) as archive:
        for query, filters in QUERIES + [("반도체", {"person": next(iter(
                archive.search("반도체", facets=True).facets["person"]))[0]}), ("없는말씀", {})]:
            for interval in ("day", "week"):
                counted = archive.counts(query, Filters(**filters), interval=interval)
                assert counted == sql_counts(archive, query, Filters(**filters), interval), (query, interval)
        assert sum(n for _, _, n in archive.counts("")) == archive.count()


def test_day_index_follows_new_articles_from_another_connection(tmp_path):
    path = tmp_path / "days.db"
    with Archive(path) as writer:
        writer.add_records([article("d1", "반도체", ["반도체."], published="2025-03-01T09:00:00+09:00")],
                           enrich=False)
        with Archive(path, readonly=True) as reader:
            assert reader.counts("반도체") == [("2025-03-01", None, 1)]
            writer.add_records([article("d2", "반도체 둘", ["반도체."], published="2025-03-02T09:00:00+09:00"),
                                article("d1", "반도체", ["반도체."], published="2025-03-03T09:00:00+09:00")],
                               enrich=False)
            assert reader.counts("반도체") == [("2025-03-02", None, 1), ("2025-03-03", None, 1)]
        writer.add_records([article("d3", "반도체 셋", ["반도체."], published="2025-03-02T10:00:00+09:00")],
                           enrich=False)
        assert writer.counts("반도체") == [("2025-03-02", None, 2), ("2025-03-03", None, 1)]


OLD_BUILD = """
import json, sys
from sinmun.archive import Archive, Filters
from sinmun.archive.synthetic import SyntheticNews
path, mode = sys.argv[1], sys.argv[2]
queries = json.loads(sys.argv[3])
if mode == "build":
    with Archive(path) as archive:
        archive.add_records(SyntheticNews(seed=4, days=30).records(150), enrich=False)
        archive.add_records(SyntheticNews(seed=9, days=30).records(3))   # enriched: people and organisations
if mode == "write":   # the old code writes into the migrated archive: updates and new enriched articles
    changed = [dict(r, press="새이름일보") for r in SyntheticNews(seed=4, days=30).records(30)]
    with Archive(path) as archive:
        archive.add_records(changed + list(SyntheticNews(seed=12, days=30).records(3)))
with Archive(path, readonly=True) as archive:
    print(json.dumps([archive.search(q, Filters(**f), facets=True).to_dict() for q, f in queries]
                     + [archive.counts(q, Filters(**f)) for q, f in queries], ensure_ascii=False))
"""


def test_an_archive_built_by_the_previous_sinmun_reads_the_same(tmp_path, previous_src):
    path = tmp_path / "base.db"

    def run(src: Path, mode: str) -> list:
        env = dict(os.environ, PYTHONPATH=str(src))
        out = subprocess.run([sys.executable, "-c", OLD_BUILD, str(path), mode, json.dumps(QUERIES)], env=env,
                             capture_output=True, text=True, timeout=600, check=True, cwd=ROOT).stdout
        return json.loads(out)

    before = run(previous_src, "build")
    with Archive(path) as archive:   # migrates
        assert archive.db.execute("SELECT COUNT(*) FROM article_facets").fetchone()[0] == archive.count() > 150
    after = run(ROOT / "src", "read")
    for old, new in zip(before, after):
        if isinstance(old, dict):
            for key in ("facets_counted", "facets_partial"):
                new.pop(key)
        assert old == json.loads(json.dumps(new))
    assert run(previous_src, "read") == before   # and the old code still reads the migrated archive
    after_old_writes = run(previous_src, "write")
    with Archive(path, readonly=True) as reader:   # stale rows and rows above the watermark, not refreshed
        assert reader.db.execute("SELECT COUNT(*) FROM facets_stale").fetchone()[0] >= 30
        rowids = [r[0] for r in reader.db.execute("SELECT rowid FROM articles")]
        assert reader.search("", facets=True).facets == sql_facets(reader.db, rowids)
    assert run(ROOT / "src", "read")[len(QUERIES):] == after_old_writes[len(QUERIES):]   # trends


def test_a_day_trend_regrouped_by_week_equals_the_week_trend(synthetic):
    from sinmun.archive.trend import trend, weekly
    with Archive(synthetic, readonly=True) as archive:
        for query, by in (("반도체", None), ("", "press"), ("기준금리", "section")):
            daily = trend(archive, query, interval="day", by=by)
            assert len(daily.periods) > 14
            assert weekly(daily) == trend(archive, query, interval="week", by=by)


def test_without_numpy_the_answers_are_the_same(synthetic, monkeypatch):
    from sinmun.archive import day_counts, facet_index
    assert facet_index.load_numpy() is not None   # the expected answers below come from the numpy path
    with Archive(synthetic, readonly=True) as archive:
        expected = [(archive.search(q, Filters(**f), facets=True).facets, archive.counts(q, Filters(**f)))
                    for q, f in QUERIES]
        monkeypatch.setattr(facet_index, "numpy", None)
        monkeypatch.setattr(day_counts, "numpy", None)
        assert not day_counts.available()
        assert [(archive.search(q, Filters(**f), facets=True).facets, archive.counts(q, Filters(**f)))
                for q, f in QUERIES] == expected


def test_keyword_sums_round_as_sqlite_rounds_them(tmp_path):
    path = tmp_path / "round.db"
    with Archive(path) as archive:
        archive.add_records([article("r1", "반도체", ["반도체."]), article("r2", "반도체 둘", ["반도체."])],
                            enrich=False)
        rowids = [r[0] for r in archive.db.execute("SELECT rowid FROM articles")]
        with archive.db:   # 0.285 is stored as 0.28499999999999998: SQLite rounds it up, Python down
            archive.db.executemany("INSERT INTO entities VALUES (?, 'keyword', ?, ?)",
                                   [(rowids[0], "가", 0.285), (rowids[0], "나", 0.1), (rowids[1], "나", 0.2)])
        archive.index_facets()
        assert archive.search("반도체", facets=True).facets["keyword"] == sql_facets(archive.db, rowids)["keyword"] \
            == [("나", 0.3), ("가", 0.29)]


@pytest.mark.parametrize("with_numpy", [True, False])
def test_small_tops_with_ties_at_the_cut_equal_the_brute_force_count(synthetic, monkeypatch, with_numpy):
    """Only a kind's contenders leave the counting step: a top of 1 to 4 over windows of every size
    (many values tied at the cut, keyword sums that round alike) still equals the SQL grouping."""
    from sinmun.archive import facet_index
    if with_numpy:
        assert facet_index.load_numpy() is not None
    else:
        monkeypatch.setattr(facet_index, "numpy", None)
    with Archive(synthetic, readonly=True) as archive:
        rowids = [r[0] for r in archive.db.execute("SELECT rowid FROM articles ORDER BY rowid")]
        for size in (1, 7, 40, len(rowids)):
            window = rowids[-size:]
            for top in (1, 2, 4):
                assert facet_index.count(archive.db, window, top) == sql_facets(archive.db, window, top), (size, top)
