"""Every real page of ../shared/eval/ko against its hand-checked record, field by field.

Each field of the expected record that sinmun fills must come out exactly: title, subtitle, published
and updated (full timestamps), press, portal, section, reporters (names and e-mails, in order), the
body paragraphs, the images (URL and caption, in order) and ``is_article``. The record's ``site`` is
a host name where sinmun's is a site profile (``mk/current``), so the profile's family must be a label
of that host. No ``must_not_contain`` snippet may be in the body.
The pages are read from ``../shared`` only; they are never copied into the repository.
"""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

import sinmun
from sinmun.article import Article
from conftest import SHARED, need_shared

EVAL_SET = "eval/ko"
#: fields compared as they stand (a missing key in the expected record means "none").
PLAIN_FIELDS = ("title", "subtitle", "published", "updated", "press", "portal", "section")


def eval_pages() -> list:
    """One param per page; a single skipping param when ../shared is absent."""
    root = SHARED / EVAL_SET
    if not root.exists():
        return [pytest.param(None, id="shared-eval-missing")]
    params = []
    for expected in sorted(root.rglob("*.expected.json")):
        page = expected.with_name(expected.name[: -len(".expected.json")] + ".html")
        params.append(pytest.param(page, id=f"{expected.parent.name}/{page.stem}"))
    return params


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def field_values(article: Article, expected: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """``{field: (got, expected)}`` for every compared field."""
    pairs = {name: (getattr(article, name), expected.get(name)) for name in PLAIN_FIELDS}
    pairs["reporters"] = ([(r.name, r.email) for r in article.reporters],
                          [(r["name"], r.get("email")) for r in expected.get("reporters") or []])
    pairs["body_paragraphs"] = (article.body_paragraphs, expected["body_paragraphs"])
    pairs["images"] = ([(i.url, i.caption) for i in article.images],
                       [(i["url"], i.get("caption")) for i in expected.get("images") or []])
    pairs["is_article"] = (article.is_article, True)
    family = (article.site or "").split("/")[0]
    pairs["site"] = (family in expected["site"].split("."), True)
    body = norm("\n".join(article.body_paragraphs))
    pairs["must_not_contain"] = ([s for s in expected.get("must_not_contain") or [] if norm(s) in body], [])
    return pairs


def failed_checks(page: Path) -> list[str]:
    """What differs between sinmun's record of ``page`` and the expected one."""
    expected = json.loads(page.with_name(page.stem + ".expected.json").read_text(encoding="utf-8"))
    article = sinmun.extract(page.read_bytes(), url=expected.get("url"))
    return [f"{name}: got {got!r}, want {want!r}"
            for name, (got, want) in field_values(article, expected).items() if got != want]


@pytest.mark.parametrize("page", eval_pages())
def test_real_page_matches_expected_record(page: Path | None) -> None:
    if page is None:
        need_shared(EVAL_SET)
        return
    failures = failed_checks(page)
    assert not failures, f"{page.parent.name}/{page.name}:\n  " + "\n  ".join(failures)
