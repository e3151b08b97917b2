"""국민일보 (www.kmib.co.kr): the article page as served in 2025-2026 (``/article/view.asp?arcid=…``).

Layout (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): the breadcrumb (``.breadcrumb a``) names the section, the headline is
``h1.article_headline``, and ``div.datetime`` holds the labelled times ("입력:2026-01-06 14:00",
"수정:…"). The text is the bare text runs of ``div#articleBody`` separated by ``<br>``, with
``div.article_body_img`` figures, an ``div.article_recommend`` box, the closing "홍길동 기자
hong@…" line and the notice "GoodNews paper ⓒ 국민일보(www.kmib.co.kr), 무단전재 및 수집, 재배포금지".
"""
from .base import SiteProfile

#: the layout is attested on January 2026 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2026-01"

CURRENT = SiteProfile(
    name="kmib",
    hosts=("www.kmib.co.kr",),
    markers=(("article_headline", 'id="articleBody"'),),
    press="국민일보",
    title=("h1.article_headline", "meta[property='og:title']@content"),
    body=("div#articleBody",),
    drop=("div.article_body_img", "div.article_recommend", "script"),
    date_line=("div.datetime",),
    section=(".breadcrumb a",),
    caption=("figcaption",),
)

PROFILES = [CURRENT]
