"""매일경제 (www.mk.co.kr): online and print-edition body layouts."""
import pytest

import sinmun

from site_expect import FIXTURES, check_fixture_page, check_shared_page, fixture_stems, shared_stems

SITE = "www.mk.co.kr"


@pytest.mark.parametrize("stem", shared_stems(SITE))
def test_real_page_matches_expected_record(stem):
    article = check_shared_page(SITE, stem)
    assert article.site == "mk/current"
    assert article.section and not article.section.isascii()  # the Korean label, not the URL slug


@pytest.mark.parametrize("stem", fixture_stems("mk"))
def test_fixture_page_matches_expected_record(stem):
    article = check_fixture_page("mk", stem)
    assert article.subtitle and article.subtitle not in " ".join(article.body_paragraphs)


def test_online_fixture_details():
    article = check_fixture_page("mk", "mk-fixture-online")
    assert article.subtitle == '배달 앱 입점 시장 300곳 넘어 상인회 "젊은 손님 늘었다"'
    assert article.updated == "2025-02-03T11:40:00+09:00"
    assert article.section == "경제"
    assert [i.caption for i in article.images] == ["2일 서울의 한 전통시장에서 상인이 온라인 주문 상품을 포장하고 있다. [사진 = 한예시 기자]", None]


def test_page_without_url_is_recognised_by_its_markup():
    html = (FIXTURES / "mk" / "mk-fixture-print.html").read_bytes()
    article = sinmun.extract(html)
    assert article.site == "mk/current"
    assert [r.name for r in article.reporters] == ["류예제"]
