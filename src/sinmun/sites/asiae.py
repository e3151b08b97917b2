"""아시아경제 (www.asiae.co.kr): the article page (``/article/<yyyymmddhhmmss…>``) as served in 2025-2026, and
the older one.

Version ``current`` (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): the section is ``.lc .btn_title``, the headline ``.area_title h1`` and the
subtitle ``.article_head h4``; the reporter is ``.reporter p strong`` (the bare name) and
``.date_box p`` the labelled times ("입력 2026.01.06 10:54", "수정 …"). The text is the
``p[data-alda-marking]`` paragraphs of ``div.article``, with ``div.article_photo`` photos (caption
``.txt``), the closing byline block ``.e_article`` and the notice ``.txt_prohibition``.

Version ``2015`` (facts from the public just-news article reader's 아시아경제 implementation, whose selectors
stayed the same from its first version, 2015-07-08, to its move to TypeScript on 2019-02-15): the
headline is the ``h1`` of ``#content .area_title`` and its first ``p`` the time line ("기사입력 2016.06.07
10:00 최종수정 2016.06.07 11:20"); the text is ``#bodyContents .txt``, with ad boxes (classes starting
``view_ad``, ``.google_ad``), frames and the ``.e_article`` byline block (the reporter and e-mail)
inside. Dated by those two days, the span the reader's selectors are attested for.
"""
from datetime import date

from .base import SiteProfile

#: the layout is attested on January 2026 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2026-01"

CURRENT = SiteProfile(
    name="asiae",
    hosts=("www.asiae.co.kr",),
    markers=(("data-alda-marking", "area_title"),),
    press="아시아경제",
    title=(".area_title h1", "meta[property='og:title']@content"),
    subtitle=(".article_head h4",),
    body=("div.article",),
    drop=("div.article_photo", ".e_article", ".txt_prohibition", "div[class*='ad_']", "script"),
    date_line=(".date_box",),
    byline=(".reporter p strong",),
    reporter_email=(".e_article",),
    section=(".lc .btn_title",),
    copyright=(".txt_prohibition",),
    caption=(".article_photo .txt",),
)

V2015 = SiteProfile(
    name="asiae",
    version="2015",
    hosts=("www.asiae.co.kr", "asiae.co.kr"),
    markers=(('id="bodyContents"', "area_title"),),
    valid_from=date(2015, 7, 8),
    valid_until=date(2019, 2, 15),
    press="아시아경제",
    title=("#content .area_title h1", "meta[property='og:title']@content"),
    body=("#bodyContents .txt",),
    drop=("[class^='view_ad']", ".google_ad", ".e_article", "script", "iframe"),
    date_line=("#content .area_title p",),
    byline=("#bodyContents .e_article",),
    reporter_email=("#bodyContents .e_article",),
)

PROFILES = [CURRENT, V2015]
