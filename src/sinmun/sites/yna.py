"""연합뉴스 (www.yna.co.kr): the article page as served in 2025-2026 (``/view/AKR…``).

Layout (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages, and from the page's own meta tags): the breadcrumb ``ul.nav-path01`` names the
section; the headline is ``h1.tit01`` and the subtitle lines are ``div.tit-sub h2.tit01``; the
``p.update-time`` line carries the send time in ``data-published-time`` (text ``송고시간 …`` in
``span.txt-time01``). The text is the ``<p>`` run of ``article.story-news.article``, opening with the
dateline ``(서울=연합뉴스) 홍길동 기자 =`` (the reporters) and closing with the reporter's bare
e-mail; inside it sit ``div.comp-box`` photo groups (``figure.image-zone01``, caption in
``figcaption p.txt-desc``), ``aside`` related-news boxes and the ``p.txt-copyright`` notice
(``<저작권자(c) 연합뉴스, …>``). Keywords (``div.keyword-zone``) and the reporter card
(``div.writer-zone01``) follow the text.
"""
from .base import SiteProfile

#: the layout is attested on January 2026 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2026-01"

CURRENT = SiteProfile(
    name="yna",
    hosts=("www.yna.co.kr",),
    # The story container alone is shared by look-alike templates; the breadcrumb list is Yonhap's.
    markers=(("story-news", "nav-path01"),),
    press="연합뉴스",
    title=("div.title-article01 h1.tit01", "h1.tit01", "meta[property='og:title']@content"),
    subtitle=("div.tit-sub h2.tit01", "div.tit-sub h2"),
    body=("article.story-news.article", "div.story-news.article"),
    drop=("aside", "div.comp-box", "div.keyword-zone", "div.writer-zone01", "div.banner-zone",
          "div.ad-box"),
    published=("p.update-time@data-published-time", "span.txt-time01",
               "meta[property='article:published_time']@content"),
    section=("ul.nav-path01 li a",),
    caption=("figcaption p.txt-desc", "figcaption"),
)

PROFILES = [CURRENT]
