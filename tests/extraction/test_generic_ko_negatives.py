"""Pages and lines where the generic Korean conventions must NOT fire (issue 10 review): a beat, place or
institution before a reporter's name is no second reporter (``국회 김철수 기자``, ``국방부 홍길동 기자``), a box's
phrase in a logo's alt text names no outlet. The fixture page is ``tests/fixtures/generic-ko/desk-word-before-name``."""
from __future__ import annotations

import pytest

from sinmun.extraction.bylines import clean_author, find_reporters, side_by_side_name
from sinmun.extraction.presses import press_from_logo


def names(reporters) -> list[str]:
    return [r.name for r in reporters]


@pytest.mark.parametrize("line, expected", [
    ("국회 김철수 기자", ["김철수"]), ("조선 홍길동 기자", ["홍길동"]), ("장관 홍길동 기자", ["홍길동"]),
    ("차장 홍길동 기자", ["홍길동"]), ("선거 홍길동 기자", ["홍길동"]), ("명동 홍길동 기자", ["홍길동"]),
    ("국방부 홍길동 기자", ["홍길동"]), ("박물관 홍길동 기자", ["홍길동"]), ("강남구 홍길동 기자", ["홍길동"]),
    ("한반도 홍길동 기자", ["홍길동"]), ("남해안 홍길동 기자", ["홍길동"]), ("이씨 김씨 기자", ["김씨"]),
    ("정치권 홍길동 기자", ["홍길동"]), ("금융권 김철수 기자", ["김철수"]), ("유통가 홍길동 기자", ["홍길동"]),
    ("국회 홍길동 김철수 기자", ["홍길동", "김철수"]), ("전주 김철수 나가람 기자", ["김철수", "나가람"]),
    ("정리 홍길동 김철수 기자", ["홍길동", "김철수"]), ("홍길동 김철수 선임기자", ["홍길동", "김철수"]),
])
def test_a_beat_place_or_institution_before_the_name_is_no_reporter(line, expected):
    assert names(find_reporters(line)) == expected


@pytest.mark.parametrize("word, expected", [
    ("김철수", True), ("남궁가람", True), ("국회", False), ("김구", False), ("국방부", False), ("가상청", False),
])
def test_a_name_beside_another_has_three_syllables_and_no_institution_ending(word, expected):
    assert side_by_side_name(word) is expected


def test_an_author_string_leaves_the_beat_out():
    assert names(clean_author("국회 김철수 기자")) == ["김철수"]


@pytest.mark.parametrize("alts", [["실시간 뉴스"], ["많이 본 뉴스"], ["SNS 공유"], ["오늘의 뉴스"]])
def test_a_boxs_phrase_in_a_logo_names_no_outlet(alts):
    assert press_from_logo(alts) is None


def test_a_profiled_page_whose_story_is_its_embedded_json_keeps_its_known_layout(monkeypatch):
    """A chosun page whose body the profile's Arc reader takes from the embedded story: the layout is known, so the
    generic readers of subtitle, byline and header markup stay off (they ran before on every Arc page)."""
    from pathlib import Path

    import sinmun
    from sinmun.extraction import fields

    answers: list[bool] = []
    known = fields.known_layout

    def spy(ctx):
        answers.append(known(ctx))
        return answers[-1]

    monkeypatch.setattr(fields, "known_layout", spy)
    page = Path(__file__).parent.parent / "fixtures" / "chosun" / "chosun-fixture-library.html"
    article = sinmun.extract(page.read_bytes(),
                             url="https://www.chosun.com/national/national_general/2024/03/15/FIXTUREARTICLE0000000000001/")
    assert article.site == "chosun/current"
    assert answers and all(answers)


@pytest.mark.parametrize("line, expected", [
    ("날짜 2025.12.10", {"published": "2025.12.10"}), ("날짜 : 2025-12-10 14:05", {"published": "2025-12-10 14:05"}),
    ("날짜별 보기", {}), ("입력 2025.12.10 09:00 | 날짜 2025.12.11", {"published": "2025.12.10 09:00"}),
])
def test_a_date_line_labelled_nalja(line, expected):
    from sinmun.extraction.dates import labelled_dates
    assert labelled_dates(line) == expected


# ----------------------------------------------------------------- a deck, then a quote box
@pytest.mark.parametrize("box, dropped", [
    ('<div class="q"><blockquote>"물은 기본권입니다."</blockquote><p class="who">나가람 가상시장</p></div>', True),
    ('<div class="q"><blockquote>"물은 기본권입니다."</blockquote><p>그는 이렇게 말했다.</p></div>', False),
    ('<div class="q"><blockquote>"물은 기본권입니다."</blockquote><p>나가람 가상시장</p><p>다른 줄</p></div>', False),
    ('<div class="q"><p>나가람 가상시장</p><blockquote>"물은 기본권입니다."</blockquote></div>', False),
])
def test_a_quote_boxs_speaker_line_leaves(box, dropped):
    from selectolax.lexbor import LexborHTMLParser

    from sinmun.extraction.widgets import quote_box_speakers
    tree = LexborHTMLParser(f"<html><body><div id='c'>{box}</div></body></html>")
    found = quote_box_speakers(tree.css_first("#c"))
    assert bool(found) is dropped


# ----------------------------------------------------------------- a hidden name slot marked by its id
@pytest.mark.parametrize("slot, expected", [
    ('<span id="XY_CreatorName" style="display:none">김철수</span>', ["김철수"]),
    ('<span id="reporterName">홍길동, 김철수</span>', ["홍길동", "김철수"]),
    ('<span id="XY_CreatorName">관리자</span>', []),
    ('<span id="XY_CreatorName">가상시 관계자가 밝혔다</span>', []),
    # schema.org microdata
    ('<span itemprop="author" itemscope><span itemprop="name">홍길동</span></span>', ["홍길동"]),
    ('<span itemprop="author" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">가상일보'
     '</span></span>', []),
])
def test_a_name_slot_marked_by_its_id(slot, expected):
    from selectolax.lexbor import LexborHTMLParser

    from sinmun.extraction.people import GENERIC_BYLINE, name_slot_reporters
    from sinmun.sites.base import selector_list
    tree = LexborHTMLParser(f"<html><body><div>{slot}</div></body></html>")
    assert names(name_slot_reporters(tree.css(selector_list(GENERIC_BYLINE)))) == expected


# ----------------------------------------------------------------- a slogan after the site's name, or a label before it
@pytest.mark.parametrize("title, expected", [
    ("칼럼 - 가상일보 - 골목 상권이 살아야 도시가 산다", "골목 상권이 살아야 도시가 산다"),
    ("사설 - 가상일보 - 골목 상권이 살아야 도시가 산다", "골목 상권이 살아야 도시가 산다"),
    ("가상시 하천 정비 | 가상일보 - 대한민국 대표 지역신문", "가상시 하천 정비"),
    ("가상시 하천 정비 - 가상일보 | 사회", "가상시 하천 정비"),
])
def test_a_label_before_the_site_name_leaves_the_headline_after_it(title, expected):
    from sinmun.extraction.titles import strip_title_decorations
    assert strip_title_decorations(title, None, "www.gasangilbo.example") == expected


# ----------------------------------------------------------------- a first line that opens with a number
@pytest.mark.parametrize("line, subtitle", [
    ("12월 한 달 가상시 전통시장 30곳 할인 행사", True), ("3년 만에 다시 열린 가상축제", True),
    ("10일 오후 가상시청 앞 광장에서 시민들이 설명을 듣고 있다", False), ("30일 오후 3시 현재", False),
    ("10일 가상시청에서 열린 착공식 모습", False), ("1. 가상시 하천 정비 개요", False),
])
def test_a_line_opening_with_a_day_and_its_time_or_ending_as_a_caption_is_no_subtitle(line, subtitle):
    from sinmun.extraction.fields import _is_subtitle_line
    assert _is_subtitle_line(line) is subtitle


@pytest.mark.parametrize("paragraph, press", [
    ("[경제신문] 가상시가 도심 하천 정비 사업을 시작한다.", None), ("[어린이신문] 만화로 보는 경제", None),
    ("[대학신문] 가상대 새 총장 선출", None), ("[가상일보] 가상시가 도심 하천 정비 사업을 시작한다.", "가상일보"),
    ("[단독] 가상시가 도심 하천 정비 사업을 시작한다.", None), ("[삼성전자] 신제품 출시", None),
])
def test_a_bracketed_kind_of_paper_names_no_outlet(paragraph, press):
    from sinmun.extraction.presses import press_from_dateline
    assert press_from_dateline(paragraph) == press


# ----------------------------------------------------------------- a reporter card's mailto: link
@pytest.mark.parametrize("link, email", [
    ('<a href="mailto:gildong@gasang.example">이메일</a>', "gildong@gasang.example"),
    ('<a href="mailto:gildong@gasang.example"><img src="/i/mail.png"></a>', "gildong@gasang.example"),
    ('<a href="mailto:jebo@gasang.example">기사제보</a>', None),
    ('<a href="mailto:webmaster@gasang.example">이메일</a>', None),
])
def test_a_cards_mailto_link_is_the_reporters_only_when_labelled_as_an_e_mail(link, email):
    from selectolax.lexbor import LexborHTMLParser

    from sinmun.extraction.people import card_reporters
    card = LexborHTMLParser(f'<div class="reporter_info"><b>홍길동 기자</b>{link}</div>').css_first("div")
    assert [r.email for r in card_reporters(card, card.text(separator=" ", strip=True))] == [email]


# ----------------------------------------------------------------- a quotation line, then a list of dash items
@pytest.mark.parametrize("lines, count", [
    (['"하반기 달라지는 것들"', "- 시내버스 요금 1년 더 동결", "- 종량제 봉투 가격 10% 인상"], 0),
    (['"청년이 떠나지 않는 도시를 만들겠다"', "- 나가람 가상시장", "가상시가 청년 정책을 내놓았다."], 2),
])
def test_a_dash_line_followed_by_another_is_a_list_item_no_speaker(lines, count):
    from sinmun.extraction.widgets import pull_quote_lines
    assert pull_quote_lines(lines) == count


@pytest.mark.parametrize("alts, host, press", [
    (["GBS"], "www.gbs.example", "GBS"), (["TOP"], "www.gasangilbo.example", None),
    (["AD"], "www.gasangilbo.example", None), (["가상일보 로고"], "www.gasangilbo.example", "가상일보"),
])
def test_a_logos_acronym_names_the_outlet_its_host_spells(alts, host, press):
    assert press_from_logo(alts, host) == press


@pytest.mark.parametrize("name, press", [("IT 뉴스", "IT 뉴스"), ("AI 뉴스", "AI 뉴스"), ("GBS 뉴스", "GBS")])
def test_a_two_letter_subject_news_site_is_no_broadcaster(name, press):
    from sinmun.extraction.presses import clean_press
    assert clean_press(name) == press
