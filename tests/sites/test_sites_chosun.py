"""조선일보 (www.chosun.com): the article is read from the embedded Fusion ANS JSON."""
import pytest

import sinmun
from sinmun.extraction import arc

from site_expect import FIXTURES, check_fixture_page, check_shared_page, fixture_stems, shared_stems

SITE = "www.chosun.com"


@pytest.mark.parametrize("stem", shared_stems(SITE))
def test_real_page_matches_expected_record(stem):
    article = check_shared_page(SITE, stem)
    assert article.site == "chosun/current"


@pytest.mark.parametrize("stem", fixture_stems("chosun"))
def test_fixture_page_matches_expected_record(stem):
    check_fixture_page("chosun", stem)


def test_ans_fixture_is_read_from_the_json():
    article = check_fixture_page("chosun", "chosun-fixture-library")
    assert article.site == "chosun/current"
    assert "body found by content scoring" not in article.warnings
    assert article.boilerplate_removed == 1  # the trailing byline text element


def test_2019_layout_in_euc_kr_is_its_own_version():
    article = check_fixture_page("chosun", "chosun-fixture-2019-euckr")
    assert article.site == "chosun/2019"
    assert article.copyright.startswith("Copyright ⓒ 조선일보")
    assert sinmun.extract((FIXTURES / "chosun" / "chosun-fixture-2019-euckr.html").read_bytes()).site == "chosun/2019"


def test_page_without_url_is_recognised_by_its_fusion_marker():
    html = (FIXTURES / "chosun" / "chosun-fixture-library.html").read_text(encoding="utf-8")
    article = sinmun.extract(html)
    assert article.site == "chosun/current"
    assert article.title == "“작은 도서관이 마을을 바꿨다”…폐교 살린 주민들"
    assert article.canonical_url.startswith("https://www.chosun.com/national/")


def test_broken_json_leaves_the_generic_record():
    html = (FIXTURES / "chosun" / "chosun-fixture-library.html").read_text(encoding="utf-8")
    broken = html.replace('Fusion.globalContent={"_id"', 'Fusion.globalContent={"_id" oops', 1)
    assert arc.read_ans(broken) is None
    article = sinmun.extract(broken, url="https://www.chosun.com/national/x/")
    assert article.title == "“작은 도서관이 마을을 바꿨다”…폐교 살린 주민들"
    assert not article.is_article


def test_ans_reporters_prefer_the_korean_byline_over_the_western_name():
    story = {"credits": {"by": [{"name": "길동 홍", "additional_properties": {"original": {
        "byline": "홍길동 기자", "email": "gildong@example.com"}}}, {"name": "스포츠가상 = 김철수 기자", "byline": "스포츠가상 = 김철수 기자"}]}}
    reporters = arc.ans_reporters(story)
    assert [(r.name, r.email) for r in reporters] == [("홍길동", "gildong@example.com"), ("김철수", None)]


def test_ans_elements_inline_markup_galleries_and_organisation_authors():
    story = {"credits": {"by": [{"name": "조선일보"}, {"name": "홍예시"}]},
             "content_elements": [
                 {"type": "text", "content": "첫 줄<br/>둘째 줄에는 <b>강조</b>했다 &amp; 끝."},
                 {"type": "gallery", "content_elements": [
                     {"type": "image", "url": "https://example.com/a.jpg", "caption": "사진 하나"},
                     {"type": "video", "url": "https://example.com/v.mp4"}]},
                 {"type": "interstitial_link", "content": "관련 기사 보기"},
                 {"type": "raw_html", "content": "<custom-ad>광고</custom-ad>"}]}
    paragraphs, images = arc.ans_paragraphs_and_images(story)
    assert paragraphs == ["첫 줄 둘째 줄에는 강조했다 & 끝."]
    assert [(i.url, i.caption) for i in images] == [("https://example.com/a.jpg", "사진 하나")]
    assert [r.name for r in arc.ans_reporters(story)] == ["홍예시"]
