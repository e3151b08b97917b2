"""CPU time of sinmun on pathological pages at 1x, 2x, 4x and 8x their size (issue 8).

    PYTHONPATH=src python bench/robustness.py [--sizes 1,2,4,8] [--cases span,div]

Each case runs in a fresh subprocess (so one slow case cannot skew the next) and reports the
CPU time of ``sinmun.extract`` (whole pipeline) and of ``content.find_body_node`` on a tree
parsed from the raw markup without the nesting bound (sinmun's own body finding alone),
plus the peak resident memory of the process. Linear code doubles its time when the size
doubles.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys

BASE = {
    # the former quadratic cases, at the sizes the issue measured (1x)
    "span": ("'<html><body>' + '<span>문장입니다.' * n", 20_000),
    "a_b": ("'<html><body>' + '<a href=#><b>x</a>' * n", 20_000),
    "font": ("'<html><body>' + '<font>문장입니다.' * n", 20_000),
    "div": ("'<html><body>' + '<div>' * n + '본문입니다. ' * 50", 200_000),
    "section": ("'<html><body>' + '<section>' * n + '본문입니다. ' * 50", 200_000),
    "images": ("'<html><body><div>' + '<p>' + '본문입니다. ' * 50 + '</p>' + "
               "''.join(f'<img src=/p{i}.jpg width=300>' for i in range(n))", 20_000),
    "head_script": ("'<html><head><script>var x=\"' + 'x' * n + '\";</script></head><body><div><p>' + "
                    "'본문입니다. 이것은 기사입니다. ' * 20 + '</p></div></body></html>'", 2_500_000),
}

CHILD = r"""
import json, resource, sys, time
from selectolax.lexbor import LexborHTMLParser
import sinmun
from sinmun.extraction.content import find_body_node
n = int(sys.argv[2])
html = eval(sys.argv[1])
t = time.process_time()
article = sinmun.extract(html)
extract_s = time.process_time() - t
tree = LexborHTMLParser(html) if len(html) < 3_000_000 and "<div>" * 1000 not in html else None
t = time.process_time()
if tree is not None:
    find_body_node(tree)
body_s = time.process_time() - t if tree is not None else None
print(json.dumps({"extract_s": extract_s, "body_s": body_s, "is_article": article.is_article,
                  "body_chars": sum(map(len, article.body_paragraphs)),
                  "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(case: str, factor: int) -> dict:
    expr, base = BASE[case]
    out = subprocess.run([sys.executable, "-c", CHILD, expr, str(base * factor)], capture_output=True, text=True,
                         timeout=900, check=True)
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,2,4,8")
    parser.add_argument("--cases", default=",".join(BASE))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print("| case | n at 1x | " + " | ".join(f"{s}x extract s" for s in sizes) + " | 8x body-finding s (no bound) | "
          "peak RSS MB (largest) |")
    print("|---|---|" + "---|" * len(sizes) + "---|---|")
    for case in args.cases.split(","):
        results = [run(case, s) for s in sizes]
        body = results[-1]["body_s"]
        cells = " | ".join(f"{r['extract_s']:.3f}" for r in results)
        print(f"| {case} | {BASE[case][1]:,} | {cells} | {'-' if body is None else f'{body:.3f}'} | "
              f"{results[-1]['max_rss_mb']:.0f} |", flush=True)


if __name__ == "__main__":
    main()
