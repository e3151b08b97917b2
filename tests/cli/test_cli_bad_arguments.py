"""Bad arguments and bad inputs found by the robustness audit: each is one clear line, never a traceback
or an ``internal`` error, and no page goes missing."""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

EXAMPLE = ROOT / "examples" / "press-article.html"
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "200"}
ENV.pop("SINMUN_DEBUG", None)


def sinmun(*args: str, cwd: Path = ROOT, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sinmun.cli", *args], text=True, capture_output=True, cwd=cwd,
                          env=ENV, timeout=300, input=stdin)


def clean(result: subprocess.CompletedProcess) -> str:
    """stderr, checked to hold neither a traceback nor an unexpected (internal) error."""
    assert "Traceback" not in result.stderr and "internal" not in result.stderr, result.stderr
    return result.stderr


# --- fetch and crawl ----------------------------------------------------------------------------------------------

@pytest.fixture
def crawl_extra():
    pytest.importorskip("courlan")
    pytest.importorskip("httpx")


def test_a_url_list_with_bytes_that_are_not_utf8_reports_those_lines(tmp_path, crawl_extra):
    listing = tmp_path / "urls.txt"
    listing.write_bytes(b"# urls\n\xff\xfe not a url\n\nnot a url either\n")
    result = sinmun("fetch", "-i", str(listing), "-w", str(tmp_path / "f.warc.gz"), "--no-progress")
    errors = clean(result)
    assert "\\xff\\xfe not a url: error: not an http(s) URL" in errors
    assert "not a url either: error: not an http(s) URL" in errors


@pytest.mark.parametrize("proxy", ["notaproxy", "http://[::1", "ftp://proxy.example:21", "http://:3128"])
def test_a_proxy_that_is_not_a_url_is_a_usage_error(tmp_path, proxy, crawl_extra):
    result = sinmun("fetch", "http://127.0.0.1:9/a", "--proxy", proxy, "-w", str(tmp_path / "p.warc.gz"))
    assert result.returncode == 2
    assert "not a proxy URL" in clean(result)
    assert not (tmp_path / "p.warc.gz").exists()


def test_a_user_agent_with_a_line_break_is_a_usage_error(tmp_path, crawl_extra):
    result = sinmun("fetch", "http://127.0.0.1:9/a", "--user-agent", "sinmun\r\nX-Evil: 1",
                    "-w", str(tmp_path / "u.warc.gz"))
    assert result.returncode == 2
    assert "one line of printable text" in clean(result)


@pytest.mark.parametrize("target", ["http://[::1", "https://news.example:99999/", "http:///nohost"])
def test_crawl_of_a_malformed_url_is_a_usage_error(tmp_path, target, crawl_extra):
    result = sinmun("crawl", target, "--since", "2025-08-01", "-w", str(tmp_path / "c.warc.gz"))
    assert result.returncode == 2
    assert "not an http(s) URL" in clean(result)


# --- extract: one page a file --------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["pages.warc.gz", "pages.warc", "pages.jsonl", "pages.jsonl.gz"])
def test_extract_of_a_file_of_many_pages_says_to_use_run_instead_of_making_one_record(tmp_path, name):
    many = tmp_path / name
    many.write_bytes(EXAMPLE.read_bytes())  # whatever the bytes: the name says it holds many pages
    result = sinmun("extract", str(many), "--format", "jsonl")
    assert result.returncode == 1
    assert result.stdout == ""
    assert f"{many}: error: " in clean(result) and f"sinmun run {many} -o OUT.jsonl" in result.stderr


def test_extract_of_a_directory_names_the_files_of_many_pages_it_leaves_out(tmp_path):
    (tmp_path / "a.html").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "b.warc.gz").write_bytes(b"")
    (tmp_path / "c.jsonl").write_text('{"html": "<p>x</p>"}\n')
    result = sinmun("extract", str(tmp_path), "--format", "jsonl")
    assert result.returncode == 0  # the one page there was extracted
    assert len(result.stdout.splitlines()) == 1
    errors = clean(result)
    assert f"{tmp_path / 'b.warc.gz'}: warning: not read: a WARC file" in errors
    assert f"{tmp_path / 'c.jsonl'}: warning: not read: a JSON Lines file" in errors


# --- archive commands ----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def small_archive(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("archive") / "news.db"
    result = sinmun("archive", "add", str(EXAMPLE), "--db", str(db), "--no-enrich")
    assert result.returncode == 0, result.stderr
    return db


def test_serve_on_a_file_that_is_not_an_archive_is_one_line_and_never_serves(tmp_path):
    for module in ("fastapi", "uvicorn", "jinja2", "kiwipiepy", "matplotlib"):
        pytest.importorskip(module)
    not_db = tmp_path / "notes.db"
    not_db.write_bytes(b"these are notes, not a database\n" * 50)
    for db in (not_db, tmp_path / "missing.db"):
        result = sinmun("serve", "--db", str(db), "--port", "0")
        assert result.returncode == 2
        assert "serving" not in result.stderr
        assert len(clean(result).strip().splitlines()) == 1
    assert not (tmp_path / "missing.db").exists()


def test_enrich_of_a_missing_archive_says_so_and_creates_nothing(tmp_path):
    pytest.importorskip("kiwipiepy")
    result = sinmun("archive", "enrich", "--db", str(tmp_path / "typo.db"))
    assert result.returncode == 2
    assert "no archive at" in clean(result)
    assert not (tmp_path / "typo.db").exists()


def test_an_output_in_a_missing_folder_is_named_and_not_taken_for_a_missing_archive(tmp_path, small_archive):
    target = tmp_path / "no-such-folder" / "articles.csv"
    result = sinmun("archive", "export", str(target), "--db", str(small_archive))
    assert result.returncode == 2
    line = clean(result).strip()
    assert line == f"error: cannot write {target}: No such file or directory"


def test_a_chart_into_a_missing_folder_is_named(tmp_path, small_archive):
    pytest.importorskip("matplotlib")
    target = tmp_path / "no-such-folder" / "trend.png"
    result = sinmun("trend", "", "--db", str(small_archive), "--format", "json", "--png", str(target))
    assert result.returncode == 2
    assert clean(result).strip() == f"error: cannot write {target}: No such file or directory"


def test_a_chart_says_in_one_line_when_no_font_draws_hangul(tmp_path, small_archive):
    """matplotlib warns once per Hangul glyph when no Korean font is installed: the command prints one note
    instead (and nothing when a Korean font is there)."""
    pytest.importorskip("matplotlib")
    from sinmun.archive.trend import korean_font_file
    target = tmp_path / "trend.png"
    result = sinmun("trend", "", "--db", str(small_archive), "--format", "json", "--png", str(target))
    assert result.returncode == 0 and target.read_bytes()[:4] == b"\x89PNG"
    lines = clean(result).strip().splitlines()
    note = ["note: no Korean font found, so Hangul in the chart shows as boxes (install one, e.g. apt install "
            "fonts-noto-cjk)"]
    assert lines == (note if korean_font_file() is None else []) + [f"chart written to {target}"]


@pytest.mark.parametrize("size", ["0", "-5"])
def test_a_batch_size_below_one_is_a_usage_error(tmp_path, size):
    result = sinmun("archive", "add", str(EXAMPLE), "--db", str(tmp_path / "b.db"), "--batch-size", size)
    assert result.returncode == 2
    assert "--batch-size" in clean(result)


def _records_file(tmp_path: Path, count: int) -> bytes:
    lines = []
    for n in range(count):
        lines.append(json.dumps({"title": f"예시 기사 {n}번", "url": f"https://news.example.co.kr/news/{n}",
                                 "body_paragraphs": [f"홍길동 기자가 쓴 {n}번째 기사의 본문이다. " * 20],
                                 "press": "예시일보", "published": "2025-08-05T09:00:00+09:00"},
                                ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode()


def test_archive_add_reads_gzipped_jsonl_and_sends_warc_files_to_run(tmp_path):
    records = tmp_path / "records.jsonl.gz"
    records.write_bytes(gzip.compress(_records_file(tmp_path, 3)))
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(gzip.compress(b"WARC/1.0\r\n"))
    db = tmp_path / "a.db"
    result = sinmun("archive", "add", str(records), str(warc), "--db", str(db), "--no-enrich")
    assert result.returncode == 1
    errors = clean(result)
    assert f"{warc}: error: a WARC file holds many pages; add them with: sinmun run {warc}" in errors
    assert "3 added" in errors and "3 articles in the archive" in errors


def test_archive_add_of_a_gzipped_jsonl_cut_short_keeps_what_came_before_and_reports_the_cut(tmp_path):
    whole = gzip.compress(_records_file(tmp_path, 200))
    records = tmp_path / "cut.jsonl.gz"
    records.write_bytes(whole[: len(whole) * 3 // 4])
    result = sinmun("archive", "add", str(records), "--db", str(tmp_path / "a.db"), "--no-enrich")
    assert result.returncode == 1
    errors = clean(result)
    assert f"{records}: error: " in errors and "ended before" in errors
    added = int(errors.rsplit("problems; ", 1)[1].split()[0])
    assert 0 < added < 200
