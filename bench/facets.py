"""Facet accuracy: people / organisations / places from enrichment vs the hand-labelled entities.

    PYTHONPATH=src .venv/bin/python bench/facets.py [--shared ../shared] [--set DIR] [--json out.json] [--pages]

Every page of ``eval/ko`` (or of ``--set DIR``: any folder of ``<id>.entities.json`` files in the same
format, each beside its ``<id>.html`` or, without one, an ``<id>.expected.json`` record holding
``title`` / ``subtitle`` / ``body_paragraphs``) is extracted with ``sinmun.extract``; its record is enriched and the
facet values are compared with ``<id>.entities.json`` (see ``eval/ko/ENTITIES.md``): names compare
after NFKC with spaces and case ignored, the page's ``aliases`` map a surface to its canonical entry
before matching, and a value named in a ``borderline-*`` note is don't-care (neither right nor
wrong). Precision and recall are micro-averaged over all pages, per facet.

"before" is the enrichment of commit 1490cb4 (loaded from git, so both run in the same process);
its people were ``name title`` strings, scored here by their name part (the title word dropped), and
it had no places facet.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import types
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sinmun

ROOT = Path(__file__).resolve().parent.parent
BASELINE_COMMIT = "1490cb4"
KINDS = (("people", "people"), ("orgs", "organisations"), ("places", "places"))
_BORDERLINE = re.compile(r"borderline-(?:org|place|person)[^:]*:(.*?)(?=borderline-|$)", re.S)


def key(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()


def org_key(text: str) -> str:
    """An organisation's key, its short form (``식약처``) joined to its full name by the general alias table."""
    from sinmun.archive.gazetteer import ORG_ALIASES
    return key(ORG_ALIASES.get(text.strip(), text))


@dataclass
class Gold:
    """One page's labelled entities, as comparison keys."""

    entities: dict[str, set[str]]
    aliases: dict[str, str]
    borderline: str
    titles: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> "Gold":
        data = json.loads(path.read_text(encoding="utf-8"))
        people = {key(p["name"]) for p in data.get("people") or []}
        titles = {key(p["name"]): [key(t) for t in p.get("titles") or []] for p in data.get("people") or []}
        entities = {"people": people, "orgs": {org_key(o) for o in data.get("organisations") or []},
                    "places": {key(p) for p in data.get("places") or []}}
        aliases = {key(s): key(c) for s, c in (data.get("aliases") or {}).items()}
        notes = data.get("notes") or ""
        borderline = " ".join(m.group(1) for m in _BORDERLINE.finditer(notes))
        return cls(entities, aliases, key(borderline), titles)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


def score_page(predicted: dict[str, set[str]], gold: Gold, scores: dict[str, Score], page: str) -> None:
    """Add one page's hits and misses to ``scores`` (one per facet)."""
    for kind, _ in KINDS:
        wanted = gold.entities[kind]
        found = {gold.aliases.get(key(v), key(v)) for v in predicted.get(kind, set())}
        if kind == "orgs":
            found = {org_key(v) for v in found}
        score = scores[kind]
        for value in found:
            if value in wanted:
                score.tp += 1
            elif not (gold.borderline and value in gold.borderline):
                score.fp += 1
                score.wrong.append(f"{page}: {value}")
        for value in wanted - found:
            score.fn += 1
            score.missed.append(f"{page}: {value}")


def score_titles(predicted: dict[str, list[str]], gold: Gold, tally: list[int]) -> None:
    """``tally`` += [people found with a labelled title, of which a found title matches loosely]."""
    for name, found in predicted.items():
        wanted = gold.titles.get(gold.aliases.get(key(name), key(name)))
        if wanted:
            tally[0] += 1
            found_keys = [key(t) for t in found]
            tally[1] += any(f in w or w in f for f in found_keys for w in wanted)


def pages(shared: Path) -> list[tuple[str, dict, Gold]]:
    """(page id, extracted record, gold entities) for every labelled page of ``eval/ko``."""
    return labelled_pages(shared / "eval" / "ko")


def labelled_pages(folder: Path) -> list[tuple[str, dict, Gold]]:
    """(page id, extracted record, gold entities) for every labelled page under ``folder``."""
    out = []
    for path in sorted(folder.glob("**/*.entities.json")):
        stem = str(path)[: -len(".entities.json")]
        expected_path = Path(stem + ".expected.json")
        expected = json.loads(expected_path.read_text(encoding="utf-8")) if expected_path.exists() else {}
        html = Path(stem + ".html")
        if html.exists():
            record = sinmun.extract(html.read_bytes(), url=expected.get("url")).to_dict()
        else:
            record = {k: expected.get(k) for k in ("title", "subtitle", "body_paragraphs")}
        out.append((Path(stem).name, record, Gold.load(path)))
    return out


def title_and_body(record: dict) -> tuple[str, str]:
    title = " ".join(s for s in (record.get("title"), record.get("subtitle")) if s)
    return title, "\n".join(record.get("body_paragraphs") or [])


def current_facets() -> Callable[[list[dict]], list[dict[str, set[str]]]]:
    from sinmun.archive import enrich

    def run(records: list[dict]) -> list[dict[str, set[str]]]:
        results = enrich.analyse_many([title_and_body(r) for r in records])
        return [{"people": set(e.people), "orgs": set(e.orgs), "places": set(e.places),
                 "titles": {name: list(t) for name, t in e.titles.items()}} for e in results]
    return run


def baseline_module() -> types.ModuleType | None:
    """The enrichment module of BASELINE_COMMIT, loaded from git (None outside a git checkout)."""
    try:
        source = subprocess.run(["git", "-C", str(ROOT), "show", f"{BASELINE_COMMIT}:src/sinmun/archive/enrich.py"],
                                capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    module = types.ModuleType("sinmun.archive._enrich_baseline")
    module.__package__ = "sinmun.archive"
    sys.modules[module.__name__] = module
    exec(compile(source, "enrich@" + BASELINE_COMMIT, "exec"), module.__dict__)
    return module


def baseline_facets() -> Callable[[list[dict]], list[dict[str, set[str]]]] | None:
    """The facets of BASELINE_COMMIT's enrichment; its people were ``name title``: scored by name."""
    module = baseline_module()
    if module is None:
        return None

    def run(records: list[dict]) -> list[dict[str, set[str]]]:
        out = []
        for record in records:
            found = module.analyse(*title_and_body(record))
            people = {p.rsplit(" ", 1)[0] if " " in p else p for p in found.people}
            out.append({"people": people, "orgs": set(found.orgs), "places": set()})
        return out
    return run


def evaluate(run: Callable, labelled: list[tuple[str, dict, Gold]]) -> dict[str, Score]:
    scores = {kind: Score() for kind, _ in KINDS}
    predicted = run([record for _, record, _ in labelled])
    tally = [0, 0]
    for (page, _, gold), found in zip(labelled, predicted):
        score_page(found, gold, scores, page)
        score_titles(found.get("titles", {}), gold, tally)
    scores["titles"] = tally  # type: ignore[assignment]
    return scores


def table(results: dict[str, dict[str, Score] | None], gold_total: dict[str, int]) -> str:
    lines = ["| facet | labelled | before P | before R | after P | after R |", "|---|---|---|---|---|---|"]
    for kind, label in KINDS:
        cells = [label, str(gold_total[kind])]
        for name in ("before", "after"):
            scores = results.get(name)
            if scores is None or (name == "before" and kind == "places"):
                cells += ["-", "-"]
            else:
                cells += [f"{scores[kind].precision:.2f}", f"{scores[kind].recall:.2f}"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--set", help="score this folder of labelled pages instead of eval/ko")
    parser.add_argument("--json", help="also write the scores here")
    parser.add_argument("--pages", action="store_true", help="list every wrong and missed value")
    args = parser.parse_args()
    folder = Path(args.set) if args.set else Path(args.shared) / "eval" / "ko"
    labelled = labelled_pages(folder)
    if not labelled:
        sys.exit(f"no labelled pages under {folder}")
    gold_total = {kind: sum(len(g.entities[kind]) for _, _, g in labelled) for kind, _ in KINDS}
    baseline = baseline_facets()
    results = {"before": evaluate(baseline, labelled) if baseline else None,
               "after": evaluate(current_facets(), labelled)}
    print(f"## Facets on {'eval/ko' if not args.set else folder}: {len(labelled)} pages\n")
    print(table(results, gold_total))
    found, right = results["after"]["titles"]
    print(f"\ntitles (after): {right} of {found} people found with a labelled title have a matching title"
          f" ({right / found if found else 0:.2f})")
    if args.pages:
        for kind, label in KINDS:
            print(f"\n### {label}: wrong\n" + "\n".join(results["after"][kind].wrong))
            print(f"\n### {label}: missed\n" + "\n".join(results["after"][kind].missed))
    if args.json:
        data = {name: {kind: {"precision": round(s.precision, 3), "recall": round(s.recall, 3), "tp": s.tp,
                              "fp": s.fp, "fn": s.fn} for kind, s in scores.items() if kind != "titles"}
                for name, scores in results.items() if scores}
        Path(args.json).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
