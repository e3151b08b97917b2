"""한겨레 (www.hani.co.kr): the Next.js article page as served in 2025-2026 (``/arti/<section>/<sub>/<id>.html``),
and the page before it.

Version ``current`` (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): class names are CSS-module names with a build hash
(``ArticleDetailView_title__9kRU_``), so the selectors match their stable prefix. The header holds
the breadcrumb (``…ArticleDetailView_breadcrumb…`` links), the headline
(``h3.ArticleDetailView_title…``), the subtitle lines (``h4.ArticleDetailView_subtitle…``, split by
``<br>``), the reporter links (``…ArticleDetailView_reporterLink…``, the bare name) and the
labelled times (``…ArticleDetailView_dateListItem…``: "등록 2026-01-06 15:45", "수정 …"). The text
is the ``p.text`` paragraphs of ``div.article-text``, with figures
(``…ArticleDetailContent_imageWrap…`` ``picture img``, caption ``…ArticleDetailContent_figcaption…``)
and ad slots between them; the closing paragraph is the reporter's e-mail.

Version ``2016`` (same URLs; facts from the public just-news article reader's 한겨레 implementation,
changed for this layout on 2016-01-10 ("fix hani"), the related-article box dropped on 2016-01-31,
not changed since): ``#article_view_headline`` holds the headline ``.title`` and the ``.date-time``
line whose ``span``s each carry a label and a time ("등록 :2016-01-10 10:00", "수정 :…"); the text is
``.article-text``, its subtitle ``.subtitle`` first and the ``.relation2-area`` related-article box
inside. Dated from 2016-01-10; its end (the Next.js site) is not dated by the sources.
"""
from datetime import date

from .base import SiteProfile

#: the layout is attested on January 2026 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2026-01"

CURRENT = SiteProfile(
    name="hani",
    hosts=("www.hani.co.kr",),
    markers=(("ArticleDetailView_title", "article-text"),),
    press="한겨레",
    title=("h3[class*='ArticleDetailView_title']", "meta[property='og:title']@content"),
    subtitle=("h4[class*='ArticleDetailView_subtitle']",),
    body=("div.article-text",),
    drop=("div[class*='ArticleDetailContent_imageContainer']", "div[class*='ArticleDetailContent_imageWrap']",
          "figure", "div[class*='ArticleDetailContent_adWrap']", "div[class*='BaseAd']"),
    date_line=("ul[class*='ArticleDetailView_dateList']",),
    byline=("[class*='ArticleDetailView_reporterLink']",),
    section=("[class*='ArticleDetailView_breadcrumb'] a",),
    caption=("[class*='ArticleDetailContent_figcaption']", "figcaption"),
)

V2016 = SiteProfile(
    name="hani",
    version="2016",
    hosts=("www.hani.co.kr", "hani.co.kr"),
    markers=(('id="article_view_headline"', "article-text"),),
    valid_from=date(2016, 1, 10),
    press="한겨레",
    title=("#article_view_headline .title", "meta[property='og:title']@content"),
    subtitle=(".article-text .subtitle",),
    body=(".article-text",),
    drop=(".subtitle", ".relation2-area", "script", "iframe"),
    date_line=("#article_view_headline .date-time",),
)

PROFILES = [CURRENT, V2016]
