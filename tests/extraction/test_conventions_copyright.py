"""A footer's copyright notice (issue 10 §1): on a page whose article text and profile hold no notice, the first
notice of the footer or copyright box that names its holder becomes the record's ``copyright``; it is never body
text, and the press keeps its own precedence (the footer's outlet is read in its own rank).

Fixture pages: ``tests/fixtures/conventions/{copyright-footer,copyright-footer-reuse,copyright-in-body-and-footer}``."""
from __future__ import annotations

import pytest

import sinmun
from sinmun.extraction.presses import names_a_holder


@pytest.mark.parametrize("line", [
    "Copyright ⓒ 가상일보. All rights reserved.",
    "ⓒ 가상뉴스(www.gasangnews.example), 무단전재 및 재배포 금지",
    "저작권자 © 가상신문 무단전재 및 재배포 금지",
    "© 2019 Gasang Media, Inc.",
    "Copyright 2019 Gasang Times",
])
def test_notices_naming_their_holder(line):
    assert names_a_holder(line)


@pytest.mark.parametrize("line", ["©", "Copyright", "© 2019", "Copyright Policy", "무단전재 및 재배포 금지"])
def test_marks_years_and_links_name_no_holder(line):
    assert not names_a_holder(line)


PAGE = """<html lang="ko"><head><meta charset="utf-8"><title>가상군 도서관 개관</title></head><body>
<h1>가상군 도서관 개관</h1><div id="articleBody"><p>가상군이 군립 도서관을 새로 열었다고 3일 밝혔다.</p>
<p>도서관에는 어린이 열람실과 북카페가 들어섰다.</p><p>운영은 매일 오전 9시부터 오후 10시까지다.</p></div>
<div class="footer"><p>{first}</p><p>{second}</p></div></body></html>"""


def test_the_first_footer_notice_naming_a_holder_is_the_copyright():
    html = PAGE.format(first="Copyright Policy", second="Copyright ⓒ 가상군민신문. All rights reserved.")
    article = sinmun.extract(html.encode(), url="https://www.gasanggunmin.example/news/1")
    assert article.copyright == "Copyright ⓒ 가상군민신문. All rights reserved."
    assert "Copyright" not in "\n".join(article.body_paragraphs)


def test_a_footer_without_a_notice_gives_none():
    html = PAGE.format(first="가상군민신문 | 가상군 가상로 1", second="대표전화 000-0000-0000")
    assert sinmun.extract(html.encode(), url="https://www.gasanggunmin.example/news/1").copyright is None


@pytest.mark.parametrize("line, notice", [
    ("or redistributed. © 2024 Gasang Media, LLC. All rights reserved.", "© 2024 Gasang Media, LLC. All rights reserved."),
    ("© 2024 Gasang Daily. All rights reserved (", "© 2024 Gasang Daily. All rights reserved"),
    ("Copyright © 2024, Gasang Times |", "Copyright © 2024, Gasang Times"),
    ("This material may not be copied. © 2024 Gasang Media", "This material may not be copied. © 2024 Gasang Media"),
])
def test_the_notice_leaves_a_cut_sentence_before_its_mark_and_a_dangling_separator_after(line, notice):
    html = PAGE.format(first="Copyright Policy", second=line)
    article = sinmun.extract(html.encode(), url="https://www.gasanggunmin.example/news/1")
    assert article.copyright == notice
