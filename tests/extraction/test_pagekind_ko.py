"""Korean non-article pages in the shapes real sites use (portal and press homes, section, date, search,
ranking, reporter, series, photo, video, tag and paginated lists, an error page, a sign-in wall, a comment
page) are rejected, and the borderline articles beside them (a three-sentence breaking item, a photo
article, an interview, a column with its writer box, a short story beside a bigger teaser list) are kept."""
import json

import pytest

import sinmun
from sinmun.extraction.pagekind import url_signals
from conftest import FIXTURES

NONARTICLE = FIXTURES / "nonarticle"
KO_LISTS = ["ko-portal-home", "ko-press-home", "ko-section-teasers", "ko-section-teasers-nourl", "ko-date-archive",
            "ko-search-results", "ko-search-results-nourl", "ko-ranking", "ko-reporter-profile", "ko-series-list",
            "ko-photo-gallery", "ko-video-list", "ko-tag-page", "ko-paginated", "ko-not-found", "ko-login-wall",
            "ko-comments-only", "ko-single-long-teaser", "ko-single-long-teaser-nourl",
            "ko2-photo-captions", "ko2-reporter-intro", "ko2-section-code-url", "ko2-search-table", "ko2-home-boxes",
            "ko2-home-boxes-nourl", "ko2-video-desc", "ko2-issue-page"]
KO_ARTICLES = ["ko-breaking-3", "ko-photo-article", "ko-interview-qa", "ko-column-writer", "ko-small-story-big-list",
               "ko2-many-comments", "ko2-many-comments-nourl", "ko2-live-nourl", "ko2-interview-noog"]
#: pages the judge tells without their URL too (the short story beside a bigger teaser list loses its body to
#: the list without its URL, but its dated headline, which the page's title names, still says story)
KO_WITHOUT_URL = KO_LISTS + KO_ARTICLES


def _case(name: str) -> tuple[bytes, dict]:
    record = json.loads((NONARTICLE / f"{name}.expected.json").read_text(encoding="utf-8"))
    return (NONARTICLE / f"{name}.html").read_bytes(), record


@pytest.mark.parametrize("name", KO_LISTS + KO_ARTICLES)
def test_korean_pages_at_their_urls(name: str) -> None:
    html, record = _case(name)
    article = sinmun.extract(html, url=record["url"] or None)
    assert article.is_article is (name in KO_ARTICLES), article.warnings
    assert (name in KO_ARTICLES) is record["is_article"]


@pytest.mark.parametrize("name", KO_WITHOUT_URL)
def test_korean_pages_without_their_urls(name: str) -> None:
    html, _ = _case(name)
    assert sinmun.extract(html).is_article is (name in KO_ARTICLES)


def test_a_section_front_whose_one_teaser_has_a_long_lead_and_byline_is_no_article() -> None:
    """The headline links to another story and the body is that teaser's lead: a list's top item."""
    html, record = _case("ko-single-long-teaser-nourl")
    article = sinmun.extract(html)
    assert article.is_article is False and "the headline links to another page" in article.warnings[-1]


def test_a_headline_linking_to_the_page_itself_or_the_site_root_says_nothing() -> None:
    body = "".join(f"<p>가상시가 도심 하천 산책로에 야간 조명을 새로 설치한다고 {n}일 밝혔다. 공사는 다음 달 시작된다.</p>"
                   for n in range(1, 4))
    url = "https://www.gasangnews.example/news/articleView.html?idxno=410777"
    for href in (url, "/news/articleView.html?idxno=410777", "/"):
        html = (f"<html><head><link rel='canonical' href='{url}'></head><body><div class='view'>"
                f"<h1><a href='{href}'>가상시 산책로 야간 조명 설치</a></h1>{body}</div></body></html>")
        article = sinmun.extract(html)
        assert article.is_article is True, (href, article.warnings)
    # no address of its own to compare, but the link is marked as the post's permalink
    html = (f"<html><body><article><h1><a href='{url}' rel='bookmark'>가상시 산책로 야간 조명 설치</a></h1>{body}"
            "</article></body></html>")
    assert sinmun.extract(html).is_article is True


def test_a_sign_in_wall_without_its_url_is_no_article() -> None:
    html, _ = _case("ko-login-wall")
    reason = sinmun.extract(html).warnings[-1]
    assert "a sign-in form and little text" in reason and "no headline" in reason


@pytest.mark.parametrize("url, weight", [
    ("https://www.gasangnews.example/member/login.html?returnUrl=%2Fnews%2FarticleView.html%3Fidxno%3D400001", 3.0),
    ("https://www.gasangnews.example/subscribe?from=/news/articleView.html?idxno=400001", 3.0),
    ("https://www.gasangnews.example/comment/list.html?idxno=400001", 2.0),
    ("https://www.gasangnews.example/search/result.html?kwd=x", 3.0),
    ("https://www.gasangnews.example/news/search.php?sc_word=x", 3.0),
    ("https://www.gasangnews.example/?NaPm=ct%3Dlq1x2y3z%7Cci%3D0%7Chk%3D1234567890abcdef", 4.0),
    ("https://www.gasangnews.example/?utm_source=portal&utm_campaign=20240305123", 4.0),
    ("https://news.gasang-portal.example/journalist/001/12345", 2.0),
    ("https://www.gasangnews.example/news/section_list_all.html?sec_no=56", 2.0),
    ("https://www.gasangnews.example/news/articleList.html?page=2&total=12345&sc_section_code=S1N2", 2.0),
    ("https://www.gasangnews.example/issue/list.html?issue_no=1234567", 2.0),
    ("https://www.gasangnews.example/news/20240305/", 2.0),
    ("https://www.gasangnews.example/error/404.html", 3.0),
    ("https://www.gasang.example/1927", 0.0),  # a bare year-like number is a post id, not a year's list
    ("https://www.gasang.example/reporter/2024/03/05/gasang-bus-plan-wins-vote/", -2.0),
    ("https://news.gasang-portal.example/main/main.portal?mode=LSD&mid=shm&sid1=101", 2.0),
    ("https://www.gasangnews.example/national/national-general/articles", 2.0),
    ("https://www.gasangnews.example/newsList/local/0100000000", 2.0),
    ("https://www.gasangnews.example/NewsView/2D5ABCDEF1", -2.0),
    ("https://www.gasangnews.example/national/2024/03/05/ABCDEFGHIJKLMN/", -2.0),
    ("https://blog.gasang.example/2024/03/05/page/2/", 0.0),
    ("https://www.gasangnews.example/view/local/view.php?code=2024030518000000000", -2.0),
    ("https://www.gasangnews.example/news/view.php?page=12345", 0.0),
    ("https://blog.gasang.example/articles/gasang-night-buses", -2.0),
    # a comment word with the article's own id in the path is an article (an opinion section, a forum post)
    ("https://www.gasang.example/comment/opinion/article/3046526/gasang-bus-network-plan", -2.0),
    ("https://www.gasang.example/r/python/comments/1bbbwk/whats_in_init_py/", -2.0),
])
def test_korean_url_shapes(url: str, weight: float) -> None:
    assert [s.weight for s in url_signals(url)] == [weight]


def test_a_home_page_of_boxes_each_a_headline_with_its_lead_is_no_article() -> None:
    """Four boxes of one teaser each are too few to group, but the body is headline links to stories, each
    with the lead under it."""
    html, _ = _case("ko2-home-boxes-nourl")
    reason = sinmun.extract(html).warnings[-1]
    assert "story headlines with their leads" in reason


def test_a_reporter_page_at_an_item_address_is_no_article() -> None:
    html, record = _case("ko2-reporter-intro")
    reason = sinmun.extract(html, url=record["url"]).warnings[-1]
    assert "the headline is a reporter's name" in reason and "the URL is a list (people)" in reason


def test_an_intro_paragraph_dwarfed_by_its_teasers_is_a_topic_page() -> None:
    html, record = _case("ko2-issue-page")
    reason = sinmun.extract(html, url=record["url"]).warnings[-1]
    assert "12 teaser blocks outweigh the story text" in reason


#: list addresses of sites that have a profile (the page is not in the profile's layout: the generic path
#: reads it after the profile's selectors matched nothing)
PROFILED_LISTS = ["https://news.naver.com/main/main.naver?mode=LSD&mid=shm&sid1=101",
                  "https://www.khan.co.kr/national/national-general/articles",
                  "https://www.busan.com/newsList/busan/0100000000", "https://www.yna.co.kr/economy/all"]


@pytest.mark.parametrize("url", PROFILED_LISTS)
@pytest.mark.parametrize("name", ["ko-single-long-teaser", "ko2-reporter-intro", "ko-comments-only", "ko-video-list"])
def test_list_pages_at_a_profiled_sites_list_address(name: str, url: str) -> None:
    """With a profile the least body is shorter and the title is the page's own (site name and all):
    the headline's first part and the URL still tell the list."""
    html, _ = _case(name)
    assert sinmun.extract(html, url=url).is_article is False


def test_a_photo_article_whose_caption_is_not_found_is_kept_by_its_headline() -> None:
    """At a portal's article address the portal's profile reads the photo but not its caption: the
    ``[포토]`` headline over the photo still says photo article."""
    html, _ = _case("ko-photo-article")
    article = sinmun.extract(html, url="https://n.news.naver.com/article/001/0014567890")
    assert article.images and not any(i.caption for i in article.images)
    assert article.is_article is True, article.warnings


def test_a_comment_page_without_its_url_is_told_by_its_heading_linking_to_the_story() -> None:
    html, _ = _case("ko-comments-only")
    reason = sinmun.extract(html).warnings[-1]
    assert "no headline" in reason and "the page's first heading links to a story" in reason


def test_a_topic_page_without_its_url_is_one_undated_paragraph_beside_its_teasers() -> None:
    html, _ = _case("ko2-issue-page")
    article = sinmun.extract(html)
    reason = article.warnings[-1]
    # the body read is either the page's one undated paragraph or (the second look widening it) its teasers
    assert not article.is_article and "teaser blocks outweigh" in reason
    assert "one paragraph with no date or byline" in reason or "body text is headline links and teasers" in reason
