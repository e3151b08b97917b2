"""세계일보 (www.segye.com): the article page (``/newsView/<yyyymmdd><n>``) as served in 2025-2026, and two
older layouts.

Version ``current`` (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): the headline is ``h3#title_sns``; ``.viewInfo`` shows the labelled times
("입력 : 2026-01-06 14:44:16", "수정 : …"); the reporter's name sits in the hidden
``span#SG_CreatorName``. The text is the ``<p>`` run of ``article.viewBox2``: the summary
``em.precis`` first (the subtitle), ``figure.class_div_main`` photos, the closing "홍길동 기자
hong@…" line and the ``p.copyright`` notice.

Versions ``2019`` and ``2015`` (facts from the public just-news article reader's 세계일보 implementation,
whose selectors were those of ``2015`` from its first version, 2015-07-08, until they were changed for
``2019`` on 2019-07-14 ("세계일보 고침"), not changed since):

- ``2019``: the headline is ``#title_sns .newViewTitle`` and the subtitle ``.subject h2``; the times
  are in ``.article_head .clearfx .data`` ("입력 2019-07-14 10:00:00", "수정 …"); the reporter's name
  and e-mail sit in ``#SG_CreatorName`` and ``#SG_CreatorEmail``; the text is the ``<p>`` run of
  ``.view_middleNews #article_txt``, with ad frames (``p > iframe``) and empty paragraphs inside.
  Dated from 2019-07-14; its end is not dated by the sources.
- ``2015``: the headline is the first text of ``.titleh1 h1`` and the subtitle ``.titleh2 h2`` (both in
  ``.container > .content``); ``#SG_ArticleDateLine`` holds the labelled times ("입력 2018-05-02
  10:00:00 수정 …"); the text is ``#article_txt``. Dated 2015-07-08 to 2019-07-13.
"""
from datetime import date

from .base import SiteProfile

#: the layout is attested on January 2026 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2026-01"

CURRENT = SiteProfile(
    name="segye",
    hosts=("www.segye.com",),
    markers=(("viewBox2", "title_sns"),),
    press="세계일보",
    title=("h3#title_sns", "meta[property='og:title']@content"),
    subtitle=("article.viewBox2 em.precis",),
    body=("article.viewBox2",),
    drop=("em.precis", "figure", "p.copyright", "div[class*='ad_']", "script"),
    date_line=(".viewInfo",),
    byline=("#SG_CreatorName",),
    copyright=("article.viewBox2 p.copyright",),
    caption=("figcaption",),
)

V2019 = SiteProfile(
    name="segye",
    version="2019",
    hosts=("www.segye.com",),
    markers=(("newViewTitle", 'id="article_txt"'),),
    valid_from=date(2019, 7, 14),
    press="세계일보",
    title=("#title_sns .newViewTitle", "meta[property='og:title']@content"),
    subtitle=(".subject h2",),
    body=(".view_middleNews #article_txt", "#article_txt"),
    drop=("p > iframe", "script"),
    date_line=(".article_head .clearfx .data",),
    byline=("#SG_CreatorName",),
    reporter_email=("#SG_CreatorEmail",),
)

V2015 = SiteProfile(
    name="segye",
    version="2015",
    hosts=("www.segye.com",),
    markers=(("titleh1", "SG_ArticleDateLine", 'id="article_txt"'),),
    valid_from=date(2015, 7, 8),
    valid_until=date(2019, 7, 13),
    press="세계일보",
    title=(".titleh1 h1", "meta[property='og:title']@content"),
    subtitle=(".titleh2 h2",),
    body=("#article_txt",),
    drop=("script", "iframe"),
    date_line=("#SG_ArticleDateLine",),
)

PROFILES = [CURRENT, V2019, V2015]
