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
