"""스포츠서울 (www.sportsseoul.com): the article page (``/news/read/<n>``) in its 2019 layout.

Layout (facts from the public just-news article reader's 스포츠서울 implementation, written by
2019 and listed in its November 2021 health check with a 2021 page): the headline is
``.viewtitle``; ``.dateWrap li .date`` holds the send time and then the modified time
("2019-02-15 10:00:00"); the text is ``.article``: runs with ad boxes (``#wp_adbn_root``, inline
``span``s). A 2023 crawler reads ``#article-body > p`` instead: that later layout is not covered.
"""
from .base import SiteProfile

#: the layout is attested in 2019 (and on a 2021 page); its start and end are not known
V2019_ATTESTED = ("2019", "2021-11")

V2019 = SiteProfile(
    name="sportsseoul",
    version="2019",
    hosts=("www.sportsseoul.com", "sportsseoul.com", "m.sportsseoul.com"),
    markers=(("viewtitle", "dateWrap"),),
    press="스포츠서울",
    title=(".viewtitle", "meta[property='og:title']@content"),
    body=("div.article", ".article"),
    drop=("#wp_adbn_root", "script", "iframe"),
    published=(".dateWrap li:first-child .date", ".dateWrap li .date"),
    updated=(".dateWrap li:nth-child(2) .date",),
)

PROFILES = [V2019]
