"""경향신문 (www.khan.co.kr): the article page as served in 2025-2026 (``/article/<yyyymmddhhmm><n>``), and the
older ``news.khan.co.kr`` page.

Version ``current`` (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): the article's ``header`` holds the section links (``.category a``), the
headline (``h1``), the reporter links (``.bottom .editor a``, "홍길동 기자") and the labelled
times (``.date .inner p``: "입력 2026.01.06 14:00", then "수정 …"). The text is the
``p.content_text`` paragraphs of ``div#articleBody``, with ``div.art_photo`` photos between them
and ad/related boxes the paragraphs do not share.

Version ``2016`` (``news.khan.co.kr/kh_news/khan_art_view.html?artid=…``, served as EUC-KR; facts from the
public just-news article reader's 경향신문 implementation, changed for this layout on 2016-06-07 (text
``.art_body``) and on 2018-02-11 (text ``.art_cont``), not changed since, and from a public C# news
downloader of 2019 for the host and the EUC-KR encoding): the headline is ``#article_title``; the
``.art_header`` holds the reporter (``.subject .name``: "홍길동 기자 hong@…") and the ``.byline``
times (``em``: "입력 : 2018.02.11 10:00:00", "수정 : …"); the text is ``.art_cont`` (earlier
``.art_body``), its subtitle ``.art_subtit`` first, the ``#adtive`` marker and everything after it
(furniture), the ``.article_bottom_ad`` and ``.iwmads-wrapper`` ads inside. Dated from 2016-06-07; its
end is not dated by the sources.
"""
from datetime import date

from .base import SiteProfile

#: the layout is attested on January 2026 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2026-01"

CURRENT = SiteProfile(
    name="khan",
    hosts=("www.khan.co.kr",),
    markers=(("content_text", 'id="articleBody"', "art_photo"), ("content_text", 'id="articleBody"', "editor")),
    press="경향신문",
    title=("article header h1", "meta[property='og:title']@content"),
    body=("div#articleBody",),
    drop=("div.art_photo", "div.banner-article", "div[class*='art_ad']", "div.article-relate"),
    date_line=("article header .date .inner", "header .date"),
    byline=("article header .bottom .editor a", "header .editor a"),
    section=("article header .category a", "header .category a"),
    caption=("p.caption", "figcaption"),
)

V2016 = SiteProfile(
    name="khan",
    version="2016",
    hosts=("news.khan.co.kr",),
    markers=(('id="article_title"', "art_cont", "art_header"), ('id="article_title"', "art_body", "art_header")),
    valid_from=date(2016, 6, 7),
    press="경향신문",
    title=("#article_title", "meta[property='og:title']@content"),
    subtitle=(".art_subtit",),
    body=(".art_cont", ".art_body"),
    drop=(".art_subtit", "#adtive ~ *", "#adtive", ".article_bottom_ad", ".iwmads-wrapper", "script", "iframe"),
    date_line=(".art_header .byline",),
    byline=(".art_header .subject .name",),
)

PROFILES = [CURRENT, V2016]
