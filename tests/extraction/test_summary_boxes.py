"""A summary box in the article text (``AI 요약``, ``3줄 요약``, ``기사 요약``: a label, bullet lines restating the
story, often a note that a machine wrote them) is no body text; fixture page
``tests/fixtures/conventions/ai-summary-box``."""
from __future__ import annotations

import pytest

import sinmun
from sinmun.extraction.widgets import summary_label

HEAD = ('<html><head><meta charset="utf-8"><title>가상시 자전거 늘린다 - 가상일보</title></head><body>'
        '<h1>가상시 자전거 늘린다</h1><div>홍길동 기자 | 입력 2025.11.20 10:12</div><div class="article-body">')
STORY = ["가상시가 내년 봄까지 공영자전거 1천대를 더 들여온다고 20일 밝혔다.",
         "시는 대여소 120곳을 새로 만들고, 기존 대여소의 거치대도 늘리기로 했다.", "이용 요금은 1시간에 1천원으로 지금과 같다."]
URL = "https://www.gasang.example/news/articleView.html?idxno=1"


def body(box: str, after: bool = False) -> list[str]:
    story = "".join(f"<p>{line}</p>" for line in STORY)
    html = HEAD + (story + box if after else box + story) + "</div></body></html>"
    return sinmun.extract(html, url=URL).body_paragraphs


@pytest.mark.parametrize("box", [
    '<div class="ai-summary"><strong>AI 요약</strong><ul><li>공영자전거 1천대 추가</li><li>대여소 120곳 신설</li></ul>'
    '<p>AI가 기사를 요약한 것입니다. 전체 맥락은 본문을 확인하세요.</p></div>',
    '<section><h4>3줄 요약</h4><p>공영자전거 1천대 추가</p><p>대여소 120곳 신설</p><p>요금은 그대로</p></section>',
    '<div class="box"><div class="tit">[핵심 요약]</div><ol><li>자전거 1천대</li><li>대여소 120곳</li></ol></div>',
])
def test_a_summary_box_in_the_text_goes_whole(box):
    assert body(box) == STORY
    assert body(box, after=True) == STORY


def test_a_box_too_long_for_a_summary_stays():
    long_box = ('<div class="part"><h3>요약</h3>' + "".join(f"<p>{line}</p>" for line in STORY * 6) + "</div>")
    assert len(body(long_box)) > len(STORY)


@pytest.mark.parametrize("line, is_label", [
    ("AI 요약", True), ("3줄 요약", True), ("세 줄 요약", True), ("[기사 요약]", True), ("요약", True),
    ("뉴스 요약쏙", True), ("요약하면 이렇다", False), ("정부는 보고서를 요약해 발표했다.", False),
])
def test_summary_labels(line, is_label):
    assert summary_label(line) is is_label
