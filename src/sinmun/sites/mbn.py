"""MBN (www.mbn.co.kr): the news article page (``/news/<section>/<id>``) as served in 2025-2026.

Layout (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): ``div.title_box`` holds the section path (``.section``, "뉴스 > 사회") and the
headline ``h1``; ``.txt_box .time`` the labelled times ("기사입력 2026-01-06 13:59 | 최종수정
2026-01-06 14:16"). The text is ``div#newsViewArea[itemprop=articleBody]``: broadcast script runs
separated by ``<br>``, image tables, DFP ad boxes, and the closing bracketed byline
"[ 홍길동 기자 / hong@… ]" with the notice "Copyright ⓒ MBN(매일방송)". Dated from 2020-07-12, the first
version of a public Java stock-news scraper's MBN selectors (banks21c/MavenStockProject, ``WwwMbnCoKr.java``:
headline ``#content_2020_top .title_box .box01 h1``, times ``.txt_box .time``, text ``#article_2020
.detail``, notice ``#article_2020 .copyright``), not changed before its last change in June 2021.

Version ``2015`` (``/pages/news/newsView.php?news_seq_no=<n>`` on www.mbn.co.kr and mbn.mk.co.kr; facts from
the public just-news article reader's MBN implementation and URL patterns, whose selectors stayed the same
from its first version, 2015-07-08, to its move to TypeScript on 2019-02-15): ``#article_title`` holds
the headline (the first text of ``.title_n``) and the times (``.reg_dt``: "기사입력 2017-05-02 10:32",
``.upd_dt``: "최종수정 …"); the text is ``#newsViewArea``, with Google ad slots (ids containing
``google``) inside. Dated by those two days, the span the reader's selectors are attested for.
"""
from datetime import date

from .base import SiteProfile

#: the header the scraper read from 2020-07-12 is the one of the January 2026 pages
CURRENT_SINCE = date(2020, 7, 12)
ATTESTED = ("2020-07", "2026-01")

CURRENT = SiteProfile(
    name="mbn",
    hosts=("www.mbn.co.kr",),
    markers=(('id="newsViewArea"', "title_box"),),
    valid_from=CURRENT_SINCE,
    press="MBN",
    title=("div.title_box h1", "meta[property='og:title']@content"),
    body=("div#newsViewArea",),
    drop=("table", "div[id^='google_dfp']", "script", "iframe"),
    date_line=(".txt_box .time",),
    caption=("figcaption",),
)

V2015 = SiteProfile(
    name="mbn",
    version="2015",
    hosts=("www.mbn.co.kr", "mbn.mk.co.kr"),
    markers=(('id="newsViewArea"', "title_n", "reg_dt"),),
    valid_from=date(2015, 7, 8),
    valid_until=date(2019, 2, 15),
    press="MBN",
    title=("#article_title .title_n", "meta[property='og:title']@content"),
    body=("#newsViewArea",),
    drop=("[id*='google']", "script", "iframe"),
    published=("#article_title .reg_dt",),
    updated=("#article_title .upd_dt",),
)

PROFILES = [CURRENT, V2015]
