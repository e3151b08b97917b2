"""디지털타임스 (www.dt.co.kr): the article page (``/contents.html?article_no=<n>``) in two layouts.

Version ``2015`` (facts from the public just-news article reader's 디지털타임스 implementation, whose
selectors last changed in July 2015; the ``contents.html?article_no=`` URLs are still those of a
2023 crawler module): the header ``#news_names`` holds the headline ``h1``, the subtitle ``h3`` and
a ``p`` that opens with the reporter's name, links the e-mail (``a[href^=mailto]``) and carries the
time ("입력: 2015-07-08 10:00"). The text is ``#NewsAdContent``: runs with inline links; the site logo
(``img[alt="DT Main"]``) may sit inside it.

Version ``current`` (facts from a public multi-outlet Selenium crawler's per-site configuration,
whose entries describe 2023-2025 markup): the headline is ``h1.art_tit``, ``div.article_info`` the
time line; the text is ``div.article_view``, with photo boxes (classes containing ``img_``) and the
notice ``article_copy`` inside.
"""
from .base import SiteProfile

#: the selectors were last changed in July 2015; the layout's start and end are not known
V2015_ATTESTED = ("2015-07", "2015-07")

V2015 = SiteProfile(
    name="dt",
    version="2015",
    hosts=("www.dt.co.kr", "dt.co.kr", "m.dt.co.kr"),
    markers=(('id="news_names"', 'id="NewsAdContent"'),),
    press="디지털타임스",
    title=("#news_names h1", "meta[property='og:title']@content"),
    subtitle=("#news_names h3",),
    body=("#NewsAdContent",),
    drop=("img[alt='DT Main']", "script", "iframe"),
    date_line=("#news_names p",),
    byline=("#news_names p",),
    reporter_email=("#news_names p a[href^='mailto']",),
)

CURRENT_SINCE = None
ATTESTED = "2023"

CURRENT = SiteProfile(
    name="dt",
    hosts=("www.dt.co.kr", "dt.co.kr", "m.dt.co.kr"),
    markers=(("art_tit", "article_view", "article_info"),),
    press="디지털타임스",
    title=("h1.art_tit", "meta[property='og:title']@content"),
    body=("div.article_view",),
    drop=("[class*='img_']", "[class*='article_copy']", "script"),
    date_line=("div.article_info",),
)

PROFILES = [CURRENT, V2015]
