"""A byline sharing its line with other page furniture, and crew credits (issue 10 §1): a copyright notice after the
byline (``홍길동 기자 x@y ⓒ 가상일보, 무단 전재 및 재배포 금지``), a tip-off prompt after it (``홍길동 기자 ▶ 제보하기``),
a camera crew's credit (``영상=홍길동 기자``), which names no reporter, like a photographer's, and a writer named
without a title after ``By`` or with the day beside (``By 홍길동 | 2025.11.20 10:12``). Fixture pages:
``tests/fixtures/conventions/byline-copyright-one-line``, ``byline-tip-prompt-one-line``, ``byline-video-crew``,
``byline-by-day``."""
from __future__ import annotations

import pytest

from sinmun.extraction.bylines import find_reporters, sign_off_reporters
from sinmun.extraction.clean import boilerplate_rule, clean_paragraphs

STORY = ["가상시가 20일 새 대책을 발표했다.", "시는 예산 10억원을 들이기로 했다."]


def names(reporters) -> list[str]:
    return [r.name for r in reporters]


@pytest.mark.parametrize("line, expected, notice", [
    ("홍길동 기자 gildong@gasang.example ⓒ 가상일보, 무단 전재 및 재배포 금지", ["홍길동"], "ⓒ 가상일보, 무단 전재 및 재배포 금지"),
    ("홍길동 기자 <저작권자 © 가상일보, 무단전재 및 재배포 금지>", ["홍길동"], "<저작권자 © 가상일보, 무단전재 및 재배포 금지>"),
    ("홍길동·김철수 기자 Copyright © 가상일보 All rights reserved", ["홍길동", "김철수"],
     "Copyright © 가상일보 All rights reserved"),
    ("ⓒ 가상일보, 무단 전재 및 재배포 금지", [], None),
    ("저작권자 © 가상일보 무단전재 및 재배포 금지 홍길동 기자", [], None),  # the notice first: its words are not a byline
    ("가상일보 사진부 제공 ⓒ 가상일보", [], None),
])
def test_a_byline_before_the_copyright_notice_names_the_reporter(line, expected, notice):
    cleaned = clean_paragraphs([*STORY, line])
    assert cleaned.paragraphs == STORY
    assert cleaned.copyright == (notice or line)
    assert names(cleaned.reporters) == expected


@pytest.mark.parametrize("line, expected", [
    ("홍길동 기자 ▶ 제보하기: 카카오톡 가상일보", ["홍길동"]),
    ("홍길동 기자 gildong@gasang.example ▶ 제보하기: 카카오톡", ["홍길동"]),
    ("홍길동 기자 ※ 기사 제보 news@gasang.example", ["홍길동"]),
])
def test_a_byline_before_a_prompt_on_one_line_is_a_byline(line, expected):
    assert boilerplate_rule(line) == "byline"
    cleaned = clean_paragraphs([*STORY, line])
    assert cleaned.paragraphs == STORY
    assert names(cleaned.reporters) == expected


@pytest.mark.parametrize("line", [
    "홍길동 기자 ■ 시는 예산을 더 늘리기로 했다.",      # what follows the mark is a sentence
    "시장 선거 ▶ 홍길동 후보 당선",                    # no byline before the mark
    "▶ 제보하기: 카카오톡 가상일보",                  # the mark opens the line
])
def test_a_mark_without_a_byline_before_it_and_furniture_after_is_no_byline(line):
    assert boilerplate_rule(line) != "byline"


@pytest.mark.parametrize("line, expected", [
    ("취재=홍길동 기자, 영상=김철수 기자", ["홍길동"]),
    ("홍길동 기자 / 영상취재=김철수 기자", ["홍길동"]),
    ("영상=김철수 기자", []),
    ("글·영상=홍길동 기자", ["홍길동"]),    # the writer made the video too
])
def test_a_camera_crew_is_no_reporter(line, expected):
    assert names(find_reporters(line)) == expected


@pytest.mark.parametrize("line, expected", [
    ("By 홍길동", ["홍길동"]),
    ("by 홍길동, 김철수", ["홍길동", "김철수"]),
    ("By 홍길동 | 2025.11.20 10:12", ["홍길동"]),     # the byline's day beside it
    ("글 홍길동 · 2025.11.20", ["홍길동"]),
    ("By 가상일보", []),
    ("By 홍길동 | 정치", []),                          # only a day may follow the name
    ("Byline 홍길동", []),
    ("기고 홍길동 가상대 교수", ["홍길동"]),             # a contributor's column
    ("기고=홍길동 가상연구원 연구위원", ["홍길동"]),
    ("기고 모음", []),
])
def test_an_untitled_writer_written_after_by_or_before_the_day(line, expected):
    assert names(find_reporters(line)) == expected


@pytest.mark.parametrize("line, expected", [
    ("( 취재 : 홍길동 / 영상편집 : 김철수 / 제작 : 가상뉴스부 )", ["홍길동"]),
    ("(취재 : 홍길동 / 영상취재 : 김철수 / 영상편집 : 나가람)", ["홍길동"]),
    ("[영상취재 : 김철수 / 영상편집 : 나가람]", []),            # the camera and the editing: no reporter
    ("(영상취재 : 김철수)", []),
])
def test_the_reporting_part_of_a_broadcast_credit_names_the_reporter(line, expected):
    cleaned = clean_paragraphs([*STORY, line])
    assert cleaned.paragraphs == STORY
    assert names(cleaned.reporters) == expected


@pytest.mark.parametrize("line, expected", [
    ("지금까지 가상방송 홍길동 기자였습니다.", ["홍길동"]),
    ("이상 가상방송 홍길동 기자였습니다.", ["홍길동"]),
    ("지금까지 첫 수상자 홍길동 기자였습니다.", []),             # more than the outlet before the name
    ("올해 첫 수상자는 홍길동 기자였습니다.", []),
])
def test_a_past_sign_off_after_its_opener_and_the_outlet(line, expected):
    assert names(sign_off_reporters(line)) == expected
