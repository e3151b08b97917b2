"""세계일보 (www.segye.com): the article page (``/newsView/<yyyymmdd><n>``) as served in 2025-2026.

Layout (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): the headline is ``h3#title_sns``; ``.viewInfo`` shows the labelled times
("입력 : 2026-01-06 14:44:16", "수정 : …"); the reporter's name sits in the hidden
``span#SG_CreatorName``. The text is the ``<p>`` run of ``article.viewBox2``: the summary
``em.precis`` first (the subtitle), ``figure.class_div_main`` photos, the closing "홍길동 기자
hong@…" line and the ``p.copyright`` notice.
"""
from .base import SiteProfile

#: the layout is attested on January 2026 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2026-01"

CURRENT = SiteProfile(
    name="segye",
    hosts=("www.segye.com",),
    markers=(("viewBox2", "title_sns"),),
    press="세계일보",
    title=("h3#title_sns", "meta[property='og:title']@content"),
    subtitle=("article.viewBox2 em.precis",),
    body=("article.viewBox2",),
    drop=("em.precis", "figure", "p.copyright", "div[class*='ad_']", "script"),
    date_line=(".viewInfo",),
    byline=("#SG_CreatorName",),
    copyright=("article.viewBox2 p.copyright",),
    caption=("figcaption",),
)

PROFILES = [CURRENT]
