"""Korean list pages in the styles of CMSs and outlets the older fixtures do not cover (an ND-soft
``articleList.html`` section, a regional paper's thumbnail list, search results with highlighted terms, a
reporter's profile card, a photo grid, a tag page, a portal's ranking boxes, a removed article served with
status 200, a card list whose links wrap each whole text, a home page rendered from its empty article
template, the outlet's page about itself) are rejected with a reason, with their URL and without it; stories beside long lists of teasers
stay stories."""
import json

import pytest

import sinmun
from conftest import FIXTURES

PAGES = FIXTURES / "nonarticle-ko"
LISTS = ["ndsoft-article-list", "regional-section-thumbs", "search-highlighted", "reporter-profile-card",
         "photo-gallery-grid", "tag-hash", "portal-ranking", "deleted-article-200", "card-list-full-text",
         "section-unlinked-top-story", "home-article-template", "home-span-headlines",
         "home-deep-lead-list", "home-linked-leads", "site-company-intro"]
STORIES = ["article-long-related", "short-story-teaser-column"]
#: home pages that only their URL (the site's root) tells from a short story; test_pagekind_homes_ko weighs them
ROOT_ONLY = ["home-colophon-date"]
#: the site's own pages (a privacy policy) that only their URL tells from an undated story (test_fixtures judges them)
URL_ONLY = ["site-privacy-policy"]


def _case(name: str) -> tuple[bytes, dict]:
    record = json.loads((PAGES / f"{name}.expected.json").read_text(encoding="utf-8"))
    return (PAGES / f"{name}.html").read_bytes(), record


def test_the_lists_name_every_fixture_page() -> None:
    assert sorted(LISTS + STORIES + ROOT_ONLY + URL_ONLY) == sorted(p.name[: -len(".html")] for p in PAGES.glob("*.html"))


@pytest.mark.parametrize("with_url", [True, False])
@pytest.mark.parametrize("name", LISTS + STORIES)
def test_each_page_is_judged_with_and_without_its_url(name: str, with_url: bool) -> None:
    html, record = _case(name)
    article = sinmun.extract(html, url=record["url"] if with_url else None)
    assert record["is_article"] is (name in STORIES)
    assert article.is_article is record["is_article"], article.warnings
    if name in LISTS:
        assert article.warnings[-1].startswith("not an article: "), article.warnings


@pytest.mark.parametrize("url", [None, "https://www.gasangilbo.example/board/press?mode=list"])
def test_a_card_whose_link_wraps_its_whole_text_is_a_list_item(url: str | None) -> None:
    """The body reader takes one card's text (title, whole release, date) for the story: that text is
    the text of a link to another page, which a story's own text never is."""
    html, _ = _case("card-list-full-text")
    reason = sinmun.extract(html, url=url).warnings[-1]
    assert "the body is the text of a link to another story" in reason


def test_a_body_inside_a_link_to_the_page_itself_is_still_a_story() -> None:
    """The page's own permalink around its text (a post wrapped in its own link) is not another story."""
    paragraphs = "".join(f"<p>가상군이 읍내 전통시장 주차장을 두 배로 넓힌다고 {n}일 밝혔다. 공사는 다음 달 시작한다.</p>"
                         for n in range(1, 5))
    url = "https://www.gasangilbo.example/news/articleView.html?idxno=410123"
    html = (f"<html><head><link rel='canonical' href='{url}'><title>가상군 전통시장 주차장 확장</title></head><body>"
            f"<a href='{url}'><div class='post'><h1>가상군 전통시장 주차장 확장</h1>{paragraphs}</div></a></body></html>")
    article = sinmun.extract(html)
    assert article.is_article is True, article.warnings


@pytest.mark.parametrize("name", ["short-story-teaser-column"])
def test_a_short_dated_story_under_its_headline_beside_a_bigger_list_is_a_story(name: str) -> None:
    """Two sentences under a dated, unlinked headline that the page's title names; twenty teasers with leads
    below: the body's measures weigh the list, the headline and what follows it say story."""
    html, record = _case(name)
    article = sinmun.extract(html)
    assert article.is_article is True, article.warnings
    assert (article.title, article.published) == (record["title"], record["published"])


def test_the_older_short_story_fixture_is_a_story_without_its_url_too() -> None:
    html = (FIXTURES / "nonarticle" / "ko-small-story-big-list.html").read_bytes()
    assert sinmun.extract(html).is_article is True


def test_a_section_fronts_unlinked_top_story_does_not_make_it_a_story() -> None:
    """The same shape (an unlinked headline, a date, two sentences, then teasers) on a page whose title
    names its section, not that headline: a section front, whatever og:type it declares."""
    html, _ = _case("section-unlinked-top-story")
    article = sinmun.extract(html)
    assert article.is_article is False and "teaser" in article.warnings[-1]


def test_an_undated_intro_over_teasers_is_still_a_topic_page() -> None:
    """A topic page's intro under its headline carries no date: not a story beside a list."""
    html = (FIXTURES / "nonarticle" / "ko2-issue-page.html").read_bytes()
    assert sinmun.extract(html).is_article is False


def test_a_story_with_long_related_lists_keeps_its_fields() -> None:
    html, record = _case("article-long-related")
    for url in (record["url"], None):
        article = sinmun.extract(html, url=url)
        assert article.is_article is True, article.warnings
        assert article.body_paragraphs == record["body_paragraphs"]
        assert [r.name for r in article.reporters] == [r["name"] for r in record["reporters"]]
