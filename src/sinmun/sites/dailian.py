"""데일리안 (www.dailian.co.kr): the article page (``/news/view/<n>``) in three layouts.

Version ``2015`` (facts from the public just-news article reader's 데일리안 implementation, whose
selectors last changed in July 2015; its November 2021 health check lists a 2021 page, with no
published result): the headline is ``#view_titlebox .view_titlebox_r1`` and the subtitle
``#view_titlebox .view_subtitle`` (``<br>``-separated lines); ``#view_titlebox2_3 span`` holds the
time ("등록 : 2015-07-08 10:00"); the first text of ``#view_page .view_title_sub`` is the reporter
with the e-mail in parentheses ("홍길동 기자(x@dailian.co.kr)"). The text is ``#view_con``: runs with
inline keyword links (``a.dklink``) and ``.contents_img`` photos. It ends on 2020-04-29: a public Java
stock-news scraper (banks21c/MavenStockProject, ``WwwDailianCoKr.java``) read it (``.view_titlebox_r1``,
``.view_subtitle``, ``#view_titlebox2_3_date``, ``#view_con``) until it changed to the ``2020`` markup on
2020-04-30, for the same page.

Version ``2020`` (that scraper's selectors from 2020-04-30 to its last change in June 2021): inside ``.body
.contents .news-contents``, the headline is the ``h2`` and the time the first item of the first
``.information ul``; the text is ``.article``, with the ``.adrs`` box and the reporter box
``.view_reporter_2017`` (its ``label`` the caption "기자") inside. Dated from 2020-04-30; its end is not known.

Version ``current`` (facts from a public multi-outlet Selenium crawler's per-site configuration,
whose entries describe 2023-2025 markup): the headline is ``h1.title``, ``div.divtext2`` the time
line; the text is ``div.article``, with ``flex`` boxes, sub-boxes (``inner-sub``), the notice and
``figure`` photos inside.
"""
from datetime import date

from .base import SiteProfile

#: the selectors were last changed in July 2015; a scraper read the layout until 2020-04-29
V2015_ATTESTED = ("2015-07", "2020-04")

V2015 = SiteProfile(
    name="dailian",
    version="2015",
    hosts=("www.dailian.co.kr", "dailian.co.kr"),
    markers=(("view_titlebox", 'id="view_con"'),),
    valid_until=date(2020, 4, 29),
    press="데일리안",
    title=("#view_titlebox .view_titlebox_r1", "meta[property='og:title']@content"),
    subtitle=("#view_titlebox .view_subtitle",),
    body=("#view_con",),
    drop=("script", "iframe"),
    published=("#view_titlebox2_3 span",),
    byline=("#view_page .view_title_sub",),
)

CURRENT_SINCE = None
ATTESTED = "2023"

CURRENT = SiteProfile(
    name="dailian",
    hosts=("www.dailian.co.kr", "dailian.co.kr"),
    markers=(("divtext2", 'class="article"'),),
    press="데일리안",
    title=("h1.title", "meta[property='og:title']@content"),
    body=("div.article",),
    drop=("[class*='flex flex']", "[class*='inner-sub']", "[class*='copyright']", "figure", "script"),
    date_line=("div.divtext2",),
)

#: the 2020 layout's header box
V2020_HEAD = ".body .contents .news-contents"

V2020 = SiteProfile(
    name="dailian",
    version="2020",
    hosts=("www.dailian.co.kr", "dailian.co.kr"),
    markers=(("news-contents", "information", "view_reporter_2017"),),
    valid_from=date(2020, 4, 30),
    press="데일리안",
    title=(f"{V2020_HEAD} h2", "meta[property='og:title']@content"),
    body=(".article",),
    drop=(".adrs", ".view_reporter_2017", ".hidden-obj", "div.pop_prt_btns", "script", "noscript", "iframe"),
    published=(f"{V2020_HEAD} .information ul:first-child li:first-child",),
    byline=(".article .view_reporter_2017",),
)

PROFILES = [CURRENT, V2020, V2015]
