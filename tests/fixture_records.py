"""Reading the expected records written beside fixture pages (``<name>.expected.json``), shared by the
fixture tests of every package: which keys are checked and each field in the shape the record uses."""
from __future__ import annotations

import dataclasses
from typing import Any

from sinmun.article import Article

ARTICLE_FIELDS = {f.name for f in dataclasses.fields(Article)}
# "site" in the shared eval format names the host, not sinmun's profile/layout label.
IGNORED_KEYS = {"label_notes", "notes", "site"}
#: lists of boilerplate snippets that must stay out of the body (the shared eval set says must_not_contain).
SNIPPET_KEYS = {"not_in_body", "must_not_contain"}


def checked_keys(expected: dict[str, Any]) -> list[str]:
    keys = []
    for key in expected:
        if key.startswith("_") or key in IGNORED_KEYS:
            continue
        if key not in SNIPPET_KEYS and key not in ARTICLE_FIELDS:
            raise RuntimeError(f"unknown key in expected record: {key!r}")
        keys.append(key)
    return keys


def collapse(text: str) -> str:
    return " ".join(text.split())


def actual_value(article: Article, key: str) -> Any:
    """The article's field in the shape the expected record uses."""
    if key == "reporters":
        return [{"name": r.name, "email": r.email} for r in article.reporters]
    if key == "images":
        return [{"url": i.url, "caption": i.caption} for i in article.images]
    if key == "related":
        return [dataclasses.asdict(r) for r in article.related]
    return getattr(article, key)


def expected_value(expected: dict[str, Any], key: str) -> Any:
    value = expected[key]
    if key == "reporters":
        return [{"name": r["name"], "email": r.get("email")} for r in value]
    if key == "images":
        return [{"url": i["url"], "caption": i.get("caption")} for i in value]
    return value


#: "<dir>/<name>::<field>" -> why the extractor gets that field wrong today (none at present).
KNOWN_BUGS: dict[str, str] = {}
