"""Every real page of ../shared/eval/ko against its hand-checked record, scored like the team scorer.

Title (NFKC, whitespace collapsed), published day, press (``press_key`` of
``../shared/tools/score.py``), reporter name set, body F1 >= 0.95 over score.py's token bags,
no ``must_not_contain`` snippet in the body, and every expected image URL among the images.
The pages are read from ``../shared`` only; they are never copied into the repository.
"""
from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from pathlib import Path
from types import ModuleType

import pytest

import sinmun
from conftest import SHARED, need_shared

EVAL_SET = "eval/ko"
MIN_BODY_F1 = 0.95


@lru_cache(maxsize=1)
def score_tools() -> ModuleType:
    """The team's scorer, imported from ../shared/tools/score.py (not vendored)."""
    path = need_shared("tools/score.py")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def eval_pages() -> list:
    """One param per page; a single skipping param when ../shared is absent."""
    root = SHARED / EVAL_SET
    if not root.exists():
        return [pytest.param(None, id="shared-eval-missing")]
    params = []
    for expected in sorted(root.rglob("*.expected.json")):
        page = expected.with_name(expected.name[: -len(".expected.json")] + ".html")
        site = expected.parent.name
        params.append(pytest.param(page, id=f"{site}/{page.stem}"))
    return params


def failed_checks(page: Path) -> list[str]:
    """What differs between sinmun's record of ``page`` and the expected one."""
    score = score_tools()
    expected = json.loads(page.with_name(page.stem + ".expected.json").read_text(encoding="utf-8"))
    article = sinmun.extract(page.read_bytes(), url=expected.get("url"))
    body = "\n".join(article.body_paragraphs)
    failures = []
    if score.norm(article.title) != score.norm(expected["title"]):
        failures.append(f"title {article.title!r} != {expected['title']!r}")
    if expected.get("published") and (article.published or "")[:10] != expected["published"][:10]:
        failures.append(f"published {article.published!r} not on {expected['published'][:10]}")
    if expected.get("press") and score.press_key(article.press or "") != score.press_key(expected["press"]):
        failures.append(f"press {article.press!r} != {expected['press']!r}")
    want_names = {score.norm(r["name"]) for r in expected.get("reporters") or []}
    got_names = {score.norm(r.name) for r in article.reporters}
    if want_names != got_names:
        failures.append(f"reporters {sorted(got_names)} != {sorted(want_names)}")
    _, _, f1 = score.prf(body, "\n".join(expected.get("body_paragraphs") or []))
    if f1 < MIN_BODY_F1:
        failures.append(f"body F1 {f1:.3f} < {MIN_BODY_F1}")
    leaked = [s for s in expected.get("must_not_contain") or [] if score.norm(s) and score.norm(s) in score.norm(body)]
    if leaked:
        failures.append(f"boilerplate in body: {leaked}")
    urls = {i.url for i in article.images}
    missing = [i["url"] for i in expected.get("images") or [] if i["url"] not in urls]
    if missing:
        failures.append(f"images missing: {missing}")
    return failures


@pytest.mark.parametrize("page", eval_pages())
def test_real_page_matches_expected_record(page: Path | None) -> None:
    if page is None:
        need_shared(EVAL_SET)
        return
    failures = failed_checks(page)
    assert not failures, f"{page.parent.name}/{page.name}:\n  " + "\n  ".join(failures)
