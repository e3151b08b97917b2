"""아이뉴스24: the article page in two layouts.

Version ``2015`` (``news.inews24.com``/``joynews.inews24.com`` ``/php/news_view.php``; facts from
the public just-news article reader's 아이뉴스24 implementation, whose selectors last changed in July
2015): ``#content .title`` is the headline, ``#content .sub_title`` the subtitle and ``#content
.info`` the line with the time (its first four numbers are year, month, day and hour:minute); the
text is ``#news_content``, with Google ad slots (``id^=div-gpt-ad``, in a box of their own) and the
reporter-search link (``a[href="javascript:search_gija();"]``) inside.

Version ``current`` (``www.inews24.com/view/<n>``; facts from a public multi-outlet Selenium
crawler's per-site configuration, whose entries describe 2023-2025 markup): the first ``h1`` is the
headline and ``<time datetime>`` the time; the text is ``article.view``, with the reporter list
(``author-list``), an ``address`` block and ``figure`` photos inside. Dated from 2020-08-03, the first
version of a public Java stock-news scraper's 아이뉴스24 selectors (banks21c/MavenStockProject,
``WwwInews24Com.java``: headline ``header.view > h1``, time ``header.view > time``, reporter ``article.view
address a``, text ``article.view``), not changed before its last change in June 2021.
"""
from datetime import date

from .base import SiteProfile

#: the selectors were last changed in July 2015; the layout's start and end are not known
V2015_ATTESTED = ("2015-07", "2015-07")

V2015 = SiteProfile(
    name="inews24",
    version="2015",
    hosts=("news.inews24.com", "joynews.inews24.com"),
    markers=(('id="news_content"', "sub_title"),),
    press="아이뉴스24",
    title=("#content .title", "meta[property='og:title']@content"),
    subtitle=("#content .sub_title",),
    body=("#news_content",),
    drop=("div:has(> [id^='div-gpt-ad'])", "[id^='div-gpt-ad']", "a[href='javascript:search_gija();']", "script",
          "iframe"),
    published=("#content .info",),
)

#: the scraper read this markup from 2020-08-03; the 2023-2025 crawler still does
CURRENT_SINCE = date(2020, 8, 3)
ATTESTED = ("2020-08", "2025")

CURRENT = SiteProfile(
    name="inews24",
    hosts=("www.inews24.com", "inews24.com", "m.inews24.com"),
    markers=(("author-list", "<address"),),
    valid_from=CURRENT_SINCE,
    press="아이뉴스24",
    title=("h1", "meta[property='og:title']@content"),
    body=("article.view",),
    drop=("[class*='author-list']", "address", "figure", "script"),
    published=("time@datetime", "time"),
)

PROFILES = [CURRENT, V2015]
