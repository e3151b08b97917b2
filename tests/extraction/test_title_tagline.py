"""A ``<title>`` that names only the site and its tagline gives way to the heading before the body (issue 10 §1)."""
from __future__ import annotations

import sinmun

PAGE = """<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="top"><a href="/">가상일보</a></div>{top}
<div class="view"><h2>{heading}</h2><div class="date">입력 2025.11.20 10:12</div>
<div class="article-body"><p>가상시가 내년 봄까지 공영자전거 1천대를 더 들여온다고 20일 밝혔다.</p>
<p>시는 대여소 120곳을 새로 만들고, 기존 대여소의 거치대도 늘리기로 했다.</p>
<p>이용 요금은 1시간에 1천원으로 지금과 같다. 홍길동 기자</p></div></div>
<footer>ⓒ 가상일보</footer></body></html>"""
URL = "https://www.gasang.example/news/articleView.html?idxno=1234"


def _title(title: str, heading: str = "자전거 1천대 늘린다", top: str = "") -> str | None:
    return sinmun.extract(PAGE.format(title=title, heading=heading, top=top), url=URL).title


def test_a_tagline_beside_the_site_name_gives_way_to_the_heading():
    assert _title("가상일보 - 새로운 시선, 바른 언론") == "자전거 1천대 늘린다"
    assert _title("새로운 시선, 바른 언론 | 가상일보") == "자전거 1천대 늘린다"


def test_a_title_piece_the_page_shows_stays_the_title():
    # the page shows the <title>'s headline (here in a box that is no heading): it is the headline, not a tagline
    shown = '<div class="headline-box">자전거 1천대 더 늘린다, 대여소도 확충</div>'
    assert _title("자전거 1천대 더 늘린다, 대여소도 확충 - 가상일보", heading="사회", top=shown) \
        == "자전거 1천대 더 늘린다, 대여소도 확충"


def test_a_title_with_no_site_name_cut_off_stays():
    # nothing of the <title> was the site's name, so it is no tagline beside it, even where the page does not show it
    assert _title("자전거 1천대 더 늘린다는 가상시") == "자전거 1천대 더 늘린다는 가상시"
