"""뉴스핌 (www.newspim.com): the article page (``/news/view/<yyyymmdd><n>``).

Layout (facts from a public multi-outlet Selenium crawler's per-site configuration, whose entries
describe 2023-2025 markup, and a Python crawler module of April 2023 reading the same text
container on a 2021 page): the headline is ``h2#main-title`` and ``div.writetime`` the time line;
the text is ``div#news-contents``, with photo ``table``s and boxes holding an ``iframe`` (videos)
among its paragraphs.

Version ``mobile`` (``m.newspim.com/news/view/<yyyymmdd><n>``, the URLs of 2023-2026 link lists; facts
from a public per-outlet body-selector map of 2025 with a separate entry for the mobile host, and an
older article scraper that reads the mobile pages' text from their ``itemprop=articleBody`` element):
the text is ``div#viewcontents``. The headline and time markup of these pages is not known from a
source; the generic sources (``og:title``, meta times, dated lines, the "[서울=뉴스핌] 홍길동 기자 ="
dateline) read them. A page of the mobile host is read by the layout whose
markers or text container it has. Undated.
"""
from .base import SiteProfile

#: the layout is attested from 2021 pages into 2025 markup; its start is not known
CURRENT_SINCE = None
ATTESTED = "2023"

CURRENT = SiteProfile(
    name="newspim",
    hosts=("www.newspim.com", "newspim.com", "m.newspim.com"),
    markers=(('id="main-title"', 'id="news-contents"'),),
    press="뉴스핌",
    title=("h2#main-title", "#main-title", "meta[property='og:title']@content"),
    body=("div#news-contents", "#news-contents"),
    drop=("table", "div:has(> iframe)", "script", "iframe"),
    published=("div.writetime",),
)

MOBILE = SiteProfile(
    name="newspim",
    version="mobile",
    hosts=("m.newspim.com",),
    press="뉴스핌",
    body=("div#viewcontents", "#viewcontents"),
    drop=("table", "div:has(> iframe)", "script", "iframe"),
)

PROFILES = [CURRENT, MOBILE]
