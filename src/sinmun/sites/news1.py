"""뉴스1 (www.news1.kr): the article page (``/<section>/<sub>/<id>``, earlier ``/articles/<id>``).

Layout (facts from a public image-downloader's news1 extractor of 2024 and its test URLs, and
from public crawlers of 2017-2025 naming ``#articles_detail`` as the text): the text is
``div#articles_detail`` (``<br>`` runs opening with "(서울=뉴스1) 홍길동 기자 ="); the article
column is ``div.row.justify-content-center`` inside ``<main>``, its photos ``<figure>``s (read as
the article's images). A JSON-LD
block gives the headline under the key ``headLine`` (sic, HTML-escaped), ``datePublished``
("2024-10-03T11:48:20+09:00"), the reporters as an ``author`` list ("홍길동 기자") and
``mainEntityOfPage``; the profile takes the JSON-LD headline first (the reader accepts that spelling).

Version ``2015`` (``/articles/?<n>``; facts from the public just-news article reader's 뉴스1
implementation, whose selectors last changed in October 2015, and a crawler script of 2017 reading
the same header): ``div.title`` holds the headline ``h2``, the subtitle ``h3`` and ``div.info``
("홍길동 기자, 김철수 기자 | 2015.10.14 10:00 송고": the reporters, then the send time); the text is
``#articles_detail`` as later.
"""
from __future__ import annotations

from ..extraction import fields
from .base import SiteProfile

#: the layout is attested on 2023-2025 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2024-10"


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
    sources={"title": fields.prefer("title", fields.JSON_LD_TITLE)},
)

#: the 2015 layout: selectors last changed in October 2015, the header still read by a 2017 crawler
V2015_ATTESTED = ("2015-10", "2017")

V2015 = SiteProfile(
    name="news1",
    version="2015",
    hosts=("www.news1.kr", "news1.kr", "m.news1.kr"),
    markers=(("articles_detail", 'class="title"', 'class="info"'),),
    press="뉴스1",
    title=("div.title h2", "meta[property='og:title']@content"),
    subtitle=("div.title h3",),
    body=("div#articles_detail",),
    drop=("script", "iframe"),
    published=("div.title div.info",),
    byline=("div.title div.info",),
)

PROFILES = [CURRENT, V2015]
