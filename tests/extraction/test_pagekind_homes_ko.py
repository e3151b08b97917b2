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


def test_a_home_whose_lead_and_teasers_sit_inside_their_links_is_rejected() -> None:
    """A wire service's home sets its top story's whole lead text, and each teaser's cut-off lead, inside the
    story's link: no single link holds most of the body the reader takes, but the links between them do."""
    html = (PAGES / "home-linked-leads.html").read_bytes()
    for url in ("https://www.gasangtongsin.example/", None):
        article = sinmun.extract(html, url=url)
        assert article.is_article is False
        assert "the body is the text of 6 links to other stories" in article.warnings[-1]


def test_paragraphs_are_counted_inside_the_links_that_hold_them() -> None:
    body = ["가상시가 시내버스 노선을 다음 달 전면 개편한다고 밝혔다.", "나라은행이 기준금리를 석 달째 동결했다.", "정치"]
    links = ["가상시가시내버스노선을다음달전면개편한다고밝혔다.시는배차간격을줄인다.정치", "나라은행이기준금리를석달째동결했다."]
    holding, inside = pagekind._paragraphs_in_links([p.replace(" ", "") for p in body], links)
    assert holding == {0, 1}
    assert inside == sum(len(p.replace(" ", "")) for p in body)  # the short label counts: a holding link has it
    holding, inside = pagekind._paragraphs_in_links(["정치", "사회"], ["정치사회경제문화"])
    assert (holding, inside) == (set(), 0)  # labels alone are not looked for


def test_a_story_beside_long_linked_teasers_is_not_the_text_of_links() -> None:
    """A story's own paragraphs are in no link; the related stories' long linked leads under it do not make
    its body the text of links."""
    story = "".join(f"<p>가상시가 시내버스 노선을 다음 달 전면 개편한다고 {n}일 밝혔다. 시는 출퇴근 시간대 배차 간격을 줄이고 "
                    f"외곽 지역을 잇는 순환 노선을 새로 만든다. 시 관계자는 시민 의견을 반영했다고 말했다.</p>"
                    for n in range(1, 7))
    related = "".join(f"<li><a href='/view?id=NISX20180318_00001002{n}'>관련 기사 {n}: 나라은행이 기준금리를 석 달째 "
                      f"동결했다. 금융통화위원회는 물가 상승세가 둔화하고 있지만 가계 부채가 여전히 많다는 점을 "
                      f"고려했다고 설명했다. 시장에서는 하반기 인하 가능성을 점치는 목소리가 커지고 있다.</a></li>"
                      for n in range(10, 16))
    html = (f"<html><head><title>가상시 버스노선 전면 개편</title></head><body><h1>가상시 버스노선 전면 개편</h1>"
            f"<p class='date'>입력 2018.03.18 09:00</p><div class='article'>{story}</div>"
            f"<ul class='related'>{related}</ul></body></html>")
    article = sinmun.extract(html)
    assert article.is_article is True
    assert not any("links to other stories" in w for w in article.warnings)


def test_a_bare_article_number_as_the_query_names_an_article() -> None:
    """A wire service's stories live at ``/articles/?3265041`` (the number alone, no key): the path's list
    word does not make that a list; its sections' short codes (``/categories/?13``) and a day stay lists."""
    story = pagekind.url_signals("https://www.gasangtongsin.example/articles/?3265041")
    assert [s.reason for s in story] == ["the URL names an article"]
    assert pagekind.url_signals("https://www.gasangtongsin.example/categories/?13")[0].weight > 0
    assert pagekind.url_signals("https://www.gasangtongsin.example/categories/?20180318")[0].weight > 0


def test_teasers_whose_links_are_bare_article_numbers_are_story_links() -> None:
    """The home's teasers link ``/articles/?NNN``: a body made of their linked leads is their links' text."""
    html = (PAGES / "home-linked-leads.html").read_bytes().replace(b"/view?id=NISX20180318_00001", b"/articles/?1")
    article = sinmun.extract(html)
    assert article.is_article is False
    assert "links to other stories" in article.warnings[-1]


def test_a_board_posts_registration_label_is_its_date() -> None:
    """A board writes a post's date as ``등록일 …`` under its subject; with no colophon entry beside it (등록번호,
    발행인, 제호 …) that is the post's publication time, even on a home path."""
    story = "".join(f"<p>가상면 주민자치회가 경로당 다섯 곳에 안마의자를 놓았다고 {n}일 밝혔다. 기금은 바자회에서 모았다.</p>"
                    for n in range(1, 4))
    html = (f"<html><head><title>가상면 소식</title></head><body><div class='subject'>가상면 경로당에 안마의자</div>"
            f"<div class='date'>등록일 2025-01-14 | 조회 57</div>{story}</body></html>")
    article = sinmun.extract(html, url="https://www.gasang-myeon.example/index.php?number=12")
    assert pagekind.publication_signal(load(html), article).weight < 0
    assert article.is_article is True
    colophon = html.replace("| 조회 57", "| 등록번호 가상 아00000")
    assert pagekind.publication_signal(load(colophon), sinmun.extract(colophon)).weight > 0
