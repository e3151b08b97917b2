"""지디넷코리아 (www.zdnet.co.kr): the article page (``/view/?no=<yyyymmddHHMMSS>``) in two layouts.

Version ``2019`` (facts from the public just-news article reader's 지디넷코리아 implementation, last
changed in June 2019; a 2023 crawler still reads ``#articleBody``): the header ``.news_head`` holds
the headline ``h1``, the summary ``p.summary`` and ``.meta span`` with the times ("입력: 2019/02/15
10:00 -- 수정: 2019/02/15 11:00"); the reporter's name is ``.m_container .sub_view_tit3 .tit3_1 span``
and the e-mail ``.journalist_1 span a``. The text is ``#articleBody``, with ad slots ``.view_ad`` /
``.iwmads`` and the related-news box ``.news_box`` (an ``h2`` "관련기사") inside. Dated from
2019-06-29, the day the reader's URL pattern and selectors were rewritten for the ``/view/?no=``
pages (its issue #315 had reported, on 2019-02-25, a ``/view/`` page of 2019-02-20 not read; the
markup of that day is not known); its end is not known.

Version ``current`` (facts from a public multi-outlet Selenium crawler's per-site configuration,
whose entries describe 2023-2025 markup): the first ``h1`` is the headline and ``p.meta`` the time
line; the text is ``div.view_cont``, with banner boxes (``mt_bn_box``), video boxes (``videoWrap``),
tables and ``figure`` photos inside.
"""
from datetime import date

from .base import SiteProfile

#: the selectors were written for this layout on 2019-06-29; its end is not known
V2019_ATTESTED = ("2019-06", "2019-06")

V2019 = SiteProfile(
    name="zdnet",
    version="2019",
    hosts=("www.zdnet.co.kr", "zdnet.co.kr", "m.zdnet.co.kr"),
    markers=(("news_head", "sub_view_tit3", 'id="articleBody"'),),
    valid_from=date(2019, 6, 29),
    press="지디넷코리아",
    title=(".news_head h1", "meta[property='og:title']@content"),
    subtitle=(".news_head p.summary",),
    body=("#articleBody",),
    drop=(".news_box", ".view_ad", ".iwmads", "script", "iframe"),
    date_line=(".news_head .meta span", ".news_head .meta"),
    byline=(".m_container .sub_view_tit3 .tit3_1 span",),
    reporter_email=(".journalist_1 span a",),
)

CURRENT_SINCE = None
ATTESTED = "2023"

CURRENT = SiteProfile(
    name="zdnet",
    hosts=("www.zdnet.co.kr", "zdnet.co.kr", "m.zdnet.co.kr"),
    markers=(("view_cont", 'class="meta"'),),
    press="지디넷코리아",
    title=("h1", "meta[property='og:title']@content"),
    body=("div.view_cont",),
    drop=("[class*='mt_bn_box']", "[class*='videoWrap']", "table", "figure", "script"),
    date_line=("p.meta",),
)

PROFILES = [CURRENT, V2019]
