"""Wire photo captions left in the text as plain lines (issue 10 §1): a caption closed by the day its picture was
taken, maybe with its credit and e-mail, leaves the body and names no reporter; a story's dateline paragraph stays.
The fixture pages are ``tests/fixtures/conventions/wire-photo-caption*`` and ``wire-photo-story``."""
from __future__ import annotations

import pytest

from sinmun.extraction.clean import boilerplate_rule, clean_paragraphs


@pytest.mark.parametrize("line", [
    "(서울=연합뉴스) 홍길동 기자 = 1일 오후 서울 가상구의 쉼터에서 시민들이 더위를 식히고 있다. 2025.8.1 hong@yna.example",
    "1일 오후 가상동 주민센터에서 어르신들이 쉬고 있다. 2025.8.1 [공동취재] photo@gasangpic.example",
    "[서울=가상시스] 홍길동 기자 = 1일 서울 가상구에서 시민들이 걷고 있다. 2025.08.01. hong@gasangsis.example",
    "(서울=가상원) 홍길동 기자 = 1일 서울 가상구에서 시민들이 걷고 있다. 2025.8.1/가상원",
    "1일 가상구에서 시민들이 걷고 있다. (사진=가상시 제공) 2025.08.01. photo@gasangsis.example",
    "가상시청 전경. 2025.8.1 [가상시 제공. 재판매 및 DB 금지] photo@yna.example",
    "1일 가상구에서 시민들이 걷고 있다 2025.8.1 [공동취재]",   # no stop, but a credit after the stamp
    "정부세종청사 전경. 2025.8.1",
])
def test_a_caption_closed_by_its_date_stamp_is_furniture(line):
    assert boilerplate_rule(line) == "dated-caption"


@pytest.mark.parametrize("line", [
    "(서울=연합뉴스) 홍길동 기자 = 정부가 1일 새 대책을 발표했다.",   # the story's dateline paragraph
    "개정안은 2025.8.1부터 시행된다.",
    "[포토] 노인 일자리 참여자 역대 최다 2024.03.20",                # a teaser and its date: no stop, no credit
    "[포토] 노인 일자리 참여자 역대 최다2024.03.20",
    "2025.8.1 hong@yna.example",                                   # no sentence before the stamp
    "정부가 새 대책을 발표했다. 시행은 2025.8.1",
])
def test_lines_that_only_hold_a_date_are_no_caption(line):
    assert boilerplate_rule(line) != "dated-caption"


def test_a_slash_photo_credit_closes_a_caption():
    assert boilerplate_rule("가상시장이 25일 개통식에서 인사말을 하고 있다. /사진=가상통신") == "photo-caption"


def test_the_photographer_of_a_dated_caption_is_no_reporter():
    cleaned = clean_paragraphs([
        "(서울=연합뉴스) 김철수 기자 = 가상시가 쉼터를 늘린다고 1일 밝혔다.",
        "(서울=연합뉴스) 홍길동 기자 = 1일 서울 가상구의 쉼터에서 시민들이 쉬고 있다. 2025.8.1 hong@yna.example",
        "쉼터는 밤 9시까지 연다."])
    assert cleaned.removed_rules == ["dated-caption"] and cleaned.reporters == []
    assert len(cleaned.paragraphs) == 2


def test_a_dated_caption_that_is_all_the_text_stays():
    line = "5일 가상천 산책로에서 시민들이 걷고 있다. 2025.4.5 hong@gasangnews.example"
    assert clean_paragraphs([line]).paragraphs == [line]
