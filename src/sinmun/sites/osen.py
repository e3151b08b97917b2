"""OSEN (www.osen.co.kr): the article page (``/article/G<yyyymmdd><n>``) as served in 2025-2026, and the
osen.mt.co.kr page before it.

Layout (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): the headline is ``strong.view-info_title``; the reporter is
``.view-info__journalist em`` ("홍길동 기자") and ``.view-info__date`` the labelled time
("발행 2026.01.06 07:06"). The text is the ``div.article_paragarph`` blocks (sic) of
``#articleBody[itemprop=articleBody]``, opening with the "[OSEN=홍길동 기자]" dateline and closing
with the reporter's e-mail line; photos are ``img.view_photo``.

Version ``2015`` (``osen.mt.co.kr/article/G<yyyymmdd><n>``; facts from the public just-news article reader's
OSEN implementation and URL pattern, whose selectors stayed the same from its first version, 2015-07-08,
to its move to TypeScript on 2019-02-15): the headline is ``#container .detailTitle .obj``;
``#container .writer`` holds the reporter's name and the send time ("홍길동 기자 2017.05.02 10:00"), the
e-mail sits in the ``mailto:`` link of ``#container .detailLink``; the text is ``#_article``, with
frames, the ``#divBox`` and ``.mask_div`` ad boxes, ``tabArea`` tabs and the ``.articleList`` list
inside. Dated by those two days, the span the reader's selectors are attested for.
"""
from datetime import date

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

V2015 = SiteProfile(
    name="osen",
    version="2015",
    hosts=("osen.mt.co.kr",),
    markers=(("detailTitle", 'id="_article"'),),
    valid_from=date(2015, 7, 8),
    valid_until=date(2019, 2, 15),
    press="OSEN",
    title=("#container .detailTitle .obj", "meta[property='og:title']@content"),
    body=("#_article",),
    drop=("iframe", "#divBox", "div[class^='tabArea']", ".mask_div", ".articleList", "script"),
    published=("#container .writer",),
    byline=("#container .writer",),
    reporter_email=("#container .detailLink a[href^='mailto:']@href",),
)

PROFILES = [CURRENT, V2015]
