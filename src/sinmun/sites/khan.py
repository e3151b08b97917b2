"""경향신문 (www.khan.co.kr): the article page as served in 2025-2026 (``/article/<yyyymmddhhmm><n>``).

Layout (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): the article's ``header`` holds the section links (``.category a``), the
headline (``h1``), the reporter links (``.bottom .editor a``, "홍길동 기자") and the labelled
times (``.date .inner p``: "입력 2026.01.06 14:00", then "수정 …"). The text is the
``p.content_text`` paragraphs of ``div#articleBody``, with ``div.art_photo`` photos between them
and ad/related boxes the paragraphs do not share.
"""
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

PROFILES = [CURRENT]
