"""이데일리 (www.edaily.co.kr): the article page (``/news/read?newsId=<n>&mediaCodeNo=<n>``).

Layout (facts from public crawlers of 2016 and of the 2020s, and two per-outlet selector maps of
2025 naming the same text container): the headline sits in ``div.news_titles`` (an ``h1`` in the
later crawler, ``h2`` in the 2016 one, where the later pages keep the subtitle), ``div.dates``
holds the labelled times ("등록 2023.01.02 09:00", in a ``p``, earlier in ``ul li``), and the text
is ``div.news_body[itemprop=articleBody]``: text runs opening with the bracketed byline
"[이데일리 홍길동 기자]" (or a desk, "[이데일리 증권부]"). The profile reads the reporter from that
opening bracket.
"""
from __future__ import annotations

import re

from ..article import Article, Reporter
from ..extraction.parse import Page
from .base import SiteProfile

#: the layout is attested from 2016 to 2025; its start is not known
CURRENT_SINCE = None
ATTESTED = "2025"

#: "[이데일리 홍길동 기자]" / "[이데일리 홍길동·김철수 기자]" at the start of the text
_BRACKET_BYLINE = re.compile(r"^\s*\[이데일리\s+([가-힣]{2,4}(?:\s*[·ㆍ,]\s*[가-힣]{2,4})*)\s+(?:기자|특파원)\]")


def _bracket_byline(page: Page, article: Article) -> None:
    """The reporters the opening ``[이데일리 … 기자]`` bracket names, when nothing else did."""
    if article.reporters or not article.body_paragraphs:
        return
    found = _BRACKET_BYLINE.match(article.body_paragraphs[0])
    if found:
        names = re.split(r"\s*[·ㆍ,]\s*", found.group(1))
        article.reporters = [Reporter(name) for name in names]


CURRENT = SiteProfile(
    name="edaily",
    hosts=("www.edaily.co.kr", "edaily.co.kr", "m.edaily.co.kr"),
    markers=(("news_titles", "news_body"),),
    press="이데일리",
    title=("div.news_titles h1", "div.news_titles h2", "meta[property='og:title']@content"),
    subtitle=("div.news_titles h2",),
    body=("div.news_body[itemprop='articleBody']", "div.news_body"),
    drop=("[class^='ad_']", "script", "iframe"),
    date_line=("div.dates p", "div.dates"),
    finish=_bracket_byline,
)

PROFILES = [CURRENT]
