"""문화일보 (www.munhwa.com): the article page as served in 2025-2026 (``/article/<id>``), and the older
``/news/view.html`` table page.

Version ``current`` (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): the section links are ``.section-title a.depth1`` / ``a.depth2``; the headline
is ``h1.title``; ``.byline`` holds the reporter (``.writer span a``, the bare name, followed by
the title such as 기자/선임기자) and ``.date-publish`` ("입력 2026-01-05 23:24"), next to the update
time (its class, ``.date-update``, is this profile's assumption); the summary lines are
``.article-subtitle p``. The text is the ``p.text-l`` paragraphs of ``#article-body``,
with ``.article-photo-wrap`` photos (``figure.article-img img``, caption
``figcaption.caption``) between them.

Version ``2015`` (``/news/view.html?no=<yyyymmdd><n>``; facts from the public just-news article reader's
문화일보 implementation and URL pattern, whose selectors stayed the same from its first version,
2015-07-08, to its move to TypeScript on 2019-02-15): a table page. The headline is ``.title`` and the
subtitle the first ``.sub_title``; the publication day sits in the second cell of the table two tables
before the headline's ("게재 일자 : 2018년 03월 05일"); the text is ``#NewsAdContent``, with the
``.article_msn_ad`` ad inside. Dated by those two days, the span the reader's selectors are attested for.
"""
from datetime import date

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

#: the table two tables before the headline's holds the publication day in its second cell
V2015_DAY = "table:has(+ table + table .title) td:nth-child(2)"

V2015 = SiteProfile(
    name="munhwa",
    version="2015",
    hosts=("www.munhwa.com", "munhwa.com"),
    markers=(('id="NewsAdContent"', "sub_title"),),
    valid_from=date(2015, 7, 8),
    valid_until=date(2019, 2, 15),
    press="문화일보",
    title=(".title", "meta[property='og:title']@content"),
    subtitle=(".sub_title",),
    body=("#NewsAdContent",),
    drop=(".article_msn_ad", "script", "iframe"),
    published=(V2015_DAY,),
)

PROFILES = [CURRENT, V2015]
