"""광주일보 (www.kwangju.co.kr): the article page, ``read.php3?aid=<n>`` in the 2010s, ``article.php?aid=<n>`` now.

Layout (facts from public crawlers, no saved test page): the text is ``div#joinskmbox`` in every
source — a keyword crawler of the 2015-2018 search pages (``search_result.php3``), recent
per-outlet body-selector maps and a section-list scraper (``section.php?sid=``, ``ul.section_list``).
The September 2019 ``read.php3?aid=`` page (a public C# article downloader that supports the site
since 2019-09-10) is EUC-KR, has its headline in ``og:title`` and its photos under ``#CmAdContent``.
The search crawler read the time from ``div.read_time`` (the line's exact wording is not in the
source); the section scraper reads the subtitle from ``div.rtitle2`` and cuts the text at the
closing "/홍길동 기자" sign-off, which the general trailing-byline rules read. The time line of the
``article.php?aid=`` pages (the URLs of 2026 link lists) is not known from a source: there the
generic sources (meta, dated lines) give the date.

No source dates the change from ``read.php3`` to ``article.php`` or shows that the text container
changed with it, so this is one layout, attested 2015-2026 and undated. Mobile pages
(``m.kwangju.co.kr/article.php?aid=``) appear in public link lists, but no source shows their
markup: the host is not claimed.
"""
from .base import SiteProfile

#: the text container is attested from the 2015-2018 search crawler to the 2025 scraper; no change is dated
CURRENT_SINCE = None
ATTESTED = ("2015", "2026")

CURRENT = SiteProfile(
    name="kwangju",
    hosts=("www.kwangju.co.kr", "kwangju.co.kr"),
    # joinskmbox alone is a CMS id other sites share: each marker pairs it with a 광주일보 field
    markers=(("joinskmbox", "rtitle2"), ("joinskmbox", "read_time")),
    press="광주일보",
    title=("meta[property='og:title']@content",),
    subtitle=("div.rtitle2",),
    body=("div#joinskmbox",),
    lead_images=("div#CmAdContent",),
    drop=("div.rtitle2", "script", "style", "iframe", "ins"),
    published=("div.read_time",),
)

PROFILES = [CURRENT]
