"""뉴스핌 (www.newspim.com): the article page (``/news/view/<yyyymmdd><n>``).

Layout (facts from a public multi-outlet Selenium crawler's per-site configuration, whose entries
describe 2023-2025 markup, and a Python crawler module of April 2023 reading the same text
container on a 2021 page): the headline is ``h2#main-title`` and ``div.writetime`` the time line;
the text is ``div#news-contents``, with photo ``table``s and boxes holding an ``iframe`` (videos)
among its paragraphs.

Version ``2019`` (the same ``/news/view/`` URLs; facts from the commit history of a public Java stock-news
scraper, banks21c/MavenStockProject, ``NewsPimCom.java`` and ``WwwNewspimCom.java``, whose selectors were
first written on 2019-10-17 (for a page of March 2019) and not changed before their last change in June
2021): inside ``.bodynews``, ``.bodynews_title`` holds the headline (``h1``) and the time
(``li.writetime``); the text is ``#news_contents`` (an underscore, where the current layout has a
hyphen), with the ``.adrs`` box and ``.hidden-obj`` elements inside and the reporter's line last.
Dated from 2019-10-17; when the current layout replaced it is not known.

Version ``mobile`` (``m.newspim.com/news/view/<yyyymmdd><n>``, the URLs of 2018-2026 link lists; facts
from the same scraper's ``MNewsPimCom.java``, whose selectors were written on 2019-10-18 for a page of
October 2018 and not changed to June 2021, from a public per-outlet body-selector map of 2025 with a
separate entry for the mobile host, and an older article scraper reading the mobile pages' text from
their ``itemprop=articleBody`` element): the headline is ``hgroup h1``, the time the first ``.time`` (its
label in an ``em``), the text ``.viewcontents`` (``div#viewcontents`` in the 2025 map), the notice in
``.viewfooter``. A page of the mobile host is read by the layout whose markers or text container it has.
Dated from 2019-10-18.
"""
from datetime import date

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

V2019 = SiteProfile(
    name="newspim",
    version="2019",
    hosts=("www.newspim.com", "newspim.com"),
    markers=(('id="news_contents"', "bodynews_title"),),
    valid_from=date(2019, 10, 17),
    press="뉴스핌",
    title=(".bodynews .bodynews_title h1", "meta[property='og:title']@content"),
    body=(".bodynews #news_contents", "#news_contents"),
    drop=(".adrs", ".hidden-obj", "div.pop_prt_btns", "table", "script", "noscript", "iframe"),
    published=(".bodynews .bodynews_title li.writetime",),
)

MOBILE = SiteProfile(
    name="newspim",
    version="mobile",
    hosts=("m.newspim.com",),
    valid_from=date(2019, 10, 18),
    press="뉴스핌",
    title=("hgroup h1", "meta[property='og:title']@content"),
    body=("div#viewcontents", "#viewcontents", ".viewcontents"),
    drop=("table", "div:has(> iframe)", "script", "iframe"),
    published=(".time",),
)

PROFILES = [CURRENT, V2019, MOBILE]
