"""The page's first canonical link, found once (``Page.canonical_link``) for the metadata's canonical URL and the page
judge's own addresses: the same links as the judge's own query and the head-first search found before."""
from __future__ import annotations

from sinmun.extraction.metadata import read_meta
from sinmun.extraction.pagekind import _own_addresses
from sinmun.extraction.parse import load

HEAD_LINK = "<link rel=CANONICAL href='https://www.gasang.example/news/1'>"
BODY_LINK = "<link rel=canonical href='https://www.gasang.example/news/2'>"


def page(head: str, body: str = ""):
    return load(f"<!DOCTYPE html><html><head><title>t</title>{head}</head><body><p>본문</p>{body}</body></html>")


def test_the_head_link_in_any_case_is_the_canonical_url_and_an_own_address():
    found = page(HEAD_LINK, BODY_LINK)
    assert read_meta(found).canonical_link == "https://www.gasang.example/news/1"
    assert _own_addresses(found, None) == {"/news/1"}


def test_a_link_in_the_body_counts_when_the_head_has_none():
    found = page("", BODY_LINK)
    assert read_meta(found).canonical_link == "https://www.gasang.example/news/2"
    assert _own_addresses(found, None) == {"/news/2"}


def test_a_first_link_without_href_gives_no_canonical_url_but_the_judge_takes_the_next_with_one():
    found = page("<link rel=canonical>", BODY_LINK)
    assert read_meta(found).canonical_link is None
    assert _own_addresses(found, None) == {"/news/2"}


def test_no_link_no_canonical():
    found = page("")
    assert read_meta(found).canonical_link is None and found.canonical_link is None
    assert _own_addresses(found, None) == set()
