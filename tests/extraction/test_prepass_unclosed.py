"""Tags that never close (an attribute quote left open, no '>' anywhere) in the nesting prepass."""
from __future__ import annotations

from sinmun import extract
from sinmun.extraction.prepass import _TAGS, flatten_deep_nesting

S = "정부는 오늘 새로운 정책을 발표했다고 밝혔다. 이번 정책은 내년부터 시행된다."


def test_tag_groups_name_the_closing_slash_and_the_self_closing_one() -> None:
    found = [match.groups() for match in _TAGS.finditer("<br/><div class='a/b'><img src=x /></div><p")]
    assert found == [("", "br", "/"), ("", "div", None), ("", "img", "/"), ("/", "div", None), ("", "p", None)]


def test_a_quoted_value_is_read_whole_as_the_tokenizer_reads_it() -> None:
    """A '<' or '>' inside a quoted value is the value's; a quote never closed runs to the end of the page."""
    match = _TAGS.match("<div title='" + "x>" * 5000 + "'><b>")
    assert match is not None and match.group(2) == "div" and match.end() == len("<div title='") + 10_000 + 2
    unclosed = "<div title='" + "x" * 5000
    match = _TAGS.match(unclosed)
    assert match is not None and match.end() == len(unclosed)


def test_deep_unclosed_tags_are_flattened_and_keep_their_text() -> None:
    html = "<html><body>" + f"<div>{S}" * 600
    flat, dropped = flatten_deep_nesting(html, 512)
    assert dropped == 600 - 512 and flat.count(S) == 600


def test_tags_left_open_by_a_quote_give_a_flagged_record() -> None:
    """Quotes left open pair up into one tag that never closes (the parser drops it at the end): nothing
    nests, and the record says the tag's attributes were cut."""
    article = extract(("<html><body><p>" + S + "</p>" + "<div class='a" * 20_000).encode())
    assert not any("flattened" in warning for warning in article.warnings)
    assert any("attributes" in warning for warning in article.warnings)
