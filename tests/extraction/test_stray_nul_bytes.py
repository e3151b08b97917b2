"""A page with a few stray NUL bytes is text (a browser's parser ignores them); many NULs that are no UTF-16 are
binary data."""
from __future__ import annotations

import pytest

import sinmun
from sinmun.errors import NotHtmlError

PAGE = ('<html><head><meta charset="{charset}"><title>가상시 자전거 - 가상일보</title></head><body><h1>가상시 자전거</h1>'
        '<div>입력 2025.11.20 10:12</div><div class="article-body"><p>가상시가 내년 봄까지 공영자전거 1천대를 더 들여온다고'
        ' 20일 밝혔다.</p><p>시는 대여소 120곳을 새로 만들기로 했다.</p><p>이용 요금은 지금과 같다.</p></div></body></html>')
URL = "https://www.gasang.example/news/articleView.html?idxno=1"


@pytest.mark.parametrize("charset", ["utf-8", "euc-kr"])
@pytest.mark.parametrize("count", [1, 3, 9])
def test_stray_nul_bytes_leave_the_text_whole(charset, count):
    data = PAGE.format(charset=charset).encode("cp949" if charset == "euc-kr" else "utf-8")
    at = data.index(b"</p>")
    data = data[:at] + b"\x00" * count + data[at:]
    found = sinmun.extract(data, url=URL)
    assert found.body_paragraphs[0] == "가상시가 내년 봄까지 공영자전거 1천대를 더 들여온다고 20일 밝혔다."
    assert f"{count} NUL byte(s) removed" in found.warnings


def test_many_nul_bytes_are_binary_data():
    data = PAGE.format(charset="utf-8").encode()
    with pytest.raises(NotHtmlError):
        sinmun.extract(data.replace(b"<p>", b"<p>" + b"\x00" * 40), url=URL)
