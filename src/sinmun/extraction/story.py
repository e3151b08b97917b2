"""The shape every embedded-story reader returns (Arc ANS, Next.js ``__NEXT_DATA__``, Nuxt).

Script-rendered pages ship their article as JSON inside the page. Each reader
(:mod:`sinmun.extraction.arc`, :mod:`sinmun.extraction.nextdata`) turns its format into one
:class:`EmbeddedStory`; the field resolvers treat it as one source among the others. Values are
raw as the JSON gives them (texts whitespace-normalised, dates as written): cleaning and date
parsing happen in the resolvers like for every other source.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..article import Image, Reporter


@dataclass
class EmbeddedStory:
    """An article as a page's embedded JSON gives it."""

    #: which reader found it: "arc", "next", "nuxt", ...
    source: str
    title: str | None = None
    subtitle: str | None = None
    published: str | None = None
    updated: str | None = None
    section: str | None = None
    press: str | None = None
    canonical_url: str | None = None
    reporters: list[Reporter] = field(default_factory=list)
    #: body paragraphs in order, before boilerplate cleaning
    paragraphs: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    #: parts of the JSON whose shape was wrong (the reader left them out); such a story is not trusted
    malformed: list[str] = field(default_factory=list)
