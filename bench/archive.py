"""Archive benchmark: ingestion rate, database size, search latency with and without facets, and
the trend of a very common word, on synthetic Korean articles at one or more archive sizes.

    PYTHONPATH=src .venv/bin/python bench/archive.py --n 1000000 3000000 --facets --trend --keep \\
        --db '/tmp/sinmun-bench-{n}.db' --json out.json

sinmun is imported from whatever PYTHONPATH says, so the same script measures an older checkout
on the same databases (``--keep``; build them with the newer code, which gives every synthetic
article its people, organisations, places and keywords from the generator, without the
analyser). Ingestion is timed without generation time and without enrichment. Before any timing,
each database file is read through once (:func:`warm_file`), so that the tree measured first
does not pay for bringing a 6 or 18 GB file into the page cache (the trend row of an earlier
pair was 80 % slower for whichever tree ran first); the output says how long that read took. Latency is wall
time and, beside it, CPU time of this process (steadier on a shared machine); the reader loads
numpy first, as the web reader does (:func:`server_like`). With several
sizes, the 10 M figure is projected by a straight line through the two largest sizes (see
:func:`project`). One process, one core.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import time
from itertools import islice
from pathlib import Path
from typing import Any

from sinmun.archive import Archive, Filters, article_id
from sinmun.archive import synthetic
from sinmun.archive.synthetic import SyntheticNews

#: The query mix: common topic words (bare, with particles, with spacing changed), a rare word,
#: two words, a phrase, a date range, press/section filters and a person filter.
QUERIES: list[tuple[str, dict]] = [
    ("전략기술", {}), ("전략기술을", {}), ("전략 기술", {}), ("반도체", {}), ("반도체가", {}),
    ("기준금리", {}), ("관세 협상", {}), ("관세협상을", {}), ("양자컴퓨터", {}), ("인공지능", {}),
    ("탄소중립", {"press": "신문일보"}), ("원전 수출", {"since": "2025-06-01", "until": "2025-06-30"}),
    ("공급망", {"section": "경제"}), ("가계부채", {"press": "한빛경제", "since": "2025-10-01"}),
    ("\"의료 개혁\"", {}), ("청년 고용을", {}), ("우주항공", {"section": "IT과학"}), ("물가 안정", {}),
    ("한국은행", {}), ("워싱턴", {}), ("브뤼셀 양자컴퓨터 공동", {}), ("반도체", {"person": "김민준"}),
    ("", {"person": "박서연", "since": "2025-03-01", "until": "2025-03-31"}), ("", {}),
]
#: A word in nearly every synthetic article (their leads say 협력 and 발표 all the time).
COMMON_WORD = "협력"
TREND_ROUNDS = 5


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def snapshot(archive: Archive, target: Path) -> None:
    """Copy the archive as it stands to ``target`` (SQLite's online backup: one consistent file)."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    copy = sqlite3.connect(target)
    with copy:
        archive.db.backup(copy)
    copy.close()
    print(f"  copied to {target}", flush=True)


def ingest(db: Path, n: int, batch: int, copies: dict[int, Path] | None = None, start: int = 0,
           seed: int | None = None) -> dict:
    """Add ``n`` synthetic articles (no analyser); the generator's own entities go in as their
    enrichment when this sinmun has ``store_entities`` (timed apart). ``copies`` maps a count
    to a path: when that many are in, the archive is copied there (the smaller size's database
    is then the first articles of the larger one's stream, built once). ``start``: the first
    ``start`` articles of the stream are in already (they are generated again, not added; with
    ``seed``, the articles from number ``start`` on come from a stream of that seed instead, which
    needs no regenerating)."""
    copies = copies or {}
    news = SyntheticNews(seed=42 if seed is None else seed)
    with_entities = hasattr(synthetic, "store_entities")
    first = 0 if seed is None else start
    pairs = (news.record_with_entities(i) for i in range(first, n)) if with_entities else \
        ((record, None) for record in news.records(n))
    elapsed = entity_seconds = 0.0
    done = start
    for _ in islice(pairs, start - first):
        pass
    with Archive(db) as archive:
        while done < n:
            chunk = list(islice(pairs, 20_000))
            if not chunk:
                break
            started = time.perf_counter()
            archive.add_records([record for record, _ in chunk], source="bench", enrich=False, batch_size=batch)
            elapsed += time.perf_counter() - started
            if with_entities:
                started = time.perf_counter()
                synthetic.store_entities(archive, [(article_id(record), entities) for record, entities in chunk])
                entity_seconds += time.perf_counter() - started
            done += len(chunk)
            print(f"  {done:>9,} articles  {(done - start) / elapsed:,.0f}/s", flush=True)
            if done in copies:
                snapshot(archive, copies[done])
        archive.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return {"articles": done, "seconds": round(elapsed, 1), "articles_per_s": round((done - start) / elapsed),
            "entities_seconds": round(entity_seconds, 1), "with_entities": with_entities}


def migrate(db: Path) -> dict:
    """Open the archive for writing once (this sinmun builds its derived search rows then)."""
    started = time.perf_counter()
    with Archive(db):
        pass
    return {"open_for_writing_s": round(time.perf_counter() - started, 1)}


WARM_BLOCK = 16 << 20


def warm_file(db: Path) -> dict:
    """Read the database file (and its WAL) through once, so that its pages are in the OS page
    cache before anything is timed; returns the bytes read and the seconds it took."""
    started, read = time.perf_counter(), 0
    for path in (db, Path(str(db) + "-wal")):
        if path.exists():
            with open(path, "rb", buffering=0) as handle:
                while chunk := handle.read(WARM_BLOCK):
                    read += len(chunk)
    seconds = round(time.perf_counter() - started, 1)
    print(f"  warmed {db}: read {read / 1e9:.1f} GB in {seconds} s before timing (page cache)", flush=True)
    return {"bytes": read, "seconds": seconds}


def timed(call) -> tuple[float, float, Any]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = call()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000, result


def server_like() -> bool:
    """Load numpy now, as the web reader does when it starts (a one-off ``sinmun search`` counts
    its facets without it); False when this sinmun has no such loader or numpy is missing."""
    from sinmun.archive import facet_index
    loader = getattr(facet_index, "load_numpy", None)
    return loader is not None and loader() is not None


def latency(db: Path, rounds: int, facets: bool, warm: bool = True) -> dict:
    with_numpy = server_like()
    with Archive(db, readonly=True) as archive:
        for query, filters in QUERIES if warm else ():  # warm the page cache once
            archive.search(query, Filters(**filters), limit=20, facets=facets)
        walls, cpus = [], []
        per_query: dict[str, list[float]] = {}
        per_query_cpu: dict[str, list[float]] = {}
        for _ in range(rounds):
            for query, filters in QUERIES:
                wall, cpu, _ = timed(lambda: archive.search(query, Filters(**filters), limit=20, facets=facets))
                walls.append(wall)
                cpus.append(cpu)
                per_query.setdefault(f"{query} {filters or ''}".strip(), []).append(wall)
                per_query_cpu.setdefault(f"{query} {filters or ''}".strip(), []).append(cpu)
        totals = {f"{q} {f or ''}".strip(): archive.search(q, Filters(**f), limit=1).total for q, f in QUERIES}
    return {"queries": len(walls), "p50_ms": round(statistics.median(walls), 1),
            "p95_ms": round(percentile(walls, 0.95), 1), "max_ms": round(max(walls), 1),
            "cpu_p95_ms": round(percentile(cpus, 0.95), 1), "numpy": with_numpy,
            "load_average": [round(x, 1) for x in os.getloadavg()],
            "median_ms_per_query": {k: round(statistics.median(v), 1) for k, v in per_query.items()},
            "median_cpu_ms_per_query": {k: round(statistics.median(v), 1) for k, v in per_query_cpu.items()},
            "hits": totals}


def trend_latency(db: Path, word: str = COMMON_WORD) -> dict:
    """The trend of a word found in nearly every article, as the web reader draws it (day
    counts, then week counts when the range is long): the first call on a fresh connection,
    then the steady state of a reader that stays open."""
    from sinmun.archive import trend as trends

    def chart(archive: Archive) -> int:
        days = trends.trend(archive, word, interval="day")
        if len(days.periods) > 120:   # as the web reader's /trend.png does it, in this checkout
            trends.weekly(days) if hasattr(trends, "weekly") else trends.trend(archive, word, interval="week")
        return days.total

    with Archive(db, readonly=True) as archive:
        cold_wall, cold_cpu, hits = timed(lambda: chart(archive))
        warm = [timed(lambda: chart(archive)) for _ in range(TREND_ROUNDS)]
    return {"word": word, "hits": hits, "first_ms": round(cold_wall, 1), "first_cpu_ms": round(cold_cpu, 1),
            "median_ms": round(statistics.median(w for w, _, _ in warm), 1),
            "median_cpu_ms": round(statistics.median(c for _, c, _ in warm), 1)}


def project(sizes: list[int], values: list[float], target: int = 10_000_000) -> float | None:
    """p95 at ``target`` articles on the straight line through the two largest sizes.

    Why a line: past the window sizes a query's cost is its full-text posting lists (linear in
    the number of matching articles, which grows with the archive) plus fixed work (the
    RANK_WINDOW newest hits, their facet rows, 20 snippets); a line through two measured sizes
    carries both parts."""
    if len(sizes) < 2:
        return None
    (n1, v1), (n2, v2) = sorted(zip(sizes, values))[-2:]
    return round(v2 + (v2 - v1) / (n2 - n1) * (target - n2), 1)


def label(n: int) -> str:
    return f"{n / 1_000_000:g}m"


def build(db: Path, n: int, args: argparse.Namespace) -> dict:
    """Make the database of size ``n`` when the arguments ask for it: resume it, rebuild it in
    date order from another database (``--reorder-from``), or ingest it; {} when it is kept."""
    if args.resume_from and db.exists():
        print(f"adding articles {args.resume_from:,} to {n:,} of the stream to {db}", flush=True)
        return {"ingest": ingest(db, n, args.batch, start=args.resume_from, seed=args.resume_seed)}
    if args.keep and db.exists():
        return {}
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    if args.reorder_from:
        from sinmun.archive import reorder
        source = Path(args.reorder_from.format(n=n, size=label(n)))
        print(f"rebuilding {source} into {db} with rowids in publication order", flush=True)
        started = time.perf_counter()
        reorder.rebuild(source, db)
        return {"reorder": {"from": str(source), "seconds": round(time.perf_counter() - started, 1)}}
    print(f"ingesting {n:,} synthetic articles into {db}", flush=True)
    copies = {m: Path(args.db.format(n=m, size=label(m))) for m in args.n
              if m < n and m % 20_000 == 0 and not Path(args.db.format(n=m, size=label(m))).exists()}
    return {"ingest": ingest(db, n, args.batch, copies if args.copy_smaller else None)}


def measure_size(db: Path, n: int, args: argparse.Namespace) -> dict:
    result: dict = {"n": n, **build(db, n, args)}
    if args.build_only:
        return result
    if not args.read_only:
        result["migrate"] = migrate(db)
    result["db_bytes"] = os.path.getsize(db)
    result["warm_file"] = warm_file(db)
    result["search"] = latency(db, args.rounds, facets=False)
    if args.facets:
        result["search_with_facets"] = latency(db, args.facet_rounds or args.rounds, facets=True,
                                               warm=not args.no_facet_warmup)
    if args.trend:
        result["trend"] = trend_latency(db)
    print(json.dumps(result, ensure_ascii=False), flush=True)
    return result


def flat(results: list[dict]) -> dict:
    """The headline figures, one flat key each (``p95_ms_facets_1m``, ``trend_common_ms_1m``, …)."""
    out: dict[str, Any] = {}
    for result in results:
        size = label(result["n"])
        out[f"p95_ms_nofacets_{size}"] = result["search"]["p95_ms"]
        out[f"cpu_p95_ms_nofacets_{size}"] = result["search"]["cpu_p95_ms"]
        if "search_with_facets" in result:
            out[f"p95_ms_facets_{size}"] = result["search_with_facets"]["p95_ms"]
            out[f"cpu_p95_ms_facets_{size}"] = result["search_with_facets"]["cpu_p95_ms"]
        if "trend" in result:
            out[f"trend_common_ms_{size}"] = result["trend"]["median_ms"]
            out[f"trend_common_first_ms_{size}"] = result["trend"]["first_ms"]
            out[f"trend_common_cpu_ms_{size}"] = result["trend"]["median_cpu_ms"]
    for prefix in ("", "cpu_"):
        for kind in ("facets", "nofacets"):
            measured = [(r["n"], out[f"{prefix}p95_ms_{kind}_{label(r['n'])}"]) for r in results
                        if f"{prefix}p95_ms_{kind}_{label(r['n'])}" in out]
            projected = project([n for n, _ in measured], [v for _, v in measured])
            if projected is not None:
                out[f"{prefix}p95_ms_{kind}_10m_projected"] = projected
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1_000_000], help="archive sizes")
    parser.add_argument("--db", default="/tmp/sinmun-bench-{n}.db", help="database path; {n} is the size")
    parser.add_argument("--batch", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--facet-rounds", type=int, help="rounds with facets (default: --rounds)")
    parser.add_argument("--facets", action="store_true", help="also measure search with facets")
    parser.add_argument("--no-facet-warmup", action="store_true",
                        help="no warm-up pass with facets (for a checkout whose facets take seconds)")
    parser.add_argument("--trend", action="store_true", help="also time the trend of a very common word")
    parser.add_argument("--copy-smaller", action="store_true",
                        help="build only the largest size; the smaller sizes' databases are copies of it taken "
                             "on the way (give the sizes largest first)")
    parser.add_argument("--resume-from", type=int, default=0,
                        help="the database holds the stream's first RESUME_FROM articles (with their entities): "
                             "add the rest up to --n (one size)")
    parser.add_argument("--resume-seed", type=int,
                        help="with --resume-from: the rest from a stream of this seed (numbered on from "
                             "RESUME_FROM; no regenerating of the first articles)")
    parser.add_argument("--reorder-from", metavar="PATTERN",
                        help="build each database by rebuilding this one ({n}: the size) with rowids in "
                             "publication order (sinmun.archive.reorder), instead of ingesting")
    parser.add_argument("--build-only", action="store_true", help="build the databases, measure nothing")
    parser.add_argument("--keep", action="store_true", help="reuse existing databases (skip ingestion)")
    parser.add_argument("--read-only", action="store_true",
                        help="never open the databases for writing (no migration), e.g. for an older checkout")
    parser.add_argument("--enrichment", action="store_true", help="also time the analyser on 300 articles")
    parser.add_argument("--json", help="write the flat headline figures here (the details go to stdout)")
    parser.add_argument("--count-cap", type=int,
                        help="search with this hit-count cap instead of sinmun.archive.store.COUNT_CAP (what "
                             "another cap would cost; the figures are then not those of the shipped search)")
    args = parser.parse_args()
    if args.count_cap:
        from sinmun.archive import store
        store.COUNT_CAP = args.count_cap
    results = [measure_size(Path(args.db.format(n=n, size=label(n))), n, args) for n in args.n]
    if args.build_only:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return
    summary: dict[str, Any] = {"sizes": args.n, **flat(results)}
    if args.enrichment:
        summary["enrichment_articles_per_s"] = enrichment_rate(300)["articles_per_s"]
    print(json.dumps({"summary": summary, "results": results}, ensure_ascii=False, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n")


def enrichment_rate(sample: int) -> dict:
    import tempfile
    with tempfile.TemporaryDirectory() as tmp, Archive(Path(tmp, "e.db")) as archive:
        records = list(SyntheticNews(seed=1).records(sample))
        archive.add_records(records[:5])  # load kiwipiepy first
        started = time.perf_counter()
        archive.add_records(records[5:], enrich=True)
        seconds = time.perf_counter() - started
    return {"articles": sample - 5, "articles_per_s": round((sample - 5) / seconds, 1)}


if __name__ == "__main__":
    main()
