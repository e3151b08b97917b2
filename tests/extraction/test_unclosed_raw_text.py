"""A raw-text element left open (``<title>``, ``<script>``, ``<style>``, ``<textarea>``, a comment) swallows the rest
of the page as its text; the parse stage closes it where the markup resumes, parses again and says so
(``sinmun.extraction.rawtext``); fixture page ``tests/fixtures/conventions/unclosed-title``."""
from __future__ import annotations

import pytest

import sinmun
from sinmun.extraction.parse import load
from sinmun.extraction.rawtext import close_open_element

STORY = ["가상시가 내년 봄까지 공영자전거 1천대를 더 들여온다고 20일 밝혔다.",
         "시는 대여소 120곳을 새로 만들고, 기존 대여소의 거치대도 늘리기로 했다.", "이용 요금은 1시간에 1천원으로 지금과 같다."]
PAGE = ('<html><head><meta charset="utf-8"><title>가상시 자전거 늘린다 - 가상일보</title>{head}</head><body>'
        '<h1>가상시 자전거 늘린다</h1><div class="date">입력 2025.11.20 10:12</div>{before}<div class="article-body">'
        + "".join(f"<p>{line}</p>" for line in STORY) + '</div><p class="reporter">홍길동 기자</p></body></html>\n')
URL = "https://www.gasang.example/news/articleView.html?idxno=1"


def page(head: str = "", before: str = "", title_closed: bool = True) -> str:
    html = PAGE.format(head=head, before=before)
    return html if title_closed else html.replace("</title>", "", 1)


@pytest.mark.parametrize("html, opened", [
    (page(title_closed=False), "<title>"),
    (page(head="<script>var shown = 1 < 2;"), "<script>"),
    (page(head="<STYLE>p { color: #333 }"), "<style>"),
    (page(before="<!-- 광고 영역"), "comment"),
    (page(before="<textarea>"), "<textarea>"),
])
def test_a_raw_text_element_left_open_is_closed_where_the_markup_resumes(html, opened):
    found = sinmun.extract(html, url=URL)
    assert found.is_article and found.body_paragraphs == STORY
    assert found.title == "가상시 자전거 늘린다" and [r.name for r in found.reporters] == ["홍길동"]
    assert f"unclosed {opened} swallowed the rest of the page: closed where the markup resumes" in found.warnings


def test_before_the_repair_the_page_was_swallowed():
    """What the repair answers: the parser, as a browser, reads the rest of the page as the title's text."""
    from selectolax.lexbor import LexborHTMLParser
    tree = LexborHTMLParser(page(title_closed=False))
    assert tree.body is not None and not (tree.body.text() or "").strip()


@pytest.mark.parametrize("html", [
    page(),
    page(before="<script>document.write('<div class=\"ad\"><p>광고</p></div>');</script>"),  # markup in a closed script
    PAGE.format(head="", before="").replace("</body></html>\n", "<script>var tail = '<p>x</p>';</script></body></html>"),
    page(before="<!-- <div>예전 배너</div> -->"),
])
def test_closed_raw_text_is_left_alone(html):
    loaded = load(html)
    assert loaded.html == html and not loaded.warnings


def test_a_page_cut_inside_a_script_is_not_repaired():
    """A page that ends inside a script (cut short in transfer) has no page markup after it: nothing to close."""
    html = page().replace("</body></html>\n", "<script>var a = [1, 2, 3")
    assert not [w for w in load(html).warnings if "unclosed" in w]


def test_the_opening_found_is_the_one_after_the_last_end_tag():
    html = "<script>a()</script><p>x</p><script>b()<div><p>story</p></div>"
    assert close_open_element(html, "script") == "<script>a()</script><p>x</p><script>b()</script><div><p>story</p></div>"
    assert close_open_element("<title>t</title><p>x</p>", "title") is None


def test_a_longer_tag_name_is_not_the_opening():
    html = "<titles>a</titles><title>헤드라인<p>본문</p>"
    assert close_open_element(html, "title") == "<titles>a</titles><title>헤드라인</title><p>본문</p>"


def test_the_place_found_keeps_the_pages_offsets():
    """A letter whose lower case is longer (``İ``) before the opening: the markup is searched in place."""
    html = "<p>" + "İ" * 30 + "</p><TITLE>헤드라인<p>본문</p>"
    assert close_open_element(html, "title") == "<p>" + "İ" * 30 + "</p><TITLE>헤드라인</title><p>본문</p>"
