"""The article text as the body sources offer it: the page's body container, or an embedded story.

Each is read, cleaned of boilerplate (:func:`sinmun.extraction.clean.clean_paragraphs`) and returned
as a :class:`BodyText`, which also keeps what the cleaning found (reporters of byline lines, the
copyright notice) and every line it removed, with the rule that removed it.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from ..article import Image, Reporter
from .clean import Cleaned, clean_paragraphs
from .content import (TextBlocks, caption_texts, find_body_node, hidden_body_parts, inline_captions, link_boxes,
                      read_images, read_paragraphs, reads_as_nothing, widen_body)
from .fallback import in_other_region, lists_beside, page_story, wider_body
from .parse import Page
from .trailing import drop_leading_labels, drop_trailing_labels
from .story import EmbeddedStory
from .widgets import summary_boxes, summary_label, widget_boxes
from ..sites.base import SiteProfile

#: the rule name of a paragraph dropped because it repeats an image caption
CAPTION_RULE = "caption"


@dataclass
class BodyText:
    """Cleaned paragraphs and images of one body source."""

    paragraphs: list[str]
    images: list[Image]
    cleaned: Cleaned
    #: paragraphs dropped before cleaning because they are image captions
    captions: list[str] = field(default_factory=list)
    #: how the container was found: 'profile', 'markup', 'scoring', 'body', or the story reader's name
    method: str = "profile"
    warnings: list[str] = field(default_factory=list)

    @property
    def copyright(self) -> str | None:
        return self.cleaned.copyright

    @property
    def reporters(self) -> list[Reporter]:
        """Reporters named in the lines cleaning removed (bylines, a byline glued to the last paragraph)."""
        return self.cleaned.reporters

    @property
    def removed(self) -> list[tuple[str, str]]:
        """Every line that left the body, with the rule's name: captions first, then the cleaner's."""
        return [(line, CAPTION_RULE) for line in self.captions] + list(zip(self.cleaned.removed,
                                                                           self.cleaned.removed_rules))


def read_page_body(page: Page, profile: SiteProfile | None, base_url: str | None) -> BodyText | None:
    """The body container of the page (the profile's, else the generic one), or None when there is none."""
    selectors = profile.body if profile else ()
    seen: dict[str, TextBlocks] = {}
    node, method = find_body_node(page.tree, selectors, seen=seen)
    if node is None:
        return None
    drop = profile.drop if profile else ()
    parts, paragraphs = _read_generic(page, node, method, drop, seen.get("blocks"))
    images = _page_images(page, profile, parts, base_url)
    captions = set().union(*(caption_texts(part) for part in parts)) | {i.caption for i in images if i.caption}
    cleaned = cleaned_body(paragraphs, captions, method)
    body = BodyText(cleaned.paragraphs, images, cleaned, [p for p in paragraphs if p in captions], method)
    body.warnings = _body_warnings(profile, method)
    return body


def _read_parts(node: LexborNode, method: str, drop: tuple[str, ...]) -> tuple[list[LexborNode], list[str]]:
    """The body's parts (the profile's container, or the generic one widened) and their paragraphs;
    a generic container that reads as almost nothing is read where its text is hidden."""
    if method == "profile":
        return [node], _without_summary_boxes([node], read_paragraphs(node, drop), drop)
    parts = widen_body(node)
    paragraphs = [p for part in parts for p in read_paragraphs(part, drop, skip=_skipped_boxes(part))]
    paragraphs = _without_summary_boxes(parts, paragraphs, drop, _skipped_boxes)
    if reads_as_nothing(node, paragraphs):
        hidden = hidden_body_parts(node)
        found = [p for part in hidden for p in read_paragraphs(part, drop)]
        if sum(map(len, found)) > sum(map(len, paragraphs)):
            return hidden, found
    return parts, paragraphs


def cleaned_body(paragraphs: list[str], captions: set[str], method: str) -> Cleaned:
    """The body's paragraphs without its captions, cleaned; a generic body also loses the widget labels at its
    ends (:mod:`.trailing`)."""
    cleaned = clean_paragraphs([p for p in paragraphs if p not in captions])
    if method != "profile":
        drop_trailing_labels(cleaned)
        drop_leading_labels(cleaned)
    return cleaned


def _without_summary_boxes(parts: list[LexborNode], paragraphs: list[str], drop: tuple[str, ...],
                           skipped: Callable[[LexborNode], frozenset[int]] | None = None) -> list[str]:
    """The paragraphs read again without the summary boxes (``AI 요약`` …: :func:`.widgets.summary_boxes`), and what
    ``skipped`` skips in each part, when one of them is such a box's label; else as they are."""
    if not any(summary_label(p) for p in paragraphs):
        return paragraphs
    boxes = [summary_boxes(part) | (skipped(part) if skipped else frozenset()) for part in parts]
    return [p for part, skip in zip(parts, boxes) for p in read_paragraphs(part, drop, skip=skip)]


def _skipped_boxes(part: LexborNode) -> frozenset[int]:
    """What the generic reader skips inside a body part: boxes of links, widgets, captions set inline."""
    return link_boxes(part) | widget_boxes(part) | inline_captions(part)


def _read_generic(page: Page, node: LexborNode, method: str, drop: tuple[str, ...],
                  text_blocks: TextBlocks | None) -> tuple[list[LexborNode], list[str]]:
    """The parts and paragraphs of the body: of the page's own story when a scored body lies in
    another of a row of stories (:func:`sinmun.extraction.fallback.page_story`), else of the body
    with a second look (:func:`_second_look`)."""
    story = page_story(page.tree, node) if method == "scoring" else None
    if story is not None:
        return _read_parts(story, method, drop)
    return _second_look(page, node, method, _read_parts(node, method, drop), drop, text_blocks)


def _second_look(page: Page, node: LexborNode, method: str, read: tuple[list[LexborNode], list[str]],
                 drop: tuple[str, ...], text_blocks: TextBlocks | None) -> tuple[list[LexborNode], list[str]]:
    """A scored body, or one found by its markup in a sidebar, read again wider when it holds little
    of the page's prose (:func:`sinmun.extraction.fallback.wider_body`); else a scored body with the
    lists and tables beside it (:func:`sinmun.extraction.fallback.lists_beside`)."""
    if method == "scoring" or (method == "markup" and in_other_region(node)):
        wider = wider_body(page.tree, read[0], read[1], drop, text_blocks)
        if wider is not None:
            return wider
    if method == "scoring":
        return read[0], lists_beside(read[0], read[1], drop) or read[1]  # the images stay the body's
    return read


def _body_warnings(profile: SiteProfile | None, method: str) -> list[str]:
    warnings = []
    if profile is not None and profile.body and method != "profile":
        warnings.append(f"profile {profile.name}/{profile.version}: body selectors matched nothing; "
                        "generic path used")
    if method == "scoring":
        warnings.append("body found by content scoring")
    return warnings


def _page_images(page: Page, profile: SiteProfile | None, parts: list, base_url: str | None) -> list[Image]:
    """The images of the body parts; a profile's lead-image containers first."""
    caption_selectors = profile.caption if profile else ()
    images = _unique_images([i for part in parts for i in read_images(part, base_url, caption_selectors)])
    if profile and profile.lead_images:
        lead = [i for s in profile.lead_images for n in page.tree.css(s)
                for i in read_images(n, base_url, caption_selectors)]
        lead_urls = {x.url for x in lead}
        images = lead + [i for i in images if i.url not in lead_urls]
    return images


def _unique_images(images: list[Image]) -> list[Image]:
    """The first of each image URL (a split body's parts may show the same photo)."""
    unique: dict[str, Image] = {}
    for image in images:
        unique.setdefault(image.url, image)
    return list(unique.values())


def read_story_body(story: EmbeddedStory | None) -> BodyText | None:
    """The embedded story's text, cleaned; None when nothing of it is left."""
    if story is None:
        return None
    cleaned = clean_paragraphs(story.paragraphs)
    if not cleaned.paragraphs:
        return None
    return BodyText(cleaned.paragraphs, list(story.images), cleaned, method=story.source)
