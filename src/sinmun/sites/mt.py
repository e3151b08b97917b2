"""머니투데이 (www.mt.co.kr, news.mt.co.kr): the article page as served in late 2025.

URLs: ``/<section>/<yyyy>/<mm>/<dd>/<id>``.

Layout (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
December 2025 pages): the breadcrumb's ``a[data-testid=category]`` names the section, the headline
is ``h1.headline``; the byline row shows the reporter (``.name.col1 strong``) and the send time
unlabelled (``.col2 .date``, "2025.12.16 05:32"). The text is the ``<p>`` run of
``#articleView`` (empty spacer paragraphs carry ``p.ept``), with ``figure`` photos (``picture
img``, ``figcaption``) and the closing "▶" promotion lines and notice.
"""
from .base import SiteProfile

#: the layout is attested on December 2025 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2025-12"

CURRENT = SiteProfile(
    name="mt",
    hosts=("www.mt.co.kr", "news.mt.co.kr"),
    markers=(('id="articleView"', 'data-testid="category"'),),
    press="머니투데이",
    title=("h1.headline", "meta[property='og:title']@content"),
    body=("#articleView",),
    drop=("figure", "p.ept", "div[class*='ad_']", "script"),
    published=(".col2 .date", "meta[property='article:published_time']@content"),
    byline=(".name.col1 strong",),
    section=(".breadcrumb a[data-testid='category']",),
    caption=("figcaption",),
)

PROFILES = [CURRENT]
