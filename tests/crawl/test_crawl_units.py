"""Pure parts of sinmun.crawl: URL keys, source parsing, walls, Retry-After, robots."""
from __future__ import annotations

import pytest

pytest.importorskip("courlan")

from sinmun.crawl.blocks import login_redirect, wall_reason  # noqa: E402
from sinmun.crawl.discover import discover, expand, next_page  # noqa: E402
from sinmun.crawl.politeness import Politeness, Robots, parse_retry_after  # noqa: E402
from sinmun.crawl.urls import canonical_key  # noqa: E402

NAVER_FORMS = ["https://news.naver.com/main/read.naver?mode=LSD&mid=sec&sid1=101&oid=001&aid=0014812345",
               "https://news.naver.com/main/read.nhn?oid=001&aid=0014812345",
               "https://n.news.naver.com/mnews/article/001/0014812345?sid=101",
               "https://n.news.naver.com/article/001/0014812345",
               "https://m.news.naver.com/read.nhn?oid=001&aid=0014812345",
               "http://m.news.naver.com/article/001/0014812345#comments"]


def test_naver_variants_share_one_key():
    assert {canonical_key(u) for u in NAVER_FORMS} == {"naver:001/0014812345"}


def test_daum_variants_share_one_key():
    forms = ["https://v.daum.net/v/20250805103256945", "http://news.v.daum.net/v/20250805103256945?f=o",
             "https://v.daum.net/v/20250805103256945/"]
    assert {canonical_key(u) for u in forms} == {"daum:20250805103256945"}


def test_tracking_parameters_scheme_and_www_do_not_make_a_new_url():
    same = ["https://www.example.co.kr/news/view.php?idxno=12&utm_source=rss&fbclid=x",
            "http://example.co.kr/news/view.php?idxno=12", "https://EXAMPLE.co.kr/news/view.php?idxno=12#top"]
    assert len({canonical_key(u) for u in same}) == 1
    assert canonical_key(same[0]) != canonical_key("https://example.co.kr/news/view.php?idxno=13")


def test_news_sitemap_dates_are_exact_lastmod_only_bounds():
    body = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
    xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
    <url><loc>https://a.example.co.kr/1</loc><news:news><news:publication_date>2025-08-04T23:30:00Z
    </news:publication_date></news:news></url>
    <url><loc>https://a.example.co.kr/2</loc><lastmod>2025-08-01</lastmod></url></urlset>"""
    found = discover(body, "https://a.example.co.kr/sitemap.xml", None)
    assert found.articles == [("https://a.example.co.kr/1", "2025-08-05", True),   # 23:30 UTC is the 5th in KST
                              ("https://a.example.co.kr/2", "2025-08-01", False)]


def test_sitemap_index_and_rss():
    index = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>
    <loc>https://a.example.co.kr/s1.xml</loc><lastmod>2025-08-02</lastmod></sitemap></sitemapindex>"""
    assert discover(index, "https://a.example.co.kr/i.xml", None).sources == [
        ("https://a.example.co.kr/s1.xml", "sitemap", "2025-08-02")]
    rss = b"""<rss version="2.0"><channel><item><link>https://a.example.co.kr/n/1</link>
    <pubDate>Mon, 04 Aug 2025 16:00:00 GMT</pubDate></item></channel></rss>"""
    assert discover(rss, "https://a.example.co.kr/rss", "rss").articles == [
        ("https://a.example.co.kr/n/1", "2025-08-05", True)]


def test_list_templates_expand_per_day_and_section_and_pages_advance():
    from datetime import date
    urls = expand("https://news.naver.com/main/list.naver?mode=LSD&mid=sec&sid1={section}&date={date}&page={page}",
                  [date(2025, 8, 4), date(2025, 8, 5)], ["100", "101"])
    assert len(urls) == 4 and urls[0] == (
        "https://news.naver.com/main/list.naver?mode=LSD&mid=sec&sid1=100&date=20250804&page=1", "2025-08-04")
    assert next_page(urls[0][0]).endswith("date=20250804&page=2")
    assert next_page("https://a.example.co.kr/rss") is None


@pytest.mark.parametrize("status,html,reason", [
    (403, "<title>Access Denied</title><div>captcha</div>", "http-403-bot-wall"),
    (200, "<title>Just a moment...</title><script>cf_chl_opt</script>", "bot-wall"),
    (200, "<noscript>Please enable JavaScript to continue</noscript>", "js-challenge"),
    (200, "<form><input name=id><input type='password' name=pw><button>로그인</button></form>", "login-wall"),
    (200, "<article>" + "<p>기사 본문 문장입니다. captcha 관련 보도.</p>" * 400 + "</article>", None),
    (404, "<p>없는 페이지</p>", None)])
def test_walls(status, html, reason):
    assert wall_reason(status, html) == reason


def test_login_redirects():
    assert login_redirect("https://nid.naver.com/nidlogin.login?url=x")
    assert login_redirect("https://www.example.co.kr/member/login?return=/news/1")
    assert not login_redirect("https://www.example.co.kr/news/1")


def test_retry_after_and_capped_backoff():
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert parse_retry_after("soon") is None
    policy = Politeness(backoff=2.0, max_backoff=10.0)
    assert [policy.wait_before_retry(n, None) for n in (1, 2, 3, 4)] == [2.0, 4.0, 8.0, 10.0]
    assert policy.wait_before_retry(1, 3600.0) == 10.0


def test_robots_rules_and_unavailable_robots():
    robots = Robots(200, "User-agent: *\nDisallow: /private/\nCrawl-delay: 3\n", "sinmun")
    assert not robots.allowed("http://a/private/x") and robots.allowed("http://a/news/1")
    assert robots.crawl_delay() == 3.0
    assert Robots(404, "", "sinmun").allowed("http://a/private/x")       # no robots.txt: all allowed
    assert not Robots(503, "", "sinmun").allowed("http://a/news/1")      # RFC 9309: 5xx means disallow all


def test_malformed_urls_are_not_http_urls():
    from sinmun.crawl.urls import is_http_url
    assert is_http_url("https://news.example/a")
    for bad in ("http://[::1/x", "http://a.example:99999/x", "ftp://a.example/x", "https:///x", "no url"):
        assert not is_http_url(bad), bad
