"""The cheaper paths of the field readers give the answers of the plain ones they replace.

Script pairs found from their separators (two quick scans for ``:`` and ``=``) in place of the pair
pattern tried at every character; relaxed JSON-LD made by ``split`` (no callback per string); the
canonical link found by one selector. Behaviour only; the costs are in bench/.
"""
from __future__ import annotations

import random
import re

import pytest
from selectolax.lexbor import LexborHTMLParser

from sinmun.extraction import dates, metadata


def plain_pairs(script: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in dates._SCRIPT_PAIR.finditer(script, 0, dates.MAX_SCRIPT_CHARS)]


def quick_pairs(script: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in dates.script_pairs(script)]


SCRIPTS = [
    'var article = {"pubDate": "2024-03-05 10:00:00", "regDate":"2024-03-04 09:00"};',
    "dataLayer.push({'articlePublishDate' : '2024-03-05T10:00:00+09:00'});",
    'window.x = {publishedAt:1709600400000, createdAt = 1709600400};',
    # a pair inside another pair's value is not one of its own (the outer pair takes the text)
    'var meta = {"shareLink": "a=b&pubDate=1709600400", "q": "pubDate: 2024-03-05"};',
    # a key longer than 30 letters, a key of 5, a key behind a letter, quotes and spaces around the key
    'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: "2024-03-05 10:00" short: "2024-03-05 10:00" x"inputDate" : "2024-03-05"',
    '"registDate"\t\n =\u3000"2024-03-05 10:00" \'newsdate\'="2024.03.05 10:00" _send_date: "2024-03-05 10:00"',
    'f(pubdate:"2024-03-05\\"10:00") g(pubdate: "2024-03-05\n10:00") h(pubdate:12345678901)',
    "",
    "no pairs here: just text = none",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_script_pairs_are_the_plain_pattern_s_matches(script):
    assert quick_pairs(script) == plain_pairs(script)


def test_script_pairs_find_the_pairs_of_a_long_script():
    script = " ".join(SCRIPTS) * 50
    found = quick_pairs(script)
    assert len(found) > 100 and found == plain_pairs(script)


def test_script_pairs_agree_on_random_scripts():
    pieces = ["pubDate", "publishedAt", "abcdefghijklmnopqrstuvwxyzabcdef", "x", "_", '"', "'", " ", "\n", "\t",
              "\u3000", ":", "=", "\\", ",", "{", "2024-01-01 10:00", "1700000000", "1700000000000", "é"]
    rng = random.Random(12)
    for _ in range(20000):
        script = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        assert quick_pairs(script) == plain_pairs(script), script


def test_the_publication_date_of_a_script_is_read_through_its_pairs():
    assert dates.script_published(['var a = {"headline": "가상 제목입니다", "pubDate": "2024-03-05 10:00"};']) \
        == "2024-03-05 10:00"
    assert dates.script_published(['var a = {"shareLink": "x=y&pubDate=1709600400"};']) is None  # the link's text


# -- metadata ------------------------------------------------------------------------------------------------

def _plain_relaxed(raw: str) -> str:
    """The relaxed JSON-LD text as the callback-per-match version made it."""
    comment = re.compile(r'"(?:\\.|[^"\\])*"|//[^\n]*|/\*.*?(?:\*/|\Z)', re.S)
    relaxed = comment.sub(lambda m: m.group(0) if m.group(0).startswith('"') else "", raw)
    return re.sub(r",\s*([}\]])", r"\1", relaxed)


@pytest.mark.parametrize("raw", [
    '{"@type": "NewsArticle", // 기사\n "headline": "가상 \\"제목\\" // 아님", /* 주석 */ "author": [{"name": "홍길동"},],}',
    '{"a": "x/*y*/z", "b": "\\\\", /* unterminated',
    '{"a": "unterminated \\" string, "b": 1}',
])
def test_relaxed_json_ld_is_what_the_callbacks_made(raw):
    assert "".join(metadata._TRAILING_COMMA.split("".join(filter(None, metadata._JS_COMMENT.split(raw))))) \
        == _plain_relaxed(raw)


def test_json_ld_with_comments_and_trailing_commas_is_read():
    page = LexborHTMLParser('<html><head><script type="application/ld+json">{"@type": "NewsArticle", // 주석\n'
                            '"headline": "가상 // 제목", "author": [{"name": "홍길동"},],}</script></head></html>')
    meta = metadata.read_meta(page)
    assert meta.ld.headline == "가상 // 제목" and meta.ld.authors == [{"name": "홍길동", "email": None}]


@pytest.mark.parametrize("doctype", ["<!doctype html>", ""])
def test_the_canonical_link_is_the_first_in_any_case(doctype):
    head = '<html><head><link rel="stylesheet" href="/s.css"><link REL="Canonical" href="/a"></head>'
    assert metadata.read_meta(LexborHTMLParser(f"{doctype}{head}<body><link rel=canonical href=/b></body>")
                              ).canonical_link == "/a"
    body_only = f'{doctype}<html><head></head><body><link rel="CANONICAL" href="/b"><link rel="canonical" href="/c">'
    assert metadata.read_meta(LexborHTMLParser(body_only)).canonical_link == "/b"
    assert metadata.read_meta(LexborHTMLParser(f"{doctype}<html><head></head><body></body>")).canonical_link is None


def test_meta_tags_keep_their_first_non_empty_value():
    page = LexborHTMLParser('<html><head><meta property="og:title" content="  "><meta property="OG:Title" content="'
                            ' 가상 &amp; 제목 "><meta name="og:title" content="둘째"><meta itemprop="x"><meta name=" "'
                            ' content="빈 이름"></head></html>')
    assert metadata.read_meta(page).tags == {"og:title": "가상 & 제목", "": "빈 이름"}



GROUPED_MARKUP = [
    '<p class="byline author">홍길동</p><h2 class="subheadline">부제</h2><h3 class="SubHeadline">부제2</h3>',
    '<div class="info-text"><ul><li>홍길동 기자</li><li class="x">2024</li></ul></div><a rel="author">홍길동</a>',
    '<span id="art_CreatorName">홍길동</span><span id="CreatorNameX">x</span><i itemprop="alternativeHeadline">부</i>',
    '<div class="sub_title reporter_name"><span class="name_reporter writer">홍길동</span></div><b class="journalist">',
    '<!DOCTYPE html><p class="Byline">대소문자</p><p class="byline">홍길동</p><h2 class="subheadline x">부제</h2>',
    '<p>no markup here</p>',
]


@pytest.mark.parametrize("markup", GROUPED_MARKUP)
def test_the_grouped_generic_markup_query_finds_what_the_plain_list_finds(markup):
    from sinmun.extraction import fields, people
    from sinmun.sites.base import selector_list
    tree = LexborHTMLParser(markup)
    plain = [n.mem_id for n in tree.css(selector_list(fields.GENERIC_SUBTITLE + people.GENERIC_BYLINE))]
    grouped = [n.mem_id for n in tree.css(fields._GENERIC_MARKUP_QUERY)]
    assert grouped == list(dict.fromkeys(plain))


def test_grouped_query_groups_class_and_id_ending_selectors_and_keeps_the_rest():
    from sinmun.extraction.fields import grouped_query
    query = grouped_query(("h2.x", ".x", "p.y", ".z", "[id$=Name]", ".a li", "[rel='author']", ".w@title"))
    assert query == "[class]:is(.x, p.y, .z, .w), [id]:is([id$=Name]), .a li, [rel='author']"


PLAIN_REPORTER_CARD = ("[class*=reporter], [class*=journalist], [id*=reporter], [class*=byline], [class*=Reporter], "
                       "[id*=Reporter]")


@pytest.mark.parametrize("doctype", ["<!doctype html>", ""])
def test_the_reporter_card_query_finds_what_the_plain_list_finds(doctype):
    from sinmun.extraction import fields
    tree = LexborHTMLParser(
        f"{doctype}<div class='reporter_info'>홍길동 기자</div><div class='boxReporter'>a</div><p id='reporterBox'>b</p>"
        "<p id='myReporter'>c</p><p class='REPORTER'>d</p><p class='eporter'>e</p><p id='xeporter'>f</p>"
        "<span class='journalist-card byline'>g</span><b class='Byline'>h</b><i class='reporter' id='Reporter'>i</i>")
    plain = list(dict.fromkeys(n.mem_id for n in tree.css(PLAIN_REPORTER_CARD)))
    assert len(plain) == 6
    assert list(dict.fromkeys(n.mem_id for n in tree.css(fields.REPORTER_CARD))) == plain  # in document order
