"""TV조선 (news.tvchosun.com): article pages at ``/site/data/html_dir/YYYY/MM/DD/<id>.html``.

``div.article_tit`` holds the headline (``h3.title``) and one line with both times
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


CURRENT = SiteProfile(
    name="tvchosun",
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

PROFILES = [CURRENT]
