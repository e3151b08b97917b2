"""이투데이 (www.etoday.co.kr): the article page (``/news/view/<n>``) as served in 2026.

Layout (facts from a public stock-news ingester's design note for its 이투데이 parser, February
2026, with per-outlet selector maps of 2023-2025 naming the same text container): the headline
is ``h1.main_title`` (also ``og:title``), the time ``article:published_time``; the text is the
``<p>`` run of ``div.articleView[itemprop=articleBody]``, which also holds the image box
``.img_box_C``, Google ad slots (``id^=div-gpt-ad``), related news ``.relation_newslist``, keyword
tags ``.kwd_tags``, the company name card ``.card-container``, the reporter's top news
``.reporter_topNews``, the reaction buttons ``.recommend_btn`` and the share button ``.ico_share``.
"""
from .base import SiteProfile

#: the layout is attested on February 2026 pages (its text container since 2023); its start is not known
CURRENT_SINCE = None
ATTESTED = "2026-02"

CURRENT = SiteProfile(
    name="etoday",
    hosts=("www.etoday.co.kr", "etoday.co.kr", "m.etoday.co.kr"),
    markers=(("main_title", "articleView", "relation_newslist"),),
    press="이투데이",
    title=("h1.main_title", "meta[property='og:title']@content"),
    body=("div.articleView[itemprop='articleBody']", "div.articleView"),
    lead_images=("div.articleView .img_box_C",),
    drop=(".img_box_C", "[id^='div-gpt-ad']", ".relation_newslist", ".kwd_tags", ".card-container",
          ".reporter_topNews", ".recommend_btn", ".ico_share", "script", "style", "iframe"),
    published=("meta[property='article:published_time']@content",),
)

PROFILES = [CURRENT]
