"""이데일리 (www.edaily.co.kr): the article page (``/news/read?newsId=<n>&mediaCodeNo=<n>``).

Layout (facts from public crawlers of 2016 and of the 2020s, and two per-outlet selector maps of
2025 naming the same text container): the headline sits in ``div.news_titles`` (an ``h1`` in the
later crawler, ``h2`` in the 2016 one, where the later pages keep the subtitle), ``div.dates``
holds the labelled times ("등록 2023.01.02 09:00", in a ``p``, earlier in ``ul li``), and the text
is ``div.news_body[itemprop=articleBody]``: text runs opening with the bracketed byline
"[이데일리 홍길동 기자]" (or a desk, "[이데일리 증권부]"); the general opening-bracket byline rule
(:func:`sinmun.extraction.bylines.dateline_reporters`) reads the reporter from it.

Version ``2017`` (``/news/NewsRead.edy?newsid=…``; facts from the public just-news article reader's
이데일리 implementation, whose selectors last changed in April 2017): the headline is
``.newstitle`` and the subtitle ``.subtitle``; ``.newsdate`` reads "… | 2017.04.18 10:00 | 홍길동
x@edaily.co.kr" (the time second, the reporter and e-mail, split by a no-break space, last); the
text is ``#viewcontent_inner`` (or ``#viewcontent``), with the lead photo ``#imgReTouchLoc_1``
(its ``.gal`` gallery links dropped) before it and stock-quote boxes (``.stocksise``: only the
stock's name in ``b`` belongs to the sentence) inside.

Version ``mobile`` (``m.edaily.co.kr``; facts from a public per-outlet body-selector map of 2025 with a
separate entry for the mobile host, and an older article scraper reading the mobile pages' text from
their ``itemprop=articleBody`` element): the text is ``div.article_body``. The headline and time markup of
these pages is not known from a source; the generic sources and the opening "[이데일리 홍길동 기자]"
byline read them. A page of the mobile host is read by the layout whose markers or text container it
has. Undated.
"""
from __future__ import annotations

from .base import SiteProfile

#: the layout is attested from 2016 to 2025; its start is not known
CURRENT_SINCE = None
ATTESTED = "2025"

CURRENT = SiteProfile(
    name="edaily",
    hosts=("www.edaily.co.kr", "edaily.co.kr", "m.edaily.co.kr", "starin.edaily.co.kr"),
    markers=(("news_titles", "news_body"),),
    press="이데일리",
    title=("div.news_titles h1", "div.news_titles h2", "meta[property='og:title']@content"),
    subtitle=("div.news_titles h2",),
    body=("div.news_body[itemprop='articleBody']", "div.news_body"),
    drop=("[class^='ad_']", "script", "iframe"),
    date_line=("div.dates p", "div.dates"),
)

#: the NewsRead.edy layout: selectors last changed in April 2017
V2017_ATTESTED = ("2017-04", "2017-04")

V2017 = SiteProfile(
    name="edaily",
    version="2017",
    hosts=("www.edaily.co.kr", "edaily.co.kr", "m.edaily.co.kr", "starin.edaily.co.kr"),
    markers=(("newstitle", "newsdate", "viewcontent"),),
    press="이데일리",
    title=(".newstitle", "meta[property='og:title']@content"),
    subtitle=(".subtitle",),
    body=("#viewcontent_inner", "#viewcontent"),
    lead_images=("#imgReTouchLoc_1",),
    drop=(".stocksise > :not(b)", ".gal", "script", "iframe"),
    published=(".newsdate",),
    byline=(".newsdate",),
)

MOBILE = SiteProfile(
    name="edaily",
    version="mobile",
    hosts=("m.edaily.co.kr",),
    press="이데일리",
    body=("div.article_body[itemprop='articleBody']", "div.article_body"),
    drop=("[class^='ad_']", "script", "iframe"),
)

PROFILES = [CURRENT, V2017, MOBILE]
