"""What ``sinmun run --dedup mark`` costs per page, and what it costs once, for whichever sinmun
PYTHONPATH names (bench/ingest.py runs it for each tree of bench/stages.py).

    PYTHONPATH=src .venv/bin/python bench/dedup_cost.py [--pages 2000] [--part 100] [--rounds 3] [--json OUT]

Method (the per-page cost and the one-time cost are measured apart):

* **Per page** (``dedup_overhead_pct``): one process writes ``--pages`` distinct synthetic article
  pages (sinmun.archive.synthetic, seed 7), imports everything and runs all the pages once with
  and once without ``--dedup mark`` (warm-up: numpy imported, the dedup tables built, caches
  filled). The pages are then cut into parts of ``--part`` pages, and ``--rounds`` passes over
  the parts make the pairs: ``run_corpus`` with ``workers=0`` (extraction and signing in this
  process) on one part without and with dedup, the order alternating from pair to pair. A pair
  lasts well under a second, so a change of the machine's load hits both of its runs alike (runs
  of thousands of pages, one after the other, differed by 50 % and more on a busy machine). Each
  run is timed in CPU seconds of this process plus its reaped children (``getrusage``: steadier
  than wall time on a shared machine). The figure is the extra CPU time of all the runs with
  dedup over all those without, in percent; ``_median_pair`` is the median of the pairs' own
  ratios and ``_pairs_q1`` / ``_pairs_q3`` their quartiles (the noise). ``plain_us_per_page``
  is the CPU per page without dedup, ``dedup_extra_us_per_page`` the extra with it.
* **Dedup's own work**: ``dedup_in_run_us_per_page`` is the CPU time spent inside ``signature``
  and ``Deduplicator.classify`` during those runs with dedup (both wrapped, timed by the thread's
  CPU clock), per page, and ``dedup_in_run_pct`` that over the runs without dedup: what dedup
  itself costs with the caches as the extraction around it leaves them, without the noise of
  two whole runs. ``dedup_sign_us_per_page`` is the same two calls alone, in a loop over the
  bodies of the same pages (best of ``--rounds`` passes), and ``dedup_sign_pct`` that over
  ``plain_us_per_page``: warm caches, so far less than inside a run (each numpy call then pays
  for the instruction and data caches the extraction evicted).
* **Once per run** (``dedup_import_s``): fresh processes, five of each alternating: one importing
  ``sinmun.corpus.run`` (what any run imports), one importing it and then the dedup module,
  building its index and signing one page. The least CPU time of each, the difference
  (``_wall``: the same in wall time). A run without ``--dedup`` does not import numpy.
"""
from __future__ import annotations

import argparse
import html
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PAGE = """<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>{title} - {press}</title>
<meta property="og:title" content="{title}"><meta property="article:published_time" content="{published}">
</head><body><header><nav><a href="/">{press}</a></nav></header><article><h1>{title}</h1>
<div class="byline">{reporter} 기자</div>
{paragraphs}
</article><footer>Copyright {press}. All rights reserved.</footer></body></html>"""

IMPORT_RUN = "from sinmun.corpus.run import run_corpus"
IMPORT_DEDUP = IMPORT_RUN + """
from sinmun.corpus.dedup import Deduplicator, signature
Deduplicator().classify("a", signature(["한미 양국은 반도체 공급망 협력을 강화하기로 했다."]))"""


def write_pages(path: Path, count: int) -> None:
    """``count`` distinct article pages as ``sinmun run`` JSONL input (``html``, ``url``)."""
    from sinmun.archive.synthetic import SyntheticNews
    with path.open("w", encoding="utf-8") as stream:
        for number, record in enumerate(SyntheticNews(seed=7).records(count)):
            page = PAGE.format(title=html.escape(record["title"]), press=record["press"],
                               published=record["published"], reporter=record["reporters"][0]["name"],
                               paragraphs="\n".join(f"<p>{html.escape(p)}</p>" for p in record["body_paragraphs"]))
            stream.write(json.dumps({"html": page, "url": f"https://news.example/a/{number}"}, ensure_ascii=False)
                         + "\n")


def cpu_seconds() -> float:
    """CPU seconds of this process and of its children that have been waited for."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class DedupClock:
    """CPU seconds spent inside ``signature`` (as ``sinmun.corpus.records`` calls it, where a page is
    extracted) and ``Deduplicator.classify`` during the runs, by wrapping both (workers=0 only)."""

    def __init__(self) -> None:
        import sinmun.corpus.records as records
        from sinmun.corpus.dedup import Deduplicator
        self.seconds = 0.0
        sign, classify = records.signature, Deduplicator.classify

        def timed_sign(*args: Any, **kwargs: Any) -> Any:
            started = time.thread_time()
            try:
                return sign(*args, **kwargs)
            finally:
                self.seconds += time.thread_time() - started

        def timed_classify(*args: Any, **kwargs: Any) -> Any:
            started = time.thread_time()
            try:
                return classify(*args, **kwargs)
            finally:
                self.seconds += time.thread_time() - started
        records.signature, Deduplicator.classify = timed_sign, timed_classify  # type: ignore[method-assign]


def timed_run(pages: Path, out: Path, dedup: bool, workers: int) -> float:
    from sinmun.corpus.run import RunConfig, run_corpus
    started = cpu_seconds()
    run_corpus(RunConfig([str(pages)], str(out), workers=workers, overwrite=True, dedup="mark" if dedup else None))
    return cpu_seconds() - started


def split_pages(pages: Path, size: int) -> list[Path]:
    """``pages`` cut into files of ``size`` pages each (the runs a pair is made of)."""
    lines = pages.read_text(encoding="utf-8").splitlines(keepends=True)
    parts = []
    for number, start in enumerate(range(0, len(lines), size)):
        part = pages.with_name(f"part-{number:04d}.jsonl")
        part.write_text("".join(lines[start:start + size]), encoding="utf-8")
        parts.append(part)
    return parts


def per_page(pages: Path, count: int, rounds: int, chunk: int, workers: int) -> dict[str, Any]:
    """The interleaved pairs of runs (see the module's docstring)."""
    out = pages.with_name("out.jsonl")
    for dedup in (False, True):
        timed_run(pages, out, dedup, workers)  # warm-up, and the records dedup_work signs
    parts = split_pages(pages, chunk)
    clock = DedupClock() if workers == 0 else None
    plain: list[float] = []
    marked: list[float] = []
    for pair in range(rounds * len(parts)):
        part = parts[pair % len(parts)]
        for dedup in ((False, True) if pair % 2 == 0 else (True, False)):
            (marked if dedup else plain).append(timed_run(part, part.with_name("part-out.jsonl"), dedup, workers))
    ratios = sorted(100 * (with_dedup / without - 1) for without, with_dedup in zip(plain, marked))
    quartile = len(ratios) // 4
    return {"dedup_overhead_pct": round(100 * (sum(marked) / sum(plain) - 1), 1),
            "dedup_overhead_pct_median_pair": round(statistics.median(ratios), 1),
            "dedup_overhead_pct_pairs_q1": round(ratios[quartile], 1),
            "dedup_overhead_pct_pairs_q3": round(ratios[-1 - quartile], 1),
            "plain_us_per_page": round(sum(plain) / (rounds * count) * 1e6),
            "dedup_extra_us_per_page": round((sum(marked) - sum(plain)) / (rounds * count) * 1e6),
            "run_pages_per_cpu_s": round(rounds * count / sum(plain), 1), "dedup_pairs": len(ratios),
            "dedup_pages": count} | ({} if clock is None else {
                "dedup_in_run_us_per_page": round(clock.seconds / (rounds * count) * 1e6, 1),
                "dedup_in_run_pct": round(100 * clock.seconds / sum(plain), 1)})


def dedup_work(pages: Path, passes: int) -> float:
    """CPU microseconds per page of ``signature`` + ``Deduplicator.classify`` alone, best of ``passes``."""
    from sinmun.corpus.dedup import Deduplicator, signature
    with pages.with_name("out.jsonl").open(encoding="utf-8") as stream:
        bodies = [record["body_paragraphs"] for record in map(json.loads, stream)]
    best = float("inf")
    for _ in range(passes):
        index = Deduplicator()
        started = time.process_time()
        for number, body in enumerate(bodies):
            index.classify(str(number), signature(body))
        best = min(best, time.process_time() - started)
    return best / len(bodies) * 1e6


def child_environment() -> dict[str, str]:
    """This process's environment with Python's bytecode cache on, in a folder of its own (an
    installed sinmun has its modules compiled; the first, slowest child writes the cache)."""
    environment = dict(os.environ)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    environment["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / f"sinmun-bench-pycache-{os.getuid()}")
    return environment


def child_seconds(code: str) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of a fresh ``python -c code``, which must succeed."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env=child_environment())
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    errors = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"python -c {code!r} failed: {errors[-2000:]}")
    return usage.ru_utime + usage.ru_stime, wall


def import_cost(rounds: int = 5) -> dict[str, float]:
    runs: dict[str, list[tuple[float, float]]] = {IMPORT_RUN: [], IMPORT_DEDUP: []}
    for _ in range(rounds):
        for code in runs:
            runs[code].append(child_seconds(code))

    def extra(index: int) -> float:
        least = {code: min(r[index] for r in results) for code, results in runs.items()}
        return round(max(0.0, least[IMPORT_DEDUP] - least[IMPORT_RUN]), 3)
    return {"dedup_import_s": extra(0), "dedup_import_s_wall": extra(1)}


def measure(count: int, rounds: int, chunk: int, workers: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="sinmun-bench-dedup-") as tmp:
        pages = Path(tmp) / "pages.jsonl"
        write_pages(pages, count)
        results = per_page(pages, count, rounds, chunk, workers)
        sign_us = dedup_work(pages, rounds)
    results["dedup_sign_us_per_page"] = round(sign_us, 1)
    results["dedup_sign_pct"] = round(100 * sign_us / results["plain_us_per_page"], 1)
    return results | import_cost()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3, help="passes over all the parts")
    parser.add_argument("--part", type=int, default=100, help="pages per run of a pair")
    parser.add_argument("--workers", type=int, default=0, help="the run's workers (CPU of reaped children counts)")
    parser.add_argument("--json", help="also write the flat results object here")
    args = parser.parse_args()
    import sinmun
    results: dict[str, Any] = {"sinmun": str(Path(sinmun.__file__).parent),
                               "load_avg_1m_start": round(os.getloadavg()[0], 2)}
    results |= measure(args.pages, args.rounds, args.part, args.workers)
    results["load_avg_1m_end"] = round(os.getloadavg()[0], 2)
    print(json.dumps(results, ensure_ascii=False, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
