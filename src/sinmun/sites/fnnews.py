"""파이낸셜뉴스 (www.fnnews.com): the article page (``/news/<yyyymmddHHMM…>``) of 2018-2023.

Layout (facts from a public Java news archiver of 2018 and a Python crawler module of April 2023,
which agree): the story container is ``#article_content`` (class ``cont_view``). It opens with
``.article_head`` (the headline ``h1`` and ``.byline em`` items, one of them "입력 : 2018.03.24
12:05"), the subtitle ``.art_subtit``, photo boxes ``.article_photo`` and ad slots
(``class^=ad_``, ``.article_ad``); the text follows as runs, then the reporter line
``#customByline``, after which only widgets (``dablewidget…``) follow. The notice is
``.art_copyright`` below.
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

PROFILES = [CURRENT]
