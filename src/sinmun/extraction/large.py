"""Pages too big to hold as one parsed tree: the page with its bulk left out, and the bulk read in chunks.

A page of more than :attr:`Limits.threshold` bytes of markup (as text: half as many characters) is
scanned tag by tag at regex speed, elements counted as :mod:`.prepass` counts them, for its *region*:
the element with the most markup outside children bigger than a chunk (``limits.region`` bytes at
least), the ``div`` that holds the story's thousands of paragraphs (or the document, when paragraphs
stand under ``<body>`` itself). Its children are cut where no child of it is open, before a block's
opening tag, and the longest run between the region's first ``head`` and last ``tail`` bytes that holds
no child bigger than a chunk is left out: a body container is never left out whole. The page is parsed
with one marker paragraph where the run was, and every field is read from that small page by the usual
sources. Its body is read as :func:`.bodies.read_page_body` reads it, except that the marker gives way
to the paragraphs (and photos) of the run, each chunk parsed on its own under the region's opening
tags and read by the same :func:`~.content.read_paragraphs`, its tree freed before the next; cleaning
(:func:`~.clean.clean_paragraphs`) then runs on the whole list. No more than one chunk of the page is a
tree at a time, and the page is not copied whole (strict UTF-8 bytes are scanned as they are).

The size bound of :mod:`.parse` still holds: past ``MAX_HTML_CHARS`` characters the page is read only
up to where the usual path cuts it (after its comments, styles and scripts), with the same warnings.
Pages this module does not split (a fragment dump, nesting past ``MAX_NESTING``, gzip, byte-order marks,
UTF-16, no run to leave out) take the usual path.

Known limits: what a rule decides from the whole body container (a ``#byline ~ *`` drop selector, a
box of links weighed against the container's text, a summary list that repeats the body's words) sees
only the parsed page when its anchor lies in the run left out; the page judgement (:mod:`.pagekind`)
weighs the parsed page's text, not the whole page's.
"""
from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..article import Image
from ..sites.base import SiteProfile
from .bodies import BodyText, _body_warnings, _page_images, _read_parts, _unique_images, cleaned_body
from .content import (BLOCK_TAGS, _IMAGE_TAG_NAMES, _absolute, _photo_source, caption_texts, find_body_node,
                      link_boxes, read_images, read_paragraphs)
from .fields import _page_body
from .parse import MAX_HTML_CHARS, Page, _control_ratio, decode_with_warnings, load
from .prepass import _INERT, _KEPT_SCRIPT, _SLASH_IGNORED, _TAGS, _UNCOUNTED, MAX_NESTING, drop_inert_markup
from .resolve import Context
from .widgets import widget_boxes


@dataclass(frozen=True)
class Limits:
    """Sizes in bytes of markup."""

    #: pages with more markup than this are read in chunks
    threshold: int = 4_000_000
    #: the smallest element worth splitting
    region: int = 1_000_000
    #: the region's first and last bytes of children that stay in the page the fields are read from
    head: int = 131_072
    tail: int = 65_536
    #: the size of one chunk of the children left out
    chunk: int = 262_144


LIMITS = Limits()

_TAGS_UTF8 = re.compile(_TAGS.pattern.encode(), re.I)
_INERT_UTF8 = re.compile(_INERT.pattern.encode(), re.I)
_BODY = re.compile(r"<body\b[^>]{0,4096}>", re.I)
_BODY_UTF8 = re.compile(_BODY.pattern.encode(), re.I)


def _names(names: Iterable[str]) -> frozenset[str | bytes]:
    """Tag names as text and as UTF-8 (a scan reads one or the other)."""
    names = frozenset(names)
    return frozenset((*names, *(name.encode() for name in names)))


_UNCOUNTED_NAMES = _names(_UNCOUNTED)
_SLASH_IGNORED_NAMES = _names(_SLASH_IGNORED)
#: children are cut before these opening tags (table parts are not: a marker paragraph there would move)
_CUT_BEFORE = _names(BLOCK_TAGS - {"table", "tbody", "tr", "td", "th", "caption"})
#: elements never split: a paragraph among their children would be moved by the parser or read differently
_UNSPLIT = _names("table tbody thead tfoot tr colgroup select svg math template noscript iframe object "
                  "frameset noembed noframes plaintext a button form label option".split())
_DECODE_STEP = 1 << 20
#: the attribute that marks the region's element in a chunk's tree
_CHUNK_MARK = " data-sinmun-chunk"


@dataclass
class _Open:
    """An open element of the scan: its name, where its tag starts, ends its name and ends; the bytes of
    its children bigger than a chunk."""

    name: str | bytes
    start: int
    name_end: int
    tag_end: int
    big: int = 0


@dataclass
class _Region:
    start: int
    name_end: int
    inner_start: int
    inner_end: int
    #: (start, end) of the opening tags of the region's ancestors, outermost first
    ancestors: list[tuple[int, int]] = field(default_factory=list)
    #: False for the document itself (no element splits): chunks are read from their tree's <body>
    element: bool = True


@dataclass
class Elision:
    """The children of the region left out of the parsed page, and how to read them."""

    data: str | bytes
    #: where the chunks start and end: cuts[0] is where the children left out start, cuts[-1] where they end
    cuts: list[int]
    #: the opening tags a chunk is parsed under (the region's marked with :data:`_CHUNK_MARK`)
    wrapper: bytes
    element: bool
    #: the text of the paragraph that stands for them in the parsed page
    marker: str

    def chunks(self) -> list[tuple[int, int]]:
        return list(pairwise(self.cuts))


@dataclass
class LargePage:
    """A page read in chunks: the parsed page the fields are read from, and what was left out of it."""

    page: Page
    elision: Elision

    def seed(self, ctx: Context) -> None:
        """Give ``ctx`` the page body read with the children left out put back (see the module docstring)."""
        ctx.settle(_page_body, read_elided_body(ctx.page, ctx.profile, ctx.page_url, self.elision))


def load_large(html: str | bytes, charset: str | None = None, limits: Limits | None = None) -> LargePage | None:
    """The page read in chunks, or None when it is small or not one to split (then :func:`.parse.load` reads it).
    ``limits`` are :data:`LIMITS` unless given."""
    limits = limits or LIMITS
    found = _markup(html, charset, limits)
    if found is None:
        return None
    markup, encoding, warnings = found
    end, bound_warnings = _bounded_end(markup)
    region = _find_region(markup.data, end, limits)
    if region is None:
        return None
    cuts = _cuts(markup.data, region, limits)
    if len(cuts) < 2:
        return None
    # no page holds it; digits only, so that no word of it reads as a class name (ad, nav, ...) to the body reader
    marker = f"sinmun-elided-{int.from_bytes(os.urandom(8), 'big')}"
    skeleton = markup.text(0, cuts[0]) + f"<p id='{marker}'>{marker}</p>" + markup.text(cuts[-1], end)
    if markup.chars > MAX_HTML_CHARS:
        skeleton = drop_inert_markup(skeleton, keep_budget=MAX_HTML_CHARS // 2)
    page = load(skeleton)
    page.encoding = encoding
    page.warnings = warnings + bound_warnings + page.warnings
    return LargePage(page, Elision(markup.data, cuts, _wrapper(markup.data, region), region.element, marker))


class _Text:
    """A page's text as it came: offsets in ``data`` are character offsets."""

    inert: re.Pattern[Any] = _INERT

    def __init__(self, data: str) -> None:
        self.data: str | bytes = data
        self.chars = len(data)

    def text(self, start: int, end: int) -> str:
        return str(self.data[start:end])

    def count(self, start: int, end: int) -> int:
        """How many characters ``data[start:end]`` holds."""
        return end - start

    def offset(self, start: int, count: int) -> int:
        """The offset of the character ``count`` characters after ``start``."""
        return min(start + count, len(self.data))


class _Utf8(_Text):
    """A page's strict UTF-8 bytes (``chars`` characters): offsets are byte offsets, and the text of a
    stretch is decoded a piece at a time, never the whole page at once."""

    inert = _INERT_UTF8

    def __init__(self, data: bytes, chars: int) -> None:
        self.data = data
        self.chars = chars
        self.view = memoryview(data)

    def text(self, start: int, end: int) -> str:
        return bytes(self.view[start:end]).decode("utf-8", "ignore")

    def count(self, start: int, end: int) -> int:
        decoder = codecs.getincrementaldecoder("utf-8")("ignore")
        chars = sum(len(decoder.decode(self.view[at:min(at + _DECODE_STEP, end)]))
                    for at in range(start, end, _DECODE_STEP))
        return chars + len(decoder.decode(b"", final=True))

    def offset(self, start: int, count: int) -> int:
        decoder = codecs.getincrementaldecoder("utf-8")("ignore")
        at = start
        while at < len(self.view):
            pending = len(decoder.getstate()[0])  # bytes of a character the last piece ended inside
            piece = decoder.decode(self.view[at:at + _DECODE_STEP])
            if len(piece) >= count:
                return at - pending + len(piece[:count].encode())
            count -= len(piece)
            at += _DECODE_STEP
        return len(self.view)


def _markup(html: str | bytes, charset: str | None, limits: Limits) -> tuple[_Text, str | None, list[str]] | None:
    """The page's markup, its encoding and the decoder's warnings; None for a page under the threshold
    (text: half as many characters), a fragment dump, or input the usual path refuses or must look at itself
    (gzip, byte-order marks, UTF-16, binary data)."""
    if isinstance(html, str):
        if len(html) <= limits.threshold // 2:
            return None
        markup, encoding, warnings = _Text(html), None, list[str]()
    elif isinstance(html, (bytes, bytearray, memoryview)):
        data = bytes(html)
        if len(data) <= limits.threshold or data.startswith(
                (b"\x1f\x8b", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in data[:8192]:
            return None
        markup, encoding, warnings = _decoded(data, charset)
    else:
        return None
    head = markup.text(0, 80_000)
    if _control_ratio(head[:20000]) > 0.05 or _is_fragment(head):
        return None
    return markup, encoding, warnings


def _decoded(data: bytes, charset: str | None) -> tuple[_Text, str, list[str]]:
    """Strict UTF-8 bytes as they are (checked piece by piece, never decoded whole); others decoded by
    :func:`.parse.decode_with_warnings`."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    chars = 0
    try:
        for at in range(0, len(data), _DECODE_STEP):
            chars += len(decoder.decode(view[at:at + _DECODE_STEP], final=at + _DECODE_STEP >= len(data)))
    except UnicodeDecodeError:
        text, encoding, warnings = decode_with_warnings(data, charset)
        return _Text(text), encoding, warnings
    return _Utf8(data, chars), "utf-8", []


def _is_fragment(head: str) -> bool:
    """A half-cleaned dump (no document head), which the usual path reads as one (:attr:`.parse.Page.is_fragment`)."""
    start = head[:4096].lower()
    return "<html" not in start and "<head" not in start and "<!doctype" not in start


#: how far into a script the usual path looks for the mark of structured data, in characters
_KEPT_SCRIPT_WINDOW = 4096 + 200


def _bounded_end(markup: _Text) -> tuple[int, list[str]]:
    """Where the usual path would cut the page (:func:`.parse._bounded`: comments, styles and scripts but
    structured data dropped first), as an offset in ``markup.data``, and its warnings."""
    if markup.chars <= MAX_HTML_CHARS:
        return len(markup.data), []
    kept = dropped = 0
    budget = MAX_HTML_CHARS // 2
    cut: int | None = None
    pos = 0
    for match in markup.inert.finditer(markup.data):
        stretch = markup.count(pos, match.start())
        if cut is None and kept + stretch > MAX_HTML_CHARS:
            cut = markup.offset(pos, MAX_HTML_CHARS - kept)
        kept += stretch
        size = markup.count(match.start(), match.end())
        opening = markup.text(match.start(), min(match.end(), match.start() + 4 * _KEPT_SCRIPT_WINDOW))
        if match.group(1) and match.group(1).lower() in ("script", b"script") and size <= budget \
                and _KEPT_SCRIPT.search(opening, 0, _KEPT_SCRIPT_WINDOW):
            budget -= size
            if cut is None and kept + size > MAX_HTML_CHARS:
                cut = markup.offset(match.start(), MAX_HTML_CHARS - kept)
            kept += size
        else:
            dropped += size
        pos = match.end()
    stretch = markup.count(pos, len(markup.data))
    if cut is None and kept + stretch > MAX_HTML_CHARS:
        cut = markup.offset(pos, MAX_HTML_CHARS - kept)
    kept += stretch
    warnings = [f"page of {markup.chars} characters: comments, styles and scripts dropped before the size bound"] \
        if dropped else []
    if cut is None:
        return len(markup.data), warnings
    return cut, [*warnings, f"page cut to {MAX_HTML_CHARS} characters from {kept}"]


def _element_tags(data: str | bytes, start: int, end: int) -> Iterator[tuple[re.Match[Any], str | bytes, str]]:
    """The tags of ``data[start:end]`` (none inside comments, scripts, styles): each with its lower-cased
    name and ``open``, ``close`` or ``other`` (a tag that does not nest, as :mod:`.prepass` counts them)."""
    tags: re.Pattern[Any] = _TAGS_UTF8 if isinstance(data, bytes) else _TAGS
    for match in tags.finditer(data, start, end):
        closing, name, self_closed = match.groups()
        if name is None:
            continue
        name = name.lower()
        if name in _UNCOUNTED_NAMES or (self_closed and name not in _SLASH_IGNORED_NAMES):
            yield match, name, "other"
        else:
            yield match, name, "close" if closing else "open"


class _Nesting:
    """The open elements of a scan: a closing tag closes the nearest open element of its name and those
    opened inside it; a stray one closes nothing."""

    def __init__(self) -> None:
        self.stack: list[_Open] = []
        self._names: dict[str | bytes, int] = {}

    def open(self, element: _Open) -> None:
        self.stack.append(element)
        self._names[element.name] = self._names.get(element.name, 0) + 1

    def close(self, name: str | bytes) -> Iterator[_Open]:
        """The elements a closing tag of ``name`` closes, innermost first (each off the stack when given)."""
        while self._names.get(name):
            element = self.stack.pop()
            self._names[element.name] -= 1
            yield element
            if element.name == name:
                return


def _find_region(data: str | bytes, end: int, limits: Limits) -> _Region | None:
    """The element of ``data[:end]`` with the most markup outside children bigger than ``limits.chunk``
    (its paragraphs and small blocks), if that is ``limits.region`` bytes at least; else the document
    itself, if its markup is that big; None when the page nests past ``MAX_NESTING``."""
    nesting = _Nesting()
    stack = nesting.stack
    best: _Region | None = None
    best_weight = limits.region - 1

    def close(element: _Open, at: int) -> None:
        nonlocal best, best_weight
        span = at - element.start
        if stack and span > limits.chunk:
            stack[-1].big += span
        weight = span - element.big
        closed_tag = data[element.tag_end - 1:element.tag_end] in (">", b">")
        if weight > best_weight and element.name not in _UNSPLIT and closed_tag:
            best_weight = weight
            best = _Region(element.start, element.name_end, element.tag_end, at, [(e.start, e.tag_end) for e in stack])

    for match, name, kind in _element_tags(data, 0, end):
        if kind == "open":
            if len(stack) >= MAX_NESTING:
                return None
            nesting.open(_Open(name, match.start(), match.end(2), match.end()))
        elif kind == "close":
            for element in nesting.close(name):
                close(element, match.start())
    while stack:
        close(stack.pop(), end)
    return best if best is not None else _document_region(data, end, limits)


def _document_region(data: str | bytes, end: int, limits: Limits) -> _Region | None:
    """The whole document as the region, for pages whose paragraphs stand under ``<body>`` itself."""
    pattern: re.Pattern[Any] = _BODY_UTF8 if isinstance(data, bytes) else _BODY
    body = pattern.search(data, 0, min(end, 1 << 20))
    start = body.end() if body else 0
    if end - start < limits.region:
        return None
    return _Region(start, start, start, end, element=False)


class _Run:
    """Chunk boundaries among a region's children, in runs that hold no child bigger than a chunk."""

    def __init__(self, chunk: int) -> None:
        self.chunk = chunk
        self.cuts: list[int] = []
        self.latest = -1  # the last place a cut could go
        self.best: list[int] = []

    def may_cut(self, at: int) -> None:
        self.latest = at
        if not self.cuts or at - self.cuts[-1] >= self.chunk:
            self.cuts.append(at)

    def end(self) -> None:
        """The run ends at the last place a cut could go (a child too big to leave out follows)."""
        if self.cuts and self.latest > self.cuts[-1]:
            self.cuts.append(self.latest)
        if len(self.cuts) > 1 and self.cuts[-1] - self.cuts[0] > _span(self.best):
            self.best = self.cuts
        self.cuts, self.latest = [], -1


def _span(cuts: list[int]) -> int:
    return cuts[-1] - cuts[0] if cuts else 0


def _cuts(data: str | bytes, region: _Region, limits: Limits) -> list[int]:
    """Where the region's children left out start and end, and the chunk boundaries between: each before
    a block's opening tag with no element of the region's children open, and no child bigger than a
    chunk between the first and the last (the longest such run)."""
    nesting = _Nesting()
    first = region.inner_start + limits.head
    run = _Run(limits.chunk)
    for match, name, kind in _element_tags(data, region.inner_start, region.inner_end - limits.tail):
        if not nesting.stack and kind != "close" and name in _CUT_BEFORE and match.start() >= first:
            run.may_cut(match.start())
        if kind == "open":
            nesting.open(_Open(name, match.start(), match.start(), match.start()))
        elif kind == "close":
            closed = [element.start for element in nesting.close(name)]
            if closed and not nesting.stack and match.start() - closed[-1] > limits.chunk:
                run.end()  # a child too big to leave out
    run.end()
    return run.best


def _wrapper(data: str | bytes, region: _Region) -> bytes:
    """The opening tags a chunk of the region's children is parsed under, the region's own marked (as UTF-8)."""
    if not region.element:
        return b""
    opening = b"".join(_utf8(data[start:end]) for start, end in region.ancestors)
    return (opening + _utf8(data[region.start:region.name_end]) + _CHUNK_MARK.encode()
            + _utf8(data[region.name_end:region.inner_start]))


def read_elided_body(page: Page, profile: SiteProfile | None, base_url: str | None,
                     elision: Elision) -> BodyText | None:
    """:func:`.bodies.read_page_body` of the page with the children left out put back where the marker is."""
    selectors = profile.body if profile else ()
    node, method = find_body_node(page.tree, selectors)
    if node is None:
        return None
    drop = profile.drop if profile else ()
    parts, paragraphs = _read_parts(node, method, drop)
    images = _page_images(page, profile, parts, base_url)
    captions = set().union(*(caption_texts(part) for part in parts)) | {i.caption for i in images if i.caption}
    if elision.marker in paragraphs:
        middle = _read_middle(elision, drop, links=method != "profile", base_url=base_url,
                              caption_selectors=profile.caption if profile else ())
        at = paragraphs.index(elision.marker)
        paragraphs[at:at + 1] = middle.paragraphs
        captions |= middle.captions | {i.caption for i in middle.images if i.caption}
        images = _with_middle_images(images, middle.images, _photos_after(parts, elision.marker, base_url))
    cleaned = cleaned_body(paragraphs, captions, method)
    body = BodyText(cleaned.paragraphs, images, cleaned, [p for p in paragraphs if p in captions], method)
    body.warnings = _body_warnings(profile, method)
    return body


def _photos_after(parts: list[LexborNode], marker: str, base_url: str | None) -> set[str]:
    """The URLs of the photos in ``parts`` found only after the marker paragraph (as :func:`.content.read_images`
    names them)."""
    before: set[str] = set()
    after: set[str] = set()
    side = before
    for part in parts:
        for node in part.traverse():
            if node.tag == "p" and node.attributes.get("id") == marker:
                side = after
            elif node.tag in _IMAGE_TAG_NAMES and (found := _photo_source(node.attributes)) is not None:
                side.add(_absolute(found[0], base_url))
    return after - before


def _with_middle_images(images: list[Image], middle: list[Image], after: set[str]) -> list[Image]:
    """The middle's images put in before the page's images that come after the marker (each URL once)."""
    at = len(images)
    while at and images[at - 1].url in after:
        at -= 1
    return _unique_images(images[:at] + middle + images[at:])


@dataclass
class _Middle:
    paragraphs: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    captions: set[str] = field(default_factory=set)


def _read_middle(elision: Elision, drop: tuple[str, ...], *, links: bool, base_url: str | None,
                 caption_selectors: tuple[str, ...]) -> _Middle:
    """The paragraphs, images and captions of the children left out, one chunk's tree at a time."""
    middle = _Middle()
    for start, end in elision.chunks():
        tree = LexborHTMLParser(elision.wrapper + _utf8(elision.data[start:end]))
        tree.raw_html = b""
        container = _chunk_container(tree, elision.element)
        if container is not None:
            skip = link_boxes(container, whole=False) | widget_boxes(container) if links else frozenset()
            middle.paragraphs += read_paragraphs(container, drop, skip=skip)
            middle.images += read_images(container, base_url, caption_selectors)
            middle.captions |= caption_texts(container)
        del container, tree
    return middle


def _utf8(markup: str | bytes) -> bytes:
    """What the parser reads (lone surrogates dropped, as :func:`.parse.load` drops them)."""
    return markup if isinstance(markup, bytes) else markup.encode("utf-8", "ignore")


def _chunk_container(tree: LexborHTMLParser, element: bool) -> LexborNode | None:
    return tree.css_first("[data-sinmun-chunk]") if element else tree.body
