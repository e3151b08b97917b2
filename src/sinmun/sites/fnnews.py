"""파이낸셜뉴스 (www.fnnews.com): the article page (``/news/<yyyymmddHHMM…>``) of 2018-2023.

Layout (facts from a public Java news archiver of 2018 and a Python crawler module of April 2023,
which agree): the story container is ``#article_content`` (class ``cont_view``). It opens with
``.article_head`` (the headline ``h1`` and ``.byline em`` items, one of them "입력 : 2018.03.24
12:05"), the subtitle ``.art_subtit``, photo boxes ``.article_photo`` and ad slots
(``class^=ad_``, ``.article_ad``); the text follows as runs, then the reporter line
``#customByline``, after which only widgets (``dablewidget…``) follow. The notice is
``.art_copyright`` below. A public Java stock-news scraper (banks21c/MavenStockProject, ``WwwFnnewsCom.java``)
read the headline from ``.article_head h1`` until 2020-06-29 and from ``.inner_view_hd .tit_view`` from
2020-06-30 (the same page of 2018, the rest unchanged: ``.byline em``, ``#customByline``,
``#article_content``); a page with only that box has its headline read by the generic sources.

Version ``2015`` (facts from the public just-news article reader's 파이낸셜뉴스 implementation,
whose selectors last changed in July 2015): the header ``.tit_news .tit_sect`` holds the headline
(``.txt_tit strong``) and the subtitle (``.desc``); ``.sub_news_data .news_data`` holds the
reporter (``.list_01 a``, e-mail in ``.list_01 .reporter_layer dd span a``) and the times
(``.list_02``: "입력 : 2015.07.08 10:00 | 수정 : 2015.07.08 11:00"); the text is ``#article_body``
with the ad slot ``#ad_body`` inside.
"""
from .base import SiteProfile

#: the layout is attested from 2018 to April 2023; its start and end are not known
CURRENT_SINCE = None
ATTESTED = "2023-04"

CURRENT = SiteProfile(
    name="fnnews",
    hosts=("www.fnnews.com", "fnnews.com", "m.fnnews.com"),
    markers=(("article_content", "customByline"),),
    press="파이낸셜뉴스",
    title=("#article_content .article_head h1", ".article_head h1", "meta[property='og:title']@content"),
    subtitle=("#article_content .art_subtit",),
    body=("#article_content",),
    lead_images=("#article_content .article_photo",),
    drop=(".article_head", ".art_subtit", ".article_photo", "#customByline", "#customByline ~ *", "[class^='ad_']",
          ".article_ad", "[class^='dablewidget']", "script"),
    date_line=(".article_head .byline",),
    byline=("#customByline",),
    copyright=(".art_copyright",),
)

#: the just-news layout: selectors last changed in July 2015
V2015_ATTESTED = ("2015-07", "2015-07")

V2015 = SiteProfile(
    name="fnnews",
    version="2015",
    hosts=("www.fnnews.com", "fnnews.com", "m.fnnews.com"),
    markers=(("tit_news", "tit_sect", "sub_news_data"),),
    press="파이낸셜뉴스",
    title=(".tit_news .tit_sect .txt_tit strong", "meta[property='og:title']@content"),
    subtitle=(".tit_news .tit_sect .desc",),
    body=("#article_body",),
    drop=("#ad_body", "script", "iframe"),
    date_line=(".sub_news_data .news_data .list_02",),
    byline=(".sub_news_data .news_data .list_01 > a",),
    reporter_email=(".sub_news_data .news_data .list_01 .reporter_layer dd span a",),
)

PROFILES = [CURRENT, V2015]
