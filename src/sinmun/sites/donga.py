"""동아일보 (www.donga.com): the article page as served in 2025-2026 (``/news/<section>/article/all/<date>/<id>/1``).

Layout (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): the breadcrumb ``.breadcrumb .breadcrumb_item a`` names the section; the
headline is ``section.head_group h1``; ``div.news_info`` shows the times as labelled lines
(``div.date_info p span[aria-hidden=true]`` "입력 2026-01-06 14:18", the update time behind a
``button``); the reporter links are ``.author_info a`` ("홍길동 기자"). The text is the bare text
runs of ``section.news_view``, separated by ``<br><br>``, with the subtitle ``h2.sub_tit`` first,
``figure.img_cont`` photos (caption in ``figcaption``), ``div.view_ad06``/``div.view_adK``/
``div.view_m_ad*`` ad slots, and the closing "홍길동 기자 hong@…" line.
"""
from .base import SiteProfile

#: the layout is attested on January 2026 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2026-01"

CURRENT = SiteProfile(
    name="donga",
    hosts=("www.donga.com",),
    markers=(("news_view", "head_group", "sub_tit"), ("news_view", "view_adK")),
    press="동아일보",
    title=("section.head_group h1", ".head_group h1", "meta[property='og:title']@content"),
    subtitle=(".news_view h2.sub_tit",),
    body=("section.news_view", "div.news_view", ".news_view"),
    drop=("h2.sub_tit", "figure", "div.view_ad06", "div.view_adK", "div.view_m_adK", "div.view_m_adA",
          "div.view_m_adB", "div.view_m_adC", "div.article_relation", "div.view_series", "script", "iframe"),
    date_line=("div.news_info",),
    byline=(".author_info a",),
    section=(".breadcrumb .breadcrumb_item a",),
    caption=("figcaption",),
)

PROFILES = [CURRENT]
