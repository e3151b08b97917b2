"""조선일보 (www.chosun.com): an Arc XP (Fusion) site.

The saved page usually carries no server-rendered article: the story is the embedded ANS JSON
(:mod:`sinmun.extraction.arc`), so for this layout the embedded story is the first source of the
body, the title and the section (``sources`` below). When the JSON is missing, the selectors below
read a rendered page: the headline ``h1.article-header__headline`` (its text in a ``span``), the
subtitle lines in ``.article-header__headline-container p``, the reporter ``.article-byline__author``
("홍길동 기자"), the times ``.inputDate`` ("입력 2026.01.06. 08:15") and ``.upDate`` ("업데이트 …"),
the text the ``p.article-body__content-text`` paragraphs of ``section.article-body`` with ``figure``
photos and their ``figcaption`` (facts from a public TypeScript news-crawler's per-outlet parser notes,
written against January 2026 pages: the same Arc layout, rendered).

Layouts are dated by year: the Arc site from the 2020 relaunch of chosun.com, the ``news.chosun.com``
layout until 2020; for a page of 2020 that fits both, the markers decide.
"""
from __future__ import annotations

from datetime import date

from ..extraction import fields
from .base import SiteProfile

CURRENT = SiteProfile(
    name="chosun",
    hosts=("www.chosun.com", "m.chosun.com"),
    markers=('Fusion.arcSite="chosun"',),
    valid_from=date(2020, 1, 1),
    press="조선일보",
    title=("meta[property='og:title']@content", "h1.article-header__headline"),
    subtitle=(".article-header__headline-container p",),
    # A server-rendered story (the ANS JSON, when present, comes first).
    body=("section.article-body",),
    drop=(".article-body__ad", ".dfpAd", "custom-ad", ".related-articles"),
    published=("meta[name='article:published_time']@content", "meta[property='article:published_time']@content",
               ".inputDate"),
    updated=(".upDate",),
    byline=(".article-byline__author",),
    section=("meta[name='article:section']@content", "meta[property='article:section']@content",
             ".breadcrumb a:last-child"),
    caption=("figcaption",),
    sources={"body": fields.prefer("body", fields.EMBEDDED_BODY),
             "title": fields.prefer("title", fields.EMBEDDED_TITLE),
             "section": fields.prefer("section", fields.EMBEDDED_SECTION)},
)


V2019_DATE_LINE = ("#date_text", ".news_date")

# news.chosun.com until 2020 (``/site/data/html_dir/YYYY/MM/DD/<id>.html``, EUC-KR pages): headline
# ``h1#news_title_text_id``, byline in ``div.news_title_author``, and inside ``div#news_body_id``
# the date line (``입력 2019.05.20 03:00 | 수정 …``), the subtitle ``h3.news_subtitle``, photos
# ``div.news_imgbox figure`` with ``figcaption`` and the text in ``div.par`` blocks. The press is
# left to the page (copyright, og:site_name): sister sites used the same template.
V2019 = SiteProfile(
    name="chosun",
    version="2019",
    hosts=("news.chosun.com",),
    markers=('id="news_body_id"',),
    valid_until=date(2020, 12, 31),
    title=("h1#news_title_text_id", ".news_title_text h1"),
    subtitle=("h3.news_subtitle",),
    body=("div#news_body_id",),
    drop=(*V2019_DATE_LINE, "h3.news_subtitle", ".news_imgbox", ".ext_rel_article", ".ext_embed", ".ext_image",
          ".bottom_art_tool", ".news_like", ".news_missart", ".news_keyword", ".rel_article"),
    date_line=V2019_DATE_LINE,
    byline=(".news_title_text .news_title_author",),
    section=(".news_title_cat a",),
    caption=("figcaption",),
)

PROFILES = [CURRENT, V2019]
