"""프레시안 (www.pressian.com): five desktop layouts, newest first, and a mobile one.

- ``current`` (``/pages/articles/<n>``; facts from public crawlers of 2025, one with a test article
  of August 2025): the headline is ``og:title`` (the page ``<title>`` adds " - 프레시안"),
  the first ``.date`` holds the send time ("기사입력 2025.08.21. 09:59:25"), the text is the ``<p>``
  runs of ``div.article_body[itemprop=articleBody]`` with photos (``figure``/``figcaption``) and ad
  boxes (``.article_ad``, ``.article_ad2``, classes starting ``ads``, ``ins.adsbygoogle``, ids starting
  ``google_ads_``) inside, and the reporter sits outside it in ``.list_author .byline``: ``.name``
  ("홍길동 기자") and the e-mail in ``.mail .tooltip`` or a ``mailto:`` link. The ``/pages/articles/``
  URLs are attested from 2021-11-22 (a public article reader's health-check case of that day) to
  2025; when the layout started is not known, so it is undated.
- ``2020`` (``/news/article.html?no=<n>``; facts from the commit history of a public Java stock-news scraper,
  banks21c/MavenStockProject, ``WwwPressianCom.java``, whose selectors were changed to this markup on
  2020-07-12, for a page they had read in the ``2019`` markup before, and not changed again to June
  2021): inside ``.article_view .view_header``, the headline ``.title``, the subtitle ``.sub_title`` and in
  ``.box .byline`` the reporter (``span.name``) and the time (``span.date``, its label in an ``em``); the
  text is ``.article_body``, with kakao ad boxes (``.kakao_ad_area``). Dated from 2020-07-12 to 2021-11-21,
  the day before the current layout is first attested.
- ``2019`` (``/news/article.html?no=<n>``; facts from the public just-news article reader's 프레시안
  implementation): the headline is ``.text-info .title`` and the subtitle ``.hboxsubtitle``;
  ``.byotherspan`` holds the reporter (``.head_writer_fullname .byother``) and the time (``.date``:
  "2019.02.15 10:00:00"); the text is ``#news_body_area``, followed by the ``.article_pay`` support box.
  Dated from 2018-10-19, the day an issue reported the earlier selectors failing on a page of this
  layout (the reader's selectors were changed for it on 2019-02-18, on that same page).
  It ends on 2020-07-11: the same scraper read it (``.text-info div.title``, ``.head_writer_fullname``,
  ``.date``) until it changed to the ``2020`` markup on 2020-07-12.
- ``2015`` (same URLs; the just-news selectors of 2015-04-03 to 2019-02-18): headline ``.hboxtitle``,
  subtitle ``.hboxsubtitle``, ``.hboxbylinedata`` with the reporter in its ``a`` and the time
  ("2016.03.02 10:00") in its ``span``, text ``#news_body_area``. Dated from 2015-04-03, the day the
  reader's selectors were changed for it ("프레시안: changed layout"; it may have started a few days
  earlier), to 2018-10-18, the day before the failure report above.
- ``2014`` (the just-news selectors of 2014-09-20 to 2015-04-03): headline and subtitle in
  ``.arvtitle .hbox`` (``h2``, ``h3``), the time after the label in ``.arvdate``, text
  ``#news_body_area`` (which also carries the class ``news_body_area``), with the reporter box
  ``div[style="float:right;"]`` (the name, then a ``mailto:`` link) inside. Dated until 2015-04-02.
- ``mobile`` (``m.pressian.com/m/m_article.html?no=<n>``; facts from a public word-count script that
  read such pages): the text is ``.smartOutput.body_font``, each reporter a ``.head_writer_fullname``
  (the name first). The headline and time markup are not in the source (the generic sources read
  them) and the script is undated, so the layout is too.
"""
from datetime import date

from .base import SiteProfile

#: the /pages/articles/ URLs are attested from 2021-11-22; the layout's start is not known
CURRENT_SINCE = None
ATTESTED = ("2021-11", "2025-08")

CURRENT = SiteProfile(
    name="pressian",
    hosts=("www.pressian.com", "pressian.com"),
    markers=(("article_body", "list_author"),),
    press="프레시안",
    title=("meta[property='og:title']@content",),
    body=("div.article_body[itemprop='articleBody']", "div.article_body"),
    drop=(".article_ad", ".article_ad2", "[class^='ads']", "ins.adsbygoogle", "[id^='google_ads_']", "script",
          "style", "iframe"),
    published=(".date",),
    byline=(".list_author .byline .name",),
    reporter_email=(".list_author .byline .mail .tooltip", ".list_author .byline a[href^='mailto:']@href"),
    caption=("figcaption",),
)

V2019 = SiteProfile(
    name="pressian",
    version="2019",
    hosts=("www.pressian.com", "pressian.com", "m.pressian.com"),
    markers=(("hboxsubtitle", "news_body_area", "byotherspan"),),
    valid_from=date(2018, 10, 19),
    valid_until=date(2020, 7, 11),
    press="프레시안",
    title=(".text-info .title", "meta[property='og:title']@content"),
    subtitle=(".hboxsubtitle",),
    body=("#news_body_area",),
    drop=("script", "iframe"),
    published=(".byotherspan .date",),
    byline=(".head_writer_fullname .byother",),
)

#: the 2020 layout's header box
V2020_HEADER = ".article_view .view_header"

V2020 = SiteProfile(
    name="pressian",
    version="2020",
    hosts=("www.pressian.com", "pressian.com"),
    markers=(("article_view", "view_header", "article_body"),),
    valid_from=date(2020, 7, 12),
    valid_until=date(2021, 11, 21),
    press="프레시안",
    title=(f"{V2020_HEADER} .title", "meta[property='og:title']@content"),
    subtitle=(f"{V2020_HEADER} .sub_title",),
    body=(".article_body",),
    drop=(".kakao_ad_area", "script", "iframe"),
    published=(f"{V2020_HEADER} .box .byline span.date",),
    byline=(f"{V2020_HEADER} .box .byline span.name",),
)

V2015 = SiteProfile(
    name="pressian",
    version="2015",
    hosts=("www.pressian.com", "pressian.com"),
    markers=(("hboxtitle", "hboxbylinedata", "news_body_area"),),
    valid_from=date(2015, 4, 3),
    valid_until=date(2018, 10, 18),
    press="프레시안",
    title=(".hboxtitle", "meta[property='og:title']@content"),
    subtitle=(".hboxsubtitle",),
    body=("#news_body_area",),
    drop=("script", "iframe"),
    published=(".hboxbylinedata span",),
    byline=(".hboxbylinedata a",),
)

#: the 2014 layout's reporter box inside the text
V2014_REPORTER = "#news_body_area > div[style='float:right;']"

V2014 = SiteProfile(
    name="pressian",
    version="2014",
    hosts=("www.pressian.com", "pressian.com"),
    markers=(("arvtitle", "arvdate", "news_body_area"),),
    valid_until=date(2015, 4, 2),
    press="프레시안",
    title=(".arvtitle .hbox h2", "meta[property='og:title']@content"),
    subtitle=(".arvtitle .hbox h3",),
    body=("#news_body_area",),
    drop=(V2014_REPORTER, "script", "iframe"),
    published=(".arvdate",),
    byline=(f"{V2014_REPORTER} > :first-child",),
    reporter_email=(f"{V2014_REPORTER} a[href^='mailto:']@href",),
)

MOBILE = SiteProfile(
    name="pressian",
    version="mobile",
    hosts=("m.pressian.com",),
    markers=(("body_font", "head_writer_fullname"),),
    press="프레시안",
    body=(".smartOutput.body_font",),
    drop=("script", "iframe"),
    byline=(".head_writer_fullname",),
)

PROFILES = [CURRENT, V2020, V2019, V2015, V2014, MOBILE]
