"""SBS News (news.sbs.co.kr): the current layout and three older ones.

Version ``current`` (``/news/endPage.do?news_id=N<n>``; facts from a public TypeScript news-crawler's
per-outlet parser notes, written against January 2026 pages): the headline is
``h1.article_main_tit#news-title``; the reporter box ``.w_author`` holds each reporter as
``.reporter span[itemprop=name]`` ("홍길동 기자"); ``.date_area`` holds the time as a ``meta[itemprop=
datePublished]`` (ISO) and as text ("작성 2026.01.06 14:17"); the text is ``.text_area[itemprop=
articleBody]`` (runs split by ``<br>``, with photos and their caption ``div``s inside), the lead
photo ``.w_article_mainimg .article_image img.mainimg``. Undated (attested in January 2026).

Version ``2023`` (the shared pages of April 2023): the same headline and text, the reporter in
``a.name[rel=author]`` (or ``.w_article_writer .name``) with a ``mailto:`` link, the time in
``meta[itemprop=datePublished]`` and ``span.date span``, no ``.w_author``/``.date_area`` boxes. Undated.

Versions ``2019`` and ``2015`` (``/news/endPage.do?news_id=N<n>``; facts from the public just-news article
reader's SBS implementation, whose selectors were those of ``2015`` from its first version, 2015-07-08,
until they were changed for ``2019`` on 2019-03-02 ("fix SBS"), not changed since):

- ``2019``: the headline is ``#vmNewsTitle``; ``.w_article_title .info_area`` holds the ``.date``
  ``meta`` elements (the second's ``content`` the publication time, the third's the update) and a
  ``p`` whose first ``span`` is the reporter and fifth child the e-mail link; the text is
  ``.w_article_left > .article_cont_area`` (photos lazy-loaded from ``data-original``). Dated from
  2019-03-02; its end is not dated by the sources.
- ``2015``: inside ``.smdend_content_w .sep_cont_w``, the headline is ``.sed_articel_head .seda_title``
  (sic), the subtitle ``.sed_article_w .sed_sub_title``, the text ``.sed_article_w .sed_article``;
  ``.sed_atcinfo_sec_w`` holds the time (``.sed_write_time``: "2017.05.02 20:10", then the update
  time) and the reporter (``.seda_author``: the name, then a ``mailto:`` link). Dated 2015-07-08 to
  2019-03-01.
"""
from datetime import date

from .base import SiteProfile

CURRENT = SiteProfile(
    name="sbs",
    hosts=("news.sbs.co.kr", "sbs.co.kr"),
    markers=(('id="news-title"', "w_author", "date_area"),),
    press="SBS",
    title=("h1.article_main_tit#news-title", "h1#news-title", "meta[property='og:title']@content"),
    body=("div.text_area[itemprop='articleBody']", "div.text_area"),
    lead_images=("div.w_article_mainimg",),
    drop=("button", ".b_expand", ".article_image", "script", "style", "iframe"),
    published=(".date_area meta[itemprop='datePublished']@content", "meta[itemprop='datePublished']@content"),
    date_line=(".date_area",),
    byline=(".w_author .reporter span[itemprop='name']",),
    section=("meta[property='article:section']@content",),
)

V2023 = SiteProfile(
    name="sbs",
    version="2023",
    hosts=("news.sbs.co.kr", "sbs.co.kr"),
    markers=(('id="news-title"', 'class="w_article_title"'),),
    press="SBS",
    title=("h1#news-title", "meta[property='og:title']@content"),
    body=("div.text_area[itemprop='articleBody']", "div.main_text .text_area", "div.text_area"),
    lead_images=("div.w_article_mainimg",),
    drop=("button", ".b_expand", ".article_image"),
    published=("meta[itemprop='datePublished']@content", "span.date span"),
    updated=("meta[property='article:modified_time']@content",),
    byline=("a.name[rel='author']", ".w_article_writer .name"),
    reporter_email=("a.email_v2[href^='mailto:']@href", "span[itemprop='email']@content"),
    section=("meta[property='article:section']@content",),
    copyright=(".copyright_area2 p.copy", ".copyright_area p.copy"),
)

#: the 2019 layout's header box
V2019_INFO = "div.w_article_title div.info_area"

V2019 = SiteProfile(
    name="sbs",
    version="2019",
    hosts=("news.sbs.co.kr",),
    markers=(('id="vmNewsTitle"', "article_cont_area"),),
    valid_from=date(2019, 3, 2),
    press="SBS",
    title=("#vmNewsTitle", "meta[property='og:title']@content"),
    body=("div.w_article_left > div.article_cont_area", "div.article_cont_area"),
    drop=("script", "iframe"),
    published=(f"{V2019_INFO} .date meta:nth-of-type(2)@content",),
    updated=(f"{V2019_INFO} .date meta:nth-of-type(3)@content",),
    byline=(f"{V2019_INFO} > p > span:nth-child(1)",),
    reporter_email=(f"{V2019_INFO} > p > a:nth-child(5)",),
)

V2015 = SiteProfile(
    name="sbs",
    version="2015",
    hosts=("news.sbs.co.kr",),
    markers=(("sed_articel_head", "sed_article_w"),),
    valid_from=date(2015, 7, 8),
    valid_until=date(2019, 3, 1),
    press="SBS",
    title=(".sed_articel_head .seda_title", "meta[property='og:title']@content"),
    subtitle=(".sed_article_w .sed_sub_title",),
    body=(".sed_article_w .sed_article",),
    drop=("script", "iframe"),
    published=(".sed_atcinfo_sec_w .sed_write_time",),
    byline=(".sed_atcinfo_sec_w .seda_author > :first-child",),
    reporter_email=(".sed_atcinfo_sec_w .seda_author a[href^='mailto:']@href",),
)

PROFILES = [CURRENT, V2023, V2019, V2015]
