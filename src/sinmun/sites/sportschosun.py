"""스포츠조선 (sports.chosun.com): the article page (``/news/ntype.htm?id=…``, ``utype.htm``) in its 2019 layout.

Layout (facts from the public just-news article reader's 스포츠조선 implementation, written by
2019 and listed in its November 2021 health check with a 2021 page): the headline is
``.acle_c h1`` and ``.acle_c .a_day`` the time line ("기사입력 2019-02-15 10:00 | 최종수정
2019-02-15 11:00"); the text is ``.news_text .article``, with the boxes ``#divBox``, ``.mask_div``,
``.gisa_banner`` and ``div[id^=AD_LIVE_AREA_]`` inside. A sister outlet of 조선일보, told apart by
its host. The layout served later is not covered.
"""
from .base import SiteProfile

#: the layout is attested in 2019 (and on a 2021 page); its start and end are not known
V2019_ATTESTED = ("2019", "2021-11")

V2019 = SiteProfile(
    name="sportschosun",
    version="2019",
    hosts=("sports.chosun.com",),
    markers=(("acle_c", "a_day", "news_text"),),
    press="스포츠조선",
    title=(".acle_c h1", "meta[property='og:title']@content"),
    body=(".news_text .article",),
    drop=("#divBox", ".mask_div", ".gisa_banner", "div[id^='AD_LIVE_AREA_']", "script", "iframe"),
    date_line=(".acle_c .a_day",),
)

PROFILES = [V2019]
