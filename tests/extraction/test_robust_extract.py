"""Solid ground: the core extraction is linear in the page and loses nothing to bad bytes,
bad URLs, deep nesting or megabytes of script.

Complexity is checked deterministically: the Python lines executed (``sys.settrace``) and
the depth of the parsed tree, never the wall clock.
"""
from __future__ import annotations

import codecs
import random
import sys

import pytest

import sinmun
from sinmun.errors import NotHtmlError, SinmunError
from sinmun.extraction.parse import decode_with_warnings, load
from sinmun.extraction.prepass import MAX_NESTING
from tree_depth import element_depth

SENTENCE = "가상시가 올해 공공 와이파이 설치 장소를 500곳 늘린다고 밝혔다. 버스정류장과 전통시장이 우선 대상이다."
PAGE = ("<html><head><meta charset='{charset}'><title>가상시 정부 발표</title></head><body>"
        "<div class='article_body'><p>" + SENTENCE + "</p><p>" + SENTENCE + "</p>"
        "<p>홍길동 기자 hong@example.co.kr</p></div></body></html>")


def tree_depth(html: str) -> int:
    """The deepest element of the parsed page, counted from the document."""
    return element_depth(load(html).tree)


# ----------------------------------------------------------------- deep nesting (item 2)
@pytest.mark.parametrize("tag", ["div", "section", "blockquote", "article", "ul", "center"])
def test_deep_nesting_is_flattened_before_parsing(tag):
    html = "<html><body>" + f"<{tag}>" * 3000 + SENTENCE + f"</{tag}>" * 3000 + "</body></html>"
    assert tree_depth(html) <= MAX_NESTING + 10
    assert SENTENCE in load(html).tree.body.text()
    article = sinmun.extract(html)
    if tag != "ul":  # text straight inside a list is no article body; it still survives (above)
        assert article.body_paragraphs == [SENTENCE]
    assert any("flattened" in w for w in article.warnings)


def test_stray_end_tags_over_deep_inline_nesting_are_bounded():
    # Every stray end tag makes the parser walk its whole stack: deep spans + many </div> is quadratic.
    html = "<html><body><div class='article_body'>" + "<span>" * 3000 + SENTENCE + "</div>" * 3000
    assert tree_depth(html) <= MAX_NESTING + 10
    assert sinmun.extract(html).body_paragraphs == [SENTENCE]


def test_self_closed_divs_still_count_as_nesting():
    html = "<html><body>" + "<div/>" * 3000 + SENTENCE
    assert tree_depth(html) <= MAX_NESTING + 10
    assert SENTENCE in sinmun.extract(html).body_paragraphs


def test_ordinary_pages_are_not_touched_by_the_nesting_bound():
    html = PAGE.format(charset="utf-8") + "<svg>" + "<path d='M0 0'/>" * 2000 + "</svg>" + "<p>짧다<br>" * 1000
    assert load(html).html == html
    assert not any("flattened" in w for w in sinmun.extract(html).warnings)


# ----------------------------------------------------------------- bad bytes (item 3)
def test_page_cut_mid_character_decodes_with_a_warning():
    data = PAGE.format(charset="utf-8").encode()
    cut = data[: data.index("대상이다".encode()) + 4]  # '대' is three bytes: one is cut off
    article = sinmun.extract(cut)
    assert article.body_paragraphs[0].startswith("가상시가 올해")
    assert any("U+FFFD" in w for w in article.warnings)


def test_one_stray_byte_does_not_reject_the_page():
    data = PAGE.format(charset="utf-8").encode().replace("설치".encode(), b"\xff" + "설치".encode(), 1)
    text, encoding, warnings = decode_with_warnings(data)
    assert encoding == "utf-8" and "\ufffd설치" in text and warnings
    article = sinmun.extract(data)
    assert article.title == "가상시 정부 발표" and article.is_article


def test_stray_bytes_in_a_page_declared_as_another_charset():
    data = PAGE.format(charset="windows-1252").encode().replace("설치".encode(), b"\x81\x8d" + "설치".encode())
    assert sinmun.extract(data).title == "가상시 정부 발표"


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes_without_nul_are_still_binary(seed):
    rng = random.Random(seed)
    data = bytes(rng.randrange(1, 256) for _ in range(20000))
    with pytest.raises(NotHtmlError):
        sinmun.extract(data)


# ----------------------------------------------------------------- declarations that lie (item 4)
@pytest.mark.parametrize("declared", ["iso-8859-1", "windows-1252", "latin1", "us-ascii"])
def test_latin1_declaration_over_euc_kr_bytes(declared):
    data = PAGE.format(charset=declared).encode("cp949")
    article = sinmun.extract(data)
    assert article.title == "가상시 정부 발표"
    assert article.body_paragraphs[0] == SENTENCE


def test_real_latin1_pages_stay_latin1():
    page = ("<html><head><meta charset='iso-8859-1'><title>Café à Paris</title></head><body><p>"
            + "Le café de la gare a fermé ses portes après trente années. " * 5 + "</p></body></html>")
    assert sinmun.extract(page.encode("latin-1")).title == "Café à Paris"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark(codec):
    article = sinmun.extract(PAGE.format(charset="utf-16").encode(codec))
    assert article.title == "가상시 정부 발표" and article.body_paragraphs[0] == SENTENCE


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")])
def test_utf32_with_byte_order_mark(bom, codec):
    article = sinmun.extract(bom + PAGE.format(charset="utf-32").encode(codec))
    assert article.title == "가상시 정부 발표" and article.body_paragraphs[0] == SENTENCE


# ----------------------------------------------------------------- megabytes of script (item 7)
def test_huge_script_in_the_head_does_not_push_the_article_past_the_cut():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "가상시 와이파이 확대",'
          ' "datePublished": "2025-08-05T10:32:00+09:00"}</script>')
    script = "<script>var junk = '" + "x" * 20_000_000 + "';</script>"
    html = "<html><head>" + script + "<style>" + "p{}" * 100_000 + "</style>" + ld + "</head><body>" \
        + "<!--" + "-" * 1000 + "-->" + "<div class='article_body'>" + f"<p>{SENTENCE}</p>" * 3 + "</div></body></html>"
    article = sinmun.extract(html)
    assert article.is_article
    assert article.body_paragraphs == [SENTENCE] * 3
    assert article.title == "가상시 와이파이 확대"  # the JSON-LD script was kept
    assert article.published == "2025-08-05T10:32:00+09:00"
    assert any("scripts dropped" in w for w in article.warnings)


# ----------------------------------------------------------------- linear body finding (item 1)
def work_done(function, *args) -> int:
    """Python lines executed by ``function(*args)`` in sinmun's own code, plus the nodes under
    each element whose whole text is read at C speed (``_text_weight``): deterministic."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame, event, arg):
        nonlocal count
        if "sinmun" not in frame.f_code.co_filename:
            return None
        if frame.f_code.co_name == "_text_weight":
            count += sum(1 for _ in frame.f_locals["node"].traverse(include_text=True))
        return local

    sys.settrace(tracer)
    try:
        function(*args)
    finally:
        sys.settrace(None)
    return count


PATHOLOGICAL = {
    "unclosed spans": lambda n: "<html><body>" + "<span>문장입니다. 그렇습니다." * n,
    "links around bold": lambda n: "<html><body>" + "<a href=#><b>x</a>" * n,
    "unclosed font": lambda n: "<html><body>" + "<font>문장입니다. 그렇습니다." * n,
    "nested lists": lambda n: "<html><body><div>" + "<ul><li>목록의 항목 문장이 충분히 깁니다. 그렇습니다." * n,
    "nested body markup": lambda n: "<html><body>" + "<div class='article_body'><p>문장입니다.</p>" * n,
}


@pytest.mark.parametrize("case", PATHOLOGICAL)
def test_body_finding_is_linear_in_the_tree(case):
    # The parser is given the raw markup (no nesting bound): sinmun's own walk must be linear by itself.
    from selectolax.lexbor import LexborHTMLParser

    from sinmun.extraction.content import find_body_node

    small, large = (LexborHTMLParser(PATHOLOGICAL[case](n)) for n in (300, 1200))
    ratio = work_done(find_body_node, large) / work_done(find_body_node, small)
    assert ratio <= 5, f"{case}: 4x the input ran {ratio:.1f}x the lines"


@pytest.mark.parametrize("case", ["unclosed spans", "unclosed font"])
def test_body_of_unclosed_inline_markup_is_all_there(case):
    article = sinmun.extract(PATHOLOGICAL[case](2000))
    assert article.is_article
    assert " ".join(article.body_paragraphs).count("문장입니다.") == 2000


# ----------------------------------------------------------------- URLs that urllib rejects (item 5)
BAD_URLS = ["http://a.com:99999/x", "http://[::1/x", "http://[::1]:99999/", "https://a.com:-1/", "http://a.com:abc/",
            "//[x", "http://user@[::1", "ftp://[::1/x", "http:///", "::::", "[", "http://%zz/"]
LINKED_PAGE = ("<html><head><link rel=canonical href='{u}'><meta property='og:url' content='{u}'>"
               "<title>가상시 와이파이</title></head><body><div class='article_body'><p>" + SENTENCE + "</p>"
               "<img src='/a.jpg' width=300><a href='{u}'>링크</a></div><div class='article_options'>"
               "<div class='journalist'><a href='{u}?email=hong@example.co.kr'>홍길동 기자</a></div></div></body></html>")


@pytest.mark.parametrize("bad", BAD_URLS)
@pytest.mark.parametrize("page_url", [None, "BAD", "https://news.tvchosun.com/site/data/html_dir/2025/08/05/1.html",
                                      "https://www.chosun.com/x/"])
def test_malformed_urls_never_raise(bad, page_url):
    article = sinmun.extract(LINKED_PAGE.format(u=bad), url=bad if page_url == "BAD" else page_url)
    assert SENTENCE in article.body_paragraphs


def test_url_helpers():
    from sinmun.extraction.urls import host_of, join_url, split_url

    assert split_url("http://[::1/x") is None
    assert host_of("http://a.com:99999/x") == "a.com"
    assert host_of("http://[::1/x") == ""
    assert join_url("http://[::1/x", "/a.jpg") == "/a.jpg"
    assert join_url("https://a.example/x/", "b.jpg") == "https://a.example/x/b.jpg"


# ----------------------------------------------------------------- reference dates (item 6)
@pytest.mark.parametrize("value", ["", "0504-01-01", "yesterday", "08-05", "2025-13-45", 20250805, 3.5, ["2025-08-05"]])
def test_bad_reference_date_is_a_sinmun_error(value):
    from sinmun.extraction.dates import ReferenceDateError

    with pytest.raises(ReferenceDateError) as err:
        sinmun.extract(PAGE.format(charset="utf-8"), reference_date=value)
    assert isinstance(err.value, SinmunError) and err.value.reason == "reference-date"
    assert "reference_date" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("value", ["2025-08-05", "2025.08.05", "20250805"])
def test_good_reference_dates_still_work(value):
    dump = f"가상시 와이파이 확대 작성일 08-05 <p>{SENTENCE}</p><p>{SENTENCE}</p>"
    article = sinmun.extract(dump, reference_date=value)
    assert article.published == "2025-08-05"


# ----------------------------------------------------------------- galleries of thousands of images
def gallery(n: int) -> str:
    photos = "".join(f"<div><img src='/p{i}.jpg' width=300><p class='caption'>사진 {i}</p></div>" for i in range(n))
    loose = "".join(f"<span><img src='/q{i}.jpg' width=300>" for i in range(n))  # unclosed: each holds the rest
    return f"<html><body><div class='article_body'><p>{SENTENCE}</p>{photos}{loose}</div></body></html>"


def test_many_images_are_captioned_from_one_index():
    from sinmun.extraction.content import _CaptionScope, read_images

    tree = load(gallery(2000)).tree
    container = tree.css_first("div.article_body")
    images = read_images(container, "https://www.gasang.example/")
    assert len(images) == 4000
    assert images[0].caption == "사진 0" and images[1999].caption == "사진 1999"
    assert images[0].url == "https://www.gasang.example/p0.jpg"
    assert all(i.caption is None for i in images[2000:])
    assert _CaptionScope(container, (), indexed=True).first is not None  # no CSS query per image and ancestor


def test_many_images_python_work_is_linear():
    from sinmun.extraction.content import read_images

    def run(n):
        container = load(gallery(n)).tree.css_first("div.article_body")
        return work_done(read_images, container, None)

    assert run(1200) / run(300) <= 5


def test_a_few_damaged_bytes_in_a_mostly_latin_utf8_page():
    text = ("<html><head><meta charset='utf-8'><title>“Quoted” title — here</title></head><body><p>"
            + "The council said on Monday that the “new plan” will cost more — much more — than planned. " * 40
            + "</p></body></html>")
    data = bytearray(text.encode())
    for position in (500, 1500, 2500, 3500):  # four flipped bytes in ASCII text
        data[position] = 0xC3
    article = sinmun.extract(bytes(data))
    assert article.title == "“Quoted” title — here"
    assert any("U+FFFD" in w for w in article.warnings)


def test_huge_page_keeps_its_arc_story_script():
    story = ('{"type": "story", "headlines": {"basic": "가상 아크 기사"}, "content_elements": ['
             f'{{"type": "text", "content": "{SENTENCE}"}}, {{"type": "text", "content": "{SENTENCE}"}}]}}')
    html = ("<html><head><script>var junk='" + "x" * 7_000_000 + "';</script>"
            "<script>window.Fusion=window.Fusion||{};Fusion.globalContent=" + story + ";</script></head>"
            "<body><div id='fusion-app'></div></body></html>")
    article = sinmun.extract(html)
    assert article.title == "가상 아크 기사"
    assert article.body_paragraphs == [SENTENCE, SENTENCE]


def test_arc_story_with_a_bad_page_url_keeps_its_canonical_link():
    story = ('{"type": "story", "headlines": {"basic": "가상 아크 기사"}, "canonical_url": "/a/1/",'
             f' "content_elements": [{{"type": "text", "content": "{SENTENCE}"}}]}}')
    html = ("<html><head><script>window.Fusion=window.Fusion||{};Fusion.globalContent=" + story
            + ";</script></head><body><div id='fusion-app'></div></body></html>")
    article = sinmun.extract(html, url="http://[::1/x")
    assert article.title == "가상 아크 기사"
    assert not any("malformed" in w for w in article.warnings)
