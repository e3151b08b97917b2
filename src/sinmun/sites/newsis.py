"""뉴시스 (www.newsis.com): the article page (``/view/?id=NISX<yyyymmdd>_<n>``) as served in 2023.

Layout (facts from public crawlers of 2023: a Python crawler module, two Selenium/R scripts giving
the full selector paths, and a parser reading the reporter from ``og:description``): inside
``#content > div.articleView > div.view``, ``div.top h1`` is the headline and the last ``p`` of
``div.infoLine div.left`` the labelled send time; ``div.viewer > article`` is the text: ``<br>``
runs opening with the dateline "[서울=뉴시스]홍길동 기자 =", with the summary box ``div.summury``
(sic), the photo box ``div.thumCont``, the ad slot ``#view_ad`` and ``.iwmads`` ads inside it.
"""
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

PROFILES = [CURRENT]
