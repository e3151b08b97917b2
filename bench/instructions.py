"""Extraction cost in instructions against a bare lexbor parse, per set and source tree (callgrind).

    .venv/bin/python bench/instructions.py [--src /old/src] [--src src] [--sets ko,en-aeb]
                                           [--shared ../shared] [--out bench/results/instructions]

Instruction counts do not move with the machine's load, so two trees compare exactly on a busy machine.
For each source tree (``--src``, repeatable; default ``src``) and each set, three ``valgrind --tool=callgrind``
runs of this same script (its ``--worker`` mode, with ``PYTHONPATH`` naming the tree and
``PYTHONHASHSEED=0``; the tree's ``.pyc`` files are compiled first) count the instructions of:

* ``imports``: the imports, the pages read, a warm-up of 3 pages (extract and bare parse);
* ``parse``: the same, then ``LexborHTMLParser(html)`` over every page of the set;
* ``extract``: the same, then ``sinmun.extract(html, url)`` over every page.

``parse Ir`` is parse minus imports, ``extract Ir`` extract minus imports, and the ratio is extract Ir over
parse Ir (issue 12's "extract vs bare LexborHTMLParser(html)" row). The table is printed; ``--out PREFIX``
also writes ``PREFIX.md`` and ``PREFIX.json``. Without valgrind the script says so in one line and exits 2.

``--steady`` warms up with every page of the set (one extract and one parse each) instead of 3, so that the
counted pass is a steady state: no first-use costs (compiled patterns, caches) in it. Instructions are not time:
session 12 counted 30 % fewer steady-state instructions on eval/ko than 1fe5d3e in the same CPU time, because a
C scan retires several instructions a cycle and Python-level work far fewer (bench/results/stages.md). The issue's
ratios are time ratios; use this script to compare two trees' work exactly on a busy machine, and
bench/speed.py on a quiet one for the ratio itself.
"""
from __future__ import annotations

import argparse
import compileall
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

#: the runs per tree and set, in order: what each adds to the one before
MODES = ("imports", "parse", "extract")
DEFAULT_SETS = ("ko", "en-aeb")
#: pages extracted (and parsed) before the counted loop, so that first-use costs stay out of it
WARM_UP_PAGES = 3
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


@dataclass(frozen=True)
class Measure:
    """One tree's counts on one set."""

    src: str
    set: str
    imports: int
    parse: int
    extract: int

    @property
    def parse_ir(self) -> int:
        return self.parse - self.imports

    @property
    def extract_ir(self) -> int:
        return self.extract - self.imports

    @property
    def ratio(self) -> float | None:
        return ratio(self.extract_ir, self.parse_ir)

    def row(self) -> dict[str, object]:
        return {**asdict(self), "parse_ir": self.parse_ir, "extract_ir": self.extract_ir, "ratio": self.ratio}


def ratio(extract_ir: int, parse_ir: int) -> float | None:
    """Extract instructions per bare-parse instruction (None when the parse counted nothing)."""
    return extract_ir / parse_ir if parse_ir > 0 else None


def collected(log: str) -> int:
    """The instruction count callgrind reports at exit ("Collected : N")."""
    found = _COLLECTED.findall(log)
    if not found:
        raise RuntimeError("callgrind reported no instruction count:\n" + log[-2000:])
    return int(found[-1])


def callgrind_run(src: Path, set_name: str, mode: str, shared: Path, workdir: Path, steady: bool = False) -> int:
    """Instructions of one worker run under callgrind, ``src`` on ``PYTHONPATH``."""
    out = workdir / f"{set_name}-{mode}.callgrind"
    command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__,
               "--worker", set_name, mode, "--shared", str(shared), *(["--steady"] if steady else [])]
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONHASHSEED="0")
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{mode} run on {set_name} with {src} failed:\n{done.stderr[-2000:]}")
    return collected(done.stderr)


def measure(src: Path, set_name: str, shared: Path, steady: bool = False) -> Measure:
    """The three runs of one tree on one set."""
    compileall.compile_dir(str(src), quiet=1)
    with tempfile.TemporaryDirectory(prefix="sinmun-ir-") as workdir:
        counts = {mode: callgrind_run(src, set_name, mode, shared, Path(workdir), steady) for mode in MODES}
    return Measure(src=str(src), set=set_name, **counts)


def markdown(measures: list[Measure]) -> str:
    """The table: one row per set and tree."""
    lines = ["| set | tree | parse Ir | extract Ir | extract / parse |", "|---|---|---:|---:|---:|"]
    for m in measures:
        shown = f"{m.ratio:.2f}x" if m.ratio is not None else "-"
        lines.append(f"| {m.set} | {m.src} | {m.parse_ir:,} | {m.extract_ir:,} | {shown} |")
    return "\n".join(lines) + "\n"


def write_results(prefix: Path, measures: list[Measure], steady: bool = False) -> None:
    prefix.parent.mkdir(parents=True, exist_ok=True)
    prefix.with_suffix(".md").write_text(markdown(measures), encoding="utf-8")
    rows = {"warm_up_pages": "all" if steady else WARM_UP_PAGES, "measures": [m.row() for m in measures]}
    prefix.with_suffix(".json").write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")


def worker(set_name: str, mode: str, shared: Path, steady: bool = False) -> None:
    """What one callgrind run executes (imports from ``PYTHONPATH``; the pages read as bench/accuracy.py reads them)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from accuracy import SET_DIRS, load_scorer
    from selectolax.lexbor import LexborHTMLParser

    import sinmun

    pages = load_scorer(shared).load_set(shared / SET_DIRS[set_name])
    for item in pages if steady else pages[:WARM_UP_PAGES]:
        sinmun.extract(item["html"], item["url"])
        LexborHTMLParser(item["html"])
    if mode == "parse":
        for item in pages:
            LexborHTMLParser(item["html"])
    elif mode == "extract":
        for item in pages:
            sinmun.extract(item["html"], item["url"])


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    from accuracy import DEFAULT_SHARED

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", type=Path, action="append", help="a source tree to measure (repeatable; default: src)")
    ap.add_argument("--sets", default=",".join(DEFAULT_SETS), help="comma-separated: ko, en-aeb")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--out", type=Path, help="write PREFIX.md and PREFIX.json")
    ap.add_argument("--steady", action="store_true",
                    help="warm up with every page, not 3: count a steady-state pass")
    ap.add_argument("--worker", nargs=2, metavar=("SET", "MODE"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    args.src = [s.resolve() for s in args.src or [Path("src")]]
    args.sets = [s for s in args.sets.split(",") if s]
    if args.worker is not None and args.worker[1] not in MODES:
        ap.error(f"mode must be one of {', '.join(MODES)}")
    return args


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    args = parse_args(argv)
    if args.worker is not None:
        worker(args.worker[0], args.worker[1], args.shared, args.steady)
        return 0
    if shutil.which("valgrind") is None:
        print("bench/instructions.py: valgrind is not installed (apt-get install valgrind); nothing measured",
              file=sys.stderr)
        return 2
    measures = [measure(src, set_name, args.shared, args.steady) for set_name in args.sets for src in args.src]
    print(markdown(measures), end="")
    if args.out is not None:
        write_results(args.out, measures, args.steady)
    return 0


if __name__ == "__main__":
    sys.exit(main())
