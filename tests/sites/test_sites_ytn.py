"""YTN (www.ytn.co.kr): the 2021 layout (header title/time/section, <br><br> paragraphs, lead-image caption)
and the January 2026 one."""
import pytest

import sinmun

from site_expect import FIXTURES, check_fixture_page, check_shared_page, fixture_stems, shared_stems

SITE = "www.ytn.co.kr"


@pytest.mark.parametrize("stem", shared_stems(SITE))
def test_real_page_matches_expected_record(stem):
    article = check_shared_page(SITE, stem)
    assert article.site == "ytn/2021"
    assert "&quot;" not in article.title


@pytest.mark.parametrize("stem", fixture_stems("ytn"))
def test_fixture_page_matches_expected_record(stem):
    check_fixture_page("ytn", stem)


def test_fixture_paragraphs_follow_break_runs():
    article = check_fixture_page("ytn", "ytn-fixture-report")
    assert "□ 관찰 기간 : 2024년 5월 1일 ~ 6월 10일 □ 관찰 장소 : 가상천 중류 3곳" in article.body_paragraphs
    assert article.body_paragraphs[0] == "[앵커]"
    assert article.body_paragraphs[-1] == "YTN 나가상입니다."


def test_page_without_url_is_recognised_by_its_markup():
    article = sinmun.extract((FIXTURES / "ytn" / "ytn-fixture-report.html").read_bytes())
    assert article.site == "ytn/2021"
    assert article.press == "YTN"



def test_other_cms_with_the_same_body_id_is_not_taken_for_ytn():
    html = ("<html><head><meta charset='utf-8'><title>가상 지역신문</title></head><body><h1>가상 지역 축제 개막</h1>"
            "<div id='CmAdContent'><p>가상 지역의 봄 축제가 오늘 문을 열었다. 주최 측은 사흘 동안 10만 명이 찾을 것으로 내다봤다.</p>"
            "<p>축제장에는 지역 농산물 장터와 공연 무대가 마련됐다.</p></div></body></html>")
    article = sinmun.extract(html)
    assert article.site is None or not article.site.startswith("ytn")
    assert article.press != "YTN"


def test_2026_page_takes_the_current_layout_by_url_and_by_markup():
    """The January 2026 markup (h2.news_title, .news_info, #CmAdContent.paragraph) is the current layout."""
    page = (FIXTURES / "ytn" / "ytn-current-news-title.html").read_bytes()
    for article in (sinmun.extract(page, url="https://www.ytn.co.kr/_ln/0103_202601150915012345"), sinmun.extract(page)):
        assert article.site == "ytn/current"
        assert article.published == "2026-01-15T09:15:00+09:00"
        assert article.section == "사회"
