"""Every stage's speed, today against new, from one run (issue 12's table).

    .venv/bin/python bench/stages.py [--baseline REV] [--only speed,enrich,ingest,archive] [--quick]
        [--archive-json NEW.json [--archive-json-today TODAY.json]]

"Today" is the sinmun of ``--baseline`` (a git revision, checked out into a temporary worktree);
"new" is this checkout's ``src``. Each stage bench below runs twice in a fresh process, once with
``PYTHONPATH`` naming each tree, so the same measuring code times both versions back to back on
the same machine state. Every script writes its figures as one flat JSON object (``--json OUT``);
this script only gathers them, prints the table and writes ``bench/results/stages.{md,json}``.
A stage whose script fails for one tree shows ``error`` in that column and the reason below the
table; the other stages still run.

The archive stage builds archives of 1 M and 3 M articles, which takes hours on a busy machine;
``--archive-json`` (and ``--archive-json-today``) fill its rows from the JSON that
``bench/archive.py --json`` wrote in an earlier run instead (that tree's archive stage is then not
run), and the sizes that JSON measured are listed under the table.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"


@dataclass(frozen=True)
class Stage:
    """One bench script and the arguments it gets (full run, and the quick one for a smoke look)."""

    name: str
    script: str
    args: tuple[str, ...]
    quick_args: tuple[str, ...]


@dataclass(frozen=True)
class Row:
    label: str
    stage: str
    key: str
    unit: str
    target: str
    #: whether a new figure meets the target (given the figure and its stage's whole JSON object)
    met: Callable[[float, dict], bool] | None
    #: what the issue measured before this work began
    issue_figure: str


STAGES = (
    Stage("speed", "speed.py", (), ("--passes", "1", "--page-mb", "2")),
    Stage("enrich", "enrich.py", ("--no-before",), ("--no-before", "--repeat", "1", "--synthetic", "20")),
    Stage("ingest", "ingest.py", (), ("--quick",)),
    Stage("archive", "archive.py", ("--facets", "--trend", "--n", "1000000", "3000000"),
          ("--facets", "--trend", "--n", "20000", "60000")),
)

def _at_most(limit: float) -> Callable[[float, dict], bool]:
    return lambda value, figures: value <= limit


def _at_least(limit: float) -> Callable[[float, dict], bool]:
    return lambda value, figures: value >= limit


def _enrichment_met(value: float, figures: dict) -> bool:
    """1,000 articles/s, or within 2x of the analyser's own raw throughput on the same texts."""
    return value >= 1000 or figures.get("enrich_vs_raw", 0) >= 0.5


ROWS = (
    Row("extract vs bare LexborHTMLParser, eval/ko", "speed", "ko_ratio", "×", "≤ 3×", _at_most(3), "5.05×"),
    Row("extract vs bare LexborHTMLParser, eval/en-aeb", "speed", "en_ratio", "×", "≤ 4×", _at_most(4), "11.4×"),
    Row("enrichment, articles/s (one core)", "enrich", "enrich_per_s", "/s", "≥ 1,000/s or within 2× of raw",
        _enrichment_met, "35/s"),
    Row("enrichment / the analyser's raw throughput", "enrich", "enrich_vs_raw", "×", "≥ 0.5×", _at_least(0.5), "-"),
    Row("`archive add --no-enrich`, articles/s", "ingest", "add_no_enrich_per_s", "/s", "≥ 3,000/s",
        _at_least(3000), "1,300/s"),
    Row("`sinmun search` cold start, plain query", "ingest", "search_cold_s_plain", "s", "≤ 0.3 s",
        _at_most(0.3), "0.27 s"),
    Row("`sinmun search` cold start, plain query, peak RSS", "ingest", "search_cold_mib_plain", "MiB", "≤ 100 MiB",
        _at_most(100), "-"),
    Row("`sinmun search` cold start, query with a particle", "ingest", "search_cold_s_particle", "s", "≤ 0.3 s",
        _at_most(0.3), "3.5 s"),
    Row("`sinmun search` cold start, particle query, peak RSS", "ingest", "search_cold_mib_particle", "MiB",
        "≤ 100 MiB", _at_most(100), "568 MiB"),
    Row("search p95 at 1 M, no facets", "archive", "p95_ms_nofacets_1m", "ms", "-", None, "28 ms"),
    Row("search p95 at 1 M, with facets", "archive", "p95_ms_facets_1m", "ms", "≤ 50 ms", _at_most(50), "-"),
    Row("search p95 at 1 M, with facets, CPU", "archive", "cpu_p95_ms_facets_1m", "ms", "-", None, "-"),
    Row("search p95 at 3 M, no facets", "archive", "p95_ms_nofacets_3m", "ms", "-", None, "-"),
    Row("search p95 at 3 M, with facets", "archive", "p95_ms_facets_3m", "ms", "-", None, "-"),
    Row("search p95 at 10 M, with facets (projected)", "archive", "p95_ms_facets_10m_projected", "ms", "-", None,
        "-"),
    Row("trend of a very common word at 1 M", "archive", "trend_common_ms_1m", "ms", "≤ 200 ms", _at_most(200),
        "~1,500 ms"),
    Row("peak memory over the interpreter, 20 MB page", "speed", "peak_mb_20mb", "MB", "≤ 3× the page (60 MB)",
        _at_most(60), "518 MB"),
    Row("`--dedup` cost per page", "ingest", "dedup_overhead_pct", "%", "≤ +20 %", _at_most(20), "+52 %"),
    Row("import cost on the dedup path", "ingest", "dedup_import_s", "s", "no heavy import (≤ 0.2 s)",
        _at_most(0.2), "0.6 s"),
)


def baseline_tree(revision: str, into: Path) -> Path:
    """A detached worktree of ``revision`` (removed again by :func:`drop_tree`)."""
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f", str(into), revision],
                   check=True, capture_output=True, text=True)
    return into


def drop_tree(path: Path) -> None:
    subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(path)], capture_output=True)


@contextlib.contextmanager
def source_tree(spec: str) -> Iterator[Path]:
    """The ``src`` directory ``spec`` names: a directory as it is, else a git revision checked out into a
    temporary worktree for the time of the ``with`` block."""
    if Path(spec).is_dir():
        yield Path(spec)
        return
    with tempfile.TemporaryDirectory(prefix="sinmun-before-") as tmp:
        tree = baseline_tree(spec, Path(tmp) / "tree")
        try:
            yield tree / "src"
        finally:
            drop_tree(tree)


def run_stage(stage: Stage, src: Path, quick: bool, timeout: float) -> tuple[dict | None, str | None]:
    """The figures one stage script printed for the sinmun under ``src`` (or None and why not)."""
    script = BENCH / stage.script
    if not script.exists():
        return None, f"{stage.script} does not exist"
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        out = Path(handle.name)
    env = {**os.environ, "PYTHONPATH": str(src)}
    command = [sys.executable, str(script), *(stage.quick_args if quick else stage.args), "--json", str(out)]
    try:
        done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"{stage.script} ran over {timeout:.0f} s"
    try:
        if done.returncode != 0:
            tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
            return None, f"{stage.script} exited {done.returncode}: " + " / ".join(tail)
        return json.loads(out.read_text() or "{}"), None
    except json.JSONDecodeError as exc:
        return None, f"{stage.script} wrote no JSON object: {exc}"
    finally:
        out.unlink(missing_ok=True)


def figure(value: float | None, unit: str) -> str:
    if value is None:
        return "error"  # the stage ran and failed, or did not report this figure
    if unit == "×":
        return f"{value:.2f}×"
    if unit == "/s":
        return f"{value:,.0f}/s"
    if unit == "%":
        return f"{value:+.0f} %"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:,.1f} {unit}"


def _cell(results: dict[str, dict | None], row: Row) -> tuple[str, float | None]:
    if row.stage not in results:
        return "not run", None
    figures = results[row.stage]
    value = (figures or {}).get(row.key)
    if figures and value is None:
        return "not measured", None   # the stage ran but not at this size (e.g. no 3 M archive)
    return figure(value, row.unit), value


def table(results: dict[str, dict[str, dict | None]]) -> list[str]:
    lines = ["| stage | issue's figure | target | today (baseline, this run) | new (this run) | target met |",
             "|---|---|---|---|---|---|"]
    for row in ROWS:
        today, _ = _cell(results["today"], row)
        new, value = _cell(results["new"], row)
        met = "-" if value is None or row.met is None else (
            "yes" if row.met(float(value), results["new"].get(row.stage) or {}) else "**no**")
        lines.append(f"| {row.label} | {row.issue_figure} | {row.target} | {today} | {new} | {met} |")
    return lines


def measure(stages: list[Stage], trees: dict[str, Path], quick: bool, timeout: float,
            given: dict[str, dict[str, dict]] | None = None) -> tuple[dict[str, dict[str, dict | None]], list[str]]:
    """Run each stage for each tree, except the (tree, stage) figures ``given`` from earlier runs."""
    given = given or {}
    results: dict[str, dict[str, dict | None]] = {name: {} for name in trees}
    problems: list[str] = []
    for stage in stages:  # both trees back to back, so drift on the machine touches both alike
        for name, src in trees.items():
            if stage.name in given.get(name, {}):
                results[name][stage.name] = given[name][stage.name]
                continue
            print(f"{stage.name} / {name} ...", file=sys.stderr, flush=True)
            figures, problem = run_stage(stage, src, quick, timeout)
            results[name][stage.name] = figures
            if problem:
                problems.append(f"{stage.name} ({name}): {problem}")
    return results, problems


def given_figures(new: str | None, today: str | None) -> dict[str, dict[str, dict]]:
    """The archive figures read from ``bench/archive.py --json`` files, per tree."""
    out: dict[str, dict[str, dict]] = {}
    for tree, path in (("new", new), ("today", today)):
        if path:
            out[tree] = {"archive": json.loads(Path(path).read_text(encoding="utf-8"))}
    return out


def archive_notes(results: dict[str, dict[str, dict | None]], given: dict[str, dict[str, dict]]) -> list[str]:
    """Which archive sizes each tree's figures come from, and each size's p95 (wall / CPU)."""
    lines = []
    for tree, stages in results.items():
        figures = stages.get("archive") or {}
        sizes = figures.get("sizes") or []
        if not sizes:
            continue
        source = "from an earlier bench/archive.py run" if "archive" in given.get(tree, {}) else "this run"
        parts = []
        for n in sizes:
            size = f"{n / 1_000_000:g}m"
            parts.append(f"{n:,}: p95 {figures.get(f'p95_ms_nofacets_{size}')} / "
                         f"{figures.get(f'cpu_p95_ms_nofacets_{size}')} ms without facets, "
                         f"{figures.get(f'p95_ms_facets_{size}')} / {figures.get(f'cpu_p95_ms_facets_{size}')} ms "
                         f"with (wall / CPU)")
        lines.append(f"- archive sizes, {tree} ({source}): " + "; ".join(parts))
    return lines


#: the speed stage's keys that bench/instructions.py's ratios stand in for, per set
INSTRUCTION_KEYS = {"ko": "ko_ratio", "en-aeb": "en_ratio"}


def instruction_ratios(path: str, trees: dict[str, Path]) -> dict[str, dict[str, float]]:
    """The extraction ratios per tree from ``bench/instructions.py --out``'s JSON (callgrind instructions,
    which the machine's load does not move), matched to the trees by their ``src`` path."""
    rows = json.loads(Path(path).read_text(encoding="utf-8"))["measures"]
    out: dict[str, dict[str, float]] = {}
    for name, src in trees.items():
        for row in rows:
            key = INSTRUCTION_KEYS.get(row["set"])
            if key and row.get("ratio") is not None and Path(row["src"]).resolve() == src.resolve():
                out.setdefault(name, {})[key] = row["ratio"]
    return out


def apply_instruction_ratios(results: dict[str, dict[str, dict | None]], ratios: dict[str, dict[str, float]]) -> None:
    """Put the callgrind ratios in place of the wall-clock ones (the speed stage's other figures stay)."""
    for tree, figures in ratios.items():
        speed = results.setdefault(tree, {}).get("speed") or {}
        results[tree]["speed"] = {**speed, **figures}


def table_notes(instructions_json: str | None, results: dict[str, dict[str, dict | None]],
                given: dict[str, dict[str, dict]], problems: list[str]) -> list[str]:
    """The lines under the table: where the extraction ratios come from, the archive sizes, the problems."""
    counted = ([f"- the two extraction rows are callgrind instruction counts (bench/instructions.py, "
                f"{instructions_json}): a bare lexbor parse of the same pages = 1×"] if instructions_json else [])
    return [*counted, *archive_notes(results, given), *(f"- {p}" for p in problems)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="1fe5d3e", help="git revision measured as 'today'")
    parser.add_argument("--baseline-src", help="use this src directory as 'today' instead of a worktree")
    parser.add_argument("--only", help="comma-separated stages: " + ",".join(s.name for s in STAGES))
    parser.add_argument("--quick", action="store_true", help="small inputs: a smoke look, not the figures")
    parser.add_argument("--timeout", type=float, default=7200.0, help="seconds per stage and tree")
    parser.add_argument("--out", default=str(BENCH / "results"))
    parser.add_argument("--archive-json", help="the new tree's archive figures from `bench/archive.py --json`")
    parser.add_argument("--archive-json-today", help="the same for the baseline tree")
    parser.add_argument("--instructions-json", help="extraction ratios in callgrind instructions from "
                        "`bench/instructions.py --src BASELINE_SRC --src src --out PREFIX` (PREFIX.json), in "
                        "place of the wall-clock ones; give the same baseline as --baseline-src")
    args = parser.parse_args(argv)
    given = given_figures(args.archive_json, args.archive_json_today)
    wanted = set(args.only.split(",")) if args.only else {s.name for s in STAGES}
    stages = [s for s in STAGES if s.name in wanted]
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    with tempfile.TemporaryDirectory(prefix="sinmun-baseline-") as tmp:
        tree = Path(tmp) / "tree"
        base = Path(args.baseline_src) if args.baseline_src else baseline_tree(args.baseline, tree) / "src"
        try:
            trees = {"today": base, "new": ROOT / "src"}
            results, problems = measure(stages, trees, args.quick, args.timeout, given)
            if args.instructions_json:
                apply_instruction_ratios(results, instruction_ratios(args.instructions_json, trees))
        finally:
            if not args.baseline_src:
                drop_tree(tree)
    lines = [f"Measured {started}; today = {args.baseline_src or args.baseline}, new = this checkout"
             f"{' (quick: small inputs)' if args.quick else ''}.", "", *table(results)]
    notes = table_notes(args.instructions_json, results, given, problems)
    lines += ["", *notes] if notes else []
    print("\n".join(lines))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "-quick" if args.quick else ""
    (out / f"stages{suffix}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out / f"stages{suffix}.json").write_text(json.dumps({"measured": started, "results": results,
                                                         "problems": problems}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
