"""The cheaper paths of the field readers give the answers of the plain ones they replace.

Script pairs found from their separators (two quick scans for ``:`` and ``=``) in place of the pair
pattern tried at every character. Behaviour only; the costs are in bench/.
"""
from __future__ import annotations

import random

import pytest

from sinmun.extraction import dates


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
