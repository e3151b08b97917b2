"""Enrichment throughput on one core: the analyser alone vs full enrichment, before and after.

    PYTHONPATH=src .venv/bin/python bench/enrich.py [--shared ../shared] [--repeat 5] [--synthetic 300]

The process is pinned to one CPU (``os.sched_setaffinity``). Texts: the bodies of the shared
``eval/ko`` pages (extracted by sinmun) repeated ``--repeat`` times, and ``--synthetic`` articles
from :mod:`sinmun.archive.synthetic`. Rows:

* analyser raw: ``Kiwi(num_workers=1).tokenize(list_of_texts)`` (the batch API), results consumed;
* after: :func:`sinmun.archive.enrich.analyse_many` (one analyser pass per article, batched);
* before: the enrichment of commit 1490cb4 (two analyser calls per article, one by one).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy import pin_to_one_cpu  # noqa: E402  (the idlest CPU, as every bench here)
from facets import ROOT, baseline_module, pages, title_and_body  # noqa: E402


def timed(run, articles: list[tuple[str, str]]) -> float:
    started = time.perf_counter()
    run(articles)
    return len(articles) / (time.perf_counter() - started)


def raw_analyser(articles: list[tuple[str, str]]) -> None:
    from kiwipiepy import Kiwi
    kiwi = raw_analyser.kiwi = getattr(raw_analyser, "kiwi", None) or Kiwi(num_workers=1)
    for _ in kiwi.tokenize([title + "\n" + body for title, body in articles]):
        pass


def after(articles: list[tuple[str, str]]) -> None:
    from sinmun.archive.enrich import analyse_many
    analyse_many(articles, workers=1)


def corpora(shared: Path, repeat: int, synthetic: int) -> dict[str, list[tuple[str, str]]]:
    from sinmun.archive.synthetic import SyntheticNews
    real = [title_and_body(record) for _, record, _ in pages(shared)]
    fake = [title_and_body(record) for record in SyntheticNews(seed=7).records(synthetic)]
    return {f"eval/ko bodies x{repeat}": real * repeat, f"synthetic x{synthetic}": fake}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--synthetic", type=int, default=300)
    parser.add_argument("--no-before", action="store_true", help="skip the (slow) baseline row")
    parser.add_argument("--json", help="also write the figures of the first set here (flat JSON, for stages.py)")
    args = parser.parse_args()
    cpu = pin_to_one_cpu()
    print(f"pinned to CPU {cpu}" if cpu is not None else "not pinned (no sched_setaffinity)")
    sets = corpora(Path(args.shared), args.repeat, args.synthetic)
    baseline = None if args.no_before else baseline_module()
    warm = next(iter(sets.values()))[:3]
    for run in (raw_analyser, after):
        run(warm)
    if baseline:
        [baseline.analyse(t, b) for t, b in warm]
    print("\n| texts | articles | chars/article | analyser raw art/s | after art/s | after / raw | before art/s |")
    print("|---|---|---|---|---|---|---|")
    figures: dict[str, float] = {}
    for name, articles in sets.items():
        chars = sum(len(t) + len(b) for t, b in articles) / len(articles)
        raw = timed(raw_analyser, articles)
        new = timed(after, articles)
        old = timed(lambda items: [baseline.analyse(t, b) for t, b in items], articles) if baseline else None
        print(f"| {name} | {len(articles)} | {chars:,.0f} | {raw:,.1f} | {new:,.1f} | {new / raw:.2f} | "
              f"{f'{old:,.1f}' if old else '-'} |")
        if not figures:
            figures = {"enrich_per_s": new, "analyser_raw_per_s": raw, "enrich_vs_raw": new / raw}
    if args.json:
        Path(args.json).write_text(json.dumps(figures), encoding="utf-8")


if __name__ == "__main__":
    main()
