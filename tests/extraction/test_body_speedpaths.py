"""The cheaper paths of the body reader give the answers of the plain ones they replace.

Grouped selector lists (``[class]:is(...)``), the widgets' label memo in place of 47 substring
selectors, link-dense parts measured from the links' own text, and the sentence tests that jump
from mark to mark. Behaviour only; the costs are in bench/.
"""
from __future__ import annotations

import re
import unicodedata

import pytest
from selectolax.lexbor import LexborHTMLParser

from sinmun.extraction import content, fallback, widgets

STORY = "가상시는 다음 달부터 시내버스 첫차 시간을 앞당긴다고 밝혔다. 홍길동 시장은 배차 간격도 줄이겠다고 말했다. "


def ids(nodes) -> list[int]:
    return list(dict.fromkeys(n.mem_id for n in nodes))


# -- grouped selector lists ---------------------------------------------------------------------------------

def test_the_grouped_common_body_query_finds_what_the_plain_list_finds():
    parts = []
    for selector in content.COMMON_BODY_SELECTORS:
        if selector.startswith("#"):
            parts.append(f"<div id='{selector[1:]}'>{STORY}</div><div id='{selector[1:].upper()}'>x</div>")
        elif selector.startswith("."):
            parts.append(f"<div class='x {selector[1:]}'>{STORY}</div><div class='{selector[1:]}-not'>x</div>"
                         f"<div class='{selector[1:].upper()}'>x</div>")
    parts.append(f"<section itemprop='articleBody'>{STORY}</section><div class='article_body viewer'>둘</div>")
    found = []
    for doctype in ("<!doctype html>", ""):  # standards and quirks mode (ids and classes fold case in quirks)
        tree = LexborHTMLParser(f"{doctype}<html><body>{''.join(parts)}</body></html>")
        plain = tree.css(", ".join(content.COMMON_BODY_SELECTORS))
        assert len(ids(plain)) > len(content.COMMON_BODY_SELECTORS)
        assert ids(tree.css(content._COMMON_BODY_QUERY)) == ids(plain)
        found.append(len(ids(plain)))
    assert found[1] > found[0]  # the upper-case classes and ids count in quirks mode only


def test_class_groups_cover_every_class_selector_or_refuse():
    groups = content._class_groups((".news_view", ".art_body", "#x", ".viewer"), ("art", "news", "view"))
    assert groups == ["[class*=art i]:is(.art_body)", "[class*=news i]:is(.news_view)", "[class*=view i]:is(.viewer)"]
    with pytest.raises(ValueError):
        content._class_groups((".story",), ("art",))


PLAIN_CAPTIONS = ("figcaption, .img_desc, .end_photo_org em, .caption, .photo_caption, .img_caption, .txt_caption, "
                  ".desc, .image_desc, .photo_desc")


def test_the_grouped_caption_query_finds_the_same_first_caption():
    tree = LexborHTMLParser(
        "<div id=a><span class=end_photo_org><em>사진 하나</em></span><p class='photo_desc'>설명</p></div>"
        "<div id=b><figure><img src=x.jpg><figcaption class=caption>둘</figcaption></figure><p class=desc>셋</p></div>"
        "<div id=c><p class='txt_caption img_desc'>넷</p><em>아님</em></div><div id=d><p>없음</p></div>")
    for scope in tree.css("div"):
        plain, grouped = scope.css_first(PLAIN_CAPTIONS), scope.css_first(content._CAPTION_SELECTORS)
        assert (plain and plain.mem_id) == (grouped and grouped.mem_id)
        assert ids(scope.css(content._CAPTION_SELECTORS)) == ids(scope.css(PLAIN_CAPTIONS))


def test_block_links_are_the_links_right_inside_a_paragraph_div_or_item():
    tree = LexborHTMLParser("<div><a href=1>하나</a><p><a href=2>둘</a><span><a href=3>셋</a></span></p>"
                            "<ul><li><a href=4>넷</a></li></ul><table><tr><td><a href=5>다섯</a></td></tr></table><p><a>여섯</a></p></div>")
    plain = [a for a in tree.css("a[href]") if a.parent is not None and a.parent.tag in ("p", "div", "li")]
    assert [a.attributes["href"] for a in tree.css(content._BLOCK_LINKS)] == [a.attributes["href"] for a in plain]
    assert [a.attributes["href"] for a in plain] == ["1", "2", "4"]


# -- widget candidates --------------------------------------------------------------------------------------

PLAIN_MARKED = ", ".join([f'[{attr}*="{piece}" i]' for piece in widgets._NAME_PIECES for attr in ("class", "id")]
                         + ['[role="tooltip" i]'])
LABELS = ["adBox_mid", "HEADER", "mt_bn_box", "stocksise", "Ticker", "ict_desc", "x-\u212aey", "sponsor\u0130",
          "plain", "", "TipS", "glossary", "outbrain-widget", "LAYER_pop", "meaningful", "s\u017fise"]


@pytest.mark.parametrize("attr", ["class", "id"])
def test_widget_candidates_are_those_the_substring_selectors_found(attr):
    elements = "".join(f"<span {attr}='{label}'>가</span>" for label in LABELS)
    roles = "".join(f"<span role='{role}'>나</span>" for role in ("tooltip", "TOOLTIP", "tooltips", "t\u0131ooltip"))
    container = LexborHTMLParser(f"<div id=box>{elements}{roles}<b>다</b></div>").css_first("#box")
    marked = [n.mem_id for n in container.css(widgets._LABELLED) if widgets._marked_words(n) is not None]
    assert marked == ids(container.css(PLAIN_MARKED))
    assert len(marked) >= 10


# -- link-dense parts ---------------------------------------------------------------------------------------

def test_link_dense_parts_are_menus_and_their_subheadings_not_the_story():
    holder = LexborHTMLParser(
        f"<div id=h><p>{STORY}<a href=1>링크 하나</a></p><h3 id=sub>많이 본 기사</h3>"
        "<ul id=menu><li><a href=2>다른 기사 제목 하나</a></li><li><a href=3>다른 기사 제목 둘</a></li></ul>"
        "<div id=mixed><span>짧은 말</span> <a href=4>아주 긴 링크 글자가 여기에 있습니다</a></div>"
        f"<div id=body><ul><li><a href=5>본문 안의 링크만 있는 목록</a></li></ul></div></div>").css_first("#h")
    body = holder.css_first("#body")
    found = fallback._link_dense_parts(holder, {body.mem_id})
    by_id = {n.attributes.get("id"): n.mem_id for n in holder.css("[id]")}
    assert found == {by_id["sub"], by_id["menu"], by_id["mixed"]}


def test_a_link_inside_a_link_counts_once():
    """SVG content may nest an ``<a>`` in another: its characters are the outer link's, not counted twice."""
    holder = LexborHTMLParser("<div id=h><div id=p>글자 몇 개가 있는 칸 <a href=1>링크<svg><a>안쪽</a></svg></a></div>"
                              "</div>").css_first("#h")
    part = holder.css_first("#p")
    assert fallback._link_chars(holder)[part.mem_id] == len("링크안쪽")
    assert fallback._link_dense_parts(holder, set()) == frozenset()  # 6 of 16 characters are linked


def plain_link_dense_parts(holder, part_ids) -> frozenset[int]:
    """The walk of :func:`fallback._link_dense_parts` that enters every element, link text or none."""
    linked = fallback._link_chars(holder)
    found: set[int] = set()
    stack = list(holder.iter())
    while stack:
        element = stack.pop()
        if element.mem_id in part_ids:
            continue
        links = linked.get(element.mem_id, 0) if element.tag not in content.INLINE_TAGS else 0
        if links and links >= fallback.LINK_SHARE * len(element.text(strip=True) or ""):
            found.add(element.mem_id)
            before = element.prev
            while before is not None and before.tag in ("-text", "-comment"):
                before = before.prev
            if before is not None and before.tag in fallback._HEADINGS:
                found.add(before.mem_id)
            continue
        stack.extend(element.iter())
    return frozenset(found)


@pytest.mark.parametrize("inner", [
    "<section><div><h4>더 보기</h4><ul><li><a href=1>다른 기사 제목 하나</a></li></ul></div></section>",
    "<div><span><em><a href=1>깊은 곳의 링크 글자</a></em></span> 짧은 말</div>",
    "<a href=1><div>링크 안의 칸 <div><a href=2>안쪽 링크</a> 글자가 더 많은 줄입니다</div></div></a>",
    "<div><p>링크 없는 문단입니다.</p><div><p>또 하나의 문단입니다.</p></div></div>",
    "<div><a href=1></a><p>빈 링크 옆의 긴 글자들이 여기에 있습니다</p></div>",
])
def test_link_dense_parts_skip_only_what_holds_no_link_text(inner):
    """Elements without link text are not entered: the answer is the plain walk's."""
    holder = LexborHTMLParser(f"<div id=h><p>{STORY}</p>{inner}<div id=body>{inner}</div></div>").css_first("#h")
    body = holder.css_first("#body")
    for part_ids in (set(), {body.mem_id}):
        assert fallback._link_dense_parts(holder, part_ids) == plain_link_dense_parts(holder, part_ids)


# -- sentence tests -----------------------------------------------------------------------------------------

PLAIN_SENTENCE_END = re.compile(r"[^\W\d_]{2}[.!?\u2026\u3002](?=\s|$|[\"'\u201d\u2019\u00bb)])|[\u3131-\ud7a3][.!?]")
PLAIN_ENDS = re.compile(r"(?:[^\W\d_]{2}|[\u3131-\ud7a3])[.!?\u2026\u3002:][\"'\u201d\u2019\u00bb)\]]*$")
# (a point between digits is no mark: "2025.12.15", "3.5")
PLAIN_MARKS = re.compile(r"(?:다|요|까|죠|음|함|임)\s*[.!?]|[!?。]|(?<!\d)\.|\.(?!\d)")
TEXTS = ["", ".", "ab.", "a.", "가.", "말했다.", "말했다. 그리고 끝났다.", "3.5 percent.", "e.g. this", "done!)",
         "he said.\u201d", "he said.\n", "he said.\n\n", "end.)]\u00bb", "x\u2026", "날짜 2024.05.01.", "왜? 정말?",
         "no end here", "Ends with colon:", "it is ab.c. d", "ok 。", "다 . 요 ? 까!", "ab.\u201dcd.", "two.. dots",
         "입력 2025.12.15 22:30", "v1.2.3."]


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_tests_agree_with_the_plain_patterns(text):
    assert content._has_sentences(text, 2) == (len(PLAIN_SENTENCE_END.findall(text)) >= 2)
    assert content._has_sentences(text, 1) == bool(PLAIN_SENTENCE_END.search(text))
    assert content.ends_as_sentence(text) == bool(PLAIN_ENDS.search(text))
    assert content._sentence_marks(text) == len(PLAIN_MARKS.findall(text))


# -- tag ids ------------------------------------------------------------------------------------------------

def test_tag_ids_are_the_ids_every_document_gives_those_names():
    names = content.BLOCK_TAGS | content.SKIP_TAGS | content.INLINE_TAGS | {"br", "img"}
    wanted = content.tag_ids(names)
    tree = LexborHTMLParser("<!doctype html><body>" + "".join(f"<{n}></{n}>" for n in sorted(names)) + "</body>")
    parsed = {node.tag: node.tag_id for node in tree.root.traverse() if node.tag in names}
    assert len(parsed) > 60
    assert all(content.tag_ids({name}) == {tag_id} for name, tag_id in parsed.items())
    assert len(wanted) == len(names)


def test_tag_ids_refuse_a_name_lexbor_has_no_fixed_id_for():
    with pytest.raises(ValueError):
        content.tag_ids({"p", "gasang-widget"})


def test_text_blocks_by_tag_id_see_text_inside_links_and_inline_wrappers():
    tree = LexborHTMLParser("<body><div id=a><span><b>가상</b> 문장</span> <a href=x><span>링크 글</span></a></div>"
                            "<script>var x = 1;</script><p>문단 <font><i>셋</i></font></p></body>")
    blocks, texts, links = content._text_blocks(tree.body)
    by_tag = {blocks[key].tag: text for key, text in texts.items()}
    assert by_tag == {"div": "가상 문장", "p": "문단 셋"}
    assert [blocks[key].tag for key in links] == ["div"] and list(links.values()) == [len("링크 글")]


@pytest.mark.parametrize("text", ["가상시 버스", "x² ½ Ⅻ ab", "", "...", "São Paulo’s “café” — 3rd", "_a_b_", "ǅ ʰ ㄱ 〇",
                                  "İstanbul ß", "٣ 四 ⅷ"])
def test_letter_count_is_the_count_str_isalpha_gives(text):
    assert content.letter_count(text) == sum(map(str.isalpha, text))


def test_blocks_by_side_are_those_a_climb_to_body_finds_inside_the_parts():
    tree = LexborHTMLParser(f"<body><div id=main><p>{STORY}</p><div><span>{STORY}</span><p>{STORY}</p></div></div>"
                            f"<aside><p>{STORY}</p></aside><div id=two><p>{STORY}</p></div><p>{STORY}</p></body>")
    blocks = fallback._page_blocks(tree, None)
    parts = [tree.css_first("#main"), tree.css_first("#two")]
    inside, outside = fallback._by_side(blocks, parts)
    part_ids = {p.mem_id for p in parts}
    climbed = [b for b in blocks if content.ancestor_is(b.node, {}, lambda e: e.mem_id in part_ids)]
    assert [b.node.mem_id for b in inside] == [b.node.mem_id for b in climbed] and len(inside) == 4
    assert len(outside) == len(blocks) - 4


@pytest.mark.parametrize("line", ["Copyright 2024 Gasang News. All rights reserved.", "(C) Gasang Daily", "ALL RIGHTS RESERVED",
                                  "The (c) mark", "Reporting by Hong Gildong; editing by Kim Cheolsu", "(c) 2024",
                                  "ⓒ 가상일보", "저작권자 © 가상뉴스 무단전재 및 재배포 금지", "AI 학습 이용 금지",
                                  "He said the copyrighted song was played."])
def test_the_ascii_copyright_test_answers_as_the_rules_do(line):
    from sinmun.extraction import clean
    folded = line.lower()
    plain = bool(clean._COPYRIGHT.search(folded)) or (bool(clean._COPYRIGHT_WEAK.search(folded))
                                                      and not clean.reads_as_prose(line))
    assert clean.is_copyright(line) == plain


@pytest.mark.parametrize("html", ["<title>가상 제목</title><p>x", "<body><svg><title>그림</title></svg><p>y</p></body>",
                                  "<html><head></head><body><title>늦은 제목</title>", "<p>제목 없음"])
def test_the_page_title_is_the_documents_first_title(html):
    tree = LexborHTMLParser(html)
    first = tree.css_first("title")
    assert fallback._page_title(tree) == " ".join((first.text() if first is not None else "").split()).lower()


# -- invisible characters: looked for with ``in`` before the pattern runs ------------------------------------

@pytest.mark.parametrize("text", ["가상\u00ad시는", "zero\u200bwidth “quoted”", "word\u2060joiner", "\ufeffbom 가상",
                                  "“no invisible character” here", "가상시는 밝혔다.", "e\u0301 composed"])
def test_clean_text_drops_invisible_characters_and_composes_as_the_pattern_does(text: str) -> None:
    assert content.clean_text(text) == unicodedata.normalize("NFC", content._INVISIBLE.sub("", text))


def test_clean_text_leaves_ascii_text_as_it_is() -> None:
    text = "plain ascii text"
    assert content.clean_text(text) is text


# -- what read_paragraphs skips, and the block tags the fallback notes ------------------------------------------

def test_read_paragraphs_skips_dropped_and_skipped_elements_only_when_asked() -> None:
    tree = LexborHTMLParser("<div id=c><p>하나</p><p class=gone>둘</p><div id=s>셋</div>"
                            "<ul><li>넷</li></ul><p class='share'>공유</p></div>")
    container = tree.css_first("#c")
    skip = frozenset({tree.css_first("#s").mem_id})
    assert content.read_paragraphs(container) == ["하나", "둘", "셋", "넷"]  # the share bar is noise
    assert content.read_paragraphs(container, keep_noise=True) == ["하나", "둘", "셋", "넷", "공유"]
    assert content.read_paragraphs(container, (".gone",)) == ["하나", "셋", "넷"]
    assert content.read_paragraphs(container, skip=skip) == ["하나", "둘", "넷"]
    assert content.read_paragraphs(container, (".gone",), skip=skip) == ["하나", "넷"]


def test_the_fallback_notes_each_line_with_its_block_tag_name() -> None:
    tree = LexborHTMLParser("<div id=c><h2>소제목</h2><p>문단 <b>굵게</b></p><ul><li>항목</li></ul>"
                            "<table><tr><td>칸</td></tr></table>느슨한 글</div>")
    lines = fallback._read_lines(tree.css_first("#c"), (), frozenset())
    assert lines == [("소제목", "h2"), ("문단 굵게", "p"), ("항목", "li"), ("칸", "td"), ("느슨한 글", "")]
    assert set(content.BLOCK_NAMES.values()) == content.BLOCK_TAGS


# -- lists beside the body: the text of an ancestor is measured only where something could be added ------------

BODY_TEXT = "".join(f"<p>{STORY}</p>" for _ in range(2))
STEPS = "<ul><li>밀가루 두 컵을 준비한다</li><li>달걀 세 개를 푼다</li><li>우유 한 컵을 붓는다</li></ul>"


def _beside(markup: str) -> list[str] | None:
    tree = LexborHTMLParser(f"<html><body>{markup}</body></html>")
    body = tree.css_first("#body")
    return fallback.lists_beside([body], content.read_paragraphs(body))


def test_a_list_beside_the_body_joins_it() -> None:
    lines = _beside(f"<main><div id=w><div id=body>{BODY_TEXT}</div>{STEPS}</div></main>")
    assert lines is not None and "달걀 세 개를 푼다" in lines


def test_a_large_ancestor_without_additions_still_stops_the_climb() -> None:
    # the parent adds nothing but holds far more text than the body; the list two levels up stays out, as it
    # did when every level's text was measured first: the grandparent holds the parent's text
    filler = "<div>" + " ".join(["가나다라마바사"] * 400) + "</div>"
    markup = f"<main><div id=g><div id=p><div id=body>{BODY_TEXT}</div>{filler}</div>{STEPS}</div></main>"
    assert _beside(markup) is None
    small = f"<main><div id=g><div id=p><div id=body>{BODY_TEXT}</div></div>{STEPS}</div></main>"
    lines = _beside(small)
    assert lines is not None and "달걀 세 개를 푼다" in lines


# -- headline links: a link with words beside it is no block's whole text ---------------------------------------

def test_a_link_with_words_beside_it_is_no_headline_block_and_one_alone_is() -> None:
    tree = LexborHTMLParser(
        "<div id=c><p>가상시는 <a href='/view/1'>가상 관련 기사 제목이 여기에</a> 라고 밝혔다</p>"
        "<p> \u200b <a href='/view/2'>다른 가상 기사의 제목 하나</a>\n</p>"
        "<div><a href='/view/3'>세 번째 가상 기사 제목 둘</a><a href='/view/4'>네 번째 가상 기사 제목 셋</a></div>"
        "<li><a href='/view/5'>다섯 번째 가상 기사 제목</a><span></span></li>"
        "<div><a href='/shop/1'>Available from Gasang</a><a href='/shop/2'>Gasang may receive a fee</a></div></div>")
    found = [normalize(b.text()) for b in content._headline_link_blocks(tree.css_first("#c"))]
    # Korean headline links side by side are a block of them too; a row of English ones (a product box) is not
    assert found == ["다른 가상 기사의 제목 하나", "세 번째 가상 기사 제목 둘네 번째 가상 기사 제목 셋", "다섯 번째 가상 기사 제목"]
    assert content._text_beside(tree.css_first("a[href='/view/1']"))
    assert not content._text_beside(tree.css_first("a[href='/view/2']"))


def normalize(text: str) -> str:
    return " ".join(text.replace("\u200b", "").split())
