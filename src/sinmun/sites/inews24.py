"""아이뉴스24 (news.inews24.com, joynews.inews24.com): the ``/php/news_view.php`` article page of 2015.

Layout (facts from the public just-news article reader's 아이뉴스24 implementation, whose selectors
last changed in July 2015): ``#content .title`` is the headline, ``#content .sub_title`` the
subtitle and ``#content .info`` the line with the time (its first four numbers are year, month,
day and hour:minute); the text is ``#news_content``, with Google ad slots (``id^=div-gpt-ad``, in
a box of their own) and the reporter-search link (``a[href="javascript:search_gija();"]``) inside.
The later ``www.inews24.com/view/<n>`` layout is not covered.
"""
from .base import SiteProfile

#: the selectors were last changed in July 2015; the layout's start and end are not known
V2015_ATTESTED = ("2015-07", "2015-07")

V2015 = SiteProfile(
    name="inews24",
    version="2015",
    hosts=("news.inews24.com", "joynews.inews24.com"),
    markers=(('id="news_content"', "sub_title"),),
    press="아이뉴스24",
    title=("#content .title", "meta[property='og:title']@content"),
    subtitle=("#content .sub_title",),
    body=("#news_content",),
    drop=("div:has(> [id^='div-gpt-ad'])", "[id^='div-gpt-ad']", "a[href='javascript:search_gija();']", "script",
          "iframe"),
    published=("#content .info",),
)

PROFILES = [V2015]
