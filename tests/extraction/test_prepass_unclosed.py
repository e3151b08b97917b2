"""Tags that never close (an attribute quote left open, no '>' anywhere) in the nesting prepass."""
from __future__ import annotations

from sinmun import extract
from sinmun.extraction.prepass import _TAGS, flatten_deep_nesting

S = "정부는 오늘 새로운 정책을 발표했다고 밝혔다. 이번 정책은 내년부터 시행된다."


def test_tag_groups_name_the_closing_slash_and_the_self_closing_one() -> None:
    found = [match.groups() for match in _TAGS.finditer("<br/><div class='a/b'><img src=x /></div><p")]
    assert found == [("", "br", "/"), ("", "div", None), ("", "img", "/"), ("/", "div", None), ("", "p", None)]


def test_a_tag_whose_attributes_run_past_the_bound_is_read_as_its_name_alone() -> None:
    match = _TAGS.match("<div title='" + "x" * 5000 + "'>")
    assert match is not None and match.group(2) == "div" and match.end() == len("<div")


def test_deep_unclosed_tags_are_flattened_and_keep_their_text() -> None:
    html = "<html><body>" + f"<div>{S}" * 600
    flat, dropped = flatten_deep_nesting(html, 512)
    assert dropped == 600 - 512 and flat.count(S) == 600


def test_tags_left_open_by_a_quote_give_a_flagged_record() -> None:
    article = extract(("<html><body><p>" + S + "</p>" + "<div class='a" * 20_000).encode())
    assert any("flattened" in warning for warning in article.warnings)
