"""The batched paths of extraction give the answers of the one-by-one ones they replace.

One combined query for the common body selectors, one query for a profile's drop selectors,
the depth scan over the parser's UTF-8 input, the control-character share by byte
translation, blank text runs skipped by the parser in content scoring. Behaviour only; the
timings are in bench/speed.py.
"""
from __future__ import annotations

import re

import pytest
from selectolax.lexbor import LexborHTMLParser

import sinmun
from sinmun.errors import EmptyInputError, NotHtmlError
from sinmun.extraction import content
from sinmun.extraction.content import COMMON_BODY_SELECTORS, find_body_node, read_paragraphs, score_content
from sinmun.extraction.parse import _control_ratio, load
from sinmun.extraction.prepass import MAX_NESTING, flatten_deep_nesting, nesting_upper_bound

STORY = ("가상시는 다음 달부터 시내버스 첫차 시간을 새벽 4시 30분으로 앞당긴다고 밝혔다. "
         "새벽 노동자들의 출근길 불편을 덜기 위한 조치로, 홍길동 시장은 노선별 배차 간격도 줄이겠다고 말했다. ") * 3


def body_of(html: str):
    return find_body_node(LexborHTMLParser(html))


def test_a_wrapper_and_its_container_with_the_same_text_go_by_selector_order():
    """``#articleBody`` comes before ``.article_body`` in the list: the inner element wins the tie,
    though the outer one comes first in the page."""
    assert COMMON_BODY_SELECTORS.index("#articleBody") < COMMON_BODY_SELECTORS.index(".article_body")
    node, method = body_of(f"<html><body><div class='article_body'><div id='articleBody'><p>{STORY}</p></div></div>"
                           "</body></html>")
    assert method == "markup"
    assert node.attributes.get("id") == "articleBody"


def test_an_element_matching_several_selectors_counts_once():
    """lexbor returns an element once per selector of the list it matches; that is no tie."""
    node, method = body_of(f"<html><body><div class='article_body viewer' id='articleBody'><p>{STORY}</p></div>"
                           f"<div class='news_body'><p>{STORY[:120]}</p></div></body></html>")
    assert method == "markup"
    assert node.attributes.get("id") == "articleBody"


def test_the_container_with_more_text_wins_whatever_its_selector():
    node, _ = body_of(f"<html><body><div id='articleBody'><p>{STORY[:230]}</p></div>"
                      f"<div class='article_view'><p>{STORY}</p></div></body></html>")
    assert node.attributes.get("class") == "article_view"


def test_drop_selectors_each_remove_what_they_match():
    container = LexborHTMLParser("<div id=c><p>첫 문단입니다.</p><div class='x'>광고 하나</div><p>둘째 문단입니다.</p>"
                                 "<span id='y'>광고 둘</span><p>셋째 문단입니다.</p></div>").css_first("#c")
    assert read_paragraphs(container, (".x", "#y")) == ["첫 문단입니다.", "둘째 문단입니다.", "셋째 문단입니다."]
    assert read_paragraphs(container) == ["첫 문단입니다.", "광고 하나", "둘째 문단입니다.", "광고 둘", "셋째 문단입니다."]


def test_blank_runs_neither_score_nor_block_scoring():
    """Runs of spaces, newlines and no-break spaces between the paragraphs count for nothing."""
    paragraphs = "\n   \n".join(f"<p>{STORY[:100]}</p>\u00a0" for _ in range(4))
    html = (f"<html><body><div class='menu'>\n  \n<a href='/a'>메뉴</a>\n</div>\n"
            f"<div class='story'>\n\n{paragraphs}\n\n</div></body></html>")
    node = score_content(LexborHTMLParser(html))
    assert node is not None and node.attributes.get("class") == "story"


CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffd]")


@pytest.mark.parametrize("text", ["", "plain text\twith\ntabs\r\x0c", "\x00\x01\x02 binary", "깨진\ufffd\ufffd글자",
                                  "\ud800 lone surrogate \x1f", "\x0b\x0e" * 50 + "가" * 10, "\u0085\u2028 unicode breaks"])
def test_control_share_counts_the_c0_controls_and_replacement_characters(text):
    expected = len(CONTROL.findall(text)) / len(text) if text else 0.0
    assert _control_ratio(text) == pytest.approx(expected)


def test_text_of_control_characters_is_not_html_and_blank_text_is_empty():
    with pytest.raises(NotHtmlError):
        load("<p>" + "\x01\x02\x03" * 100 + "</p>")
    with pytest.raises(EmptyInputError):
        load(" \n\t\u3000 ")


def test_the_parser_gets_utf8_and_keeps_no_copy_of_it():
    page = load("<html><body><p>가나다\ud800라마</p></body></html>")
    assert page.tree.raw_html == b""
    assert page.tree.css_first("p").text() == "가나다라마"  # a lone surrogate is dropped, as the parser does


@pytest.mark.parametrize("markup", [
    "<div>" * 600 + "글" + "</div>" * 600,
    "<html><body>" + "<section><p>문단</p>" * 520 + "</section>" * 520,
    "<script>" + "<div>" * 900 + "</script><div><p>글</p></div>",
    "<ScRiPt type=x>" + "<div>" * 900 + "</SCRIPT ><STYLE>" + "<div>" * 900 + "</style><div>글</div>",
    "<!-- " + "<div>" * 900 + " --><div>글</div>",
    "<DIV>" * 300 + "<Div >" * 300 + "<br><img src=x>" * 50,
])
def test_the_depth_bound_of_the_utf8_is_the_bound_of_the_text(markup):
    assert nesting_upper_bound(markup.encode()) == nesting_upper_bound(markup)


def test_deep_pages_are_still_flattened_from_the_utf8_scan():
    html = "<html><body>" + "<div>" * (MAX_NESTING + 100) + STORY + "</div>" * (MAX_NESTING + 100) + "</body></html>"
    assert flatten_deep_nesting(html, encoded=html.encode())[1] == flatten_deep_nesting(html)[1] > 0
    article = sinmun.extract(html)
    assert any("flattened" in w for w in article.warnings)
    assert article.body_paragraphs and article.body_paragraphs[0].startswith("가상시는")


REGION_LABELS = ["comment", "comments", "comment-list", "x-reply", "replies_area", "related-news", "relation_list",
                 "recommend", "recommended-posts", "popular_list", "ranking", "sidebar", "aside", "footer", "copyright",
                 "newsletter-box", "subscribe", "cmt_area", "privacy", "consent-banner", "cookie", "cookies", "gdpr",
                 "onetrust-banner", "popmake-123", "pum popup", "modal", "dialog-box", "lightbox", "login", "signin",
                 "signup", "author-bio", "authorbox", "about-the-author", "about_author", "next-post", "prev_post",
                 "previous-post", "post-navigation", "read-next", "wm-ipp", "modal-enabled", "article_body",
                 "story viewer", "CMT_LIST", "Cookie-Consent", "lead", "post", "reading", "",
                 # several tokens, other white space, words that only start or end a token
                 "wrap\tcomment-list", "a\ncookie b", "main related2 x", "xcomment", "comment-listy", "modal-open",
                 "modal-opener", "body\u00a0sidebar", "login_btn", "signup-form", "top -related", "_modal"]


@pytest.mark.parametrize("label", REGION_LABELS)
def test_region_words_are_found_by_the_quick_look_as_token_by_token(label):
    from sinmun.extraction import content

    node = LexborHTMLParser(f"<div class='{label}'>글</div>").css_first("div")
    expected = any(content._NOT_ARTICLE_REGION.match(t) or content._NOT_ARTICLE_WORD.search(t) for t in label.split())
    assert content._is_other_region(node) == expected


@pytest.mark.parametrize("label", ["lead", "article-lede", "storyIntro", "sub_summary", "c-standfirst", "bajada",
                                   "x-deck", "dek", "leader", "misleading", "LEAD", "teaser2", "abstract_text", "",
                                   "x-de\u212a", "\u0130ntro", "\u017fummary", "main body", "wrap lede"])
def test_lead_words_are_found_by_the_quick_look_as_word_by_word(label):
    from sinmun.extraction import content

    node = LexborHTMLParser(f"<div class='{label}'>{STORY[:60]}</div>").css_first("div")
    words = {w.lower() for w in content._WORD_BREAK.split(label.replace(" ", "-"))}
    assert content._is_lead(node) == bool(words & content._LEAD_WORDS)



@pytest.mark.parametrize("css_class, css_id", [
    ("comment-list", ""), ("x y", "related_news_box2"), ("article", "main"), ("", ""), ("cookie-bar\tx", "a b"),
    ("Sidebar", "top"), ("post", "comments"), ("consent-open", "modal"), ("popup_layer", "gdpr1"),
])
def test_region_and_overlay_labels_judged_per_token_as_per_label(css_class, css_id):
    tokens = f"{css_class} {css_id}".split()
    region = any(content._NOT_ARTICLE_REGION.match(t) or content._NOT_ARTICLE_WORD.search(t) for t in tokens)
    overlay = any(content._OVERLAY_WORD.search(t) for t in tokens)
    assert content._names_other_region(css_class, css_id) == region
    assert content._names_overlay(css_class, css_id) == overlay
