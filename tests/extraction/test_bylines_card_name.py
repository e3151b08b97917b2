"""A reporter card that shows the name alone in an element of its own, its label elsewhere (``기자 프로필`` /
``홍길동`` / ``가상일보 사회부``); fixture page ``tests/fixtures/conventions/byline-card-name-alone`` (issue 10 §1)."""
from __future__ import annotations

import pytest

import sinmun

PAGE = """<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>가상시 공영자전거 늘린다</title></head>
<body><div class="view"><h1>가상시 공영자전거 늘린다</h1><div class="date">입력 2025.11.20 10:12</div>
<div class="article-body"><p>가상시가 내년 봄까지 공영자전거 1천대를 더 들여온다고 20일 밝혔다.</p>
<p>시는 대여소 120곳을 새로 만들기로 했다.</p><p>이용 요금은 지금과 같다.</p></div>{card}</div></body></html>"""
URL = "https://www.gasang.example/news/articleView.html?idxno=1"


def reporters(card: str) -> list[str]:
    return [r.name for r in sinmun.extract(PAGE.format(card=card), url=URL).reporters]


@pytest.mark.parametrize("card", [
    '<div class="reporter"><span>기자 프로필</span><strong>홍길동</strong><span>가상일보 사회부</span></div>',
    '<div class="reporter_info"><dt>기자</dt><dd>홍길동</dd></div>',
    '<div class="writer-box"><em>기자정보</em><b>남궁민수</b></div>',
    '<div class="profile"><p>기자 프로필</p><p>홍길동</p><p>가상일보 사회부</p></div>',   # fixture byline-profile-card
    '<div class="reporterProfile"><strong>홍길동 기자</strong></div>',
])
def test_the_one_name_of_a_labelled_card_is_the_reporter(card):
    assert reporters(card) in (["홍길동"], ["남궁민수"])


@pytest.mark.parametrize("card", [
    '<div class="reporter"><span>기자 프로필</span><strong>홍길동</strong><strong>김철수</strong></div>',
    '<div class="reporter"><span>프로필</span><strong>홍길동</strong></div>',
    '<div class="author"><span>필자 소개</span><strong>홍길동</strong><span>가상대학교 교수</span></div>',
    '<div class="reporter"><span>기자 프로필</span><strong>사회부</strong></div>',
    '<div class="profile"><p>홍길동 가상대 교수</p><p>전 가상연구원 원장</p></div>',   # an interviewee's profile
    '<div class="user-profile"><a href="/my">홍길동</a> <a href="/logout">로그아웃</a></div>',
])
def test_a_card_without_its_label_or_with_several_names_names_no_one(card):
    assert reporters(card) == []


def test_the_card_lends_its_e_mail_link():
    card = ('<div class="reporter"><span>기자 프로필</span><strong>홍길동</strong>'
            '<a href="mailto:gildong@gasang.example">이메일</a></div>')
    found = sinmun.extract(PAGE.format(card=card), url=URL).reporters
    assert [(r.name, r.email) for r in found] == [("홍길동", "gildong@gasang.example")]


BYLINE_PAGE = PAGE.replace("{card}", "").replace('<div class="date">', '{slot}<div class="date">')


@pytest.mark.parametrize("slot, found", [
    ('<div class="byline"><span class="name">홍길동</span><span class="part">사회부</span>'
     '<a href="mailto:gildong@gasang.example">gildong@gasang.example</a></div>', [("홍길동", "gildong@gasang.example")]),
    ('<div class="writer"><b class="writer-name">홍길동</b> <em>사회부</em></div>', [("홍길동", None)]),
    ('<div class="author"><span>김독자</span><span>2025.11.20</span></div>', []),                 # no name's class
    ('<div class="byline"><span>홍길동</span><span>김철수</span><span>사회부</span></div>', []),   # two names
    ('<div class="byline"><span>관리자</span><span>사회부</span></div>', []),
    ('<div class="subscribe"><span class="name">홍길동</span><span>사회부</span></div>', []),      # no byline slot
])
def test_the_one_name_a_byline_slot_shows_alone_is_the_reporter(slot, found):
    reporters = sinmun.extract(BYLINE_PAGE.format(slot=slot), url=URL).reporters
    assert [(r.name, r.email) for r in reporters] == found
