"""TV조선 (news.tvchosun.com): the 2023 layout (date line with 등록/수정, byline links with e-mails, photo\ncaptions) and the January 2026 one."""
import pytest

import sinmun

from site_expect import FIXTURES, check_fixture_page, check_shared_page, fixture_stems, shared_stems

SITE = "news.tvchosun.com"


@pytest.mark.parametrize("stem", shared_stems(SITE))
def test_real_page_matches_expected_record(stem):
    article = check_shared_page(SITE, stem)
    assert article.site == "tvchosun/2023"
    assert all(i.url.startswith("http://img.tvchosun.com/sitedata/") for i in article.images)


@pytest.mark.parametrize("stem", fixture_stems("tvchosun"))
def test_fixture_page_matches_expected_record(stem):
    check_fixture_page("tvchosun", stem)


def test_fixture_details():
    article = check_fixture_page("tvchosun", "tvchosun-fixture-two-reporters")
    assert article.copyright == "Copyrights ⓒ TV조선. 무단전재 및 재배포 금지"
    assert article.body_paragraphs[1].startswith("케이블카는 길이 2.4km로")


def test_page_without_url_is_recognised_by_its_markup():
    article = sinmun.extract((FIXTURES / "tvchosun" / "tvchosun-fixture-two-reporters.html").read_bytes())
    assert article.site == "tvchosun/2023"


def test_2026_page_takes_the_current_layout_by_url_and_by_markup():
    """The January 2026 markup (.view-title, .name-box, .text-box) is the current layout, with or without the URL."""
    page = (FIXTURES / "tvchosun" / "tvchosun-current-view-title.html").read_bytes()
    url = "https://news.tvchosun.com/site/data/html_dir/2026/01/08/2026010890123.html"
    for article in (sinmun.extract(page, url=url), sinmun.extract(page)):
        assert article.site == "tvchosun/current"
        assert [r.name for r in article.reporters] == ["홍길동"]
        assert article.section == "사회"
        assert article.images[0].caption == "가상시 한파 쉼터 내부 모습 / 가상시 제공"
    assert article.press == "TV조선"
