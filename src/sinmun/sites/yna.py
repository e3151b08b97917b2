"""연합뉴스 (www.yna.co.kr): the article page as served in 2025-2026 (``/view/AKR…``), and the older one.

Version ``current``: (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages, and from the page's own meta tags): the breadcrumb ``ul.nav-path01`` names the
section; the headline is ``h1.tit01`` and the subtitle lines are ``div.tit-sub h2.tit01``; the
``p.update-time`` line carries the send time in ``data-published-time`` (text ``송고시간 …`` in
``span.txt-time01``). The text is the ``<p>`` run of ``article.story-news.article``, opening with the
dateline ``(서울=연합뉴스) 홍길동 기자 =`` (the reporters) and closing with the reporter's bare
e-mail; inside it sit ``div.comp-box`` photo groups (``figure.image-zone01``, caption in
``figcaption p.txt-desc``), ``aside`` related-news boxes and the ``p.txt-copyright`` notice
(``<저작권자(c) 연합뉴스, …>``). Keywords (``div.keyword-zone``) and the reporter card
(``div.writer-zone01``) follow the text. Dated from 2020-05-13, the day a public Java stock-news scraper
(banks21c/MavenStockProject, ``WwwYnaCoKr.java``) changed its selectors to this header (headline
``.title-article01>.tit``, time ``.title-article01 .update-time``; photos ``.comp-box figure`` and the
``.txt-copyright`` notice from 2020-06-05); they were not changed again before its last change in June 2021.

Version ``2019`` (``www.yna.co.kr/view/AKR…``; the same scraper's selectors of 2019-11-25, its first version,
to 2020-05-12, for a page of March 2019): the headline is ``.tit-article``, the send time the ``em`` of
``.article-sns-md .share-info .tt``; the text is ``.article``, with the ``.adrs`` box and ``.hidden-obj``
elements inside and the reporter's e-mail last. Dated 2019-11-25 to 2020-05-12.

Version ``2015`` (``www.yonhapnews.co.kr/…/<yyyy>/<mm>/<dd>/…AKR….HTML``; facts from the public
just-news article reader's 연합뉴스 implementation, whose selectors stayed the same from its first version,
2015-07-08, to its move to TypeScript on 2019-02-15, and its URL pattern): the headline is the ``h2``
(or ``h1``) of ``#articleWrap``; the text is ``div.article``, opening with the subtitle box ``.stit``
(``strong b``) and closing with the ``.adrs`` box whose ``.pblsh`` line is the send time ("2017/09/27
10:05 송고"), with banner and ad boxes (``.banner-0-wrap``, ``.article_ban``, ``.article-ad-box``) between
paragraphs. Dated by those two days, the span the reader's selectors are attested for (its start and end
may lie outside).
"""
from datetime import date

from .base import SiteProfile

#: the header the scraper read from 2020-05-13 is the one of the January 2026 pages
CURRENT_SINCE = date(2020, 5, 13)
ATTESTED = ("2020-05", "2026-01")

CURRENT = SiteProfile(
    name="yna",
    hosts=("www.yna.co.kr",),
    # The story container alone is shared by look-alike templates; the breadcrumb list is Yonhap's.
    markers=(("story-news", "nav-path01"),),
    valid_from=CURRENT_SINCE,
    press="연합뉴스",
    title=("div.title-article01 h1.tit01", "h1.tit01", "meta[property='og:title']@content"),
    subtitle=("div.tit-sub h2.tit01", "div.tit-sub h2"),
    body=("article.story-news.article", "div.story-news.article"),
    drop=("aside", "div.comp-box", "div.keyword-zone", "div.writer-zone01", "div.banner-zone",
          "div.ad-box"),
    published=("p.update-time@data-published-time", "span.txt-time01",
               "meta[property='article:published_time']@content"),
    section=("ul.nav-path01 li a",),
    caption=("figcaption p.txt-desc", "figcaption"),
)

V2015 = SiteProfile(
    name="yna",
    version="2015",
    hosts=("www.yonhapnews.co.kr", "yonhapnews.co.kr"),
    markers=(('id="articleWrap"', "pblsh"),),
    # the reader's selectors: first version 2015-07-08, moved to TypeScript unchanged on 2019-02-15
    valid_from=date(2015, 7, 8),
    valid_until=date(2019, 2, 15),
    press="연합뉴스",
    title=("#articleWrap h2", "#articleWrap h1", "meta[property='og:title']@content"),
    subtitle=("#articleWrap .article .stit strong b", ".article .stit strong"),
    body=("#articleWrap div.article", "div.article"),
    drop=(".stit", ".banner-0-wrap", ".article_ban", ".adrs", ".article-ad-box", "script", "iframe"),
    published=(".article .adrs .pblsh",),
)

V2019 = SiteProfile(
    name="yna",
    version="2019",
    hosts=("www.yna.co.kr",),
    markers=(("tit-article", "article-sns-md", "share-info"),),
    valid_from=date(2019, 11, 25),
    valid_until=date(2020, 5, 12),
    press="연합뉴스",
    title=(".tit-article", "meta[property='og:title']@content"),
    body=("div.article", ".article"),
    drop=(".adrs", ".hidden-obj", "div.pop_prt_btns", "script", "noscript", "iframe"),
    published=(".article-sns-md .share-info .tt em",),
)

PROFILES = [CURRENT, V2019, V2015]
