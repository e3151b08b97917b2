"""Portal sub-sites: Naver Entertainment and Sports (both layouts each), Naver mobile, Daum's 2018 layout.

The fixture pages under tests/fixtures/naver-entertain, naver-sports, naver-mobile and daum-2018 check the
records; these tests check which profile and layout each page gets, by URL, by og:url and by markup.
"""
from __future__ import annotations

import pytest

import sinmun
from conftest import FIXTURES


def page(name: str) -> str:
    return (FIXTURES / f"{name}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("name,site", [
    ("naver-entertain/entertain-2018-photo", "naver-entertain/2018"),
    ("naver-entertain/entertain-newsend", "naver-entertain/current"),
    ("naver-sports/sports-2018-photo", "naver-sports/2018"),
    ("naver-sports/sports-newsend", "naver-sports/current"),
    ("naver-mobile/m-news-current", "naver/current"),
    ("daum-2018/daum-2018-harmony", "daum/2018"),
])
def test_without_a_url_the_page_picks_the_layout(name, site):
    # the page's og:url names the host, else the markers decide
    assert sinmun.extract(page(name)).site == site


def test_the_shared_news_end_layout_without_any_url_is_read_by_the_first_profile_having_it():
    html = "\n".join(line for line in page("naver-sports/sports-newsend").splitlines() if "og:url" not in line)
    article = sinmun.extract(html)
    assert (article.site, article.press, article.portal) == ("naver-entertain/current", "한빛스포츠", "naver")


def test_the_news_end_layout_under_n_news_naver_com_is_the_entertainment_profile():
    article = sinmun.extract(page("naver-entertain/entertain-newsend"),
                             url="https://n.news.naver.com/entertain/article/997/0000223344")
    assert (article.site, article.press, article.portal) == ("naver-entertain/current", "별빛연예", "naver")


def test_sports_pages_under_news_naver_com_are_not_read_as_naver_news():
    # sports.news.naver.com is under news.naver.com: the naver profile is a candidate, its markers do not fit
    article = sinmun.extract(page("naver-sports/sports-2018-photo"),
                             url="https://sports.news.naver.com/news.nhn?oid=996&aid=0000345678")
    assert article.site == "naver-sports/2018"
    assert "기사제공 한빛스포츠" not in "\n".join(article.body_paragraphs)


@pytest.mark.parametrize("reference,site", [(None, "daum/2018"), ("2023-05-01", "daum/current"),
                                            ("2021-01-01", "daum/2018")])
def test_a_daum_page_fitting_both_layouts_is_dated(reference, site):
    article = sinmun.extract(page("daum-2018/daum-2018-dmcf-blocks"),
                             url="https://news.v.daum.net/v/20200903141500456", reference_date=reference)
    assert article.site == site


@pytest.mark.parametrize("name,url,profile", [
    ("naver-entertain/entertain-changed-layout", "https://m.entertain.naver.com/article/997/0000998877",
     "naver-entertain"),
    ("naver-sports/sports-changed-layout", "https://m.sports.naver.com/kfootball/article/996/0000887766",
     "naver-sports"),
])
def test_a_changed_layout_falls_back_with_a_warning_naming_the_profile(name, url, profile):
    article = sinmun.extract(page(name), url=url)
    assert article.body_paragraphs
    assert any(profile in warning for warning in article.warnings), article.warnings
