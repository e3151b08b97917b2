"""한국경제 (www.hankyung.com): the article page (``/article/<yyyymmdd><n>``) as served in 2025-2026, and two
older layouts.

Version ``current`` (facts from a public Python scraper's 한국경제 parser, which reads the JSON-LD
``NewsArticle`` block first and falls back to ``h1.headline`` and ``#articletxt``): the headline is
``h1.headline`` and the text ``div#articletxt`` (bare text runs split by ``<br>``, ``figure``
photos, ad boxes), with headline, times and authors also in the JSON-LD block the generic metadata
stage reads. The profile holds only those two slots; the rest is left to the generic rules.

Versions ``2019`` and ``2016`` (facts from the public just-news article reader's 한국경제 implementation,
changed for ``2016`` on 2016-01-30 and for ``2019`` on 2019-06-29 ("한국경제 파서 수정"), not since):
both keep the text in ``#newsView``, its subtitle ``.article_stit`` first and the
``.article_aside_group`` box and ``.ico_imgMore`` photo links inside.

- ``2019``: the headline is ``h1.title``; the times are ``.date-published .num`` and
  ``.date-modify .num`` ("2019.06.29 17:00"); a ``.box_related_list`` box sits in the text too.
  Dated from 2019-06-29; its end is not dated by the sources.
- ``2016``: the headline is ``.news-atc-tit .atc-tit``; ``.atc-info`` holds the labelled times
  ("입력 2017-05-02 10:00:00", "수정 …"). Dated 2016-01-30 to 2019-06-28.
"""
from datetime import date

from .base import SiteProfile

#: the layout is attested on 2025-2026 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2025"

CURRENT = SiteProfile(
    name="hankyung",
    hosts=("www.hankyung.com",),
    markers=(('id="articletxt"', "headline"),),
    press="한국경제",
    title=("h1.headline", "meta[property='og:title']@content"),
    body=("div#articletxt",),
    drop=("figure", "div[class*='ad-']", "script", "iframe"),
    caption=("figcaption",),
)

#: furniture inside #newsView in both older layouts
NEWSVIEW_DROP = (".article_stit", ".article_aside_group", ".ico_imgMore", "script", "iframe")

V2019 = SiteProfile(
    name="hankyung",
    version="2019",
    hosts=("www.hankyung.com", "hankyung.com", "news.hankyung.com"),
    markers=(('id="newsView"', "date-published"),),
    valid_from=date(2019, 6, 29),
    press="한국경제",
    title=("h1.title", "meta[property='og:title']@content"),
    subtitle=(".article_stit",),
    body=("#newsView",),
    drop=NEWSVIEW_DROP + (".box_related_list",),
    published=(".date-published .num",),
    updated=(".date-modify .num",),
)

V2016 = SiteProfile(
    name="hankyung",
    version="2016",
    hosts=("www.hankyung.com", "hankyung.com", "news.hankyung.com"),
    markers=(('id="newsView"', "atc-info"),),
    valid_from=date(2016, 1, 30),
    valid_until=date(2019, 6, 28),
    press="한국경제",
    title=(".news-atc-tit .atc-tit", "meta[property='og:title']@content"),
    subtitle=(".article_stit",),
    body=("#newsView",),
    drop=NEWSVIEW_DROP,
    date_line=(".atc-info",),
)

PROFILES = [CURRENT, V2019, V2016]
