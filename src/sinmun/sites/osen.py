"""OSEN (www.osen.co.kr): the article page (``/article/G<yyyymmdd><n>``) as served in 2025-2026.

Layout (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): the headline is ``strong.view-info_title``; the reporter is
``.view-info__journalist em`` ("홍길동 기자") and ``.view-info__date`` the labelled time
("발행 2026.01.06 07:06"). The text is the ``div.article_paragarph`` blocks (sic) of
``#articleBody[itemprop=articleBody]``, opening with the "[OSEN=홍길동 기자]" dateline and closing
with the reporter's e-mail line; photos are ``img.view_photo``.
"""
from .base import SiteProfile

#: the layout is attested on January 2026 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2026-01"

CURRENT = SiteProfile(
    name="osen",
    hosts=("www.osen.co.kr",),
    markers=(("view-info_title", 'id="articleBody"'),),
    press="OSEN",
    title=("strong.view-info_title", ".view-info_title", "meta[property='og:title']@content"),
    body=("#articleBody",),
    drop=("div[class*='ad_']", "script", "iframe"),
    date_line=(".view-info__date",),
    byline=(".view-info__journalist em",),
    caption=("figcaption",),
)

PROFILES = [CURRENT]
