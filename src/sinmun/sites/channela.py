"""채널A (www.ichannela.com): the news article page (``/news/detail/<publishId>.do``).

Layout (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages; the URL shapes, ``/news/detail/{publishId}.do`` and the earlier
``/news/main/news_detailPage.do?publishId=…``, from a public research note on the site): the
headline is ``.news_article_title h2 .title``; ``.public`` holds the section (``.cata``), the date
(``.date``: "2026-01-06") and the time (``.time``: "16:46") in separate elements. The text is
``.news_page_txt``: text runs split by ``<br>`` (a broadcast script, which may come with a video
player), with subscribe and ad boxes among them and the notice "Copyright Ⓒ 채널A. All rights
reserved." at the end. The page has no reporter element; only the script's sign-off names one.
"""
from .base import SiteProfile

#: the layout is attested on January 2026 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2026-01"

CURRENT = SiteProfile(
    name="channela",
    hosts=("www.ichannela.com", "ichannela.com"),
    markers=(("news_page_txt", "news_article_title"),),
    press="채널A",
    title=(".news_article_title h2 .title", "meta[property='og:title']@content"),
    body=(".news_page_txt",),
    drop=("div[class*='subscribe']", "script", "iframe"),
    # date and time are separate elements; the box reads "사회 2026-01-06 16:46" as one text
    published=(".news_article_title .public", ".public"),
    section=(".public .cata",),
)

PROFILES = [CURRENT]
