"""디지털타임스 (www.dt.co.kr): the article page (``/contents.html?article_no=<n>``) in its 2015 layout.

Layout (facts from the public just-news article reader's 디지털타임스 implementation, whose
selectors last changed in July 2015; the ``contents.html?article_no=`` URLs are still those of a
2023 crawler module): the header ``#news_names`` holds the headline ``h1``, the subtitle ``h3`` and
a ``p`` that opens with the reporter's name, links the e-mail (``a[href^=mailto]``) and carries the
time ("입력: 2015-07-08 10:00"). The text is ``#NewsAdContent``: runs with inline links; the site
logo (``img[alt="DT Main"]``) may sit inside it. The layout served later is not covered.
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

PROFILES = [V2015]
