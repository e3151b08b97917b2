"""An inline element left open right under ``<body>`` holds the story's paragraphs (``<body><b><p>…``): content
scoring takes it for the container; fixture page ``tests/fixtures/conventions/unclosed-inline-around-story``."""
from __future__ import annotations

import pytest

import sinmun

HEAD = ('<html><head><meta charset="utf-8"><title>가상시 자전거 - 가상일보</title></head><body><h1>가상시 자전거</h1>'
        '<div>입력 2025.11.20 10:12</div>')
STORY = ["가상시가 내년 봄까지 공영자전거 1천대를 더 들여온다고 20일 밝혔다.",
         "시는 대여소 120곳을 새로 만들고, 기존 대여소의 거치대도 늘리기로 했다.", "이용 요금은 1시간에 1천원으로 지금과 같다."]
PARAGRAPHS = "".join(f"<p>{line}</p>" for line in STORY)
URL = "https://www.gasang.example/news/articleView.html?idxno=1"


@pytest.mark.parametrize("opened", ["<b>", "<span>", "<b><i>", "<strong><u>", "<a href='/x'>", "<b>" * 6, "<font>"])
def test_an_inline_element_left_open_around_the_story_is_its_container(opened):
    found = sinmun.extract(HEAD + opened + PARAGRAPHS, url=URL)
    assert found.is_article and found.body_paragraphs == STORY


def test_a_closed_inline_element_in_a_container_changes_nothing():
    found = sinmun.extract(HEAD + f'<div class="article-body"><b>{STORY[0]}</b>' + PARAGRAPHS[len(STORY[0]) + 7:]
                           + "</div>", url=URL)
    assert found.body_paragraphs == STORY
