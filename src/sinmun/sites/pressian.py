"""프레시안 (www.pressian.com): the ``/news/article.html?no=<n>`` article page of 2019.

Layout (facts from the public just-news article reader's 프레시안 implementation, last changed in
April 2019): the headline is ``.text-info .title`` and the subtitle ``.hboxsubtitle``;
``.byotherspan`` holds the reporter (``.head_writer_fullname .byother``) and the time (``.date``:
"2019.02.15 10:00:00"); the text is ``#news_body_area``, followed by the ``.article_pay`` support
box. The later ``/pages/articles/<n>`` layout is not covered.
"""
from .base import SiteProfile

#: the layout is attested in April 2019; its start and end are not known
V2019_ATTESTED = ("2019-04", "2019-04")

V2019 = SiteProfile(
    name="pressian",
    version="2019",
    hosts=("www.pressian.com", "pressian.com", "m.pressian.com"),
    markers=(("hboxsubtitle", "news_body_area", "byotherspan"),),
    press="프레시안",
    title=(".text-info .title", "meta[property='og:title']@content"),
    subtitle=(".hboxsubtitle",),
    body=("#news_body_area",),
    drop=("script", "iframe"),
    published=(".byotherspan .date",),
    byline=(".head_writer_fullname .byother",),
)

PROFILES = [V2019]
