"""Pages of few tags are parsed before their depth is known; their tree's depth is checked after."""
from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

import sinmun
from sinmun.extraction import prepass
from sinmun.extraction.parse import load
from sinmun.extraction.prepass import FEW_TAGS, MAX_NESTING, has_few_tags, tree_too_deep
from tree_depth import element_depth

S = "가상시는 오늘 새 도서관을 열었다고 밝혔다. 도서관은 주말에도 문을 연다."


def nested(levels: int) -> str:
    """``levels`` elements deep in all, html, head and body counted."""
    divs = levels - 2  # html and body; head sits beside body
    return "<html><head></head><body>" + "<div>" * divs + S + "</div>" * divs + "</body></html>"


@pytest.mark.parametrize("levels", [MAX_NESTING - 1, MAX_NESTING, MAX_NESTING + 1, MAX_NESTING + 40])
def test_the_tree_check_finds_exactly_the_pages_deeper_than_the_limit(levels: int) -> None:
    tree = LexborHTMLParser(nested(levels).encode())
    assert element_depth(tree) == levels
    assert tree_too_deep(tree) is (levels > MAX_NESTING)


@pytest.mark.parametrize("levels", [MAX_NESTING, MAX_NESTING + 1])
def test_the_tree_check_finds_a_deep_chain_of_elements_that_are_never_first_children(levels: int) -> None:
    """Each level's deep element comes after a sibling (an empty ``<i>``, and a comment and text before it)."""
    divs = levels - 2
    html = "<html><head></head><body>" + "<i></i><!-- x --> 글 <div>" * divs + S + "</div>" * divs + "</body></html>"
    tree = LexborHTMLParser(html.encode())
    assert element_depth(tree) == levels
    assert tree_too_deep(tree) is (levels > MAX_NESTING)


def test_the_count_of_tags_decides_the_way() -> None:
    assert has_few_tags(b"<p>" * FEW_TAGS)
    assert not has_few_tags(b"<p>" * (FEW_TAGS + 1))


def test_a_deep_page_of_few_tags_is_found_after_the_parse_and_flattened() -> None:
    html = nested(900)
    assert has_few_tags(html.encode())
    page = load(html)
    assert element_depth(page.tree) <= MAX_NESTING + 2
    assert any("flattened" in warning for warning in page.warnings)
    assert S in page.tree.body.text()


def test_a_shallow_page_of_few_tags_skips_the_depth_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    def never(*_args: object, **_kwargs: object) -> bool:
        raise AssertionError("the depth scan ran")

    monkeypatch.setattr(prepass, "nests_deeper_than", never)
    article = sinmun.extract("<html><body><article><p>" + S + "</p><p>" + S + "</p></article></body></html>")
    assert article.body_paragraphs == [S, S]


def test_a_page_of_many_tags_is_scanned_before_the_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    real = prepass.nests_deeper_than

    def counted(html: str | bytes, limit: int) -> bool:
        seen.append(limit)
        return real(html, limit)

    monkeypatch.setattr(prepass, "nests_deeper_than", counted)
    load("<html><body>" + "<p>짧은 줄</p>" * FEW_TAGS + "</body></html>")
    assert seen == [MAX_NESTING]
