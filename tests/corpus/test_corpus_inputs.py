"""Corpus inputs: WARC, JSONL, directories, globs, and bad input of every kind."""
import gzip
import os

from corpus_pages import (
    http_response,
    list_page,
    story_page,
    warc_record,
    write_jsonl,
    write_warc,
)

from sinmun.io.pages import InputProblem, PageInput
from sinmun.io.sources import iter_pages
from sinmun.corpus.records import (
    ARTICLE,
    ERROR,
    SKIPPED,
    RecordOptions,
    build_outcome,
    reference_date_of,
)


def outcomes(*inputs):
    return [build_outcome(page, RecordOptions()) for page in iter_pages([str(i) for i in inputs])]


def test_warc_takes_html_responses_with_their_url_and_date(tmp_path):
    warc = write_warc(tmp_path / "crawl.warc.gz", [
        warc_record("https://www.sinmun-ilbo.example/news/bridge", http_response(story_page("bridge").encode())),
        warc_record("https://www.sinmun-ilbo.example/logo.png", http_response(b"\x89PNG\r\n", "image/png")),
        warc_record("https://www.sinmun-ilbo.example/gone", http_response(b"<html></html>", status="404 Not Found")),
        warc_record("https://www.sinmun-ilbo.example/news/rain", http_response(story_page("rain").encode())),
    ])
    results = outcomes(warc)
    assert [o.status for o in results] == [ARTICLE, SKIPPED, SKIPPED, ARTICLE]
    assert [o.reason for o in results[1:3]] == ["not-html", "http-404"]
    first = results[0].record
    assert first["url"] == "https://www.sinmun-ilbo.example/news/bridge"
    assert first["fetched_at"] == "2025-09-03T01:00:00Z"
    assert first["source"].startswith(f"{warc}#urn:uuid:")
    assert first["title"] == "낡은 육교 세 곳 철거…횡단보도로 바꾼다"


def test_warc_date_is_the_reference_date_in_korean_time():
    assert str(reference_date_of("2025-12-31T16:30:00Z")) == "2026-01-01"
    assert str(reference_date_of("2025-12-31")) == "2025-12-31"
    assert reference_date_of("yesterday-ish") is None


def test_broken_http_header_is_an_error_and_the_next_record_still_comes(tmp_path):
    warc = write_warc(tmp_path / "bad.warc", [
        warc_record("https://x.example/broken", b"GARBAGE\x00 not http\r\nno header\r\n\r\n<html>x</html>"),
        warc_record("https://www.sinmun-ilbo.example/news/rain", http_response(story_page("rain").encode())),
    ])
    results = outcomes(warc)
    assert [(o.status, o.reason) for o in results] == [(ERROR, "warc-bad-http"), (ARTICLE, None)]
    assert "no HTTP status line" in results[0].message
    assert results[0].url == "https://x.example/broken"


def test_truncated_warc_gz_keeps_the_records_before_the_cut(tmp_path):
    whole = write_warc(tmp_path / "whole.warc.gz", [
        warc_record(f"https://www.sinmun-ilbo.example/news/{key}", http_response(story_page(key).encode()))
        for key in ("bridge", "library", "rain")])
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) * 5 // 6])
    results = outcomes(cut)
    assert [o.status for o in results[:2]] == [ARTICLE, ARTICLE]
    assert len(results) == 3
    assert results[2].status == ERROR and results[2].reason in ("warc-truncated", "warc-corrupt")


def test_garbage_named_warc_is_one_error(tmp_path):
    (tmp_path / "x.warc.gz").write_bytes(gzip.compress(b"this is not a WARC file\n" * 10))
    (tmp_path / "y.warc").write_bytes(b"\x00\x01 nonsense")
    results = outcomes(tmp_path / "x.warc.gz", tmp_path / "y.warc")
    assert [(o.status, o.reason) for o in results] == [(ERROR, "warc-corrupt")] * 2


def test_jsonl_lines_bad_json_and_missing_html(tmp_path):
    path = write_jsonl(tmp_path / "pages.jsonl.gz", [
        {"html": story_page("library"), "url": "https://www.sinmun-ilbo.example/news/library",
         "fetched_at": "2025-09-03T10:00:00+09:00"},
        '{"html": "<html>cut in the midd',
        "",
        {"url": "https://x.example/no-html"},
        {"html": list_page()},
    ])
    results = outcomes(path)
    assert [(o.source.rsplit(":", 1)[1], o.status, o.reason) for o in results] == [
        ("1", ARTICLE, None), ("2", ERROR, "bad-json"), ("4", ERROR, "no-html"), ("5", "non-article", "not-article")]
    assert results[0].record["fetched_at"] == "2025-09-03T10:00:00+09:00"
    assert results[0].record["url"] == "https://www.sinmun-ilbo.example/news/library"


def test_directories_globs_and_odd_file_names(tmp_path):
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "a.html").write_text(story_page("bridge"), encoding="utf-8")
    odd = os.fsencode(folder) + b"/\xff\xfe-page.html"  # not UTF-8
    with open(odd, "wb") as stream:
        stream.write(story_page("rain").encode())
    (folder / "notes.md").write_text("not a page")
    (folder / "dir.html").mkdir()  # a directory with a page's name is not a page
    os.symlink(folder / "missing.html", folder / "dangling.html")  # unreadable, even for root
    write_jsonl(folder / "more.jsonl", [{"html": story_page("library")}])
    results = outcomes(folder, tmp_path / "s*e", tmp_path / "nothing-*.html", tmp_path / "absent.html")
    names = [o.source.replace(str(tmp_path), "T") for o in results]
    in_folder = ["T/site/a.html", "T/site/dangling.html", "T/site/more.jsonl:1", "T/site/\\xff\\xfe-page.html"]
    # the glob "s*e" matches the folder again: its pages come twice, in the same (sorted) order
    assert names == in_folder + in_folder + ["T/nothing-*.html", "T/absent.html"]
    assert [(o.status, o.reason) for o in results[:4]] == [
        (ARTICLE, None), (ERROR, "unreadable"), (ARTICLE, None), (ARTICLE, None)]
    assert [o.reason for o in results[-2:]] == ["no-match", "missing"]


def test_readers_are_lazy_for_plain_files(tmp_path):
    page = tmp_path / "a.html"
    page.write_text(story_page("bridge"), encoding="utf-8")
    (item,) = iter_pages([str(page)])
    assert isinstance(item, PageInput) and item.html is None and item.path == str(page)
    page.unlink()  # read only when processed: a file gone by then is an error, not a crash
    outcome = build_outcome(item)
    assert (outcome.status, outcome.reason) == (ERROR, "unreadable")
    assert not isinstance(item, InputProblem)


def test_chmod_000_file_is_unreadable_when_not_root(tmp_path):
    page = tmp_path / "locked.html"
    page.write_text(story_page("bridge"), encoding="utf-8")
    page.chmod(0)
    try:
        (outcome,) = outcomes(page)
        expected = ARTICLE if os.geteuid() == 0 else ERROR  # root reads any file
        assert outcome.status == expected
    finally:
        page.chmod(0o644)

