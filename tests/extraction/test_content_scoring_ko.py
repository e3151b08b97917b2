"""Content scoring and in-text link boxes on Korean pages of unknown sites (tests/fixtures/generic-ko/
{short-paragraphs-dated-header,related-box-mid-story})."""
from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from sinmun.extraction.content import _sentence_marks, _short_korean_sentence, link_boxes, score_content


@pytest.mark.parametrize(("text", "marks"), [
    ("입력 2025.12.15 22:30수정 2025.12.15 23:10", 0),  # a date's points end no sentence
    ("금리는 3.5%로 올랐다. 시장은 놀랐다.", 2),
    ("Is it over? Yes. It is!", 3),
])
def test_sentence_marks(text, marks):
    assert _sentence_marks(text) == marks


@pytest.mark.parametrize(("text", "short_sentence"), [
    ("가상 스타즈가 안방 4연승을 달렸다.", True),
    ("주장은 혼자 30점을 넣었다.", True),
    ("많이 본 뉴스", False),
    ("좋아요 다.", False),  # too short to be a sentence
])
def test_short_korean_sentences(text, short_sentence):
    assert _short_korean_sentence(text) is short_sentence


def test_short_korean_paragraphs_outweigh_a_dated_header():
    html = ("<html><body><div class='top'><h1>가상 스타즈, 안방 4연승</h1><div class='date'><span>입력 2025.10.11 21:40"
            "</span><span>수정 2025.10.11 22:05</span></div></div><div id='story'><p>가상 스타즈가 안방 4연승을 달렸다.</p>"
            "<p>가상 스타즈는 11일 가상체육관에서 열린 경기에서 막판 3점슛 두 개로 역전승을 거뒀다.</p>"
            "<p>주장은 혼자 30점을 넣었다.</p></div></body></html>")
    best = score_content(LexborHTMLParser(html))
    assert best is not None and best.attributes.get("id") == "story"


def _body(inner: str):
    tree = LexborHTMLParser(f"<html><body><div id='text'>{inner}</div></body></html>")
    return tree.css_first("#text")


STORY = "가상군이 다음 달부터 마을버스 기본요금을 500원으로 내린다고 2일 밝혔다.<br><br>" * 4


def test_a_box_that_a_heading_opens_and_links_fill_is_skipped():
    body = _body(STORY + "<div class='rel'><h4>관련 기사</h4><a href='/n/1'>가상군 마을버스 노선 세 곳 늘린다</a></div>" + STORY)
    box = body.css_first("div.rel")
    assert box.mem_id in link_boxes(body)


@pytest.mark.parametrize("section", [
    # a section of the story under a heading, its prose unlinked
    "<div class='part'><h3>요금은 어떻게</h3>새 요금은 교통카드와 현금 모두에 똑같이 적용된다고 군은 설명했다.</div>",
    # a linked heading over prose: the heading's own link does not make the section a box of links
    "<div class='part'><h3><a href='/n/2'>가상군 마을버스</a></h3>새 요금은 교통카드와 현금 모두에 똑같이 적용된다.</div>",
    # the heading is not the box's first element
    "<div class='part'>군은 설명했다. <h4>관련 기사</h4><a href='/n/1'>가상군 마을버스 노선 세 곳 늘린다</a></div>",
])
def test_a_section_of_the_story_is_no_link_box(section):
    body = _body(STORY + section + STORY)
    assert body.css_first("div.part").mem_id not in link_boxes(body)


def test_a_body_read_wider_skips_what_the_page_hides():
    from sinmun.extraction.fallback import _hidden_parts
    tree = LexborHTMLParser("<div id='box'><p>shown</p><div class='x hide'>print copy</div><p hidden>h</p>"
                            "<span style='DISPLAY: none'>s</span><div class='hidden-xs'>shown on wide screens</div>"
                            "</div>")
    box = tree.css_first("#box")
    hidden = {node.text() for node in box.iter() if node.mem_id in _hidden_parts(box)}
    assert hidden == {"print copy", "h", "s"}
