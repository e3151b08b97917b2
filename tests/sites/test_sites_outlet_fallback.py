"""An outlet profile whose body selectors stop matching (the site changed its markup) falls back to the
generic path with a warning naming the profile, never to an empty record.

Every outlet fixture page is rewritten so that no body selector of the outlet's layouts finds its
node (the node and its ancestors keep their text but lose their ``id``, ``class`` and ``itemprop``), then read again
with its URL: the profile is still chosen by host, its selectors miss, and the generic path reads the
text.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import sinmun
from sinmun import sites
from sinmun.extraction.parse import load

from conftest import FIXTURES
from test_sites_outlets import OUTLETS

#: the attributes the outlets' body selectors name
SELECTOR_ATTRIBUTES = ("id", "class", "itemprop")


def body_selectors(name: str) -> list[str]:
    return [s.partition("@")[0] for p in sites.BUILT_IN if p.name == name for s in p.body]


def with_body_selectors_missing(page: Path, name: str) -> str:
    """The page's markup with every node a body selector of ``name`` finds, and the node's ancestors (which
    selectors such as ``div.viewer > article`` name), stripped of their naming attributes."""
    tree = load(page.read_bytes()).tree
    for selector in body_selectors(name):
        for node in tree.css(selector):
            while node is not None and node.tag not in ("body", "html"):
                for attribute in SELECTOR_ATTRIBUTES:
                    if attribute in node.attrs:
                        del node.attrs[attribute]
                node = node.parent
    return tree.html or ""


def fallback_pages() -> list:
    return [pytest.param(page, id=f"{outlet}/{page.stem}")
            for outlet in OUTLETS for page in sorted((FIXTURES / outlet).glob("*.html"))]


@pytest.mark.parametrize("page", fallback_pages())
def test_missing_body_selectors_fall_back_with_a_warning(page: Path) -> None:
    name = OUTLETS[page.parent.name]
    expected = json.loads(page.with_name(page.stem + ".expected.json").read_text(encoding="utf-8"))
    html = with_body_selectors_missing(page, name)
    assert not any(sites.select_all(load(html).tree, (s,)) for s in body_selectors(name))
    article = sinmun.extract(html, url=expected["url"])
    assert (article.site or "").split("/")[0] == name
    assert any(w.startswith(f"profile {name}/") and "generic path used" in w for w in article.warnings), \
        article.warnings
    assert article.body_paragraphs
