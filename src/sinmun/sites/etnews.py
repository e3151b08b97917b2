"""전자신문 (www.etnews.com): the article page (``/<yyyymmdd><n>``) in three layouts, newest first.

Version ``2015`` (facts from the public just-news article reader's first 전자신문 implementation,
2015-07-08, kept until 2017-10-20): the headline is ``.hgroup h1`` and the subtitle ``.hgroup h3``;
``.a_date`` holds the date (yyyy.mm.dd); the text is ``.article_body``, with the reporter box
``.art_reporter`` (the name in ``strong``, the e-mail in ``.mail``), ``#openLine``, ``.article_ad``,
``.sns_area2``, ``.daum_ddn_area`` and ``id^=beacon`` boxes inside. Dated until 2017-08-18: a public
lecture scraper of 2017-08-19 already reads the next layout's ``.article_title``.

Version ``2019`` (facts from the public just-news article reader's 전자신문 implementation, changed for it
on 2017-10-20 and last changed in April 2019): the headline is ``.article_title`` and ``<time>`` the
publication date ("발행일 : 2019.04.21", no time of day); the text is ``.article_body``, with ad boxes
(``.article_ad``, ``.ad_newsviewWrap``, ``#BpromotionBanner``, ``.ad``, ``.daum_ddn_area``,
``id^=beacon``), the share-button footer ``.footer_btnwrap`` and inline ICT glossary terms
(``.a_ict_word``: the term in ``.ict_word``, its explanation beside it) inside.

Version ``current`` (facts from a public multi-outlet Selenium crawler's per-site configuration,
whose entries describe 2023-2025 markup): the headline is ``div.article_title`` and ``time.date``
the time; the text is ``div.article_txt``, with ``figure`` photos and the share-button footer
``footer_btnwrap`` inside.
"""
from datetime import date, timedelta

from .base import SiteProfile

#: the layout is attested from 2017-08-19 (a public lecture scraper of that day) to April 2019; its end is not known
V2019_SINCE = date(2017, 8, 19)
V2015_UNTIL = V2019_SINCE - timedelta(days=1)

V2019 = SiteProfile(
    name="etnews",
    version="2019",
    hosts=("www.etnews.com", "etnews.com", "m.etnews.com"),
    markers=(("article_title", "article_body", "footer_btnwrap"),),
    valid_from=V2019_SINCE,
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

V2015 = SiteProfile(
    name="etnews",
    version="2015",
    hosts=("www.etnews.com", "etnews.com", "m.etnews.com"),
    markers=(('class="hgroup"', "art_reporter", "article_body"),),
    valid_until=V2015_UNTIL,
    press="전자신문",
    title=(".hgroup h1", "meta[property='og:title']@content"),
    subtitle=(".hgroup h3",),
    body=(".article_body",),
    drop=("#openLine", ".art_reporter", ".article_ad", ".sns_area2", ".daum_ddn_area", "[id^='beacon']",
          ".a_ict_word > :not(.ict_word)", "script", "iframe"),
    published=(".a_date",),
    byline=(".art_reporter strong",),
    reporter_email=(".art_reporter .mail",),
)

PROFILES = [CURRENT, V2019, V2015]
