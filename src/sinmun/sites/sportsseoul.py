"""스포츠서울 (www.sportsseoul.com): the article page (``/news/read/<n>``) in its 2015 layout.

Layout (facts from the public just-news article reader's 스포츠서울 implementation, whose selectors
last changed in December 2015; its November 2021 health check lists a 2021 page, with no published
result): the headline is ``.viewtitle``; ``.dateWrap li .date`` holds the send time and then the
modified time ("2015-12-01 10:00:00"); the text is ``.article``: runs with ad boxes
(``#wp_adbn_root``, inline ``span``s). A 2023 crawler reads ``#article-body > p`` instead: that
later layout is not covered.
"""
from .base import SiteProfile

#: the selectors were last changed in December 2015; the layout's start and end are not known
V2015_ATTESTED = ("2015-12", "2015-12")

V2015 = SiteProfile(
    name="sportsseoul",
    version="2015",
    hosts=("www.sportsseoul.com", "sportsseoul.com", "m.sportsseoul.com"),
    markers=(("viewtitle", "dateWrap"),),
    press="스포츠서울",
    title=(".viewtitle", "meta[property='og:title']@content"),
    body=("div.article", ".article"),
    drop=("#wp_adbn_root", "script", "iframe"),
    published=(".dateWrap li:first-child .date", ".dateWrap li .date"),
    updated=(".dateWrap li:nth-child(2) .date",),
)

PROFILES = [V2015]
