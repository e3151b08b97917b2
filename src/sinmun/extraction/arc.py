"""Arc XP (Fusion) pages: the story as ANS JSON in ``Fusion.globalContent=...;``.

Arc XP sites often ship no server-rendered article: ``div#fusion-app`` holds a placeholder
and the story lives in the embedded ANS document. ``content_elements`` give the paragraphs
(``text``, ``header``, ``list``, ``quote``) and the images with their captions; ``credits.by``
the reporters; ``taxonomy`` the section; ``created_date`` / ``last_updated_date`` the dates.
:func:`read_story` turns it into an :class:`~sinmun.extraction.story.EmbeddedStory`, one of the
embedded-story readers the field resolvers consult (:data:`sinmun.extraction.fields.EMBEDDED_READERS`).

ANS from the wild may break its schema anywhere (a string where an object belongs, a list where a
string belongs). Every value is read through a shape check (:func:`_dict`, :func:`_list`, :func:`_str`),
so reading never fails, and :func:`story_problems` lists the parts whose shape is wrong
(``EmbeddedStory.malformed``): the resolvers ignore such a story and say so in a warning.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from ..article import Image, Reporter
from .clean import add_reporter, find_reporters, normalize_space
from .parse import Page
from .story import EmbeddedStory

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
#: how deep quotes and boxes may nest inside each other before the rest is ignored
MAX_NESTING = 16


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


def _dict(value: Any) -> dict[str, Any]:
    """``value`` if it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _walk(elements: list[Any], depth: int = 0) -> Iterator[dict[str, Any]]:
    for element in elements:
        if not isinstance(element, dict):
            continue
        if element.get("type") in NESTED_TYPES and isinstance(element.get("content_elements"), list):
            if depth < MAX_NESTING:
                yield from _walk(element["content_elements"], depth + 1)
        else:
            yield element


def ans_paragraphs_and_images(story: dict[str, Any]) -> tuple[list[str], list[Image]]:
    """Body paragraphs and images, in reading order, from the story's ``content_elements``."""
    paragraphs: list[str] = []
    images: list[Image] = []
    for element in _walk(_list(story.get("content_elements"))):
        kind = element.get("type")
        if kind in TEXT_TYPES or kind == "list":
            paragraphs += [text for text in map(_plain, _element_texts(element)) if text]
        elif kind == "image" or kind == "gallery":
            images += _element_images(element)
    return paragraphs, images


def _element_texts(element: dict[str, Any]) -> list[str]:
    """The raw texts of a text or header element (its ``content``) or of a list (its items')."""
    if element.get("type") != "list":
        return [_str(element.get("content"))]
    return [_str(_dict(item).get("content")) for item in _list(element.get("items"))]


def _element_images(element: dict[str, Any]) -> list[Image]:
    """The image of an image element, the images of a gallery."""
    members = [element] if element.get("type") == "image" else _list(element.get("content_elements"))
    return [_image(m) for m in members
            if isinstance(m, dict) and m.get("type") == "image" and isinstance(m.get("url"), str)]


def _image(element: dict[str, Any]) -> Image:
    caption = _plain(_str(element.get("caption"))) or None
    alt = _plain(_str(element.get("alt_text"))) or None
    width = element.get("width")
    return Image(url=element["url"], caption=caption, alt=alt,
                 width=width if isinstance(width, int) and not isinstance(width, bool) else None)


def ans_reporters(story: dict[str, Any]) -> list[Reporter]:
    """Reporters from ``credits.by``: the Korean byline ("홍길동 기자", "스포츠가상 = 김철수 기자")
    and e-mail of each author. ANS ``name`` is often in western order ("길동 홍"), so the byline wins."""
    found: list[Reporter] = []
    for author in _list(_dict(story.get("credits")).get("by")):
        if not isinstance(author, dict):
            continue
        original = _dict(_dict(author.get("additional_properties")).get("original"))
        email = _str(original.get("email")) or None
        names = _author_names(_str(original.get("byline")) or _str(author.get("byline")), _str(author.get("name")))
        for i, reporter_name in enumerate(names):
            add_reporter(found, reporter_name, email if i == len(names) - 1 else None)
    return found


def _author_names(byline: str, name: str) -> list[str]:
    """The names of a byline; else the bare author name, when it is a person's and not an organisation's."""
    names = [r.name for r in find_reporters(byline)]
    name = normalize_space(name)
    if not names and _PERSON_NAME.match(name) and not name.endswith(_ORGANISATION_END):
        names = [name]
    return names


#: the shapes of the ANS parts sinmun reads: dotted path -> type (a part absent or empty is no problem)
_STORY_SHAPE: dict[str, type] = {
    "headlines": dict, "headlines.basic": str, "subheadlines": dict, "subheadlines.basic": str,
    "credits": dict, "credits.by": list, "taxonomy": dict, "taxonomy.primary_section": dict,
    "taxonomy.primary_section.name": str}
_AUTHOR_SHAPE: dict[str, type] = {
    "name": str, "byline": str, "additional_properties": dict, "additional_properties.original": dict,
    "additional_properties.original.byline": str}
_IMAGE_SHAPE: dict[str, type] = {"caption": str, "alt_text": str}
_ELEMENT_SHAPE: dict[str, type] = {"items": list, "content_elements": list}


def _at(value: Any, path: str) -> Any:
    for key in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def _shape_problems(value: dict[str, Any], shape: dict[str, type], where: str) -> list[str]:
    return [f"{where}{path} is not a {kind.__name__}" for path, kind in shape.items()
            if (found := _at(value, path)) and not isinstance(found, kind)]


def story_problems(story: dict[str, Any]) -> list[str]:
    """The parts of an ANS story whose shape is not the schema's (empty for a well-formed story)."""
    problems = _shape_problems(story, _STORY_SHAPE, "")
    for author in _list(_at(story, "credits.by")):
        if isinstance(author, dict):
            problems += _shape_problems(author, _AUTHOR_SHAPE, "credits.by[].")
    for element in _walk(_list(story.get("content_elements"))):
        members = _list(element.get("content_elements")) if element.get("type") == "gallery" else [element]
        problems += _shape_problems(element, _ELEMENT_SHAPE, "content_elements[].")
        problems += [p for m in members if isinstance(m, dict) and m.get("type") == "image"
                     for p in _shape_problems(m, _IMAGE_SHAPE, "content_elements[].image.")]
    return problems


def read_story(page: Page) -> EmbeddedStory | None:
    """The page's embedded ANS story as an :class:`EmbeddedStory`, or None when it has none.

    Values are as the story writes them (dates unparsed, paragraphs uncleaned); a document whose
    ``type`` is not ``story`` (a gallery, a video page) is not an article story. Parts of the wrong
    shape are left out and listed in ``malformed``.
    """
    story = read_ans(page.html)
    if story is None or story.get("type", "story") != "story":
        return None
    paragraphs, images = ans_paragraphs_and_images(story)
    return EmbeddedStory(
        source="arc",
        title=normalize_space(_str(_dict(story.get("headlines")).get("basic"))) or None,
        subtitle=normalize_space(_str(_dict(story.get("subheadlines")).get("basic"))) or None,
        published=_str(story.get("created_date")) or _str(story.get("first_publish_date")) or None,
        updated=_str(story.get("last_updated_date")) or None,
        section=normalize_space(_str(_dict(_dict(story.get("taxonomy")).get("primary_section")).get("name"))) or None,
        canonical_url=_str(story.get("canonical_url")) or None,
        reporters=ans_reporters(story),
        paragraphs=paragraphs,
        images=images,
        malformed=story_problems(story),
    )
