"""노컷뉴스 (www.nocutnews.co.kr): the article page (``/news/<id>``) as served in 2025-2026, and the 2015 one.

Layout (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): ``.sub_group strong`` names the section; the headline is ``.h_info h1`` and
the subtitle ``h3.news-h3`` (``<br>`` lines); the byline list ``.bl_b`` holds the reporter
(``li.email span``, "CBS노컷뉴스 홍길동 기자") and, in its second item, the unlabelled send time
("2026-01-06 14:51"). The text is the bare text runs of ``div#pnlContent`` split by ``<br>``,
with ``.news-image`` / ``.fr-img-space-wrap`` photos (caption ``.fr-inner``), ``div#div…`` ad
boxes and floating banners.

Version ``2015`` (same URLs; facts from the public just-news article reader's 노컷뉴스 implementation,
whose selectors stayed those of its first version, 2015-07-08, until they were changed for the next
layout on 2019-02-18 ("Fix parsing bugs for nocutnews.co.kr")): ``.reporter_info`` holds the headline
``h2``, the reporter (``.email span``, its e-mail in the ``title`` of ``.email a``) and the send time
(the first ``ul li``'s ``span``: "2017-05-02 10:00"); the subtitle is ``.viewbox h3``; the text is
``#pnlContent``, with the ``.relatednews`` box inside. Dated 2015-07-08 to 2019-02-17. (The layout
the reader read from 2019-02-18, ``.h_info h2``, carries the current layout's markers too, so it is
not told apart here.)
"""
from datetime import date

from .base import SiteProfile

#: the layout is attested on January 2026 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2026-01"

CURRENT = SiteProfile(
    name="nocutnews",
    hosts=("www.nocutnews.co.kr",),
    markers=(('id="pnlContent"', "h_info"),),
    press="노컷뉴스",
    title=(".h_info h1", "meta[property='og:title']@content"),
    subtitle=("h3.news-h3",),
    body=("div#pnlContent",),
    drop=(".news-image", ".fr-img-space-wrap", "div[id^='div']", ".floating", "table", "script", "iframe"),
    published=(".bl_b li:nth-of-type(2)", "meta[property='article:published_time']@content"),
    byline=(".bl_b li.email span",),
    section=(".sub_group strong",),
    caption=(".fr-inner", "figcaption"),
)

V2015 = SiteProfile(
    name="nocutnews",
    version="2015",
    hosts=("www.nocutnews.co.kr",),
    markers=(('id="pnlContent"', "reporter_info"),),
    valid_from=date(2015, 7, 8),
    valid_until=date(2019, 2, 17),
    press="노컷뉴스",
    title=(".reporter_info h2", "meta[property='og:title']@content"),
    subtitle=(".viewbox h3",),
    body=("#pnlContent",),
    drop=(".relatednews", "script", "iframe"),
    published=(".reporter_info ul li:first-child span",),
    byline=(".reporter_info .email span",),
    reporter_email=(".reporter_info .email a@title",),
)

PROFILES = [CURRENT, V2015]
