"""Extraction speed against the parser's own, and peak memory on a 20 MB page, in one run.

    PYTHONPATH=src .venv/bin/python bench/speed.py [--shared ../shared] [--passes 5] [--page-mb 20]
                                                  [--sets ko,en-aeb] [--json OUT]

sinmun is imported from wherever ``PYTHONPATH`` points, so the same script measures two trees side by
side: ``PYTHONPATH=/old/src`` (today) and ``PYTHONPATH=src`` (new). Figures:

* ``<set>_ratio``: CPU time of ``sinmun.extract(html, url)`` over every page of the set, divided by the
  CPU time of a bare ``selectolax.lexbor.LexborHTMLParser(html)`` over the same pages (the tree freed
  each time, as extract frees its own). The process is pinned to one CPU (``accuracy.pin_to_one_cpu``);
  one warm-up pass of both comes first, then ``--passes`` passes, parse and extract interleaved so that
  drift on the machine touches both alike; each figure is the median pass (``time.process_time``).
  ``ko`` is ``eval/ko`` (site profiles), ``en`` is ``eval/en-aeb`` (the generic path).
* ``peak_mb_20mb``: in a fresh subprocess, the RSS high-water mark (``VmHWM``) while extracting a
  text-heavy page of ``--page-mb`` MB of UTF-8 (``adversarial.page`` with ``adversarial.S`` paragraphs),
  given as bytes, minus the high-water mark after the imports and a small warm-up extract: the page's own
  bytes, read after that baseline, count. ``peak_ratio_20mb`` is that over ``page_mb``.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from accuracy import DEFAULT_SHARED, SET_DIRS, BenchError, load_scorer, pin_to_one_cpu
from adversarial import S, page

#: short names of the figures per set, as the issue's table names them.
SET_KEYS = {"ko": "ko", "en-aeb": "en"}


def text_heavy_page(megabytes: float) -> bytes:
    """A page of ``adversarial.S`` paragraphs, about ``megabytes`` MB of UTF-8."""
    paragraph = len(f"<p>{S}</p>".encode())
    return page(*[S] * max(1, int(megabytes * 1e6 / paragraph))).encode()


def timed_pass(run, pages: list[dict]) -> float:
    """CPU seconds of ``run`` over every page."""
    started = time.process_time()
    for item in pages:
        run(item)
    return time.process_time() - started


def measure_set(pages: list[dict], passes: int) -> dict[str, float]:
    """Median CPU seconds per pass of a bare parse and of extract, and their ratio."""
    import sinmun
    from selectolax.lexbor import LexborHTMLParser

    def parse(item: dict) -> None:
        LexborHTMLParser(item["html"])

    def extract(item: dict) -> None:
        sinmun.extract(item["html"], item["url"])

    timed_pass(parse, pages)
    timed_pass(extract, pages)  # warm-up: lazy imports, compiled patterns, the allocator
    parse_s, extract_s = [], []
    for _ in range(passes):
        parse_s.append(timed_pass(parse, pages))
        extract_s.append(timed_pass(extract, pages))
    parse_median, extract_median = statistics.median(parse_s), statistics.median(extract_s)
    return {"parse_ms": 1000 * parse_median, "extract_ms": 1000 * extract_median,
            "ratio": extract_median / parse_median, "pages": len(pages),
            "pages_per_s": len(pages) / extract_median}


def memory_child(path: str) -> None:
    """Print, as JSON, the RSS high-water mark of extracting the page at ``path`` over the baseline."""
    import resource

    import sinmun

    def high_water_mb() -> float:
        """This process's RSS high-water mark: VmHWM of /proc/self/status where there is one (ru_maxrss
        would carry the parent's size over fork and exec), else ru_maxrss."""
        status = Path("/proc/self/status")
        if status.is_file():
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

    sinmun.extract(page(S, S, S))  # warm-up: what every process pays once
    baseline = high_water_mb()
    data = Path(path).read_bytes()
    article = sinmun.extract(data)
    print(json.dumps({"peak_mb": high_water_mb() - baseline, "baseline_mb": baseline,
                      "paragraphs": len(article.body_paragraphs)}))


def measure_memory(megabytes: float) -> dict[str, float]:
    """Peak memory of one extract of a text-heavy page, measured in a fresh subprocess."""
    data = text_heavy_page(megabytes)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.html"
        path.write_bytes(data)
        done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--memory-child", str(path)],
                              capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
        raise BenchError(f"the memory run failed: {last}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    page_mb = len(data) / 1e6
    return {"page_mb": round(page_mb, 2), "peak_mb_20mb": round(result["peak_mb"], 1),
            "peak_ratio_20mb": round(result["peak_mb"] / page_mb, 2),
            "baseline_mb": round(result["baseline_mb"], 1), "memory_paragraphs": result["paragraphs"]}


def run(args: argparse.Namespace) -> dict[str, float | str | int]:
    import sinmun

    figures: dict[str, float | str | int] = {"sinmun": str(Path(sinmun.__file__).resolve().parent)}
    cpu = pin_to_one_cpu()
    figures["cpu"] = -1 if cpu is None else cpu
    scorer = load_scorer(args.shared)
    for name in args.sets:
        folder = args.shared / SET_DIRS[name]
        if not folder.is_dir():
            raise BenchError(f"set {name!r} not found: {folder}")
        measured = measure_set(scorer.load_set(folder), args.passes)
        key = SET_KEYS[name]
        for figure, value in measured.items():
            figures[f"{key}_{figure}"] = round(value, 3) if isinstance(value, float) else value
    if args.page_mb > 0:
        figures.update(measure_memory(args.page_mb))
    return figures


def report(figures: dict[str, float | str | int]) -> str:
    lines = [f"sinmun from {figures['sinmun']}", "", "| figure | value |", "|---|---|"]
    for key in SET_KEYS.values():
        if f"{key}_ratio" in figures:
            lines.append(f"| {key}: extract / bare lexbor parse | {figures[f'{key}_ratio']:.2f}x "
                         f"({figures[f'{key}_extract_ms']:.0f} ms / {figures[f'{key}_parse_ms']:.0f} ms per pass, "
                         f"{figures[f'{key}_pages']} pages) |")
    if "peak_mb_20mb" in figures:
        lines.append(f"| peak RSS over baseline, {figures['page_mb']} MB page | {figures['peak_mb_20mb']} MB "
                     f"({figures['peak_ratio_20mb']}x the page, {figures['memory_paragraphs']} paragraphs read) |")
    return "\n".join(lines)


def set_list(text: str) -> list[str]:
    names = [s for s in text.split(",") if s]
    unknown = [s for s in names if s not in SET_KEYS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"sets are {','.join(SET_KEYS)}: {text!r}")
    return names


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the team's shared folder")
    parser.add_argument("--sets", type=set_list, default=list(SET_KEYS), help="ko,en-aeb (default both)")
    parser.add_argument("--passes", type=int, default=5, help="timed passes after the warm-up (default 5)")
    parser.add_argument("--page-mb", type=float, default=20.0, help="size of the memory page; 0 skips it")
    parser.add_argument("--json", type=Path, help="write the figures here as one flat JSON object")
    parser.add_argument("--memory-child", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.memory_child:
        memory_child(args.memory_child)
        return 0
    try:
        figures = run(args)
    except BenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(report(figures))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
