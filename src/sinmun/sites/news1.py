"""뉴스1 (www.news1.kr): the article page (``/<section>/<sub>/<id>``, earlier ``/articles/<id>``).

Layout (facts from a public image-downloader's news1 extractor of 2024 and its test URLs, and
from public crawlers of 2017-2025 naming ``#articles_detail`` as the text): the text is
``div#articles_detail`` (``<br>`` runs opening with "(서울=뉴스1) 홍길동 기자 ="); the article
column is ``div.row.justify-content-center`` inside ``<main>``, its photos ``<figure>``s (read as
the article's images). A JSON-LD
block gives the headline under the key ``headLine`` (sic, HTML-escaped), ``datePublished``
("2024-10-03T11:48:20+09:00"), the reporters as an ``author`` list ("홍길동 기자") and
``mainEntityOfPage``; the profile reads that headline, which the standard key lookup misses.
"""
from __future__ import annotations

import html
import json

from ..article import Article
from ..extraction.parse import Page
from .base import SiteProfile

#: the layout is attested on 2023-2025 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2024-10"


def _json_ld_headline(page: Page, article: Article) -> None:
    """The JSON-LD ``headLine`` (news1's spelling), unescaped, as the title."""
    for node in page.tree.css("script[type='application/ld+json']"):
        try:
            data = json.loads(node.text() or "")
        except ValueError:
            continue
        items = data if isinstance(data, list) else [data]
        for item in items:
            headline = item.get("headLine") if isinstance(item, dict) else None
            if isinstance(headline, str) and headline.strip():
                article.title = " ".join(html.unescape(headline).split())
                return


CURRENT = SiteProfile(
    name="news1",
    hosts=("www.news1.kr", "news1.kr", "m.news1.kr"),
    markers=(("articles_detail", '"headLine"'),),
    press="뉴스1",
    title=("meta[property='og:title']@content",),
    body=("div#articles_detail",),
    lead_images=("main div.row.justify-content-center figure",),
    drop=("script", "iframe"),
    caption=("figcaption",),
    finish=_json_ld_headline,
)

PROFILES = [CURRENT]
