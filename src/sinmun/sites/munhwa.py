"""문화일보 (www.munhwa.com): the article page as served in 2025-2026 (``/article/<id>``).

Layout (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): the section links are ``.section-title a.depth1`` / ``a.depth2``; the headline
is ``h1.title``; ``.byline`` holds the reporter (``.writer span a``, the bare name, followed by
the title such as 기자/선임기자) and ``.date-publish`` ("입력 2026-01-05 23:24"), next to the update
time (its class, ``.date-update``, is this profile's assumption); the summary lines are
``.article-subtitle p``. The text is the ``p.text-l`` paragraphs of ``#article-body``,
with ``.article-photo-wrap`` photos (``figure.article-img img``, caption
``figcaption.caption``) between them.
"""
from .base import SiteProfile

#: the layout is attested on January 2026 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2026-01"

CURRENT = SiteProfile(
    name="munhwa",
    hosts=("www.munhwa.com",),
    markers=(("article-body", "text-l", "date-publish"),),
    press="문화일보",
    title=("h1.title", "meta[property='og:title']@content"),
    subtitle=(".article-subtitle p",),
    body=("#article-body",),
    drop=(".article-photo-wrap", ".article-subtitle", "div[class*='ad-']", "script"),
    published=(".byline .date-publish", "meta[property='article:published_time']@content"),
    updated=(".byline .date-update",),
    byline=(".byline .writer span a",),
    section=(".section-title a.depth1",),
    caption=("figcaption.caption", "figcaption"),
)

PROFILES = [CURRENT]
