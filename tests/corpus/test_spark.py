"""sinmun.corpus.spark on a real local[2] Spark session: same records as `sinmun run`, the cluster job's
host filter, partitioned output with provenance, counters, resume and corpus-wide dedup."""
import gzip
import json
import os
import shutil
import sys

import pyarrow.dataset as ds
import pytest
from click.testing import CliRunner
from corpus_pages import (STORIES, article_page, http_response, list_page, read_jsonl, story_page, warc_record,
                          write_jsonl, write_warc)

from sinmun.cli import main
from sinmun.corpus import RunConfig, run_corpus

NEWS = "https://www.sinmun-ilbo.example/news/"


@pytest.fixture(scope="module")
def spark():
    if not shutil.which("java"):
        if os.environ.get("CI"):
            pytest.fail("java missing in CI: scripts/services.sh should have installed it")
        pytest.skip("no java")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession
    session = (SparkSession.builder.master("local[2]").appName("sinmun-tests")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate())
    yield session
    session.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("spark-inputs")
    warc = write_warc(folder / "crawl.warc.gz", [
        warc_record(NEWS + "bridge", http_response(story_page("bridge").encode())),
        warc_record("https://www.sinmun-ilbo.example/logo.png", http_response(b"\x89PNG", "image/png")),
        warc_record("https://x.example/broken", b"NOT HTTP\r\n\r\n<html></html>"),
    ])
    jsonl = write_jsonl(folder / "dump.jsonl", [{"html": story_page("rain"), "url": "https://a.example/rain",
                                                "fetched_at": "2025-09-04T09:00:00+09:00"},
                                               "{not json", {"html": list_page()}])
    return [str(warc), str(jsonl), str(folder / "absent.warc.gz")]


def test_spark_extracts_the_same_records_as_sinmun_run(spark, inputs, tmp_path):
    from sinmun.corpus.spark import extract_pages, read_pages
    rows = [r.asDict(recursive=True) for r in extract_pages(read_pages(spark, inputs), redact_pii="body").collect()]
    assert sorted((r["status"], r["reason"]) for r in rows) == sorted([
        ("article", None), ("skipped", "not-html"), ("error", "warc-bad-http"), ("article", None),
        ("error", "bad-json"), ("non-article", "not-article"), ("error", "missing")])
    spark_records = sorted((r for r in rows if r["status"] == "article"), key=lambda r: r["source"])
    run_corpus(RunConfig(inputs, str(tmp_path / "o.jsonl"), workers=0, redact_pii="body"))
    local_records = sorted(read_jsonl(tmp_path / "o.jsonl"), key=lambda r: r["source"])
    assert [r["title"] for r in local_records] == ["낡은 육교 세 곳 철거…횡단보도로 바꾼다", "주말 남부 많은 비…최대 120㎜ 예보"]
    for ours, theirs in zip(local_records, spark_records):
        assert {k: theirs[k] for k in ours} == ours


def test_extract_pages_over_a_users_dataframe(spark):
    from sinmun.corpus.spark import extract_pages
    pages = spark.createDataFrame([(story_page("library"), "https://a.example/lib"), ("", None)], ["html", "url"])
    rows = extract_pages(pages).orderBy("source").collect()
    assert [(r.status, r.reason) for r in rows] == [("article", None), ("error", "empty")]
    assert rows[0].url == "https://a.example/lib" and rows[0].reporters[0].name == "김하늘"
    assert all(r.source.startswith("partition-") for r in rows)  # no source column: partition:row


def wire_copy(site: str, dateline: str) -> str:
    title, paragraphs = STORIES["wire"]
    edited = [f"({dateline}=연합뉴스) 박민수 기자 = {paragraphs[0]}"] + paragraphs[1:]
    return article_page(title, edited, f"https://{site}/news/1", press="다른신문", reporter="박민수 기자 p@x.example")


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    """Two WARC files of one crawl: news (with wire copies) among shop pages, a PNG, a broken record."""
    folder = tmp_path_factory.mktemp("crawl")
    first = write_warc(folder / "CC-MAIN-2025-38-00000.warc.gz", [
        warc_record(NEWS + "wire", http_response(story_page("wire").encode())),
        warc_record("https://shop.example/item/1", http_response(story_page("rain").encode())),
        warc_record(NEWS + "logo.png", http_response(b"\x89PNG", "image/png")),
        warc_record(NEWS + "broken", b"NOT HTTP\r\n\r\n<html></html>"),
        warc_record(NEWS + "rain", http_response(story_page("rain").encode())),
        warc_record(NEWS + "section", http_response(list_page().encode())),
    ])
    second = write_warc(folder / "CC-MAIN-2025-38-00001.warc.gz", [
        warc_record("https://news.sinmun-ilbo.example/wire-seoul", http_response(wire_copy("b.example", "서울").encode())),
        warc_record(NEWS + "bridge", http_response(story_page("bridge").encode())),
        warc_record(NEWS + "wire-again", http_response(story_page("wire", url=NEWS + "wire-again").encode())),
        warc_record("https://blog.example/post", http_response(list_page().encode())),
    ])
    hosts = folder / "hosts.txt"
    hosts.write_text("# outlets of this test\nsinmun-ilbo.example\n", encoding="utf-8")
    return [str(first), str(second)], str(hosts)


def test_host_filter_keeps_the_news_hosts_before_parsing():
    from sinmun.corpus.spark_inputs import HostFilter, host_filter_of, known_news_hosts
    hosts = HostFilter(["chosun.com", "ytn.co.kr"])
    assert [hosts.allows(u) for u in ("https://www.chosun.com/a", "https://chosun.com/", "https://ytn.co.kr/x",
                                      "https://notchosun.com/a", "https://chosun.com.evil.example/", "", None)] == [
        True, True, True, False, False, False, False]
    known = host_filter_of("known")
    assert {"chosun.com", "ytn.co.kr"} <= known.domains == known_news_hosts()
    assert not known.allows("https://shop.example/item")


def test_path_lists_globs_and_crawl_names(tmp_path):
    from sinmun.corpus.spark_inputs import list_inputs
    listing = tmp_path / "warc.paths.gz"
    listing.write_bytes(gzip.compress(b"crawl-data/CC-MAIN-2025-38/segments/1/warc/a.warc.gz\n\n"
                                      b"crawl-data/CC-MAIN-2025-38/segments/1/warc/b.warc.gz\n"))
    for name in ("x.warc.gz", "y.warc.gz"):
        write_warc(tmp_path / name, [])
    files, problems = list_inputs([str(listing), str(tmp_path / "*.warc.gz"), str(tmp_path / "none-*.warc")],
                                  base_url="https://mirror.example/cc")
    assert [(f.index, f.url, f.crawl) for f in files] == [
        (0, "https://mirror.example/cc/crawl-data/CC-MAIN-2025-38/segments/1/warc/a.warc.gz", "CC-MAIN-2025-38"),
        (1, "https://mirror.example/cc/crawl-data/CC-MAIN-2025-38/segments/1/warc/b.warc.gz", "CC-MAIN-2025-38"),
        (2, str(tmp_path / "x.warc.gz"), "local"), (3, str(tmp_path / "y.warc.gz"), "local")]
    assert [(p.reason) for p in problems] == ["no-match"]
    assert len({f.key for f in files}) == 4


def _articles(path):
    table = ds.dataset(str(path), format="parquet", partitioning="hive").to_table()
    return sorted(table.to_pylist(), key=lambda r: (r["input_index"], r["record_index"]))


def test_job_filters_hosts_writes_partitions_with_provenance_and_resumes(spark, crawl, tmp_path):
    from fastwarc.warc import ArchiveIterator
    warcs, hosts = crawl
    out = tmp_path / "out"
    runner = CliRunner()
    result = runner.invoke(main, ["spark", *warcs, str(tmp_path / "gone.warc.gz"), "-o", str(out),
                                  "--news-hosts", hosts])
    assert result.exit_code == 0, result.output
    summary = json.loads((out / "summary.json").read_text())
    assert summary["counters"] == {"records": 10, "seen": 10, "filtered_host": 2, "not_html": 1, "not_article": 1,
                                   "extracted": 5, "skipped": {"not-html": 1, "not-article": 1},
                                   "errors": {"warc-bad-http": 1, "missing": 1}}
    assert "filtered_host  2" in result.output and "articles out   5" in result.output
    rows = _articles(out / "articles")
    assert [r["url"] for r in rows] == [NEWS + "wire", NEWS + "rain", "https://news.sinmun-ilbo.example/wire-seoul", NEWS + "bridge",
                                        NEWS + "wire-again"]
    assert {(r["crawl"], r["press_key"], r["year_month"]) for r in rows} == {
        ("CC-MAIN-2025-38", "신문일보", "2025-09"), ("CC-MAIN-2025-38", "다른신문", "2025-09")}
    assert (out / "articles" / "crawl=CC-MAIN-2025-38" / "press_key=다른신문" / "year_month=2025-09").is_dir()
    assert all(r["is_article"] and r["hangul_ratio"] > 0.5 and r["chars"] > 100 for r in rows)
    for row in rows:  # offset and length cut out exactly the record's gzip member
        with open(row["warc_file"], "rb") as stream:
            stream.seek(row["warc_offset"])
            member = stream.read(row["warc_length"])
        record = next(iter(ArchiveIterator(__import__("io").BytesIO(gzip.decompress(member)))))
        assert record.record_id.strip("<>") == row["warc_record_id"] and row["fetch_date"] == "2025-09-03T01:00:00Z"
    errors = sorted(e["reason"] for path in (out / "errors").glob("*.jsonl") for e in read_jsonl(path))
    assert errors == ["not-article", "not-html", "warc-bad-http"]
    again = runner.invoke(main, ["spark", *warcs, "-o", str(out), "--news-hosts", hosts])
    assert again.exit_code == 0 and "inputs         2 (2 finished before, skipped)" in again.output
    assert _articles(out / "articles") == rows


def test_job_dedup_gives_the_clusters_of_sinmun_run(spark, crawl, tmp_path):
    from sinmun.corpus.spark_job import JobConfig, run_job
    warcs, _ = crawl
    summary = run_job(spark, JobConfig(tuple(warcs), str(tmp_path / "out"), dedup="mark"))
    ours = {r["source"]: (r["dup_cluster"], r["duplicate"]) for r in _articles(tmp_path / "out" / "articles")}
    run_corpus(RunConfig(warcs, str(tmp_path / "run.jsonl"), workers=0, dedup="mark"))
    theirs = {r["source"]: (r["dup_cluster"], r["duplicate"]) for r in read_jsonl(tmp_path / "run.jsonl")}
    assert ours == theirs
    assert sorted(kind or "-" for _, kind in ours.values()) == ["-", "-", "-", "exact", "exact", "near"]
    assert summary.duplicates == 3
    kept = run_job(spark, JobConfig(tuple(warcs), str(tmp_path / "kept"), dedup="keep-first"))
    assert (kept.articles_out, kept.duplicates_dropped) == (3, 3)


def test_a_missing_news_hosts_file_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["spark", "x.warc.gz", "-o", str(tmp_path / "o"),
                                       "--news-hosts", str(tmp_path / "none.txt")])
    assert result.exit_code == 2 and "no such file" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "o").exists()


def test_records_of_other_hosts_are_never_parsed(tmp_path):
    from sinmun.corpus.spark_inputs import HostFilter, InputFile, ReadCounters, pages_of_input
    warc = write_warc(tmp_path / "mixed.warc.gz", [
        warc_record(f"https://shop{i}.example/item", http_response(story_page("rain").encode())) for i in range(20)
    ] + [warc_record(NEWS + "bridge", http_response(story_page("bridge").encode()))])
    parsed = []

    def watch(frame, event, arg):
        if event == "call" and frame.f_code.co_name == "page_of_record":
            parsed.append(frame.f_code.co_filename)
    counters = ReadCounters()
    sys.setprofile(watch)
    try:
        pages = list(pages_of_input(InputFile(0, str(warc), "local"), HostFilter(["sinmun-ilbo.example"]), counters))
    finally:
        sys.setprofile(None)
    assert [page.url for page, _ in pages] == [NEWS + "bridge"] and len(parsed) == 1
    assert (counters.records, counters.responses, counters.filtered_host) == (21, 21, 20)


def test_a_job_whose_inputs_name_no_file_reports_them_in_its_summary(spark, tmp_path):
    runner = CliRunner()
    out = tmp_path / "out"
    result = runner.invoke(main, ["spark", str(tmp_path / "missing.warc.gz"), str(tmp_path / "none-*.warc.gz"),
                                  "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"input problem  {tmp_path / 'missing.warc.gz'}: missing: " in result.output
    summary = json.loads((out / "summary.json").read_text())
    assert [p["reason"] for p in summary["input_problems"]] == ["missing", "no-match"]
    assert summary["articles_out"] == 0
