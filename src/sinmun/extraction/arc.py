"""Arc XP (Fusion) pages: the story as ANS JSON in ``Fusion.globalContent=...;``.

Arc XP sites often ship no server-rendered article: ``div#fusion-app`` holds a placeholder
and the story lives in the embedded ANS document. ``content_elements`` give the paragraphs
(``text``, ``header``, ``list``, ``quote``) and the images with their captions; ``credits.by``
the reporters; ``taxonomy`` the section; ``created_date`` / ``last_updated_date`` the dates.
Used by the 조선일보 profile and, for any other page that carries such a document, by the
generic path.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from ..article import Article, Image, Reporter
from .clean import add_reporter, clean_paragraphs, find_reporters, normalize_space
from .dates import parse_date
from .parse import Page
from .urls import join_url

ANS_START = "Fusion.globalContent="
#: ANS element types whose ``content`` is article text, one paragraph each.
TEXT_TYPES = {"text", "header"}
#: ANS element types that hold further elements (quotes, boxes); their text counts as body.
NESTED_TYPES = {"quote", "blockquote"}
_BREAK = re.compile(r"<br\s*/?>", re.I)
#: a bare ANS author name that is a Korean personal name, not an organisation ("조선일보", "편집국").
_PERSON_NAME = re.compile(r"^[가-힣]{2,4}$")
_ORGANISATION_END = ("일보", "신문", "뉴스", "방송", "닷컴", "편집국", "취재팀", "특별취재팀", "기자단")
MAX_JSON_SCAN = 3_000_000


def read_ans(html: str) -> dict[str, Any] | None:
    """The story's ANS document from ``Fusion.globalContent=...``, or None."""
    start = html.find(ANS_START, 0, MAX_JSON_SCAN)
    if start < 0:
        return None
    try:
        story, _ = json.JSONDecoder(strict=False).raw_decode(html, start + len(ANS_START))
    except (ValueError, RecursionError):
        return None
    if not isinstance(story, dict) or not isinstance(story.get("content_elements"), list):
        return None
    return story


def _plain(markup: str) -> str:
    """ANS text may carry inline HTML (``<b>``, ``<a>``, ``<br/>``); keep its text only."""
    if "<" not in markup and "&" not in markup:
        return normalize_space(markup)
    markup = _BREAK.sub(" ", markup)
    root = LexborHTMLParser(f"<div>{markup}</div>").css_first("div")
    return normalize_space(root.text(separator="")) if root is not None else ""


def _walk(elements: list[Any]) -> Iterator[dict[str, Any]]:
    for element in elements:
        if not isinstance(element, dict):
            continue
        if element.get("type") in NESTED_TYPES and isinstance(element.get("content_elements"), list):
            yield from _walk(element["content_elements"])
        else:
            yield element


def ans_paragraphs_and_images(story: dict[str, Any]) -> tuple[list[str], list[Image]]:
    """Body paragraphs and images, in reading order, from the story's ``content_elements``."""
    paragraphs: list[str] = []
    images: list[Image] = []
    for element in _walk(story["content_elements"]):
        kind = element.get("type")
        if kind in TEXT_TYPES and isinstance(element.get("content"), str):
            text = _plain(element["content"])
            if text:
                paragraphs.append(text)
        elif kind == "list":
            for item in element.get("items") or []:
                if isinstance(item, dict) and isinstance(item.get("content"), str) and _plain(item["content"]):
                    paragraphs.append(_plain(item["content"]))
        elif kind == "image" and isinstance(element.get("url"), str):
            images.append(_image(element))
        elif kind == "gallery":
            images += [_image(e) for e in element.get("content_elements") or []
                       if isinstance(e, dict) and e.get("type") == "image" and isinstance(e.get("url"), str)]
    return paragraphs, images


def _image(element: dict[str, Any]) -> Image:
    caption = _plain(element.get("caption") or "") or None
    alt = _plain(element.get("alt_text") or "") or None
    width = element.get("width") if isinstance(element.get("width"), int) else None
    return Image(url=element["url"], caption=caption, alt=alt, width=width)


def ans_reporters(story: dict[str, Any]) -> list[Reporter]:
    """Reporters from ``credits.by``: the Korean byline ("홍길동 기자", "스포츠가상 = 김철수 기자")
    and e-mail of each author. ANS ``name`` is often in western order ("길동 홍"), so the byline wins."""
    found: list[Reporter] = []
    for author in (story.get("credits") or {}).get("by") or []:
        if not isinstance(author, dict):
            continue
        original = (author.get("additional_properties") or {}).get("original") or {}
        email = original.get("email") or None
        byline = original.get("byline") or author.get("byline") or ""
        names = [r.name for r in find_reporters(byline)]
        name = normalize_space(author.get("name") or "")
        if not names and _PERSON_NAME.match(name) and not name.endswith(_ORGANISATION_END):
            names = [name]
        for i, reporter_name in enumerate(names):
            add_reporter(found, reporter_name, email if i == len(names) - 1 else None)
    return found


def _when(value: Any) -> str | None:
    when = parse_date(value) if isinstance(value, str) else None
    return when.iso() if when else None


def apply_ans(page: Page, article: Article, site_url: str | None = None) -> None:
    """Rebuild the record from the embedded ANS story, when the page has one.

    ANS from the wild may break its schema anywhere (a string where an object belongs);
    such a story is ignored and the record keeps what the page itself gave.
    """
    try:
        _apply_ans(page, article, site_url)
    except (TypeError, AttributeError, ValueError, KeyError, RecursionError):
        article.warnings.append("embedded Arc story JSON is malformed; ignored")


def _apply_ans(page: Page, article: Article, site_url: str | None) -> None:
    story = read_ans(page.html)
    if story is None or story.get("type", "story") != "story":
        return
    paragraphs, images = ans_paragraphs_and_images(story)
    cleaned = clean_paragraphs(paragraphs)
    if cleaned.paragraphs:
        article.body_paragraphs = cleaned.paragraphs
        article.images = images
        article.copyright = cleaned.copyright or article.copyright
        article.boilerplate_removed = len(cleaned.removed)
        article.warnings = [w for w in article.warnings if w != "body found by content scoring"]
    title = normalize_space((story.get("headlines") or {}).get("basic") or "")
    article.title = title or article.title
    subtitle = normalize_space((story.get("subheadlines") or {}).get("basic") or "")
    article.subtitle = subtitle or article.subtitle
    reporters = ans_reporters(story)
    for reporter in cleaned.reporters:  # byline lines at the end of the text carry e-mails
        if not reporters or any(r.name == reporter.name for r in reporters):
            add_reporter(reporters, reporter.name, reporter.email)
    if reporters:
        article.reporters = reporters
    article.published = article.published or _when(story.get("created_date") or story.get("first_publish_date"))
    updated = _when(story.get("last_updated_date"))
    if updated and (not article.published or updated[:19] > article.published[:19]):
        article.updated = updated
    section = (story.get("taxonomy") or {}).get("primary_section") or {}
    article.section = normalize_space(section.get("name") or "") or article.section
    base = site_url or article.url
    if not article.canonical_url and isinstance(story.get("canonical_url"), str) and base:
        article.canonical_url = join_url(base, story["canonical_url"])
