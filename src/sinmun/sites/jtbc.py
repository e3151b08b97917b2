"""JTBC (news.jtbc.co.kr): the React (MUI) article page (``/article/NB<id>``) as served in 2025-2026, and the
news.jtbc.joins.com page before it.

Layout (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): class names are generated (``my-o2xdzg``), so the profile leans on the
stable parts: the JSON-LD block ``script#article-structured-data`` (headline, datePublished,
author, image — read by the generic metadata stage), the reporter items ``.author-item`` ("홍길동
기자") and the story container ``#ijam_content``: text spans split by ``<br>``, ``figure``
photos with ``figcaption``, ADVERTISEMENT boxes. Tags are MUI chips (``.MuiChip-label``).

Version ``2015`` (``news.jtbc.joins.com/article/article.aspx?news_id=NB<id>``, ``/html/…``; facts from the
public just-news article reader's JTBC implementation and URL patterns, whose selectors stayed the same
from its first version, 2015-07-05, to its move to TypeScript on 2019-02-15): the headline is
``#articletitle .title h3`` and the subtitle ``#sub_articletitle .title h4``; ``.artical_date`` (sic)
holds the times as children ("입력 2017-05-02 20:55", "수정 …"); the reporters sit in
``#textReporter_area``, ``#cameraReporter_area`` and ``#editReporter_area`` (each a ``dl``: the name
first in ``.name``, the e-mail in a ``mailto:`` link of ``.sns``); the text is
``#articlebody .article_content``, with the ``.article_msn_ad`` ad, the ``#id_movie_area`` video, the
``.article_list`` and ``.regard_area`` boxes inside. Dated by those two days, the span the reader's
selectors are attested for.

Version ``mobile`` (``mnews.jtbc.joins.com/News/Article.aspx?news_id=NB<id>``; facts from the public
just-news article reader's JTBC 모바일 implementation, added 2019-08-15 and not changed since, with a
health-check case on such a page in November 2021): the headline is ``.artical_hd > h3`` (sic) and
``.author`` the line holding the times ("입력 2019-08-15 10:00", "수정 …"); the text is
``#article_content_area``, with the ``mobonDivBanner_`` ad boxes inside. Attested 2019-08 to 2021-11;
undated (no source gives its start or end).
"""
from datetime import date

from .base import SiteProfile

#: the layout is attested on January 2026 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2026-01"

CURRENT = SiteProfile(
    name="jtbc",
    hosts=("news.jtbc.co.kr",),
    markers=(('id="ijam_content"', 'id="article-structured-data"'),),
    press="JTBC",
    body=("#ijam_content",),
    drop=("figure", "div[class*='ADVERTISEMENT']", "div[class*='advertisement']", "script", "iframe"),
    byline=(".author-item",),
    caption=("figcaption",),
)

V2015 = SiteProfile(
    name="jtbc",
    version="2015",
    hosts=("news.jtbc.joins.com",),
    markers=(('id="articletitle"', 'id="articlebody"', "artical_date"),),
    valid_from=date(2015, 7, 5),
    valid_until=date(2019, 2, 15),
    press="JTBC",
    title=("#articletitle .title h3", "meta[property='og:title']@content"),
    subtitle=("#sub_articletitle .title h4",),
    body=("#articlebody .article_content",),
    drop=(".article_msn_ad", "#id_movie_area", ".article_list", ".regard_area", "script", "iframe"),
    date_line=(".artical_date",),
    byline=("#textReporter_area dl .name",),
    reporter_email=("#textReporter_area dl .sns a[href^='mailto:']@href",),
)

MOBILE = SiteProfile(
    name="jtbc",
    version="mobile",
    hosts=("mnews.jtbc.joins.com",),
    markers=(("artical_hd", 'id="article_content_area"'),),
    press="JTBC",
    title=(".artical_hd > h3", "meta[property='og:title']@content"),
    body=("#article_content_area",),
    drop=("[id^='mobonDivBanner_']", "script", "iframe"),
    date_line=(".author",),
)

PROFILES = [CURRENT, V2015, MOBILE]
