"""A generic body does not end with the labels of the widgets under the article (``Comments``,
``Tags:``, a pager), nor open with those above it (``기사 듣기``, ``가 가 가 가``); a list page's last date line, an
article's last sentence, a transcript's markers and a subtitle line stay.
The pages are written here."""
from __future__ import annotations

import pytest

import sinmun
from sinmun.extraction.clean import Cleaned
from sinmun.extraction.trailing import LEADING_RULE, TRAILING_RULE, drop_leading_labels, drop_trailing_labels, is_label

TEXT = ("The bridge over the river will close for repairs from Monday, and buses will take the long way "
        "round through the market square until the end of the month.")


def page(tail: str) -> str:
    paragraphs = "".join(f"<p>{TEXT} This is note {n}.</p>" for n in ("one", "two", "three", "four"))
    return (f"<html><head><title>Bridge closes</title></head><body><div class='story'>{paragraphs}"
            f"{tail}</div></body></html>")


def body(html: str) -> list[str]:
    return sinmun.extract(html, "https://town.example.com/news/bridge-closes").body_paragraphs


def test_widget_labels_after_the_last_sentence_leave_the_body() -> None:
    found = body(page("<div>Comments</div><div>Tags: roads</div>"))
    assert found[-1] == f"{TEXT} This is note four."


def test_removed_labels_are_explained() -> None:
    record = sinmun.extract(page("<div>Previous post</div>"), "https://town.example.com/news/bridge-closes",
                            explain=True)
    assert record.explain is not None
    assert [(r.text, r.rule) for r in record.explain.removed] == [("Previous post", TRAILING_RULE)]


def test_date_lines_and_long_lines_are_no_labels() -> None:
    assert not is_label("2024.03.05 15:45")
    assert not is_label("A closing remark that is a good deal longer than a label")
    assert not is_label("It ends here.")
    assert is_label("Previous post")


def test_a_run_of_short_lines_is_a_list_not_a_tail() -> None:
    lines = [f"{TEXT}", "Roads", "Rail", "Buses", "Ferries"]
    cleaned = Cleaned(list(lines))
    drop_trailing_labels(cleaned)
    assert cleaned.paragraphs == lines


def test_labels_after_no_sentence_stay() -> None:
    cleaned = Cleaned(["Timetable changes", "Buses", "Rail"])
    drop_trailing_labels(cleaned)
    assert cleaned.paragraphs == ["Timetable changes", "Buses", "Rail"]


def test_a_counters_number_beside_its_label_leaves_with_it() -> None:
    story = ["가상시가 20일 새 대책을 발표했다.", "시는 예산 10억원을 들이기로 했다."]
    # two labels with their numbers: the numbers are no labels of their own, so two labels, within a tail's count
    cleaned = Cleaned(paragraphs=[*story, "좋아요", "0", "슬퍼요", "12"])
    drop_trailing_labels(cleaned)
    assert cleaned.paragraphs == story
    # four labels with their numbers: more than a tail's labels, kept
    cleaned = Cleaned(paragraphs=[*story, "좋아요", "0", "슬퍼요", "12", "화나요", "3", "놀라워요", "1"])
    drop_trailing_labels(cleaned)
    assert cleaned.paragraphs == [*story, "좋아요", "0", "슬퍼요", "12", "화나요", "3", "놀라워요", "1"]
    cleaned = Cleaned(paragraphs=[*story, "좋아요", "0"])
    drop_trailing_labels(cleaned)
    assert cleaned.paragraphs == story
    assert is_label("0") and is_label("1234") and not is_label("12345") and not is_label("2025.11.20")


STORY = ["가상시가 20일 새 대책을 발표했다.", "시는 예산 10억원을 들이기로 했다."]


@pytest.mark.parametrize("opening", [["기사 듣기"], ["가 가 가 가"], ["인쇄 공유", "보내기"], ["Text size"], ["Read Later"]])
def test_widget_labels_opening_a_body_leave_it(opening) -> None:
    cleaned = Cleaned(paragraphs=[*opening, *STORY])
    drop_leading_labels(cleaned)
    assert cleaned.paragraphs == STORY
    assert cleaned.removed_rules == [LEADING_RULE] * len(opening)


@pytest.mark.parametrize("opening", [
    ["[앵커]"], ["【 앵커멘트 】"], ["(서울=가상일보)"],        # a transcript's marker, a dateline
    ["요금 동결, 대여소 120곳 신설"],                              # a subtitle line: the subtitle reader's
    ["첫째 둘째", "셋째 넷째", "다섯 여섯", "일곱 여덟"],            # more than a widget's few labels
    ["0"],
])
def test_markers_subtitles_and_long_runs_stay(opening) -> None:
    cleaned = Cleaned(paragraphs=[*opening, *STORY])
    drop_leading_labels(cleaned)
    assert cleaned.paragraphs == [*opening, *STORY]


def test_labels_before_no_sentence_stay() -> None:
    cleaned = Cleaned(paragraphs=["기사 듣기", "가상 소식 하나", "가상 소식 둘"])
    drop_leading_labels(cleaned)
    assert cleaned.paragraphs == ["기사 듣기", "가상 소식 하나", "가상 소식 둘"]
