"""The page's closing lines (sinmun.extraction.tail), where a footer without a footer or copyright class writes its
copyright notice; the fixture page is ``tests/fixtures/conventions/copyright-footer-plain``."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from sinmun.extraction.tail import CLOSING_TEXTS, closing_lines


def lines(html: str) -> list[str]:
    return closing_lines(LexborHTMLParser(html))


def test_the_last_block_first_its_lines_split_at_breaks_and_inline_text_joined():
    html = ("<body><div><p>본문 문단이다.</p></div><div><p>주소: 가상로 1<br>Copyright ⓒ <b>가상일보</b>. "
            "All rights reserved.</p></div><script>var x = 1;</script><!-- 끝 --></body>")
    assert lines(html)[:2] == ["주소: 가상로 1", "Copyright ⓒ 가상일보. All rights reserved."]
    assert "본문 문단이다." in lines(html)


def test_scripts_styles_and_comments_are_not_read():
    assert lines("<body><p>마지막 줄</p><style>p{}</style><script>var a='ⓒ';</script><noscript>x</noscript></body>") \
        == ["마지막 줄"]


def test_an_empty_or_textless_page_has_no_closing_lines():
    assert lines("") == []
    assert lines("<div><script>x</script><img src=a.png></div>") == []


def test_only_the_last_text_nodes_are_read():
    html = "<body>" + "".join(f"<p>줄 {n}</p>" for n in range(1000)) + "</body>"
    found = lines(html)
    assert found == [f"줄 {n}" for n in range(999, 999 - CLOSING_TEXTS, -1)]


def test_an_element_of_very_many_children_is_read_from_its_end_only():
    html = "<body>" + "".join(f"줄 {n}<br>" for n in range(5000)) + "Copyright ⓒ 가상일보</body>"
    found = lines(html)
    assert found[-1] == "Copyright ⓒ 가상일보" and len(found) <= 200
