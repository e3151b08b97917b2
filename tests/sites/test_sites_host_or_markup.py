"""Which profile a page gets: the URL's host decides, markup only when no URL is known, and a page that
links to a site (or copies a bit of its markup) is not given that site's profile.
"""
from __future__ import annotations

import pytest

import sinmun

SENTENCE = "가상시가 올해 공공 와이파이 설치 장소를 500곳 늘린다고 밝혔다. 버스정류장과 전통시장이 우선 대상이다."


# ----------------------------------------------------------------- site profiles from markup (item 8)
LINKING_PAGE = ("<html><head><title>가상일보 와이파이 기사</title></head><body><div class='article_body'>"
                f"<p>{SENTENCE}</p><p>{SENTENCE}</p>"
                "<p><a href='https://imnews.imbc.com/news/2025/society/article/1.html'>관련 방송</a> "
                "<img src='https://img.tvchosun.com/upload_img/2025/08/05/x.jpg' width=300> "
                "<a href='http://news.tvchosun.com/svc/news/ospc_news_all.html'>다른 기사</a> "
                "<a href='https://n.news.naver.com/article/001/1'>포털</a></p></div></body></html>")


@pytest.mark.parametrize("url", [None, "https://www.gasang.example/news/1.html"])
def test_a_page_that_links_to_a_site_is_not_given_its_profile(url):
    article = sinmun.extract(LINKING_PAGE, url=url)
    assert article.site is None
    assert article.press not in ("MBC", "TV조선")
    assert article.portal is None


def test_a_known_host_without_profile_ignores_look_alike_markup():
    # The markup of MBC's layout on another host: the URL decides, not the markup.
    page = ("<html><head><meta name=\"nextweb:createDate\" content=\"2025-08-05 10:00\"><title>가상 방송</title></head>"
            f"<body><div class=\"news_txt\" itemprop='articleBody'>{SENTENCE}</div></body></html>")
    assert sinmun.extract(page).site == "imbc/current"
    assert sinmun.extract(page, url="https://www.gasang.example/news/1.html").site is None


def test_every_profile_marker_is_markup_not_a_host_name():
    from sinmun.sites import PROFILES

    for profile in PROFILES:
        for marker in profile.markers:
            for part in (marker,) if isinstance(marker, str) else marker:
                assert not any(host in part for p in PROFILES for host in p.hosts), (profile.name, part)
