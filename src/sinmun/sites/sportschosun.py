"""스포츠조선 (sports.chosun.com): the article page (``/news/ntype.htm?id=…``, ``utype.htm``) in two layouts.

Layout (facts from the public just-news article reader's 스포츠조선 implementation, whose selectors
last changed in November 2015; its November 2021 health check lists a 2021 page, with no published
result): the headline is ``.acle_c h1`` and ``.acle_c .a_day`` the time line ("기사입력 2015-11-16
10:00 | 최종수정 2015-11-16 11:00"); the text is ``.news_text .article``, with the boxes
``#divBox``, ``.mask_div``, ``.gisa_banner`` and ``div[id^=AD_LIVE_AREA_]`` inside. A sister outlet
of 조선일보, told apart by its host.

Version ``current`` (facts from a public multi-outlet Selenium crawler's per-site configuration,
whose entries describe 2023-2025 markup): the headline is ``h1.article-title`` and
``span.article-day`` the time; the text is ``div.news_text``, with tables, the notice and ``figure``
photos inside.
"""
from .base import SiteProfile

#: the selectors were last changed in November 2015; the layout's start and end are not known
V2015_ATTESTED = ("2015-11", "2015-11")

V2015 = SiteProfile(
    name="sportschosun",
    version="2015",
    hosts=("sports.chosun.com",),
    markers=(("acle_c", "a_day", "news_text"),),
    press="스포츠조선",
    title=(".acle_c h1", "meta[property='og:title']@content"),
    body=(".news_text .article",),
    drop=("#divBox", ".mask_div", ".gisa_banner", "div[id^='AD_LIVE_AREA_']", "script", "iframe"),
    date_line=(".acle_c .a_day",),
)

CURRENT_SINCE = None
ATTESTED = "2023"

CURRENT = SiteProfile(
    name="sportschosun",
    hosts=("sports.chosun.com",),
    markers=(("article-title", "article-day", "news_text"),),
    press="스포츠조선",
    title=("h1.article-title", "meta[property='og:title']@content"),
    body=("div.news_text",),
    drop=("table", "[class*='copy']", "figure", "script", "style"),
    published=("span.article-day",),
)

PROFILES = [CURRENT, V2015]
