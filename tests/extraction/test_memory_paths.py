"""What keeps a big page's memory down: the body's paragraphs are held once, and the whole page's
text is read only when the page judgement needs it (issue 12)."""
from __future__ import annotations

import pytest

import sinmun
from sinmun.extraction import pagekind
from sinmun.extraction.clean import clean_paragraphs, normalize_space

STORY = ("가상시는 다음 달부터 시내버스 첫차 시간을 새벽 4시 30분으로 앞당긴다고 밝혔다. "
         "시는 이른 출근길 시민의 불편을 덜기 위해 노선 열두 개의 배차 간격도 줄이기로 했다.")

SPACINGS = ["", " ", "a", "a b", " a b", "a b ", "a  b", "a\tb", "a\nb", "a\u00a0b", "a\u3000b", "a\u200bb",
            "\u200b", "a \u200b b", "가 나 다", "가\r\n나", "x\x1cy", "a\u2028b", "a\x85b", STORY, f" {STORY} "]


@pytest.mark.parametrize("text", SPACINGS)
def test_normalize_space_is_split_and_join(text):
    assert normalize_space(text) == " ".join(text.replace("\u200b", "").split())


def test_text_already_normal_is_not_copied():
    text = "".join([STORY[:40], STORY[40:]])  # a fresh object, as read from a page
    assert normalize_space(text) is text


def test_cleaned_paragraphs_are_the_paragraphs_read():
    paragraphs = ["".join([STORY, " 하나"]), "".join([STORY, " 둘"])]
    cleaned = clean_paragraphs(paragraphs)
    assert cleaned.paragraphs == paragraphs
    assert all(kept is read for kept, read in zip(cleaned.paragraphs, paragraphs))


def _listy_page(paragraphs: int) -> str:
    links = "".join(f"<li><a href='/news/{i}'>가상시 시내버스 노선 {i}번 배차 간격 조정 소식</a></li>" for i in range(30))
    body = "".join(f"<p>{STORY}</p>" for _ in range(paragraphs))
    return f"<html><body><ul>{links}</ul><article>{body}</article></body></html>"


def test_a_long_story_is_judged_without_the_whole_page_text(monkeypatch):
    def must_not_read(page):
        raise AssertionError("the page text was read for a story of 300 characters or more")

    judged = []
    text_signals = pagekind.text_signals
    monkeypatch.setattr(pagekind, "_page_chars", must_not_read)
    monkeypatch.setattr(pagekind, "text_signals", lambda page, article: judged.append(1) or text_signals(page, article))
    article = sinmun.extract(_listy_page(8), "https://news.example/list")
    assert judged and sum(len(p) for p in article.body_paragraphs) >= 300


def test_a_short_story_still_weighs_against_the_page_text():
    menu = "".join(f"<div><a href='/x{i}'>가상 메뉴 항목 {i} 바로가기 링크</a></div>" for i in range(400))
    html = f"<html><body>{menu}<article><p>{STORY[:120]}</p></article></body></html>"
    article = sinmun.extract(html, "https://news.example/list")
    reasons = [s.reason for s in pagekind.text_signals(sinmun.extraction.parse.load(html), article)]
    assert any(r.startswith("the story text is") and r.endswith("of the page text") for r in reasons)


@pytest.mark.parametrize("script_type", ["application/ld+json", "Application/LD+JSON", "APPLICATION/LD+JSON"])
def test_json_ld_is_read_whatever_the_case_of_its_type(script_type):
    from sinmun.extraction.metadata import read_meta
    from selectolax.lexbor import LexborHTMLParser

    html = (f'<html><head><script type="{script_type}">{{"@type": "NewsArticle", "headline": "가상시 버스"}}</script>'
            '<script type=" application/ld+json">{"@type": "NewsArticle", "headline": "틀린 제목"}</script>'
            '</head><body><p>본문</p></body></html>')
    tree = LexborHTMLParser(html)
    assert len(tree.css("script[type='application/ld+json']")) == 1  # what CSS selects, the reader reads
    assert read_meta(tree).ld.headline == "가상시 버스"


def test_canonical_link_is_the_first_in_the_document_wherever_it_stands():
    from sinmun.extraction.metadata import read_meta
    from sinmun.extraction.parse import load

    in_head = ('<html><head><link rel=CANONICAL href=/a><link rel=canonical href=/b></head>'
               '<body><link rel=canonical href=/c></body></html>')
    assert read_meta(load(in_head)).canonical_link == "/a"
    in_body = ('<html><head><link rel=stylesheet href=/s></head><body><p>가상</p>'
               '<link rel=Canonical href=/c><link rel=canonical href=/d></body></html>')
    assert read_meta(load(in_body)).canonical_link == "/c"
    assert read_meta(load('<link rel="canonical nofollow" href=/f><p>가상</p>')).canonical_link is None
