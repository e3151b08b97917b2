"""Fields of outlets nobody profiled: the press of a known outlet's own host, a byline and date line in
the blocks after the headline, a dateline after a subtitle line, author meta tags, a deck in the heading under
the headline."""
from __future__ import annotations

import pytest

import sinmun
from sinmun.extraction.headline import header_blocks, heading_under, headline_node, visible_headline
from sinmun.extraction.people import from_body
from sinmun.extraction.presses import press_from_own_host
from selectolax.lexbor import LexborHTMLParser


def test_own_host_of_a_known_outlet_names_it() -> None:
    assert press_from_own_host("www.zdnet.co.kr") == "지디넷코리아"
    assert press_from_own_host("m.sportschosun.com") == "스포츠조선"
    assert press_from_own_host("news.chosun.com") == "조선일보"
    assert press_from_own_host("biz.chosun.com") == "조선비즈"


def test_other_subdomains_and_unknown_hosts_name_nobody() -> None:
    assert press_from_own_host("health.chosun.com") is None  # may be a sister outlet the table lacks
    assert press_from_own_host("www.gasang.example") is None
    assert press_from_own_host(None) is None


def test_known_outlet_host_beats_a_brand_in_site_name() -> None:
    html = ("<html><head><meta property='og:site_name' content='SisaIN Brand'></head><body><h1>가상 제목 기사입니다</h1>"
            "<div class='txt'>" + "<p>가상 본문 문장이 이어지고 있다고 밝혔다.</p>" * 4 + "</div></body></html>")
    article = sinmun.extract(html, "https://www.sisain.co.kr/story/1234")
    assert article.press == "시사IN"


def test_dateline_after_a_subtitle_line_names_the_reporter() -> None:
    paragraphs = ["군 지역 노선까지 포함", "[가상=가상통신] 홍길동 기자 = 가상도가 버스 요금을 내린다고 6일 밝혔다.", "둘째 문단."]
    assert [r.name for r in from_body(paragraphs, [])] == ["홍길동"]
    assert from_body(["첫 문단.", "둘째 문단.", "셋째 문단.", "[가상=가상통신] 홍길동 기자 = 넷째."], []) == []


def test_header_blocks_stop_at_the_first_paragraph_and_skip_photos() -> None:
    tree = LexborHTMLParser(
        "<body><h1 class='logo'><a>가상일보</a></h1><div class='tbox'><p class='t'>가상 제목 하나 둘</p>"
        "<div><span>경제</span> | <span>2024.01.02 10:00</span></div><figure><figcaption>사진 /김철수 기자"
        "</figcaption></figure><div>홍길동 기자</div></div><div class='body'><p>첫 문단이 시작된다고 밝혔다.</p>"
        "<p>나가람 기자</p></div></body>")
    assert headline_node(tree, "가상 제목 하나 둘").tag == "p"
    assert header_blocks(tree, "가상 제목 하나 둘", "첫 문단이 시작된다고 밝혔다.") == ["경제 | 2024.01.02 10:00",
                                                                                  "홍길동 기자"]


@pytest.mark.parametrize("other_stories", [
    "<aside><div><span>홍길동 기자 2025.10.27</span><p>" + "가상 문장이 길게 이어진다. " * 14 + "</p></div></aside>",
    "<aside><span>홍길동 기자 2025.10.27</span></aside>",
    "<div class='side'><h4><a href='/news/2'>가상 다른 기사 제목</a></h4><p>" + "가상 문장이 길게 이어진다. " * 14
    + "</p><span>홍길동 기자 2025.10.27</span></div>",
])
def test_header_blocks_stop_where_other_stories_are_listed(other_stories) -> None:
    """A photo story has no first paragraph for the walk to stop at: a sidebar, or a box of headline links, ends it."""
    tree = LexborHTMLParser("<body><div class='v'><h1>가상 사진 제목 하나</h1><div>입력 2025.10.28 15:20</div>"
                            "<figure><img src='/p.jpg'><figcaption>가상 사진 설명이다. /김철수 기자</figcaption></figure>"
                            "</div>" + other_stories + "</body>")
    assert header_blocks(tree, "가상 사진 제목 하나", None) == ["입력 2025.10.28 15:20"]


def test_label_after_the_title_word_is_no_name() -> None:
    html = ("<html><head><title>가상 제목 기사입니다</title></head><body><div class='vt'>가상 제목 기사입니다</div><ul><li><a href='#'>홍길동</a> 기자"
            "<dl><dt>기자 정보</dt><dd>gildong@gasang.example</dd></dl></li></ul><div class='txt'>"
            + "<p>가상 본문 문장이 이어지고 있다고 밝혔다.</p>" * 4 + "</div></body></html>")
    article = sinmun.extract(html, "https://www.gasang.example/news/1")
    assert [r.name for r in article.reporters] == ["홍길동"]


def test_nextweb_reporter_meta_names_the_reporter() -> None:
    html = ("<html><head><meta name='nextweb:reporter' content='남궁현'></head><body><h1>가상 제목 기사입니다</h1>"
            "<div class='txt'>" + "<p>가상 본문 문장이 이어지고 있다고 밝혔다.</p>" * 4 + "</div></body></html>")
    assert [r.name for r in sinmun.extract(html, "https://www.gasang.example/news/2").reporters] == ["남궁현"]


def _article(lead: str, paragraphs: list[str]) -> str:
    return ("<html><head><title>가상시, 버스 노선 개편</title></head><body><h1>가상시, 버스 노선 개편</h1>"
            "<div class='story'>" + lead + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></body></html>")


STORY = ["가상시가 시내버스 노선을 개편한 지 한 달 만에 환승 시간이 평균 4분 줄었다고 밝혔다.",
         "시는 교통카드 자료를 분석한 결과 출근 시간대 대기 시간이 11분에서 7분으로 줄었다고 설명했다.",
         "시는 내년에 노선 여섯 개를 더 바꿀 계획이다."]


def test_headline_like_lines_opening_a_generic_body_are_its_subtitle() -> None:
    article = sinmun.extract(_article("<div class='lead_box'>간선 12개 노선 직선화<br>배차 간격 3분 단축</div>", STORY),
                             "https://www.gasang.example/news/3")
    assert article.subtitle == "간선 12개 노선 직선화 배차 간격 3분 단축"
    assert article.body_paragraphs == STORY


def test_an_opening_sentence_or_a_clause_is_no_subtitle() -> None:
    for lead in ("<p>가상시가 노선을 바꿨다.</p>", "<p>동글동글 귀여운 모양과 붉은 색깔,</p>", "<p>[앵커] 버스 노선이 바뀝니다</p>"):
        article = sinmun.extract(_article(lead, STORY), "https://www.gasang.example/news/4")
        assert article.subtitle is None, lead
        assert len(article.body_paragraphs) == 4, lead


def test_captions_ending_with_the_photo_credit_leave_the_body() -> None:
    captions = ["가상카드가 내놓은 청년 전용 카드. 가상카드 제공", "착공식 모습 /가상시 제공",
                "수소 충전소. [사진=가상에너지]", "편의점에서 직원이 도시락을 진열하고 있다. 사진=가상일보 DB"]
    for caption in captions:
        article = sinmun.extract(_article("", [STORY[0], caption, *STORY[1:]]), "https://www.gasang.example/news/5")
        assert article.body_paragraphs == STORY, caption


def test_sentences_that_end_with_a_credit_word_stay() -> None:
    kept = ["시는 주민에게 무료 와이파이를 제공했다.", "이번 조사는 가상연구원이 자료를 제공했다. (사진=가상통신)"]
    article = sinmun.extract(_article("", [STORY[0], *kept, *STORY[1:]]), "https://www.gasang.example/news/6")
    assert article.body_paragraphs == [STORY[0], *kept, *STORY[1:]]


def test_a_masthead_h1_is_no_headline() -> None:
    html = ("<html><head><title>가상시 버스 노선 개편 한 달 - Gasang Media</title></head><body>"
            "<div id='site-title'><a href='/'><h1>가상 미디어</h1></a></div><div class='story'>"
            + "".join(f"<p>{p}</p>" for p in STORY) + "</div></body></html>")
    assert sinmun.extract(html, "https://www.gasang.example/news/7").title != "가상 미디어"


def test_text_and_photo_credit_names_the_writer() -> None:
    from sinmun.extraction.bylines import find_reporters
    assert [r.name for r in find_reporters("글·사진=홍길동 기자")] == ["홍길동"]
    assert [r.name for r in find_reporters("글/사진=홍길동 기자")] == ["홍길동"]
    assert find_reporters("사진=홍길동 기자") == []


def test_the_headline_element_beats_metadata_that_says_the_same_with_other_marks() -> None:
    body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"
    html = ("<html><head><meta property='og:title' content='가상시 버스 노선 개편 한 달'>"
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"가상시 '버스 노선' 개편 한 달\"}"
            "</script></head><body><div class='art_head'><h3>가상시 \"버스 노선\" 개편 한 달</h3></div>" + body + "</body></html>")
    assert sinmun.extract(html, "https://www.gasang.example/news/8").title == '가상시 "버스 노선" 개편 한 달'


def test_a_heading_that_says_something_else_is_not_the_title() -> None:
    body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"
    html = ("<html><head><meta property='og:title' content='가상시 버스 노선 개편 한 달'></head><body>"
            "<h2>많이 본 뉴스 모음</h2>" + body + "</body></html>")
    assert sinmun.extract(html, "https://www.gasang.example/news/9").title == "가상시 버스 노선 개편 한 달"


def test_a_list_link_line_is_page_navigation() -> None:
    from sinmun.extraction.clean import boilerplate_rule
    assert boilerplate_rule("정치 기사목록 전체보기") == "page-nav"
    assert boilerplate_rule("그는 기사 목록을 보기 위해 접속했다.") is None


def test_bylines_under_other_stories_teasers_name_nobody() -> None:
    body = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"
    html = ("<html><head><title>가상시 버스 노선 개편 한 달</title></head><body><h1>가상시 버스 노선 개편 한 달</h1>"
            "<div class='byline'>홍길동 기자</div>" + body + "<ul class='popular'><li><a href='/a/2'>가상 인기 기사 하나 둘</a>"
            "<div class='byline'>김철수 기자</div></li></ul></body></html>")
    assert [r.name for r in sinmun.extract(html, "https://www.gasang.example/news/10").reporters] == ["홍길동"]


def test_a_date_block_whose_class_holds_ad_letters_is_read() -> None:
    tree = LexborHTMLParser("<body><div class='read_title'>가상 제목 하나 둘</div><div class='read_time'>2019년 03월 20일(수) "
                            "09:00</div><div class='ad_box'>가상 광고</div><p>첫 문단이 시작된다고 밝혔다.</p></body>")
    assert header_blocks(tree, "가상 제목 하나 둘", "첫 문단이 시작된다고 밝혔다.") == ["2019년 03월 20일(수) 09:00"]


def test_a_summary_panel_with_its_own_button_does_not_join_the_body() -> None:
    panel = ("<div class='control'><button>요약 보기</button><div class='panel'><button class='close'>닫기</button>"
             "<p>이 요약은 자동으로 만들어졌습니다. 전체 맥락은 기사 본문에서 확인하시기 바랍니다.</p>"
             "<p>가상시는 노선 개편 뒤 환승 대기가 크게 줄었다고 평가했다.</p><p>시는 노선을 더 바꿀 방침이다.</p></div></div>")
    html = ("<html><head><title>가상시 버스 노선 개편 한 달</title></head><body><article><h1>가상시 버스 노선 개편 한 달</h1>"
            + panel + "<div class='story'>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div></article></body></html>")
    assert sinmun.extract(html, "https://www.gasang.example/news/11").body_paragraphs == STORY


def test_pointers_to_other_stories_in_other_languages_leave_the_body() -> None:
    from sinmun.extraction.clean import boilerplate_rule
    for line in ("Read more: How the invented economy works", "Lesen Sie auch: Die erfundene Bahn streikt", "See also"):
        assert boilerplate_rule(line) == "related-list", line
    for line in ("Related to this, the company said it would grow.", "See also the discussion below."):
        assert boilerplate_rule(line) is None, line


def test_a_block_that_is_only_another_storys_headline_link_leaves_a_generic_body() -> None:
    teaser = "<div class='bot'><a href='/news/view/2025120100077'>가상 관련 기사 제목 하나</a></div>"
    html = ("<html><head><title>가상시 버스 노선 개편 한 달</title></head><body><h1>가상시 버스 노선 개편 한 달</h1>"
            "<div class='story'>" + "".join(f"<p>{p}</p>" for p in STORY) + teaser + "</div></body></html>")
    assert sinmun.extract(html, "https://www.gasang.example/news/12").body_paragraphs == STORY
    kept = "<p><a href='/report.pdf'>보고서 원문은 가상시 누리집에서 내려받을 수 있다.</a></p>"
    html = html.replace(teaser, kept)
    assert len(sinmun.extract(html, "https://www.gasang.example/news/12").body_paragraphs) == 4


def test_the_header_text_of_a_huge_page_is_its_first_characters() -> None:
    from sinmun.extraction import times
    from sinmun.extraction.parse import load
    html = "<html><body><p>입력 2024.01.02 10:00</p>" + "<p>가상 문장입니다.</p>" * 120_000 + "</body></html>"
    page = load(html)
    assert len(page.html) > times.BOUNDED_HEADER_FROM_CHARS
    text = times.header_text(page)
    whole = page.tree.body.text(separator=" ", strip=True)
    assert text.startswith("입력 2024.01.02 10:00 가상 문장입니다.") and whole.startswith(text)
    assert times.MAX_HEADER_CHARS - 20 < len(text) <= times.MAX_HEADER_CHARS


# ----------------------------------------------------------------- a deck in the heading under the headline
@pytest.mark.parametrize("header, deck", [
    ("<h1>가상 제목 하나 둘</h1>\n<h2>가상구, 내년 봄까지 둔치 정비</h2>", "가상구, 내년 봄까지 둔치 정비"),
    ("<h3 class='tit'><a href='/v/1'>가상 제목 하나 둘</a></h3><!-- deck --><h4>가상구, 내년 봄까지 둔치 정비</h4>",
     "가상구, 내년 봄까지 둔치 정비"),
    ("<h1>가상 제목 하나 둘</h1><h2>가상구</h2>", None),  # too short for a deck
    ("<h2>가상 제목 하나 둘</h2><h2>가상구, 내년 봄까지 둔치 정비</h2>", None),  # a heading of the same rank
    ("<h1>가상 제목 하나 둘</h1> 사회 <h2>가상구, 내년 봄까지 둔치 정비</h2>", None),  # text between them
    ("<h1>가상 제목 하나 둘</h1><h2><a href='/s'>사회</a> <a href='/l'>지역 소식 모음</a></h2>", None),  # a menu
    ("<h1>가상 제목 하나 둘</h1><p>가상구, 내년 봄까지 둔치 정비</p>", None),  # no heading
])
def test_the_heading_under_the_headline(header, deck):
    tree = LexborHTMLParser(f"<html><body><div>{header}</div><p>첫 문단이 시작된다고 밝혔다.</p></body></html>")
    assert heading_under(headline_node(tree, "가상 제목 하나 둘")) == deck


@pytest.mark.parametrize("deck, subtitle", [
    ("가상구, 내년 봄까지 둔치 정비… 자전거길도 낸다", "가상구, 내년 봄까지 둔치 정비… 자전거길도 낸다"),
    ("나가람 기자 garam@gasang.example", None),  # a byline set as a heading
    ("By Jane Doe Monday, November 18, 2019", None),
    ("입력 2025.11.03 10:20 수정 2025.11.03 11:00", None),
])
def test_a_deck_heading_is_the_subtitle_unless_it_is_a_byline_or_dates(deck, subtitle):
    html = (f"<html><head><title>가상 제목 하나 둘</title></head><body><h1>가상 제목 하나 둘</h1><h2>{deck}</h2>"
            "<div class='view_body'><p>가상구가 가상천 둔치를 따라 4km 길이의 산책로를 새로 만든다고 3일 밝혔다.</p>"
            "<p>구는 내년 봄까지 하천 양쪽 둔치를 정비하고 자전거 전용 도로를 따로 낼 계획이다.</p>"
            "<p>산책로 곳곳에는 쉼터와 가로등이 들어서며 밤에도 걸을 수 있도록 바닥 조명을 단다.</p></div></body></html>")
    assert sinmun.extract(html, "https://www.gasang.example/news/1").subtitle == subtitle


# ----------------------------------------------------------------- labels inside the headline's heading
@pytest.mark.parametrize("heading, offered, title", [
    ("<h1><span class='cate'>사회</span> 가상 제목 하나 둘</h1>", ["가상 제목 하나 둘 - 가상일보", "가상 제목 하나 둘"],
     "가상 제목 하나 둘"),
    ("<h1>가상 제목 하나 둘 <em>2025.12.01 07:30</em></h1>", ["가상 제목 하나 둘"], "가상 제목 하나 둘"),
    ("<h1><b>[단독]</b> 가상 제목 하나 둘</h1>", ["[단독] 가상 제목 하나 둘"], "[단독] 가상 제목 하나 둘"),
    ("<h1><span class='cate'>사회</span> 가상 제목 하나 둘</h1>", ["전혀 다른 제목입니다"], None),
])
def test_a_label_inside_the_headline_is_no_part_of_the_title(heading, offered, title):
    tree = LexborHTMLParser(f"<html><body>{heading}<p>첫 문단이 시작된다고 밝혔다.</p></body></html>")
    assert visible_headline(tree, offered) == title


def test_the_h1_title_keeps_the_spaces_between_inline_elements():
    html = ("<html><body><h1>가상시 <em>새</em> 도서관 문 연다</h1><div><p>가상시가 시청 옆 옛 창고 건물을 고쳐 만든 새 도서관이 "
            "다음 달 문을 연다.</p><p>도서관에는 책 십만 권과 어린이 열람실, 주민 모임 공간이 들어선다고 시는 밝혔다.</p></div></body></html>")
    assert sinmun.extract(html).title == "가상시 새 도서관 문 연다"


@pytest.mark.parametrize(("line", "rule"), [
    ("Zobacz także", "related-list"), ("Czytaj też: Nowa biblioteka w Gasang", "related-list"),
    ("Veja também:", "related-list"), ("Siehe auch: Das neue Schwimmbad", "related-list"),
    ("Explore further", "related-list"), ("Weitere Informationen", "related-list"),
    ("Like it? Share it!", "subscribe-share"), ("Share this article:", "subscribe-share"),
    ("Möchten Sie den Artikel teilen?", "subscribe-share"), ("Den Artikel mit anderen teilen/diskutieren:", "subscribe-share"),
    ("Drucken", "subscribe-share"), ("Print", "subscribe-share"),
    ("Join our Newsletter for the latest news right to your inbox", "subscribe-share"),
    ("Verpasse keine News zu Hardware & Gadgets", "subscribe-share"),
    ("War der Artikel nützlich? (95 Stimmen: 4,73 von 5) Loading...", "rating-widget"),
    ("(No ratings yet) Loading...", "rating-widget"),
    ("Comments are closed.", "comment-widget"), ("Kommentarfeed | Kommentare geschlossen | Trackback-URL", "comment-widget"),
    ("This entry was posted in Local and tagged library. Bookmark the permalink.", "tag-list"),
    ("Dieser Eintrag wurde veröffentlicht in Stadt und verschlagwortet mit Bibliothek.", "tag-list"),
    ("Permalink https://p.gasang.example/p/1x2", "tag-list"),
    ("Über den Autor", "author-box"), ("About the author", "author-box"),
])
def test_latin_script_page_furniture_leaves_the_body(line: str, rule: str) -> None:
    from sinmun.extraction.clean import boilerplate_rule
    assert boilerplate_rule(line) == rule


@pytest.mark.parametrize("line", [
    "Printing costs rose by a tenth last year, the city said.",
    "We will share it with every school in the city.",
    "The page kept loading...",
    "The city said comments are closed until the council meets again on Monday.",
    "Weitere Informationen gibt die Stadt am Montag bekannt.",
    "About the author of the plan, little is known.",
    "Siehe auch die Karte der Stadt, sagte der Bürgermeister.",
])
def test_latin_script_sentences_that_hold_a_furniture_word_stay(line: str) -> None:
    from sinmun.extraction.clean import boilerplate_rule
    assert boilerplate_rule(line) is None


@pytest.mark.parametrize(("paragraphs", "declared", "language"), [
    (["The city will open a library next month, and it is the first of its kind in the region."], "de", "en"),
    (["Die Stadt eröffnet im nächsten Monat eine Bibliothek, die erste ihrer Art in der Region."], "de", "de"),
    (["Die Stadt eröffnet im nächsten Monat eine Bibliothek, die erste ihrer Art in der Region."], None, "en"),
    (["Die Stadt eröffnet im nächsten Monat eine Bibliothek, die erste ihrer Art in der Region."], "ja", "en"),
    (["Город откроет новую библиотеку в следующем месяце, сообщили в мэрии. Wi-Fi"], "ru", "ru"),
])
def test_a_latin_script_body_takes_the_language_its_page_declares_unless_it_reads_as_english(
        paragraphs: list[str], declared: str | None, language: str) -> None:
    from sinmun.extraction.language import latin_language
    assert latin_language(paragraphs, declared) == language


@pytest.mark.parametrize("h1, offered, expected", [
    ("<h1><span>단독</span> 가상 제목 하나 둘</h1>", "[단독] 가상 제목 하나 둘", "[단독] 가상 제목 하나 둘"),
    ("<h1><em>속보</em> 가상 제목 하나 둘</h1>", "【속보】 가상 제목 하나 둘", "【속보】 가상 제목 하나 둘"),
    ("<h1>가상 제목 하나 둘</h1>", "[단독] 가상 제목 하나 둘", None),      # the page shows no label: another key
    ("<h1>[단독] 가상 제목 하나 둘</h1>", "[단독] 가상 제목 하나 둘", "[단독] 가상 제목 하나 둘"),
    ("<h1>단독 가상 제목 하나 둘</h1>", "가상 제목 하나 둘", None),
])
def test_a_headline_label_set_as_a_badge_keeps_the_metadatas_brackets(h1, offered, expected) -> None:
    tree = LexborHTMLParser(f"<body>{h1}<p>본문</p></body>")
    assert visible_headline(tree, [offered]) == expected


@pytest.mark.parametrize("h1, offered, expected", [
    ("<h1>[단독] 가상 제목 하나 둘</h1>", "가상 제목 하나 둘", "[단독] 가상 제목 하나 둘"),
    ("<h1>【속보】가상시 공영자전거 늘린다</h1>", "가상시 공영자전거 늘린다 - 가상일보", "【속보】가상시 공영자전거 늘린다"),
    ("<h1>가상 제목 하나 둘(종합)</h1>", "가상 제목 하나 둘", "가상 제목 하나 둘(종합)"),
    ("<h1>가상 제목 하나 둘 [인터뷰]</h1>", "가상 제목 하나 둘", "가상 제목 하나 둘 [인터뷰]"),
    ("<h1>가상 제목 하나 둘 <span>[12]</span></h1>", "가상 제목 하나 둘", "가상 제목 하나 둘"),  # a comment count
    ("<h1>[단독] 다른 기사 제목 셋</h1>", "가상 제목 하나 둘", None),
])
def test_a_headline_shown_with_a_label_the_metadata_leaves_out_keeps_it(h1, offered, expected) -> None:
    """What the reader sees is the title: ``[단독]`` on the page and not in ``og:title`` is the headline's."""
    tree = LexborHTMLParser(f"<body>{h1}<p>본문</p></body>")
    assert visible_headline(tree, [offered]) == expected


@pytest.mark.parametrize("title, h1, expected", [
    ("가상시 공영자전거 늘린다 > 지역뉴스 | 가상타임즈", "가상시 공영자전거 늘린다 > 지역뉴스 | 가상타임즈", "가상시 공영자전거 늘린다"),
    ("가상시 - 공영자전거 늘린다", "가상시 - 공영자전거 늘린다", "가상시 - 공영자전거 늘린다"),   # no decoration in it
])
def test_a_heading_that_repeats_the_decorated_title_gives_the_headline_in_it(title, h1, expected) -> None:
    """A board's hidden ``<h1>`` holding the whole ``<title>`` (fixture conventions/board-heading-repeats-title)."""
    html = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{h1}</h1>"
            "<div class='post'><p>가상시가 내년 봄까지 공영자전거 1천대를 더 들여온다고 20일 밝혔다.</p></div>"
            "<p>ⓒ 가상타임즈</p></body></html>")
    url = "https://www.gasang-times.example/bbs/board.php?bo_table=local&wr_id=1"
    assert sinmun.extract(html, url=url).title == expected
