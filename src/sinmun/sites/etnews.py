"""전자신문 (www.etnews.com): the article page (``/<yyyymmdd><n>``) in two layouts.

Layout (facts from the public just-news article reader's 전자신문 implementation, last changed in
April 2019): the headline is ``.article_title`` and ``<time>`` the publication date ("발행일 :
2019.04.21", no time of day); the text is ``.article_body``, with ad boxes (``.article_ad``,
``.ad_newsviewWrap``, ``#BpromotionBanner``, ``.ad``, ``.daum_ddn_area``, ``id^=beacon``), the
share-button footer ``.footer_btnwrap`` and inline ICT glossary terms (``.a_ict_word``: the term in
``.ict_word``, its explanation beside it) inside.

Version ``current`` (facts from a public multi-outlet Selenium crawler's per-site configuration,
whose entries describe 2023-2025 markup): the headline is ``div.article_title`` and ``time.date``
the time; the text is ``div.article_txt``, with ``figure`` photos and the share-button footer
``footer_btnwrap`` inside.
"""
from .base import SiteProfile

#: the layout is attested in April 2019; its start and end are not known
V2019_ATTESTED = ("2019-04", "2019-04")

V2019 = SiteProfile(
    name="etnews",
    version="2019",
    hosts=("www.etnews.com", "etnews.com", "m.etnews.com"),
    markers=(("article_title", "article_body", "footer_btnwrap"),),
    press="전자신문",
    title=(".article_title", "meta[property='og:title']@content"),
    body=(".article_body",),
    # the glossary term's explanation goes; the term itself (.ict_word) stays in the sentence
    drop=(".article_ad", ".ad_newsviewWrap", "#BpromotionBanner", ".ad", ".footer_btnwrap", ".daum_ddn_area",
          "[id^='beacon']", ".a_ict_word > :not(.ict_word)", "script", "iframe"),
    published=("time",),
)

CURRENT_SINCE = None
ATTESTED = "2023"

CURRENT = SiteProfile(
    name="etnews",
    hosts=("www.etnews.com", "etnews.com", "m.etnews.com"),
    markers=(("article_title", "article_txt"),),
    press="전자신문",
    title=("div.article_title", ".article_title", "meta[property='og:title']@content"),
    body=("div.article_txt",),
    drop=("figure", ".footer_btnwrap", "script", "iframe"),
    published=("time.date", "time"),
)

PROFILES = [CURRENT, V2019]
