"""Daum News: the portal's copy of an article from a partner press.

- ``CURRENT`` — ``v.daum.net/v/<id>`` (from 2022): headline ``h3.tit_view``, the reporter and times in
  ``.info_view`` (``span.txt_info``, the times with ``span.num_date``), the story in
  ``div.article_view section`` built of ``dmcf-ptype`` blocks; the outlet in ``og:article:author`` and the
  logo ``.info_cp .thumb_g``; ``og:regDate`` holds the time.
- ``V2018`` — ``news.v.daum.net/v/<id>`` (2018–2022; ``m.news.daum.net`` on phones): the same header
  classes, but the story sits in ``div#harmonyContainer`` (its ``section`` when there is one) inside
  ``#mArticle``. A page can carry markers of both layouts; then the page's date picks.

The press is the original outlet; ``portal`` is ``daum``. Where the knowledge came from: the selectors
public Daum-news crawler projects on GitHub use (``h3.tit_view``, ``#harmonyContainer``, ``.article_view``,
``#mArticle``), and the issue's dating of the news.v.daum.net layout (2018–2022); no page was copied.
"""
from datetime import date

from .base import SiteProfile

DROP = ("div.video_frm", "[dmcf-ptype='kakaotv']", "div.layer_body", ".link_related")
PRESS_NAME = ("meta[property='og:article:author']@content", ".info_cp .thumb_g@alt")

CURRENT = SiteProfile(
    name="daum",
    hosts=("v.daum.net", "news.v.daum.net", "m.news.daum.net"),
    markers=("dmcf-ptype", 'data-tiara-layer="article_body"'),
    portal="daum",
    title=("h3.tit_view", "meta[property='og:title']@content"),
    body=("div.article_view section", "div.article_view"),
    drop=DROP,
    published=("meta[property='og:regDate']@content",),
    date_line=(".info_view",),
    byline=(".info_view .txt_info:not(:has(.num_date))",),
    section=("section.inner-main > h2.screen_out", "meta[property='article:section']@content"),
    press_name=PRESS_NAME,
    copyright=("p[data-translation='true']", ".article_view + p", ".txt_copyright"),
    caption=("figcaption", ".txt_caption"),
    valid_from=date(2022, 1, 1),
)

V2018 = SiteProfile(
    name="daum",
    version="2018",
    hosts=("news.v.daum.net", "m.news.daum.net", "v.daum.net"),
    markers=('id="harmonyContainer"',),
    portal="daum",
    title=("h3.tit_view", "meta[property='og:title']@content"),
    body=("div#harmonyContainer section", "div#harmonyContainer"),
    drop=DROP,
    published=("meta[property='og:regDate']@content",),
    date_line=(".info_view",),
    byline=(".info_view .txt_info:not(:has(.num_date))",),
    press_name=PRESS_NAME,
    copyright=(".txt_copyright",),
    caption=("figcaption", ".txt_caption"),
    valid_from=date(2018, 1, 1),
    valid_until=date(2022, 12, 31),
)

PROFILES = [CURRENT, V2018]
