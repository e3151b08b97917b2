"""중앙일보 (www.joongang.co.kr): the article page (``/article/<id>``) of the site that replaced joins.com in 2021,
and the joins.com page before it.

Version ``current`` (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages, and the page's own meta tags): ``header.article_header`` holds the section
link (``div.subhead a``), the headline ``h1.headline``, the reporter links (``div.byline a``,
"홍길동 기자") and ``div.datetime`` with ``time[itemprop=datePublished]`` / ``time[itemprop=
dateModified]`` (ISO times in ``datetime``). The text is ``div#article_body``: ``<p data-divno>``
paragraphs, ``div.ab_sub_heading`` subheadings (kept: they are the story's own), ``div.ab_photo``
figures captioned by ``p.caption``, ``div.ad_wrap`` ad slots, and a closing ``div.ab_byline`` line
("홍길동 기자 hong@…"). Hashtags (``div.tag_wrap``) follow the text.

Version ``2016`` (``news.joins.com/article/<id>``, ``joongang.joins.com/article/*``; facts from the public
just-news article reader's 중앙일보 implementation, changed for this layout on 2016-01-23 and not since,
with a health-check case on a news.joins.com page added 2019-10-31): ``.article_head`` holds the
headline ``.headline`` and the ``.byline`` line ("입력 2019.10.31 10:00 | 수정 …"), with each reporter
in a ``.layer_journalist_wrap`` (the name, "홍길동 기자", in ``.layer_journalist_area .mg a``, the
e-mail in the ``mailto:`` link of ``.share_area``); the text is ``#article_body``, with hidden
blocks (``style="display:none;"``), the ``#__inline_ms_da_ad__`` ad, the ``#relation_news`` box and
``span`` photo captions inside. Dated from 2016-01-23; its end (the move to joongang.co.kr) is not
dated by the sources.
"""
from datetime import date

from .base import SiteProfile

#: the layout is attested on January 2026 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2026-01"

CURRENT = SiteProfile(
    name="joongang",
    hosts=("www.joongang.co.kr", "mnews.joongang.co.kr"),
    markers=(("ab_photo", 'id="article_body"'), ("ab_sub_heading", 'id="article_body"'),
             ("ab_byline", 'id="article_body"')),
    press="중앙일보",
    title=("header.article_header h1.headline", "h1.headline", "meta[property='og:title']@content"),
    body=("div#article_body",),
    drop=("div.ab_photo", "div.ad_wrap", "div.tag_wrap", "div.ab_related_article",
          "div.ab_byline"),
    published=("div.datetime time[itemprop='datePublished']@datetime", "time[itemprop='datePublished']@datetime",
               "meta[property='article:published_time']@content"),
    updated=("div.datetime time[itemprop='dateModified']@datetime", "time[itemprop='dateModified']@datetime"),
    byline=("div.ab_byline", "header.article_header div.byline"),
    section=("header.article_header div.subhead a", "div.subhead a"),
    caption=("p.caption", "figcaption"),
)

V2016 = SiteProfile(
    name="joongang",
    version="2016",
    hosts=("news.joins.com", "joongang.joins.com"),
    markers=(("article_head", 'id="article_body"', "layer_journalist_wrap"),),
    valid_from=date(2016, 1, 23),
    press="중앙일보",
    title=(".article_head .headline", "meta[property='og:title']@content"),
    body=("#article_body",),
    drop=("[style='display:none;']", "#__inline_ms_da_ad__", "#relation_news", "span", "script", "iframe"),
    date_line=(".article_head .byline",),
    byline=(".layer_journalist_area .mg a",),
    reporter_email=(".layer_journalist_wrap .share_area a[href^='mailto:']@href",),
)

PROFILES = [CURRENT, V2016]
