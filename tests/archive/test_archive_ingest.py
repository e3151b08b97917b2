"""Bulk ingestion: the vectorised bigram tokeniser, the batched writer and its checks of each record."""
import json
import random
import sqlite3

import pytest

from sinmun.archive import Archive
from sinmun.archive.fts import BigramTokenizer
from sinmun.archive.store import FLUSH_ROWS, FTS_HASH_BYTES
from sinmun.cli import main

pytest.importorskip("numpy")
from sinmun.archive.bigram_batch import index_texts  # noqa: E402

#: Every class the tokeniser tells apart: Hangul, CJK ideographs and kana (both ends of each range),
#: spaces that join runs (space, tab, no-break space) and ones that do not (ideographic space, newline),
#: letters with context-dependent lower case (İ, Σ), digits of other scripts, combining marks, astral
#: letters and symbols, a lone surrogate, underscore and punctuation.
ALPHABET = list("가힣각 \t\u00a0\n\u3000ab_AZ19.,'\"-İΣσßﬁ一鿿㐀䶿ぁヿ゠・ーⅫ٣\u0307") + [
    "\U00020000", "\U0001D400", "\U0001F600", "\ud800", "\U0001D7D8"]


def test_the_vectorised_tokeniser_writes_the_reference_tokens():
    reference = BigramTokenizer()
    rng = random.Random(12)
    for _ in range(3000):
        texts = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 16))) for _ in range(rng.randint(1, 6))]
        assert index_texts(texts) == [reference.index_text(t) for t in texts], texts
    korean = ["한미 양국은 전략 기술 분야의  공동 연구를\t확대하기로 했다. AI칩·GPU 5G 2025년", "", "가 나 다"]
    assert reference.index_texts(korean) == [reference.index_text(t) for t in korean]
    assert index_texts([]) == []


def records(count, start=0):
    return [{"title": f"반도체 수출 {n}번째 소식", "body_paragraphs": [f"홍길동 기자 반도체는 {n}일 올랐다.", "두 번째 문단."],
             "press": "신문일보", "published": "2025-08-05T09:00:00+09:00", "url": f"https://news.example/{n}",
             "reporters": [{"name": "홍길동"}]} for n in range(start, start + count)]


def test_rows_get_the_rowids_sqlite_would_give_and_batches_flush(tmp_path):
    count = FLUSH_ROWS * 2 + 7
    with Archive(tmp_path / "a.db") as archive:
        stats = archive.add_records(records(count), enrich=False, batch_size=FLUSH_ROWS + 3)
        assert stats.added == count
        rowids = [r[0] for r in archive.db.execute("SELECT rowid FROM articles ORDER BY rowid")]
        assert rowids == list(range(1, count + 1))
        urls = [r[0] for r in archive.db.execute("SELECT url FROM articles ORDER BY rowid")]
        assert urls == [f"https://news.example/{n}" for n in range(count)]
        assert archive.search("반도체").total == count
        assert archive.db.execute("SELECT COUNT(*) FROM reporters").fetchone()[0] == count


def test_the_same_article_twice_in_one_batch(tmp_path):
    first, = records(1)
    edited = dict(first, body_paragraphs=["고친 문단 전략기술을 다룬다."])
    with Archive(tmp_path / "a.db") as archive, archive.writer(batch_size=100, enrich=False) as writer:
        assert [writer.add(r) for r in (first, first, edited)] == ["added", "unchanged", "updated"]
    with Archive(tmp_path / "a.db") as archive:
        assert archive.count() == 1
        assert archive.search("전략기술").total == 1 and archive.search("올랐다").total == 0


def test_a_field_sqlite_cannot_store_is_one_bad_record(tmp_path):
    pages = tmp_path / "p.jsonl"
    lines = [dict(records(1)[0], press={"name": "신문일보"}), dict(records(1, 1)[0], reporters=[{"name": ["홍길동"]}]),
             *records(2, 2)]
    pages.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    from click.testing import CliRunner
    result = CliRunner().invoke(main, ["archive", "add", "--no-enrich", str(pages), "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 1
    assert "p.jsonl:1: error: bad record: TypeError: press is a dict" in result.output
    assert "p.jsonl:2: error: bad record" in result.output
    with Archive(tmp_path / "a.db") as archive:
        assert archive.count() == 2


def test_an_older_archive_gets_the_bulk_load_setting_and_keeps_its_results(tmp_path):
    path = tmp_path / "old.db"
    with Archive(path) as archive:
        archive.add_records(records(30), enrich=False)
        before = [(h.id, h.snippet) for h in archive.search("반도체는", limit=50).hits]
        archive.db.execute("DELETE FROM fts_config WHERE k = 'hashsize'")  # as an archive built before it
        archive.db.commit()
    with Archive(path) as archive:
        assert archive.db.execute("SELECT v FROM fts_config WHERE k = 'hashsize'").fetchone() == (FTS_HASH_BYTES,)
        archive.add_records(records(5, 30), enrich=False)
        assert [(h.id, h.snippet) for h in archive.search("반도체는", limit=50).hits][5:] == before[:30]
        assert archive.integrity() == "ok"
        archive.db.execute("INSERT INTO fts(fts, rank) VALUES ('integrity-check', 0)")


def test_a_readonly_archive_is_not_migrated(tmp_path):
    path = tmp_path / "ro.db"
    with Archive(path) as archive:
        archive.add_records(records(2), enrich=False)
        archive.db.execute("DELETE FROM fts_config WHERE k = 'hashsize'")
        archive.db.commit()
    with Archive(path, readonly=True) as archive:
        assert archive.search("반도체").total == 2
    assert sqlite3.connect(path).execute("SELECT v FROM fts_config WHERE k = 'hashsize'").fetchone() is None


def test_jsonl_records_read_as_the_standard_library_reads_them(tmp_path):
    """NaN and integers past 64 bits are kept as json.loads reads them (orjson would refuse the first
    and make a float of the second), a broken line is reported in json's words."""
    from click.testing import CliRunner

    plain, nan, huge = records(3)
    nan["score"] = float("nan")
    huge["views"] = 123456789012345678901234567890
    lines = [json.dumps(r, ensure_ascii=False) for r in (plain, nan, huge)] + ['{"title": "끊긴 줄"']
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["archive", "add", "--no-enrich", str(tmp_path / "in.jsonl"),
                                       "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 1, result.output  # a problem was reported
    try:
        json.loads(lines[3])
    except json.JSONDecodeError as exc:
        expected = f"not JSON: {exc.msg}"
    assert expected in result.output and "3 added" in result.output
    with Archive(tmp_path / "a.db") as archive:
        ids = [row[0] for row in archive.db.execute("SELECT id FROM articles ORDER BY rowid")]
        stored = [archive.get(key) for key in ids]
    assert stored[2]["views"] == 123456789012345678901234567890 and type(stored[2]["views"]) is int
    assert stored[1]["score"] != stored[1]["score"]  # NaN, as json.loads reads it
    assert stored[0]["title"] == plain["title"]


def test_adding_jsonl_records_never_loads_the_extractor(tmp_path):
    """A bulk load of records skips the extraction stages' import (HTML pages still bring them in)."""
    import subprocess
    import sys

    (tmp_path / "in.jsonl").write_text(json.dumps(records(1)[0], ensure_ascii=False) + "\n", encoding="utf-8")
    code = ("import atexit, sys\nfrom sinmun.cli import main\n"  # the command ends with sys.exit
            "atexit.register(lambda: print(sorted(m for m in sys.modules if m.startswith('sinmun.extraction'))))\n"
            f"main(['archive', 'add', '--no-enrich', {str(tmp_path / 'in.jsonl')!r}, '--db', "
            f"{str(tmp_path / 'a.db')!r}])\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip().splitlines()[-1] == "[]", run.stderr
    with Archive(tmp_path / "a.db") as archive:
        assert archive.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1
