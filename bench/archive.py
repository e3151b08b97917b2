"""Archive benchmark: ingestion rate, database size and search latency on synthetic Korean articles.

    .venv/bin/python bench/archive.py [--n 1000000] [--db /tmp/bench.db] [--json out.json]

Articles come from the project's generator (sinmun.archive.synthetic). Ingestion is timed without
generation time and without enrichment (kiwipiepy analysis is measured separately on a sample,
since `archive add --no-enrich` + `archive enrich` is the path for bulk loads). One process, one core.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from itertools import islice
from pathlib import Path

from sinmun.archive import Archive, Filters
from sinmun.archive.synthetic import SyntheticNews

#: The fixed query mix: topic words, particles, spacing variants, two words, filters, rare words.
QUERIES: list[tuple[str, dict]] = [
    ("전략기술", {}), ("전략기술을", {}), ("전략 기술", {}), ("반도체", {}), ("반도체가", {}),
    ("기준금리", {}), ("관세 협상", {}), ("관세협상을", {}), ("양자컴퓨터", {}), ("인공지능", {}),
    ("탄소중립", {"press": "신문일보"}), ("원전 수출", {"since": "2025-06-01", "until": "2025-06-30"}),
    ("공급망", {"section": "경제"}), ("가계부채", {"press": "한빛경제", "since": "2025-10-01"}),
    ("의료 개혁", {}), ("청년 고용을", {}), ("우주항공", {"section": "IT과학"}), ("물가 안정", {}),
    ("한국은행", {}), ("워싱턴", {}),
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def ingest(db: Path, n: int, batch: int) -> dict:
    news = SyntheticNews(seed=42)
    records = news.records(n)
    elapsed = 0.0
    done = 0
    with Archive(db) as archive:
        while done < n:
            chunk = list(islice(records, 20_000))
            if not chunk:
                break
            started = time.perf_counter()
            archive.add_records(chunk, source="bench", enrich=False, batch_size=batch)
            elapsed += time.perf_counter() - started
            done += len(chunk)
            print(f"  {done:>9,} articles  {done / elapsed:,.0f}/s", flush=True)
        archive.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return {"articles": done, "seconds": round(elapsed, 1), "articles_per_s": round(done / elapsed)}


def enrichment_rate(sample: int) -> dict:
    import tempfile
    with tempfile.TemporaryDirectory() as tmp, Archive(Path(tmp, "e.db")) as archive:
        records = list(SyntheticNews(seed=1).records(sample))
        archive.add_records(records[:5])  # load kiwipiepy first
        started = time.perf_counter()
        archive.add_records(records[5:], enrich=True)
        seconds = time.perf_counter() - started
    return {"articles": sample - 5, "articles_per_s": round((sample - 5) / seconds, 1)}


def latency(db: Path, rounds: int, facets: bool) -> dict:
    with Archive(db, readonly=True) as archive:
        for query, filters in QUERIES:  # warm the page cache once
            archive.search(query, Filters(**filters), limit=20, facets=facets)
        times = []
        for _ in range(rounds):
            for query, filters in QUERIES:
                started = time.perf_counter()
                archive.search(query, Filters(**filters), limit=20, facets=facets)
                times.append((time.perf_counter() - started) * 1000)
        totals = {q: archive.search(q, Filters(**f), limit=1).total for q, f in QUERIES}
    return {"queries": len(times), "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(percentile(times, 0.95), 1), "max_ms": round(max(times), 1), "hits": totals}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--db", default="/tmp/sinmun-bench.db")
    parser.add_argument("--batch", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--keep", action="store_true", help="reuse an existing database (skip ingestion)")
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()
    db = Path(args.db)
    results: dict = {"n": args.n}
    if not args.keep:
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        print(f"ingesting {args.n:,} synthetic articles into {db}")
        results["ingest"] = ingest(db, args.n, args.batch)
    results["db_bytes"] = os.path.getsize(db)
    results["search"] = latency(db, args.rounds, facets=False)
    results["search_with_facets"] = latency(db, 1, facets=True)
    results["enrichment"] = enrichment_rate(300)
    print(json.dumps(results, ensure_ascii=False, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
