"""The declarative shape of a site profile."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborHTMLParser, LexborNode

if TYPE_CHECKING:
    from ..extraction.resolve import Source

Selectors = tuple[str, ...]
#: a marker: one string, or several that must all be present.
Marker = str | tuple[str, ...]


@dataclass(frozen=True)
class SiteProfile:
    """Where one site (in one of its layouts) keeps each part of an article.

    Every selector field is a tuple of CSS selectors tried in order; ``"sel@attr"`` reads an
    attribute instead of the text. ``hosts`` match the page URL's host or a parent domain;
    ``markers`` identify the layout when no URL is known, and tell one ``version`` of a site
    from another: each is a string, or a tuple of strings that must all be present, and names
    markup only that layout has (an id, a class, a meta name), never a host name, which any
    page that links to the site contains.

    ``sources`` gives this layout its own order of sources for some fields (field name -> tuple of
    :class:`~sinmun.extraction.resolve.Source`), in place of the defaults of
    :data:`sinmun.extraction.fields.FIELD_RULES`; build it with ``fields.prefer`` (move sources to the
    front), ``fields.replace`` or ``fields.then`` (add the profile's own source after the defaults).
    """

    name: str
    hosts: tuple[str, ...]
    version: str = "current"
    markers: tuple[Marker, ...] = ()
    portal: str | None = None
    press: str | None = None
    title: Selectors = ()
    subtitle: Selectors = ()
    body: Selectors = ()
    #: containers outside the body whose images belong to the article (a lead photo).
    lead_images: Selectors = ()
    drop: Selectors = ()
    published: Selectors = ()
    #: a header line holding labelled times (``입력 … 수정 …``); read when the slots below find nothing.
    date_line: Selectors = ()
    updated: Selectors = ()
    byline: Selectors = ()
    reporter_email: Selectors = ()
    section: Selectors = ()
    press_name: Selectors = ()
    copyright: Selectors = ()
    comment_count: Selectors = ()
    caption: Selectors = ()
    paragraph: str | None = None
    #: this layout's own source order for some fields (what the selectors cannot express)
    sources: Mapping[str, tuple[Source, ...]] = field(default_factory=dict, compare=False)
    #: the first and last day this layout was served (inclusive; None: open-ended). When several layouts of a
    #: site fit a page, :func:`sinmun.sites.match` takes the one in use on the page's date (like fundus's VALID_UNTIL).
    valid_from: date | None = None
    valid_until: date | None = None

    def in_use_on(self, day: date) -> bool:
        """Whether this layout was served on ``day`` (an open end contains every day on its side)."""
        starts_before = self.valid_from is None or self.valid_from <= day
        return starts_before and (self.valid_until is None or day <= self.valid_until)

    def matches_markup(self, html_head: str) -> bool:
        return any(marker in html_head if isinstance(marker, str) else all(m in html_head for m in marker)
                   for marker in self.markers)


def select_first(tree: LexborHTMLParser | LexborNode, selectors: Selectors) -> str | None:
    """The first non-empty text (or ``@attr`` value) that one of ``selectors`` finds.

    The selector's first node is looked for first (the walk of the tree stops there); only when it
    reads empty are all its nodes listed."""
    for selector in selectors:
        selector, _, attr = selector.partition("@")
        first = tree.css_first(selector)
        if first is None:
            continue
        value = _value(first, attr)
        if value:
            return value
        for node in tree.css(selector)[1:]:
            value = _value(node, attr)
            if value:
                return value
    return None


def _value(node: LexborNode, attr: str) -> str | None:
    """The node's text (or ``attr`` value), white space made single and composed (NFC, as every text field is);
    None when it is empty."""
    value = node.attributes.get(attr) if attr else node.text(separator=" ", strip=True)
    if not value or not value.strip():
        return None
    value = " ".join(value.split())
    # composed as bylines.nfc composes (not imported: extraction's package imports this module while it loads)
    return value if value.isascii() or unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)


def select_all(tree: LexborHTMLParser | LexborNode, selectors: Selectors) -> list[str]:
    """The texts (or ``@attr`` values) of every node that the first selector finding any finds."""
    for selector in selectors:
        selector, _, attr = selector.partition("@")
        values = _values(tree.css(selector), attr)
        if values:
            return values
    return []


def select_all_seldom(tree: LexborHTMLParser | LexborNode, selectors: Selectors) -> list[str]:
    """:func:`select_all` for a long list that seldom matches (generic slots): one walk of the tree finds
    every node that any of the selectors matches, and :func:`select_all_among` tells them apart."""
    return select_all_among(tree.css(selector_list(selectors)), selectors)


def select_all_among(found: list[LexborNode], selectors: Selectors) -> list[str]:
    """:func:`select_all` over ``found``: the nodes, in document order, that one walk of the tree with a
    selector list holding all of ``selectors`` found (a node comes once for each selector it matches).

    Each selector's nodes are those of ``found`` it matches itself, as lexbor judges it (a node's
    ``css_first`` starts with the node, and the selector sees the node's ancestors), so the answer is
    :func:`select_all`'s without a walk of the whole tree for each selector."""
    if not found:
        return []
    distinct = list({node.mem_id: node for node in found}.values())
    for selector in selectors:
        selector, _, attr = selector.partition("@")
        values = _values([node for node in distinct if _matches_itself(node, selector)], attr)
        if values:
            return values
    return []


def _matches_itself(node: LexborNode, selector: str) -> bool:
    first = node.css_first(selector)
    return first is not None and first.mem_id == node.mem_id


def _values(nodes: list[LexborNode], attr: str) -> list[str]:
    """The non-empty texts (or ``attr`` values) of ``nodes``, white space made single."""
    return [value for node in nodes if (value := _value(node, attr))]


@lru_cache(maxsize=256)
def selector_list(selectors: Selectors) -> str:
    """The selectors as one CSS selector list (without their ``@attr`` parts)."""
    return ", ".join(s.partition("@")[0] for s in selectors)
