"""YTN (www.ytn.co.kr): header title/time/section, <br><br> paragraphs, lead-image caption."""
import pytest

import sinmun

from site_expect import FIXTURES, check_fixture_page, check_shared_page, fixture_stems, shared_stems

SITE = "www.ytn.co.kr"


@pytest.mark.parametrize("stem", shared_stems(SITE))
def test_real_page_matches_expected_record(stem):
    article = check_shared_page(SITE, stem)
    assert article.site == "ytn/current"
    assert "&quot;" not in article.title


@pytest.mark.parametrize("stem", fixture_stems("ytn"))
def test_fixture_page_matches_expected_record(stem):
    check_fixture_page("ytn", stem)


def test_fixture_paragraphs_follow_break_runs():
    article = check_fixture_page("ytn", "ytn-fixture-report")
    assert "□ 관찰 기간 : 2024년 5월 1일 ~ 6월 10일 □ 관찰 장소 : 가상천 중류 3곳" in article.body_paragraphs
    assert article.body_paragraphs[0] == "[앵커]"
    assert article.body_paragraphs[-1] == "YTN 나가상입니다."
    assert article.subtitle == '하천 복원 10년 만에 확인 주민 관찰단 "새끼 두 마리 봤다"'
    assert article.section == "사회"
    assert article.published == "2024-06-12T14:30:00+09:00"


def test_page_without_url_is_recognised_by_its_markup():
    article = sinmun.extract((FIXTURES / "ytn" / "ytn-fixture-report.html").read_bytes())
    assert article.site == "ytn/current"
    assert article.press == "YTN"

