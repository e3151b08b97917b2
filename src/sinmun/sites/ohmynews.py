"""오마이뉴스 (www.ohmynews.com): the article page (``/NWS_Web/View/at_pg.aspx?CNTN_CD=…``) in its 2015 layout.

Layout (facts from the public just-news article reader's 오마이뉴스 implementation, whose selectors
last changed in July 2015): the header ``.newstitle`` holds the headline (``.tit_subject a``), the
subtitle (``.tit_subtit a``) and ``.info_data``, whose first ``div`` carries the times with
two-digit years ("15.07.08 10:00 l 최종 업데이트 15.07.08 11:00") and whose first link is the
reporter. The text is ``.at_contents``, with the recommend/comment buttons ``.atc_btn`` inside. The
first time of that line is the publication (the date reader takes two-digit years), the one after
"최종 업데이트" the update (a labelled date line). A public
multi-outlet crawler's per-site configuration of 2023-2025 markup still reads ``h3.tit_subject``,
``div.info_data`` and ``div.at_contents`` (with ``photoCenter`` photo boxes among the runs) on www.ohmynews.com.
"""
from __future__ import annotations

from .base import SiteProfile

#: the selectors were last changed in July 2015; the layout's start and end are not known
V2015_ATTESTED = ("2015-07", "2015-07")

INFO_LINE = (".newstitle .info_data div",)


V2015 = SiteProfile(
    name="ohmynews",
    version="2015",
    hosts=("www.ohmynews.com", "ohmynews.com", "m.ohmynews.com"),
    markers=(("newstitle", "tit_subject", "at_contents"),),
    press="오마이뉴스",
    title=(".newstitle .tit_subject a", ".newstitle .tit_subject", "meta[property='og:title']@content"),
    subtitle=(".newstitle .tit_subtit a", ".newstitle .tit_subtit"),
    body=(".at_contents",),
    drop=(".atc_btn", "script", "iframe"),
    published=INFO_LINE,
    date_line=INFO_LINE,
    byline=(".newstitle .info_data div a",),
)

PROFILES = [V2015]
