"""노컷뉴스 (www.nocutnews.co.kr): the article page (``/news/<id>``) as served in 2025-2026.

Layout (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): ``.sub_group strong`` names the section; the headline is ``.h_info h1`` and
the subtitle ``h3.news-h3`` (``<br>`` lines); the byline list ``.bl_b`` holds the reporter
(``li.email span``, "CBS노컷뉴스 홍길동 기자") and, in its second item, the unlabelled send time
("2026-01-06 14:51"). The text is the bare text runs of ``div#pnlContent`` split by ``<br>``,
with ``.news-image`` / ``.fr-img-space-wrap`` photos (caption ``.fr-inner``), ``div#div…`` ad
boxes and floating banners.
"""
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

PROFILES = [CURRENT]
