"""YTN (www.ytn.co.kr): article pages at ``/_ln/<section>_<id>``.

The header ``div#nav_content`` holds the section (``span.cate``), the headline (``h3``) and
the time (``span.time``: ``2023년 04월 10일 09시 59분``). ``div.content[itemprop=articleBody]``
holds the subtitle (``span.subhead``), the lead image with its caption (``p.imgcaption``) or a
video player, then the text in ``div.article#CmAdContent``: runs separated by ``<br><br>``,
ending with ``YTN 홍길동 (email)``, the 제보 prompt and ``[저작권자(c) YTN …]``. Below it, a
"more news" box of the same section. The JSON-LD headline keeps HTML entities (``&quot;``),
so the visible headline wins.
"""
from .base import SiteProfile

CURRENT = SiteProfile(
    name="ytn",
    hosts=("www.ytn.co.kr", "m.ytn.co.kr"),
    # id="CmAdContent" is common to several Korean news CMSs; the YTN_CSA_ class prefix is YTN's own.
    markers=("YTN_CSA_",),
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

PROFILES = [CURRENT]
