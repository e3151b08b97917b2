"""The article's header zone: the short text blocks that follow the headline in document order, up to
the body's first paragraph. Layouts nobody profiled put their byline (``홍길동 기자``, ``CBS노컷뉴스 홍길동
기자``, ``홍길동 gildong@x.example``) and their date line (``증권 | 2017.04.18 10:15``) there under class
names no list can foresee (``view_title_sub``, ``tit3_1``, ``f_news_repoter``), so the zone is found by
position, not by class: the headline is the heading whose text is the title, and the walk stops at the
body's first paragraph, a long block, or a small budget of blocks.

Photo blocks (figures, captions, images) are skipped: a credit there (``/홍길동 기자``) names the
photographer, not the reporter.
"""
from __future__ import annotations

import re
from collections.abc import Collection

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .clean import normalize_space
from .content import HEADLINE_LINKS

#: a block of at most this many characters is read whole; a longer one is entered, or ends the zone
MAX_BLOCK_CHARS = 160
#: the walk reads at most this many blocks and enters at most this many elements
MAX_BLOCKS = 24
MAX_VISITS = 400
_SKIPPED_TAGS = {"script", "style", "noscript", "template", "iframe", "figure", "figcaption", "img", "picture",
                 "button", "select", "form", "nav", "svg", "video", "audio"}
_PHOTO_CLASS = re.compile(r"caption|photo|img|image|thumb|desc|figure|banner|(?:^|[\s_-])ads?(?:$|[\s_-])", re.I)
#: a short block holding one of these is entered, so that its photo part is skipped
_SKIPPED = ", ".join(sorted(_SKIPPED_TAGS - {"script", "style", "noscript", "template"})) + \
    ", [class*=caption], [class*=photo], [class*=img], [class*=desc]"


#: where a headline is, in the order worth asking (each stage one CSS walk, stopping at the first that answers):
#: headings, and the title boxes of layouts that write it in a <p> or <div>
_HEADLINE_STAGES = ("h1", "h2, h3", "h4, [itemprop=headline], [class*=tit], [class*=Tit], [class*=head], [id*=tit]")
_HEADLINE_CANDIDATES = ", ".join(_HEADLINE_STAGES)
_TEXT_ELEMENTS = frozenset(("p", "div", "span", "strong", "b", "td", "dd", "font", "em"))
#: the headline's own element is looked for among the page's first this many elements
MAX_HEADLINE_SEARCH = 5000


def headline_node(tree: LexborHTMLParser, title: str | None) -> LexborNode | None:
    """The innermost element whose text is the title (a heading, else a title box), else the first h1
    with some text."""
    wanted = normalize_space(title or "")
    first_h1 = None
    for node in tree.css(_HEADLINE_CANDIDATES):
        text = normalize_space(node.text(separator=" "))
        if wanted and len(text) >= 5 and text == wanted:
            return _innermost_with(node, text)
        if first_h1 is None and node.tag == "h1" and len(text) >= 5:
            first_h1 = node
    return _element_with_text(tree, wanted) or first_h1


_HEADING_RANKS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
#: a deck under the headline is this long; at most this share of it is link text
_DECK_CHARS = (8, 300)
_DECK_LINK_SHARE = 0.5


def heading_under(headline: LexborNode) -> str | None:
    """The text of the heading right after the headline's heading, of a lower rank (an ``<h1>`` then an
    ``<h2>``, an ``<h3>`` then an ``<h4>``, nothing between them): the deck that layouts nobody profiled set
    there with no class a list would know. None when there is none, or it is mostly links (a section menu)."""
    heading = _holder_of(headline, _HEADING_RANKS)
    if heading is None:
        return None
    sibling = _next_element(heading)
    if sibling is None or _HEADING_RANKS.get(sibling.tag or "", 0) <= _HEADING_RANKS[heading.tag or ""]:
        return None
    text = normalize_space(sibling.text(separator=" ") or "")
    links = sum(len(a.text(strip=True) or "") for a in sibling.css("a"))
    low, high = _DECK_CHARS
    return text if low <= len(text) <= high and links <= _DECK_LINK_SHARE * len(text) else None


#: a deck in a table laid out for the page is one short line: longer, it is the story's text
_ROW_DECK_CHARS = (8, 150)
_CELLS = ("td", "th")


def row_under(headline: LexborNode) -> str | None:
    """The text of the table row right after the headline's, in a table laid out for the page (``<tr><td
    class="title"><b>제목</b></td></tr><tr><td>부제</td></tr>``): one cell with one short line that is mostly no
    links, in a row after the headline's own cell alone. None when there is none."""
    cell = _holder_of(headline, _CELLS)
    if cell is None or cell.parent is None or cell.parent.tag != "tr" or len(_text_cells(cell.parent)) != 1:
        return None
    row = _next_element(cell.parent)
    cells = _text_cells(row) if row is not None and row.tag == "tr" else []
    if len(cells) != 1 or cells[0].css_first("br, p, div, table, li") is not None:
        return None
    text = normalize_space(cells[0].text(separator=" ") or "")
    links = sum(len(a.text(strip=True) or "") for a in cells[0].css("a"))
    low, high = _ROW_DECK_CHARS
    return text if low <= len(text) <= high and links <= _DECK_LINK_SHARE * len(text) else None


def _text_cells(row: LexborNode) -> list[LexborNode]:
    """The row's own cells that hold text."""
    return [cell for cell in row.iter() if cell.tag in _CELLS and (cell.text(strip=True) or "")]


def _holder_of(node: LexborNode, tags: Collection[str]) -> LexborNode | None:
    """The element of one of ``tags`` that is ``node`` or holds it within two levels (the headline found may be
    the link, span or ``<b>`` inside its heading or table cell)."""
    current: LexborNode | None = node
    for _ in range(3):
        if current is None or current.tag in tags:
            return current
        current = current.parent
    return None


def _next_element(node: LexborNode) -> LexborNode | None:
    """The next sibling past blank text and comments (a text run with words is returned: it is no element)."""
    sibling = node.next
    while sibling is not None and (sibling.tag == "-comment"
                                   or sibling.tag == "-text" and not (sibling.text() or "").strip()):
        sibling = sibling.next
    return sibling


def _element_with_text(tree: LexborHTMLParser, wanted: str) -> LexborNode | None:
    """The first text element whose own text starts the title and whose whole text is it; a cheap
    look at each element's direct text first."""
    if len(wanted) < 5:
        return None
    start = wanted[:12]
    root = tree.body
    if root is None:
        return None
    for visited, node in enumerate(root.traverse()):  # lazily, in document order: a headline comes early
        if visited >= MAX_HEADLINE_SEARCH:
            return None
        if node.tag not in _TEXT_ELEMENTS:
            continue
        own = node.text(deep=False) or ""
        if start in normalize_space(own) and normalize_space(node.text(separator=" ")) == wanted:
            return node
    return None


_NOT_TEXT = re.compile(r"[\W_]+")
#: a headline is at most this long
MAX_HEADLINE_CHARS = 300


def title_key(text: str) -> str:
    """A headline for comparison: letters and digits only, lower-cased (quotes, punctuation, spaces go)."""
    return _NOT_TEXT.sub("", text).lower()


def visible_headline(tree: LexborHTMLParser, offered: list[str]) -> str | None:
    """The page's own headline element text when it says what the metadata says, quotation marks and
    punctuation aside (``도심 하천에 "수달" 가족 돌아왔다`` in JSON-LD, ``도심 하천에 수달 가족 돌아왔다`` in the
    headline), or what the longest piece of a decorated title says (``가상포스트 - 제목``, the outlet unknown):
    what the reader sees is the title."""
    keys = {key for text in offered if len(key := title_key(text)) >= 4}
    keys |= {key for text in offered if len(key := title_key(longest_title_piece(text))) >= 8}
    if not keys:
        return None
    cut = truncated_keys(offered)
    for selector in _HEADLINE_STAGES:  # the likeliest first: most pages answer at their <h1>
        for node in tree.css(selector):
            text = normalize_space(node.text(separator=" ") or "")
            if 5 <= len(text) <= MAX_HEADLINE_CHARS and _says_the_title(text, keys, cut):
                return _with_bracketed_label(text, offered)
    return next((found for node in tree.css("h1") if (found := _without_a_label(node, keys))), None)


#: a title the metadata cuts short ends so: "제목 앞부분...", "제목 앞부분…"
_ELLIPSIS = re.compile(r"\s*(?:\.{2,}|…)$")
#: a cut title keeps this many letters at least, to say which headline it began
MIN_CUT_KEY = 8


def truncated_keys(offered: list[str]) -> tuple[str, ...]:
    """The keys (:func:`title_key`) of the offered titles that the metadata cut short with an ellipsis (``제목
    앞부분...``, also as a decorated title's longest piece): a headline element that begins with one is the whole
    headline."""
    pieces = {piece for text in offered for piece in (text, longest_title_piece(text))}
    return tuple(key for piece in pieces if _ELLIPSIS.search(piece)
                 and len(key := title_key(_ELLIPSIS.sub("", piece))) >= MIN_CUT_KEY)


def _says_the_title(text: str, keys: set[str], cut: tuple[str, ...]) -> bool:
    """A heading that says an offered title (its key, or with a label the metadata leaves out), or begins with what
    a title cut short kept."""
    key = title_key(text)
    return key in keys or _labelled(text, keys) or bool(cut) and key.startswith(cut)


#: a label in brackets before a headline: "[단독] ", "【속보】", "<포토> "
_BRACKETED_LABEL = re.compile(r"[\[【<〈(]\s*(?P<label>[^\]】>〉)]{1,10}?)\s*[\]】>〉)]\s*")


#: a label in brackets after a headline: " [인터뷰]", "(종합)"
_TRAILING_LABEL = re.compile(r"\s*[\[【<〈(]\s*(?P<label>[^\[【<〈(\]】>〉)]{1,10}?)\s*[\]】>〉)]$")
#: a label has a word in it (a comment count's "[12]" is no label)
_LABEL_WORD = re.compile(r"[가-힣A-Za-z]")


def _labelled(text: str, keys: set[str]) -> bool:
    """A headline shown with a bracketed label the metadata leaves out (``[단독] 제목`` or ``제목(종합)`` on the page,
    ``제목`` in ``og:title``): the label is the headline's as displayed."""
    label = _BRACKETED_LABEL.match(text)
    if label is not None and _LABEL_WORD.search(label["label"]) and title_key(text[label.end():]) in keys:
        return True
    label = _TRAILING_LABEL.search(text)
    return label is not None and bool(_LABEL_WORD.search(label["label"])) and title_key(text[:label.start()]) in keys


def _with_bracketed_label(text: str, offered: list[str]) -> str:
    """The metadata's form of a headline whose label the page sets as a badge (``<span class="tag">단독</span>``
    reads ``단독 제목``; the metadata writes ``[단독] 제목``): the brackets say where the label ends."""
    for title in offered:
        label = _BRACKETED_LABEL.match(title)
        if label and text.startswith(label["label"]) and normalize_space(
                f"{label['label']} {title[label.end():]}") == text:
            return normalize_space(title)
    return text


#: a label set inside the headline's heading (a section name, the date) is this short; so many are tried
_MAX_LABEL_CHARS = 30
_MAX_LABELS_TRIED = 4


def _without_a_label(heading: LexborNode, keys: set[str]) -> str | None:
    """The heading's text without one of its child elements, when that is the headline the metadata gives: a
    section label or a date set inside the ``<h1>`` (``<h1><span class="cate">사회</span> 제목</h1>``)."""
    parts = []
    child = heading.child
    while child is not None:
        parts.append(child)
        child = child.next
    labels = [p for p in parts if p.tag not in ("-text", "-comment")][:_MAX_LABELS_TRIED]
    for label in labels:
        own = normalize_space(label.text() or "")
        if not own or len(own) > _MAX_LABEL_CHARS:
            continue
        text = normalize_space("".join(p.text() or "" for p in parts if p is not label and p.tag != "-comment"))
        if 5 <= len(text) <= MAX_HEADLINE_CHARS and title_key(text) in keys:
            return text
    return None


#: separators between a page title's pieces: " - ", " | ", "::", "ㅣ", " : ", "<", ">"
_TITLE_PIECES = re.compile(r"\s+[-|｜ㅣ:<>–—]\s+|\s*(?:::|[|｜ㅣ])\s*")


def longest_title_piece(title: str) -> str:
    """The longest piece of a title split at its separators (``가상포스트 - 제목`` -> ``제목``): the headline, when a
    decoration no rule knows (an unknown outlet's name) stays beside it; the whole title when it has one piece."""
    pieces = [piece.strip() for piece in _TITLE_PIECES.split(title) if piece.strip()]
    return max(pieces, key=len) if len(pieces) > 1 else title


def _innermost_with(node: LexborNode, text: str) -> LexborNode:
    """The deepest first-child chain element that still holds all of ``text``."""
    child = node.child
    while child is not None:
        if child.tag != "-text" and normalize_space(child.text(separator=" ")) == text:
            return _innermost_with(child, text)
        child = child.next
    return node


def header_blocks(tree: LexborHTMLParser, title: str | None, first_paragraph: str | None, *,
                  start: LexborNode | None = None) -> list[str]:
    """The short text blocks after the headline (``start``, when the caller found it already), before the body's
    first paragraph."""
    start = start if start is not None else headline_node(tree, title)
    if start is None:
        return []
    stop = normalize_space(first_paragraph or "")[:40]
    walk = _Walk(stop)
    _visit_labels_inside(start, normalize_space(title or ""), walk)
    node: LexborNode | None = start
    while node is not None and not walk.done:
        sibling = node.next
        while sibling is not None and not walk.done:
            walk.visit(sibling)
            sibling = sibling.next
        node = node.parent
    return walk.blocks


def _visit_labels_inside(headline: LexborNode, title: str, walk: _Walk) -> None:
    """The blocks set inside the headline's own element beside the title (``<h1>제목<span>2025.09.14 08:40</span>
    </h1>``): its child elements whose text is no part of the title."""
    if not title or normalize_space(headline.text() or "") == title:
        return
    child = headline.child
    while child is not None and not walk.done:
        if child.tag not in ("-text", "-comment"):
            text = _visible_text(child)
            if text and text not in title:
                walk.visit(child)
        child = child.next


class _Walk:
    """The blocks met in document order, until the first paragraph, a long block or the budget."""

    def __init__(self, stop: str) -> None:
        self.stop, self.visits, self.done = stop, 0, False
        self.blocks: list[str] = []

    def visit(self, node: LexborNode) -> None:
        self.visits += 1
        if self.visits > MAX_VISITS or len(self.blocks) >= MAX_BLOCKS:
            self.done = True
            return
        text = _visible_text(node)
        if not text:
            return
        if self.stop and text.startswith(self.stop) or node.tag in _OTHER_STORIES_TAGS:
            self.done = True
        elif len(text) <= MAX_BLOCK_CHARS and (line := _header_line(node, text)) is not None:
            if line:
                self.blocks.append(line)
        elif node.child is None or node.tag == "p" or node.css_first(HEADLINE_LINKS) is not None:
            self.done = True  # a long paragraph is the body's, or another story's; past a list, other stories
        else:
            self.enter(node)

    def enter(self, node: LexborNode) -> None:
        child = node.child
        while child is not None and not self.done:
            self.visit(child)
            child = child.next


_BLOCK_TAGS = frozenset(("div", "p", "li", "dd", "dt", "ul", "ol", "dl", "table", "tr"))


#: where the header walk ends, whatever it has found: a sidebar, the site's menus and footer, and a long box holding
#: headline links (other stories': a photo story has no first paragraph for the walk to stop at, and its related
#: list names other stories' reporters)
_OTHER_STORIES_TAGS = frozenset(("aside", "nav", "footer"))


def _holds_blocks(node: LexborNode) -> bool:
    """A short box of two or more blocks with text (``<div><div>15.05.20 10:05</div><div>홍길동(gildong)</div></div>``,
    a ``<ul>`` of byline, date and comment items): each is a block of its own, as a line of the header."""
    count = 0
    child = node.child
    while child is not None:
        if child.tag in _BLOCK_TAGS and (child.text(strip=True) or ""):
            count += 1
            if count > 1:
                return True
        child = child.next
    return False


def _header_line(node: LexborNode, text: str) -> str | None:
    """A short block's text as one header line: all of it, or a paragraph's without the controls and icons in it
    (``홍길동 기자 <button>구독</button>``; empty when nothing else is left); None for a box to enter (one holding
    blocks of its own, or a photo part)."""
    if node.css_first(_SKIPPED) is None:
        return None if _holds_blocks(node) else text
    return _text_without_skipped(node) if node.tag == "p" else None


def _text_without_skipped(node: LexborNode) -> str:
    """The node's text without its photos, scripts and controls (what :func:`_visible_text` leaves out)."""
    texts: list[str] = []
    stack = [node.last_child]
    while stack:
        item = stack.pop()
        if item is None:
            continue
        stack.append(item.prev)
        if item.tag == "-text":
            texts.append(item.text_content or "")
        elif item.tag != "-comment" and not _unread(item):
            stack.append(item.last_child)
    return normalize_space(" ".join(reversed(texts)))


def _visible_text(node: LexborNode) -> str:
    """The node's text, or nothing for a photo, script or control."""
    return "" if _unread(node) else normalize_space(node.text(separator=" ") or "")


def _unread(node: LexborNode) -> bool:
    """Whether the node is a photo, script or control, whose text is no header line."""
    return node.tag in _SKIPPED_TAGS or bool(_PHOTO_CLASS.search(node.attributes.get("class") or ""))
