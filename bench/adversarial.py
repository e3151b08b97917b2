"""Adversarial pages: CPU time of ``sinmun.extract`` at growing sizes, to show how each case scales.

    .venv/bin/python bench/adversarial.py [--scales 1,2,4,8] [--factor 1.0] [--timeout 10]
                                          [--cases nested-spans,deep-div] [--json out.json]

Each case is a page built from a size n (n = the case's 1x size x scale x factor). Every
(case, scale) runs in its own subprocess, which builds the page, then times one ``sinmun.extract``
with ``time.process_time`` (CPU time, so a busy machine does not inflate it). The subprocess may
use ``--timeout`` CPU seconds (RLIMIT_CPU, import and page building included) and, as a backstop for
a run that blocks without computing, ``WALL_FACTOR`` times that in wall-clock seconds; past either
it is killed and shows as ``timeout``, and the larger scales of that case are not run (``-``).
``growth`` is log2 of the time ratio per doubling of size between the first and last timed scale:
about 1 for linear work, 2 for quadratic.
"""
from __future__ import annotations

import argparse
import json
import math
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

#: wall-clock seconds a run may take, as a multiple of its CPU limit (the machine may be busy).
WALL_FACTOR = 10
#: runs faster than this are too close to timer noise to tell growth from.
MIN_GROWTH_SECONDS = 0.05
S = "정부는 오늘 새로운 정책을 발표했다고 밝혔다. 이번 정책은 내년부터 시행된다."


def page(*paragraphs: str, head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head>{head}<title>가상 제목입니다</title></head><body><div class='article_body'>{body}"
            "</div></body></html>")


def nested(tag: str) -> Callable[[int], str]:
    return lambda n: "<html><body>" + f"<{tag}>" * n + S + f"</{tag}>" * n + "</body></html>"


#: name -> (1x size, page builder). The first nine are the pages of
#: tests/test_review_findings.py::test_adversarial_pages_give_their_record at the sizes used there.
CASES: dict[str, tuple[int, Callable[[int], str]]] = {
    "spaces-after-date-label": (3_000, lambda n: page("입력" + " " * n + "x", S)),
    "huge-meta-description": (200_000, lambda n: page(S, S, "홍길동 기자",
                                                      head=f"<meta name='description' content='{'a' * n}'>")),
    "huge-meta-author": (20_000, lambda n: page(S, head=f"<meta name='author' content='{'가나·' * n}'>")),
    "json-ld-comment-openers": (60_000, lambda n: "<script type='application/ld+json'>" + "/*a" * n
                                + "</script>" + page(S)),
    "dump-prev-words": (20_000, lambda n: "제목 작성일 08-05 <p>" + S * 3 + "</p> " + "이전 " * n),
    "nested-spans-in-body": (50_000, lambda n: "<html><body><div class='article_body'>" + "<span>" * n + S
                             + "</span>" * n + "</div></body></html>"),
    "nested-viewer-divs": (20_000, lambda n: "<html><body>" + "<div class='viewer'>" * n + S + "</div>" * n
                           + "</body></html>"),
    "dump-nested-divs": (30_000, lambda n: "제목 작성일 08-05 " + "<div>" * n + S + "</div>" * n),
    "repeated-images": (50_000, lambda n: "<html><body><div class='article_body'><p>" + S * 3 + "</p>"
                        + "<img src='/a.jpg' width='300'>" * n + "</div></body></html>"),
    "unclosed-spans": (2_500, lambda n: "<html><body>" + "<span>문장입니다." * n),
    "misnested-b-in-a": (2_500, lambda n: "<html><body>" + "<a href=#><b>x</a>" * n),
    "misnested-font-in-a": (2_500, lambda n: "<html><body>" + "<a href=#><font>x</a>" * n),
    "deep-div": (25_000, nested("div")),
    "deep-section": (25_000, nested("section")),
    "deep-blockquote": (25_000, nested("blockquote")),
    "deep-article": (25_000, nested("article")),
    # tags that never close: an attribute quote left open, no '>' anywhere, a '<' flood in text
    "unclosed-attribute-tags": (40_000, lambda n: "<html><body>" + "<div class='a" * n),
    "tags-without-gt": (40_000, lambda n: "<html><body><p>" + S + "</p>" + "<div id=x " * n),
    "lt-flood-in-text": (100_000, lambda n: page(S, "a <b" * n, S)),
    "unclosed-comment": (100_000, lambda n: "<html><body><!-- " + S * n),
    "many-entities": (100_000, lambda n: page(S, "&amp;&#44;&lt;&nbsp;" * n)),
    "wide-table": (20_000, lambda n: "<html><body><table><tr>" + "<td>" + S + "</td>" * 1 + "<td>x" * n
                   + "</tr></table></body></html>"),
    "huge-attribute": (1_000_000, lambda n: page(S, head=f"<link rel='x' href='{'/a' * n}'>")),
    # closing tags that close nothing (a single running sum of opens and closes stays flat)
    "unmatched-closes": (20_000, lambda n: "<html><body>" + "<div></b>" * n + S),
    # one tag with n distinct attributes (the parser checks each against the ones before it)
    "many-attributes": (20_000, lambda n: page(S, "<div " + " ".join(f"a{i}" for i in range(n)) + ">x</div>")),
    # closing tags a naive tag scan sees where the tokenizer sees none (an attribute value, a bogus comment,
    # a longer name, a textarea's text), each beside a <div> that stays open, then as many <p>
    "close-in-attribute": (10_000, lambda n: "<html><body>" + '<div><a title="</div>"></a>' * n + "<p>x" * n),
    "close-in-bogus-comment": (10_000, lambda n: "<html><body>" + "<div><!x</div>" * n + "<p>x" * n),
    "close-with-longer-name": (10_000, lambda n: "<html><body>" + "<div></div-x>" * n + "<p>x" * n),
    "close-in-textarea": (10_000, lambda n: "<html><body>" + "<div><textarea></div></textarea>" * n + "<p>x" * n),
    # a false comment or script start that a naive scan runs to the end of the page
    "empty-comment-then-deep": (10_000, lambda n: "<html><body><!-->" + "<div>" * n + "<p>x" * n),
    "script-in-attribute-then-deep": (10_000, lambda n: "<html><body><a title='<script>'></a>" + "<div>" * n
                                      + "<p>x" * n),
    # not caught (the tree builder's state): style text that holds markup inside <svg>
    "svg-style-then-deep": (10_000, lambda n: "<html><body><svg><style>" + "<div>" * n + "<p>x" * n),
    # the most a page parsed before its depth is known can nest: up to prepass.FEW_TAGS (4,000) '<', every tag
    # opening one more level (at 4x it has 3,998 of them; at 8x the depth scan runs before the parse)
    "few-tags-all-nesting": (1_000, lambda n: "<html><body>" + "<div>" * (n - 2) + S),
    # a 20 MB inline script in <head> must not cost the body (it is dropped before the size bound)
    "head-script": (2_500_000, lambda n: "<html><head><script>var x='" + "x" * n + "';</script></head><body>"
                    "<div><p>" + S * 3 + "</p></div></body></html>"),
}


def child(name: str, n: int) -> None:
    """Build one page and print the CPU seconds of one extract, and what came out, as JSON."""
    import sinmun

    html = CASES[name][1](n)
    started = time.process_time()
    article = sinmun.extract(html)
    cpu = time.process_time() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # the page itself included
    print(json.dumps({"cpu": cpu, "chars": len(html), "is_article": article.is_article,
                      "paragraphs": len(article.body_paragraphs), "peak_rss_mb": round(peak_mb, 1)}))


def run_one(name: str, n: int, cpu_limit: float) -> dict:
    """One (case, size) in a subprocess: its JSON line, or status timeout / error."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", name, str(n)]
    seconds = max(1, math.ceil(cpu_limit))

    def limit_cpu() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 5))

    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=seconds * WALL_FACTOR,
                              preexec_fn=limit_cpu)
    except subprocess.TimeoutExpired:
        return {"n": n, "status": "timeout"}
    if done.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        return {"n": n, "status": "timeout"}
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
        return {"n": n, "status": "error", "message": last[:200]}
    return {"n": n, "status": "ok", **json.loads(done.stdout.strip().splitlines()[-1])}


def run_case(name: str, scales: list[int], factor: float, cpu_limit: float) -> list[dict]:
    """All scales of one case, smallest first; after a timeout the larger ones are not run."""
    base = CASES[name][0]
    runs: list[dict] = []
    for scale in scales:
        if any(run["status"] == "timeout" for run in runs):
            runs.append({"n": max(1, round(base * scale * factor)), "status": "skipped"})
            continue
        runs.append(run_one(name, max(1, round(base * scale * factor)), cpu_limit))
    return runs


def growth(runs: list[dict], scales: list[int]) -> float | None:
    """Mean log2(time ratio) per doubling of size over the timed scales (1 ~ linear, 2 ~ quadratic)."""
    points = [(scale, run["cpu"]) for scale, run in zip(scales, runs)
              if run["status"] == "ok" and run["cpu"] >= MIN_GROWTH_SECONDS]
    if len(points) < 2:
        return None
    (s0, t0), (s1, t1) = points[0], points[-1]
    return math.log(t1 / t0) / math.log(s1 / s0)


def cell(run: dict) -> str:
    if run["status"] == "ok":
        return f"{run['cpu']:.2f} s"
    return {"timeout": "timeout", "skipped": "-"}.get(run["status"], "error")


def table(results: dict[str, list[dict]], scales: list[int], cpu_limit: float) -> str:
    head = "| case | n at 1x | " + " | ".join(f"{s}x" for s in scales) + " | growth |"
    lines = [f"CPU seconds of one extract; timeout = over {cpu_limit:g} CPU s; growth 1 = linear, 2 = quadratic.",
             "", head, "|" + "---|" * (len(scales) + 3)]
    for name, runs in results.items():
        slope = growth(runs, scales)
        lines.append(f"| {name} | {runs[0]['n']:,} | " + " | ".join(cell(r) for r in runs)
                     + f" | {'-' if slope is None else f'{slope:.1f}'} |")
    errors = [f"- {name} n={r['n']:,}: {r['message']}" for name, runs in results.items()
              for r in runs if r["status"] == "error"]
    return "\n".join(lines + ([""] + errors if errors else []))


def scale_list(text: str) -> list[int]:
    try:
        scales = [int(s) for s in text.split(",") if s]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of whole numbers: {text!r}") from None
    if not scales or min(scales) < 1:
        raise argparse.ArgumentTypeError(f"scales must be whole numbers >= 1: {text!r}")
    return scales


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=scale_list, default=[1, 2, 4, 8],
                        help="size multiples to run (default 1,2,4,8)")
    parser.add_argument("--factor", type=float, default=1.0, help="multiply every case's 1x size")
    parser.add_argument("--timeout", type=float, default=10.0, help="CPU seconds per run (default 10)")
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated case names")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument("--child", nargs=2, metavar=("CASE", "N"), help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        child(args.child[0], int(args.child[1]))
        return 0
    names = [c for c in args.cases.split(",") if c]
    unknown = [c for c in names if c not in CASES]
    if unknown:
        print(f"error: unknown case(s): {','.join(unknown)} (known: {','.join(CASES)})", file=sys.stderr)
        return 2
    scales = args.scales
    results: dict[str, list[dict]] = {}
    for name in names:
        results[name] = run_case(name, scales, args.factor, args.timeout)
        print(f"  {name}: " + ", ".join(cell(r) for r in results[name]), file=sys.stderr, flush=True)
    print(table(results, scales, args.timeout))
    if args.json:
        report = {"scales": scales, "cpu_limit": args.timeout, "cases": results}
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
