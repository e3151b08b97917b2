"""국제신문 (www.kookje.co.kr): the ASP article page (``/news2011/asp/newsbody.asp?code=…&key=…``).

Layout (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): ``div.news_title`` holds the headline ``h1`` and the subtitle lines (one
``h2`` each); ``.f_news_date`` shows "입력 : 2026-01-06 19:03:00" and ``.f_news_repoter`` the
byline ("홍길동 hong@… 기자"). The text is the bare text runs of ``div.news_article`` split by
``<br>``, with photo tables (``img#newsimg``, caption ``.imgcaption``), ``ins`` ad slots and
floating ad boxes. The pages are EUC-KR (CP949), as a public 국제신문 scraper that decodes them
that way notes.
"""
from .base import SiteProfile

#: the layout is attested on January 2026 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2026-01"

CURRENT = SiteProfile(
    name="kookje",
    hosts=("www.kookje.co.kr",),
    markers=(("news_article", "f_news_repoter"),),
    press="국제신문",
    title=("div.news_title h1", "meta[property='og:title']@content"),
    subtitle=("div.news_title h2",),
    body=("div.news_article",),
    drop=("table", "ins", "div[style*='float']", "script"),
    date_line=(".f_news_date",),
    byline=(".f_news_repoter",),
    caption=(".imgcaption",),
)

PROFILES = [CURRENT]
