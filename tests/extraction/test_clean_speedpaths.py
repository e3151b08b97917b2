"""The cheaper paths of the line cleaner give the answers of the plain tests they replace.

One scan for either kind of copyright mark, and no prose-ending search in an ASCII line. Behaviour only;
the costs are in bench/.
"""
from __future__ import annotations

import pytest

from sinmun.extraction import clean

LINES = [
    "무단전재 및 재배포 금지",                      # strong (재배포 금지) after weak (무단전재)
    "재배포 금지 · 무단 전재 안 됨",                  # strong first
    "저작권 문의는 편집국으로",                        # weak only, no sentence
    "이 글의 저작권 문제를 두고 양측이 다퉜다.",       # weak only, in a sentence
    "가상일보 저작권자 ⓒ 가상일보",                   # weak (저작권) before the strong form (저작권자 ⓒ)
    "(c) 가상일보 all rights reserved",               # weak (c) then a strong ASCII mark
    "홍길동 기자 gildong@example.com",
    "Copyright 2024 Example Media. All rights reserved.",
    "(c) Example Media",
    "The (c) mark is small.",
    "가상시는 다음 달부터 첫차 시간을 앞당긴다고 밝혔다.",
    "",
]


def plain_copyright(line: clean._Line) -> bool:
    """The copyright test as two searches, one per kind of mark."""
    if len(line.text) >= clean.MAX_COPYRIGHT_CHARS:
        return False
    folded = line.folded
    return bool(clean._COPYRIGHT.search(folded)) or (bool(clean._COPYRIGHT_WEAK.search(folded))
                                                      and not bool(clean._PROSE_END.search(line.text)))


@pytest.mark.parametrize("text", LINES)
def test_one_scan_for_both_kinds_of_mark_tells_what_two_searches_tell(text: str) -> None:
    assert clean._Line(text).copyright() is plain_copyright(clean._Line(text))


def test_the_lines_cover_each_answer() -> None:
    answers = {plain_copyright(clean._Line(text)) for text in LINES}
    assert answers == {True, False}
    assert clean._Line("저작권 문의는 편집국으로").copyright()
    assert not clean._Line("이 글의 저작권 문제를 두고 양측이 다퉜다.").copyright()


@pytest.mark.parametrize("text", ["He said so.", "Lee Da-yo said: 'yes.'", "daeum.", "", "12:00 KST"])
def test_an_ascii_line_never_reads_as_prose_and_is_not_searched(text: str) -> None:
    assert clean.reads_as_prose(text) is bool(clean._PROSE_END.search(text)) is False
    assert clean._Line(text).prose is False


def test_a_hangul_line_is_still_searched_for_its_ending() -> None:
    assert clean.reads_as_prose("정부는 새 정책을 발표했다.")
    assert clean._Line("정부는 새 정책을 발표했다.").prose
