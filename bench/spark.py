"""Spark job benchmark: records/s per core with and without the news-host filter, and rows/s of
the corpus-wide dedup stage.

1. A WARC file of N response records (default 3000) where 2% are on a news host: the pages of
   bench/corpus.py (the project's pages and the shared real pages, read at run time), the
   other 98% served from non-news hosts. One job task (:func:`sinmun.corpus.spark_job.process_input`,
   what one core runs) reads it with ``--news-hosts FILE`` and without.
2. The dedup stage (:func:`sinmun.corpus.spark_dedup.mark_duplicates`) on M articles (default 100k,
   a third of them exact or near copies) on Spark ``local[2]``.

    .venv/bin/python bench/spark.py                          # 3000 records, 100k articles
    .venv/bin/python bench/spark.py --records 1000 --articles 20000
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))
NEWS_HOST = "news.sinmun-bench.example"


def build_warc(path: Path, count: int, news_share: float = 0.02) -> int:
    """``count`` records, every 1/news_share-th on the news host; returns the number of news records."""
    from corpus import source_pages
    from corpus_pages import http_response, warc_record
    import gzip
    pages, every, news = source_pages(), round(1 / news_share), 0
    with open(path, "wb") as stream:
        for i in range(count):
            _, html = pages[i % len(pages)]
            host = NEWS_HOST if i % every == 0 else f"www.shop{i % 97}.example"
            news += host == NEWS_HOST
            stream.write(gzip.compress(warc_record(f"https://{host}/page/{i}", http_response(html))))
    return news


def time_task(warc: Path, output: Path, hosts: frozenset[str] | None) -> dict:
    from sinmun.corpus.spark_inputs import InputFile
    from sinmun.corpus.spark_job import TaskSettings, process_input
    started = time.perf_counter()
    marker = process_input(InputFile(0, str(warc), "bench"), TaskSettings(str(output), hosts, None))
    seconds = time.perf_counter() - started
    return {"records": marker["seen"], "extracted": marker["extracted"], "filtered_host": marker["filtered_host"],
            "seconds": round(seconds, 2), "records_per_s_per_core": round(marker["seen"] / seconds, 1)}


def synthetic_articles(count: int, seed: int = 3):
    """Rows as the job's parts hold them: a third are exact (1/9) or near (2/9) copies of another."""
    import hashlib

    import numpy as np
    from sinmun.corpus.dedup import NUM_PERM
    rng = np.random.default_rng(seed)
    rows = []
    for n in range(count):
        kind = n % 9
        if kind == 3 and n > 9:      # exact copy
            source = rows[n - 3]
            rows.append((0, n, f"id{n}", source[3], source[4]))
            continue
        values = rng.integers(0, 2**32, NUM_PERM, dtype=np.uint32)
        if kind in (5, 7) and n > 9:  # near copy: 5% of the hash values differ
            values = np.frombuffer(rows[n - 2][4], dtype=np.uint32).copy()
            changed = rng.choice(NUM_PERM, NUM_PERM // 20, replace=False)
            values[changed] = rng.integers(0, 2**32, len(changed), dtype=np.uint32)
        exact = hashlib.blake2b(values.tobytes(), digest_size=16).hexdigest()
        rows.append((0, n, f"id{n}", exact, values.tobytes()))
    return rows


def time_dedup(count: int) -> dict:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    from sinmun.corpus.spark_dedup import mark_duplicates
    spark = (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false")
             .config("spark.sql.shuffle.partitions", "8").config("spark.driver.memory", "2g").getOrCreate())
    try:
        frame = spark.createDataFrame(synthetic_articles(count),
                                      "input_index long, record_index long, id string, exact string, minhash binary")
        frame = frame.withColumn("dup_cluster", frame.id).withColumn("duplicate", frame.id).persist()
        frame.count()
        started = time.perf_counter()
        marked, duplicates = mark_duplicates(frame)
        marked.write.mode("overwrite").format("noop").save()
        seconds = time.perf_counter() - started
    finally:
        spark.stop()
    return {"articles": count, "duplicates": duplicates, "seconds": round(seconds, 2),
            "rows_per_s": round(count / seconds), "cores": 2}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=3000)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--json", type=Path, help="Also write the results here.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        warc = Path(folder) / "bench.warc.gz"
        news = build_warc(warc, args.records)
        build_warc(Path(folder) / "warm.warc.gz", 60)  # imports and MinHash permutations: not timed
        time_task(Path(folder) / "warm.warc.gz", Path(folder) / "warm", None)
        results = {"warc_records": args.records, "news_records": news, "warc_bytes": warc.stat().st_size,
                   "with_host_filter": time_task(warc, Path(folder) / "a", frozenset({NEWS_HOST})),
                   "without_host_filter": time_task(warc, Path(folder) / "b", None)}
    results["dedup"] = time_dedup(args.articles)
    text = json.dumps(results, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")


if __name__ == "__main__":
    main()
