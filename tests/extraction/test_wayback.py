"""Web archive captures are read as the pages they archived."""
from datetime import date

import pytest

import sinmun
from sinmun.extraction.wayback import capture_date, find_capture, original_url, unwrap
from conftest import FIXTURES

WAYBACK = FIXTURES / "wayback"
MK_CAPTURE = "https://web.archive.org/web/20191115083012/http://news.mk.co.kr/newsRead.php?no=999123&year=2019"


@pytest.mark.parametrize("url, original", [
    ("https://web.archive.org/web/20191115083012/http://news.mk.co.kr/newsRead.php?no=1&year=2019",
     "http://news.mk.co.kr/newsRead.php?no=1&year=2019"),
    ("http://web.archive.org/web/20200101000000id_/https://www.gasang.example/a/1", "https://www.gasang.example/a/1"),
    ("https://web.archive.org/web/20200101000000im_/https://img.gasang.example/x.jpg", "https://img.gasang.example/x.jpg"),
    ("https://web.archive.org/web/20200101000000js_/http://www.gasang.example/a.js", "http://www.gasang.example/a.js"),
    ("https://web.archive.org/web/20200101000000cs_/http://www.gasang.example/a.css", "http://www.gasang.example/a.css"),
    ("web.archive.org/web/2015/www.gasang.example/news/2", None),  # no scheme on the capture URL itself
    ("//web.archive.org/web/2015/www.gasang.example/news/2", "http://www.gasang.example/news/2"),
    ("https://web.archive.org/web/20051102094522/http://www.gasang.example:80/", "http://www.gasang.example/"),
    ("https://web.archive.org/web/20051102094522/https:/www.gasang.example/x", "https://www.gasang.example/x"),
    ("https://www.gasang.example/web/20191115/http://x.example/", None),
    ("https://web.archive.org/web/*/http://www.gasang.example/", None),
    (None, None),
])
def test_original_url(url, original):
    assert original_url(url) == original


@pytest.mark.parametrize("url, day", [
    (MK_CAPTURE, date(2019, 11, 15)),
    ("https://web.archive.org/web/2019/http://x.example/", None),
    ("https://web.archive.org/web/20191399000000/http://x.example/", None),
    ("https://www.gasang.example/news/1", None),
])
def test_capture_date(url, day):
    assert capture_date(url) == day


def test_unwrap_drops_the_furniture_and_restores_links():
    page = (WAYBACK / "generic-capture.html").read_text(encoding="utf-8")
    clean = unwrap(page)
    for furniture in ("WAYBACK TOOLBAR", "__wm.", "/_static/", "archive_analytics", "FILE ARCHIVED ON",
                      "Wayback Rewrite JS Include", "web.archive.org", "/web/20161104"):
        assert furniture in page and furniture not in clean
    assert 'src="http://www.nara-news.example/news/photo/201611/4567_1.jpg"' in clean
    assert 'href="http://www.nara-news.example/"' in clean
    assert "<p>가상구가 가상천 생태공원 정비 공사를 마치고 3일 다시 문을 열었다.</p>" in clean


def test_unwrap_keeps_the_page_s_own_scripts_and_bytes():
    page = ('<head><script type="application/ld+json">{"@type": "NewsArticle"}</script>'
            '<script src="/web/2019js_/http://x.example/app.js"></script>'
            '<script src="/_static/js/wombat.js"></script></head><body>가나다</body>')
    assert unwrap(page) == ('<head><script type="application/ld+json">{"@type": "NewsArticle"}</script>'
                            '<script src="http://x.example/app.js"></script></head><body>가나다</body>')
    data = (WAYBACK / "mk-2019-capture.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):  # EUC-KR, as the site served it in 2019
        data.decode("utf-8")
    clean = unwrap(data)
    assert isinstance(clean, bytes) and "가상시 지하철 2단계 연장 착공".encode("cp949") in clean
    assert b"WAYBACK TOOLBAR" not in clean


def test_unwrap_of_unclosed_furniture_ends_and_is_linear():
    """An unclosed toolbar or script runs to the end of the page; work grows with the page, not faster."""
    assert unwrap("<p>a</p><!-- BEGIN WAYBACK TOOLBAR INSERT --><div>never closed") == "<p>a</p>"
    assert unwrap("<p>a</p><script>__wm.init(") == "<p>a</p>"
    hostile = "<script>" * 200_000 + "/web/1234/" * 50_000 + "<!-- BEGIN WAYBACK TOOLBAR INSERT -->" * 1000
    assert unwrap(hostile) == "<script>" * 200_000 + "/web/1234/" * 50_000  # the scripts are one unclosed script
    for opening in ("<script", "<link href=/_static/", "<!-- FILE ARCHIVED ON", "__wm.wombat(\"", "/web/2019"):
        unclosed = "<p>" + opening * 200_000
        assert unwrap(unclosed).startswith("<p>")
    assert find_capture("__wm.wombat(\"" + "a" * 500_000, None) is None


def test_a_capture_is_read_with_the_profile_of_its_original_host():
    article = sinmun.extract((WAYBACK / "mk-2019-capture.html").read_bytes(), url=MK_CAPTURE)
    assert article.site == "mk/2019"
    assert article.url == "http://news.mk.co.kr/newsRead.php?no=999123&year=2019"
    assert article.warnings == ["read from a web archive capture taken 2019-11-15"]


def test_a_saved_capture_without_its_url_is_known_by_the_archive_s_own_call():
    """A capture saved to a file (no URL) names its original and timestamp in ``__wm.wombat(...)``."""
    page = (WAYBACK / "generic-capture.html").read_bytes()
    capture = find_capture(page, None)
    assert capture is not None and capture.day == date(2016, 11, 4)
    assert capture.original_url == "http://www.nara-news.example/news/articleView.html?idxno=4567"
    article = sinmun.extract(page)
    assert article.published == "2016-11-03T14:05:00+09:00"  # the year from the capture day
    assert article.images[0].url == "http://www.nara-news.example/news/photo/201611/4567_1.jpg"


def test_a_given_reference_date_wins_over_the_capture_day():
    page = (WAYBACK / "generic-capture.html").read_bytes()
    article = sinmun.extract(page, url="https://web.archive.org/web/20161104021533/http://www.nara-news.example/"
                                       "news/articleView.html?idxno=4567", reference_date="2015-12-01")
    assert article.published == "2015-11-03T14:05:00+09:00"


def test_pages_that_are_not_captures_are_untouched():
    assert find_capture("<p>/web/20191115/http://x.example/</p>", "https://www.gasang.example/news/1") is None
    article = sinmun.extract("<html><body><div class='article_body'><p>" + "가상 기사 본문입니다. " * 10
                             + "<a href='/web/20191115/http://x.example/'>x</a></p></div></body></html>")
    assert not any("web archive" in w for w in article.warnings)
