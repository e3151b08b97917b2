"""A box of other stories set inside the story's text (issue 10 §1): its heading and headline links leave the body
and the story goes on after it; a list of teasers after the story still ends the text. The fixture page is
``tests/fixtures/conventions/related-box-inside-story.html``."""
from __future__ import annotations

import pytest

import sinmun
from sinmun.extraction.clean import clean_paragraphs, story_resumes_after

STORY = ["가상시가 내년 봄까지 공영자전거 1천대를 더 들여온다고 20일 밝혔다.", "시는 대여소 120곳을 새로 만들기로 했다.",
         "이용 요금은 1시간에 1천원으로 지금과 같다.", "시 관계자는 \"이용이 크게 늘었다\"고 말했다.", "자전거 전용도로도 20㎞ 새로 놓인다."]
LINK = '<p><a href="/news/{n}">가상시 자전거 도로 확충 계획 {n}번째 발표</a></p>'


def _page(body: str) -> str:
    return ('<html><head><meta charset="utf-8"><title>가상시 자전거 - 가상일보</title></head><body>'
            '<h1>가상시, 공영자전거 1천대 늘린다</h1><div>입력 2025.11.20 10:12</div>'
            f'<div class="cnt">{body}</div><footer>ⓒ 가상일보</footer></body></html>')


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def test_a_plain_box_heading_inside_the_story_leaves_with_its_links():
    body = _paragraphs(STORY[:2]) + "<p>관련기사</p>" + LINK.format(n=1) + LINK.format(n=2) + _paragraphs(STORY[2:])
    article = sinmun.extract(_page(body), url="https://www.gasang.example/news/articleView.html?idxno=1")
    assert article.body_paragraphs == STORY


def test_a_teaser_list_after_the_story_still_ends_it():
    teasers = "".join(LINK.format(n=n) + f"<p>가상시가 {n}번째 계획을 내놨다고 밝혔다.</p>" for n in range(1, 4))
    body = _paragraphs(STORY) + "<p>관련기사</p>" + teasers
    article = sinmun.extract(_page(body), url="https://www.gasang.example/news/articleView.html?idxno=1")
    assert article.body_paragraphs == STORY


@pytest.mark.parametrize("classes", ["relate", "news_relate", "relate_box"])
def test_a_box_of_class_relate_is_no_text(classes):
    box = f'<div class="{classes}"><strong>관련기사</strong><ul><li>{LINK.format(n=1)}</li><li>{LINK.format(n=2)}</li></ul></div>'
    article = sinmun.extract(_page(_paragraphs(STORY[:2]) + box + _paragraphs(STORY[2:])),
                             url="https://www.gasang.example/news/articleView.html?idxno=1")
    assert article.body_paragraphs == STORY


def test_a_row_of_korean_headline_links_is_no_text():
    row = ('<div><a href="/news/1">가상시 자전거 도로 확충 계획 발표</a><a href="/news/2">공영자전거 이용자 100만명 돌파'
           '</a></div>')
    article = sinmun.extract(_page(_paragraphs(STORY[:2]) + row + _paragraphs(STORY[2:])),
                             url="https://www.gasang.example/news/articleView.html?idxno=1")
    assert article.body_paragraphs == STORY
    short = '<div><a href="/tag/1">자전거</a> <a href="/tag/2">대여소</a></div>'  # tags, not headlines: kept
    kept = sinmun.extract(_page(_paragraphs(STORY[:2]) + short + _paragraphs(STORY[2:])),
                          url="https://www.gasang.example/news/articleView.html?idxno=1")
    assert "자전거 대여소" in kept.body_paragraphs


@pytest.mark.parametrize("lines, resumes", [
    (STORY[:2] + ["관련기사", "가상시 자전거 도로 확충 계획 발표", "공영자전거 이용자 100만명 돌파"] + STORY[2:], 5),
    # the heading ends the story: nothing but furniture after its list, or teasers interleaved with their leads
    (STORY + ["관련기사", "가상시 자전거 도로 확충 계획 발표", "홍길동 기자", "ⓒ 가상일보"], 0),
    (STORY + ["관련기사", "가상시 자전거 도로 계획 발표", "가상시가 계획을 내놨다.", "공영자전거 이용자 돌파",
              "이용자가 100만명을 넘었다."], 0),
    (STORY[:2] + ["관련기사"] + STORY[2:], 0),  # no headline under the heading: the box is not there to skip
])
def test_where_the_story_resumes_after_a_box_heading(lines, resumes):
    index = lines.index("관련기사")
    assert story_resumes_after(lines, index) == (resumes and index + 3)
    cleaned = clean_paragraphs(lines)
    assert cleaned.paragraphs == (STORY if resumes else [line for line in lines[:index]])


@pytest.mark.parametrize("box", [
    '<div class="box"><b>관련기사</b>' + LINK.format(n=1) + LINK.format(n=2) + '</div>',  # the box closes first
    "<p>[관련기사]</p>" + LINK.format(n=1) + LINK.format(n=2),  # the heading in brackets
])
def test_more_shapes_of_a_box_inside_the_story(box):
    article = sinmun.extract(_page(_paragraphs(STORY[:2]) + box + _paragraphs(STORY[2:])),
                             url="https://www.gasang.example/news/articleView.html?idxno=1")
    assert article.body_paragraphs == STORY


def test_a_box_that_closes_before_the_teasers_end_the_story_still_ends_it():
    teasers = "".join(LINK.format(n=n) + f"<p>가상시가 {n}번째 계획을 내놨다고 밝혔다.</p>" for n in range(3, 5))
    box = '<div class="box"><b>관련기사</b>' + LINK.format(n=1) + LINK.format(n=2) + '</div>'
    article = sinmun.extract(_page(_paragraphs(STORY) + box + teasers),
                             url="https://www.gasang.example/news/articleView.html?idxno=1")
    assert article.body_paragraphs == STORY
