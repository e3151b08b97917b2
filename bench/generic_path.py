#!/usr/bin/env python3
"""The generic path alone: every field on pages whose layout sinmun may not know, site profiles switched off.

    PYTHONPATH=src .venv/bin/python bench/generic_path.py [--shared ../shared] [--json OUT] [--misses]

Outlets nobody profiled reach sinmun through its generic path, so its quality is what a user gets on the
rest of the Korean news web. Two sets measure it here with every profile switched off (``sites.match``
made to find none, for this process only):

* ``eval/ko`` scored by the team's scorer (``../shared/tools/score.py``): body P/R/F1, title, date, press,
  reporters, leak, the same metrics as ``bench/accuracy.py``;
* the outlet fixture pages under ``tests/fixtures/<site>/`` (pages this project wrote in 50-odd outlets'
  layouts), portal and convention folders left out: the share of pages whose title, published time, press,
  reporter names and body paragraphs equal the expected record exactly.

sinmun is imported from wherever ``PYTHONPATH`` points, so two checkouts compare side by side.
``--misses`` lists the fixture fields that differ (for local work; the fixture text is the project's own).
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path
from typing import Any

from accuracy import DEFAULT_SHARED, SET_DIRS, BenchError, load_scorer

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
#: folders that are not one outlet's layout (portals have profiles of their own; conventions test rules)
NOT_OUTLETS = {"conventions", "generic", "generic-ko", "nonarticle", "wayback", "naver", "naver-entertain",
               "naver-mobile", "naver-sports", "daum", "daum-2018"}
FIXTURE_FIELDS = ("title", "published", "press", "reporters", "body_paragraphs")
SCORED = ("P", "R", "F", "title", "date", "press", "reporters", "leak")


def profiles_off() -> None:
    """Make every page take the generic path: no profile matches, in this process."""
    from sinmun import sites
    from sinmun.extraction import pipeline

    def no_profile(*_args: Any, **_kwargs: Any) -> None:
        return None

    sites.match = no_profile
    pipeline.sites.match = no_profile


def score_shared(shared: Path) -> dict[str, float]:
    scorer = load_scorer(shared)
    run = scorer.tool_sinmun()
    totals: dict[str, list[float]] = collections.defaultdict(list)
    for page in scorer.load_set(shared / SET_DIRS["ko"]):
        for key, value in scorer.score_page(run(page["html"], page["url"]), page["exp"]).items():
            totals[key].append(float(value))
    return {key: sum(values) / len(values) for key, values in totals.items()}


def _fixture_value(article: Any, key: str) -> Any:
    if key == "reporters":
        return sorted(r.name for r in article.reporters)
    if key == "body_paragraphs":
        return [" ".join(p.split()) for p in article.body_paragraphs]
    return getattr(article, key)


def _expected_value(expected: dict[str, Any], key: str) -> Any:
    if key == "reporters":
        return sorted(r["name"] for r in expected[key])
    if key == "body_paragraphs":
        return [" ".join(p.split()) for p in expected[key]]
    return expected[key]


def outlet_fixtures() -> list[tuple[str, Path, dict[str, Any]]]:
    found = []
    for path in sorted(FIXTURES.glob("*/*.expected.json")):
        if path.parent.name in NOT_OUTLETS:
            continue
        expected = json.loads(path.read_text(encoding="utf-8"))
        stem = path.name[: -len(".expected.json")]
        pages = [p for p in path.parent.glob(stem + ".*") if not p.name.endswith(".json")]
        if pages and expected.get("is_article") is not False:
            found.append((f"{path.parent.name}/{stem}", pages[0], expected))
    return found


def score_fixtures(show_misses: bool) -> dict[str, float]:
    import sinmun

    right: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    for name, page, expected in outlet_fixtures():
        article = sinmun.extract(page.read_bytes(), expected.get("url"))
        for key in FIXTURE_FIELDS:
            if key not in expected:
                continue
            total[key] += 1
            got, want = _fixture_value(article, key), _expected_value(expected, key)
            if got == want:
                right[key] += 1
            elif show_misses:
                print(f"  {name} {key}: got {str(got)[:120]} want {str(want)[:120]}", file=sys.stderr)
    figures = {f"fixtures_{key}": right[key] / total[key] for key in FIXTURE_FIELDS if total[key]}
    figures["fixtures_pages"] = float(len(outlet_fixtures()))
    return figures


def report(shared_figures: dict[str, float], fixture_figures: dict[str, float]) -> str:
    lines = ["## The generic path (site profiles off)", "",
             "| eval/ko (34 pages) | " + " | ".join(SCORED) + " |", "|---|" + "---|" * len(SCORED),
             "| sinmun | " + " | ".join(f"{shared_figures.get(k, float('nan')):.3f}" for k in SCORED) + " |", "",
             f"| outlet fixtures ({int(fixture_figures['fixtures_pages'])} pages), share exactly right | "
             + " | ".join(FIXTURE_FIELDS) + " |", "|---|" + "---|" * len(FIXTURE_FIELDS),
             "| sinmun | " + " | ".join(f"{fixture_figures.get('fixtures_' + k, float('nan')):.3f}"
                                       for k in FIXTURE_FIELDS) + " |"]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--misses", action="store_true", help="list the fixture fields that differ")
    args = parser.parse_args()
    try:
        profiles_off()
        shared_figures = score_shared(args.shared)
        fixture_figures = score_fixtures(args.misses)
    except BenchError as error:
        print(f"generic_path: {error}", file=sys.stderr)
        return 2
    print(report(shared_figures, fixture_figures))
    if args.json:
        args.json.write_text(json.dumps({**{f"ko_{k}": v for k, v in shared_figures.items()}, **fixture_figures},
                                        indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
