#!/usr/bin/env python3
"""Accuracy and speed of sinmun and its peers on labelled news pages, side by side, in one process.

    python bench/accuracy.py [--sets ko,samples,en-aeb] [--tools sinmun,trafilatura,...] [--reps 3]
                             [--out bench/results] [--per-page] [--limit N] [--shared DIR]

(``sinmun bench`` runs the same thing.) Every tool sees the same pages. The metrics are the team's
scorer's, ``../shared/tools/score.py``, imported from its path (its page loader, its tool adapters, its
``score_page``), so the numbers agree with it by construction. What this script adds:

* one warm-up pass per tool (it is also the pass that is scored), then ``--reps`` timed passes,
  interleaved across tools, in this single thread pinned to one CPU: pages/s on one core, warm;
* the ratio of sinmun's pages/s to each peer's, from the same run;
* per-page diagnostics: body P/R/F1, which field went wrong (what came out, what was expected),
  which ``must_not_contain`` snippets leaked into the body, and the error of a page that raised;
* ``<out>/<set>.md`` (table + pages where sinmun falls short), ``<out>/<set>.json`` (everything),
  and ``<out>/accuracy.png`` (body F1 against pages/s, one point per tool, one panel per set).

Peers are the optional extra ``pip install -e '.[bench]'``; a peer that is not installed is reported as
not available and the others still run.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib.metadata
import importlib.util
import json
import logging
import os
import platform
import statistics
import sys
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Iterator
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
DEFAULT_OUT = ROOT / "bench" / "results"
SCORER = Path("tools") / "score.py"
SET_DIRS = {"ko": "eval/ko", "samples": "samples", "en-aeb": "eval/en-aeb"}
SET_LANGUAGES = {"en-aeb": "en"}  # every other set (named or a directory) is Korean
DEFAULT_SETS = ("ko", "samples", "en-aeb")
DEFAULT_TOOLS = ("sinmun", "trafilatura", "readability", "newspaper4k", "goose3", "resiliparse")
# distribution that provides each tool, for the versions in the report
DISTRIBUTIONS = {"sinmun": "sinmun", "trafilatura": "trafilatura", "readability": "readability-lxml",
                 "newspaper4k": "newspaper4k", "goose3": "goose3", "resiliparse": "resiliparse"}
FIELDS = ("title", "date", "press", "reporters")
METRICS = ("P", "R", "F", *FIELDS, "leak")
# where score_page finds each field's expected value (first key present), so the diagnostics quote it
EXPECTED_KEYS = {"title": ("title",), "date": ("published", "published_date"), "press": ("press",),
                 "reporters": ("reporters",)}
SHORT_F1 = 0.95      # a page whose body F1 is below this is listed as falling short
MAX_LISTED = 40      # pages listed per tool in the Markdown file (all of them are in the JSON)
SNIPPET_CHARS = 60   # values quoted in diagnostics are cut to this length


class BenchError(Exception):
    """A problem with the benchmark's inputs (missing scorer or set, unknown tool): one line to the user."""


# ---------------------------------------------------------------- results
@dataclass
class PageResult:
    """How one tool did on one page."""
    id: str
    url: str | None
    scores: dict[str, Any]                     # score_page's output: P, R, F, title, date, ... leak
    error: str | None = None                   # the exception the tool raised, if any
    wrong: dict[str, dict[str, Any]] = field(default_factory=dict)  # field -> {got, want}
    leaked: list[str] = field(default_factory=list)                 # must_not_contain snippets found
    seconds: float | None = None               # CPU seconds of its fastest timed run

    @property
    def falls_short(self) -> bool:
        return bool(self.error or self.wrong or self.leaked or self.scores["F"] < SHORT_F1)

    def to_dict(self, quote: bool = False) -> dict[str, Any]:
        """Without ``quote``, which fields went wrong and how many snippets leaked, not the pages' text
        (results are committed; the pages are publishers' work)."""
        wrong: Any = self.wrong if quote else sorted(self.wrong)
        leaked: Any = self.leaked if quote else len(self.leaked)
        return {"id": self.id, "url": self.url, **self.scores, "error": self.error, "wrong": wrong,
                "leaked": leaked, "seconds": self.seconds}


@dataclass
class ToolResult:
    """How one tool did on one set."""
    tool: str
    pages: list[PageResult] = field(default_factory=list)
    pass_seconds: list[float] = field(default_factory=list)       # CPU seconds of each timed pass
    pass_wall_seconds: list[float] = field(default_factory=list)  # and its wall-clock seconds
    unavailable: str | None = None             # why the tool could not run at all

    def mean(self, key: str) -> float | None:
        """Mean over the pages that have this metric (as the team's scorer averages)."""
        values = [float(p.scores[key]) for p in self.pages if key in p.scores]
        return sum(values) / len(values) if values else None

    @property
    def errors(self) -> int:
        return sum(1 for p in self.pages if p.error)

    @property
    def pages_per_s(self) -> float | None:
        if not self.pass_seconds or not self.pages:
            return None
        median = statistics.median(self.pass_seconds)
        return len(self.pages) / median if median > 0 else None

    def to_dict(self, sinmun_pps: float | None, quote: bool = False) -> dict[str, Any]:
        if self.unavailable:
            return {"available": False, "reason": self.unavailable}
        return {"available": True, **{k: self.mean(k) for k in METRICS}, "errors": self.errors,
                "pages_per_s": self.pages_per_s, "sinmun_speedup": speedup(sinmun_pps, self.pages_per_s),
                "pass_seconds": self.pass_seconds, "pass_wall_seconds": self.pass_wall_seconds,
                "pages_per_wall_s": len(self.pages) / statistics.median(self.pass_wall_seconds)
                if self.pass_wall_seconds else None,
                "pages": [p.to_dict(quote) for p in self.pages]}


@dataclass
class SetResult:
    name: str
    path: Path
    language: str
    tools: dict[str, ToolResult]

    @property
    def n_pages(self) -> int:
        return max((len(t.pages) for t in self.tools.values()), default=0)

    @property
    def sinmun_pps(self) -> float | None:
        sinmun = self.tools.get("sinmun")
        return sinmun.pages_per_s if sinmun else None


def speedup(sinmun_pps: float | None, tool_pps: float | None) -> float | None:
    return sinmun_pps / tool_pps if sinmun_pps and tool_pps else None


# ---------------------------------------------------------------- inputs
def load_scorer(shared: Path) -> ModuleType:
    """Import the team's scorer from its path, so the metrics are its own."""
    path = shared / SCORER
    if not path.is_file():
        raise BenchError(f"the team's scorer is missing: {path} (give the shared folder with --shared)")
    spec = importlib.util.spec_from_file_location("sinmun_team_score", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def resolve_set(name: str, shared: Path) -> tuple[str, Path]:
    """A set given by short name (ko, samples, en-aeb) or by directory."""
    path = shared / SET_DIRS[name] if name in SET_DIRS else Path(name)
    if not path.is_dir():
        raise BenchError(f"no such set: {name} ({path} is not a directory)")
    return (name if name in SET_DIRS else path.name), path


# The scorer sets newspaper4k and goose3 up for Korean (language="ko", Korean stop words). On English pages
# that configuration finds no body at all (F1 ~0), which would measure the setting, not the tool: on an
# English set they run with their English defaults instead. Their output fields are mapped as the scorer does.
def newspaper_english() -> Callable:
    import newspaper

    def run(html: str, url: str | None) -> dict:
        art = newspaper.Article(url or "http://example.com/", language="en", fetch_images=False)
        art.download(input_html=html)
        art.parse()
        return dict(title=art.title, date=str(art.publish_date or ""), press=(art.meta_site_name or None),
                    reporters=list(art.authors), body=art.text)
    return run


def goose3_english() -> Callable:
    from goose3 import Goose
    goose = Goose({"enable_image_fetching": False, "target_language": "en", "use_meta_language": False})

    def run(html: str, url: str | None) -> dict:
        a = goose.extract(raw_html=html, url=url)
        return dict(title=a.title, date=str(a.publish_date or ""), press=None, reporters=list(a.authors or []),
                    body=a.cleaned_text)
    return run


ENGLISH_ADAPTERS = {"newspaper4k": newspaper_english, "goose3": goose3_english}


def set_language(name: str) -> str:
    return SET_LANGUAGES.get(name, "ko")


def build_runners(scorer: ModuleType, tools: list[str], language: str) -> tuple[dict[str, Callable], dict[str, str]]:
    """Each tool's run(html, url) -> fields, from the scorer's adapters (English ones for an English set);
    and the tools that cannot load, with why."""
    runners: dict[str, Callable] = {}
    unavailable: dict[str, str] = {}
    for name in tools:
        factory = ENGLISH_ADAPTERS.get(name) if language == "en" else None
        try:
            runners[name] = (factory or scorer.TOOLS[name])()
        except Exception as exc:  # not installed, or broken: the others still run
            unavailable[name] = f"{type(exc).__name__}: {exc}"[:160]
    return runners, unavailable


def pin_to_one_cpu() -> int | None:
    """Run this process on one CPU only (Linux), so pages/s is one core's: the idlest of the CPUs it may
    use, as /proc/stat shows them over half a second. The CPU used, or None where pinning is not possible."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    allowed = sorted(os.sched_getaffinity(0))
    before = cpu_times()
    time.sleep(0.5)
    after = cpu_times()

    def idle_share(cpu: int) -> float:
        if cpu not in before or cpu not in after:
            return 0.0
        (idle0, total0), (idle1, total1) = before[cpu], after[cpu]
        return (idle1 - idle0) / (total1 - total0) if total1 > total0 else 0.0

    cpu = max(allowed, key=lambda c: (idle_share(c), -c))
    os.sched_setaffinity(0, {cpu})
    return cpu


def cpu_times() -> dict[int, tuple[int, int]]:
    """Per CPU: (idle + iowait jiffies, all jiffies) from /proc/stat; empty where there is none."""
    times = {}
    try:
        lines = Path("/proc/stat").read_text().splitlines()
    except OSError:
        return times
    for line in lines:
        name, *fields = line.split()
        if name.startswith("cpu") and name[3:].isdigit():
            values = [int(v) for v in fields]
            times[int(name[3:])] = (values[3] + values[4], sum(values[:8]))
    return times


def machine_info(cpu: int | None) -> dict[str, Any]:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu_model": model, "nproc": os.cpu_count(), "pinned_cpu": cpu,
            "python": platform.python_version(), "platform": platform.platform(), "load_before": load_average()}


def load_average() -> float | None:
    """The 1-minute load average: how busy the machine was (other work slows every tool, not alike)."""
    return round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None


def tool_versions(tools: list[str]) -> dict[str, str]:
    versions = {}
    for tool in tools:
        try:
            versions[tool] = importlib.metadata.version(DISTRIBUTIONS.get(tool, tool))
        except importlib.metadata.PackageNotFoundError:
            versions[tool] = "not installed"
    return versions


# ---------------------------------------------------------------- running
def run_page(run: Callable, page: dict) -> tuple[dict, str | None]:
    """The tool's fields for a page, or an empty record and the error (a failing page is scored as empty)."""
    try:
        return run(page["html"], page["url"]), None
    except Exception as exc:
        return {"body": ""}, f"{type(exc).__name__}: {exc}"[:200]


def cut(value: Any) -> Any:
    if isinstance(value, str) and len(value) > SNIPPET_CHARS:
        return value[: SNIPPET_CHARS - 1] + "…"
    return value


def diagnose(scorer: ModuleType, page: dict, out: dict, error: str | None) -> PageResult:
    """Score a page with the team's scorer and say what went wrong on it."""
    scores = scorer.score_page(out, page["exp"])
    result = PageResult(id=page["id"], url=page.get("url"), scores=scores, error=error)
    exp = page["exp"]
    for name in FIELDS:
        if scores.get(name) is False:
            want = next((exp[k] for k in EXPECTED_KEYS[name] if exp.get(k)), None)
            got = out.get(name)
            if name == "reporters":
                want = sorted(r["name"] if isinstance(r, dict) else r for r in want or [])
                got = sorted(got or [])
            result.wrong[name] = {"got": cut(got), "want": cut(want)}
    body = scorer.norm(out.get("body") or "")
    junk = exp.get("must_not_contain") or exp.get("not_in_body") or []
    result.leaked = [cut(j) for j in junk if scorer.norm(j) and scorer.norm(j) in body]
    return result


def score_pass(scorer: ModuleType, run: Callable, pages: list[dict]) -> list[PageResult]:
    """The warm-up pass: every page once, scored."""
    results = []
    for page in pages:
        out, error = run_page(run, page)
        results.append(diagnose(scorer, page, out, error))
    return results


def timed_pass(run: Callable, pages: list[dict]) -> tuple[list[float], float]:
    """CPU seconds each page takes (errors included: a failing page costs its time too), and the pass's
    wall-clock seconds. CPU time is what one core spends on the page whatever else the machine runs;
    wall-clock time also counts the moments other processes held the core."""
    seconds = []
    wall_start = time.perf_counter()
    for page in pages:
        start = time.process_time()
        run_page(run, page)
        seconds.append(time.process_time() - start)
    return seconds, time.perf_counter() - wall_start


def bench_set(scorer: ModuleType, runners: dict[str, Callable], unavailable: dict[str, str],
              tools: list[str], name: str, path: Path, pages: list[dict], reps: int,
              log: Callable[[str], None]) -> SetResult:
    results = {t: ToolResult(t, unavailable=unavailable.get(t)) for t in tools}
    live = [t for t in tools if t in runners]
    for tool in live:
        log(f"{name}: {tool}: warm-up and scoring pass over {len(pages)} pages")
        results[tool].pages = score_pass(scorer, runners[tool], pages)
    best = {t: [float("inf")] * len(pages) for t in live}
    for rep in range(reps):
        for tool in live:  # interleaved, so drift on the machine touches every tool alike
            seconds, wall = timed_pass(runners[tool], pages)
            results[tool].pass_seconds.append(sum(seconds))
            results[tool].pass_wall_seconds.append(wall)
            best[tool] = [min(a, b) for a, b in zip(best[tool], seconds)]
        log(f"{name}: timed pass {rep + 1}/{reps} done")
    for tool in live:
        for page_result, seconds in zip(results[tool].pages, best[tool]):
            page_result.seconds = seconds if reps else None
    return SetResult(name, path, set_language(name), results)


# ---------------------------------------------------------------- reports
def fmt(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def summary_table(result: SetResult) -> list[str]:
    lines = ["| tool | body P | body R | body F1 | title | date | press | reporters | leak | errors | pages/s "
             "| sinmun speed × |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    sinmun_pps = result.sinmun_pps
    for tool, tr in result.tools.items():
        if tr.unavailable:
            lines.append(f"| {tool} | not available: {md_cell(tr.unavailable)} |" + " |" * 10)
            continue
        cells = [fmt(tr.mean(k)) for k in METRICS]
        ratio = "" if tool == "sinmun" else fmt(speedup(sinmun_pps, tr.pages_per_s), 1)
        lines.append(f"| {tool} | " + " | ".join(cells) + f" | {tr.errors} | {fmt(tr.pages_per_s, 1)} | {ratio} |")
    return lines


def describe_page(page: PageResult, quote: bool = False) -> str:
    """What went wrong on a page, in one Markdown cell (the texts only with ``quote``)."""
    if quote:
        parts = [f"{name}: got {json.dumps(v['got'], ensure_ascii=False)}, "
                 f"want {json.dumps(v['want'], ensure_ascii=False)}" for name, v in page.wrong.items()]
    else:
        parts = [f"{name} wrong" for name in page.wrong]
    if page.leaked:
        parts.append("leaked: " + ", ".join(json.dumps(s, ensure_ascii=False) for s in page.leaked) if quote
                     else f"{len(page.leaked)} snippet(s) leaked")
    if page.error:
        parts.append(f"error: {page.error}")
    return md_cell("; ".join(parts)) or f"body F1 below {SHORT_F1}"


def page_label(page: PageResult) -> str:
    host = urlsplit(page.url).hostname if page.url else None
    return md_cell(f"{short_id(page.id)} ({host})" if host else short_id(page.id))


def shortfall_table(tool: ToolResult, quote: bool = False) -> list[str]:
    short = sorted((p for p in tool.pages if p.falls_short), key=lambda p: p.scores["F"])
    if not short:
        return [f"Every page is right for {tool.tool}."]
    lines = ["| page | body F1 | P | R | what went wrong |", "|---|---|---|---|---|"]
    for p in short[:MAX_LISTED]:
        lines.append(f"| {page_label(p)} | {p.scores['F']:.3f} | {p.scores['P']:.3f} | {p.scores['R']:.3f} "
                     f"| {describe_page(p, quote)} |")
    if len(short) > MAX_LISTED:
        lines.append(f"\n{len(short) - MAX_LISTED} more in the JSON file.")
    return lines + ["", *misses_by_field(tool)]


def misses_by_field(tool: ToolResult) -> list[str]:
    """For each field, the pages where it went wrong, worst body first: a developer's to-do list."""
    lines = []
    body = sorted((p for p in tool.pages if p.scores["F"] < SHORT_F1), key=lambda p: p.scores["F"])
    checks = [(f"body F1 < {SHORT_F1}", body, lambda p: f"{short_id(p.id)} ({p.scores['F']:.2f})")]
    for name in FIELDS:
        checks.append((name, [p for p in tool.pages if name in p.wrong], lambda p: short_id(p.id)))
    checks.append(("leak", [p for p in tool.pages if p.leaked], lambda p: f"{short_id(p.id)} ({len(p.leaked)})"))
    checks.append(("error", [p for p in tool.pages if p.error], lambda p: short_id(p.id)))
    for label, pages, show in checks:
        if pages:
            more = f", and {len(pages) - MAX_LISTED} more" if len(pages) > MAX_LISTED else ""
            lines.append(f"- {label}: {len(pages)} of {len(tool.pages)}: "
                         + ", ".join(show(p) for p in pages[:MAX_LISTED]) + more)
    return lines


def short_id(page_id: str) -> str:
    """Hash-named pages (en-aeb) by their first 12 hex digits, as git abbreviates commits."""
    return page_id[:12] if len(page_id) >= 40 and all(c in "0123456789abcdef" for c in page_id) else page_id


def run_note(meta: dict[str, Any]) -> str:
    m = meta["machine"]
    pinned = f"pinned to CPU {m['pinned_cpu']}" if m["pinned_cpu"] is not None else "not pinned"
    versions = ", ".join(f"{t} {v}" for t, v in meta["versions"].items())
    load = (f", load average {m['load_before']} before and {m['load_after']} after"
            if m.get("load_before") is not None else "")
    return (f"Measured {meta['date']} on {m['cpu_model']} ({m['nproc']} CPUs, one thread {pinned}{load}), "
            f"Python {m['python']}; one warm-up pass, then pages/s = pages / median CPU time of {meta['reps']} "
            f"timed passes (wall-clock pages/s are in the JSON file). {versions}.")


def shown_path(path: Path) -> str:
    """A set's folder as a reader knows it: shared/eval/ko rather than this machine's absolute path."""
    for base in (DEFAULT_SHARED.parent, Path.cwd()):
        try:
            return str(path.resolve().relative_to(base.resolve()))
        except ValueError:
            continue
    return str(path)


def plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def markdown(result: SetResult, meta: dict[str, Any], per_page_tools: list[str], quote: bool = False) -> str:
    config = ("newspaper4k and goose3 run with their English settings on this English set; "
              if result.language == "en" else "newspaper4k runs with language=\"ko\", goose3 with its Korean "
              "stop words; ")
    lines = [f"## {result.name}: {plural(result.n_pages, 'page')} ({shown_path(result.path)})", "",
             *summary_table(result), "", run_note(meta), "",
             f"Body P/R/F1 over bags of word tokens; title/date/press/reporters: share of pages right; leak: share "
             f"of `must_not_contain` snippets found in the body; `sinmun speed ×`: sinmun's pages/s divided by "
             f"the tool's; {config}the rest as in the team's scorer. Pages fall short when body F1 < {SHORT_F1}, "
             f"a field is wrong, a snippet leaked, or the tool raised."]
    for tool in per_page_tools:
        tr = result.tools.get(tool)
        if tr is None or tr.unavailable:
            continue
        lines += ["", f"### Pages where {tool} falls short", "", *shortfall_table(tr, quote)]
    return "\n".join(lines) + "\n"


def set_json(result: SetResult, meta: dict[str, Any], quote: bool = False) -> dict[str, Any]:
    return {"set": result.name, "path": str(result.path), "language": result.language, "pages": result.n_pages,
            **meta,
            "tools": {t: tr.to_dict(result.sinmun_pps, quote) for t, tr in result.tools.items()}}


# label offsets in points, tried in turn (nearest first) until the label overlaps no other label and no point
LABEL_OFFSETS = tuple((dx * k, dy * k, ha, va) for k in (1, 3, 5) for dx, dy, ha, va in (
    (7, 4, "left", "bottom"), (7, -4, "left", "top"), (-7, 4, "right", "bottom"), (-7, -4, "right", "top"),
    (0, 10, "center", "bottom"), (0, -10, "center", "top")))


def chart(results: list[SetResult], path: Path) -> None:
    """Body F1 against pages/s (log scale), one labelled point per tool, one panel per set."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import matplotlib.ticker

    colours = plt.get_cmap("tab10").colors
    tools = list(dict.fromkeys(t for r in results for t in r.tools))
    colour = {t: colours[i % len(colours)] for i, t in enumerate(tools)}
    fig, axes = plt.subplots(1, len(results), figsize=(5.6 * len(results), 5.0), squeeze=False)
    panels = []
    for ax, result in zip(axes[0], results):
        points = [(t, tr.pages_per_s, tr.mean("F")) for t, tr in result.tools.items()
                  if not tr.unavailable and tr.pages_per_s and tr.mean("F") is not None]
        for tool, pps, f1 in points:
            big = tool == "sinmun"
            ax.scatter(pps, f1, s=180 if big else 70, color=colour[tool], marker="*" if big else "o",
                       zorder=3, edgecolors="black", linewidths=0.6)
        ax.set_xscale("log")
        ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda x, _: f"{x:g}"))
        if points:
            xs = [p[1] for p in points]
            ax.set_xlim(min(xs) / 2.5, max(xs) * 4)
            ax.set_ylim(max(0.0, min(p[2] for p in points) - 0.08), 1.03)
        ax.set_title(f"{result.name} ({plural(result.n_pages, 'page')})", fontsize=12)
        ax.set_xlabel("pages/s on one core, warm (log scale)")
        ax.set_ylabel("body F1 (mean over pages)")
        ax.grid(True, which="both", alpha=0.3)
        panels.append((ax, points))
    fig.suptitle("sinmun and its peers: body F1 against speed (up and to the right is better)", fontsize=13)
    fig.tight_layout()
    for ax, points in panels:
        place_labels(fig, ax, points)
    fig.savefig(path, dpi=120)
    plt.close(fig)


def place_labels(fig: Any, ax: Any, points: list[tuple[str, float, float]]) -> None:
    """Label each point with tool, F1 and pages/s where the label hides no other label or point."""
    renderer = fig.canvas.get_renderer()
    marks = [ax.transData.transform((x, y)) for _, x, y in points]
    taken: list[Any] = []
    for tool, pps, f1 in sorted(points, key=lambda p: p[0] != "sinmun"):  # sinmun gets the first choice
        text = f"{tool}\nF1 {f1:.3f} · {pps:,.0f}/s"
        for dx, dy, ha, va in LABEL_OFFSETS:
            far = abs(dx) > 10 or abs(dy) > 10
            label = ax.annotate(text, (pps, f1), textcoords="offset points", xytext=(dx, dy), ha=ha, va=va,
                                fontsize=8.5, linespacing=1.1, fontweight="bold" if tool == "sinmun" else "normal",
                                arrowprops={"arrowstyle": "-", "color": "grey", "lw": 0.6} if far else None)
            box = label.get_window_extent(renderer).expanded(1.04, 1.08)
            inside = ax.get_window_extent(renderer).contains
            clear = (all(inside(*corner) for corner in box.corners())
                     and not any(box.overlaps(other) for other in taken)
                     and not any(box.contains(mx, my) for mx, my in marks))
            if clear or (dx, dy, ha, va) == LABEL_OFFSETS[-1]:
                taken.append(box)
                break
            label.remove()


# ---------------------------------------------------------------- main
def parse_args(argv: list[str] | None, prog: str | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog=prog, description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default=",".join(DEFAULT_SETS),
                    help=f"comma-separated: {', '.join(SET_DIRS)} or directories (default: all three)")
    ap.add_argument("--tools", default=",".join(DEFAULT_TOOLS), help="comma-separated (default: %(default)s)")
    ap.add_argument("--reps", type=int, default=3, help="timed passes after the warm-up (default: 3)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where results go (default: bench/results)")
    ap.add_argument("--per-page", action="store_true",
                    help="list the pages where each tool (not only sinmun) falls short, and print per-page lines")
    ap.add_argument("--limit", type=int, help="only the first N pages of each set (for a quick run)")
    ap.add_argument("--quote", action="store_true",
                    help="write what came out and what was expected, and the leaked snippets, into the result "
                         "files (for local work only: they quote the pages; without it the files name fields)")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                    help="the team's shared folder with tools/score.py and the sets (default: ../shared)")
    args = ap.parse_args(argv)
    if args.reps < 1:
        ap.error("--reps must be at least 1")
    if args.limit is not None and args.limit < 1:
        ap.error("--limit must be at least 1")
    args.sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    args.tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    return args


def run_benchmark(args: argparse.Namespace, log: Callable[[str], None]) -> list[SetResult]:
    """The whole benchmark: load, pin, run, write the reports; the results per set."""
    scorer = load_scorer(args.shared)
    unknown = [t for t in args.tools if t not in scorer.TOOLS]
    if unknown:
        raise BenchError(f"unknown tool(s): {', '.join(unknown)} (known: {', '.join(scorer.TOOLS)})")
    sets = [resolve_set(s, args.shared) for s in args.sets]
    loaded = [(name, path, scorer.load_set(path)[: args.limit]) for name, path in sets]
    runners = {}
    for language in sorted({set_language(name) for name, _ in sets}):
        runners[language] = build_runners(scorer, args.tools, language)
        for tool, why in runners[language][1].items():
            log(f"{tool}: not available: {why}")
    cpu = pin_to_one_cpu()
    meta = {"date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "reps": args.reps,
            "machine": machine_info(cpu), "versions": tool_versions(args.tools)}
    with quiet_peers():
        results = [bench_set(scorer, *runners[set_language(name)], args.tools, name, path, pages, args.reps, log)
                   for name, path, pages in loaded]
    meta["machine"]["load_after"] = load_average()
    write_reports(results, meta, args)
    return results


@contextlib.contextmanager
def quiet_peers() -> Iterator[None]:
    """Peers log and warn about every odd date; that noise would bury the progress lines."""
    logging.disable(logging.WARNING)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logging.disable(logging.NOTSET)


def write_reports(results: list[SetResult], meta: dict[str, Any], args: argparse.Namespace) -> None:
    args.out.mkdir(parents=True, exist_ok=True)
    per_page_tools = args.tools if args.per_page else ["sinmun"]
    for result in results:
        text = markdown(result, meta, per_page_tools, args.quote)
        (args.out / f"{result.name}.md").write_text(text, encoding="utf-8")
        (args.out / f"{result.name}.json").write_text(
            json.dumps(set_json(result, meta, args.quote), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(text)
        if args.per_page:
            print_per_page(result)
    chart(results, args.out / "accuracy.png")
    written = [f"{r.name}.md, {r.name}.json" for r in results]
    print(f"wrote to {args.out}: {', '.join(written)}, accuracy.png")


def print_per_page(result: SetResult) -> None:
    for tool, tr in result.tools.items():
        for p in tr.pages:
            fields = " ".join(f"{k}={p.scores[k]}" for k in (*FIELDS, "leak") if k in p.scores)
            print(f"{result.name} {tool} {p.id}: F={p.scores['F']:.3f} {fields}"
                  + (f" error={p.error}" if p.error else ""))


def main(argv: list[str] | None = None, prog: str | None = None) -> int:
    args = parse_args(argv, prog)
    try:
        run_benchmark(args, log=lambda msg: print(msg, file=sys.stderr, flush=True))
    except BenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
