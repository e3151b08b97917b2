"""Ingestion, search cold start and dedup cost: the archive rows of issue 12, for whichever sinmun
PYTHONPATH names (run it twice to compare two checkouts on the same machine and input).

    PYTHONPATH=/work/base/src .venv/bin/python bench/ingest.py --json before.json
    PYTHONPATH=src            .venv/bin/python bench/ingest.py --json after.json

* ``add_no_enrich_per_s``: ``sinmun archive add --no-enrich`` of a JSONL of ``--articles`` synthetic
  records (sinmun.archive.synthetic, seed 42) into a new archive, in a fresh process: articles per
  second of wall time (``_cpu``: per CPU second of that process, steadier on a shared machine).
* ``search_cold_*``: ``sinmun search QUERY`` in a fresh process on that archive (about 100 MiB at the
  default 25,000 articles): median wall seconds of ``--rounds`` runs after one warm-up (the file in
  the page cache and the modules' bytecode cached as an install has it, the process cold) and the
  peak RSS; ``plain`` is 반도체, ``particle`` 반도체가.
* ``dedup_overhead_pct``: ``sinmun run PAGES --workers 0`` with ``--dedup mark`` against without, per
  page: the extra CPU seconds of ``2 * --pages`` over ``--pages`` distinct synthetic article pages,
  with dedup against without, in percent (best of three runs each; ``_wall`` the same in wall time,
  ``_whole_run`` the whole ``2 * --pages`` run, process start and imports included).
  ``dedup_import_s``: a fresh process importing the dedup module, building its index and signing
  one page, less a process that only imports sinmun.

The CLI runs as ``sys.executable -m sinmun.cli`` with this process's environment, so PYTHONPATH
decides which sinmun is measured.
"""
from __future__ import annotations

import argparse
import html
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sinmun.archive.synthetic import SyntheticNews

CLI = [sys.executable, "-m", "sinmun.cli"]
QUERIES = {"plain": "반도체", "particle": "반도체가"}


def child_environment() -> dict[str, str]:
    """This process's environment, with Python's bytecode cache on (in a folder of its own).

    An installed sinmun has its modules compiled (pip does it); a checkout run with
    PYTHONDONTWRITEBYTECODE=1 would compile every imported module in every process instead
    (~35 ms of a search's cold start). The warm-up runs write the cache, outside the checkout.
    """
    environment = dict(os.environ)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    environment["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / f"sinmun-bench-pycache-{os.getuid()}")
    return environment


def timed(command: list[str]) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak RSS MiB) of one child process, which must succeed."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=child_environment())
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    errors = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
    if process.returncode not in (0,):
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}): {errors[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def write_records(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as stream:
        for record in SyntheticNews(seed=42).records(count):
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")


def ingest(folder: Path, count: int) -> tuple[Path, dict]:
    records = folder / "records.jsonl"
    write_records(records, count)
    db = folder / "archive.db"
    wall, cpu, _ = timed(CLI + ["archive", "add", "--no-enrich", str(records), "--db", str(db)])
    return db, {"add_no_enrich_per_s": round(count / wall), "add_no_enrich_per_cpu_s": round(count / cpu),
                "archive_mib": round(db.stat().st_size / 2**20, 1)}


def search_cold(db: Path, rounds: int) -> dict:
    results: dict = {}
    for label, query in QUERIES.items():
        command = CLI + ["search", query, "--db", str(db), "--limit", "10"]
        timed(command)  # warm-up: the archive in the page cache
        runs = [timed(command) for _ in range(rounds)]
        results[f"search_cold_s_{label}"] = round(statistics.median(r[0] for r in runs), 3)
        results[f"search_cold_mib_{label}"] = round(max(r[2] for r in runs), 1)
    return results


PAGE = """<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>{title} - {press}</title>
<meta property="og:title" content="{title}"><meta property="article:published_time" content="{published}">
</head><body><header><nav><a href="/">{press}</a></nav></header><article><h1>{title}</h1>
<div class="byline">{reporter} 기자</div>
{paragraphs}
</article><footer>Copyright {press}. All rights reserved.</footer></body></html>"""


def write_pages(path: Path, count: int) -> None:
    """``count`` distinct article pages as ``sinmun run`` JSONL input (``html``, ``url``)."""
    with path.open("w", encoding="utf-8") as stream:
        for number, record in enumerate(SyntheticNews(seed=7).records(count)):
            page = PAGE.format(title=html.escape(record["title"]), press=record["press"],
                               published=record["published"], reporter=record["reporters"][0]["name"],
                               paragraphs="\n".join(f"<p>{html.escape(p)}</p>" for p in record["body_paragraphs"]))
            stream.write(json.dumps({"html": page, "url": f"https://news.example/a/{number}"}, ensure_ascii=False)
                         + "\n")


def dedup_cost(folder: Path, count: int) -> dict:
    """The cost of ``--dedup mark`` per page: the slope between ``count`` and ``2 * count`` pages, so
    that what a run pays once (the process, the imports) is left to ``dedup_import_s``."""
    seconds: dict[tuple[int, bool], tuple[float, float]] = {}
    for pages in (count, 2 * count):
        path = folder / f"pages-{pages}.jsonl"
        write_pages(path, pages)
        for attempt in range(3):
            for dedup in (False, True):
                out = folder / f"run-{pages}-{int(dedup)}-{attempt}.jsonl"
                wall, cpu, _ = timed(CLI + ["run", str(path), "-o", str(out), "--workers", "0", "--overwrite"]
                                     + (["--dedup", "mark"] if dedup else []))
                best = seconds.get((pages, dedup), (float("inf"), float("inf")))
                seconds[pages, dedup] = (min(best[0], wall), min(best[1], cpu))

    def extra(index: int, dedup: bool) -> float:
        return seconds[2 * count, dedup][index] - seconds[count, dedup][index]

    def percent(more: float, base: float) -> float:
        return round(100 * (more - base) / base, 1)

    return {"dedup_overhead_pct": percent(extra(1, True), extra(1, False)),
            "dedup_overhead_pct_wall": percent(extra(0, True), extra(0, False)),
            "dedup_overhead_pct_whole_run": percent(seconds[2 * count, True][1], seconds[2 * count, False][1]),
            "run_pages_per_s": round(count / extra(0, False), 1), "dedup_import_s": dedup_import()}


IMPORT_DEDUP = """import time; started = time.perf_counter()
from sinmun.corpus.dedup import Deduplicator, signature
Deduplicator().classify("a", signature(["한미 양국은 반도체 공급망 협력을 강화하기로 했다."]))
print(time.perf_counter() - started)"""
IMPORT_SINMUN = "import time; started = time.perf_counter(); import sinmun; print(time.perf_counter() - started)"


def dedup_import() -> float:
    def seconds(code: str) -> float:
        return min(float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                        env=child_environment(), check=True).stdout) for _ in range(3))
    return round(max(0.0, seconds(IMPORT_DEDUP) - seconds(IMPORT_SINMUN)), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=25_000)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", help="also write the flat results object here")
    parser.add_argument("--quick", action="store_true",
                        help="a smoke run (bench/stages.py --quick): 5,000 articles, 200 pages, one round")
    args = parser.parse_args()
    if args.quick:
        args.articles, args.pages, args.rounds = min(args.articles, 5000), min(args.pages, 200), 1
    import sinmun
    results: dict = {"sinmun": str(Path(sinmun.__file__).parent), "load_avg_1m_start": round(os.getloadavg()[0], 2)}
    with tempfile.TemporaryDirectory(prefix="sinmun-bench-ingest-") as tmp:
        folder = Path(tmp)
        db, added = ingest(folder, args.articles)
        results |= added
        results |= search_cold(db, args.rounds)
        results |= dedup_cost(folder, args.pages)
    results["load_avg_1m_end"] = round(os.getloadavg()[0], 2)
    print(json.dumps(results, ensure_ascii=False, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
