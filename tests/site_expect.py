"""Check an extracted record against an expected record, scored the way ../shared/tools/score.py scores.

Shared by the site-profile tests (tests/test_sites_*.py): each real page in ../shared/eval/ko and
each fixture page under tests/fixtures/<site>/ has an ``<id>.expected.json`` beside it.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import sinmun
from sinmun.article import Article

from conftest import FIXTURES, SHARED, need_shared

WORD = re.compile(r"\w+")
MIN_BODY_F1 = 0.95


def norm(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").split())


def tokens(text: str) -> Counter[str]:
    return Counter(WORD.findall(norm(text).lower()))


def body_f1(got: str, want: str) -> float:
    """F1 over bags of word tokens (NFKC, lower-cased)."""
    got_bag, want_bag = tokens(got), tokens(want)
    common = sum((got_bag & want_bag).values())
    if not common:
        return 0.0
    precision, recall = common / sum(got_bag.values()), common / sum(want_bag.values())
    return 2 * precision * recall / (precision + recall)


def press_key(name: str | None) -> str:
    """Press names compare without spaces and case, a trailing 뉴스/NEWS dropped (as score.py)."""
    key = re.sub(r"\s+", "", norm(name).lower())
    return re.sub(r"(뉴스|news)$", "", key) or key


def shared_stems(site: str) -> list[str]:
    """Page ids of one site in ../shared/eval/ko (one placeholder when the material is absent)."""
    return sorted(p.name[: -len(".expected.json")] for p in (SHARED / "eval/ko" / site).glob("*.expected.json")) \
        or ["(shared material missing)"]


def fixture_stems(site: str) -> list[str]:
    return sorted(p.name[: -len(".expected.json")] for p in (FIXTURES / site).glob("*.expected.json"))


def check_shared_page(site: str, stem: str) -> Article:
    directory = need_shared(f"eval/ko/{site}")
    return check_page(directory / f"{stem}.html", directory / f"{stem}.expected.json")


def check_fixture_page(site: str, stem: str) -> Article:
    """Fixture pages are ours, so every labelled field must match exactly."""
    directory = FIXTURES / site
    article = check_page(directory / f"{stem}.html", directory / f"{stem}.expected.json")
    expected = json.loads((directory / f"{stem}.expected.json").read_text(encoding="utf-8"))
    assert_fields_exact(article, expected)
    return article


def check_page(html_path: Path, expected_path: Path) -> Article:
    """Extract the page (from its bytes, with its URL) and assert it matches the expected record."""
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    article = sinmun.extract(html_path.read_bytes(), url=expected.get("url"))
    assert_matches(article, expected)
    return article


def assert_matches(article: Article, expected: dict) -> None:
    assert norm(article.title) == norm(expected["title"])
    assert (article.published or "")[:10] == expected["published"][:10]
    assert press_key(article.press) == press_key(expected["press"])
    assert sorted(norm(r.name) for r in article.reporters) == sorted(norm(r["name"]) for r in expected["reporters"])
    emails = {r.name: r.email for r in article.reporters}
    for reporter in expected["reporters"]:
        if reporter.get("email"):
            assert emails.get(reporter["name"]) == reporter["email"], reporter
    body = "\n".join(article.body_paragraphs)
    want = "\n".join(expected["body_paragraphs"])
    assert body_f1(body, want) >= MIN_BODY_F1, (body_f1(body, want), article.body_paragraphs)
    normal_body = norm(body)
    leaks = [s for s in expected.get("must_not_contain") or [] if norm(s) and norm(s) in normal_body]
    assert not leaks, leaks
    got_captions = {norm(i.caption) for i in article.images if i.caption}
    for image in expected.get("images") or []:
        caption = norm(image.get("caption"))
        if caption:
            assert caption in got_captions, caption
            assert caption not in normal_body, caption
    assert article.is_article


def assert_fields_exact(article: Article, expected: dict) -> None:
    for field in ("title", "subtitle", "published", "updated", "press", "section"):
        assert getattr(article, field) == expected[field], field
    assert [(r.name, r.email) for r in article.reporters] == [(r["name"], r["email"]) for r in expected["reporters"]]
    assert article.body_paragraphs == expected["body_paragraphs"]
    assert [(i.url, i.caption) for i in article.images] == [(i["url"], i["caption"]) for i in expected["images"]]
