"""Reporters named only by a link to their other stories, by a broadcast's reporting label, or on a header line
with a control inside it (issue 10 §1)."""
from __future__ import annotations

import pytest

import sinmun
from sinmun.extraction.clean import boilerplate_rule, find_reporters
from sinmun.extraction.bylines import other_stories_link


@pytest.mark.parametrize("text, name", [("홍길동 기자의 다른 기사 보기", "홍길동"), ("홍길동 기자 다른기사", "홍길동"),
                                        ("김철수 특파원의 기사 모아보기", "김철수"), ("남궁민수 기자의 기사 더보기", "남궁민수")])
def test_a_link_to_the_reporters_other_stories_names_the_reporter(text, name):
    assert [r.name for r in find_reporters(text)] == [name]


@pytest.mark.parametrize("text", ["해당 기자의 다른 기사", "이 기자의 다른 기사 보기", "같은 기자의 다른 기사", "최신 기자의 다른 기사",
                                  "인기 기자의 다른 기사", "기자의 다른 기사 보기", "홍길동 기자의 다른 사진"])
def test_a_word_that_says_which_reporter_is_no_name(text):
    assert other_stories_link(text) is None
    assert find_reporters(text) == []


@pytest.mark.parametrize("text", ["취재기자 : 홍길동", "취재기자: 홍길동", "취재 : 홍길동", "(취재 : 홍길동 / 영상취재 : 김철수)"])
def test_a_reporting_label_names_the_reporter(text):
    assert [r.name for r in find_reporters(text)] == ["홍길동"]


@pytest.mark.parametrize("text", ["영상취재 : 홍길동", "영상취재기자 : 홍길동", "사진기자 : 홍길동"])
def test_a_camera_crews_label_names_no_reporter(text):
    assert find_reporters(text) == []


@pytest.mark.parametrize("line", ["방송일 2025.12.02 20:10", "작성일 2025.12.02 20:10", "게시일 : 2025-12-02"])
def test_air_and_posting_dates_are_date_lines(line):
    assert boilerplate_rule(line) == "date-line"


PAGE = """<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>가상시 새 공원 연다 - 가상일보</title></head>
<body><h1>가상시 새 공원 연다</h1><p>입력 2025.11.20 10:12</p>{header}
<div class="article-body"><p>가상시가 내년 봄 강변에 새 공원을 연다고 20일 밝혔다.</p>
<p>공원에는 산책로와 놀이터, 작은 도서관이 들어선다.</p><p>시는 주민 의견을 들어 이름을 정하기로 했다.</p></div>
{after}<footer>Copyright 가상일보</footer></body></html>"""
URL = "https://www.gasang-ilbo.example/news/articleView.html?idxno=1"


def _names(header: str = "", after: str = "") -> list[str]:
    return [r.name for r in sinmun.extract(PAGE.format(header=header, after=after), url=URL).reporters]


@pytest.mark.parametrize("header", ["<p>홍길동 기자 <button>+ 구독</button></p>", "<p><img src='/i.png' alt=''> 홍길동 기자</p>",
                                    "<p>홍길동 기자 <select><option>공유</option></select></p>"])
def test_a_header_line_with_a_control_or_icon_inside_is_read_without_it(header):
    assert _names(header=header) == ["홍길동"]


def test_a_link_to_other_stories_after_the_body_names_the_reporter():
    assert _names(after='<p><a href="/list?w=1">홍길동 기자의 다른 기사 보기</a></p>') == ["홍길동"]


def test_a_link_to_other_stories_in_a_teaser_names_no_one():
    teaser = ('<ul><li><a href="/v/2">가상군 겨울 제설 장비 두 배로 늘린다</a> '
              '<a href="/list?w=2">김철수 기자의 다른 기사</a></li></ul>')
    assert _names(after=teaser) == []


def test_a_reporter_named_elsewhere_wins_over_the_link():
    assert _names(header="<p>홍길동 기자</p>", after='<p><a href="/list?w=2">김철수 기자의 다른 기사 보기</a></p>') == ["홍길동"]
