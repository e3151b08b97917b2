"""Gaps the last pass left in the generic Korean conventions (issue 10): the word between a reporter's name and the
title that is no second name, a story's closing slash byline, a photo caption's agency credit, and the lone dash
and year lines under a headline. The fixture pages are under ``tests/fixtures/generic-ko/``
(kind-of-reporter-after-name, posting-place-after-name, side-by-side-names-kept, …)."""
from __future__ import annotations

import pytest

from sinmun.extraction.bylines import clean_author, find_reporters, side_by_side_name


def names(reporters) -> list[str]:
    return [r.name for r in reporters]


# ----------------------------------------------------------------- a word between the name and the title
@pytest.mark.parametrize("line, expected", [
    ("홍길동 장애인 기자", ["홍길동"]), ("홍길동 신도림 기자", ["홍길동"]), ("김철수 조지아 통신원", ["김철수"]),
    ("홍길동 워싱턴 특파원", ["홍길동"]), ("김철수 베이징 특파원", ["김철수"]), ("나가람 청소년 기자", ["나가람"]),
    ("홍길동 노년층 기자", ["홍길동"]), ("장애인 홍길동 기자", ["홍길동"]), ("조지아 김철수 특파원", ["김철수"]),
    ("어린이 홍길동 나가람 기자", ["홍길동", "나가람"]), ("신도림 홍길동 김철수 기자", ["홍길동", "김철수"]),
    ("홍길동 김철수 기자", ["홍길동", "김철수"]), ("홍길동 남궁가람 기자", ["홍길동", "남궁가람"]),
])
def test_the_word_before_the_title_is_a_second_name_only_when_it_looks_like_one(line, expected):
    assert names(find_reporters(line)) == expected
    assert names(clean_author(line)) == expected


def test_the_e_mail_after_a_kind_of_reporter_is_the_reporters():
    assert [(r.name, r.email) for r in find_reporters("홍길동 장애인 기자 gildong@gasang.example")] == [
        ("홍길동", "gildong@gasang.example")]


@pytest.mark.parametrize("word, expected", [
    ("장애인", False), ("신도림", False), ("조지아", False), ("유가족", False), ("주민들", False), ("고령층", False),
    ("김철수", True), ("장애진", True), ("신도현", True), ("조지훈", True),
])
def test_places_and_groups_of_people_are_no_names(word, expected):
    assert side_by_side_name(word) is expected


# ----------------------------------------------------------------- a photo caption's agency credit
@pytest.mark.parametrize("paragraph, press", [
    ("[AFP=연합뉴스] 가상국 수도에서 시민들이 행진하고 있다.", None),
    ("[EPA=연합뉴스]", None),
    ("(가상수도 AP=가상뉴스) 홍길동 기자 = 가상국 대통령의 연설 모습", None),
    ("[로이터=가상일보] 가상국 항구에 화물선들이 서 있다.", None),
    ("(파리 AFP=가상뉴스) 가상국 정부가 새 연금법을 발표했다. 의회는 다음 달 표결한다.", "가상뉴스"),
    ("(서울=가상뉴스) 홍길동 기자 = 가상시가 버스 요금 인상을 검토하고 있다.", "가상뉴스"),
    ("[AFP=가상뉴스] 가상국 정부가 새 연금법을 14일 발표했다.", "가상뉴스"),
])
def test_an_agencys_photo_credit_opening_a_caption_names_no_outlet(paragraph, press):
    from sinmun.extraction.presses import press_from_dateline
    assert press_from_dateline(paragraph) == press


# ----------------------------------------------------------------- lone dash lines and year lines under the headline
QUOTE = '"청년이 떠나지 않는 도시를 만들겠다"'


@pytest.mark.parametrize("lines, count", [
    ([QUOTE, "- 나가람 가상시장", "―", "가상시가 청년 정책을 내놓았다."], 3),    # the dash line closes the quote
    ([QUOTE + " ― 나가람 가상시장", "—", "가상시가 청년 정책을 내놓았다."], 2),
    ([QUOTE, "- 나가람 가상시장", "가상시가 청년 정책을 내놓았다."], 2),
    ([QUOTE, "―", "가상시가 청년 정책을 내놓았다."], 0),                       # a dash alone is no speaker
    ([QUOTE, "-", "나가람 가상시장"], 0), ([QUOTE + " ―", "가상시가 청년 정책을 내놓았다."], 0),
    ([QUOTE, "- 나가람 가상시장", "- 월세 지원 두 배"], 0),                      # dash items: a list
])
def test_a_lone_dash_line_is_a_separator_never_a_speaker_or_a_list_item(lines, count):
    from sinmun.extraction.widgets import pull_quote_lines
    assert pull_quote_lines(lines) == count


@pytest.mark.parametrize("line, expected", [
    ("2024년 가상시에서 태어난 아기가 처음으로 늘었다", True), ("2024년도 가상시 예산이 확정됐습니다", True),
    ("2024 가상시 청년 정책 무엇이 달라지나요", True),
    ("2025년 가상시 예산 12조3천억원 확정", False), ('2024년 가상시 상인회 "손님 늘었다"', False),
    ("가상시에서 태어난 아기가 처음으로 늘었다", False), ("300곳 넘어선 공공 배달앱 가맹점", False),
])
def test_a_year_then_a_sentence_without_its_stop_is_no_subtitle_line(line, expected):
    from sinmun.extraction.fields import _is_subtitle_line
    from sinmun.extraction.widgets import year_led_sentence
    assert year_led_sentence(line) is expected
    if expected:
        assert not _is_subtitle_line(line)


@pytest.mark.parametrize("line, subtitle", [
    ("가상시가 새 도서관을 다음 달 연다고 14일 밝혔다", False),   # a reporting verb: the story's lead, its stop missing
    ('가상시 관계자는 "주민 의견을 듣겠다"고 말했다', False),
    ("가상시가 새 도서관을 연다. 책은 십만 권", False),           # a sentence ends inside the line
    ("책 십만 권·어린이 열람실 갖춰", True), ('주민들 "밤에도 문 열어 달라"', True),
    ("시민 절반이 찬성했다", True),                               # a deck may end in a verb
])
def test_a_story_sentence_without_its_stop_is_no_subtitle_line(line, subtitle):
    from sinmun.extraction.fields import _is_subtitle_line
    assert _is_subtitle_line(line) is subtitle


@pytest.mark.parametrize("line, subtitle", [
    ("- 올해 시범 운영 세 곳에서 스물두 곳으로", True), ("- 2만원 넘게 사면 배송비 무료", True),
    ("―요금은 1시간 1천원 그대로", True), ("- 대여소 120곳 새로 만들어 -", True),
    ("-30도 한파 온다", False),  # a negative number, not a dash
    ("- 가상시가 새 도서관을 연다고 14일 밝혔다", False),  # a story's sentence, dash or not
])
def test_a_deck_line_may_open_with_a_dash(line, subtitle):
    from sinmun.extraction.fields import _is_subtitle_line
    assert _is_subtitle_line(line) is subtitle


# ----------------------------------------------------------------- a slash byline closing the story's text
STORY = ["가상시가 내년부터 수도요금을 올린다고 7일 밝혔다.", "시는 정수장 시설 비용이 늘었다고 설명했다."]
LAST = "시민단체들은 인상 폭을 줄여야 한다고 요구하고 있다./홍길동 기자"


@pytest.mark.parametrize("after", [[], ["저작권자 © 가상생활신문 무단전재 및 재배포 금지"], ["", "관련기사"],
                                   ["관련기사", "가상시 하수도 요금도 내년 오른다"]])
def test_a_slash_byline_ending_the_text_is_the_byline(after):
    from sinmun.extraction.clean import clean_paragraphs
    cleaned = clean_paragraphs(STORY + [LAST] + after)
    assert names(cleaned.reporters) == ["홍길동"]
    assert cleaned.paragraphs == STORY + ["시민단체들은 인상 폭을 줄여야 한다고 요구하고 있다."]


@pytest.mark.parametrize("lines", [
    STORY[:1] + [LAST] + STORY[1:],                          # a caption in the text: more story follows
    STORY + ["가상천 산책로를 시민들이 걷고 있다 /나가람 기자"] + STORY[:1],
    STORY + ["사진/김철수 기자"], STORY + ["새로 포장한 가상천 산책로 /김철수 기자"],
])
def test_a_photographers_credit_names_no_reporter(lines):
    from sinmun.extraction.clean import clean_paragraphs
    assert clean_paragraphs(lines).reporters == []


@pytest.mark.parametrize("line, expected", [
    (LAST, True), ("요구하고 있다. / 홍길동 기자", True), ("사진/홍길동 기자", False), ("홍길동/김철수 기자", False),
    ("요구하고 있다./홍길동 기자 gildong@gasang.example", False), ("가상천 산책로 /홍길동 기자", False),
])
def test_a_line_ends_with_a_slash_byline(line, expected):
    from sinmun.extraction.bylines import ends_with_slash_byline
    assert ends_with_slash_byline(line) is expected
