"""TV조선 (news.tvchosun.com): article pages at ``/site/data/html_dir/YYYY/MM/DD/<id>.html``, two layouts.

Version ``current`` (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): ``.view-title`` holds the section links (``.category span a``), the headline
(``h2.title``), and in ``.editor`` the reporter (``.name-box a.reporter``: "홍길동 기자", beside the desk in
``a.department``) and the times (``.date li p``: "등록: 2026.01.06 오후 17:25"). The text is the ``<p>``
runs of ``.item-main .contents .text-box`` (lines split by ``<br>``); photos sit in ``.img-box`` with their
caption in the ``span.description`` after the image; the reporter's profile (``.editor-detail``) and the
notice "Copyrights ⓒ TV조선. 무단전재 및 재배포 금지" follow. Undated: attested on January 2026 pages;
when it replaced the layout below is not known from a source.

Version ``2023`` (the shared pages of April 2023): ``div.article_tit`` holds the headline (``h3.title``)
and one line with both times
(``p.date``: ``등록 2023.04.05 19:50 / 수정 2023.04.05 19:51``); ``div.journalist`` links carry
each reporter's name and, in the URL, e-mail. The text is ``div.article_detail_body > div.article``:
runs split by ``<br><br>``, with image boxes (``div.article_img``, caption ``p.aboutPhoto``) and an
inline ad (``span.view_banner``) between them. Related news, copyright and the reporter
profile follow outside the body.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..article import Reporter
from ..extraction import fields
from ..extraction.resolve import Context, source
from .base import SiteProfile
from .rules import reporters_from_links

DATE_LINE = ("div.article_tit p.date",)
BYLINE_LINKS = "div.article_options div.journalist a"


@source("byline links", 0.95)
def BYLINE_LINK_REPORTERS(ctx: Context) -> Iterable[list[Reporter]]:
    """Each reporter's name and, in the link's URL, e-mail."""
    return [reporters_from_links(ctx.page, BYLINE_LINKS)]


@source("profile selector", 0.8)
def COPYRIGHT_LINE(ctx: Context) -> Iterable[str | None]:
    """The copyright line, without the "제보하기" (tip-off) link it ends with."""
    line = fields.profile_copyright(ctx)
    return [re.sub(r"\s*제보하기$", "", line) if line else None]


#: the 2026 headline box, read for the times when no selector slot finds them
CURRENT_DATE_LINE = (".view-title .editor .date",)

CURRENT = SiteProfile(
    name="tvchosun",
    hosts=("news.tvchosun.com", "m.tvchosun.com"),
    # the headline box, the reporter's name box and the text box, together (each alone is common)
    markers=(('class="view-title"', 'class="name-box"', 'class="text-box"'),),
    press="TV조선",
    title=(".view-title h2.title", ".view-title .title", "meta[property='og:title']@content"),
    body=(".item-main .contents .text-box", ".contents .text-box"),
    lead_images=(".item-main .contents .img-box",),
    drop=(".img-box", "script", "style", "iframe"),
    date_line=CURRENT_DATE_LINE,
    published=("meta[property='article:published_time']@content",),
    byline=(".view-title .editor .name-box a.reporter",),
    section=(".view-title .category span a",),
    caption=(".img-box span.description",),
)

V2023 = SiteProfile(
    name="tvchosun",
    version="2023",
    hosts=("news.tvchosun.com", "m.tvchosun.com"),
    # the article box, headline box and reporter box of the layout, together (each alone is common)
    markers=(('class="article_detail_body"', 'class="article_tit"', 'class="journalist"'),),
    press="TV조선",
    title=("div.article_tit h3.title", "meta[property='og:title']@content"),
    body=("div.article_detail_body div.article", "div.article_detail_body"),
    drop=("div.article_img", "span.view_banner", ".related_news_list", "iframe"),
    published=("meta[property='article:published_time']@content",),
    date_line=DATE_LINE,
    byline=("div.article_options div.journalist",),
    section=("div.article_header div.tag span.tag_icon:first-child", "meta[property='article:section']@content"),
    copyright=("p.news_copyrights",),
    caption=("p.aboutPhoto",),
    sources={"reporters": fields.prefer("reporters", BYLINE_LINK_REPORTERS),
             "copyright": fields.replace("copyright", fields.PROFILE_COPYRIGHT, COPYRIGHT_LINE)},
)

PROFILES = [CURRENT, V2023]
