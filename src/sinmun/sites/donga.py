"""동아일보 (www.donga.com): the article page as served in 2025-2026 (``/news/<section>/article/all/<date>/<id>/1``),
and the older ``news.donga.com/3/…`` page.

Version ``current`` (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): the breadcrumb ``.breadcrumb .breadcrumb_item a`` names the section; the
headline is ``section.head_group h1``; ``div.news_info`` shows the times as labelled lines
(``div.date_info p span[aria-hidden=true]`` "입력 2026-01-06 14:18", the update time behind a
``button``); the reporter links are ``.author_info a`` ("홍길동 기자"). The text is the bare text
runs of ``section.news_view``, separated by ``<br><br>``, with the subtitle ``h2.sub_tit`` first,
``figure.img_cont`` photos (caption in ``figcaption``), ``div.view_ad06``/``div.view_adK``/
``div.view_m_ad*`` ad slots, and the closing "홍길동 기자 hong@…" line.

Version ``2017`` (``news.donga.com/3/…``; facts from the public just-news article reader's 동아일보
implementation, whose headline selector changed to ``.article_title .title`` on 2017-04-24 and whose
times changed to this markup on 2017-09-26, not changed since, and from a public TypeScript
crawler's 동아일보 parser for the ``h1`` headline and the ``strong`` subtitle): ``.article_title``
holds the headline (``h1.title``) and the ``.title_foot`` line with the reporter (``.repoter``) and
the two labelled times (``.date01``: "입력 2017-09-26 13:57", "수정 …"); the text is ``.article_txt``,
its subtitle a leading ``strong``, with ad boxes (``.txt_ad``, classes starting ``sub_cont_AD``),
the ``.article_relation`` and ``.recommend`` boxes and the ``.t_sns`` share bar inside. Dated from
2017-09-26; its end is not dated by the sources.
"""
from datetime import date

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

V2017 = SiteProfile(
    name="donga",
    version="2017",
    hosts=("news.donga.com", "www.donga.com"),
    markers=(("article_txt", "title_foot", "date01"),),
    valid_from=date(2017, 9, 26),
    press="동아일보",
    title=(".article_title h1.title", ".article_title .title", "meta[property='og:title']@content"),
    subtitle=(".article_txt > strong",),
    body=(".article_txt",),
    drop=(".article_txt > strong", ".title_foot", ".txt_ad", "[class^='sub_cont_AD']", ".recommend",
          ".article_relation", ".t_sns", "script", "iframe"),
    date_line=(".title_foot",),
    byline=(".title_foot .repoter", ".repoter"),
)

PROFILES = [CURRENT, V2017]
