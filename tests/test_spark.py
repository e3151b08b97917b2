"""sinmun.spark on a real local[2] Spark session: same records as `sinmun run`."""
import os
import shutil
import sys

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from corpus_pages import http_response, list_page, read_jsonl, story_page, warc_record, write_jsonl, write_warc

from sinmun.cli import main
from sinmun.corpus import RunConfig, run_corpus


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
        warc_record("https://www.sinmun-ilbo.example/news/bridge", http_response(story_page("bridge").encode())),
        warc_record("https://www.sinmun-ilbo.example/logo.png", http_response(b"\x89PNG", "image/png")),
        warc_record("https://x.example/broken", b"NOT HTTP\r\n\r\n<html></html>"),
    ])
    jsonl = write_jsonl(folder / "dump.jsonl", [{"html": story_page("rain"), "url": "https://a.example/rain",
                                                "fetched_at": "2025-09-04T09:00:00+09:00"},
                                               "{not json", {"html": list_page()}])
    return [str(warc), str(jsonl), str(folder / "absent.warc.gz")]


def test_spark_extracts_the_same_records_as_sinmun_run(spark, inputs, tmp_path):
    from sinmun.spark import extract_pages, read_pages
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
    from sinmun.spark import extract_pages
    pages = spark.createDataFrame([(story_page("library"), "https://a.example/lib"), ("", None)], ["html", "url"])
    rows = extract_pages(pages).orderBy("source").collect()
    assert [(r.status, r.reason) for r in rows] == [("article", None), ("error", "empty")]
    assert rows[0].url == "https://a.example/lib" and rows[0].reporters[0].name == "김하늘"
    assert all(r.source.startswith("partition-") for r in rows)  # no source column: partition:row


def test_spark_command_writes_parquet_and_the_errors(spark, inputs, tmp_path):
    out = tmp_path / "corpus.parquet"
    runner = CliRunner()
    result = runner.invoke(main, ["spark", *inputs, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "pages in       7" in result.output and "articles       2" in result.output
    table = pq.read_table(out)
    assert sorted(table.column("title").to_pylist()) == ["낡은 육교 세 곳 철거…횡단보도로 바꾼다", "주말 남부 많은 비…최대 120㎜ 예보"]
    errors = [line for part in sorted((tmp_path / "corpus.parquet.errors").glob("part-*"))
              for line in read_jsonl(part)]
    assert sorted(e["reason"] for e in errors) == ["bad-json", "missing", "not-article", "not-html", "warc-bad-http"]
    again = runner.invoke(main, ["spark", *inputs, "-o", str(out)])
    assert again.exit_code == 1 and "exists: use --overwrite" in again.output
