"""Short widget labels closing a generic body: two-syllable Korean words, counters with their numbers, a button's
sign, a reaction widget's question (issue 10 §1)."""
from __future__ import annotations

import pytest

from sinmun.extraction.clean import Cleaned, boilerplate_rule
from sinmun.extraction.trailing import drop_leading_labels, drop_trailing_labels

STORY = ["가상시가 첫 공공산후조리원을 내년 9월 연다고 5일 밝혔다.", "이용료는 민간 시설의 절반 수준이다."]


def _after_trailing(lines: list[str]) -> list[str]:
    cleaned = Cleaned(paragraphs=list(lines))
    drop_trailing_labels(cleaned)
    return cleaned.paragraphs


@pytest.mark.parametrize("tail", [["구독", "+"], ["공감", "0", "추천", "0"], ["공감0", "추천0", "구독"], ["댓글 3"], ["▲"]])
def test_short_widget_labels_leave_the_end_of_the_body(tail):
    assert _after_trailing(STORY + tail) == STORY


@pytest.mark.parametrize("tail", [["공감", "추천", "구독", "공유"],  # four labels: a list, not a story's tail
                                  ["12345"], ["서울 12345"]])
def test_more_labels_or_other_lines_stay(tail):
    assert _after_trailing(STORY + tail) == STORY + tail


def test_labels_after_no_sentence_stay():
    lines = ["가상시 공공산후조리원", "구독"]
    assert _after_trailing(lines) == lines


def test_a_two_syllable_word_opening_the_body_stays():
    # a section's name heads a list page's text: the page judge reads it there
    cleaned = Cleaned(paragraphs=["사회"] + STORY)
    drop_leading_labels(cleaned)
    assert cleaned.paragraphs == ["사회"] + STORY


@pytest.mark.parametrize("line", ["이 기사를 어떻게 생각하시나요?", "기사가 마음에 드셨다면 구독해 주세요.", "기사가 유익하셨나요?"])
def test_reaction_prompts_are_furniture(line):
    assert boilerplate_rule(line) == "reaction-prompt"


@pytest.mark.parametrize("line", ["시민들은 이 기사를 읽고 어떻게 생각했을까.", "그는 기사가 마음에 들지 않는다고 했다."])
def test_sentences_about_a_story_are_no_prompt(line):
    assert boilerplate_rule(line) is None
