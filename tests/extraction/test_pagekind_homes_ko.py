"""Korean news home pages in the shapes real outlets' 2018 home pages have (fixtures written for the
project, invented text): each is rejected with a reason, with its URL and without it; the rules that
reject them leave stories alone."""
import sinmun
from conftest import FIXTURES
from sinmun.extraction import pagekind
from sinmun.extraction.parse import load

PAGES = FIXTURES / "nonarticle-ko"


def test_headline_links_run_together_in_one_line_are_a_list_line() -> None:
    """Teasers set side by side in ``span`` elements reach the body as one line made of their link texts."""
    index = pagekind._link_index({"가상시 시내버스 노선 전면 개편", "나라은행 기준금리 동결 결정", "하늘군 산불 감시원 늘린다"})
    assert pagekind._made_of_links("가상시 시내버스 노선 전면 개편나라은행 기준금리 동결 결정하늘군 산불 감시원 늘린다", index)
    assert pagekind._made_of_links("가상시 시내버스 노선 전면 개편 나라은행 기준금리 동결 결정", index)


def test_a_sentence_that_quotes_a_headline_is_not_a_list_line() -> None:
    index = pagekind._link_index({"가상시 시내버스 노선 전면 개편", "나라은행 기준금리 동결 결정"})
    one = "시는 가상시 시내버스 노선 전면 개편 계획을 다음 주 시의회에 보고한다고 밝혔다."
    both = "가상시 시내버스 노선 전면 개편과 나라은행 기준금리 동결 결정이 같은 날 발표되면서 시민들의 관심이 쏠렸다."
    assert not pagekind._made_of_links(one, index)
    assert not pagekind._made_of_links(both, index)


def test_a_home_page_of_span_headlines_is_rejected_without_its_url() -> None:
    """Without its URL the page's date (a registration date in the footer) and its missing headline weigh
    little; the lines made of headline links are what make it a list."""
    article = sinmun.extract((PAGES / "home-span-headlines.html").read_bytes())
    assert article.is_article is False
    assert "headline links and teasers" in article.warnings[-1]


def test_teasers_whose_link_sits_four_elements_under_the_list_item_are_teasers() -> None:
    """``li > div > div > div > a``: the list item is the teaser block, and its cut-off lead a teaser's line
    (with the URL of the site's root, and without it: the page declares og:type article)."""
    html = (PAGES / "home-deep-lead-list.html").read_bytes()
    for url in ("https://www.gasangsinmun.example/", None):
        article = sinmun.extract(html, url=url)
        assert article.is_article is False
        assert "teaser blocks outweigh the story text" in article.warnings[-1]


def test_a_colophon_registration_date_is_no_publication_time() -> None:
    """Korean outlets print their registration date (등록일자) in every page's footer; a home page whose only
    written day is that one has no publication time, and at its site's root it is a home page even when it
    declares og:type article."""
    html = (PAGES / "home-colophon-date.html").read_bytes()
    article = sinmun.extract(html, url="https://www.gasangtv.example/")
    assert article.published and article.published.startswith("2011-03-02")  # the date reader's pick
    assert article.is_article is False
    assert "the only date is the outlet's registration date" in article.warnings[-1]


def test_a_story_dated_in_its_byline_keeps_its_publication_time() -> None:
    """The same day written once in the byline (입력) and once in the colophon is a story's date."""
    story = "".join(f"<p>가상시가 시내버스 노선을 다음 달 전면 개편한다고 {n}일 밝혔다. 시는 배차 간격을 줄인다.</p>"
                    for n in range(1, 6))
    html = (f"<html><head><title>가상시 버스노선 개편</title></head><body><h1>가상시 버스노선 개편</h1>"
            f"<p class='date'>입력 2011.03.02 09:00</p>{story}<p class='foot'>등록일자: 2011.03.02 | 발행인: 홍길동</p>"
            f"</body></html>")
    article = sinmun.extract(html)
    assert pagekind.publication_signal(load(html), article).weight < 0
    assert article.is_article is True
