"""A title's site suffix of no known shape (issue 10 §1): ``헤드라인 : 하늘마루`` loses its suffix when the page's own
outlet name (``og:site_name``, the footer's copyright line, the host) is that suffix; a headline's own dash stays.

Fixture pages: ``tests/fixtures/conventions/{title-site-suffix-copyright,title-site-suffix-site-name,
title-dash-kept}``."""
from __future__ import annotations

import pytest

from sinmun.extraction.presses import clean_press, domain_from_copyright, press_from_masthead
from sinmun.extraction.titles import has_separator, outer_piece_named, strip_title_decorations


@pytest.mark.parametrize("title", ["헤드라인 : 하늘마루", "헤드라인 - 하늘마루", "헤드라인 | 하늘마루"])
def test_the_outlet_the_copyright_line_names_is_cut(title):
    assert strip_title_decorations(title) == title
    assert strip_title_decorations(title, outlet="하늘마루") == "헤드라인"


def test_a_headline_dash_stays_whatever_the_outlet():
    assert strip_title_decorations("폐교의 변신 - 청년 창업 공간으로", outlet="하늘마루") == "폐교의 변신 - 청년 창업 공간으로"


@pytest.mark.parametrize(("headline", "expected"), [
    ("헤드라인 : 하늘마루", True), ("폐교의 변신 - 청년 창업", True), ("가상시 새 청사 준공", False), ("3-0 완승", False),
])
def test_has_separator(headline, expected):
    assert has_separator(headline) is expected


# ----------------------------------------------------------------- the registered title in the footer
@pytest.mark.parametrize("footer, press", [
    ("제호 : 가상일보 | 등록번호 : 서울 아00000 | 발행인 : 홍길동", "가상일보"),
    ("인터넷신문 등록번호 : 서울 아00000 | 제호 : 가상일보 | 발행인·편집인 : 홍길동", "가상일보"),
    ("매체명: 가상경제신문 · 등록일 2010.01.01", "가상경제신문"),
    ("제호 : 주식회사 가상일보사 · 등록일 2010.01.01", "가상일보"),
    ("제호: 가상일보 발행인 홍길동", "가상일보"),
    ("등록번호 : 서울 아00000 | 발행인 : 홍길동", None),
    ("제호 : | 등록번호 : 서울 아00000", None),
])
def test_the_footer_masthead_names_the_outlet(footer, press):
    assert press_from_masthead(footer) == press


def test_a_web_server_label_is_no_outlet_name():
    assert domain_from_copyright("Copyright © www.gasangtimes.co.kr All rights reserved.") == "gasangtimes"


@pytest.mark.parametrize("site_name, press", [
    ("가상일보 홈페이지", "가상일보"), ("가상일보 인터넷판", "가상일보"), ("가상일보 모바일", "가상일보"),
    ("가상일보 모바일웹", "가상일보"), ("가상일보 공식 홈페이지", "가상일보"), ("가상일보(Gasang Ilbo)", "가상일보"),
    ("가상뉴스 NEWS", "가상뉴스"), ("모바일타임즈", "모바일타임즈"), ("GBS News", "GBS News"),
])
def test_site_words_beside_the_name_are_no_part_of_the_press(site_name, press):
    assert clean_press(site_name) == press


@pytest.mark.parametrize(("text", "press"), [
    ("가상타임즈\n가상시 가상로 12\n대표전화 000-000-0000\n발행인·편집인 김철수\n등록번호 가상 아00000", "가상타임즈"),
    ("상호 : (주)가상일보사 | 주소 : 가상시 가상로 12 | 발행인 : 김철수 | 등록번호 : 가상 아00000", "가상일보"),
    ("회사소개\n광고문의\n가상뉴스24 | 발행인 김철수 | 등록일 2020.01.01", "가상뉴스24"),
])
def test_a_registration_block_without_a_title_label_names_the_outlet(text: str, press: str) -> None:
    from sinmun.extraction.presses import press_from_registration
    assert press_from_registration(text) == press


@pytest.mark.parametrize("text", [
    "가상타임즈 | 가상시 가상로 12",  # one label at most: no registration block
    "인터넷신문 등록번호 가상 아00000 | 발행인 김철수",  # the kind of paper, not its name
    "회사소개 | 광고문의 | 발행인 김철수 | 등록번호 가상 아00000",
])
def test_a_registration_block_names_no_outlet_without_one(text: str) -> None:
    from sinmun.extraction.presses import press_from_registration
    assert press_from_registration(text) is None


@pytest.mark.parametrize(("title", "names", "expected"), [
    ("가상시 예산 편성 - 머니가상", ["머니가상"], "머니가상"),
    ("머니가상 :: 가상시 예산 편성", ["머니가상 "], "머니가상 "),
    ("가상시 예산 편성 | 머니 가상", ["머니가상"], "머니가상"),
    ("가상시 예산 편성 - 머니가상 - 경제", ["머니가상"], None),  # only the outermost pieces
    ("머니가상 예산 편성", ["머니가상"], None),  # no separator: the name is part of the headline
    ("가상시 예산 편성 - 머니가상", ["", "홈"], None),
    (None, ["머니가상"], None),
])
def test_a_title_piece_the_logo_also_writes(title, names, expected) -> None:
    """The site's name two places agree on, the logo and the title (tests/fixtures/conventions/
    title-site-name-logo-image, title-site-name-logo-text)."""
    assert outer_piece_named(title, names) == expected
