"""아시아경제 (www.asiae.co.kr): the article page (``/article/<yyyymmddhhmmss…>``) as served in 2025-2026.

Layout (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): the section is ``.lc .btn_title``, the headline ``.area_title h1`` and the
subtitle ``.article_head h4``; the reporter is ``.reporter p strong`` (the bare name) and
``.date_box p`` the labelled times ("입력 2026.01.06 10:54", "수정 …"). The text is the
``p[data-alda-marking]`` paragraphs of ``div.article``, with ``div.article_photo`` photos (caption
``.txt``), the closing byline block ``.e_article`` and the notice ``.txt_prohibition``.
"""
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

PROFILES = [CURRENT]
