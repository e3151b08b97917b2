"""서울경제 (www.sedaily.com): the article page (``/NewsView/<id>``) as served in 2023-2025.

Layout (facts from three public crawlers: a Java news parser of 2025, a Python crawler module of
April 2023 and a per-outlet selector map): the headline is ``h1.art_tit``; the first
``span.url_txt`` holding "입력" carries the send time ("입력 2025-01-02 09:10:00"). The text is
``div.article_view[itemprop=articleBody]``: ``<br>`` runs with photos (``figure``/``.art_photo``,
caption ``figcaption``), ad banners (``class^=sub_ad_banner``), the related-news box ``.art_rel``,
the reporter box ``.reporter_wrap`` and the notice ``.article_copy`` inside it.
"""
from .base import SiteProfile

#: the layout is attested from April 2023 to 2025; its start is not known
CURRENT_SINCE = None
ATTESTED = "2023-04"

CURRENT = SiteProfile(
    name="sedaily",
    hosts=("www.sedaily.com", "sedaily.com"),
    markers=(("art_tit", "article_view", "url_txt"),),
    press="서울경제",
    title=("h1.art_tit", "meta[property='og:title']@content"),
    body=("div.article_view[itemprop='articleBody']", "div.article_view"),
    drop=("[class^='sub_ad_banner']", ".art_rel", ".reporter_wrap", ".article_copy", "script"),
    published=("span.url_txt",),
    caption=("figcaption",),
)

PROFILES = [CURRENT]
