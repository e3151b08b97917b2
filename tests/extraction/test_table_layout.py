"""An old layout of tables: the story's cell is the body without its sibling rows, the row under the headline's is
the deck, and a box's heading (``많이 본 기사``) is no subtitle; fixture page
``tests/fixtures/conventions/table-layout-euckr`` (issue 10 §1)."""
from __future__ import annotations

import pytest

import sinmun
from sinmun.extraction.clean import is_box_heading

PAGE = """<html><head><meta charset="utf-8"><title>가상시 예산 3조 돌파 - 가상일보</title></head><body>
<table><tr><td><a href="/"><img src="/logo.gif"></a></td></tr></table>
<table><tr><td width="680"><table>
<tr><td class="location">홈 &gt; 경제</td></tr>
<tr><td class="title"><b>가상시 예산 3조 돌파</b></td></tr>
{deck}
<tr><td class="date">기사입력 2012-03-05 14:09</td></tr>
<tr><td class="body">가상시의 내년 예산이 처음으로 3조원을 넘었다.<br><br>시는 5일 올해보다 8% 늘어난 예산안을 시의회에
냈다고 밝혔다.<br><br>분야별로는 복지 예산이 가장 많이 늘었다.<br><br>시의회는 이달 말까지 예산안을 심사한다.{inside}</td></tr>
<tr><td><a href="/print">인쇄</a> <a href="/mail">메일</a></td></tr>
</table>
<table><tr><td class="sub_title">많이 본 기사</td></tr><tr><td>· <a href="/view.php?idx=1">가상구 공원 조성 착공</a></td></tr>
<tr><td>· <a href="/view.php?idx=2">가상대 새 학과 신설</a></td></tr></table></td></tr></table>
<table><tr><td>Copyright ⓒ 2012 가상일보. All rights reserved.</td></tr></table></body></html>"""
URL = "http://www.gasang.example/news/view.php?idx=12345"
STORY = ["가상시의 내년 예산이 처음으로 3조원을 넘었다.", "시는 5일 올해보다 8% 늘어난 예산안을 시의회에 냈다고 밝혔다.",
         "분야별로는 복지 예산이 가장 많이 늘었다.", "시의회는 이달 말까지 예산안을 심사한다."]


def extract(deck: str = "", inside: str = "") -> sinmun.Article:
    return sinmun.extract(PAGE.format(deck=deck, inside=inside), url=URL)


def test_the_storys_cell_is_the_body_without_the_layouts_rows():
    found = extract('<tr><td class="deck">복지 예산 가장 많이 늘어</td></tr>')
    assert found.body_paragraphs == STORY
    assert (found.title, found.subtitle) == ("가상시 예산 3조 돌파", "복지 예산 가장 많이 늘어")


def test_a_table_of_data_inside_the_storys_cell_stays():
    table = "<table><tr><td>복지</td><td>1조</td></tr><tr><td>교통</td><td>5천억</td></tr><tr><td>교육</td><td>4천억</td></tr></table>"
    assert "교통" in extract(inside=table).body_paragraphs


@pytest.mark.parametrize("deck", [
    "",
    '<tr><td><a href="/a">가상시 관련 다른 소식 모아보기</a></td></tr>',        # a link
    '<tr><td>홍길동 기자</td></tr>',                                              # a byline
    '<tr><td>부제 하나</td><td>부제 둘</td></tr>',                                # two cells
    '<tr><td>복지 예산 가장 많이 늘어<br>교통 예산이 뒤이어</td></tr>',           # two lines
])
def test_no_deck_row_under_the_headline_gives_no_subtitle(deck):
    assert extract(deck).subtitle is None


@pytest.mark.parametrize("line", ["많이 본 기사", "많이 본 뉴스", "이 시각 주요뉴스", "관련기사", "인기 기사"])
def test_a_box_of_other_stories_is_headed(line):
    assert is_box_heading(line)


@pytest.mark.parametrize("line", ["복지 예산 가장 많이 늘어", "관련 자료에 따르면 예산은 8% 늘었다.", "가상시 예산 3조 돌파"])
def test_a_deck_or_a_sentence_heads_no_box(line):
    assert not is_box_heading(line)
