"""머니투데이 (www.mt.co.kr, news.mt.co.kr): the article page as served in late 2025, and two older layouts.

URLs: ``/<section>/<yyyy>/<mm>/<dd>/<id>``.

Layout (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
December 2025 pages): the breadcrumb's ``a[data-testid=category]`` names the section, the headline
is ``h1.headline``; the byline row shows the reporter (``.name.col1 strong``) and the send time
unlabelled (``.col2 .date``, "2025.12.16 05:32"). The text is the ``<p>`` run of
``#articleView`` (empty spacer paragraphs carry ``p.ept``), with ``figure`` photos (``picture
img``, ``figcaption``) and the closing "▶" promotion lines and notice.

Versions ``2019`` and ``2015`` (``news.mt.co.kr/mtview.php?no=<yyyymmddhhmmss…>``; facts from the public
just-news article reader's 머니투데이 implementation, whose headline selectors changed from ``2015``'s
to ``2019``'s on 2019-05-22 and whose time selector followed on 2019-06-29):

- ``2019``: the headline is ``h1.subject`` and the subtitle ``h2.sub_subject``; ``.info2 .date`` holds
  the send time ("2019.06.29 17:46"); the reporters are the ``.infobox1 a`` links ("홍길동 기자"), the
  main one's e-mail in ``.conbox .mail`` (the name in ``.conbox strong``); the text is ``#textBody``,
  with the ``#now-sence`` box, ``span.up``/``span.down`` stock arrows and the
  ``#articleRelnewsFrame`` related-news frame inside. Dated from 2019-05-22; its end is not dated.
- ``2015``: the headline and subtitle are the ``h1`` and ``h2`` of ``#article``; the first
  ``.infobox1 .num`` holds the send time (": 2014.06.20 06:31"); the text is ``#textBody``. Dated
  from 2015-07-08 (the reader's first version) to 2019-05-21.
"""
from datetime import date

from .base import SiteProfile

#: the layout is attested on December 2025 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2025-12"

CURRENT = SiteProfile(
    name="mt",
    hosts=("www.mt.co.kr", "news.mt.co.kr"),
    markers=(('id="articleView"', 'data-testid="category"'),),
    press="머니투데이",
    title=("h1.headline", "meta[property='og:title']@content"),
    body=("#articleView",),
    drop=("figure", "p.ept", "div[class*='ad_']", "script"),
    published=(".col2 .date", "meta[property='article:published_time']@content"),
    byline=(".name.col1 strong",),
    section=(".breadcrumb a[data-testid='category']",),
    caption=("figcaption",),
)

V2019 = SiteProfile(
    name="mt",
    version="2019",
    hosts=("news.mt.co.kr", "www.mt.co.kr"),
    markers=(('id="textBody"', "sub_subject", "info2"),),
    valid_from=date(2019, 5, 22),
    press="머니투데이",
    title=("h1.subject", "meta[property='og:title']@content"),
    subtitle=("h2.sub_subject",),
    body=("#textBody",),
    drop=("#now-sence", "span.up", "span.down", "#articleRelnewsFrame", "script", "iframe"),
    published=(".info2 .date",),
    byline=(".infobox1 a",),
    reporter_email=(".conbox .mail",),
)

V2015 = SiteProfile(
    name="mt",
    version="2015",
    hosts=("news.mt.co.kr", "www.mt.co.kr"),
    markers=(('id="textBody"', 'id="article"', "infobox1"),),
    valid_from=date(2015, 7, 8),
    valid_until=date(2019, 5, 21),
    press="머니투데이",
    title=("#article h1", "meta[property='og:title']@content"),
    subtitle=("#article h2",),
    body=("#textBody",),
    drop=("#now-sence", "span.up", "span.down", "script", "iframe"),
    published=(".infobox1 .num",),
)

PROFILES = [CURRENT, V2019, V2015]
