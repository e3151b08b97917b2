"""Time ``sinmun.sites.match`` on the shared Korean pages and on large pages, for two checkouts in one run.

    python bench/sites_match.py --before REV|SRC_DIR [--after src] [--extra 40] [--reps 7]

``--before`` is a git revision (checked out into a temporary worktree) or a ``src`` directory.

Each checkout runs in its own interpreter (PYTHONPATH=<src>); every figure is the best of ``--reps`` runs.
``--extra N`` also registers N invented outlet profiles with two attribute markers each (the shape most
profiles have), to show how the cost grows with the number of profiles: the per-marker scan grows with it,
the grouped scan barely does.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from stages import source_tree

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval" / "ko"

CHILD = r'''
import glob, json, sys, time
from selectolax.lexbor import LexborHTMLParser
from sinmun import sites
from sinmun.sites import SiteProfile
shared, extra, reps = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
sites.register(*[SiteProfile(name=f"invented{i}", hosts=(f"invented{i}.example",),
                             markers=(f'class="inv{i}_article_body"', f'id="inv{i}-headline"')) for i in range(extra)])
pages = []
for path in sorted(glob.glob(shared + "/*/*.html")):
    html = open(path, encoding="utf-8", errors="replace").read()
    url = json.load(open(path[:-5] + ".expected.json", encoding="utf-8")).get("url")
    pages.append((url, html, LexborHTMLParser(html)))
hangul = "<html>" + "가나다 " * 100000
ascii_ = "<html>" + "<div class='x'>abc def</div> " * 14000
tiny = LexborHTMLParser("<p>x</p>")
def best(fn):
    low = float("inf")
    for _ in range(reps):
        start = time.perf_counter(); fn(); low = min(low, time.perf_counter() - start)
    return low * 1000
print(json.dumps({
    "shared pages, URL known (ms/page)": best(lambda: [sites.match(u, h, t) for u, h, t in pages]) / len(pages),
    "shared pages, no URL (ms/page)": best(lambda: [sites.match(None, h, t) for u, h, t in pages]) / len(pages),
    "400k-char Hangul page, no URL (ms)": best(lambda: sites.match(None, hangul, tiny)),
    "400k-char ASCII page, no URL (ms)": best(lambda: sites.match(None, ascii_, tiny)),
}))
'''


def measure(src: str, extra: int, reps: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": src}
    done = subprocess.run([sys.executable, "-c", CHILD, str(SHARED), str(extra), str(reps)], env=env,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"error: {src}: {done.stderr.strip().splitlines()[-1:]}")
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", required=True, help="git revision or src directory measured as 'before'")
    parser.add_argument("--after", default=str(ROOT / "src"))
    parser.add_argument("--extra", type=int, nargs="*", default=[0, 40])
    parser.add_argument("--reps", type=int, default=7)
    args = parser.parse_args()
    print("| profiles added | case | before | after |\n|---|---|---|---|")
    with source_tree(args.before) as before_src:
        for extra in args.extra:
            before, after = measure(str(before_src), extra, args.reps), measure(args.after, extra, args.reps)
            for case in before:
                print(f"| {extra} | {case} | {before[case]:.3f} | {after[case]:.3f} |")


if __name__ == "__main__":
    main()
