"""오마이뉴스 (www.ohmynews.com): the article page (``/NWS_Web/View/at_pg.aspx?CNTN_CD=…``) in its 2015 layout.

Layout (facts from the public just-news article reader's 오마이뉴스 implementation, whose selectors
last changed in July 2015): the header ``.newstitle`` holds the headline (``.tit_subject a``), the
subtitle (``.tit_subtit a``) and ``.info_data``, whose first ``div`` carries the times with
two-digit years ("15.07.08 10:00 l 최종 업데이트 15.07.08 11:00") and whose first link is the
reporter. The text is ``.at_contents``, with the recommend/comment buttons ``.atc_btn`` inside. The
profile reads the two-digit-year times, which the date reader does not take. A public
multi-outlet crawler's per-site configuration of 2023-2025 markup still reads ``h3.tit_subject``,
``div.info_data`` and ``div.at_contents`` (with ``photoCenter`` photo boxes among the runs) on www.ohmynews.com.
"""
from __future__ import annotations

import re

from ..article import Article
from ..extraction.parse import Page
from .base import SiteProfile, select_first

#: the selectors were last changed in July 2015; the layout's start and end are not known
V2015_ATTESTED = ("2015-07", "2015-07")

_SHORT_TIME = re.compile(r"(\d{2})\.(\d{2})\.(\d{2})\s+(\d{2}):(\d{2})")


def _iso(found: re.Match[str]) -> str:
    year, month, day, hour, minute = found.groups()
    return f"20{year}-{month}-{day}T{hour}:{minute}:00+09:00"


def _short_year_times(page: Page, article: Article) -> None:
    """The "yy.mm.dd HH:MM" send time and the "최종 업데이트 …" time after it."""
    line = select_first(page.tree, (".newstitle .info_data div",)) or ""
    first = _SHORT_TIME.search(line)
    if first is None:
        return
    article.published = article.published or _iso(first)
    _, _, rest = line.partition("최종 업데이트")
    later = _SHORT_TIME.search(rest) if rest else None
    if later is not None and not article.updated and _iso(later) > article.published:
        article.updated = _iso(later)


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
    byline=(".newstitle .info_data div a",),
    finish=_short_year_times,
)

PROFILES = [V2015]
