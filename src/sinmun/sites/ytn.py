"""YTN (www.ytn.co.kr): article pages at ``/_ln/<section>_<id>``, three layouts.

Version ``current`` (facts from a public TypeScript news-crawler's per-outlet parser notes, written
against January 2026 pages): the headline is ``h2.news_title`` (its text in a ``span``), the section
``.bx_cate_news .bx_title h3``, the time ``.news_info .date`` ("2026.01.06. 오후 6:23."); the text is
``#CmAdContent.paragraph``, its ``span`` runs split by ``<br>``, ending with the sign-off "YTN 홍길동
(x@ytn.co.kr)" and the notice "[저작권자(c) YTN 무단전재, 재배포 및 AI 데이터 활용 금지]"; photos
and video posters in ``.bx_vod .photo``. Undated (attested in January 2026).

Version ``2021``: the header ``div#nav_content`` holds the section (``span.cate``), the headline (``h3``) and
the time (``span.time``: ``2023년 04월 10일 09시 59분``). ``div.content[itemprop=articleBody]``
holds the subtitle (``span.subhead``), the lead image with its caption (``p.imgcaption``) or a
video player, then the text in ``div.article#CmAdContent``: runs separated by ``<br><br>``,
ending with ``YTN 홍길동 (email)``, the 제보 prompt and ``[저작권자(c) YTN …]``. Below it, a
"more news" box of the same section. The JSON-LD headline keeps HTML entities (``&quot;``),
so the visible headline wins. (Facts from the shared YTN pages of 2023.) Dated from 2021-11-22, the
day the public just-news article reader's YTN implementation was changed to this markup ("ytn 고침":
headline ``#zone1 > .top h3``, time ``#zone1 > .top .li_1 > .time``, text ``#zone1 .content
.article`` with ``.ad_box``/``.txtad`` ad boxes; ``#zone1 > .top`` is the ``div#nav_content`` above);
the reader did not change them again before its last commit (2021-11-29), and the 2023 pages fit them.

Version ``2015`` (facts from the public just-news article reader's YTN implementation, rebuilt for this
layout on 2015-10-13 ("YTN 재구성") and changed for the next one on 2021-11-22 ("ytn 고침")): the headline
is ``.article_tit`` and ``.article_info .extra_info`` the time ("Posted : 2017-05-02 10:00"); the text
is ``.article_paragraph`` (``.article_wrap`` on card-news pages, read from 2018-02-13), with the
``.news_slide`` and ``.articleAd_new``/``.hns_mask_div`` ad boxes, the play and VOD-info buttons
(``.playbt``, ``.bt_vodinfo``), the ``.share_btns`` bar, the ``.copyright`` notice and floating boxes
(``id^=float``, ``#iwm_float``) inside. Dated 2015-10-13 to 2021-11-21.
"""
from datetime import date

from .base import SiteProfile

CURRENT = SiteProfile(
    name="ytn",
    hosts=("www.ytn.co.kr", "m.ytn.co.kr"),
    # the headline, time and section boxes together (id="CmAdContent" alone is common to several CMSs)
    markers=(("news_title", "news_info", "bx_cate_news"),),
    press="YTN",
    title=("h2.news_title span", "h2.news_title", "meta[property='og:title']@content"),
    body=("#CmAdContent.paragraph", "div.paragraph"),
    lead_images=(".bx_vod .photo",),
    drop=(".bx_vod", "script", "style", "iframe"),
    published=(".news_info .date", "meta[property='article:published_time']@content"),
    section=(".bx_cate_news .bx_title h3",),
)

V2021 = SiteProfile(
    name="ytn",
    version="2021",
    hosts=("www.ytn.co.kr", "m.ytn.co.kr"),
    # id="CmAdContent" is common to several Korean news CMSs; the YTN_CSA_ class prefix is YTN's own.
    markers=("YTN_CSA_",),
    valid_from=date(2021, 11, 22),
    press="YTN",
    title=("#nav_content h3", "meta[property='og:title']@content"),
    subtitle=("div.content span.subhead",),
    body=("div.content[itemprop='articleBody']", "#CmAdContent"),
    drop=("span.subhead", ".imgArea", ".YTN_Player", "#zumplayer", ".ad_box", ".txtad", ".more_box",
          ".YTN_CSA_morenews", ".YTN_CSA_vodplay"),
    published=("#nav_content span.time", "meta[property='article:published_time']@content"),
    section=("#nav_content span.cate", "meta[property='article:section2']@content"),
    caption=("p.imgcaption",),
)

V2015 = SiteProfile(
    name="ytn",
    version="2015",
    hosts=("www.ytn.co.kr",),
    markers=(("article_tit", "extra_info", "article_paragraph"), ("article_tit", "extra_info", "article_wrap")),
    valid_from=date(2015, 10, 13),
    valid_until=date(2021, 11, 21),
    press="YTN",
    title=(".article_tit", "meta[property='og:title']@content"),
    body=(".article_paragraph", ".article_wrap"),
    drop=(".news_slide", ".articleAd_new", ".hns_mask_div", ".playbt", ".bt_vodinfo", ".share_btns", ".copyright",
          "div[id^='float']", "#iwm_float", "script", "iframe"),
    published=(".article_info .extra_info",),
)

PROFILES = [CURRENT, V2021, V2015]
