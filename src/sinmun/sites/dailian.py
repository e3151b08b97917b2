"""데일리안 (www.dailian.co.kr): the article page (``/news/view/<n>``) in two layouts.

Version ``2015`` (facts from the public just-news article reader's 데일리안 implementation, whose
selectors last changed in July 2015; its November 2021 health check lists a 2021 page, with no
published result): the headline is ``#view_titlebox .view_titlebox_r1`` and the subtitle
``#view_titlebox .view_subtitle`` (``<br>``-separated lines); ``#view_titlebox2_3 span`` holds the
time ("등록 : 2015-07-08 10:00"); the first text of ``#view_page .view_title_sub`` is the reporter
with the e-mail in parentheses ("홍길동 기자(x@dailian.co.kr)"). The text is ``#view_con``: runs with
inline keyword links (``a.dklink``) and ``.contents_img`` photos.

Version ``current`` (facts from a public multi-outlet Selenium crawler's per-site configuration,
whose entries describe 2023-2025 markup): the headline is ``h1.title``, ``div.divtext2`` the time
line; the text is ``div.article``, with ``flex`` boxes, sub-boxes (``inner-sub``), the notice and
``figure`` photos inside.
"""
from .base import SiteProfile

#: the selectors were last changed in July 2015; the layout's start and end are not known
V2015_ATTESTED = ("2015-07", "2015-07")

V2015 = SiteProfile(
    name="dailian",
    version="2015",
    hosts=("www.dailian.co.kr", "dailian.co.kr"),
    markers=(("view_titlebox", 'id="view_con"'),),
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

PROFILES = [CURRENT, V2015]
