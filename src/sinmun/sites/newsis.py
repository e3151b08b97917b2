"""뉴시스 (www.newsis.com): the article page (``/view/?id=NISX<yyyymmdd>_<n>``) as served in 2023, and the
older table page.

Layout (facts from public crawlers of 2023: a Python crawler module, two Selenium/R scripts giving
the full selector paths, and a parser reading the reporter from ``og:description``): inside
``#content > div.articleView > div.view``, ``div.top h1`` is the headline and the last ``p`` of
``div.infoLine div.left`` the labelled send time; ``div.viewer > article`` is the text: ``<br>``
runs opening with the dateline "[서울=뉴시스]홍길동 기자 =", with the summary box ``div.summury``
(sic), the photo box ``div.thumCont``, the ad slot ``#view_ad`` and ``.iwmads`` ads inside it.

Version ``2015`` (``/ar_detail/view.html?ar_id=NISX<yyyymmdd>_<n>``; facts from the public just-news
article reader's 뉴시스 implementation and URL pattern, whose selectors stayed the same from its first
version, 2015-07-08, to its move to TypeScript on 2019-02-15): a table page; the headline is
``.viewnewstitle`` and the ``font`` elements of its table body the times in brackets
("[2017-05-02 10:00:00]", the second the update); the text is ``#articleBody``, with the lead photo
``.center_img`` outside it. Dated by those two days, the span the reader's selectors are attested for.
"""
from datetime import date

from .base import SiteProfile

#: the layout is attested on 2023 pages; its start and end are not known
CURRENT_SINCE = None
ATTESTED = "2023"

CURRENT = SiteProfile(
    name="newsis",
    hosts=("www.newsis.com", "newsis.com", "mobile.newsis.com"),
    markers=(("articleView", "infoLine", "summury"),),
    press="뉴시스",
    title=("div.articleView div.view div.top h1", "meta[property='og:title']@content"),
    subtitle=("div.viewer > article div.summury",),
    body=("div.articleView div.view div.viewer > article", "div.viewer > article"),
    lead_images=("div.viewer > article div.thumCont",),
    drop=("div.summury", "#view_ad", ".iwmads", "div.thumCont", "script"),
    published=("div.infoLine div.left p:last-child", "div.infoLine div.left"),
)

#: the table body holding the headline also holds the times, each in a ``font``
V2015_TIMES = "tbody:has(.viewnewstitle) font"

V2015 = SiteProfile(
    name="newsis",
    version="2015",
    hosts=("www.newsis.com", "newsis.com"),
    markers=(("viewnewstitle", 'id="articleBody"'),),
    valid_from=date(2015, 7, 8),
    valid_until=date(2019, 2, 15),
    press="뉴시스",
    title=(".viewnewstitle", "meta[property='og:title']@content"),
    body=("#articleBody",),
    lead_images=(".center_img",),
    drop=("script", "iframe"),
    published=(f"{V2015_TIMES}:nth-of-type(1)",),
    updated=(f"{V2015_TIMES}:nth-of-type(2)",),
)

PROFILES = [CURRENT, V2015]
