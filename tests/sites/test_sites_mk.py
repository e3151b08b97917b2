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


def test_layout_versions_are_told_apart():
    assert check_fixture_page("mk", "mk-fixture-online").site == "mk/current"
    assert check_fixture_page("mk", "mk-fixture-print").site == "mk/current"
    assert check_fixture_page("mk", "mk-fixture-2019-euckr").site == "mk/2019"


def test_page_without_url_is_recognised_by_its_markup():
    html = (FIXTURES / "mk" / "mk-fixture-print.html").read_bytes()
    article = sinmun.extract(html)
    assert article.site == "mk/current"
    assert [r.name for r in article.reporters] == ["류예제"]
