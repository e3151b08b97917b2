"""엑스포츠뉴스 (www.xportsnews.com): the article page (``/article/<n>``).

Layout (facts from a public multi-outlet Selenium crawler's per-site configuration, whose entries
describe 2023-2025 markup; ``/article/<n>`` URLs from several public projects of 2023-2026): the
header ``div.at_header`` holds the headline ``h1.at_title`` and the time; the text is
``div.news_contents``, with a summary box (class containing ``summary``), photo tables (``tb top``)
and ``iframe`` embeds inside.
"""
from .base import SiteProfile

#: the layout is attested in 2023-2025 markup; its start is not known
CURRENT_SINCE = None
ATTESTED = "2023"

CURRENT = SiteProfile(
    name="xportsnews",
    hosts=("www.xportsnews.com", "xportsnews.com", "m.xportsnews.com"),
    markers=(("at_header", "at_title", "news_contents"),),
    press="엑스포츠뉴스",
    title=("h1.at_title", "meta[property='og:title']@content"),
    body=("div.news_contents",),
    drop=("[class*='summary']", "table", "iframe", "figure", "script"),
    date_line=("div.at_header",),
)

PROFILES = [CURRENT]
