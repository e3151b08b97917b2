"""Corpus benchmark: pages/s of `sinmun run` with 1 and 2 workers, output bytes, peak memory.

Builds a WARC file of N pages (default 3000) from the project's own pages (examples/,
tests/fixtures/, the stories of tests/corpus_pages.py) and the shared real pages
(../shared/eval/ko, read at run time, never copied into the repository), then times
one run per worker count, each in a fresh process.

    .venv/bin/python bench/corpus.py                     # 3000 pages, 1 and 2 workers
    .venv/bin/python bench/corpus.py --pages 1000 4000   # memory as the input grows
    .venv/bin/python bench/corpus.py --workers 1 --dedup # each run again with --dedup mark: its cost
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "tests"))


def source_pages() -> list[tuple[str, bytes]]:
    """(url, html) of every page the benchmark cycles through."""
    from corpus_pages import STORIES, story_page
    pages = [(f"https://www.sinmun-ilbo.example/{p.stem}", p.read_bytes())
             for p in sorted((ROOT / "examples").glob("*.html"))
             + sorted((ROOT / "tests" / "fixtures").rglob("*.html"))]
    pages += [(f"https://www.sinmun-ilbo.example/news/{key}", story_page(key).encode()) for key in STORIES]
    for page in sorted((SHARED / "eval" / "ko").glob("*/*.html")):
        expected = page.with_suffix(".expected.json")
        url = json.loads(expected.read_text(encoding="utf-8")).get("url") if expected.exists() else None
        pages.append((url or f"https://{page.parent.name}/{page.stem}", page.read_bytes()))
    return pages


def build_warc(path: Path, count: int) -> None:
    from corpus_pages import http_response, warc_record
    pages = source_pages()
    with open(path, "wb") as stream:
        for i in range(count):
            url, html = pages[i % len(pages)]
            stream.write(gzip.compress(warc_record(f"{url}#bench-{i}", http_response(html)), compresslevel=5))


class _MemoryWatch(threading.Thread):
    """Samples the resident memory of this process and of each worker (psutil), every 50 ms."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.main = self.worker = 0
        self.worker_cpu: dict[int, float] = {}   # last CPU seconds seen of each worker
        self.stopped = threading.Event()

    def run(self) -> None:
        me = psutil.Process()
        while not self.stopped.wait(0.05):
            try:
                self.main = max(self.main, me.memory_info().rss)
                workers = [c for c in me.children(recursive=True) if c.pid != os.getpid()]
                for child in workers:
                    if _alive(child):
                        self.worker = max(self.worker, child.memory_info().rss)
                        times = child.cpu_times()
                        self.worker_cpu[child.pid] = times.user + times.system
            except psutil.Error:
                continue


def _alive(process: "psutil.Process") -> bool:
    try:
        return process.is_running()
    except psutil.Error:
        return False


def run_once(warc: str, output: str, workers: int, dedup: str | None = None) -> dict:
    """One run in this process; peak memory of this process and of its largest worker."""
    from sinmun.corpus import RunConfig, run_corpus
    watch = _MemoryWatch()
    watch.start()
    cpu = time.process_time()
    started = time.perf_counter()
    summary = run_corpus(RunConfig([warc], output, workers=workers, overwrite=True, dedup=dedup))
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu
    watch.stopped.set()
    watch.join()
    out_bytes = sum(p.stat().st_size for p in Path(output).parent.glob(Path(output).name + "*"))
    return {"workers": workers, "dedup": dedup, "pages": summary.pages_in, "articles": summary.articles_out,
            "seconds": round(seconds, 2),
            "pages_per_s": round(summary.pages_in / seconds, 1), "output_bytes": out_bytes,
            "main_cpu_s": round(cpu, 2), "worker_cpu_s": round(sum(watch.worker_cpu.values()), 2),
            "load_avg_1m": round(os.getloadavg()[0], 2), "peak_rss_main_mb": round(watch.main / 2**20, 1),
            "peak_rss_worker_mb": round(watch.worker / 2**20, 1)}


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_speedup(n: int = 10_000_000) -> float:
    """How much faster two processes burn CPU than one on this machine right now (2.0 when two
    cores are free; less when other work shares them): the ceiling for the 2-worker ratio."""
    import multiprocessing
    started = time.perf_counter()
    _burn(n)
    one = time.perf_counter() - started
    started = time.perf_counter()
    with multiprocessing.get_context("forkserver").Pool(2) as pool:
        pool.map(_burn, [n, n])
    return round(2 * one / (time.perf_counter() - started), 2)


def run_all(pages: list[int], worker_counts: list[int], output: str, dedup: bool) -> list[dict]:
    """One fresh process per (pages, workers[, --dedup mark]) run."""
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for count in pages:
            warc = Path(folder, f"bench-{count}.warc.gz")
            build_warc(warc, count)
            for workers in worker_counts:
                for mode in ("-", "mark") if dedup else ("-",):
                    out = Path(folder, f"out-{count}-{workers}-{mode}.{output}")
                    line = subprocess.run([sys.executable, __file__, "--one", str(warc), str(out), str(workers), mode],
                                          capture_output=True, text=True, check=True).stdout.splitlines()[-1]
                    result = json.loads(line) | {"input_bytes": warc.stat().st_size}
                    results.append(result)
                    print(json.dumps(result), flush=True)
    return results


def print_dedup_cost(results: list[dict]) -> None:
    def cpu(run: dict) -> float:
        return run["main_cpu_s"] + run["worker_cpu_s"]

    for plain in (r for r in results if r["dedup"] is None):
        for marked in (r for r in results if r["dedup"] and (r["pages"], r["workers"]) == (plain["pages"],
                                                                                              plain["workers"])):
            print(f"{plain['pages']} pages, {plain['workers']} workers: --dedup costs "
                  f"{100 * (plain['pages_per_s'] / marked['pages_per_s'] - 1):+.0f} % time per page, "
                  f"{100 * (cpu(marked) / cpu(plain) - 1):+.0f} % CPU")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[3000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--output", default="jsonl.gz", choices=["jsonl", "jsonl.gz", "parquet"])
    parser.add_argument("--dedup", action="store_true", help="also time each run with --dedup mark")
    parser.add_argument("--one", nargs=4, metavar=("WARC", "OUT", "WORKERS", "DEDUP"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        warc, out, workers, dedup = args.one
        print(json.dumps(run_once(warc, out, int(workers), None if dedup == "-" else dedup)))
        return
    if not (SHARED / "eval" / "ko").exists():
        print(f"note: {SHARED / 'eval' / 'ko'} missing: only the project's own pages are used", file=sys.stderr)
    results = run_all(args.pages, args.workers, args.output, args.dedup)
    print(f"this machine now runs two CPU-bound processes {machine_speedup():.2f}x as fast as one")
    print_dedup_cost(results)
    by_workers = {(r["pages"], r["workers"]): r["pages_per_s"] for r in results if r["dedup"] is None}
    for count in args.pages:
        if (count, 1) in by_workers and (count, 2) in by_workers:
            print(f"{count} pages: 2 workers / 1 worker = {by_workers[(count, 2)] / by_workers[(count, 1)]:.2f}x")


if __name__ == "__main__":
    main()
