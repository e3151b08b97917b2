#!/usr/bin/env python3
"""Line classification (``clean_paragraphs``) on one core: the baseline's rules and this tree's, same run.

    python bench/clean_rules.py --base REV|SRC_DIR [--shared ../shared] [--repeat 20]
    python bench/clean_rules.py --dump records.json      # every page's record, for diffing two trees

Pages: ``eval/ko``, ``eval/en-aeb`` and ``samples`` of the shared material and every fixture page under
``tests/fixtures``. The paragraph lists that the pipeline hands to ``clean_paragraphs`` are recorded once
(with this tree's extractor); then one child process per source tree (``--base`` and this tree's ``src``)
pins itself to one CPU and times ``clean_paragraphs`` over all of them, ``--repeat`` times, in CPU
seconds (``time.process_time``), best of three.

``--dump FILE`` writes ``{page: sinmun.extract(page).to_dict()}`` with whatever ``sinmun`` the
``PYTHONPATH`` names, so ``diff`` of two dumps shows every record that a change of rules changed.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from stages import source_tree
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from accuracy import pin_to_one_cpu  # noqa: E402  (the idlest CPU, as every bench here)

PAGE_SUFFIXES = (".html", ".htm", ".txt")


def pages(shared: Path) -> Iterator[tuple[str, bytes, str | None]]:
    """(name, bytes, url) of every page of the shared sets and the fixtures."""
    for folder in (shared / "eval" / "ko", shared / "samples", ROOT / "tests" / "fixtures"):
        for expected in sorted(folder.rglob("*.expected.json")):
            stem = expected.name[: -len(".expected.json")]
            found = [expected.with_name(stem + s) for s in PAGE_SUFFIXES if expected.with_name(stem + s).exists()]
            if not found:
                continue
            record = json.loads(expected.read_text(encoding="utf-8"))
            url = (record.get("_options") or {}).get("url") or record.get("url")
            yield str(found[0].relative_to(folder.parent)), found[0].read_bytes(), url
    truth_path = shared / "eval" / "en-aeb" / "ground-truth.json"
    if truth_path.exists():
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        for key, value in sorted(truth.items()):
            html = gzip.decompress((truth_path.parent / "html" / f"{key}.html.gz").read_bytes())
            yield f"en-aeb/{key}", html, value.get("url")


def options(name: str, url: str | None) -> dict[str, Any]:
    """The fixture's reference date, as tests/test_fixtures.py passes it."""
    path = ROOT / "tests" / name
    expected = path.with_name(path.name.rsplit(".", 1)[0] + ".expected.json")
    if expected.exists():
        record = json.loads(expected.read_text(encoding="utf-8"))
        return {"url": url, "reference_date": (record.get("_options") or {}).get("reference_date")}
    return {"url": url}


def dump(shared: Path, out: Path) -> None:
    import sinmun
    records = {}
    for name, html, url in pages(shared):
        try:
            records[name] = sinmun.extract(html, **options(name, url)).to_dict()
        except sinmun.SinmunError as error:
            records[name] = {"error": str(error)}
    out.write_text(json.dumps(records, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(records)} records -> {out}")


def record_paragraphs(shared: Path) -> list[list[str]]:
    """The paragraph lists the pipeline (and the Arc reader) hand to clean_paragraphs."""
    import importlib
    import pkgutil

    import sinmun
    from sinmun import extraction
    from sinmun.extraction import clean
    seen: list[list[str]] = []

    def recording(paragraphs: list[str]) -> clean.Cleaned:
        seen.append(list(paragraphs))
        return clean.clean_paragraphs(paragraphs)

    # every stage module that calls clean_paragraphs by its imported name records what it hands over
    for info in pkgutil.iter_modules(extraction.__path__):
        module = importlib.import_module(f"sinmun.extraction.{info.name}")
        if info.name != "clean" and getattr(module, "clean_paragraphs", None) is clean.clean_paragraphs:
            module.clean_paragraphs = recording  # type: ignore[attr-defined]
    for name, html, url in pages(shared):
        try:
            sinmun.extract(html, **options(name, url))
        except sinmun.SinmunError:
            continue
    return seen


def worker(paragraph_file: Path, repeat: int) -> None:
    """In a child: time clean_paragraphs of the sinmun on PYTHONPATH; print CPU seconds as JSON."""
    from sinmun.extraction.clean import clean_paragraphs
    lists = json.loads(paragraph_file.read_text(encoding="utf-8"))
    pin_to_one_cpu()
    for paragraphs in lists:  # warm-up (regex compilation, caches)
        clean_paragraphs(paragraphs)
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for _ in range(repeat):
            for paragraphs in lists:
                clean_paragraphs(paragraphs)
        best = min(best, time.process_time() - started)
    print(json.dumps({"seconds": best, "lines": sum(map(len, lists)) * repeat}))


def measure(src: Path, paragraph_file: Path, repeat: int) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(src))
    done = subprocess.run([sys.executable, __file__, "--worker", str(paragraph_file), "--repeat", str(repeat)],
                          env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", help="git revision or src directory measured as 'before' (required to compare)")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.repeat)
        return
    if args.dump:
        dump(args.shared, args.dump)
        return
    lists = record_paragraphs(args.shared)
    with tempfile.TemporaryDirectory() as tmp:
        paragraph_file = Path(tmp) / "paragraphs.json"
        paragraph_file.write_text(json.dumps(lists, ensure_ascii=False), encoding="utf-8")
        if not args.base:
            raise SystemExit("clean_rules: give --base REV|SRC_DIR to compare against")
        with source_tree(args.base) as base_src:
            before = measure(base_src, paragraph_file, args.repeat)
        after = measure(ROOT / "src", paragraph_file, args.repeat)
    lines = before["lines"]
    print(f"clean_paragraphs over {len(lists)} paragraph lists, {lines // args.repeat} lines, x{args.repeat}, "
          "one core, CPU seconds (best of 3)")
    for label, result in (("before", before), ("after", after)):
        print(f"  {label:<6} {args.base if label == 'before' else ROOT / 'src'}: {result['seconds']:.3f} s"
              f"  ({result['seconds'] / lines * 1e6:.2f} µs/line)")
    print(f"  speed-up {before['seconds'] / after['seconds']:.2f}×")


if __name__ == "__main__":
    main()
