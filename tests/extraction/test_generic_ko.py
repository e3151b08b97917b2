"""Korean conventions of pages from outlets nobody profiled (issue 10 §1): day-only date lines, ad
placeholders, stock quote widgets and glossary pop-ups in the body. The fixture pages are under
``tests/fixtures/generic-ko/``; these are the rules' unit tests."""
from __future__ import annotations

import pytest

import sinmun

PAGE = """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>가상시, 새 버스 노선 연다</title></head>
<body><h1>가상시, 새 버스 노선 연다</h1>{header}
<div class="article_txt"><p>가상시가 다음 달 새 버스 노선 세 개를 연다.</p>
<p>시는 출퇴근 시간 배차 간격을 10분으로 줄인다고 밝혔다.</p><p>요금은 지금과 같다.</p></div></body></html>"""


def published(header: str) -> str | None:
    return sinmun.extract(PAGE.format(header=header), "https://www.gasang.example/news/1").published


@pytest.mark.parametrize("header, day", [
    ("<p>2024년 3월 5일 (화)</p>", "2024-03-05"),
    ("<p>2024년 3월 5일</p>", "2024-03-05"),
    ("<p>2024년 3월 5일 화요일</p>", "2024-03-05"),
    ("<span>2024.03.05.</span>", "2024-03-05"),
    ("<span>사회 | 2024-03-05</span>", "2024-03-05"),
])
def test_a_day_only_line_under_the_headline_is_the_publication_day(header, day):
    assert published(header) == day


def test_a_timed_date_line_still_wins_over_a_day_only_one():
    assert published("<p>2024년 3월 5일 (화)</p><p>가상 | 2024.03.05 10:15</p>") == "2024-03-05T10:15:00+09:00"


@pytest.mark.parametrize("header", [
    "<p>2024년 10월 5일 개막</p>",                           # an event's date
    "<p>2024년 3월 5일부터 시행</p>",
    "<p><a href='/2'>가상구 새 도서관</a> 2024년 3월 4일</p>",  # another story's date beside its link
])
def test_a_date_inside_a_longer_line_is_no_publication_date(header):
    assert published(header) is None


# ----------------------------------------------------------------- ads, stock quotes, glossary pop-ups
def body_of(inner: str) -> list[str]:
    html = ("<html lang='ko'><head><meta charset='utf-8'><title>가상시, 새 버스 노선 연다</title></head><body>"
            "<h1>가상시, 새 버스 노선 연다</h1><div class='article_body'>"
            "<p>가상시가 다음 달 새 버스 노선 세 개를 연다.</p>" + inner +
            "<p>시는 출퇴근 시간 배차 간격을 10분으로 줄인다고 밝혔다.</p><p>요금은 지금과 같다.</p></div></body></html>")
    return sinmun.extract(html, "https://www.gasang.example/news/2").body_paragraphs


@pytest.mark.parametrize("slot", [
    "<div id='divMidAd'>광고</div>", "<div class='adBox_mid'><div>가상 협찬 문구</div></div>",
    "<div id='google_dfp_mid'>가상 광고 자리</div>", "<div id='wp_adbn_root'>가상 광고 자리</div>",
    "<div class='mt_bn_box'><a href='#'>가상 배너 문구</a></div>", "<ins class='adsbygoogle'>AD</ins>",
    "<div class='txtad'>가상 협찬 문구</div>", "<div id='dablewidget_x1'><p>가상 추천 기사</p></div>",
])
def test_ad_slots_leave_the_body_by_their_markup(slot):
    assert len(body_of(slot)) == 3


@pytest.mark.parametrize("line", ["광고", "AD", "(광고)", "[광고]", "- 광고 -", "ADVERTISEMENT", "광고 영역",
                                  "광고 문의 : 02-000-0000", "광고·제휴 문의 ad@gasang.example"])
def test_ad_placeholder_lines_are_furniture(line):
    from sinmun.extraction.clean import boilerplate_rule
    assert boilerplate_rule(line) == "ad-label"


@pytest.mark.parametrize("line", ["가상식품의 새 광고가 한 달 만에 조회 1000만 회를 넘겼다.", "광고 시장의 변화",
                                  "광고 문의가 지난달보다 두 배로 늘었다.", "광고 모델"])
def test_real_lines_about_advertising_stay(line):
    from sinmun.extraction.clean import boilerplate_rule
    assert boilerplate_rule(line) is None


def test_an_ad_named_wrapper_holding_the_story_is_kept():
    """A CMS may call the story's own wrapper ``adContent``: an ``ad`` word is trusted on a small box only."""
    story = "".join(f"<p>시는 {n}번 노선에 전기버스 열 대를 새로 들이고 정류장 스무 곳에 쉼터를 만든다고 설명했다.</p>" for n in range(1, 7))
    assert len(body_of(f"<div class='adContent'>{story}</div>")) == 9


@pytest.mark.parametrize("line", ["가상전자 012345 ▲1.2%", "가상전자 12,300원 ▲ 5.2%", "가상전자 (012345) ▼0.5%",
                                  "가상전자 012345 +1.2%", "코스피 2,512.30 ▼12.30 (-0.49%)"])
def test_stock_quote_lines_are_furniture(line):
    from sinmun.extraction.clean import boilerplate_rule
    assert boilerplate_rule(line) == "stock-quote"


@pytest.mark.parametrize("line", ["가상전자(012345)는 하반기 수요가 늘 것으로 내다봤다.", "가상전자 주가는 1.2% 오른 12,300원에 마감했다.",
                                  "▲가상전자 1.2%", "매출 ▲12%", "가상 타이거즈 ▲3"])
def test_lines_that_mention_a_stock_stay(line):
    from sinmun.extraction.clean import boilerplate_rule
    assert boilerplate_rule(line) is None


def test_an_inline_quote_box_keeps_the_company_name():
    paragraphs = body_of("<p>이날 <span class='stocksise'><b>가상제약</b><em>12,300원 ▲ 5.2%</em></span> 주가는 올랐다.</p>")
    assert paragraphs[1] == "이날 가상제약 주가는 올랐다."


@pytest.mark.parametrize("inner, kept", [
    ("<p>새 <span class='a_word'><span class='word'>전력칩</span><span class='word_desc'>가상 설명</span></span>을 쓴다.</p>",
     "새 전력칩을 쓴다."),
    ("<p>새 <b>전력칩</b><span class='tip'>가상 설명</span>을 쓴다.</p>", "새 전력칩을 쓴다."),
    ("<p>새 <span class='tooltip'>전력칩<span class='tooltiptext'>가상 설명</span></span>을 쓴다.</p>", "새 전력칩을 쓴다."),
    ("<p>새 전력칩<span role='tooltip'>가상 설명</span>을 쓴다.</p>", "새 전력칩을 쓴다."),
    # an element of the same class words that follows plain text is no pop-up
    ("<p>새 전력칩 <span class='tip'>가상 설명</span>을 쓴다.</p>", "새 전력칩 가상 설명을 쓴다."),
])
def test_glossary_pop_ups_leave_the_sentence_and_the_term_stays(inner, kept):
    assert body_of(inner)[1] == kept


def test_an_english_ticker_table_is_no_korean_quote_widget():
    """A table of tickers, prices and changes in an English story is part of it (no arrow, 원 or Hangul)."""
    from selectolax.lexbor import LexborHTMLParser
    from sinmun.extraction.widgets import widget_boxes
    tree = LexborHTMLParser("<div><p>Shares fell.</p><table class='stock-fundamentals'><tr><td class='ticker'>HD</td>"
                            "<td>225.86</td><td>-12.99</td></tr></table></div>")
    assert widget_boxes(tree.css_first("div")) == frozenset()
    korean = LexborHTMLParser("<div><p>주가가 올랐다.</p><div class='stock-box'>가상전자 012345 ▲1.2%</div></div>")
    assert len(widget_boxes(korean.css_first("div"))) == 1


# ----------------------------------------------------------------- titles and press from the page title
HEADLINE = "가상시, 심야 버스 노선 4개 신설"


@pytest.mark.parametrize("title, site_name", [
    (HEADLINE + " ― 가상일보", None),               # a horizontal bar
    (HEADLINE + " - 가상일보 모바일", None),        # the site's name with a page word
    ("[가상일보] " + HEADLINE, "가상일보"),          # the site's own name in brackets
    ("[연합뉴스] " + HEADLINE, None),                # a known press's
])
def test_more_title_decorations(title, site_name):
    from sinmun.extraction.titles import strip_title_decorations
    assert strip_title_decorations(title, site_name=site_name) == HEADLINE


@pytest.mark.parametrize("title", ["[단독] " + HEADLINE, "[포토] " + HEADLINE, "[가상뉴스] " + HEADLINE])
def test_a_bracketed_label_that_is_no_known_name_stays(title):
    from sinmun.extraction.titles import strip_title_decorations
    assert strip_title_decorations(title) == title


@pytest.mark.parametrize("title, press", [
    (HEADLINE + " - 가상타임즈", "가상타임즈"), (HEADLINE + " : 뉴스 : 동아일보", "동아일보"),
    (HEADLINE + " | 사회 | 가상신문", "가상신문"), ("가상일보 | " + HEADLINE, "가상일보"),
    (HEADLINE + " - 가상일보 모바일", "가상일보"), (HEADLINE + " - 가상일보사", "가상일보"),
    (HEADLINE, None), (HEADLINE + " - 사회", None), ("모바일 :: " + HEADLINE, None), (HEADLINE + " : 네이버 뉴스", None),
])
def test_the_outlet_a_page_title_names(title, press):
    from sinmun.extraction.titles import site_name_in_title
    assert site_name_in_title(title) == press


# ----------------------------------------------------------------- dates only in script data
@pytest.mark.parametrize("scripts, value", [
    (['var a = {"pubDate": "2024-03-05 10:00:00"};'], "2024-03-05 10:00:00"),
    (["dataLayer.push({'articlePublishDate': '2024-03-05 10:00:00'});"], "2024-03-05 10:00:00"),
    (['{"regDate": "2024-03-01 09:00", "publishedAt": "2024-03-05T10:00:00+09:00"}'], "2024-03-05T10:00:00+09:00"),
    (['{"createdAt": "2024-03-01 09:00"}', '{"inputDate": "2024-03-02 09:00"}'], "2024-03-02 09:00"),
    (['{"published_time": 1709600400}'], "1709600400"),
    (['{"pubDate": "recently"}', '{"publishDate": "2024.03.05 10:00"}'], "2024.03.05 10:00"),
    (['{"updatedAt": "2024-03-05 10:00", "eventDate": "2024-04-01"}'], None),
    ([], None),
])
def test_script_published(scripts, value):
    from sinmun.extraction.dates import script_published
    assert script_published(scripts) == value


def test_a_date_a_page_shows_beats_its_script_data():
    html = PAGE.format(header="<p>입력 2024.03.06 11:00</p>").replace(
        "</head>", "<script>var a = {\"pubDate\": \"2024-03-05 10:00:00\"};</script></head>")
    assert sinmun.extract(html, "https://www.gasang.example/news/1").published == "2024-03-06T11:00:00+09:00"


# ----------------------------------------------------------------- desks in the byline slot
@pytest.mark.parametrize("line", ["온라인뉴스팀 기자", "디지털뉴스부 기자", "가상일보 디지털뉴스부", "온라인뉴스팀 news@gasang.example"])
def test_a_desk_byline_line_leaves_the_body_and_names_nobody(line):
    from sinmun.extraction.clean import boilerplate_rule, clean_paragraphs
    assert boilerplate_rule(line) == "byline"
    cleaned = clean_paragraphs(["정부가 5일 대책을 발표했다.", "시장은 관망세를 보였다.", line])
    assert cleaned.reporters == [] and cleaned.paragraphs == ["정부가 5일 대책을 발표했다.", "시장은 관망세를 보였다."]


@pytest.mark.parametrize("line", ["기획재정부", "가상시 교육청 관계자", "보건복지부는 5일 대책을 발표했다."])
def test_a_ministry_or_a_sentence_is_no_desk_byline(line):
    from sinmun.extraction.clean import boilerplate_rule
    assert boilerplate_rule(line) is None


# ----------------------------------------------------------------- <time> elements, zones, labels
@pytest.mark.parametrize("header, iso", [
    ("<time datetime='2024-03-05T10:00:00+09:00'>3월 5일</time>", "2024-03-05T10:00:00+09:00"),
    ("<ul><li><a href='/2'>가상구 새 도서관 문 열어</a> <time datetime='2024-03-01'>3월 1일</time></li></ul>"
     "<time itemprop='datePublished' datetime='2024-03-05T01:00:00Z'>3월 5일</time>", "2024-03-05T10:00:00+09:00"),
    # another story's time under a list item, and a list of times, date nothing
    ("<ul><li><a href='/2'>가상구 새 도서관 문 열어</a> <time datetime='2024-03-01'>3월 1일</time></li></ul>", None),
    ("".join(f"<p><time datetime='2024-03-0{d}'>3월 {d}일</time></p>" for d in range(1, 5)), None),
])
def test_a_time_element_dates_the_page(header, iso):
    assert published(header) == iso


@pytest.mark.parametrize("text, iso", [
    ("2019-11-18 17:19:53 GMT", "2019-11-19T02:19:53+09:00"), ("2019-11-18 17:19 UTC", "2019-11-19T02:19:00+09:00"),
])
def test_gmt_and_utc_times(text, iso):
    from sinmun.extraction.dates import parse_date
    assert parse_date(text).iso() == iso


@pytest.mark.parametrize("text, value", [("게재 일자 : 2024년 03월 05일", "2024년 03월 05일"),
                                         ("입력 일시 2024.03.05 10:00", "2024.03.05 10:00")])
def test_a_label_with_its_date_word_apart(text, value):
    from sinmun.extraction.dates import labelled_dates
    assert labelled_dates(text)["published"] == value


def test_a_slash_byline_with_its_e_mail_glued_to_the_last_paragraph():
    from sinmun.extraction.clean import split_trailing_byline
    assert split_trailing_byline("요금은 일반 버스보다 500원 비싼 2000원이다. /홍길동 기자 gildong@gasang.example") == (
        "요금은 일반 버스보다 500원 비싼 2000원이다.", "/홍길동 기자 gildong@gasang.example")
    # without an e-mail too: a photo's caption of that shape left the text before, by the caption rule, unless it
    # ended the story (tests/extraction/test_generic_ko_gaps.py)
    assert split_trailing_byline("시민들이 버스를 기다리고 있다. /홍길동 기자") == ("시민들이 버스를 기다리고 있다.",
                                                                                "/홍길동 기자")


@pytest.mark.parametrize("line", ["Copyright © 2024 가상일보 All rights reserved.", "Copyright © 2010-2024 가상일보. All rights reserved.",
                                  "ⓒ 2024 가상일보", "Copyright © 가상일보 2024. All rights reserved."])
def test_a_copyright_year_is_no_part_of_the_press(line):
    from sinmun.extraction.presses import press_from_copyright
    assert press_from_copyright(line) == "가상일보"


@pytest.mark.parametrize("block, day", [
    ("2024.03.05 | 조회 1,234", True), ("사회 | 2024-03-05 | 홍길동 기자", True), ("홍길동 기자 2024.03.05", True),
    ("지역 | 2024년 3월 5일", True), ("홍길동 기자 gildong@gasang.example | 2024.03.05", True),
    ("가상구 새 도서관 문 열어 | 2024.03.01", False),   # a teaser's headline beside its date
    ("2024.03.05 | 2024.03.06", False), ("2024년 10월 5일 개막", False), ("2024년 3월 5일부터 시행", False),
    # English posting lines (tests/fixtures/generic/english-posted-on)
    ("Posted on September 14, 2025 by Jane Doe", True), ("By Jane Doe | September 14, 2025", True),
    ("Published Sep 14, 2025", True), ("Posted on September 14, 2025 in News", False),
    ("The council met on September 14, 2025 to vote", False),
])
def test_day_lines(block, day):
    from sinmun.extraction.times import is_day_line
    assert is_day_line(block) is day


@pytest.mark.parametrize("header, names", [
    ("<span class='writer'>홍길동</span>", ["홍길동"]), ("<span class='reporter'>홍길동·김철수</span>", ["홍길동", "김철수"]),
    ("<span class='writer'>관리자</span>", []), ("<span class='writer'>가상일보</span>", []),
    ("<span class='date'>홍길동</span>", []),   # a slot that is no byline's
])
def test_a_name_alone_in_a_byline_slot(header, names):
    html = PAGE.format(header=header)
    assert [r.name for r in sinmun.extract(html, "https://www.gasang.example/news/1").reporters] == names


@pytest.mark.parametrize("text, names", [
    ("기자명 홍길동", ["홍길동"]), ("기자명: 홍길동", ["홍길동"]), ("작성자 : 홍길동", ["홍길동"]), ("기자 : 홍길동", ["홍길동"]),
    ("기자회견을 열었다", []), ("기자명단을 공개했다", []), ("기자 간담회", []), ("작성자 미상", []),
])
def test_labelled_bylines(text, names):
    from sinmun.extraction.bylines import find_reporters
    assert [r.name for r in find_reporters(text)] == names


def test_no_heading_after_the_first_paragraph_is_the_title():
    from selectolax.lexbor import LexborHTMLParser
    from sinmun.extraction.titles import heading_before
    tree = LexborHTMLParser("<body><h2>사회</h2><div><p>가상시가 다음 달 새 버스 노선 세 개를 연다.</p></div>"
                            "<h3>가상구 새 도서관 문 열어 주민 반겨</h3></body>")
    assert heading_before(tree, "가상시가 다음 달 새 버스 노선 세 개를 연다.") is None
    tree = LexborHTMLParser("<body><ul><li><h3>가상구 새 도서관 문 열어 주민 반겨</h3></li></ul>"
                            "<h4 class='tit'>가상시 새 버스 노선 세 개 연다</h4><p>가상시가 다음 달 새 버스 노선 세 개를 연다.</p></body>")
    assert heading_before(tree, "가상시가 다음 달 새 버스 노선 세 개를 연다.") == "가상시 새 버스 노선 세 개 연다"


# ----------------------------------------------------------------- date lines and list headings left in the body
@pytest.mark.parametrize("line, rule", [
    ("입력 2019.03.05 03:00 | 수정 2019.03.05 09:41", "date-line"), ("금융입력 : 2025.12.08 09:30수정 : 2025.12.08 10:12", "date-line"),
    ("기사입력 2017.05.12 오후 02:09", "date-line"), ("입력 2024.03.05 10:00 홍길동 기자", "byline"),
    ("홍길동 기자 | 입력 2024.03.05 10:00", "byline"),
    ("당신이 관심 있을 만한 이슈", "related-list"), ("함께 보면 좋은 기사", "related-list"), ("홍길동 기자의 다른 기사 보기", "related-list"),
])
def test_date_lines_and_list_headings_in_the_body(line, rule):
    from sinmun.extraction.clean import boilerplate_rule
    assert boilerplate_rule(line) == rule


@pytest.mark.parametrize("line", ["입력 2024.03.05 10:00 정부가 발표했다", "정부는 2024.03.05 입력 마감을 알렸다.",
                                  "그는 관심 있을 만한 주제를 골랐다.", "홍길동 기자의 질문에 그는 답했다."])
def test_sentences_with_dates_or_those_words_stay(line):
    from sinmun.extraction.clean import boilerplate_rule
    assert boilerplate_rule(line) is None


def test_a_dated_byline_in_the_body_names_the_reporter():
    from sinmun.extraction.clean import clean_paragraphs
    cleaned = clean_paragraphs(["정부가 5일 새 대책을 발표했다.", "시장은 관망세를 보였다.", "입력 2024.03.05 10:00 홍길동 기자"])
    assert [r.name for r in cleaned.reporters] == ["홍길동"] and len(cleaned.paragraphs) == 2


def test_script_data_of_a_list_dates_nothing():
    from sinmun.extraction.dates import script_published
    teasers = ", ".join(f'{{"title": "가상 기사 {d}", "pubDate": "2024-03-0{d} 10:00:00"}}' for d in range(1, 6))
    assert script_published([f"var items = [{teasers}];"]) is None
