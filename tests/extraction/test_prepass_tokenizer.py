"""The depth bound reads tags as the HTML tokenizer does: markup that hides closing tags from a naive
scan, or hides opening tags behind a false raw-text or comment start, still counts as deep."""
from __future__ import annotations

import pytest

from sinmun.extraction.prepass import flatten_deep_nesting, nesting_upper_bound, nests_deeper_than

REPEATS = 2_000
LIMIT = 512

# each: one repeated piece that opens a <div> the parser keeps open, with something a naive scan reads as
# its end tag (or that hides the next pieces), then nothing after
DEEP_PIECES = {
    "closing tag with a longer name": "<div></div-x>",
    "closing tag inside a bogus comment": "<div><!x</div>",
    "closing tag inside a processing instruction": "<div><?x</div>",
    "closing tag after '</' and a space": "<div></ div>",
    "closing tag inside a textarea": "<div><textarea></div></textarea>",
    "closing tag inside a title": "<div><title></div></title>",
    "closing tag inside an xmp": "<div><xmp></div></xmp>",
    "closing tag after a longer script end tag": "<div><script></scriptx></div></script>",
}

# each: a start that a naive scan takes for the opening of a comment or script running to the end
HIDING_STARTS = {
    "empty comment": "<!-->",
    "comment ended by --!>": "<!-- x --!>",
}


@pytest.mark.parametrize("piece", DEEP_PIECES.values(), ids=DEEP_PIECES.keys())
def test_hidden_closing_tags_do_not_hide_depth(piece: str) -> None:
    html = piece * REPEATS
    assert nesting_upper_bound(html) >= REPEATS
    assert nests_deeper_than(html.encode(), LIMIT)
    flat, dropped = flatten_deep_nesting(html, LIMIT, encoded=html.encode())
    assert dropped >= REPEATS - LIMIT


@pytest.mark.parametrize("start", HIDING_STARTS.values(), ids=HIDING_STARTS.keys())
def test_a_false_comment_or_script_start_hides_no_opening_tags(start: str) -> None:
    html = start + "<div>x" * REPEATS
    assert nests_deeper_than(html.encode(), LIMIT)
    assert flatten_deep_nesting(html, LIMIT)[1] == REPEATS - LIMIT


def test_quoted_values_with_tag_characters_are_not_flattened() -> None:
    """The bound does not read attributes (a '<' in a value counts as a tag, which only over-counts here);
    flattening reads them as the tokenizer does and drops nothing from a page that is shallow."""
    piece = '<div data-x="a > b" title=\'<div>\' data-y=c/d>text</div>'
    html = "<html><body>" + piece * REPEATS + "<script>var s = '<div>';</script><!-- <div> --></body></html>"
    assert flatten_deep_nesting(html, LIMIT) == (html, 0)


def test_script_and_comments_hide_no_tags_from_a_shallow_page() -> None:
    html = "<html><body>" + "<div><script>var s = '<div>';</script><!-- <div> -->x</div>" * REPEATS
    assert nesting_upper_bound(html) == 1
