"""Stage 3: page metadata from structured data (JSON-LD), meta tags and links.

Collects what the page declares about itself, each kind apart (:class:`LinkedData` for JSON-LD,
:attr:`PageMeta.tags` for meta tags), so that the field resolvers (:mod:`sinmun.extraction.fields`)
can weigh each as its own source against what the site profile and the visible text say.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import Any, TypedDict

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .parse import Page, first_canonical_link

_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
                  "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "webpage", "videoobject"}
#: meta tag names, in precedence order, for each thing a page may declare in its head.
PUBLISHED_TAGS = ("article:published_time", "og:article:published_time", "og:regdate", "datepublished", "pubdate",
                  "publishdate", "dable:published_time", "date", "dc.date", "ptime", "nv:news:date",
                  "og:published_time", "dcterms.date", "dc.date.issued", "dcterms.issued", "sailthru.date",
                  "parsely-pub-date")
UPDATED_TAGS = ("article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified",
                "article:modified", "lastmod", "utime", "dable:modified_time")
SECTION_TAGS = ("article:section", "og:article:section", "dable:section", "section")
AUTHOR_TAGS = ("dable:author", "article:author", "author", "byl", "og:article:reporter", "reporter",
               "nextweb:reporter", "og:article:author", "dc.creator", "dc:creator")


class Author(TypedDict):
    """A person the page names as its author (JSON-LD ``author`` or an author meta tag)."""

    name: str
    email: str | None


@dataclass
class LinkedData:
    """What the page's JSON-LD article object says (the first article-like object wins each value)."""

    type: str | None = None
    headline: str | None = None
    published: str | None = None
    updated: str | None = None
    description: str | None = None
    section: str | None = None
    article_body: str | None = None
    publisher: str | None = None
    authors: list[Author] = field(default_factory=list)
    image: str | None = None


@dataclass
class PageMeta:
    """What a page declares about itself in machine-readable form."""

    #: meta tags by lower-cased ``property``/``name``/``itemprop``: the first value of each
    tags: dict[str, str] = field(default_factory=dict)
    ld: LinkedData = field(default_factory=LinkedData)
    #: ``<link rel=canonical>``
    canonical_link: str | None = None
    #: ``<html lang>``
    language: str | None = None
    #: ``<title>``
    title_tag: str | None = None

    def tag(self, *keys: str) -> str | None:
        """The first of these meta tags the page has."""
        return next((self.tags[k] for k in keys if self.tags.get(k)), None)

    @property
    def site_name(self) -> str | None:
        return self.tag("og:site_name", "application-name", "twitter:site")

    @property
    def canonical_url(self) -> str | None:
        return self.canonical_link or self.tags.get("og:url")

    @property
    def tag_authors(self) -> list[Author]:
        return [{"name": v, "email": None} for k in AUTHOR_TAGS if (v := self.tags.get(k)) and not v.startswith("http")]

    @property
    def authors(self) -> list[Author]:
        """JSON-LD authors, then the author meta tags."""
        return self.ld.authors + self.tag_authors


def read_meta(page: Page | LexborHTMLParser) -> PageMeta:
    """What the page declares about itself. Given the :class:`~sinmun.extraction.parse.Page`, its meta and
    script elements are the ones it collected once for every reader."""
    tree = page.tree if isinstance(page, Page) else page
    metas = page.meta_attributes if isinstance(page, Page) else [node.attributes for node in tree.tags("meta")]
    scripts = page.scripts if isinstance(page, Page) else tree.tags("script")
    out = PageMeta(tags=_read_tags(metas), ld=_read_json_ld(scripts))
    link = page.canonical_link if isinstance(page, Page) else first_canonical_link(tree)
    out.canonical_link = link.attributes.get("href") if link is not None else None
    html_node = tree.root  # the document element, <html>, which the parser always makes
    if html_node is not None:
        out.language = html_node.attributes.get("lang") or None
    title_node = tree.css_first("title")
    if title_node is not None:
        out.title_tag = title_node.text(strip=True) or None
    return out


def _read_tags(metas: list[dict[str, str | None]]) -> dict[str, str]:
    """Each meta key's first value, from the meta elements' attributes (read once for every reader)."""
    tags: dict[str, str] = {}
    for attrs in metas:
        value = (attrs.get("content") or "").strip()
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop")) if value else None
        if not key:
            continue
        key = key.strip().lower()
        if key not in tags:  # (a key the page gave before keeps its first value)
            tags[key] = html.unescape(value) if "&" in value else value
    return tags


def _read_json_ld(scripts: list[LexborNode]) -> LinkedData:
    out = LinkedData()
    for node in scripts:  # (the tag collection: quicker than a CSS walk of the whole tree)
        if (node.attributes.get("type") or "").lower() != "application/ld+json":  # as CSS: any case
            continue
        for item in _ld_items(node):
            kinds = _ld_kinds(item)
            if not kinds & _ARTICLE_TYPES or (out.type and "webpage" in kinds):
                continue
            out.type = next(iter(kinds))
            _fill_from_item(out, item)
    return out


def _ld_kinds(item: dict[str, Any]) -> set[str]:
    kinds = item.get("@type")
    listed = kinds if isinstance(kinds, list) else [kinds] if kinds else []
    return {str(k).lower() for k in listed}


def _fill_from_item(out: LinkedData, item: dict[str, Any]) -> None:
    """Take from one JSON-LD article object what no earlier object gave."""
    # "headLine": a spelling some Korean CMSs write (뉴스1)
    out.headline = out.headline or _text(item.get("headline") or item.get("headLine") or item.get("name"))
    out.published = out.published or _text(item.get("datePublished") or item.get("uploadDate"))
    out.updated = out.updated or _text(item.get("dateModified"))
    out.description = out.description or _text(item.get("description"))
    out.section = out.section or _text(item.get("articleSection"))
    out.article_body = out.article_body or _text(item.get("articleBody"))
    out.publisher = out.publisher or _publisher_name(item.get("publisher"))
    out.authors.extend(_ld_people(item.get("author")))
    out.image = out.image or _image_url(item.get("image"))


def _first_of(value: Any) -> Any:
    """A JSON-LD value that may be a list: its first element."""
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _publisher_name(value: Any) -> str | None:
    publisher = _first_of(value)
    if isinstance(publisher, dict):
        return _text(publisher.get("name"))
    return publisher if isinstance(publisher, str) and publisher else None


def _image_url(value: Any) -> str | None:
    image = _first_of(value)
    if isinstance(image, dict):
        image = image.get("url")
    return image if isinstance(image, str) and image else None


#: a JSON string (kept: group 1) or a comment; the string's loop unrolled (one repeat of a class, not of a group)
_JS_COMMENT = re.compile(r'("[^"\\]*(?:\\.[^"\\]*)*")|//[^\n]*|/\*.*?(?:\*/|\Z)', re.S)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
MAX_LD_JSON = 2_000_000


def _ld_items(node: LexborNode) -> list[dict[str, Any]]:
    raw = (node.text(deep=True) or "")[:MAX_LD_JSON]
    try:
        data = json.loads(raw, strict=False)
    except RecursionError:
        return []
    except ValueError:
        # Sites write JSON-LD with // comments and trailing commas; forgive both.
        # (split keeps the strings and drops the comments, and the commas before a bracket, in C: no call per match)
        relaxed = "".join(filter(None, _JS_COMMENT.split(raw)))
        relaxed = "".join(_TRAILING_COMMA.split(relaxed))
        try:
            data = json.loads(relaxed, strict=False)
        except (ValueError, RecursionError):
            return []
    items: list[dict[str, Any]] = []
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(reversed(value))
        elif isinstance(value, dict):
            items.append(value)
            if "@graph" in value:
                stack.append(value["@graph"])
    return items


def _ld_people(value: Any) -> list[Author]:
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    people: list[Author] = []
    for person in values:
        if isinstance(person, dict):
            name = _text(person.get("name"))
            if name:
                people.append({"name": name, "email": _text(person.get("email"))})
        elif isinstance(person, str) and person.strip():
            people.append({"name": person.strip(), "email": None})
    return people


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None:
        return None
    text = " ".join(str(value).split())
    if "&" in text:
        text = html.unescape(text)
    return text or None
