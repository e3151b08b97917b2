"""Stage 3: page metadata from structured data (JSON-LD), meta tags and links.

Collects what the page declares about itself; :mod:`sinmun.extract` weighs it against
what the site profile and the visible text say.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import Any, TypedDict

from selectolax.lexbor import LexborHTMLParser, LexborNode

_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
                  "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "webpage", "videoobject"}


class Author(TypedDict):
    """A person the page names as its author (JSON-LD ``author`` or an author meta tag)."""

    name: str
    email: str | None


@dataclass
class PageMeta:
    """What a page declares about itself in machine-readable form."""

    title: str | None = None
    headline: str | None = None
    description: str | None = None
    site_name: str | None = None
    publisher: str | None = None
    published: str | None = None
    updated: str | None = None
    authors: list[Author] = field(default_factory=list)
    section: str | None = None
    canonical_url: str | None = None
    language: str | None = None
    image: str | None = None
    article_body: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    ld_type: str | None = None


def read_meta(tree: LexborHTMLParser) -> PageMeta:
    out = PageMeta()
    meta: dict[str, str] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        value = attrs.get("content")
        if key and value and value.strip():
            value = html.unescape(value.strip()) if "&" in value else value.strip()
            meta.setdefault(key.strip().lower(), value)
    out.meta = meta
    _apply_json_ld(tree, out)
    out.title = _first(meta, "og:title", "twitter:title", "title") or out.headline
    title_node = tree.css_first("title")
    if title_node is not None and not out.title:
        out.title = title_node.text(strip=True) or None
    out.description = _first(meta, "og:description", "description", "twitter:description") or out.description
    out.site_name = _first(meta, "og:site_name", "application-name", "twitter:site")
    out.published = out.published or _first(meta, "article:published_time", "og:article:published_time",
                                             "og:regdate", "datepublished", "pubdate", "publishdate",
                                             "dable:published_time", "date", "dc.date", "ptime", "nv:news:date")
    out.updated = out.updated or _first(meta, "article:modified_time", "og:article:modified_time", "og:updated_time",
                                        "datemodified", "article:modified", "lastmod", "utime", "dable:modified_time")
    out.section = out.section or _first(meta, "article:section", "og:article:section", "dable:section", "section")
    for key in ("dable:author", "article:author", "author", "byl", "og:article:reporter", "reporter"):
        value = meta.get(key)
        if value and not value.startswith("http"):
            out.authors.append({"name": value, "email": None})
    link = tree.css_first("link[rel='canonical']")
    out.canonical_url = (link.attributes.get("href") if link is not None else None) or meta.get("og:url")
    html_node = tree.css_first("html")
    if html_node is not None:
        out.language = html_node.attributes.get("lang") or None
    out.image = out.image or meta.get("og:image")
    return out


def _first(meta: dict[str, str], *keys: str) -> str | None:
    for key in keys:
        if meta.get(key):
            return meta[key]
    return None


def _apply_json_ld(tree: LexborHTMLParser, out: PageMeta) -> None:
    for node in tree.css("script[type='application/ld+json']"):
        for item in _ld_items(node):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds] if kinds else []
            kinds = {str(k).lower() for k in kinds}
            if not kinds & _ARTICLE_TYPES:
                continue
            if out.ld_type and "webpage" in kinds:
                continue
            out.ld_type = next(iter(kinds))
            out.headline = out.headline or _text(item.get("headline") or item.get("name"))
            out.published = out.published or _text(item.get("datePublished") or item.get("uploadDate"))
            out.updated = out.updated or _text(item.get("dateModified"))
            out.description = out.description or _text(item.get("description"))
            out.section = out.section or _text(item.get("articleSection"))
            out.article_body = out.article_body or _text(item.get("articleBody"))
            publisher = item.get("publisher")
            if isinstance(publisher, list):
                publisher = publisher[0] if publisher else None
            if isinstance(publisher, dict):
                out.publisher = out.publisher or _text(publisher.get("name"))
            elif isinstance(publisher, str):
                out.publisher = out.publisher or publisher
            out.authors.extend(_ld_people(item.get("author")))
            image = item.get("image")
            if isinstance(image, list):
                image = image[0] if image else None
            if isinstance(image, dict):
                image = image.get("url")
            if isinstance(image, str):
                out.image = out.image or image


_JS_COMMENT = re.compile(r'"(?:\\.|[^"\\])*"|//[^\n]*|/\*.*?(?:\*/|\Z)', re.S)
MAX_LD_JSON = 2_000_000


def _ld_items(node: LexborNode) -> list[dict[str, Any]]:
    raw = (node.text(deep=True) or "")[:MAX_LD_JSON]
    try:
        data = json.loads(raw, strict=False)
    except RecursionError:
        return []
    except ValueError:
        # Sites write JSON-LD with // comments and trailing commas; forgive both.
        relaxed = _JS_COMMENT.sub(lambda m: m.group(0) if m.group(0).startswith('"') else "", raw)
        relaxed = re.sub(r",\s*([}\]])", r"\1", relaxed)
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
