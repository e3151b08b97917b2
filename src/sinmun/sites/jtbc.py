"""JTBC (news.jtbc.co.kr): the React (MUI) article page (``/article/NB<id>``) as served in 2025-2026.

Layout (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): class names are generated (``my-o2xdzg``), so the profile leans on the
stable parts: the JSON-LD block ``script#article-structured-data`` (headline, datePublished,
author, image — read by the generic metadata stage), the reporter items ``.author-item`` ("홍길동
기자") and the story container ``#ijam_content``: text spans split by ``<br>``, ``figure``
photos with ``figcaption``, ADVERTISEMENT boxes. Tags are MUI chips (``.MuiChip-label``).
"""
from .base import SiteProfile

#: the layout is attested on January 2026 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2026-01"

CURRENT = SiteProfile(
    name="jtbc",
    hosts=("news.jtbc.co.kr",),
    markers=(('id="ijam_content"', 'id="article-structured-data"'),),
    press="JTBC",
    body=("#ijam_content",),
    drop=("figure", "div[class*='ADVERTISEMENT']", "div[class*='advertisement']", "script", "iframe"),
    byline=(".author-item",),
    caption=("figcaption",),
)

PROFILES = [CURRENT]
