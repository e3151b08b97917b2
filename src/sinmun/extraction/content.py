"""Stage 2: find the article body in the tree and read it as paragraphs and images.

The body container comes from the site profile when there is one, else from common
article-body markup, else from content scoring that suits Korean pages: Hangul text
density, sentence punctuation and link density, not stop words.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any
from dataclasses import dataclass, field
from functools import cached_property
from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..article import Image
from .clean import is_box_heading, normalize_space, reads_as_prose
from .language import hangul_count
from .urls import join_url

BLOCK_TAGS = {"p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
              "table", "tbody", "tr", "td", "th", "header", "footer", "pre", "dl", "dt", "dd", "hr", "main", "center",
              "address", "caption", "details", "summary"}
SKIP_TAGS = {"script", "style", "noscript", "iframe", "figure", "figcaption", "button", "form", "nav", "aside",
             "select", "option", "template", "svg", "video", "audio", "object", "embed", "input", "textarea",
             "label", "head", "title", "meta", "link", "picture", "canvas", "map", "dialog", "rt", "rp"}
_NOISE = re.compile(
    r"(?:^|[\s_-])(?:ad|ads|adv|advert|advertisement|banner|related|relate|relation|share|sharing|sns|social|comment|comments|"
    r"reply|subscribe|subscription|promo|promotion|recommend|recommended|popular|ranking|rank|hashtag|tags|tag_list|"
    r"caption|img_desc|photo_desc|image_desc|desc_photo|figcaption|vod|player|video_player|layer|popup|modal|toolbar|"
    r"util|utility|btn|button|sponsor|aside|sidebar|gnb|lnb|breadcrumb|paging|pagination|nav|menu)(?:$|[\s_-]|\d)",
    re.I,
)
# Regions whose text is never the article, however much prose they hold: a class or id token that is one of
# these words (with a short prefix and region suffixes: ``x-comment-list``, ``related_news_box2``) ...
_REGION_WORDS = ("comment|comments|comment-list|reply|replies|related|relate|relation|recommend|recommended|popular|"
                 "ranking|sidebar|aside|footer|copyright|newsletter|subscribe|cmt|privacy|consent|cookie|cookies|gdpr")
_REGION_SUFFIXES = ("list|area|box|wrap|wrapper|section|container|body|content|inner|item|items|block|widget|zone|"
                    "news|articles|posts|links|text|banner|notice|bar|layer|popup|modal|consent")
# ... or that holds one of these words wherever it stands (``cmp-cookie-banner``, ``pum-overlay``), unless a state
# follows (``modal-enabled`` on an article that can open one).
_REGION_PART_WORDS = (
    r"cookie|cookies|consent|gdpr|onetrust|popmake|popup|modal|dialog|lightbox|login|signin|signup|"
    r"author[-_]?(?:bio|box|info|card|profile)|about[-_](?:the[-_])?author|next[-_]post|prev(?:ious)?[-_]post|"
    r"post[-_]navigation|read[-_]next|wm[-_]ipp")
_REGION_STATES = "enabled|open|opened|active|ready|visible|trigger|toggle|link|links|btn|button|close|js"


def _region_patterns(start: str, end: str) -> tuple[str, str]:
    """The whole-token and the part-of-a-token region patterns, with ``start``/``end`` for a token's ends."""
    whole = rf"{start}(?:[a-z]{{1,3}}[-_])?(?:{_REGION_WORDS})(?:[-_]{{1,2}}(?:{_REGION_SUFFIXES}))*\d*{end}"
    part = (rf"(?:{start}|[-_])(?:{_REGION_PART_WORDS})"
            rf"(?:{end}|\d|[-_](?!(?:{_REGION_STATES})(?:{end}|[-_])))")
    return whole, part


def search_folded(pattern: re.Pattern[str], folded: re.Pattern[str], text: str) -> bool:
    """``pattern`` (compiled with ``re.I``) searched in ``text``; an ASCII text is lowered and searched with
    ``folded``, the same pattern without ``re.I``: the engine skips ahead to a literal only in a pattern that
    does not ignore case, and an alternation that ignores case is tried at every character."""
    if text.isascii():
        return folded.search(text.lower()) is not None
    return pattern.search(text) is not None


def _folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` (all in lower case, compiled with ``re.I``) without ``re.I``, for :func:`search_folded`."""
    return re.compile(pattern.pattern, pattern.flags & ~re.I)


_NOISE_FOLDED = _folded(_NOISE)

#: a region token: ``_NOT_ARTICLE_REGION.match(token) or _NOT_ARTICLE_WORD.search(token)``
_NOT_ARTICLE_REGION, _NOT_ARTICLE_WORD = (re.compile(p, re.I) for p in _region_patterns("^", "$"))


class _LabelMemo(dict[tuple[str, str], bool]):
    """A test of an element's class and id strings, worked out once per pair: a page repeats a few
    labels over thousands of elements, and the same elements are judged by several passes."""

    def __init__(self, test: Callable[[str, str], bool]) -> None:
        super().__init__()
        self.test = test

    def __missing__(self, key: tuple[str, str]) -> bool:
        if len(self) > 4096:  # hostile pages invent endless class names
            self.clear()
        found = self[key] = self.test(*key)
        return found


class _TokenMemo(dict[str, bool]):
    """A test of one class or id token, worked out once per token: the (class, id) pairs of
    :class:`_LabelMemo` often differ by a unique id alone, and their tokens repeat far more."""

    def __init__(self, test: Callable[[str], bool]) -> None:
        super().__init__()
        self.test = test

    def __missing__(self, token: str) -> bool:
        if len(self) > 4096:  # hostile pages invent endless class names
            self.clear()
        found = self[token] = self.test(token)
        return found

    def any_of(self, css_class: str, css_id: str) -> bool:
        """Whether any token of the class and id strings passes the test."""
        return any(self[t] for t in f"{css_class} {css_id}".split())


def _names_region_token(token: str) -> bool:
    return bool(_NOT_ARTICLE_REGION.match(token) or _NOT_ARTICLE_WORD.search(token))


_REGION_TOKENS = _TokenMemo(_names_region_token)


def _names_other_region(css_class: str, css_id: str) -> bool:
    return _REGION_TOKENS.any_of(css_class, css_id)


_OTHER_REGION_LABELS = _LabelMemo(_names_other_region)


def _is_other_region(node: LexborNode) -> bool:
    """Class or id tokens, or a dialog role, that mark comments, related lists, sidebars, consent
    boxes, pop-ups, author bios, next-post teasers or an archive's toolbar."""
    attrs = node.attributes
    return bool(attrs) and _marks_other_region(attrs)


def _marks_other_region(attrs: dict[str, str | None]) -> bool:
    """:func:`_is_other_region` on an element's attributes (read once for several tests)."""
    return _is_dialog(attrs) or _OTHER_REGION_LABELS[(attrs.get("class") or "", attrs.get("id") or "")]


def _is_dialog(attrs: dict[str, str | None]) -> bool:
    return (attrs.get("role") or "").lower() in ("dialog", "alertdialog") or attrs.get("aria-modal") == "true"


COMMON_BODY_SELECTORS = (
    # schema.org and the common Korean news CMSs (ndsoft articleView, and the markup of the major dailies)
    "[itemprop='articleBody']", "#article-view-content-div", "#articleBody", "#article_body", "#articletxt",
    "#articleText", "#articeBody", "#articleBodyContents", "#newsct_article", "#dic_area", "#textBody",
    "#news_body_area", "#news_content", "#content_body", "#articles_detail", "#CmAdContent",
    ".article_body", ".article-body", ".articleBody", ".article_txt", ".article-text", ".art_body", ".news_body",
    ".news-body", ".news_view", ".view_con", ".view_cont", ".article_view", ".story-news", ".viewer",
    ".article_content",
)
#: pieces that every class of :data:`COMMON_BODY_SELECTORS` holds one of, in any case (see :func:`_class_groups`):
#: each piece is one substring test of every element's class, so as few as cover them (``ew``: news and view)
_BODY_CLASS_PIECES = ("art", "ew")


def _class_groups(selectors: tuple[str, ...], pieces: tuple[str, ...]) -> list[str]:
    """The class selectors of ``selectors`` grouped under a substring test of the class attribute, one group per
    piece of ``pieces`` they hold (ignoring case): ``[class*=art i]:is(.article_body, .art_body)``. lexbor tries
    every element with a class against each class selector of a list in turn, and that is most of a query's
    cost; an element whose class holds none of the pieces fails a group at its one substring test. (A class
    selector ignores case in quirks mode, and the pieces are matched ignoring case: a group finds what its
    selectors find.)"""
    classes = [s for s in selectors if s.startswith(".")]
    groups: dict[str, list[str]] = {piece: [] for piece in pieces}
    for selector in classes:
        piece = next((p for p in pieces if p in selector.lower()), None)
        if piece is None:
            raise ValueError(f"{selector} holds none of {pieces}")
        groups[piece].append(selector)
    return [f"[class*={piece} i]:is({', '.join(found)})" for piece, found in groups.items() if found]


#: all of them in one query; the id selectors grouped under ``[id]`` and the class selectors by
#: :func:`_class_groups`, so that an element without such an attribute is passed over at once rather than tried
#: against each selector
_COMMON_BODY_QUERY = ", ".join([f"[id]:is({', '.join(s for s in COMMON_BODY_SELECTORS if s.startswith('#'))})",
                                *_class_groups(COMMON_BODY_SELECTORS, _BODY_CLASS_PIECES)]
                               + [s for s in COMMON_BODY_SELECTORS if s[0] not in "#."])
#: (the class selectors grouped by :func:`_class_groups`: an element whose class holds neither piece fails at once)
#: the caption of an image placed by the Froala editor, which many CMSs embed: an inline span
_INLINE_CAPTIONS = ".fr-img-wrap span.fr-inner"
_CAPTION_SELECTORS = ", ".join(["figcaption", ".end_photo_org em", _INLINE_CAPTIONS, *_class_groups(
    (".img_desc", ".caption", ".photo_caption", ".img_caption", ".txt_caption", ".desc", ".image_desc", ".photo_desc"),
    ("cap", "desc"))])
_SENTENCE_END = re.compile(r"(?:다|요|까|죠|음|함|임)\s*[.!?]|[.!?。]")


@dataclass
class Body:
    node: LexborNode | None
    paragraphs: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    method: str = "none"


def find_body_node(tree: LexborHTMLParser, selectors: tuple[str, ...] = (), *,
                   seen: dict[str, TextBlocks] | None = None) -> tuple[LexborNode | None, str]:
    """The body container, and how it was found ('profile', 'markup' or 'scoring'); content scoring
    leaves the page's text blocks in ``seen['blocks']`` (for a second look at its choice)."""
    for selector in selectors:
        node = _best_of(tree.css(selector))
        if node is not None:
            return node, "profile"
    node, weight = _best_common_body(tree)
    if node is not None and weight >= 200:
        return node, "markup"
    scored = score_content(tree, seen=seen)
    if scored is not None and _under_overlay(scored, {}):
        scored = score_content(tree, skip_overlays=True)  # a consent box or pop-up is no article
    if scored is not None and not (node is not None and _photo_body_beside_story_list(node, scored)):
        return scored, "scoring"
    if node is not None:
        return node, "markup"
    # Text straight under <body> (a half-cleaned dump, a bare page): the body is the container.
    if tree.body is not None and _text_weight(tree.body) >= 200:
        return tree.body, "body"
    return None, "none"


#: a box of other stories' headlines: this many headline links at least
_STORY_LIST_LINKS = 2
#: a link in a heading, or a heading in a link: another story's headline
HEADLINE_LINKS = "h2 a, h3 a, h4 a, h5 a, a h2, a h3, a h4, a h5"


def _photo_body_beside_story_list(markup: LexborNode, scored: LexborNode) -> bool:
    """A photo story's body, found by its markup with a photo and little text, over the box of other stories'
    headlines and leads beside it that content scoring prefers for its text (a photo story has none)."""
    if _contains(markup, scored) or markup.css_first(IMAGE_TAGS) is None:
        return False
    return len(scored.css(HEADLINE_LINKS)) >= _STORY_LIST_LINKS


_LEAD_WORDS = {"lead", "lede", "intro", "introduction", "teaser", "summary", "standfirst", "perex", "abstract",
               "preface", "bajada", "chapo", "chapeau", "excerpt", "entradilla", "sumario", "deck", "dek"}
_DIGITS = re.compile(r"\d")
_WORD_BREAK = re.compile(r"[-_\d]+|(?<=[a-z])(?=[A-Z])")
#: how many element siblings before the body, and how many ancestors' ones, are looked at for a lead block
_LEAD_REACH, _LEAD_LEVELS, _LEAD_DEPTH_NODES = 3, 4, 200
#: how many levels above the body its split siblings are looked for (a forum post's text sits deep)
_SPLIT_LEVELS = 8


def widen_body(node: LexborNode) -> list[LexborNode]:
    """The body element with the parts of the article its page sets beside it, in reading order.

    Articles split into sibling blocks of one kind (``section.article-section`` three times, one
    per subheading, or a thread's posts) give all of them, looked for beside the element and up
    to eight levels up, through wrappers without a class (each block's element of the body's own
    kind); the prose set before the first part (:func:`_with_prose_before`) and a lead, intro or
    summary block come first.
    """
    split = _split_parts(node)
    parts = [*_with_prose_before(split[0]), *split[1:]]
    lead = _lead_before(parts[0])
    if lead is None and parts[0] is not split[0]:
        lead = _lead_before(split[0])
    if lead is None or any(_contains(part, lead) for part in parts):
        return parts
    return [lead, *(part for part in parts if not _contains(lead, part))]  # a lead holding blocks stands for them


def link_boxes(container: LexborNode, *, whole: bool = True) -> frozenset[int]:
    """Subheadings inside the body that introduce a list of links (``See also``, ``More on this``),
    with that list: the ids of both, for :func:`read_paragraphs` to skip. None when such boxes
    are most of the container's text (a page of links is judged as one, not emptied), unless the container is
    not ``whole`` (one chunk of a very large body, which may hold nothing but a box)."""
    found: set[int] = set()
    weight = 0
    for heading in container.css("h2, h3, h4, h5, h6"):
        for node in _boxed_links(heading, container):
            found.add(node.mem_id)
            weight += _text_weight(node)
    link_blocks = _headline_link_blocks(container)
    for block in link_blocks:
        if block.mem_id not in found:
            found.add(block.mem_id)
            weight += _text_weight(block)
    found.update(heading.mem_id for heading in _plain_box_headings(link_blocks))
    if not found or whole and weight * 2 > _text_weight(container):
        return frozenset()
    return frozenset(found)


#: a box's heading written as a plain block is this short (``관련기사``, ``함께 보면 좋은 기사``)
MAX_PLAIN_HEADING_CHARS = 20
#: the story's text goes on after such a box when this many blocks of prose follow it (looked for after the box
#: itself, this many levels up at most)
MIN_PROSE_AFTER_BOX = 2
MAX_BOX_LEVELS = 3


def _plain_box_headings(link_blocks: list[LexborNode]) -> list[LexborNode]:
    """The headings of boxes of links set inside the story as plain blocks (``<p>관련기사</p>`` and then blocks of
    headline links, then more of the story): skipped with their links, so that the heading does not end the text.
    Only where the story goes on (two blocks of prose after the links, and no other headline link among them: a
    list of teasers after the story interleaves its links with their leads, and its heading still ends the text)."""
    ids = {block.mem_id for block in link_blocks}
    headings = []
    for block in link_blocks:
        before = _element_before(block)
        if before is None or before.mem_id in ids or not _is_plain_box_heading(before):
            continue
        if _story_goes_on_after(block, ids):
            headings.append(before)
    return headings


def _is_plain_box_heading(node: LexborNode) -> bool:
    text = normalize_space(node.text(separator=" ") or "")
    return 0 < len(text) <= MAX_PLAIN_HEADING_CHARS and is_box_heading(text)


def _story_goes_on_after(first_link: LexborNode, link_ids: set[int]) -> bool:
    """Whether blocks of prose follow the run of link blocks that ``first_link`` opens, with no link block
    among them."""
    node, prose = first_link.next, 0
    while node is not None and (node.mem_id in link_ids or node.tag in ("-text", "-comment")):
        node = node.next  # past the run of links the box lists
    holder = first_link.parent
    for _ in range(MAX_BOX_LEVELS):  # the box may close before the story goes on (``<div><b>관련기사</b><p>…</div>``)
        while node is not None:
            if node.mem_id in link_ids:
                return False
            if node.tag not in ("-text", "-comment"):
                prose += reads_as_prose(normalize_space(node.text(separator=" ") or ""))
            node = node.next
        if prose or holder is None:
            break
        node, holder = holder.next, holder.parent
    return prose >= MIN_PROSE_AFTER_BOX


def _element_before(node: LexborNode) -> LexborNode | None:
    """The element right before ``node`` among its siblings (text and comments passed over)."""
    before = node.prev
    while before is not None and before.tag in ("-text", "-comment"):
        before = before.prev
    return before


def _boxed_links(heading: LexborNode, container: LexborNode) -> list[LexborNode]:
    """The heading and the list of links it introduces (the next element, two links or more, mostly link text);
    or the box that the heading opens and links fill (``<div class="related"><h4>관련 기사</h4><a>…</a></div>``, set
    in the middle of the story's text); none when the heading introduces neither."""
    box = _element_from(heading.next)
    if box is not None and box.tag in ("ul", "ol", "div", "p", "nav") and len(box.css("a")) >= 2 and (
            _link_density(box) >= 0.6):
        return [heading, box]
    holder = heading.parent
    if holder is None or holder.mem_id == container.mem_id or holder.tag not in _LINK_BOX_TAGS:
        return []
    return [holder] if _opens_a_box_of_links(heading, holder) else []


def _element_from(node: LexborNode | None) -> LexborNode | None:
    """``node`` or the first element after it (text and comments passed over)."""
    while node is not None and node.tag in ("-text", "-comment"):
        node = node.next
    return node


def _opens_a_box_of_links(heading: LexborNode, holder: LexborNode) -> bool:
    """Whether ``heading`` is the first element of ``holder``, a short box whose text under the heading is links."""
    first = _element_from(holder.child)
    if first is None or first.mem_id != heading.mem_id:
        return False
    linked = _link_chars(holder) - _link_chars(heading)  # the links under the heading, not a linked heading's own
    if linked <= 0:
        return False  # (most sections under a heading: their text is not read)
    total, title = _text_weight(holder), _text_weight(heading)
    return total <= MAX_LINK_BOX_CHARS and title <= total // 2 + 1 and linked >= LINK_BOX_SHARE * (total - title) > 0


def _link_chars(node: LexborNode) -> int:
    return sum(len(a.text(strip=True) or "") for a in node.css("a"))


#: the elements that hold a heading and the links under it as one box, and how long such a box may be
_LINK_BOX_TAGS = ("div", "section", "aside", "nav")
MAX_LINK_BOX_CHARS = 600
#: the share of a box's text under its heading that links hold
LINK_BOX_SHARE = 0.8

#: a link whose text is another story's headline: this long, and no sentence
_HEADLINE_LINK_CHARS = (8, 100)
_LINK_BLOCK_TAGS = ("p", "div", "li")
#: the links right inside one of those blocks
_BLOCK_LINKS = ", ".join(f"{tag} > a[href]" for tag in _LINK_BLOCK_TAGS)


def _headline_link_blocks(container: LexborNode) -> list[LexborNode]:
    """Blocks inside the body that are nothing but a link to another page with a headline for its text
    (``<div><a href="/view/123">가상 관련 기사 제목</a></div>``): another story's teaser, not this one's text."""
    blocks: dict[int, LexborNode] = {}
    links: dict[int, list[str]] = {}  # each block's headline links' texts, in order
    container_id = container.mem_id
    for link in container.css(_BLOCK_LINKS):
        block = link.parent
        if block is None or block.mem_id == container_id:
            continue
        text = _headline_link_text(link)
        if text is not None:
            blocks[block.mem_id] = block
            links.setdefault(block.mem_id, []).append(text)
    # a block that holds nothing but them: one headline, or several Korean ones side by side (``<div><a>…</a><a>…
    # </a></div>``; in English pages such a row is as often a product box's "Available from …" the text keeps)
    return [block for key, block in blocks.items()
            if (len(links[key]) == 1 or all(hangul_count(text) for text in links[key]))
            and normalize_space(block.text(separator=" ") or "") == " ".join(links[key])]


def _headline_link_text(link: LexborNode) -> str | None:
    """The text of a link to another page that reads as a headline (this long, no sentence), alone in its run of
    text; None for any other link."""
    href = (link.attributes.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:")) or _text_beside(link):
        return None
    low, high = _HEADLINE_LINK_CHARS
    text = normalize_space(link.text(separator=" ") or "")
    return text if low <= len(text) <= high and not ends_as_sentence(text) else None


def _text_beside(link: LexborNode) -> bool:
    """Whether a text run right before or after ``link`` says something (more than white space and zero-width
    spaces, which :func:`normalize_space` drops): its block's text is then more than the link's, whatever the rest
    holds, and the block is read no further."""
    for sibling in (link.prev, link.next):
        if sibling is not None and sibling.tag_id == _TEXT_ID and (sibling.text_content or "").replace(
                "\u200b", "").strip():
            return True
    return False


def _contains(node: LexborNode, other: LexborNode) -> bool:
    """Whether ``other`` is ``node`` or inside it."""
    ancestor: LexborNode | None = other
    while ancestor is not None:
        if ancestor.mem_id == node.mem_id:
            return True
        ancestor = ancestor.parent
    return False


#: how many levels above the body the prose before it is looked for
_AROUND_LEVELS = 8
#: the share of the text before the body that must be prose for a level to join it
_AROUND_PROSE_SHARE = 0.5
#: class or id words of what sits beside a story without being its text: captions, credits, pull quotes,
#: author boxes, bylines and disclaimers
_BESIDE_TEXT = re.compile(r"caption|credit|quote|author|byline|disclaimer", re.I)
_BESIDE_TEXT_FOLDED = _folded(_BESIDE_TEXT)
_LEAF_BLOCKS = frozenset(("p", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "blockquote", "pre", "dd", "dt"))
_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
#: a sentence's end: a word's last letters, then a full stop, question or exclamation mark (not a date's dots)
#: (each match is the mark alone, the letters before it looked behind at: the search then jumps from mark to mark)
_PROSE_SENTENCE_END = re.compile(r"[.!?\u2026\u3002]"
                                 r"(?:(?<=[^\W\d_]{2}[.!?\u2026\u3002])(?=\s|$|[\"'\u201d\u2019\u00bb)])"
                                 r"|(?<=[\u3131-\ud7a3][.!?]))")
_ENDS_AS_SENTENCE = re.compile(r"(?:[^\W\d_]{2}|[\u3131-\ud7a3])[.!?\u2026\u3002:][\"'\u201d\u2019\u00bb)\]]*$")
#: what may follow a sentence's last mark at the end of a text
_CLOSERS = "\"'\u201d\u2019\u00bb)]"


def _has_sentences(text: str, count: int) -> bool:
    """Whether ``text`` has at least ``count`` sentence ends (:data:`_PROSE_SENTENCE_END`)."""
    position = 0
    for _ in range(count):
        match = _PROSE_SENTENCE_END.search(text, position)
        if match is None:
            return False
        position = match.end()
    return True


def ends_as_sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence does (:data:`_ENDS_AS_SENTENCE`), looked for in its last
    characters only: the match is a word's last letters, a mark and closing quotes or brackets."""
    tail = len(text) - len(text.rstrip(_CLOSERS + "\n")) + 3
    return _ENDS_AS_SENTENCE.search(text[-tail:]) is not None


_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
#: what :func:`letter_count` counts apart: ASCII characters and Hangul syllables (all of them letters)
_ASCII_OR_HANGUL_RUNS = re.compile("[\x00-\x7f\uac00-\ud7a3]+")


def letter_count(text: str) -> int:
    """How many characters of ``text`` are letters (``str.isalpha``): the ASCII letters counted on its UTF-8
    bytes (no byte of a longer sequence is one), the Hangul syllables by :func:`hangul_count`, and only the
    other characters one by one."""
    if text.isascii():
        raw = text.encode("ascii")
        return len(raw) - len(raw.translate(None, _ASCII_LETTERS))
    raw = text.encode("utf-8", "surrogatepass")
    others = _ASCII_OR_HANGUL_RUNS.sub("", text)
    return len(raw) - len(raw.translate(None, _ASCII_LETTERS)) + hangul_count(text) + sum(map(str.isalpha, others))


@dataclass
class _Block:
    """A leaf text block: its readable text, and how much of it is link text."""
    node: LexborNode
    text: str = ""
    links: int = 0

    @property
    def own(self) -> int:
        """Characters of text outside links."""
        return max(0, len(self.text) - self.links)

    @cached_property
    def is_prose(self) -> bool:
        """Some text, mostly letters (not a date line), few links, and sentences: several, or one
        that ends the block."""
        if self.own < 25 or self.links * 3 > self.own:
            return False
        text = self.text
        if not (_has_sentences(text, 2) or ends_as_sentence(text)):
            return False
        return letter_count(text) >= 0.6 * len(text.replace(" ", ""))


def _with_prose_before(node: LexborNode) -> list[LexborNode]:
    """The prose blocks before ``node`` (and the subheadings that lead into them), then ``node``.

    Page builders split an article into rows, columns and widgets of different classes, with
    the first paragraphs apart from the rest. The blocks are looked for under the widest
    ancestor (up to eight levels, not past the body's ``<article>``) whose text before ``node``
    is mostly prose; a block repeating the body's words (key points) or quoting someone from
    end to end (a pull quote) does not join.
    """
    blocks = [b for level in _prose_levels(node) for b in level]
    if not blocks:
        return [node]
    kept = _keep_blocks(blocks, node)
    return [*kept, node] if kept else [node]


def _prose_levels(node: LexborNode) -> list[list[_Block]]:
    """The blocks before ``node`` under each ancestor that joins, widest first: the climb stops
    below the first ancestor whose new text before ``node`` is mostly not prose."""
    levels: list[list[_Block]] = []
    ancestor: LexborNode | None = node.parent
    inner: LexborNode = node
    for _ in range(_AROUND_LEVELS):
        if ancestor is None or ancestor.tag in ("body", "html") or not _clean_block(ancestor):
            break
        blocks = _blocks_before(ancestor, inner)
        total = sum(len(b.text) for b in blocks if b.node.tag not in _HEADINGS)
        if total and sum(b.own for b in blocks if b.is_prose) < _AROUND_PROSE_SHARE * total:
            break
        levels.insert(0, blocks)  # a wider level's blocks come before the narrower one's
        if ancestor.tag == "article":
            break
        inner = ancestor
        ancestor = ancestor.parent
    return levels


def _keep_blocks(blocks: list[_Block], node: LexborNode) -> list[LexborNode]:
    """The prose blocks that do not repeat the body, and a subheading right before one or
    right before the body (the last block). A block after a linked heading is a teaser's
    summary, not the article's."""
    kept = []
    teaser = False
    body_words: set[str] | None = None  # read once, when a block needs them
    for i, block in enumerate(blocks):
        if block.node.tag in _HEADINGS:
            teaser = block.links > 0
            after = blocks[i + 1] if i + 1 < len(blocks) else None
            leads_in = after is None or (after.node.tag not in _HEADINGS and after.is_prose)
            if leads_in and block.text and not teaser:
                kept.append(block.node)
        elif not teaser and block.is_prose and not _QUOTED.match(block.text):
            if body_words is None:
                body_words = _words(node.text(separator=" ") or "")
            if not _repeats(block.text, body_words):
                kept.append(block.node)
    return kept


#: a block that is one quotation from end to end: a pull quote, or the claim a fact check examines
_QUOTED = re.compile(r"^[\"\u201c\u201e\u00ab\u300c].*[\"\u201d\u00bb\u300d]$", re.S)
_NOT_BEFORE_TAGS = SKIP_TAGS | {"h1"}


_CONTROL_TAGS = frozenset(("button", "input", "select", "textarea"))


#: a panel with a control of its own says this much at least (a button's label alone is no panel)
_MIN_WIDGET_CHARS = 40


def _widget_text(node: LexborNode) -> str | None:
    """The text of an element with a control among its children and some text of its own (a panel that a
    button opens or closes: a summary box, a menu), or None: what such a panel says is the page's."""
    child = node.child
    while child is not None and child.tag not in _CONTROL_TAGS:
        child = child.next
    if child is None:
        return None
    text = _measure(node).text
    return text if len(text) >= _MIN_WIDGET_CHARS else None


_BESIDE_TEXT_LABELS = _LabelMemo(lambda css_class, css_id: search_folded(_BESIDE_TEXT, _BESIDE_TEXT_FOLDED,
                                                                         f"{css_class} {css_id}"))


def _words(text: str) -> set[str]:
    return set(text.lower().split())


def _repeats(text: str, body_words: set[str]) -> bool:
    """Whether most of the words of ``text`` are in the body."""
    words = text.lower().split()
    return sum(w in body_words for w in words) >= 0.8 * len(words)


def _blocks_before(root: LexborNode, inner: LexborNode) -> list[_Block]:
    """The leaf text blocks under ``root`` before ``inner``, in document order, skipping noise,
    other regions and headlines."""
    blocks: list[_Block] = []
    around = _ancestor_ids(inner, root)
    inner_id = inner.mem_id
    stack = list(reversed(_children(root)))
    while stack:
        element = stack.pop()
        key = element.mem_id
        if key == inner_id:
            break
        if key in around:
            stack.extend(reversed(_children(element)))
            continue
        tag = element.tag
        if tag in _NOT_BEFORE_TAGS or _marked_beside(tag, element.attributes):
            continue
        if (widget_text := _widget_text(element)) is not None:  # counts against the level's prose, never joins
            blocks.append(_Block(element, widget_text, links=len(widget_text)))
            continue
        if tag in _LEAF_BLOCKS:
            if tag not in _HEADINGS or not _in_header(element, root):
                blocks.append(_measure(element))
            continue
        children = _children(element)
        if not any(c.tag in BLOCK_TAGS for c in children):
            if tag in BLOCK_TAGS:
                blocks.append(_measure(element))
            continue
        stack.extend(reversed(children))
    return blocks


def _marked_beside(tag: str | None, attrs: dict[str, str | None]) -> bool:
    """Noise, another region (:func:`_clean_block` but the tag) or what sits beside a story (a caption, a credit,
    a pull quote, an author box: :data:`_BESIDE_TEXT`), told from an element's attributes read once."""
    if not attrs:
        return False
    return (_marks_noise(tag, attrs) or _marks_other_region(attrs)
            or _BESIDE_TEXT_LABELS[(attrs.get("class") or "", attrs.get("id") or "")])


def _in_header(node: LexborNode, root: LexborNode) -> bool:
    """Whether ``node`` sits in a ``<header>`` under ``root`` (a headline block: its subheading
    is the record's subtitle, not the body's)."""
    ancestor = node.parent
    while ancestor is not None and ancestor.mem_id != root.mem_id:
        if ancestor.tag == "header":
            return True
        ancestor = ancestor.parent
    return False


def _ancestor_ids(node: LexborNode, root: LexborNode) -> set[int]:
    """The elements between ``node`` and ``root`` (both excluded)."""
    found = set()
    ancestor = node.parent
    while ancestor is not None and ancestor.mem_id != root.mem_id:
        found.add(ancestor.mem_id)
        ancestor = ancestor.parent
    return found


def _children(node: LexborNode) -> list[LexborNode]:
    return list(node.iter())


def _measure(node: LexborNode) -> _Block:
    """A block's readable text (no scripts, no noise) without its links, and its link text."""
    text = normalize_space(" ".join(read_paragraphs(node)))
    links = sum(len(a.text(strip=True) or "") for a in node.css("a"))
    return _Block(node, text, links)


def _unmarked(node: LexborNode) -> bool:
    """Neither noise nor another region (:func:`is_noise`, :func:`_is_other_region`)."""
    attrs = node.attributes
    return not attrs or not (_marks_noise(node.tag, attrs) or _marks_other_region(attrs))


def _clean_block(node: LexborNode) -> bool:
    """No skipped tag, no noise and no other region (:func:`is_noise`, :func:`_is_other_region`)."""
    tag = node.tag
    if tag in SKIP_TAGS:
        return False
    attrs = node.attributes
    return not attrs or not (_marks_noise(tag, attrs) or _marks_other_region(attrs))


#: a body read as less than this share of its container's text reads as nothing
_READ_SHARE = 0.2


def reads_as_nothing(node: LexborNode, paragraphs: list[str]) -> bool:
    """Whether the paragraphs read from ``node`` are a small part of its text (under a fifth, and
    under 1,000 characters): the text is in elements the reader skips."""
    read = sum(map(len, paragraphs))
    return read < 1000 and read < _READ_SHARE * _text_weight(node)


def hidden_body_parts(node: LexborNode) -> list[LexborNode]:
    """Where the text of a body container that reads as nothing is: an element inside it that
    holds nearly all its text but is named like an aside (``sidebar-and-content-body``), or the
    ``<noscript>`` copy of a page whose script writes the article."""
    total = _text_weight(node)
    current = node
    while True:
        child = next((c for c in current.iter() if c.tag not in SKIP_TAGS and _text_weight(c) * 5 >= total * 4), None)
        if child is None:
            break
        current = child
    if current is not node and read_paragraphs(current):
        return [current]
    return [n for n in node.css("noscript") if _text_weight(n) >= 200]


def _split_parts(node: LexborNode) -> list[LexborNode]:
    if _kind(node) is None:
        return [node]
    path: list[LexborNode] = []
    ancestor: LexborNode | None = node
    for _ in range(_SPLIT_LEVELS + 1):
        if ancestor is None or ancestor.tag in ("body", "html"):
            break
        if _kind(ancestor) is not None:  # a wrapper without a class is passed, not compared
            analogs = [_follow(block, path, node) for block in _same_kind_siblings(ancestor)]
            found = [part for part in analogs if part is not None and (part is node or _is_prose(part))]
            if len(found) > 1:
                return found
        path.insert(0, ancestor)
        ancestor = ancestor.parent
    return [node]


def _follow(block: LexborNode, path: list[LexborNode], model: LexborNode) -> LexborNode | None:
    """Inside ``block``, the element reached by children of the kinds along ``path`` (from
    ``block``'s child down to the body): the body's counterpart in each split block."""
    current: LexborNode | None = block
    for step in path:
        current = _analog_child(current, step) if current is not None else None
    if current is not None and path and current is path[-1]:
        return model
    return current


def _kind(node: LexborNode) -> tuple[str, frozenset[str]] | None:
    """Tag and class tokens, or None for an element without a class (too common to compare).
    Tokens with three digits or more number one element (``post-1234``, ``element-6a9b3c1``) and
    do not count."""
    tokens = _class_tokens(node.attributes.get("class") or "")
    return (node.tag or "", tokens) if tokens else None


#: class string -> its tokens that count for :func:`_kind` (a page repeats a few class strings)
_CLASS_TOKENS: dict[str, frozenset[str]] = {}


def _class_tokens(css_class: str) -> frozenset[str]:
    """The class tokens that do not number one element."""
    tokens = _CLASS_TOKENS.get(css_class)
    if tokens is None:
        if len(_CLASS_TOKENS) > 4096:  # hostile pages invent endless class names
            _CLASS_TOKENS.clear()
        tokens = _CLASS_TOKENS[css_class] = frozenset(t for t in css_class.split() if len(_DIGITS.findall(t)) < 3)
    return tokens


def _step_kind(node: LexborNode) -> tuple[str, frozenset[str]]:
    """:func:`_kind`, with a class-less element told by its tag alone."""
    return _kind(node) or (node.tag or "", frozenset())


def _same_kind_siblings(node: LexborNode) -> list[LexborNode]:
    """``node`` and its siblings of the same tag and classes, in document order."""
    kind, parent = _kind(node), node.parent
    if kind is None or parent is None:
        return [node]
    found = []
    for sibling in parent.iter():
        if sibling.mem_id == node.mem_id:
            found.append(node)
        elif _kind(sibling) == kind and _unmarked(sibling) and _is_prose(sibling):
            found.append(sibling)
    return found


def _analog_child(block: LexborNode, model: LexborNode) -> LexborNode | None:
    """The child of ``block`` that is ``model`` or of its kind."""
    kind = _step_kind(model)
    for child in block.iter():
        if child.mem_id == model.mem_id:
            return model
        if _step_kind(child) == kind and _unmarked(child):
            return child
    return None


def _is_prose(node: LexborNode) -> bool:
    """Enough text, mostly not links and no page headline: a part of the article rather than
    a teaser, a menu or the header block above it."""
    if node.tag == "h1" or node.css_first("h1") is not None:
        return False
    return _text_weight(node) >= 50 and _link_density(node) <= 0.5


def _lead_before(node: LexborNode) -> LexborNode | None:
    """A lead, intro or summary block among the few elements before ``node`` or before its
    nearest ancestors (the element itself or one inside it, as in a header above the text)."""
    ancestor: LexborNode | None = node
    for _ in range(_LEAD_LEVELS):
        if ancestor is None or ancestor.tag in ("body", "html"):
            return None
        sibling, seen = ancestor.prev, 0
        while sibling is not None and seen < _LEAD_REACH:
            if sibling.tag not in ("-text", "-comment"):
                seen += 1
                lead = _lead_in(sibling)
                if lead is not None:
                    return lead
            sibling = sibling.prev
        ancestor = ancestor.parent
    return None


def _lead_in(node: LexborNode) -> LexborNode | None:
    """``node`` or the first element among its first nodes that is a lead block."""
    if not _clean_block(node):
        return None
    for seen, element in enumerate(node.traverse()):
        if seen >= _LEAD_DEPTH_NODES:
            break
        if _is_lead(element):
            return element
    return None


def _names_lead(css_class: str, css_id: str) -> bool:
    words = {w.lower() for w in _WORD_BREAK.split(f"{css_class} {css_id}".replace(" ", "-"))}
    return bool(words & _LEAD_WORDS)


_LEAD_LABELS = _LabelMemo(_names_lead)


def _is_lead(node: LexborNode) -> bool:
    attrs = node.attributes
    css_class, css_id = attrs.get("class") or "", attrs.get("id") or ""
    if not (css_class or css_id) or node.tag in SKIP_TAGS or not _LEAD_LABELS[(css_class, css_id)]:
        return False
    return not (_marks_noise(node.tag, attrs) or _marks_other_region(attrs)) and _text_weight(node) >= 20


def _best_common_body(tree: LexborHTMLParser) -> tuple[LexborNode | None, int]:
    """The element of common article-body markup with the most text (the first of equals in the
    order of :data:`COMMON_BODY_SELECTORS`), and its :func:`_text_weight`.

    One query of all the selectors at once answers unless elements tie for the most text (a
    wrapper and the container inside it); only then do the selectors run one by one to tell
    which comes first.
    """
    # lexbor gives an element once per selector it matches
    unique = {n.mem_id: n for n in tree.css(_COMMON_BODY_QUERY) if n.tag not in ("body", "html")}
    nodes = list(unique.values())
    weights = _text_weights(nodes)
    best = max(weights, default=0)
    if best <= 0:
        return None, 0
    if weights.count(best) == 1:
        return nodes[weights.index(best)], best
    return _best_of([n for s in COMMON_BODY_SELECTORS for n in tree.css(s) if n.tag not in ("body", "html")]), best


def _best_of(nodes: list[LexborNode]) -> LexborNode | None:
    """The candidate with the most text (the first of equals)."""
    best, best_weight = None, 0
    for node, weight in zip(nodes, _text_weights(nodes)):
        if weight > best_weight:
            best, best_weight = node, weight
    return best


def _text_weight(node: LexborNode) -> int:
    return len(node.text(separator=" ", strip=True) or "")


def _text_weights(nodes: list[LexborNode]) -> list[int]:
    """:func:`_text_weight` of each node, in time linear in the tree even when the nodes nest
    (``<div class=article_body>`` 500 deep would read each subtree again per level)."""
    ids = {n.mem_id for n in nodes}
    memo: dict[int, bool] = {}
    outermost = [n for n in nodes if not _has_marked_ancestor(n, ids, memo)]
    if len(outermost) == len(ids):
        return [_text_weight(n) for n in nodes]
    totals: dict[int, list[int]] = {}
    for root in {n.mem_id: n for n in outermost}.values():
        _add_text_totals(root, totals)
    return [(t := totals.get(n.mem_id, [0, 0]))[0] + max(0, t[1] - 1) for n in nodes]


def _has_marked_ancestor(node: LexborNode, ids: set[int], memo: dict[int, bool]) -> bool:
    """Whether an ancestor of ``node`` is in ``ids``; each ancestor is looked at once over all calls."""
    path: list[int] = []
    ancestor = node.parent
    found = False
    while ancestor is not None:
        key = ancestor.mem_id
        if key in memo:
            found = memo[key]
            break
        if key in ids:
            found = True
            break
        path.append(key)
        ancestor = ancestor.parent
    for key in path:
        memo[key] = found
    return found


def _add_text_totals(root: LexborNode, totals: dict[int, list[int]]) -> None:
    """Per element under ``root``: [characters of its stripped text runs, number of text runs],
    summed bottom-up in one pass (what ``text(separator=' ', strip=True)`` measures)."""
    nodes = list(root.traverse(include_text=True))
    for node in reversed(nodes):
        parent = node.parent
        if parent is None or node.mem_id == root.mem_id:
            continue
        if node.tag == "-text":
            own = [len((node.text_content or "").strip()), 1]
        else:
            own = totals.get(node.mem_id, [0, 0])
        acc = totals.setdefault(parent.mem_id, [0, 0])
        acc[0] += own[0]
        acc[1] += own[1]


ContainerMemo = dict[tuple[int, int], "tuple[LexborNode, ...] | None"]
CONTAINER_TAGS = {"div", "section", "article", "main", "td", "dd", "blockquote", "center", "font", "form"}


INLINE_TAGS = {"a", "span", "em", "strong", "b", "i", "u", "font", "sup", "sub", "small", "mark", "time", "abbr",
               "cite", "q", "s", "del", "ins", "code", "kbd", "var", "bdi", "bdo", "big", "tt", "nobr", "wbr",
               "ruby", "rb"}


def score_content(tree: LexborHTMLParser, *, skip_overlays: bool = False,
                  seen: dict[str, TextBlocks] | None = None) -> LexborNode | None:
    """Readability-style scoring: credit the containers above each block of text.

    Text is first gathered per block (a paragraph, or a div holding ``<br>``-separated
    text), link text apart. A block counts by its length, more when it is Hangul prose
    that ends in sentence punctuation, less by its share of link text. Its nearest
    container gets the full weight, the next one half and the third a quarter; blocks
    under a comments, related-links or sidebar region count for nothing.
    """
    body = tree.body
    if body is None:
        return None
    found = _text_blocks(body)
    if seen is not None:
        seen["blocks"] = found
    blocks, block_text, block_links = found
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    container_memo: ContainerMemo = {}
    marked: dict[int, bool] = {}
    overlays: dict[int, bool] | None = {} if skip_overlays else None
    under_body = 0.0  # the weight of blocks right under <body>, with no container above them
    for key, text in block_text.items():
        if len(text) < MIN_SCORED_BLOCK and not _short_korean_sentence(text) or (
                overlays is not None and _under_overlay(blocks[key], overlays)):
            continue
        weight = _block_weight(text, block_links.get(key, 0))
        containers = _containers_above(blocks[key], container_memo, marked)
        if not containers and _is_root(blocks[key].parent):
            under_body += weight
        for factor, container in zip((1.0, 0.5, 0.25), containers):
            ckey = container.mem_id
            nodes[ckey] = container
            scores[ckey] = scores.get(ckey, 0.0) + weight * factor
    return _chosen_container(scores, nodes, body, under_body)


def _chosen_container(scores: dict[int, float], nodes: dict[int, LexborNode], body: LexborNode,
                      under_body: float) -> LexborNode | None:
    """The best scored container; on a bare page, whose story's paragraphs stand right under ``<body>`` with no
    container scoring enough (``<body><h1>…<p>…<p>…``), the body itself."""
    best_key = _least_linked_best(sorted(scores, key=scores.__getitem__, reverse=True)[:5], scores, nodes) \
        if scores else None
    if best_key is None or scores[best_key] < MIN_BODY_SCORE:
        return body if under_body >= MIN_BODY_SCORE else None
    return nodes[best_key]


#: the score a container needs to hold the body
MIN_BODY_SCORE = 80


#: a block shorter than this counts for nothing in content scoring (a label, a button, a date), unless it is a
#: Korean sentence: Hangul is dense, and a story's one-line paragraph (``가상 스타즈가 안방 4연승을 달렸다.``) is
#: shorter
MIN_SCORED_BLOCK = 25
MIN_KOREAN_SENTENCE = 10
_KOREAN_SENTENCE_ENDS = ("다.", "요.", "죠.", "다!", "까?", "다.\"", "다.”")


def _short_korean_sentence(text: str) -> bool:
    return len(text) >= MIN_KOREAN_SENTENCE and text.endswith(_KOREAN_SENTENCE_ENDS)


def _least_linked_best(ranked: list[int], scores: dict[int, float], nodes: dict[int, LexborNode]) -> int:
    """The first of ``ranked`` (best score first) with the highest score times its share of text outside
    links. A candidate whose score alone is no higher than the best value so far cannot win (the share is at
    most 1), and its link density is not measured: it reads the candidate's whole text and links."""
    best_key, best_value = ranked[0], scores[ranked[0]] * (1 - _link_density(nodes[ranked[0]]))
    for key in ranked[1:]:
        if scores[key] <= best_value:
            break  # the ranking is by score: no later candidate can win either
        value = scores[key] * (1 - _link_density(nodes[key]))
        if value > best_value:
            best_key, best_value = key, value
    return best_key


#: the blocks holding text (by id), their text outside links (white space made single), and the characters of
#: their link text
TextBlocks = tuple[dict[int, LexborNode], dict[int, str], dict[int, int]]


def _text_blocks(body: LexborNode) -> TextBlocks:
    """The blocks holding text under ``body`` (by id), their text outside links (its runs joined, white space
    made single: what content scoring and the second look both measure), and the characters of their link
    text."""
    blocks: dict[int, LexborNode] = {}
    block_text: dict[int, list[str]] = {}
    block_links: dict[int, int] = {}
    block_memo: dict[int, tuple[LexborNode | None, bool]] = {}
    for text_node in body.traverse(include_text=True, skip_empty=True):  # blank runs count for nothing
        if not text_node.is_text_node:
            continue
        parent = text_node.parent
        if parent is None:
            continue
        parent_tag = parent.tag_id
        if parent_tag in _NO_BLOCK_PARENT_IDS:
            continue  # a script's or a style's text, or text loose in <body>: no block's (and not decoded)
        text = text_node.text_content
        if not text or text.isspace():
            continue
        if parent_tag in _INLINE_IDS:
            block, in_link = _block_of(parent, block_memo)
            if block is None:
                continue
        else:  # most text sits right in its block
            block, in_link = parent, False
        key = block.mem_id
        blocks[key] = block
        if in_link:
            block_links[key] = block_links.get(key, 0) + len(text.strip())
        else:
            block_text.setdefault(key, []).append(text)
    return blocks, {key: " ".join("".join(runs).split()) for key, runs in block_text.items()}, block_links


#: the parents whose text runs are in no block (:func:`_block_of`)
_NO_BLOCK_PARENTS = frozenset(SKIP_TAGS | {"body", "html"})


def tag_ids(names: frozenset[str] | set[str]) -> frozenset[int]:
    """lexbor's ids of the tag ``names`` (``node.tag_id``, cheaper to read than ``node.tag``). Every standard
    HTML name has one fixed id in every document; a name lexbor does not know would get a new one per
    document, so none is accepted."""
    maker = LexborHTMLParser("")
    found = {name: maker.create_node(name).tag_id for name in names}
    unknown = sorted(name for name, tag_id in found.items() if tag_id >= _MAX_STANDARD_TAG_ID)
    if unknown:
        raise ValueError(f"tags lexbor has no fixed id for: {unknown}")
    return frozenset(found.values())


#: lexbor numbers its standard tags below this; other names get ids of their own per document
_MAX_STANDARD_TAG_ID = 0x400
_INLINE_IDS = tag_ids(INLINE_TAGS)
_NO_BLOCK_PARENT_IDS = tag_ids(_NO_BLOCK_PARENTS)
_LINK_ID = next(iter(tag_ids({"a"})))


def _block_weight(text: str, links: int) -> float:
    """A block's credit: its length (up to 600), more for Hangul and for each sentence's end,
    less by its share of link text."""
    hangul = hangul_count(text) / len(text)
    weight = min(len(text), 600) * (0.5 + hangul) + 20 * _sentence_marks(text)
    return weight * (1 - links / (links + len(text)))


def _sentence_marks(text: str) -> int:
    """How many matches of :data:`_SENTENCE_END` ``text`` holds: one per mark, whatever ends before it; a point
    between digits ends no sentence (``2025.12.15 22:30``, ``3.5%``: a date line is no prose)."""
    dots = text.count(".")
    if dots:
        dots -= len(_POINT_IN_NUMBER.findall(text))
    return dots + text.count("!") + text.count("?") + text.count("\u3002")


#: (the point first, so that the engine skips ahead to each point: nine times faster than a look-behind first)
_POINT_IN_NUMBER = re.compile(r"\.(?<=\d\.)(?=\d)")


def _block_of(parent: LexborNode, memo: dict[int, tuple[LexborNode | None, bool]]) -> tuple[LexborNode | None, bool]:
    """The nearest non-inline element above a text node whose ``parent`` is given, and whether a link lies
    between (``parent`` itself, or one above it).

    ``memo`` keeps the answer for every inline element passed, so that text deep inside
    unclosed ``<span>``s or ``<font>``s does not walk the same ancestors again.
    """
    path: list[tuple[int, int]] = []
    node: LexborNode | None = parent
    tag = parent.tag_id
    while node is not None and tag in _INLINE_IDS:
        key = node.mem_id
        if key in memo:
            break
        path.append((key, tag))
        node = node.parent
        tag = node.tag_id if node is not None else 0
    if node is not None and tag in _INLINE_IDS:
        block, in_link = memo[node.mem_id]
    elif node is None or tag in _NO_BLOCK_PARENT_IDS:
        block, in_link = None, False
    else:
        block, in_link = node, False
    for key, inline_tag in reversed(path):
        in_link = in_link or inline_tag == _LINK_ID
        memo[key] = (block, in_link)
    return block, in_link


#: class or id words of a layer over the page (a consent box, a pop-up), however far above the text
_OVERLAY_WORD = re.compile(
    rf"(?:^|[-_])(?:cookie|cookies|consent|gdpr|dsgvo|onetrust|popup|modal)"
    rf"(?:$|\d|[-_](?!(?:{_REGION_STATES})(?:$|[-_])))", re.I)


def _is_overlay(node: LexborNode) -> bool:
    attrs = node.attributes
    if not attrs:
        return False
    if _is_dialog(attrs):
        return True
    return _OVERLAY_LABELS[(attrs.get("class") or "", attrs.get("id") or "")]


def _names_overlay_token(token: str) -> bool:
    return _OVERLAY_WORD.search(token) is not None


_OVERLAY_TOKENS = _TokenMemo(_names_overlay_token)


def _names_overlay(css_class: str, css_id: str) -> bool:
    return _OVERLAY_TOKENS.any_of(css_class, css_id)


_OVERLAY_LABELS = _LabelMemo(_names_overlay)


def _under_overlay(node: LexborNode, memo: dict[int, bool]) -> bool:
    """Whether ``node`` or an ancestor, however far up, is a consent box or a pop-up layer;
    ``memo`` keeps the answer per element passed."""
    return ancestor_is(node, memo, _is_overlay)


def ancestor_is(node: LexborNode, memo: dict[int, bool], test: Callable[[LexborNode], bool]) -> bool:
    """Whether ``node`` or an ancestor below ``<body>`` passes ``test``; ``memo`` keeps the answer per
    element passed (for one ``test``), so that the blocks of one page climb each branch once."""
    path: list[int] = []
    ancestor: LexborNode | None = node
    found = False
    while ancestor is not None and ancestor.tag not in ("body", "html"):
        key = ancestor.mem_id
        if key in memo:
            found = memo[key]
            break
        path.append(key)
        if test(ancestor):
            found = True
            break
        ancestor = ancestor.parent
    for key in path:
        memo[key] = found
    return found


def _is_root(node: LexborNode | None) -> bool:
    return node is not None and node.tag_id in _ROOT_IDS


def _containers_above(node: LexborNode, memo: ContainerMemo, marked: dict[int, bool]) -> list[LexborNode]:
    """Up to three container elements above ``node``; empty when one of them, or an element
    between them, is marked as a comment, related-links or sidebar region.

    ``memo`` holds, per (element, containers still wanted), the containers found from that
    element up, or None for a marked region; ``marked`` whether an element is such a region
    (or a skipped tag), so that each element's attributes are read once.
    """
    path: list[tuple[LexborNode, int, int, bool]] = []
    ancestor: LexborNode | None = node
    wanted = 3
    found: tuple[LexborNode, ...] | None = ()
    while ancestor is not None:
        tag = ancestor.tag_id
        if tag in _ROOT_IDS:
            break
        ancestor_id = ancestor.mem_id
        key = (ancestor_id, wanted)
        if key in memo:
            found = memo[key]
            break
        is_marked = marked.get(ancestor_id)
        if is_marked is None:
            is_marked = marked[ancestor_id] = tag in _SKIP_IDS or _is_other_region(ancestor)
        if is_marked:
            found = memo[key] = None
            break
        # an inline element right under <body> holds the story when the page left it open (``<body><b><p>…``)
        is_container = tag in _CONTAINER_IDS or tag in _INLINE_IDS and _is_root(ancestor.parent)
        path.append((ancestor, ancestor_id, wanted, is_container))
        if is_container:
            if wanted == 1:
                break
            wanted -= 1
        ancestor = ancestor.parent
    for element, element_id, still_wanted, is_container in reversed(path):
        if found is not None and is_container:
            found = (element, *found)
        memo[(element_id, still_wanted)] = found
    return list(found or ())


_ROOT_IDS = tag_ids({"body", "html"})
_SKIP_IDS = tag_ids(SKIP_TAGS)
_CONTAINER_IDS = tag_ids(CONTAINER_TAGS)


def _link_density(node: LexborNode) -> float:
    total = len(node.text(strip=True) or "")
    if not total:
        return 1.0
    return min(1.0, _link_chars(node) / total)


def _names_noise(css_class: str, css_id: str) -> bool:
    label = f"{css_class} {css_id}"
    return bool(label.strip()) and search_folded(_NOISE, _NOISE_FOLDED, label)


_NOISE_LABELS = _LabelMemo(_names_noise)


def is_noise(node: LexborNode) -> bool:
    attrs = node.attributes
    return bool(attrs) and _marks_noise(node.tag, attrs)


def _marks_noise(tag: str | None, attrs: dict[str, str | None]) -> bool:
    """:func:`is_noise` on an element's tag and attributes (read once for several tests)."""
    return _labels_noise(tag in _HEADINGS, attrs)


def _noise_at(node: LexborNode, tag_id: int) -> bool:
    """:func:`is_noise` of an element whose tag id is known."""
    attrs = node.attributes
    return bool(attrs) and _labels_noise(tag_id in _HEADING_IDS, attrs)


def _never_noise(node: LexborNode, tag_id: int) -> bool:
    return False


def _labels_noise(heading: bool, attrs: dict[str, str | None]) -> bool:
    """:func:`_marks_noise`, told whether the element is a subheading."""
    # a subheading's id is an anchor made of its words (``nav_nur_die_folie``), no role
    if _NOISE_LABELS[(attrs.get("class") or "", "" if heading else attrs.get("id") or "")]:
        return True
    style = attrs.get("style")
    if style and "display:none" in style.replace(" ", "").lower():
        return True
    return attrs.get("aria-hidden") == "true" or "hidden" in attrs or _is_dialog(attrs)


#: soft hyphens and zero-width spaces/joiners-for-no-reason: invisible, but they split words for search.
_INVISIBLE_CHARS = "\u00ad\u200b\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")


def clean_text(text: str) -> str:
    """A paragraph's text in composed Unicode form (NFC), without soft hyphens or zero-width spaces.
    (Whether it holds one is asked per character with ``in``, a scan far cheaper than the pattern's.)"""
    if text.isascii():
        return text
    if any(char in text for char in _INVISIBLE_CHARS):
        text = _INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", text)


class _BlockEnd:
    """Stack marker: the block element whose children were just read has ended."""


_BLOCK_END_NODE = _BlockEnd()


#: what the body text never reads: the skipped tags, comments and images.
_UNREAD_TAGS = frozenset(SKIP_TAGS | {"-comment", "img"})
_TEXT_ID, _COMMENT_ID = (node.tag_id for node in LexborHTMLParser("<p>x<!---->").css("p")[0].iter(include_text=True))
_UNREAD_IDS = tag_ids(_UNREAD_TAGS - {"-comment"}) | {_COMMENT_ID}
_BLOCK_IDS = tag_ids(BLOCK_TAGS)
#: the name of each block tag by its id (fixed for the standard tags: :func:`tag_ids`)
BLOCK_NAMES = {next(iter(tag_ids({name}))): name for name in BLOCK_TAGS}
_BR_ID = next(iter(tag_ids({"br"})))
_HEADING_IDS = tag_ids(_HEADINGS)


class _Paragraphs:
    """Text runs gathered into paragraphs: a block's end, or two ``<br>`` in a row, closes one."""

    def __init__(self) -> None:
        self.done: list[str] = []
        self.buffer: list[str] = []
        self.breaks = 0  # <br>s seen since the last text: one is a line break, two end a paragraph

    def open_block(self, tag_id: int) -> None:
        """A block element begins (its tag's id: a key of :data:`BLOCK_NAMES`): the paragraph before it ends."""
        self.flush()

    def close_block(self) -> None:
        """The innermost open block element ends, and its paragraph with it."""
        self.flush()

    def flush(self) -> None:
        self.breaks = 0
        if self.buffer:
            text = clean_text(normalize_space("".join(self.buffer)))
            if text:
                self.done.append(text)
            self.buffer.clear()

    def add_text(self, text: str) -> None:
        if not text or text.isspace():
            self.buffer.append(text)
            return
        if self.breaks >= 2:
            self.flush()
        elif self.breaks == 1:
            self.buffer.append(" ")
        self.breaks = 0
        self.buffer.append(text)


def read_paragraphs(container: LexborNode, drop: tuple[str, ...] = (), *, keep_noise: bool = False,
                    skip: frozenset[int] = frozenset(), out: _Paragraphs | None = None) -> list[str]:
    """The container's text in reading order, one string per visual paragraph.

    Block elements and line breaks end a paragraph; scripts, figures, captions, forms and
    elements whose class names mark them as ads, share bars or related lists are skipped, and
    so are the elements of ``drop`` (selectors) and ``skip`` (element ids). ``out``: the collector
    (one that notes more per paragraph, such as its block's tag).
    """
    out = _Paragraphs() if out is None else out
    add_text, open_block, close_block = out.add_text, out.open_block, out.close_block
    noisy = _skip_test(container, drop, skip, keep_noise)
    # An explicit stack, not recursion: pages nest elements thousands deep.
    # (nodes, None and the one end marker, told apart by identity: ``Any`` for the type checker)
    stack: list[Any] = [container.child]
    pop, push = stack.pop, stack.append
    while stack:
        item = pop()
        if item is None:
            continue
        if item is _BLOCK_END_NODE:
            close_block()
            continue
        push(item.next)
        tag = item.tag_id
        if tag == _TEXT_ID:
            add_text(item.text_content or "")
        elif tag == _BR_ID:
            out.breaks += 1
        elif tag in _UNREAD_IDS or noisy(item, tag):
            continue
        elif tag in _BLOCK_IDS:
            open_block(tag)
            push(_BLOCK_END_NODE)
            push(item.child)
        else:
            push(item.child)
    out.flush()
    return out.done


def _skip_test(container: LexborNode, drop: tuple[str, ...], skip: frozenset[int],
               keep_noise: bool) -> Callable[[LexborNode, int], bool]:
    """What :func:`read_paragraphs` skips of an element it reads (given its tag's id): noise (unless
    ``keep_noise``), and the elements of ``drop`` and ``skip``. Without such elements (most reads) no
    element's id is looked up."""
    noisy = _never_noise if keep_noise else _noise_at
    dropped = {n.mem_id for n in container.css(", ".join(drop))} | skip if drop else skip
    if not dropped:
        return noisy

    def skipped(node: LexborNode, tag_id: int) -> bool:
        return node.mem_id in dropped or noisy(node, tag_id)
    return skipped


#: the elements that show a photo: ``<img>``, and an AMP page's ``<amp-img>`` (its ``<noscript><img>`` fallback, when
#: there is one, gives the same source, read once)
IMAGE_TAGS = "img, amp-img"
_IMAGE_TAG_NAMES = frozenset(("img", "amp-img"))


def read_images(container: LexborNode, base_url: str | None, caption_selectors: tuple[str, ...] = ()) -> list[Image]:
    """The container's photos (not icons, logos, spacers or tiny images), each once, with captions."""
    images: list[Image] = []
    seen: set[str] = set()
    imgs = container.css(IMAGE_TAGS)
    scope = _CaptionScope(container, caption_selectors, indexed=len(imgs) > _FEW_IMAGES)
    for img in imgs:
        attrs = img.attributes
        found = _photo_source(attrs)
        if found is None:
            continue
        src, width = _absolute(found[0], base_url), found[1]
        if src in seen:
            continue
        seen.add(src)
        alt = normalize_space(attrs.get("alt") or "") or None
        images.append(Image(url=src, caption=_caption_for(img, scope), alt=alt, width=width))
    return images


_NOT_A_PHOTO = re.compile(r"(?:icon|logo|btn|button|blank|spacer|pixel|1x1)\b", re.I)
_NOT_A_PHOTO_FOLDED = _folded(_NOT_A_PHOTO)


def _photo_source(attrs: dict[str, str | None]) -> tuple[str, int | None] | None:
    """An image's source as written (lazy-loading attributes first) and its width, or None when
    it is no photo: no source, inline data, narrower than 80 pixels or named like an icon."""
    src = (attrs.get("data-org-src") or attrs.get("data-src") or attrs.get("data-original")
           or attrs.get("data-lazy-src") or attrs.get("src") or "").strip()
    if not src or src.startswith("data:"):
        return None
    width = _int(attrs.get("data-org-width") or attrs.get("width"))
    if width is not None and width < 80:
        return None
    if search_folded(_NOT_A_PHOTO, _NOT_A_PHOTO_FOLDED, src):
        return None
    return src, width


#: up to this many images, each looks its caption up with CSS queries; beyond, one pass indexes them all.
_FEW_IMAGES = 8
_CAPTION_LEVELS = 4


class _CaptionScope:
    """Where captions are for the images of one container: the first caption element and the
    number of images (capped at 2) under each element near them.

    For a few images, CSS queries on the ancestors answer; for many (a gallery of thousands),
    one bottom-up pass over the container's surroundings indexes every element, so the
    lookups do not re-read the same subtrees per image.
    """

    def __init__(self, container: LexborNode, caption_selectors: tuple[str, ...], *, indexed: bool) -> None:
        self.selector = ", ".join(caption_selectors) if caption_selectors else _CAPTION_SELECTORS
        self.texts: dict[int, str] = {}
        self.first: dict[int, LexborNode] | None = None
        self.images: dict[int, int] = {}
        #: the answers of the queries, per element (when not indexed)
        self.asked_caption: dict[int, LexborNode | None] = {}
        self.asked_images: dict[int, bool] = {}
        if indexed:
            self._index(container)

    def _index(self, container: LexborNode) -> None:
        root = container
        for _ in range(_CAPTION_LEVELS):
            root = root.parent or root
        nodes = list(root.traverse())
        captions = {n.mem_id for n in root.css(self.selector)}
        first_at: dict[int, int] = {}
        for position in range(len(nodes) - 1, -1, -1):
            node = nodes[position]
            key = node.mem_id
            if key in captions:
                first_at[key] = position  # css_first finds the element itself before its descendants
            parent = node.parent
            if parent is None or position == 0:
                continue
            pkey = parent.mem_id
            if key in first_at and first_at[key] < first_at.get(pkey, len(nodes)):
                first_at[pkey] = first_at[key]
            count = (node.tag in _IMAGE_TAG_NAMES) + self.images.get(key, 0)
            if count:
                self.images[pkey] = min(2, self.images.get(pkey, 0) + count)
        self.first = {key: nodes[position] for key, position in first_at.items()}

    def caption_in(self, ancestor: LexborNode) -> LexborNode | None:
        if self.first is None:  # asked once per element: the images of one container share their ancestors
            key = ancestor.mem_id
            if key not in self.asked_caption:
                self.asked_caption[key] = ancestor.css_first(self.selector)
            return self.asked_caption[key]
        return self.first.get(ancestor.mem_id)

    def has_several_images(self, ancestor: LexborNode) -> bool:
        if self.first is None:
            key = ancestor.mem_id
            if key not in self.asked_images:
                self.asked_images[key] = len(ancestor.css(IMAGE_TAGS)) > 1
            return self.asked_images[key]
        return self.images.get(ancestor.mem_id, 0) > 1

    def text_of(self, caption: LexborNode) -> str:
        key = caption.mem_id
        if key not in self.texts:
            self.texts[key] = normalize_space(caption.text(separator=" ") or "")
        return self.texts[key]


def _caption_for(img: LexborNode, scope: _CaptionScope) -> str | None:
    ancestor, holder = img.parent, img
    for level in range(_CAPTION_LEVELS):
        if ancestor is None or (level and ancestor.tag != "figure" and scope.has_several_images(ancestor)):
            break  # a caption above that holds other photos too may be theirs
        found = scope.caption_in(ancestor)
        if found is not None:
            text = scope.text_of(found)
            if text:
                return text
        marked = _marked_caption_after(holder)
        if marked:
            return marked
        if ancestor.tag in ("figure", "table") or scope.has_several_images(ancestor):
            break
        holder, ancestor = ancestor, ancestor.parent
    return _marked_caption_after(holder)


def _marked_caption_after(holder: LexborNode) -> str | None:
    """Korean pages often caption a photo with a ``▲``/``△`` line right below it."""
    sibling = holder.next
    while sibling is not None and (sibling.tag in ("-text", "-comment") and not (sibling.text_content or "").strip()):
        sibling = sibling.next
    if sibling is None or sibling.tag in ("-text", "-comment") or sibling.tag in _IMAGE_TAG_NAMES:
        return None
    if _text_start(sibling)[:1] not in ("▲", "△"):
        return None  # decided on the first words: the element after a photo may hold the rest of the page
    text = normalize_space(sibling.text(separator=" ") or "")
    if text[:1] in ("▲", "△") and len(text) < 200:
        return text
    return None


def _text_start(node: LexborNode, max_nodes: int = 64) -> str:
    """The first non-blank text run under ``node`` (looked for among its first ``max_nodes`` nodes)."""
    for seen, part in enumerate(node.traverse(include_text=True)):
        if seen >= max_nodes:
            break
        if part.tag == "-text":
            text = normalize_space(part.text_content or "")
            if text:
                return text
    return ""


_LEADING_NUMBER = re.compile(r"\s*(\d+)")
_URL_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)


def _int(value: str | None) -> int | None:
    if not value:
        return None
    match = _LEADING_NUMBER.match(value)
    return int(match.group(1)) if match else None


def _absolute(url: str, base_url: str | None) -> str:
    if url.startswith("//"):
        return "https:" + url
    if base_url and not _URL_SCHEME.match(url):
        return join_url(base_url, url)  # a malformed base (http://[::1) leaves the URL as written
    return url


def inline_captions(container: LexborNode) -> frozenset[int]:
    """The captions inside the container written in an inline element (the Froala editor's ``<span
    class="fr-inner">`` in its image wrapper), whose text would run into the paragraph after it: the ids for
    :func:`read_paragraphs` to skip (the image keeps them). One class selector: a query of every caption selector
    per body part cost 0.2 % of extraction on eval/en-aeb."""
    return frozenset(n.mem_id for n in container.css(_INLINE_CAPTIONS))


def caption_texts(container: LexborNode) -> set[str]:
    """Caption strings inside the container, to keep them out of the body."""
    return {normalize_space(n.text(separator=" ") or "") for n in container.css(_CAPTION_SELECTORS)} - {""}
