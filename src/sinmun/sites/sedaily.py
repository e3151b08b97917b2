"""서울경제 (www.sedaily.com): two article layouts.

- ``current`` (attested February 2026, ``/article/<n>``; facts from a public stock-news
  ingester's design note for its 서울경제 parser): the headline is ``h1.title`` (also
  ``og:title``), the time ``article:published_time``; the text is
  ``div#article-body[itemprop=articleBody]``, with the image area ``.article-photo-wrap`` inside.
- ``2023`` (``/NewsView/<id>``, attested from April 2023 into 2025; facts from a Java news parser
  of 2025, a Python crawler module of April 2023 and a per-outlet selector map): the headline is
  ``h1.art_tit``; the first ``span.url_txt`` holding "입력" carries the send time ("입력 2025-01-02
  09:10:00"). The text is ``div.article_view[itemprop=articleBody]``: ``<br>`` runs with photos
  (``figure``/``.art_photo``, caption ``figcaption``), ad banners (``class^=sub_ad_banner``), the
  related-news box ``.art_rel``, the reporter box ``.reporter_wrap`` and the notice
  ``.article_copy`` inside it.
"""
from .base import SiteProfile

#: the /article/ layout is attested in February 2026; its start is not known
CURRENT_SINCE = None
ATTESTED = "2026-02"
#: the /NewsView/ layout is attested from April 2023 into 2025
V2023_ATTESTED = ("2023-04", "2025")

CURRENT = SiteProfile(
    name="sedaily",
    hosts=("www.sedaily.com", "sedaily.com"),
    markers=(('id="article-body"', "article-photo-wrap"),),
    press="서울경제",
    title=("h1.title", "meta[property='og:title']@content"),
    body=("div#article-body[itemprop='articleBody']", "div#article-body"),
    lead_images=("div#article-body .article-photo-wrap",),
    drop=(".article-photo-wrap", "script", "style", "iframe"),
    published=("meta[property='article:published_time']@content",),
)

V2023 = SiteProfile(
    name="sedaily",
    version="2023",
    hosts=("www.sedaily.com", "sedaily.com"),
    markers=(("art_tit", "article_view", "url_txt"),),
    press="서울경제",
    title=("h1.art_tit", "meta[property='og:title']@content"),
    body=("div.article_view[itemprop='articleBody']", "div.article_view"),
    drop=("[class^='sub_ad_banner']", ".art_rel", ".reporter_wrap", ".article_copy", "script"),
    published=("span.url_txt",),
    caption=("figcaption",),
)

PROFILES = [CURRENT, V2023]
