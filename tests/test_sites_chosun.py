"""조선일보 (www.chosun.com): the article is read from the embedded Fusion ANS JSON."""
import pytest

import sinmun
from sinmun.sites import chosun

from site_expect import FIXTURES, check_fixture_page, check_shared_page, fixture_stems, shared_stems

SITE = "www.chosun.com"


@pytest.mark.parametrize("stem", shared_stems(SITE))
def test_real_page_matches_expected_record(stem):
    article = check_shared_page(SITE, stem)
    assert article.site == "chosun/current"


@pytest.mark.parametrize("stem", fixture_stems("chosun"))
def test_fixture_page_matches_expected_record(stem):
    article = check_fixture_page("chosun", stem)
    assert article.updated == "2024-03-15T12:05:10+09:00"
    assert article.section == "사회 일반"
    assert [i.caption for i in article.images] == ["14일 옛 분교 교실을 고쳐 만든 마을 도서관에서 주민들이 책을 고르고 있다. /김가상 기자",
                                                   "도서관 입구에 걸린 주민 손글씨 현판. /독자 제공"]
    assert "body found by content scoring" not in article.warnings


def test_page_without_url_is_recognised_by_its_fusion_marker():
    html = (FIXTURES / "chosun" / "chosun-fixture-library.html").read_text(encoding="utf-8")
    article = sinmun.extract(html)
    assert article.site == "chosun/current"
    assert article.title == "“작은 도서관이 마을을 바꿨다”…폐교 살린 주민들"
    assert article.canonical_url.startswith("https://www.chosun.com/national/")


def test_broken_json_leaves_the_generic_record():
    html = (FIXTURES / "chosun" / "chosun-fixture-library.html").read_text(encoding="utf-8")
    broken = html.replace('Fusion.globalContent={"_id"', 'Fusion.globalContent={"_id" oops', 1)
    assert chosun.read_ans(broken) is None
    article = sinmun.extract(broken, url="https://www.chosun.com/national/x/")
    assert article.title == "“작은 도서관이 마을을 바꿨다”…폐교 살린 주민들"
    assert not article.is_article


def test_ans_reporters_prefer_the_korean_byline_over_the_western_name():
    story = {"credits": {"by": [{"name": "선민 박", "additional_properties": {"original": {
        "byline": "박선민 기자", "email": "kindmin@chosun.com"}}}, {"name": "스포츠조선 = 안소윤 기자", "byline": "스포츠조선 = 안소윤 기자"}]}}
    reporters = chosun.ans_reporters(story)
    assert [(r.name, r.email) for r in reporters] == [("박선민", "kindmin@chosun.com"), ("안소윤", None)]
