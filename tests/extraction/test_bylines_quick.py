"""The quick looks of the byline readers decide as the full patterns would."""
from __future__ import annotations

import pytest

from sinmun.extraction.bylines import _SIGN_OFF, _ends_like_a_sign_off, last_sentence, sign_off_reporters

SIGN_OFFS = ["가상시 홍길동 기자입니다.", "홍길동 기자입니다", "홍길동 기자입니다 . ", "지금까지 KBS 뉴스 홍길동입니다!\n",
             "자세한 내용 김철수 기자가 보도합니다.", "연합뉴스 나가람입니다.\u3000"]
NOT_SIGN_OFFS = ["홍길동 기자입니다?", "시민들은 불편을 호소했습니다. 홍길동 기자", "홍길동 기자입니다..",
                 "홍길동 기자입니다 ·", "버스 첫차가 새벽 4시로 앞당겨졌다."]


@pytest.mark.parametrize("line", SIGN_OFFS + NOT_SIGN_OFFS)
def test_a_last_sentence_that_is_a_sign_off_ends_as_the_quick_look_says(line):
    last = last_sentence(line)
    full = bool(last is not None and _SIGN_OFF.match(last.strip()))
    assert full <= _ends_like_a_sign_off(line)  # the quick look never loses a sign-off
    assert bool(sign_off_reporters(line)) == full


@pytest.mark.parametrize("line", SIGN_OFFS)
def test_sign_offs_are_read(line):
    assert sign_off_reporters(line)


def test_a_sign_off_followed_by_its_address():
    assert [(r.name, r.email) for r in sign_off_reporters("전망입니다. KBS 뉴스 홍길동입니다. (gildong@kbs.example)")] \
        == [("홍길동", "gildong@kbs.example")]


@pytest.mark.parametrize("line", ["YTN 홍길동[gildong@ytn.example]입니다.", "눈이 옵니다. YTN 홍길동[gildong@ytn.example]입니다.",
                                  "가상방송 홍길동(gildong@ytn.example)입니다"])
def test_a_sign_off_with_its_address_inside(line):
    assert [(r.name, r.email) for r in sign_off_reporters(line)] == [("홍길동", "gildong@ytn.example")]


@pytest.mark.parametrize("line", ["그는 가상방송 사장입니다.", "가상방송 앵커입니다.", "현재 사장은 가상방송 홍길동입니다.",
                                  "새 대표는 가상일보 홍길동 기자입니다.", "문의는 [gildong@x.example]입니다."])
def test_a_sentence_saying_who_someone_is_is_no_sign_off(line):
    assert sign_off_reporters(line) == []


BYLINE_TEXTS = ["홍길동 기자 gildong@x.example", "홍길동 MBN스타 기자", "사진=김철수 기자", "나가람 (garam@x.example)",
                "가상시는 버스 첫차를 앞당긴다고 밝혔다.", "차가온 / 사진출처 인스타그램", "홍길동·김철수 특파원", ""]


@pytest.mark.parametrize("text", BYLINE_TEXTS)
def test_the_title_matches_are_those_of_the_full_scans(text):
    from sinmun.extraction.bylines import _NAME_OUTLET_TITLE, _NAMES_TITLE, _title_matches
    full = sorted([*_NAMES_TITLE.finditer(text), *_NAME_OUTLET_TITLE.finditer(text)], key=lambda m: m.start())
    assert [m.span() for m in _title_matches(text)] == [m.span() for m in full]


def test_reporters_are_read_with_and_without_an_address():
    from sinmun.extraction.bylines import find_reporters
    assert [(r.name, r.email) for r in find_reporters("나가람 (garam@x.example)")] == [("나가람", "garam@x.example")]
    assert [r.name for r in find_reporters("홍길동·김철수 특파원")] == ["홍길동", "김철수"]
    assert find_reporters("가상시는 버스 첫차를 앞당긴다고 밝혔다.") == []
