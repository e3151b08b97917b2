"""The header's 수정 line is the update time when the header's 입력 line gives the publication time another source
(a meta tag) gave; fixture page ``tests/fixtures/conventions/header-update-beside-meta-time`` (issue 10 §1)."""
from __future__ import annotations

import pytest

import sinmun

PAGE = """<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>가상시 공영자전거 늘린다</title>{meta}</head>
<body><div class="view"><h1>가상시 공영자전거 늘린다</h1><ul class="info"><li>홍길동 기자</li><li>입력 {written}</li>
<li>수정 2025.11.20 14:30</li></ul><div class="article-body"><p>가상시가 내년 봄까지 공영자전거 1천대를 더 들여온다고
20일 밝혔다.</p><p>시는 대여소 120곳을 새로 만들기로 했다.</p><p>이용 요금은 지금과 같다.</p></div></div></body></html>"""
URL = "https://www.gasang.example/news/articleView.html?idxno=1"
PUBLISHED = '<meta property="article:published_time" content="{}">'


def times(meta: str, written: str = "2025.11.20 10:12") -> tuple[str | None, str | None]:
    found = sinmun.extract(PAGE.format(meta=meta, written=written), url=URL)
    return found.published, found.updated


@pytest.mark.parametrize("meta", [PUBLISHED.format("2025-11-20T10:12:00+09:00"),
                                  PUBLISHED.format("2025-11-20T01:12:00Z"),          # the same instant
                                  PUBLISHED.format("2025-11-20T10:12:37+09:00"),     # the same minute
                                  ""])
def test_the_update_line_counts_when_the_header_gives_the_publication_time(meta):
    assert times(meta)[1] == "2025-11-20T14:30:00+09:00"


def test_an_update_line_beside_another_publication_time_is_not_this_storys():
    assert times(PUBLISHED.format("2025-11-19T08:00:00+09:00")) == ("2025-11-19T08:00:00+09:00", None)


def test_the_update_line_takes_the_seconds_of_a_meta_tag():
    meta = PUBLISHED.format("2025-11-20T10:12:00+09:00") + \
        '<meta property="article:modified_time" content="2025-11-20T14:30:21+09:00">'
    assert times(meta)[1] == "2025-11-20T14:30:21+09:00"
