"""Decoding: declared charsets, wrong declarations, EUC-KR/CP949 and non-HTML bytes."""
import codecs
import gzip

import pytest

import sinmun
from sinmun.errors import EmptyInputError, NotHtmlError
from sinmun.extraction.parse import decode_bytes

PAGE = ("<html><head><meta charset='{charset}'><title>가상시 소식</title></head><body>"
        "<div class='article_body'><p>가상시는 다음 달부터 시내버스 첫차 시간을 새벽 4시 30분으로 앞당긴다고 밝혔다. "
        "새벽 노동자들의 출근길 불편을 덜기 위한 조치다.</p><p>김가상 기자 kim@gasang.example</p></div></body></html>")
BODY = "가상시는 다음 달부터 시내버스 첫차 시간을 새벽 4시 30분으로 앞당긴다고 밝혔다. 새벽 노동자들의 출근길 불편을 덜기 위한 조치다."


@pytest.mark.parametrize("charset, codec", [("euc-kr", "euc-kr"), ("EUC-KR", "cp949"), ("ks_c_5601-1987", "cp949"),
                                            ("utf-8", "utf-8")])
def test_declared_charset(charset, codec):
    article = sinmun.extract(PAGE.format(charset=charset).encode(codec))
    assert article.body_paragraphs == [BODY]
    assert article.title == "가상시 소식"


def test_cp949_only_syllables_decode():
    # '똠' and '햏' exist in CP949 but not in plain EUC-KR (KS X 1001).
    text = PAGE.format(charset="euc-kr").replace("첫차", "똠햏 첫차")
    article = sinmun.extract(text.encode("cp949"))
    assert "똠햏 첫차" in article.body_paragraphs[0]


def test_declaration_that_contradicts_the_bytes():
    utf8_declared_euckr = PAGE.format(charset="euc-kr").encode("utf-8")
    assert sinmun.extract(utf8_declared_euckr).body_paragraphs == [BODY]
    cp949_declared_utf8 = PAGE.format(charset="utf-8").encode("cp949")
    assert sinmun.extract(cp949_declared_utf8).body_paragraphs == [BODY]


def test_no_declaration_cp949():
    text = PAGE.replace("<meta charset='{charset}'>", "")
    assert sinmun.extract(text.encode("cp949")).body_paragraphs == [BODY]


def test_utf8_bom_and_gzip():
    data = PAGE.format(charset="utf-8").encode("utf-8")
    assert sinmun.extract(b"\xef\xbb\xbf" + data).body_paragraphs == [BODY]
    assert sinmun.extract(gzip.compress(data)).body_paragraphs == [BODY]


def test_decode_reports_encoding():
    text, encoding = decode_bytes("<p>한글</p>".encode("cp949"))
    assert text == "<p>한글</p>" and encoding == "cp949"


@pytest.mark.parametrize("data", [b"", b"   \n\t ", b""])
def test_empty_input(data):
    with pytest.raises(EmptyInputError):
        sinmun.extract(data)
    with pytest.raises(EmptyInputError):
        sinmun.extract(data.decode())


@pytest.mark.parametrize("data, kind", [
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
    (b"\xff\xd8\xff\xe0" + bytes(200), "JPEG"),
    (b"PK\x03\x04" + bytes(range(256)), "ZIP"),
    (b"%PDF-1.7\n" + bytes(range(256)), "PDF"),
    (bytes(range(256)) * 8, "binary"),
])
def test_binary_input_is_not_html(data, kind):
    with pytest.raises(NotHtmlError) as err:
        sinmun.extract(data)
    assert "not HTML" in str(err.value)


def test_utf8_bytes_parse_as_their_text_does():
    """Strict UTF-8 bytes are handed to the parser as they are (no second copy is encoded): the page reads
    the same as its decoded text, and a byte-order mark or damaged bytes still take the decoding path."""
    from sinmun.extraction.parse import load

    markup = "<html><body><p>가상 본문입니다.</p><p>둘째 문단</p></body></html>"
    for data in (markup.encode(), codecs.BOM_UTF8 + markup.encode(), markup.encode() + b"\xff"):
        page = load(data)
        assert page.html.startswith("<html>")
        assert page.tree.html == load(page.html).tree.html  # the tree of the page's own text


def test_the_pages_meta_attributes_are_each_meta_elements_in_document_order():
    from sinmun.extraction.parse import load

    page = load("<html><head><meta property='og:type' content='article'><meta name='author' content='홍길동'>"
                "<meta charset='utf-8'></head><body><p>가상시 소식</p><meta property='og:url' content></body></html>")
    assert page.meta_attributes == [{"property": "og:type", "content": "article"},
                                    {"name": "author", "content": "홍길동"}, {"charset": "utf-8"},
                                    {"property": "og:url", "content": None}]
    assert page.meta_attributes is page.meta_attributes  # read once for all readers
