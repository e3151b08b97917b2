"""스포츠서울 (www.sportsseoul.com): the article page (``/news/read/<n>``) in two layouts.

Version ``2015`` (facts from the public just-news article reader's 스포츠서울 implementation, whose
selectors last changed in December 2015; its November 2021 health check lists a 2021 page, with no
published result): the headline is ``.viewtitle``; ``.dateWrap li .date`` holds the send time and
then the modified time ("2015-12-01 10:00:00"); the text is ``.article``: runs with ad boxes
(``#wp_adbn_root``, inline ``span``s). Dated from 2015-11-30, the day the reader's issue #216
reported that the site had changed (a ``/news/read/`` page no longer read; the selectors above were
written for it the next day); its end is not known.

Version ``current`` (facts from a public multi-outlet Selenium crawler's per-site configuration,
whose entries describe 2023-2025 markup, and a Python crawler module of April 2023 reading
``#article-body > p``): the headline is ``h1.headline``, ``div.datetime`` the time line; the text is
the ``<p>`` run of ``div#article-body``, with the subtitle box, the like buttons (``article-like``),
tables, the notice and ``figure`` photos inside.
"""
from datetime import date

from .base import SiteProfile

#: the site change was reported on 2015-11-30 and the selectors written on 2015-12-01; the end is not known
V2015_ATTESTED = ("2015-11", "2015-12")

V2015 = SiteProfile(
    name="sportsseoul",
    version="2015",
    hosts=("www.sportsseoul.com", "sportsseoul.com", "m.sportsseoul.com"),
    markers=(("viewtitle", "dateWrap"),),
    valid_from=date(2015, 11, 30),
    press="스포츠서울",
    title=(".viewtitle", "meta[property='og:title']@content"),
    body=("div.article", ".article"),
    drop=("#wp_adbn_root", "script", "iframe"),
    published=(".dateWrap li:first-child .date", ".dateWrap li .date"),
    updated=(".dateWrap li:nth-child(2) .date",),
)

CURRENT_SINCE = None
ATTESTED = "2023"

CURRENT = SiteProfile(
    name="sportsseoul",
    hosts=("www.sportsseoul.com", "sportsseoul.com", "m.sportsseoul.com"),
    markers=(('id="article-body"', "datetime", "headline"),),
    press="스포츠서울",
    title=("h1.headline", "meta[property='og:title']@content"),
    subtitle=("#article-body [class*='subtitle']",),
    body=("div#article-body", "#article-body"),
    drop=("[class*='subtitle']", "[class*='article-like']", "table", "[class*='copyright']", "figure", "script",
          "style"),
    date_line=("div.datetime",),
)

PROFILES = [CURRENT, V2015]
