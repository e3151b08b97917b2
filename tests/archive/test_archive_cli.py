"""The archive commands end to end: real files, real subprocesses, a real SQLite file."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
from urllib.parse import quote

import pytest
from archive_helpers import CORPUS, ROOT, Feed, Server, sinmun_command, wait_for, write_jsonl
from click.testing import CliRunner

from sinmun.archive import Archive
from sinmun.archive.synthetic import SyntheticNews
from sinmun.cli import main

EXAMPLE = ROOT / "examples" / "press-article.html"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_add_pages_and_jsonl_then_search(tmp_path):
    db = str(tmp_path / "a.db")
    extracted = run("extract", str(EXAMPLE), "--format", "jsonl")
    jsonl = tmp_path / "records.jsonl"
    jsonl.write_text(extracted.output + "\n{broken json\n", encoding="utf-8")
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    write_jsonl(tmp_path / "pages" / "more.jsonl", CORPUS)

    result = run("archive", "add", str(EXAMPLE), str(jsonl), str(tmp_path / "pages"), "--db", db)
    assert result.exit_code == 1  # two bad inputs, reported, not fatal
    assert "records.jsonl:3: error: not JSON" in result.stderr
    assert "image.html: error:" in result.stderr and "Traceback" not in result.stderr
    with Archive(db, readonly=True) as archive:
        assert archive.count() == 1 + len(CORPUS)  # the page and its JSONL record are one article
        stored = archive.get(archive.search("자전거길").hits[0].id)
        assert stored["has_original"] and stored["source"] == str(EXAMPLE)

    again = run("archive", "add", str(EXAMPLE), "--db", db)
    assert again.exit_code == 0 and "1 files already done" in again.stderr

    found = run("search", "자전거길을", "--db", db, "--format", "json")
    payload = json.loads(found.output)
    assert payload["total"] == 1 and "[자전거길]" in payload["hits"][0]["snippet"]
    table = run("search", "전략기술", "--db", db, "--press", "한빛경제")
    assert "정부, 전략 기술 육성 계획 발표" in table.output and "한미, 전략기술" not in table.output
    assert "people:" in run("search", "전략기술", "--db", db).output
    person = json.loads(run("search", "", "--db", db, "--person", "한가람", "--format", "json").output)
    assert [h["title"] for h in person["hits"]] == ["한미, 전략기술 협력 강화"]


def test_trend_table_and_png(tmp_path):
    db = str(tmp_path / "t.db")
    run("archive", "add", str(write_jsonl(tmp_path / "c.jsonl", CORPUS)), "--db", db, "--no-enrich")
    table = run("trend", "전략기술", "--db", db, "--by", "press", "--interval", "week", "--png",
                str(tmp_path / "t.png"))
    assert table.exit_code == 0, table.output
    assert "2025-08-04" in table.output and "한빛경제" in table.output
    assert (tmp_path / "t.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    series = json.loads(run("trend", "전략기술", "--db", db, "--format", "json").output)["series"]
    assert sum(series["전체"]) == 2


def test_missing_archive_and_bad_date_are_one_line_errors(tmp_path):
    missing = run("search", "x", "--db", str(tmp_path / "none.db"))
    assert missing.exit_code == 2 and "no archive at" in missing.stderr and "Traceback" not in missing.stderr
    run("archive", "add", str(write_jsonl(tmp_path / "c.jsonl", CORPUS[:1])), "--db", str(tmp_path / "x.db"))
    bad = run("search", "x", "--db", str(tmp_path / "x.db"), "--since", "someday")
    assert bad.exit_code == 2 and "not a date" in bad.output


def count_rows(db) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as connection:
            return connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def done_sources(db) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as connection:
            return connection.execute("SELECT COUNT(*) FROM sources").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_sigkill_half_way_leaves_a_sound_database_and_rerun_resumes(tmp_path):
    """Two complete files, then standard input that the test holds open: the writer cannot finish,
    wherever the scheduler lets it get, so the kill always lands half-way."""
    records = list(SyntheticNews(seed=11).records(9000))
    parts = [write_jsonl(tmp_path / f"part{i}.jsonl", records[3000 * i:3000 * (i + 1)]) for i in range(2)]
    db = tmp_path / "k.db"
    options = ("--db", str(db), "--no-enrich", "--batch-size", "200")
    writer = subprocess.Popen(sinmun_command("archive", "add", *map(str, parts), "-", *options),
                              stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    feed = Feed(writer)
    try:
        feed.send(records[6000:7500])
        wait_for(lambda: done_sources(db) == 2 and count_rows(db) > 6000 or writer.poll() is not None,
                 "the writer to commit both files and a batch of the pipe")
        assert writer.poll() is None, "the writer stopped while its input was still open"
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
    finally:
        feed.close()
    killed_at = count_rows(db)
    assert 6000 < killed_at <= 7500

    with Archive(db) as archive:  # opens (recovering the WAL) and is consistent
        assert archive.integrity() == "ok"
        archive.db.execute("INSERT INTO fts(fts, rank) VALUES ('integrity-check', 1)")  # raises if corrupt
        assert archive.count() == killed_at and killed_at % 200 == 0  # whole batches only
        assert archive.search("전략기술").total > 0

    third = write_jsonl(tmp_path / "part2.jsonl", records[6000:])  # the rest, as a file this time
    command = sinmun_command("archive", "add", *map(str, parts), str(third), *options)
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert "2 files already done" in rerun.stderr  # part0 and part1 were complete: skipped
    with Archive(db, readonly=True) as archive:
        assert archive.count() == 9000 and archive.integrity() == "ok"


def test_readers_work_while_archive_add_writes(tmp_path):
    """The writer reads its standard input, which the test fills in four steps; after each step the test waits
    until those records are committed and reads (directly and through a real server) while the
    writer is still running, blocked on the pipe."""
    records = list(SyntheticNews(seed=11).records(4000))
    db = tmp_path / "rw.db"
    Archive(db).add_records(CORPUS, enrich=False)
    server = Server(db)
    writer = subprocess.Popen(sinmun_command("archive", "add", "-", "--db", str(db),
                                             "--no-enrich", "--batch-size", "250"),
                              stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    feed = Feed(writer)
    try:
        seen = []
        with Archive(db, readonly=True) as reader:
            for step in range(4):
                feed.send(records[1000 * step:1000 * (step + 1)])
                expected = len(CORPUS) + 1000 * (step + 1)
                wait_for(lambda: count_rows(db) >= expected or writer.poll() is not None, f"{expected} rows")
                assert writer.poll() is None, writer.stderr.read().decode()
                seen.append(reader.search("", limit=1).total)
                status, html = server.get("/?q=" + quote("전략기술"))
                assert status == 200 and "검색 결과" in html
        feed.close()
        assert writer.wait(300) == 0, writer.stderr.read().decode()
        assert seen == [len(CORPUS) + 1000 * step for step in (1, 2, 3, 4)]
        status, html = server.get("/?q=" + quote("육성 계획을"))
        assert status == 200 and "정부, 전략 기술 <mark>육성</mark> <mark>계획</mark> 발표" in html
    finally:
        feed.close()
        server.stop()
        if writer.poll() is None:
            writer.kill()
    with Archive(db, readonly=True) as archive:
        assert archive.count() == len(CORPUS) + 4000


@pytest.mark.parametrize("query", ["", "<script>"])
def test_search_json_is_valid_for_odd_queries(tmp_path, query):
    db = str(tmp_path / "o.db")
    run("archive", "add", str(write_jsonl(tmp_path / "c.jsonl", CORPUS)), "--db", db, "--no-enrich")
    payload = json.loads(run("search", query, "--db", db, "--format", "json").output)
    assert payload["total"] == (len(CORPUS) if not query else 0)
