"""MBN (www.mbn.co.kr): the news article page (``/news/<section>/<id>``) as served in 2025-2026.

Layout (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): ``div.title_box`` holds the section path (``.section``, "뉴스 > 사회") and the
headline ``h1``; ``.txt_box .time`` the labelled times ("기사입력 2026-01-06 13:59 | 최종수정
2026-01-06 14:16"). The text is ``div#newsViewArea[itemprop=articleBody]``: broadcast script runs
separated by ``<br>``, image tables, DFP ad boxes, and the closing bracketed byline
"[ 홍길동 기자 / hong@… ]" with the notice "Copyright ⓒ MBN(매일방송)".
"""
from .base import SiteProfile

#: the layout is attested on January 2026 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2026-01"

CURRENT = SiteProfile(
    name="mbn",
    hosts=("www.mbn.co.kr",),
    markers=(('id="newsViewArea"', "title_box"),),
    press="MBN",
    title=("div.title_box h1", "meta[property='og:title']@content"),
    body=("div#newsViewArea",),
    drop=("table", "div[id^='google_dfp']", "script", "iframe"),
    date_line=(".txt_box .time",),
    caption=("figcaption",),
)

PROFILES = [CURRENT]
