"""Bad input is normal input: each case gives a clear error or a flagged record, quickly."""

import pytest

import sinmun
from sinmun.errors import SinmunError

ARTICLE = ("<html><head><title>가상시, 공공 와이파이 500곳 늘린다</title></head><body><div class='article_body'>"
           + "<p>가상시가 올해 공공 와이파이 설치 장소를 500곳 늘린다고 밝혔다. 버스정류장과 전통시장이 우선 대상이다.</p>" * 3
           + "<p>나가상 기자 na@gasang.example</p></div></body></html>")


def test_truncated_html_still_gives_the_text_it_has():
    cut = ARTICLE[: ARTICLE.index("</p>", 200) + 2]
    article = sinmun.extract(cut)
    assert article.is_article
    assert article.body_paragraphs[0].startswith("가상시가 올해 공공 와이파이")


@pytest.mark.parametrize("garbage", [
    "<<<>>><div<p>>>></",
    "<html><body><div><div><span>",
    "</div></div></body>",
    "<!-- an unclosed comment <p>본문",
    "<script>var x = '<p>가짜</p>';",
    "just some words, no markup at all",
])
def test_garbage_html_is_flagged_not_crashing(garbage):
    article = sinmun.extract(garbage)
    assert article.is_article is False
    assert any("not an article" in w for w in article.warnings)


def test_deeply_nested_page():
    depth = 20000
    html = "<html><body>" + "<div>" * depth + ARTICLE + "</div>" * depth + "</body></html>"
    article = sinmun.extract(html)
    assert article.body_paragraphs[0].startswith("가상시가 올해")


def test_huge_page_is_bounded():
    filler = "<div class='ad'><a href='/x'>광고 링크 텍스트</a></div>\n" * 400_000  # about 20 MB
    html = ARTICLE.replace("</body>", filler + "</body>")
    assert len(html.encode()) > 20_000_000
    article = sinmun.extract(html.encode())
    assert article.body_paragraphs[0].startswith("가상시가 올해")
    assert any("cut" in w for w in article.warnings)


def test_not_a_string():
    with pytest.raises(TypeError):
        sinmun.extract(12345)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", [bytearray, memoryview])
def test_bytes_like_pages_are_read_as_bytes(kind):
    """A bytearray once failed in the web archive check (a str looked for in bytes)."""
    page = "<html><body><div><p>가상시가 올해 공영자전거를 늘린다고 밝혔다.</p></div></body></html>".encode()
    assert sinmun.extract(kind(page)).body_paragraphs == sinmun.extract(page).body_paragraphs


def test_errors_are_one_clear_line():
    with pytest.raises(SinmunError) as err:
        sinmun.extract(b"")
    assert "\n" not in str(err.value) and str(err.value)


def test_deep_nesting_inside_the_body():
    depth = 20000
    inner = "<span>" * depth + "가상시가 올해 공공 와이파이 설치 장소를 500곳 늘린다고 밝혔다. 버스정류장이 우선 대상이다." + "</span>" * depth
    html = f"<html><body><div class='article_body'><p>{inner}</p><p>{inner}</p></div></body></html>"
    article = sinmun.extract(html)
    assert article.body_paragraphs[0].startswith("가상시가 올해")
