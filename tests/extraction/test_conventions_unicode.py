"""Text in another Unicode form (issue 10 §1): Hangul written as decomposed jamo (NFD, as macOS-made text often is)
comes out composed (NFC) in every text field, and the rules that read Korean words read it as they read composed
text. The fixture page is ``tests/fixtures/conventions/decomposed-hangul``."""
from __future__ import annotations

import unicodedata

import pytest

from sinmun.extraction.bylines import clean_author, find_reporters, nfc
from sinmun.extraction.clean import boilerplate_rule, normalize_space
from sinmun.extraction.dates import labelled_dates
from sinmun.extraction.presses import clean_press, press_from_copyright
from sinmun.extraction.titles import site_name_in_title, strip_title_decorations


def nfd(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    return decomposed


def test_composed_text_comes_back_as_the_same_object():
    text = "가상시가 야간 도서관을 늘린다."
    assert nfc(text) is text and normalize_space(text) is text
    assert nfc("plain ascii") == "plain ascii"


@pytest.mark.parametrize("text, expected", [
    ("가상시가 야간 도서관을 늘린다.", "가상시가 야간 도서관을 늘린다."),
    ("  가상시가   도서관을\u00a0늘린다. ", "가상시가 도서관을 늘린다."),
])
def test_normalize_space_composes_decomposed_hangul(text, expected):
    assert normalize_space(nfd(text)) == expected


def test_reporters_of_decomposed_bylines():
    assert [(r.name, r.email) for r in find_reporters(nfd("홍길동 기자 hong@gasang.example"))] == [
        ("홍길동", "hong@gasang.example")]
    assert [r.name for r in clean_author(nfd("홍길동·김철수 기자"))] == ["홍길동", "김철수"]
    assert boilerplate_rule(nfd("홍길동 기자 hong@gasang.example")) == "byline"


def test_titles_and_presses_of_decomposed_text():
    assert strip_title_decorations(nfd("가상시, 도서관 늘린다 - 가상일보")) == "가상시, 도서관 늘린다"
    assert strip_title_decorations(nfd("가상시, 도서관 늘린다 | 가상매거진"), site_name=nfd("가상매거진")) == "가상시, 도서관 늘린다"
    assert site_name_in_title(nfd("가상시, 도서관 늘린다 - 사회 - 가상일보")) == "가상일보"
    assert clean_press(nfd("가상일보사")) == "가상일보"
    assert press_from_copyright(nfd("저작권자 © 가상일보 무단전재 및 재배포 금지")) == "가상일보"


def test_date_labels_of_decomposed_text():
    found = labelled_dates(nfd("기사입력 2025.08.01 15:20 최종수정 2025.08.01 16:05"))
    assert found == {"published": "2025.08.01 15:20", "updated": "2025.08.01 16:05"}
