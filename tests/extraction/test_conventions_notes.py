"""An editor's note on how a story came to be is no text of the story (issue 10 §1): a line led by a note mark in
the polite form, or a plain ``이 기사는 …`` line in the polite form that says how the story was funded, first
published, translated or written. Story sentences about a story (plain form, or no such word) stay. The fixture
page is ``tests/fixtures/conventions/editorial-notes``."""
from __future__ import annotations

import pytest

from sinmun.extraction.clean import boilerplate_rule, clean_paragraphs


@pytest.mark.parametrize("line", [
    "※ 이 기사는 가상재단의 지원을 받아 작성됐습니다.",
    "※이 기사는 가상신문과 제휴로 게재합니다.",
    "* 외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다.",
    "※ 본 칼럼은 필자 개인의 의견으로 본지 입장과 다를 수 있습니다.",
    "[알림] 이 연재는 매주 월요일에 실립니다.",
    "이 기사는 가상언론진흥기금을 지원받았습니다.",
    "이 기사는 2025년05월01일 08시00분에 프리미엄 정보서비스 ‘가상 마켓포인트’에 선공개 됐습니다.",
    "[이 기사는 가상일보 5월호에 실린 기사입니다]",
    "이 기사는 인공지능(AI)을 활용해 작성됐습니다.",
    "(이 기사는 가상통신 기사를 번역한 것입니다)",
])
def test_an_editorial_note_leaves_the_body(line):
    assert boilerplate_rule(line) == "editorial-note"


@pytest.mark.parametrize("line", [
    "이 기사는 큰 반향을 일으켰다.",
    "이 기사는 지난해 가상재단의 지원을 받아 작성됐다고 밝혔다.",
    "이 기사는 어제 저희 뉴스를 통해 보도됐습니다.",
    "기사는 가상재단의 지원을 받아 작성됐습니다라는 문구로 끝난다는 지적이 나왔다.",
])
def test_a_sentence_about_a_story_stays(line):
    assert boilerplate_rule(line) is None


def test_a_name_in_a_note_is_no_reporter():
    cleaned = clean_paragraphs(["가상군이 노선을 늘린다.", "※ 이 기사는 홍길동 기자가 가상재단의 지원을 받아 작성했습니다."])
    assert cleaned.paragraphs == ["가상군이 노선을 늘린다."]
    assert cleaned.removed_rules == ["editorial-note"]
    assert cleaned.reporters == []
