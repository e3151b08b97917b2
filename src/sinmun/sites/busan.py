"""부산일보 (www.busan.com): the article page (``/view/busan/view.php?code=<yyyymmdd…>``).

Layout (facts from a public multi-outlet Selenium crawler's per-site configuration, whose entries
describe 2023-2025 markup — it lists news.jtbc.co.kr and yna.kr and 한국일보's layout of before
2026 — and from a public editorial scraper for the ``view.php?code=`` URLs): the headline is
``p.title`` and ``div.byline`` carries the times; the text is ``div.article_content``, with the
subtitle box (class containing ``subtitle``), photo boxes (classes starting ``img_``), ``wcms_ad``
ad boxes and Google ad slots (``id^=div-gpt-ad``) inside.
"""
from .base import SiteProfile

#: the layout is attested in 2023-2025 markup; its start is not known
CURRENT_SINCE = None
ATTESTED = "2023"

CURRENT = SiteProfile(
    name="busan",
    hosts=("www.busan.com", "busan.com", "mobile.busan.com"),
    markers=(("article_content", "wcms_"),),
    press="부산일보",
    # the headline comes before any side list's p.title teasers
    title=("p.title", "meta[property='og:title']@content"),
    subtitle=("div.article_content [class*='subtitle']",),
    body=("div.article_content",),
    lead_images=("div.article_content [class^='img_']",),
    drop=("[class*='subtitle']", "[class^='img_']", "[class*='wcms_ad']", "[id^='div-gpt-ad']", "script",
          "iframe"),
    published=("div.byline",),
)

PROFILES = [CURRENT]
