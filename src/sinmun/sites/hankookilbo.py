"""한국일보 (www.hankookilbo.com): three server-rendered article layouts.

Facts from fundus's Hankook Ilbo parser (flairNLP/fundus, ``publishers/kr/hankook_ilbo.py``: V1 valid
until 2026-01-27, a script-rendered V2 until 2026-06-01, V3 after) and its saved test pages
(``tests/resources/parser/test_data/kr/HankookIlbo_2025_05_15`` and ``…_2026_07_12``).

- ``current`` (since 2026-06, ``/news/article/A…``): a Tailwind-styled page; the story sits in
  ``div#article-view-content.article-view``: the subtitle ``h2.sub-tit-ll`` (``<br>``-separated
  lines), ``p.editor-p`` paragraphs (empty ``<p><br></p>`` spacers), ``h3.editor-tit``
  subheadings, ``div.editor-img-box`` photos (``div.img-box img``, caption ``div.caption p``) and
  ``div.ad`` slots. Headline, times, section and the reporters (a JSON-LD ``author`` list; the
  visible byline only says "홍길동 기자 외 1명") come from the head.
- ``2019`` (until 2026-01-27, ``/News/Read/A…``): headline ``h1.title`` over a
  ``dl.wrt-text`` (``<dt>입력</dt><dd>2025.05.15 20:00</dd><dt>수정</dt>…``); the story is
  ``div.col-main[itemprop=articleBody]`` inside ``div.end-body`` with the same editor classes, ad
  containers ``div.end-ad-container``, and the byline ``div.writer span.name`` ("순천 <strong>
  홍길동</strong> 기자 <span class=email>…</span>": a dateline place before the name). Dated from 2020-09-01,
  the day a public Java stock-news scraper (banks21c/MavenStockProject, ``WwwHankookilboCom.java``) changed
  its selectors to this markup (text ``.end .end-body .col-main``, reporter ``.writer .name``, time
  ``.info dd``; headline ``.end-top .col-main .title`` from 2021-02-17), for the page it had read before.
- ``2020`` (``/News/Read/<n>``; that scraper's selectors of its first version, 2020-06-20, to 2020-08-31,
  for a page of 2020-06-18): the headline is ``.article-header h3`` and the time the first
  ``.article-header .info p``; the text is ``.article-story``, the reporter's name ``.article-footer
  .reporter .name`` and the notice ``.copy span``. Dated 2020-06-20 to 2020-08-31.

The 2026 script-rendered layout (story only inside a ``contentHtml`` script) has no profile.
"""
from datetime import date, timedelta

from .base import SiteProfile

#: fundus's version boundaries: the script-rendered layout ran until 2026-06-01, the 2019 one until 2026-01-27
CURRENT_SINCE = date(2026, 6, 1)
V2019_UNTIL = date(2026, 1, 27)
#: the day the scraper's selectors moved from the 2020 markup to the 2019 one
V2019_SINCE = date(2020, 9, 1)

_EDITOR_DROP = ("h2.sub-tit-ll", "div.editor-img-box", "div.module-quote p.who", "div.div-line")

CURRENT = SiteProfile(
    name="hankookilbo",
    hosts=("www.hankookilbo.com",),
    markers=('id="article-view-content"',),
    valid_from=CURRENT_SINCE,
    press="한국일보",
    title=("meta[name='headline']@content",),
    subtitle=("div.article-view h2.sub-tit-ll",),
    body=("div#article-view-content", "div.article-view"),
    drop=(*_EDITOR_DROP, "div.ad", "iframe"),
    published=("meta[property='article:published_time']@content",),
    section=("meta[property='article:section']@content",),
    caption=("div.caption",),
)

V2019 = SiteProfile(
    name="hankookilbo",
    version="2019",
    valid_from=V2019_SINCE,
    valid_until=V2019_UNTIL,
    hosts=("www.hankookilbo.com",),
    markers=(("wrt-text", 'itemprop="articleBody"', "editor-p"),),
    press="한국일보",
    title=("div.col-main h1.title", "h1.title", "meta[name='headline']@content"),
    subtitle=("div.col-main[itemprop='articleBody'] h2.sub-tit-ll", "h2.sub-tit-ll"),
    body=("div.end-body div.col-main[itemprop='articleBody']", "div[itemprop='articleBody']"),
    drop=(*_EDITOR_DROP, "div.end-ad-container", "div.writer", "div.more-news", "div.more-articles", "script"),
    date_line=("div.info dl.wrt-text",),
    byline=("div.writer span.name strong",),
    reporter_email=("div.writer span.email",),
    section=("meta[property='article:section']@content",),
    caption=("div.caption",),
)

V2020 = SiteProfile(
    name="hankookilbo",
    version="2020",
    valid_from=date(2020, 6, 20),
    valid_until=V2019_SINCE - timedelta(days=1),
    hosts=("www.hankookilbo.com",),
    markers=(("article-header", "article-story", "article-footer"),),
    press="한국일보",
    title=(".article-header h3", "meta[name='headline']@content", "meta[property='og:title']@content"),
    body=(".article-story",),
    drop=(".article-footer", "script", "iframe"),
    published=(".article-header .info p",),
    byline=(".article-footer .reporter .name",),
    copyright=(".copy span",),
)

PROFILES = [CURRENT, V2019, V2020]
