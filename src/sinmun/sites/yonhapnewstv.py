"""연합뉴스TV (www.yonhapnewstv.co.kr): the article page (``/news/MYH<yyyymmdd><n>``).

Layout (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): ``div.article-inheader`` holds the section link (``h3 a``) and the headline
(``h2``); the reporter's name is ``.reporter-name span`` and ``.reporter-info span`` the labelled
time ("입력 2026-01-06 16:21:55"). The text is ``div.article-body-text``: broadcast script runs
separated by ``<br><br>`` ("[앵커]", "[기자]", the sign-off "연합뉴스TV 홍길동입니다."), with
``div.ynaobject.ynaimage`` photos (``img.yna_img``, caption ``.yna_caption``), then the tip-off
line ("연합뉴스TV 기사문의 및 제보 : …", or the "당신이 담은 순간이 뉴스입니다" prompt) and the
ⓒ연합뉴스TV notice at the end; hashtags (``.article-keyword li a``) follow.

The tip-off lines are removed by the general cleaning rules (``tip-prompt``).
"""
from __future__ import annotations

from .base import SiteProfile

#: the layout is attested on January 2026 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2026-01"

CURRENT = SiteProfile(
    name="yonhapnewstv",
    hosts=("www.yonhapnewstv.co.kr", "m.yonhapnewstv.co.kr"),
    markers=(("article-body-text", "article-inheader"),),
    press="연합뉴스TV",
    title=("div.article-inheader h2", "meta[property='og:title']@content"),
    body=("div.article-body-text",),
    drop=("div.ynaobject", "div.article-keyword", "script"),
    date_line=(".reporter-info",),
    byline=(".reporter-name span",),
    section=("div.article-inheader h3 a",),
    caption=(".yna_caption",),
)

PROFILES = [CURRENT]
