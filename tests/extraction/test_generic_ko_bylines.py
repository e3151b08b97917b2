"""Korean conventions of bylines, captions, datelines and decks on pages nobody profiled (issue 10 §1): two names
with only a space between them (and the places and desks that are no names), captions credited to their
photographer, the outlet of an opening dateline, pull quotes under a subtitle, a broadcaster's news site, bracketed
date labels. The fixture pages are under ``tests/fixtures/generic-ko/`` (spaced-reporters, place-before-name,
correspondent-place, caption-*, dateline-press-*, deck-pull-quote, broadcaster-site-news, bracketed-date-labels)."""
from __future__ import annotations

import pytest

import sinmun
from sinmun.extraction.bylines import clean_author, dateline_reporters, find_reporters, is_photographer_caption, \
    looks_like_a_name
from sinmun.extraction.clean import boilerplate_rule, clean_paragraphs
from sinmun.extraction.dates import labelled_dates
from sinmun.extraction.presses import clean_press, press_from_dateline
from sinmun.extraction.widgets import pull_quote_lines


def names(reporters) -> list[str]:
    return [r.name for r in reporters]


# ----------------------------------------------------------------- names side by side, places and desks
@pytest.mark.parametrize("line, expected", [
    ("홍길동 김철수 기자", ["홍길동", "김철수"]),
    ("홍길동·김철수 기자", ["홍길동", "김철수"]),
    ("홍길동, 김철수 기자", ["홍길동", "김철수"]),
    ("홍길동 김철수 나가람 기자", ["홍길동", "김철수", "나가람"]),
    ("홍길동 김철수 기자 chulsoo@gasang.example", ["홍길동", "김철수"]),
    ("서울 홍길동 김철수 기자", ["홍길동", "김철수"]),
    ("정치부 홍길동 김철수 기자", ["홍길동", "김철수"]),
    ("입력 2024.05.01 09:00 홍길동 김철수 기자", ["홍길동", "김철수"]),
    ("남궁가람 김철수 기자", ["남궁가람", "김철수"]),
])
def test_names_written_side_by_side_are_each_a_reporter(line, expected):
    assert names(find_reporters(line)) == expected
    assert boilerplate_rule(line) == "byline"


@pytest.mark.parametrize("line, expected", [
    ("서울 홍길동 기자", ["홍길동"]), ("세종 나가람 기자", ["나가람"]), ("워싱턴 김철수 특파원", ["김철수"]),
    ("베이징 김철수 특파원", ["김철수"]), ("도쿄 홍길동 특파원", ["홍길동"]), ("전주 홍길동 기자", ["홍길동"]),
    ("김해 나가람 기자", ["나가람"]), ("홍성 김철수 기자", ["김철수"]), ("가상시 홍길동 기자", ["홍길동"]),
    ("정치부 홍길동 기자", ["홍길동"]), ("경제 홍길동 기자", ["홍길동"]), ("가상일보 홍길동 기자", ["홍길동"]),
    ("기자명 홍길동 기자", ["홍길동"]), ("정리 홍길동 기자", ["홍길동"]), ("인턴 홍길동 기자", ["홍길동"]),
    ("가상일보 특별취재팀 홍길동 김철수 기자", ["홍길동", "김철수"]), ("사진 홍길동 김철수 기자", []),
    ("편집장 홍길동 김철수 기자", ["홍길동", "김철수"]),
])
def test_a_place_desk_or_label_before_the_name_is_no_reporter(line, expected):
    assert names(find_reporters(line)) == expected


@pytest.mark.parametrize("paragraph, expected", [
    ("(세종=뉴스1) 홍길동 기자 = 정부가 5일 대책을 발표했다.", ["홍길동"]),
    ("(서울=가상통신) 홍길동 김철수 기자 = 정부가 5일 대책을 발표했다.", ["홍길동", "김철수"]),
    ("워싱턴 김철수 특파원 = 가상국 중앙은행이 금리를 동결했다.", ["김철수"]),
    ("【서울=뉴시스】홍길동 기자 = 정부가 5일 대책을 발표했다.", ["홍길동"]),
    ("<가상일보 홍길동 기자> 정부가 5일 대책을 발표했다.", ["홍길동"]),
    ("〈가상일보 홍길동 기자〉 정부가 5일 대책을 발표했다.", ["홍길동"]),
    ("[가상일보 | 홍길동 기자] 정부가 5일 대책을 발표했다.", ["홍길동"]),
    ("[가상일보 | 홍길동·김철수 기자] 정부가 5일 대책을 발표했다.", ["홍길동", "김철수"]),
    ("<앵커> 정부가 5일 대책을 발표했습니다.", []),
])
def test_dateline_reporters_leave_the_place_out(paragraph, expected):
    assert names(dateline_reporters(paragraph)) == expected


@pytest.mark.parametrize("author, expected", [
    ("서울 홍길동 기자", ["홍길동"]), ("워싱턴 김철수 특파원", ["김철수"]), ("홍길동 김철수 기자", ["홍길동", "김철수"]),
])
def test_author_strings_leave_the_place_out(author, expected):
    assert names(clean_author(author)) == expected


@pytest.mark.parametrize("word, name", [
    ("홍길동", True), ("김현", True), ("남궁가람", True), ("서울", False), ("워싱턴", False), ("이번", False),
    ("정치", False), ("가상시", False), ("연합뉴스", False), ("기자명", False), ("김가상일", False), ("편집장", False),
    ("부국장", False),
])
def test_what_looks_like_a_name(word, name):
    assert looks_like_a_name(word) is name


# ----------------------------------------------------------------- captions credited to the photographer
@pytest.mark.parametrize("caption", [
    "연구진이 실험하고 있다./김철수 기자", "연구진이 실험하고 있다. /김철수 기자", "연구진이 실험하고 있다./사진=김철수 기자",
    "새로 단장한 가상시립미술관 전시실. 사진 김철수 기자", "가상시청 앞 버스 정류장 /김철수 기자",
])
def test_a_caption_with_its_photographers_credit_is_furniture_and_names_no_one(caption):
    assert is_photographer_caption(caption)
    assert find_reporters(caption) == []
    cleaned = clean_paragraphs(["정부가 5일 대책을 발표했다.", caption, "시장은 관망세를 보였다."])
    assert cleaned.paragraphs == ["정부가 5일 대책을 발표했다.", "시장은 관망세를 보였다."]
    assert cleaned.reporters == [] and cleaned.removed_rules == ["photo-caption"]


@pytest.mark.parametrize("line", [
    "시는 출퇴근 시간 배차 간격을 줄인다고 밝혔다. /홍길동 기자",  # a story's last sentence and its byline
    "연구 결과는 학술지에 실렸다. /홍길동 기자 gildong@gasang.example",
    "홍길동/김철수 기자", "/홍길동 기자", "사진 홍길동 기자",
    "시는 올해 예산을 늘렸다. 공사는 다음 달 시작한다. 현장은 지금 조용하다 /홍길동 기자",
])
def test_bylines_and_sentences_with_a_slash_are_no_caption(line):
    assert not is_photographer_caption(line)


def test_a_caption_above_the_body_names_no_reporter():
    html = ("<html lang='ko'><head><meta charset='utf-8'><title>가상대, 리튬 추출 막 개발</title></head><body>"
            "<h1>가상대, 리튬 추출 막 개발</h1><p>가상대학교 연구진이 실험하고 있다./김철수 기자</p>"
            "<div class='article_body'><p>가상대학교 연구진이 바닷물에서 리튬을 뽑아내는 막을 개발했다고 5일 밝혔다.</p>"
            "<p>연구진은 이 막이 기존 방식보다 비용을 절반으로 줄인다고 설명했다.</p><p>결과는 학술지에 실렸다.</p>"
            "</div></body></html>")
    assert sinmun.extract(html, "https://www.gasang.example/news/9").reporters == []


# ----------------------------------------------------------------- the outlet of an opening dateline
@pytest.mark.parametrize("paragraph, press", [
    ("(서울=연합뉴스) 홍길동 기자 = 정부가", "연합뉴스"), ("【서울=뉴시스】홍길동 기자 = 정부가", "뉴시스"),
    ("[아이뉴스24] 가상전자가", "아이뉴스24"), ("[OSEN=홍길동 기자] 배우가", "OSEN"),
    ("[가상뉴스24 홍길동 기자] 가상전자가", "가상뉴스24"), ("[세종=가상경제 홍길동 기자] 정부가", "가상경제"),
    ("(가상=가상통신) 나가람 기자 = 시가", "가상통신"), ("[가상일보] 시가", "가상일보"),
])
def test_the_outlet_an_opening_dateline_names(paragraph, press):
    assert press_from_dateline(paragraph) == press


@pytest.mark.parametrize("paragraph", [
    "[단독] 가상전자가", "[포토뉴스] 시민들이", "[홍길동의 경제 읽기] 금리가", "[서울] 시가", "(서울=홍길동 기자) 시가",
    "[가상경제 칼럼] 금리가", "[사설] 정부는", "[속보] 정부가", "[기자수첩] 현장에서", "[사진=가상일보] 시민들이",
    "(자료=가상통신) 올해", "[ESG 경영] 기업들이", "워싱턴 김철수 특파원 = 가상국", "정부가 5일 대책을 발표했다.",
])
def test_labels_places_and_columns_name_no_outlet(paragraph):
    assert press_from_dateline(paragraph) is None


def _wire_page(head: str = "", foot: str = "") -> sinmun.Article:
    html = ("<html lang='ko'><head><meta charset='utf-8'><title>가상도, 내년 예산 9조 원 편성</title>" + head +
            "</head><body><h1>가상도, 내년 예산 9조 원 편성</h1><div class='article_body'>"
            "<p>(세종=가상통신) 홍길동 기자 = 가상도가 내년 예산을 9조 원으로 편성했다고 5일 밝혔다.</p>"
            "<p>도는 저출생 대응과 청년 일자리에 1조2천억 원을 배정했다.</p><p>예산안은 다음 달 확정된다.</p>"
            "</div>" + foot + "</body></html>")
    return sinmun.extract(html, "https://www.gasang.example/news/10")


def test_wire_copy_with_no_other_press_evidence_takes_the_datelines_outlet():
    assert _wire_page().press == "가상통신"


@pytest.mark.parametrize("head, foot", [
    ("<meta property='og:site_name' content='가상매일'>", ""),
    ("", "<div class='copyright'>Copyright ⓒ 가상매일 무단전재 및 재배포 금지</div>"),
])
def test_the_sites_own_name_beats_the_datelines_outlet(head, foot):
    assert _wire_page(head, foot).press == "가상매일"


# ----------------------------------------------------------------- pull quotes, broadcasters, date labels
@pytest.mark.parametrize("lines, count", [
    (['"청년이 떠나지 않는 도시를 만들겠다"', "- 나가람 가상시장", "가상시가 올해"], 2),
    (["“청년이 떠나지 않는 도시를 만들겠다”", "― 나가람 가상시장"], 2),
    (["“청년이 떠나지 않는 도시를 만들겠다” ― 나가람 가상시장", "가상시가 올해"], 1),
    (['"청년이 떠나지 않는 도시를 만들겠다"', "가상시가 올해 청년 월세 지원 대상을 늘린다고 밝혔다."], 0),
    (["“청년들이 걱정 없이 일하게 하겠다.” 가상시장은 20일 이같이 말했다."], 0),
    (['"이번이 마지막"', "- 그는 이렇게 말했다"], 0),
])
def test_a_pull_quote_is_a_quotation_and_its_speakers_line(lines, count):
    assert pull_quote_lines(lines) == count


@pytest.mark.parametrize("name, press", [
    ("가상방송 뉴스", "가상방송"), ("가상TV 뉴스", "가상TV"), ("GBS 뉴스", "GBS"), ("GBS News", "GBS News"),
    ("가상 뉴스", "가상 뉴스"), ("가상일보", "가상일보"),
])
def test_a_broadcasters_news_site_is_the_broadcaster(name, press):
    assert clean_press(name) == press


def test_bracketed_date_labels():
    assert labelled_dates("[등록일] 2024-05-01 [수정일] 2024-05-02") == {"published": "2024-05-01",
                                                                     "updated": "2024-05-02"}


@pytest.mark.parametrize("text, published", [
    ("본문 끝 2017/10/11 09:41 송고", "2017/10/11 09:41"), ("송고시간 2024-11-05 14:32", "2024-11-05 14:32"),
    ("입력 2024.01.01 10:00 본문 2024.01.02 11:00 송고", "2024.01.01 10:00"),  # a label first wins
])
def test_a_wire_storys_sending_time_written_label_last(text, published):
    assert labelled_dates(text)["published"] == published


@pytest.mark.parametrize("line, rule", [
    ("2017/10/11 09:41 송고", "date-line"), ("입력 : 2025-09-22 19:03:00 | 본지 8면", "date-line"),
    ("홍길동 기자 기사입력 2020.09.14. 10:20:31", "byline"),
    ("이 기사는 언론사에서 사회 섹션으로 분류했습니다.", "portal-notice"),
    # the office that put it out, and the view count, after a bar (fixture conventions/bare-body-paragraphs)
    ("등록일 2025-04-07 11:20 | 가상군청 공보실", "date-line"), ("등록 2025.04.07 | 가상군청 공보실 | 조회수 1,203", "date-line"),
    ("입력 2025.11.20 10:12 | 사회부", "date-line"), ("입력 2025.11.20 10:12 | 홍길동 기자", "byline"),
    ("입력 2025.11.20 10:12 | 가상시가 공영자전거를 늘린다고 밝혔다.", None),
    ("입력 2025.11.20 10:12 가상시 공영자전거 늘린다", None),
])
def test_date_lines_dated_bylines_and_portal_notes_are_furniture(line, rule):
    assert boilerplate_rule(line) == rule


@pytest.mark.parametrize("line", ["그는 2017년 10월 11일 원고를 송고했다.", "이 기사는 언론사에서 받은 자료를 정리했다."])
def test_sentences_with_those_words_stay(line):
    assert boilerplate_rule(line) is None


# ----------------------------------------------------------------- titles
@pytest.mark.parametrize("title, piece", [
    ("가상포스트 - 가상소프트, 생성형 AI 번역기 공개", "가상소프트, 생성형 AI 번역기 공개"),
    ("가상소프트, 생성형 AI 번역기 공개 | 가상포스트", "가상소프트, 생성형 AI 번역기 공개"),
    ("가상소프트, 생성형 AI 번역기 공개", "가상소프트, 생성형 AI 번역기 공개"),
    ("16:9 화면의 새 노트북", "16:9 화면의 새 노트북"),
])
def test_the_longest_piece_of_a_title(title, piece):
    from sinmun.extraction.headline import longest_title_piece
    assert longest_title_piece(title) == piece


def test_the_headline_element_beats_a_title_with_an_unknown_outlet_beside_it():
    html = ("<html lang='ko'><head><meta charset='utf-8'><title>가상포스트 - 가상시, 전통시장 주차장 무료 개방</title>"
            "</head><body><div>가상포스트</div><h2 class='headline'>가상시, 전통시장 주차장 무료 개방</h2>"
            "<div class='article_body'><p>가상시가 이달부터 전통시장 공영주차장 12곳을 주말에 무료로 개방한다.</p>"
            "<p>시는 시장 이용객이 늘어날 것으로 보고 안내 인력도 두 배로 늘렸다.</p><p>개방은 연말까지 이어진다.</p>"
            "</div></body></html>")
    assert sinmun.extract(html, "https://www.gasang.example/news/11").title == "가상시, 전통시장 주차장 무료 개방"


@pytest.mark.parametrize("title, press", [
    ("[가상매일신문] 가상시, 주차장 무료 개방", "가상매일신문"), ("[포토뉴스] 가상시, 주차장 무료 개방", None),
    ("[단독] 가상시, 주차장 무료 개방", None),
])
def test_a_bracketed_outlet_before_the_headline_names_the_site(title, press):
    from sinmun.extraction.titles import site_name_in_title
    assert site_name_in_title(title) == press


def test_a_date_line_labelled_as_sent():
    assert labelled_dates("기사전송 2024-05-01 09:00") == {"published": "2024-05-01 09:00"}
    assert boilerplate_rule("기사전송 2024-05-01 09:00") == "date-line"


# ----------------------------------------------------------------- the site's logo
@pytest.mark.parametrize("alts, press", [
    (["가상일보 로고"], "가상일보"), (["가상뉴스24 홈으로"], "가상뉴스24"), (["GBS"], "GBS"),
    (["메뉴 열기", "가상타임즈"], "가상타임즈"), (["로고"], None), (["Menu"], None), (["네이버 뉴스"], None),
    (["가상시청"], None),
])
def test_the_outlet_a_logo_names(alts, press):
    from sinmun.extraction.presses import press_from_logo
    assert press_from_logo(alts) == press


def _logo_page(head: str) -> sinmun.Article:
    html = ("<html lang='ko'><head><meta charset='utf-8'><title>가상시, 전통시장 주차장 무료 개방</title>" + head +
            "</head><body><div class='logo'><a href='/'><img src='/img/top.png' alt='가상일보 로고'></a></div>"
            "<h1>가상시, 전통시장 주차장 무료 개방</h1><div class='article_body'>"
            "<p>(가상=가상통신) 홍길동 기자 = 가상시가 이달부터 전통시장 공영주차장 12곳을 주말에 무료로 개방한다.</p>"
            "<p>시는 시장 이용객이 늘어날 것으로 보고 안내 인력도 두 배로 늘렸다.</p><p>개방은 연말까지 이어진다.</p>"
            "</div></body></html>")
    return sinmun.extract(html, "https://www.gasang.example/news/12")


def test_the_logo_names_the_press_before_the_datelines_agency():
    assert _logo_page("").press == "가상일보"


def test_the_site_name_beats_the_logo():
    assert _logo_page("<meta property='og:site_name' content='가상매일'>").press == "가상매일"


@pytest.mark.parametrize("paragraph, byline", [
    ("개편안은 이달 말 확정된다.홍길동기자 gildong@gasang.example", "홍길동기자 gildong@gasang.example"),
    ("개편안은 이달 말 공청회를 거쳐 확정된다. [가상일보 홍길동 김철수 기자]", "[가상일보 홍길동 김철수 기자]"),
    ("(사진) 홍길동 기자", None), ("홍길동 기자의 말.", None),
])
def test_bylines_glued_to_the_last_sentence(paragraph, byline):
    from sinmun.extraction.bylines import split_trailing_byline
    assert split_trailing_byline(paragraph)[1] == byline


@pytest.mark.parametrize("title, headline", [
    ("가상시, 버스 노선 개편 | 가상일보 - 전국 최대 지역신문", "가상시, 버스 노선 개편"),  # a slogan after the name
    ("[가상일보] 가상시, 버스 노선 개편", "가상시, 버스 노선 개편"),
    ("[단독] 가상시, 버스 노선 개편", "[단독] 가상시, 버스 노선 개편"),
    ("가상시, 버스 노선 개편 - 가상포스트", "가상시, 버스 노선 개편"),
    ("가상시, 버스 노선 개편 - 가상저널", "가상시, 버스 노선 개편"),
    ("가상시 - 버스 노선 개편", "가상시 - 버스 노선 개편"),
    # a section, the name and its slogan after the headline; a column label before the name with the headline last
    ("가상시, 버스 노선 개편 | 사회 | 가상일보 - 가상시 대표 언론", "가상시, 버스 노선 개편"),
    ("가상시, 버스 노선 개편 < 지역 < 기사본문 - 가상일보 - 가상시 대표 신문", "가상시, 버스 노선 개편"),
    ("칼럼 - 가상일보 - 버스 노선 개편", "버스 노선 개편"),
    ("사회 | 칼럼 - 가상일보 - 버스 노선 개편", "버스 노선 개편"),
])
def test_title_decorations_of_unknown_outlets(title, headline):
    from sinmun.extraction.titles import strip_title_decorations
    assert strip_title_decorations(title) == headline


@pytest.mark.parametrize("line, subtitle", [
    ("12월 한 달 금·토요일 운영 먹거리 부스 30곳", True), ("3년 만에 다시 문 여는 마을 도서관", True),
    ("1. 첫 번째 과제는 주거 안정", False), ("2024.05.01 가상시 소식", False), ("2024년 5월 1일 가상시 소식", False),
])
def test_a_subtitle_line_may_open_with_a_number(line, subtitle):
    from sinmun.extraction.fields import _is_subtitle_line
    assert _is_subtitle_line(line) is subtitle


@pytest.mark.parametrize(("line", "names"), [
    ("가상군/나가람 기자 garam@gasang.example", ["나가람"]),
    ("대구/홍길동 기자", ["홍길동"]),
    ("워싱턴/김철수 특파원", ["김철수"]),
    ("대구/홍길동·김철수 기자", ["홍길동", "김철수"]),
    ("홍길동/김철수 기자", ["홍길동", "김철수"]),
])
def test_a_place_before_a_slash_is_the_datelines_not_a_reporter(line: str, names: list[str]) -> None:
    assert [r.name for r in find_reporters(line)] == names


@pytest.mark.parametrize(("paragraph", "kept", "names"), [
    ("도서관은 다음 달 문을 연다. /가상군=나가람 기자 garam@gasang.example", "도서관은 다음 달 문을 연다.", ["나가람"]),
    ("도서관은 다음 달 문을 연다./가상시=홍길동 기자", "도서관은 다음 달 문을 연다.", ["홍길동"]),
    ("새 노선은 다음 달 1일부터 다닌다.(가상시=홍길동 기자)", "새 노선은 다음 달 1일부터 다닌다.", ["홍길동"]),
])
def test_a_trailing_byline_may_write_the_place_filed_from(paragraph: str, kept: str, names: list[str]) -> None:
    from sinmun.extraction.clean import split_trailing_byline
    text, byline = split_trailing_byline(paragraph)
    assert text == kept and byline is not None and [r.name for r in find_reporters(byline)] == names
    assert boilerplate_rule(paragraph) is None  # the line is the story's, with a byline to cut


def test_a_photo_credit_after_the_last_sentence_is_no_place_filed_from() -> None:
    from sinmun.extraction.clean import split_trailing_byline
    assert split_trailing_byline("배우가 출연한다고 소속사가 밝혔다. (사진=홍길동 기자)")[1] is None


@pytest.mark.parametrize(("line", "names"), [
    ("가상일보 포항 주재기자", []), ("가상일보 포항 주재기자 pohang@gasang.example", []),
    ("나가람 포항 주재기자", ["나가람"]), ("가상일보 나가람 주재기자", ["나가람"]),
])
def test_a_resident_correspondents_posting_alone_names_no_one(line: str, names: list[str]) -> None:
    assert [r.name for r in find_reporters(line)] == names


@pytest.mark.parametrize(("paragraph", "press", "reporters"), [
    ("가상일보=홍길동 기자ㅣ가상시가 새 도서관을 연다.", "가상일보", ["홍길동"]),
    ("가상일보 홍길동 기자 | 가상시가 새 도서관을 연다.", "가상일보", ["홍길동"]),
    ("가상뉴스 홍길동·김철수 기자 = 가상시가 새 도서관을 연다.", "가상뉴스", ["홍길동", "김철수"]),
    ("OSEN=홍길동 기자ㅣ가상시가 새 도서관을 연다.", "OSEN", ["홍길동"]),
    ("가상시 홍길동 기자 | 가상시가 새 도서관을 연다.", None, []),  # a place: no outlet
    ("가상일보 홍길동 기자가 새 도서관을 다녀왔다.", None, []),  # no bar or equals sign: a sentence
])
def test_an_opening_byline_without_brackets_names_the_outlet_and_reporters(paragraph: str, press: str | None,
                                                                          reporters: list[str]) -> None:
    assert press_from_dateline(paragraph) == press
    assert names(dateline_reporters(paragraph)) == reporters


@pytest.mark.parametrize(("line", "reporters"), [
    ("홍길동 기자(사진=김철수 기자)", ["홍길동"]), ("홍길동 기자 [사진=김철수 기자]", ["홍길동"]),
    ("에디터 홍길동", ["홍길동"]), ("에디터 홍길동 hong@gasang.example", ["홍길동"]),
])
def test_a_writers_byline_with_a_bracketed_photo_credit_or_the_editor_title_first(line: str,
                                                                                 reporters: list[str]) -> None:
    cleaned = clean_paragraphs(["가상시가 새 도서관을 연다고 밝혔다.", line])
    assert cleaned.paragraphs == ["가상시가 새 도서관을 연다고 밝혔다."]
    assert names(cleaned.reporters) == reporters


def test_a_caption_with_a_bracketed_photo_credit_names_no_one() -> None:
    cleaned = clean_paragraphs(["가상시가 새 도서관을 연다고 밝혔다.", "가상시청 앞 정류장 (사진=김철수 기자)"])
    assert cleaned.removed_rules == ["photo-caption"] and cleaned.reporters == []


# ----------------------------------------------------------------- a name alone in a dated header line
@pytest.mark.parametrize("texts, expected", [
    (["2025-04-08 ㅣ 나가람 ㅣ 조회 231"], ["나가람"]),
    (["입력 2025-04-08 10:12 | 나가람"], ["나가람"]),
    (["사회", "2025.04.08 | 나가람 | 조회 12"], ["나가람"]),
    # no date, a section or a place beside it, two names, or words that are no count: nobody
    (["나가람 | 조회 12"], []),
    (["2025-04-08 | 사회 | 조회 12"], []),
    (["2025-04-08 | 가상시 | 조회 12"], []),
    (["2025-04-08 | 나가람 | 홍가온"], []),
    (["2025-04-08 | 나가람 | 사회부"], []),
])
def test_a_dated_header_line_names_its_reporter_alone(texts, expected):
    from sinmun.extraction.people import dated_line_names
    assert names(dated_line_names(texts)) == expected


def test_name_slots_marked_by_their_class_or_id():
    page = ('<html><head><meta charset="utf-8"><title>가상군 소식</title></head><body><h1>가상군, 꾸러미 배송 시작</h1>'
            '<div class="info"><span class="{}">홍가온</span> 2025-02-17 14:30</div><div class="article-text">'
            '<p>가상군이 지역 농가의 제철 농산물을 꾸러미로 묶어 매달 집으로 보내는 정기 배송을 시작한다.</p>'
            '<p>꾸러미에는 채소와 과일, 잡곡 등 7∼8가지가 담긴다. 한 달 이용료는 3만원이다.</p></div></body></html>')
    for slot in ("journalist_name", "reporter-name", "writer_name", "author-name"):
        assert names(sinmun.extract(page.format(slot)).reporters) == ["홍가온"], slot
    assert names(sinmun.extract(page.format("name")).reporters) == []  # a class that says no more than "name"
    by_id = page.replace('class="{}"', 'id="writeName"')
    assert names(sinmun.extract(by_id).reporters) == ["홍가온"]


@pytest.mark.parametrize("tag", ["og:article:author", "dc.creator"])
def test_more_author_meta_tags(tag):
    page = (f'<html><head><meta charset="utf-8"><meta property="{tag}" name="{tag}" content="홍가온 기자"><title>t</title>'
            '</head><body><h1>가상군, 꾸러미 배송 시작</h1><div class="article-text">'
            '<p>가상군이 지역 농가의 제철 농산물을 꾸러미로 묶어 매달 집으로 보내는 정기 배송을 시작한다.</p>'
            '<p>꾸러미에는 채소와 과일, 잡곡 등 7∼8가지가 담긴다. 한 달 이용료는 3만원이다.</p></div></body></html>')
    assert names(sinmun.extract(page).reporters) == ["홍가온"]


def test_a_portal_in_an_author_tag_is_no_name():
    assert names(clean_author("가상뉴스 | 네이버")) == []
    assert names(clean_author("네이버")) == []
