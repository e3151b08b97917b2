"""A tag with thousands of attributes (lexbor is quadratic in them) is cut to MAX_ATTRIBUTES before
parsing; pages without one come back unchanged, scripts and long values untouched."""
from __future__ import annotations

import pytest

import sinmun
from sinmun.extraction.attributes import MAX_ATTRIBUTES, cap_attributes
from sinmun.extraction.parse import load

FORMS = {"bare": "a{}", "quoted": 'a{}="x"', "unquoted": "a{}=v{}", "slashed": "/a{}"}


def hostile(count: int, form: str) -> bytes:
    attributes = " ".join(FORMS[form].format(i, i) for i in range(count))
    return (f"<html><body><p>앞 문단입니다.</p><div {attributes}>안쪽 글입니다.</div>"
            f"<p>뒤 문단입니다.</p></body></html>").encode()


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_tag_with_too_many_attributes_keeps_the_first_ones_and_the_text_after(form):
    markup, cut = cap_attributes(hostile(3 * MAX_ATTRIBUTES, form))
    assert cut == 1
    from selectolax.lexbor import LexborHTMLParser
    tree = LexborHTMLParser(markup)
    assert len(tree.css_first("div").attributes) == MAX_ATTRIBUTES
    assert tree.body.text(separator="|") == "앞 문단입니다.|안쪽 글입니다.|뒤 문단입니다."


def test_a_tag_at_the_bound_and_ordinary_long_markup_are_left_alone():
    at_bound = hostile(MAX_ATTRIBUTES, "bare")
    assert cap_attributes(at_bound)[0] is at_bound
    script = "<script>" + "var a = 'x'; " * 20000 + " if (i<n) { b = c; }" + " d = e;" * 5000 + "</script>"
    svg = '<svg><path d="' + "M 1 2 L 3 4 " * 5000 + '"/></svg>'
    text = "<p>" + "긴 문단의 낱말 " * 10000 + "</p>"
    for page in (script, svg, text):
        markup = f"<html><body>{page}</body></html>".encode()
        assert cap_attributes(markup)[0] is markup


def test_a_script_that_reads_like_attributes_is_not_cut():
    script = "<script>x<y " + " ".join(f"k{i}" for i in range(3 * MAX_ATTRIBUTES)) + "</script>"
    markup = f"<html><body>{script}<p>본문</p></body></html>".encode()
    assert cap_attributes(markup)[0] is markup


def test_load_and_extract_warn_and_keep_the_page():
    page = load(hostile(20000, "bare").decode())
    assert "뒤 문단입니다." in page.tree.body.text()
    assert any("attributes" in warning for warning in page.warnings)
    article = sinmun.extract(hostile(20000, "bare"))
    assert any("attributes" in warning for warning in article.warnings)
