"""Pages too big to hold as one parsed tree: the page with its bulk left out, and the bulk read in chunks.

A page of more than :attr:`Limits.threshold` bytes of markup is scanned once, tag by tag at regex speed
(the scan of :mod:`.prepass`), for its *region*: the biggest element (``limits.region`` bytes at least)
that no child of its own fills by half, the ``div`` that holds the story's thousands of paragraphs.
The region's children are then cut where the element depth is back at the region's own, before a
block's opening tag. The page is parsed with the region's first ``head`` and last ``tail`` bytes of
children and, between them, one marker paragraph: every field is read from that small page by the
usual sources. Its body is read as :func:`sinmun.extraction.bodies.read_page_body` reads it, except
that the marker paragraph gives way to the paragraphs of the children left out, each chunk parsed on
its own under the region's opening tags (the same :func:`~.content.read_paragraphs`), its tree freed
before the next; the cleaning (:func:`~.clean.clean_paragraphs`) then runs on the whole list. At no
point does more than one chunk of the page exist as a tree, and the page's bytes are not copied whole.

The size bound of :mod:`.parse` still holds: past ``MAX_HTML_CHARS`` characters the page is read only
up to where the usual path would cut it (after its comments, styles and scripts), with the same warnings.
Pages this module does not split (a fragment dump, nesting past ``MAX_NESTING``, bytes that must be
detected, no region to split) take the usual path.
"""
from __future__ import annotations

import codecs
import re
import os
from dataclasses import dataclass, field
from collections.abc import Iterator
from itertools import pairwise

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..article import Image
from ..sites.base import SiteProfile
from .bodies import BodyText, _body_warnings, _page_images, _read_parts, _unique_images
from .clean import clean_paragraphs
from .content import (BLOCK_TAGS, _absolute, _photo_source, caption_texts, find_body_node, link_boxes, read_images,
                      read_paragraphs)
from .fields import _page_body
from .parse import MAX_HTML_CHARS, Page, _control_ratio, decode_with_warnings, load
from .prepass import _INERT, _KEPT_SCRIPT, _SLASH_IGNORED, _TAGS, _UNCOUNTED, MAX_NESTING, drop_inert_markup
from .resolve import Context


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
_UNCOUNTED_UTF8 = frozenset(name.encode() for name in _UNCOUNTED)
_SLASH_IGNORED_UTF8 = frozenset(name.encode() for name in _SLASH_IGNORED)
#: children are cut before these opening tags (table parts are not: a marker paragraph there would move)
_CUT_BEFORE = frozenset(name.encode() for name in BLOCK_TAGS - {"table", "tbody", "tr", "td", "th", "caption"})
#: elements never split: a paragraph among their children would be moved by the parser or read differently
_UNSPLIT = frozenset(b"table tbody thead tfoot tr colgroup select svg math template noscript iframe object "
                     b"frameset noembed noframes plaintext a button form label option".split())
_DECODE_STEP = 1 << 20
#: the attribute that marks the region's element in a chunk's tree
_CHUNK_MARK = b" data-sinmun-chunk"


@dataclass
class _Open:
    """An open element of the scan: its name, where its tag starts, ends its name and ends; the bytes of
    its children bigger than a chunk."""

    name: bytes
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

    data: bytes
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
        ctx._memo[_page_body] = read_elided_body(ctx.page, ctx.profile, ctx.page_url, self.elision)


def load_large(html: str | bytes, charset: str | None = None, limits: Limits | None = None) -> LargePage | None:
    """The page read in chunks, or None when it is small or not one to split (then :func:`.parse.load` reads it).
    ``limits`` are :data:`LIMITS` unless given."""
    limits = limits or LIMITS
    markup = _utf8_markup(html, charset, limits)
    if markup is None:
        return None
    data, chars, encoding, warnings = markup
    end, bound_warnings = _bounded_end(data, chars)
    region = _find_region(data, end, limits)
    if region is None:
        return None
    cuts = _cuts(data, region, limits)
    if len(cuts) < 2:
        return None
    # no page holds it; digits only, so that no word of it reads as a class name (ad, nav, ...) to the body reader
    marker = f"sinmun-elided-{int.from_bytes(os.urandom(8), 'big')}"
    skeleton = data[:cuts[0]].decode() + f"<p id='{marker}'>{marker}</p>" + data[cuts[-1]:end].decode()
    if chars > MAX_HTML_CHARS:
        skeleton = drop_inert_markup(skeleton, keep_budget=MAX_HTML_CHARS // 2)
    page = load(skeleton)
    page.encoding = encoding
    page.warnings = warnings + bound_warnings + page.warnings
    return LargePage(page, Elision(data, cuts, _wrapper(data, region), region.element, marker))


def _utf8_markup(html: str | bytes, charset: str | None,
                 limits: Limits) -> tuple[bytes, int, str | None, list[str]] | None:
    """The page as UTF-8 bytes, its length in characters, its encoding and the decoder's warnings; None
    for a page under the threshold, a fragment dump, or input the usual path refuses or must repair."""
    if isinstance(html, str):
        if 4 * len(html) <= limits.threshold:
            return None
        warnings: list[str] = []
        data, chars, encoding = html.encode("utf-8", "ignore"), len(html), None
    elif isinstance(html, (bytes, bytearray, memoryview)):
        if len(html) <= limits.threshold:
            return None
        decoded = _as_utf8(bytes(html), charset)
        if decoded is None:
            return None
        data, chars, encoding, warnings = decoded
    else:
        return None
    if len(data) <= limits.threshold or _refused_or_fragment(data):
        return None
    return data, chars, encoding, warnings


def _as_utf8(data: bytes, charset: str | None) -> tuple[bytes, int, str, list[str]] | None:
    """Strict UTF-8 bytes as they are (checked piece by piece, never decoded whole); others decoded by
    :func:`.parse.decode_with_warnings` and encoded again. None for what the usual path must look at
    itself (gzip, byte-order marks, UTF-16, binary data)."""
    if data.startswith((b"\x1f\x8b", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) \
            or b"\x00" in data[:8192]:
        return None
    chars = _strict_utf8_chars(data)
    if chars is not None:
        return data, chars, "utf-8", []
    text, encoding, warnings = decode_with_warnings(data, charset)
    return text.encode("utf-8", "ignore"), len(text), encoding, warnings


def _strict_utf8_chars(data: bytes) -> int | None:
    """How many characters strict UTF-8 ``data`` holds, or None when it is not strict UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    chars = 0
    try:
        for at in range(0, len(data), _DECODE_STEP):
            chars += len(decoder.decode(view[at:at + _DECODE_STEP], final=at + _DECODE_STEP >= len(data)))
    except UnicodeDecodeError:
        return None
    return chars


def _refused_or_fragment(data: bytes) -> bool:
    """True for what the usual path refuses (control characters) or reads as a dump (no document head)."""
    head = data[:80_000].decode("utf-8", "ignore")
    if _control_ratio(head[:20000]) > 0.05:
        return True
    start = head[:4096].lower()
    return "<html" not in start and "<head" not in start and "<!doctype" not in start


def _chars(view: memoryview, start: int, end: int) -> int:
    """How many characters the UTF-8 bytes ``view[start:end]`` hold (read a piece at a time)."""
    decoder = codecs.getincrementaldecoder("utf-8")("ignore")
    chars = sum(len(decoder.decode(view[at:min(at + _DECODE_STEP, end)])) for at in range(start, end, _DECODE_STEP))
    return chars + len(decoder.decode(b"", final=True))


def _nth_char_offset(view: memoryview, start: int, count: int) -> int:
    """The byte offset in ``view`` of the character ``count`` characters after ``start``."""
    decoder = codecs.getincrementaldecoder("utf-8")("ignore")
    at = start
    while at < len(view):
        pending = len(decoder.getstate()[0])  # bytes of a character the last piece ended inside
        piece = decoder.decode(view[at:at + _DECODE_STEP])
        if len(piece) >= count:
            return at - pending + len(piece[:count].encode())
        count -= len(piece)
        at += _DECODE_STEP
    return len(view)


#: how far into a script the usual path looks for the mark of structured data, in characters
_KEPT_SCRIPT_WINDOW = 4096 + 200


def _is_kept_script(view: memoryview, start: int, end: int) -> bool:
    opening = bytes(view[start:min(end, start + 4 * _KEPT_SCRIPT_WINDOW)]).decode("utf-8", "ignore")
    return _KEPT_SCRIPT.search(opening, 0, _KEPT_SCRIPT_WINDOW) is not None


def _bounded_end(data: bytes, chars: int) -> tuple[int, list[str]]:
    """Where the usual path would cut the page (:func:`.parse._bounded`: comments, styles and scripts but
    structured data dropped first), as an offset in ``data``, and its warnings."""
    if chars <= MAX_HTML_CHARS:
        return len(data), []
    view = memoryview(data)
    kept = dropped = 0
    budget = MAX_HTML_CHARS // 2
    cut: int | None = None
    pos = 0
    for match in _INERT_UTF8.finditer(data):
        stretch = _chars(view, pos, match.start())
        if cut is None and kept + stretch > MAX_HTML_CHARS:
            cut = _nth_char_offset(view, pos, MAX_HTML_CHARS - kept)
        kept += stretch
        size = _chars(view, match.start(), match.end())
        if match.group(1) and match.group(1).lower() == b"script" and size <= budget \
                and _is_kept_script(view, match.start(), match.end()):
            budget -= size
            if cut is None and kept + size > MAX_HTML_CHARS:
                cut = _nth_char_offset(view, match.start(), MAX_HTML_CHARS - kept)
            kept += size
        else:
            dropped += size
        pos = match.end()
    stretch = _chars(view, pos, len(data))
    if cut is None and kept + stretch > MAX_HTML_CHARS:
        cut = _nth_char_offset(view, pos, MAX_HTML_CHARS - kept)
    kept += stretch
    warnings = [f"page of {chars} characters: comments, styles and scripts dropped before the size bound"] \
        if dropped else []
    if cut is None:
        return len(data), warnings
    return cut, [*warnings, f"page cut to {MAX_HTML_CHARS} characters from {kept}"]


def _element_tags(data: bytes, start: int, end: int) -> Iterator[tuple[re.Match[bytes], bytes, str]]:
    """The tags of ``data[start:end]`` (none inside comments, scripts, styles): each with its lower-cased
    name and ``open``, ``close`` or ``other`` (a tag that does not nest, as :mod:`.prepass` counts them)."""
    for match in _TAGS_UTF8.finditer(data, start, end):
        closing, name, self_closed = match.groups()
        if name is None:
            continue
        name = name.lower()
        if name in _UNCOUNTED_UTF8 or (self_closed and name not in _SLASH_IGNORED_UTF8):
            yield match, name, "other"
        else:
            yield match, name, "close" if closing else "open"


class _Nesting:
    """The open elements of a scan: a closing tag closes the nearest open element of its name and those
    opened inside it; a stray one closes nothing."""

    def __init__(self) -> None:
        self.stack: list[_Open] = []
        self._names: dict[bytes, int] = {}

    def open(self, element: _Open) -> None:
        self.stack.append(element)
        self._names[element.name] = self._names.get(element.name, 0) + 1

    def close(self, name: bytes) -> Iterator[_Open]:
        """The elements a closing tag of ``name`` closes, innermost first (each off the stack when given)."""
        while self._names.get(name):
            element = self.stack.pop()
            self._names[element.name] -= 1
            yield element
            if element.name == name:
                return


def _find_region(data: bytes, end: int, limits: Limits) -> _Region | None:
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
        if weight > best_weight and element.name not in _UNSPLIT and data[element.tag_end - 1] == ord(">"):
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


def _document_region(data: bytes, end: int, limits: Limits) -> _Region | None:
    """The whole document as the region, for pages whose paragraphs stand under ``<body>`` itself."""
    body = re.search(rb"<body\b[^>]{0,4096}>", data[:min(end, 1 << 20)], re.I)
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


def _cuts(data: bytes, region: _Region, limits: Limits) -> list[int]:
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


def _wrapper(data: bytes, region: _Region) -> bytes:
    """The opening tags a chunk of the region's children is parsed under, the region's own marked."""
    if not region.element:
        return b""
    opening = b"".join(data[start:end] for start, end in region.ancestors)
    return (opening + data[region.start:region.name_end] + _CHUNK_MARK
            + data[region.name_end:region.inner_start])


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
    cleaned = clean_paragraphs([p for p in paragraphs if p not in captions])
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
            elif node.tag == "img" and (found := _photo_source(node.attributes)) is not None:
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
        tree = LexborHTMLParser(elision.wrapper + elision.data[start:end])
        tree.raw_html = b""
        container = _chunk_container(tree, elision.element)
        if container is not None:
            skip = link_boxes(container) if links else frozenset()
            middle.paragraphs += read_paragraphs(container, drop, skip=skip)
            middle.images += read_images(container, base_url, caption_selectors)
            middle.captions |= caption_texts(container)
        del container, tree
    return middle


def _chunk_container(tree: LexborHTMLParser, element: bool) -> LexborNode | None:
    return tree.css_first("[data-sinmun-chunk]") if element else tree.body
