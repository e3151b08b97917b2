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
* ``dedup_overhead_pct`` and ``dedup_import_s``: bench/dedup_cost.py (its docstring has the
  method): ``--pages`` distinct synthetic pages, short interleaved pairs of in-process runs with
  and without ``--dedup mark`` in CPU time; the one-time import cost measured apart in fresh
  processes.

The CLI runs as ``sys.executable -m sinmun.cli`` with this process's environment, so PYTHONPATH
decides which sinmun is measured.
"""
from __future__ import annotations

import argparse
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


def dedup_cost(folder: Path, pages: int, rounds: int) -> dict:
    """bench/dedup_cost.py's figures, from a process of their own (this environment: the same sinmun)."""
    out = folder / "dedup.json"
    subprocess.run([sys.executable, str(Path(__file__).with_name("dedup_cost.py")), "--pages", str(pages),
                    "--rounds", str(rounds), "--json", str(out)], env=child_environment(), check=True,
                   stdout=subprocess.DEVNULL)
    figures = json.loads(out.read_text(encoding="utf-8"))
    return {key: value for key, value in figures.items() if key.startswith(("dedup_", "plain_", "run_"))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=25_000)
    parser.add_argument("--pages", type=int, default=2000, help="distinct pages per dedup run")
    parser.add_argument("--dedup-rounds", type=int, default=3, help="passes of dedup pairs over the pages")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", help="also write the flat results object here")
    parser.add_argument("--quick", action="store_true",
                        help="a smoke run (stages.py --quick): 5,000 articles, one round, 300 pages, 1 dedup round")
    args = parser.parse_args()
    if args.quick:
        args.articles, args.rounds = min(args.articles, 5000), 1
        args.pages, args.dedup_rounds = min(args.pages, 300), 1
    import sinmun
    results: dict = {"sinmun": str(Path(sinmun.__file__).parent), "load_avg_1m_start": round(os.getloadavg()[0], 2)}
    with tempfile.TemporaryDirectory(prefix="sinmun-bench-ingest-") as tmp:
        folder = Path(tmp)
        db, added = ingest(folder, args.articles)
        results |= added
        results |= search_cold(db, args.rounds)
        results |= dedup_cost(folder, args.pages, args.dedup_rounds)
    results["load_avg_1m_end"] = round(os.getloadavg()[0], 2)
    print(json.dumps(results, ensure_ascii=False, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
