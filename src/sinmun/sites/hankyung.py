"""한국경제 (www.hankyung.com): the article page (``/article/<yyyymmdd><n>``) as served in 2025-2026.

Layout (facts from a public Python scraper's 한국경제 parser, which reads the JSON-LD
``NewsArticle`` block first and falls back to ``h1.headline`` and ``#articletxt``): the headline is
``h1.headline`` and the text ``div#articletxt`` (bare text runs split by ``<br>``, ``figure``
photos, ad boxes), with headline, times and authors also in the JSON-LD block the generic metadata
stage reads. The profile holds only those two slots; the rest is left to the generic rules.
"""
from .base import SiteProfile

#: the layout is attested on 2025-2026 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2025"

CURRENT = SiteProfile(
    name="hankyung",
    hosts=("www.hankyung.com",),
    markers=(('id="articletxt"', "headline"),),
    press="한국경제",
    title=("h1.headline", "meta[property='og:title']@content"),
    body=("div#articletxt",),
    drop=("figure", "div[class*='ad-']", "script", "iframe"),
    caption=("figcaption",),
)

PROFILES = [CURRENT]
