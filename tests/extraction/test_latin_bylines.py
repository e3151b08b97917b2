"""A page in a Latin script names its reporter in a byline slot with no 기자 to tell the name by (``By Kim Chul-soo
(kcs@x.example)``, ``Jane Doe and John Roe``): the first slot that names anyone gives the reporters, read as an
author field is, after the page's author metadata; a wire title, a day or a copy of the name is no part of it."""
from __future__ import annotations

import pytest

import sinmun
from sinmun.extraction.bylines import clean_author

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>City to add 1,000 public bikes</title>
{meta}</head><body><article><h1>City to add 1,000 public bikes</h1>{slot}
<div class="article-body"><p>The city will add 1,000 public bicycles by next spring, officials said on Thursday.</p>
<p>It plans to build 120 new rental stations and to expand the existing racks across the capital.</p>
<p>Fees will remain at 1,000 won per hour.</p></div></article>
<aside><div class="byline">By Other Writer</div><a href="/b">Another story</a></aside></body></html>"""
URL = "https://www.gasang-herald.example/article/10012345"


def reporters(slot: str, meta: str = "") -> list[tuple[str, str | None]]:
    return [(r.name, r.email) for r in sinmun.extract(PAGE.format(slot=slot, meta=meta), url=URL).reporters]


@pytest.mark.parametrize("slot, expected", [
    ("<p class='byline'>By Kim Chul-soo (kcs@gasang-herald.example)</p>", [("Kim Chul-soo", "kcs@gasang-herald.example")]),
    ("<div class='author'>Kim Chul-soo, Lee Young-hee</div>", [("Kim Chul-soo", None), ("Lee Young-hee", None)]),
    ("<div class='byline'>By Jane Doe and John Roe</div>", [("Jane Doe", None), ("John Roe", None)]),
    ("<div class='byline'>By TOM ROE, AP Auto Writer</div>", []),            # all capitals: no name's shape
    ("<div class='byline'>By Tom Roe, AP Auto Writer</div>", [("Tom Roe", None)]),
    ("<div class='byline'>Jeff Roe Monday, November 18, 2019</div>", [("Jeff Roe", None)]),
    ("<div class='byline'>Sean Roe Sean Roe</div>", [("Sean Roe", None)]),
    ("<div class='byline'>Yonhap</div>", []),
    ("<div class='byline'>Telegraph Sport</div>", []),
    ("", []),                                                                 # the sidebar's teaser names no one
])
def test_the_first_byline_slot_of_a_latin_page_names_its_reporters(slot, expected):
    assert reporters(slot) == expected


def test_author_metadata_comes_first():
    meta = '<meta name="author" content="Jane Doe">'
    assert reporters("<div class='byline'>By Kim Chul-soo</div>", meta) == [("Jane Doe", None)]


@pytest.mark.parametrize("text, names", [
    ("Steve Roe, AP National Political Writer", ["Steve Roe"]),
    ("Malcolm Roe Monday, Nov 18", ["Malcolm Roe"]),
    ("Mary Monday", ["Mary Monday"]),   # a surname that is a day's name stays after a first name alone
])
def test_latin_author_strings(text, names):
    assert [r.name for r in clean_author(text)] == names
