"""An editor's note on how a story came to be is no text of the story (issue 10 §1): a line led by a note mark in
the polite form, or a plain ``이 기사는 …`` line in the polite form that says how the story was funded, first
published, translated or written. Story sentences about a story (plain form, or no such word) stay. Also the story's
tags and the prompts under it (follow the outlet elsewhere, pay for the journalism). The fixture
pages are ``tests/fixtures/conventions/editorial-notes`` and ``follow-prompts-and-tags``."""
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


@pytest.mark.parametrize("line, rule", [
    ("#가상시 #도서관", "tag-list"), ("태그 : 가상시, 도서관", "tag-list"), ("키워드: 가상시 도서관", "tag-list"),
    ("Tag: gasang.example", "tag-list"),
    ("네이버 메인에서 가상일보를 받아보세요", "subscribe-share"), ("구글 뉴스에서 가상일보를 팔로우하세요", "subscribe-share"),
    ("가상일보 뉴스레터 신청하기", "subscribe-share"), ("카카오톡 친구 추가하고 소식 받기", "subscribe-share"),
    ("기사 잘 보셨나요? 후원하기", "support-prompt"), ("독자 여러분의 소중한 후원이 좋은 기사를 만듭니다.", "support-prompt"),
    ("기사 잘 보셨나요? 독자님의 후원금은 기사 작성에 큰 힘이 됩니다.", "support-prompt"),
    ("00:00 / 01:30", "player-time"), ("0:00/1:02:33", "player-time"), ("00:00", "player-time"),
    # a comment box's character counter before any is typed; the outlet's channels listed by name
    ("0 / 400", "comment-widget"), ("0/1000자", "comment-widget"),
    ("가상일보 공식 SNS [페이스북] [인스타그램] [유튜브]", "tip-channel"), ("SNS [페이스북] [유튜브]", "tip-channel"),
    # a date line after the bar the header's byline left
    ("| 기사입력 2025-11-20 10:12 | 최종수정 2025-11-20 11:00", "date-line"), ("· 입력 2025.11.20", "date-line"),
])
def test_tags_and_prompts_under_a_story_leave_it(line, rule):
    assert boilerplate_rule(line) == rule


@pytest.mark.parametrize("line", [
    "시민 단체의 후원으로 행사가 열렸다.", "그는 '#미투' 운동에 동참했다.", "태그를 붙인 게시물이 늘었다.", "키워드는 혁신이다.",
    "시는 기업 후원을 받아 도서관을 짓는다고 밝혔다.", "#1 가상구 새 도서관",
    "기업의 후원은 지역 축제에 큰 힘이 됩니다.", "10:12 / 11:00 회의",
    "10 / 100", "2024/2025", "10:12", "공식 SNS에서 화제가 됐다.", "| 가상시가 새 노선을 연다.",
])
def test_story_sentences_on_tags_and_support_stay(line):
    assert boilerplate_rule(line) is None


@pytest.mark.parametrize("line, reporters", [
    ("취재 홍길동, 영상 김철수", ["홍길동"]), ("취재 홍길동 / 촬영 김철수", ["홍길동"]), ("취재 홍길동", ["홍길동"]),
    ("[취재 홍길동 / 영상편집 김철수]", ["홍길동"]), ("취재기자 : 홍길동 / 영상취재 : 김철수 / 영상편집 : 이영희", ["홍길동"]),
    ("취재 : 선우 / 영상 : 김철수", ["선우"]), ("영상취재 홍길동", []),  # the camera crew is no reporter
])
def test_a_broadcasts_credit_line_leaves_the_body_and_names_its_reporter(line, reporters):
    cleaned = clean_paragraphs(["가상시가 새 노선을 연다고 밝혔다.", "시는 버스를 늘린다고 밝혔다.", line])
    assert cleaned.paragraphs == ["가상시가 새 노선을 연다고 밝혔다.", "시는 버스를 늘린다고 밝혔다."]
    assert [r.name for r in cleaned.reporters] == reporters


@pytest.mark.parametrize("line", ["취재 후기", "취재 현장", "취재진이 현장에 도착했다.", "취재 과정에서 주민들을 만났다."])
def test_a_story_line_about_reporting_stays(line):
    assert boilerplate_rule(line) is None
