"""Outlet layouts dated from public sources (issue 10 §2): the dates follow each other and pick the layout.

전자신문's 2015 layout ends the day before the 2019 one is first attested; the 2019 layout's end is not
known, so on a page that fits it and the current layout the current one wins whatever the day.

프레시안's five desktop layouts are dated by the public just-news reader's history (the days its selectors were
changed for a new layout and the day a failure on the next one was reported): each starts the day
after the one before it ends, and when a page fits two layouts its day picks the one then in use.

프레시안 2020 and 이투데이's 2019 and 2020 layouts are dated by a public Java scraper's commit history
(the day its selectors were changed); KBS's 2019 and YTN's 2021 layouts start the day the same reader's selectors were changed to them, the day
after their 2015 layouts end; their January 2026 markup is the undated current layout; 뉴스핌's and 이데일리's mobile hosts have their own text containers.
"""
from __future__ import annotations

from datetime import timedelta

import pytest

import sinmun
from sinmun import sites

from conftest import FIXTURES


def layouts(name: str) -> list:
    return [p for p in sites.BUILT_IN if p.name == name]


def test_pressian_layouts_follow_each_other_without_gap_or_overlap() -> None:
    newest_first = [p for p in layouts("pressian") if p.valid_from or p.valid_until]
    assert [p.version for p in newest_first] == ["2020", "2019", "2015", "2014"]
    for newer, older in zip(newest_first, newest_first[1:]):
        assert newer.valid_from is not None and older.valid_until is not None
        assert older.valid_until + timedelta(days=1) == newer.valid_from


@pytest.mark.parametrize("day,site", [("2016-03-02", "pressian/2015"), ("2019-05-08", "pressian/2019"),
                                      ("2018-10-18", "pressian/2015"), ("2018-10-19", "pressian/2019")])
def test_a_pressian_page_fitting_two_layouts_takes_the_one_in_use_on_its_day(day, site) -> None:
    """A 2015-2018 page that also carries the 2019 layout's markers: the fetch day picks the layout."""
    page = (FIXTURES / "pressian" / "pressian-2015-hbox.html").read_text(encoding="utf-8")
    both = page.replace('<div id="news_body_area">', '<span class="byotherspan"></span>\n <div id="news_body_area">')
    article = sinmun.extract(both, url="http://www.pressian.com/news/article.html?no=134567", reference_date=day)
    assert article.site == site


def test_etnews_layouts_follow_each_other() -> None:
    current, v2019, v2015 = layouts("etnews")
    assert current.valid_from is None and v2019.valid_until is None
    assert v2019.valid_from is not None and v2015.valid_until is not None
    assert v2015.valid_until + timedelta(days=1) == v2019.valid_from


@pytest.mark.parametrize("day", ["2018-05-02", "2024-03-05"])
def test_an_etnews_page_fitting_current_and_2019_takes_current(day) -> None:
    """The 2019 layout has only a start date: it does not take a page the undated current layout fits too."""
    page = (FIXTURES / "etnews" / "etnews-2019-article-body.html").read_text(encoding="utf-8")
    both = page.replace('<div class="date">', '<div class="article_txt"></div>\n <div class="date">')
    article = sinmun.extract(both, url="http://www.etnews.com/20190421000101", reference_date=day)
    assert article.site == "etnews/current"


def test_an_etnews_2019_page_before_its_start_is_still_read_by_its_layout() -> None:
    """A day outside every fitting layout's dates leaves the first fitting one (the dates pick, never reject)."""
    page = FIXTURES / "etnews" / "etnews-2019-article-body.html"
    article = sinmun.extract(page.read_bytes(), url="http://www.etnews.com/20190421000101", reference_date="2016-01-04")
    assert article.site == "etnews/2019"


@pytest.mark.parametrize("name,newer,older", [("etnews", "2019", "2015"), ("segye", "2019", "2015"),
                                              ("mt", "2019", "2015"), ("hankyung", "2019", "2016"),
                                              ("imbc", "2019", "2015"), ("sbs", "2019", "2015")])
def test_an_older_layout_ends_the_day_before_the_next_one_starts(name, newer, older) -> None:
    """Where a source dates the change (a reader's selectors changed that day), the two layouts meet there."""
    by_version = {p.version: p for p in layouts(name)}
    assert by_version[older].valid_until is not None and by_version[newer].valid_from is not None
    assert by_version[older].valid_until + timedelta(days=1) == by_version[newer].valid_from


@pytest.mark.parametrize("day,site", [("2018-02-01", "segye/2015"), ("2019-07-13", "segye/2015"),
                                      ("2019-07-14", "segye/2019"), ("2020-05-01", "segye/2019")])
def test_a_segye_page_fitting_2015_and_2019_takes_the_one_in_use_on_its_day(day, site) -> None:
    """A 2019 page that still carries the 2015 layout's date line: the fetch day picks the layout."""
    page = (FIXTURES / "segye" / "segye-2019-newviewtitle.html").read_text(encoding="utf-8")
    both = page.replace('<div class="view_middleNews">',
                        '<div class="titleh1"></div><div id="SG_ArticleDateLine"></div>\n<div class="view_middleNews">')
    article = sinmun.extract(both, url="http://www.segye.com/newsView/20200311514321", reference_date=day)
    assert article.site == site


@pytest.mark.parametrize("name,newer", [("kbs", "2019"), ("ytn", "2021")])
def test_a_dated_layout_starts_the_day_after_the_older_one_ends(name, newer) -> None:
    """KBS 2019 and YTN 2021 are dated from the day the just-news reader changed to their selectors."""
    by_version = {p.version: p for p in layouts(name)}
    later, older = by_version[newer], by_version["2015"]
    assert later.valid_from is not None and older.valid_until is not None
    assert older.valid_until + timedelta(days=1) == later.valid_from
    assert by_version["current"].valid_from is None


def test_a_kbs_2015_page_is_read_by_the_2015_layout() -> None:
    page = (FIXTURES / "kbs" / "kbs-2015-sec-subject.html").read_bytes()
    article = sinmun.extract(page, url="http://news.kbs.co.kr/news/view.do?ncd=3300101")
    assert article.site == "kbs/2015"
    assert article.title == "가상군, 폐교 활용한 청년 창업 공간 문 열어"
    assert [r.name for r in article.reporters] == ["홍길동"]


@pytest.mark.parametrize("page,url,site", [
    ("newspim/newspim-mobile-viewcontents.html", "https://m.newspim.com/news/view/20260305000456", "newspim/mobile"),
    ("newspim/newspim-current-writetime.html", "https://m.newspim.com/news/view/20251214000123", "newspim/current"),
    ("edaily/edaily-mobile-article-body.html", "https://m.edaily.co.kr/News/Read?newsId=1", "edaily/mobile"),
    ("edaily/edaily-current-bracket-byline.html", "https://m.edaily.co.kr/News/Read?newsId=2", "edaily/current"),
])
def test_a_mobile_host_page_takes_the_layout_whose_text_container_it_has(page, url, site) -> None:
    """On the mobile host, a mobile page is read by the mobile layout and a desktop page by the desktop one."""
    article = sinmun.extract((FIXTURES / page).read_bytes(), url=url)
    assert article.site == site
    assert len(article.body_paragraphs) >= 3


@pytest.mark.parametrize("page,site", [("sbs/sbs-current-w-author.html", "sbs/current"),
                                       ("sbs/sbs-inline-photos.html", "sbs/2023"),
                                       ("tvchosun/tvchosun-current-view-title.html", "tvchosun/current"),
                                       ("tvchosun/tvchosun-fixture-two-reporters.html", "tvchosun/2023"),
                                       ("kbs/kbs-current-headline-title.html", "kbs/current"),
                                       ("kbs/kbs-two-reporters.html", "kbs/2019"),
                                       ("ytn/ytn-current-news-title.html", "ytn/current"),
                                       ("ytn/ytn-fixture-report.html", "ytn/2021")])
def test_the_2026_markup_is_the_current_layout_and_the_2023_one_its_own_version(page, site) -> None:
    """SBS's, TV조선's, KBS's and YTN's January 2026 pages (a public crawler's notes) against the earlier ones."""
    assert sinmun.extract((FIXTURES / page).read_bytes()).site == site


def test_etoday_2019_layout_ends_the_day_before_the_2020_one_starts() -> None:
    by_version = {p.version: p for p in layouts("etoday")}
    assert by_version["2019"].valid_until + timedelta(days=1) == by_version["2020"].valid_from


@pytest.mark.parametrize("day,site", [("2020-07-11", "pressian/2019"), ("2020-07-12", "pressian/2020")])
def test_a_pressian_page_fitting_the_2019_and_2020_layouts_takes_the_one_in_use_on_its_day(day, site) -> None:
    """A 2020 page that also carries the 2019 layout's markers: the day the scraper's selectors changed decides."""
    page = (FIXTURES / "pressian" / "pressian-2020-view-header.html").read_text(encoding="utf-8")
    both = page.replace('<div class="article_body">',
                        '<span class="hboxsubtitle"></span><span class="byotherspan"></span>\n'
                        ' <div id="news_body_area"></div>\n <div class="article_body">')
    article = sinmun.extract(both, url="http://www.pressian.com/news/article.html?no=290001", reference_date=day)
    assert article.site == site


@pytest.mark.parametrize("page,site", [("etoday/etoday-2019-newsview.html", "etoday/2019"),
                                       ("etoday/etoday-2020-main-title.html", "etoday/2020"),
                                       ("etoday/etoday-current-namecard.html", "etoday/current"),
                                       ("newspim/newspim-2019-bodynews.html", "newspim/2019"),
                                       ("heraldcorp/heraldcorp-2019-view-top-t2.html", "heraldcorp/2019"),
                                       ("heraldcorp/heraldcorp-2018-view-top.html", "heraldcorp/2018"),
                                       ("heraldcorp/heraldcorp-2016-view-php.html", "heraldcorp/2016"),
                                       ("pressian/pressian-2020-view-header.html", "pressian/2020"),
                                       ("yna/yna-2019-tit-article.html", "yna/2019"),
                                       ("dailian/dailian-2020-news-contents.html", "dailian/2020"),
                                       ("seoul/seoul-2020-s20-article.html", "seoul/2020"),
                                       ("hankookilbo/hankookilbo-2020-article-story.html", "hankookilbo/2020")])
def test_each_older_layout_reads_its_own_page(page, site) -> None:
    assert sinmun.extract((FIXTURES / page).read_bytes()).site == site


@pytest.mark.parametrize("name,older,newer", [("yna", "2019", "current"), ("dailian", "2015", "2020"),
                                              ("seoul", "2017", "2020"), ("hankookilbo", "2020", "2019")])
def test_the_scraper_dated_layouts_follow_each_other(name, older, newer) -> None:
    """The day the Java scraper's selectors changed ends one layout and starts the next."""
    by_version = {p.version: p for p in layouts(name)}
    assert by_version[older].valid_until + timedelta(days=1) == by_version[newer].valid_from


@pytest.mark.parametrize("name,since", [("yna", "2020-05-13"), ("mbn", "2020-07-12"), ("inews24", "2020-08-03")])
def test_a_current_layout_starts_with_the_scraper_selectors_that_still_fit_it(name, since) -> None:
    """The current layout's start: the first day the Java scraper read the markup it still has."""
    current = next(p for p in layouts(name) if p.version == "current")
    assert current.valid_from is not None and current.valid_from.isoformat() == since
