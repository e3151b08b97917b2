"""A bare page: the story's paragraphs stand right under ``<body>``, with no container element around them (an old
personal or press-release page, or what a repaired raw-text element leaves); content scoring takes the body itself
when no container scores enough. Fixture page ``tests/fixtures/conventions/bare-body-paragraphs``."""
from __future__ import annotations

import pytest

import sinmun
from sinmun.extraction.content import score_content
from selectolax.lexbor import LexborHTMLParser

STORY = ["가상시가 내년 봄까지 공영자전거 1천대를 더 들여온다고 20일 밝혔다.",
         "시는 대여소 120곳을 새로 만들고, 기존 대여소의 거치대도 늘리기로 했다.", "이용 요금은 1시간에 1천원으로 지금과 같다."]
HEAD = ('<html><head><meta charset="utf-8"><title>가상시 자전거 늘린다 - 가상일보</title></head><body>'
        '<h1>가상시 자전거 늘린다</h1><div>입력 2025.11.20 10:12</div>')
PARAGRAPHS = "".join(f"<p>{line}</p>" for line in STORY)
URL = "https://www.gasang.example/news/articleView.html?idxno=1"


def test_paragraphs_right_under_the_body_are_the_story():
    found = sinmun.extract(HEAD + PARAGRAPHS + "<p>홍길동 기자</p></body></html>", url=URL)
    assert found.is_article and found.body_paragraphs == STORY
    assert [r.name for r in found.reporters] == ["홍길동"]


def test_a_container_that_scores_enough_still_wins_over_the_body():
    html = HEAD + '<div class="article-body">' + PARAGRAPHS + "</div><p>이 기사를 친구에게 보내 주세요. 감사합니다.</p>"
    node = score_content(LexborHTMLParser(html))
    assert node is not None and node.tag == "div"


@pytest.mark.parametrize("tail", ["<p>가상일보</p>", "<p>짧은 줄.</p><p>또 짧은 줄.</p>"])
def test_too_little_text_under_the_body_is_no_story(tail):
    assert score_content(LexborHTMLParser(HEAD + tail)) is None
