"""이투데이 (www.etoday.co.kr): the article page (``/news/view/<n>``) as served in 2026.

Layout (facts from a public stock-news ingester's design note for its 이투데이 parser, February
2026, with per-outlet selector maps of 2023-2025 naming the same text container): the headline
is ``h1.main_title`` (also ``og:title``), the time ``article:published_time``; the text is the
``<p>`` run of ``div.articleView[itemprop=articleBody]``, which also holds the image box
``.img_box_C``, Google ad slots (``id^=div-gpt-ad``), related news ``.relation_newslist``, keyword
tags ``.kwd_tags``, the company name card ``.card-container``, the reporter's top news
``.reporter_topNews``, the reaction buttons ``.recommend_btn`` and the share button ``.ico_share``.

Two older layouts, dated by the commit history of a public Java stock-news scraper (banks21c/MavenStockProject,
``WwwEtodayCoKr.java``), whose 이투데이 selectors were first written on 2019-10-17 and changed on 2019-12-06:

- ``2019`` (``/news/section/newsview.php?idxno=<n>``; that scraper's selectors of 2019-10-17 to 2019-12-05, and a
  public Spring news crawler of 2018 reading the reporter from the same ``.reporter_copy_w_1`` box): the
  headline is ``.subject h2``, the time the first ``.byline em`` (its label in an inner ``em``), the text
  ``.cont_left_article #CmAdContent``; the reporter is the ``strong`` of ``.reporter_copy_w_1`` and the
  notice ``.reporter_copy_w_2``, both in ``.cont_left_article``. Dated 2019-10-17 to 2019-12-05.
- ``2020`` (the same scraper's selectors from 2019-12-06, unchanged to its last change in June 2021): the
  headline is ``.news_dtail_view_top_wrap h2.main_title``, the reporter ``.vw_byline .vw_by_reporter li dl
  dd.reporter_name`` (followed by a "자세히보기" link), the times ``.view_top_container div.newsinfo``
  ("입력 … 수정 …", in ``span``s from 2021), the text ``.articleView`` (``.view_body`` on some pages) with
  ``.img_box_C`` photo boxes and Google ad slots inside. Dated from 2019-12-06; its end is not known.
"""
from datetime import date

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

#: the 2019 layout's left column, holding the text and the reporter and copyright boxes
V2019_COLUMN = ".cont_left_article"

V2019 = SiteProfile(
    name="etoday",
    version="2019",
    hosts=("www.etoday.co.kr", "etoday.co.kr", "m.etoday.co.kr"),
    markers=(("reporter_copy_w_1", "cont_left_article", 'id="CmAdContent"'),),
    valid_from=date(2019, 10, 17),
    valid_until=date(2019, 12, 5),
    press="이투데이",
    title=(".subject h2", "meta[property='og:title']@content"),
    body=(f"{V2019_COLUMN} #CmAdContent",),
    drop=(".reporter_copy_w_1", ".reporter_copy_w_2", "script", "style", "iframe"),
    published=(".byline em",),
    byline=(f"{V2019_COLUMN} .reporter_copy_w_1 strong",),
    reporter_email=(f"{V2019_COLUMN} .reporter_copy_w_1",),
    copyright=(f"{V2019_COLUMN} .reporter_copy_w_2",),
)

V2020 = SiteProfile(
    name="etoday",
    version="2020",
    hosts=("www.etoday.co.kr", "etoday.co.kr", "m.etoday.co.kr"),
    markers=(("news_dtail_view_top_wrap", "vw_by_reporter"),),
    valid_from=date(2019, 12, 6),
    press="이투데이",
    title=(".news_dtail_view_top_wrap h2.main_title", "meta[property='og:title']@content"),
    body=("div.articleView", ".view_body"),
    lead_images=("div.articleView .img_box_C",),
    drop=(".img_box_C", "[id^='div-gpt-ad']", "script", "style", "iframe"),
    date_line=(".view_top_container div.newsinfo",),
    byline=(".vw_byline .vw_by_reporter li dl dd.reporter_name",),
    copyright=(".cont_left_article .reporter_copy_w_2",),
)

PROFILES = [CURRENT, V2020, V2019]
