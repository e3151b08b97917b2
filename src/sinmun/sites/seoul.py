"""서울신문 (www.seoul.co.kr): the article page as served in 2025-2026 (``/news/<section>/<yyyy>/<mm>/<dd>/<id>``),
and the older ``newsView.php`` page.

Version ``current`` (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): the headline is ``h1.h38`` and the subtitle ``h2.stit``; the reporter links
sit in ``.reporterInfo .name a`` (the bare name) and the times in ``.dateInfo`` (``.writeInfo``
입력, ``.updateInfo`` 수정). The text is ``div.viewContent``: bare text runs separated by
``<br><br>``, ``div.v_photoarea`` photos (``figure picture img.viewImage``, caption
``figcaption.v_photo_caption``), a ``div.byline`` box and the ``p.articleCopyright`` notice.

Version ``2017`` (``/news/newsView.php?id=<yyyymmdd><n>``, served as EUC-KR; facts from the public
just-news article reader's 서울신문 implementation, changed for this layout on 2017-04-18 and for its ad
boxes on 2020-01-18, and from a public C# news downloader of 2019-09 for the hosts, the
``.v_photoarea`` photos and the EUC-KR encoding): the headline is ``.atit2`` and the subtitle
``.title_sub``; ``.v_days`` holds the labelled times ("입력 : 2017-04-18 10:00", "수정 : …"); the text
is ``#atic_txt1``, with ``.v_photoarea`` photos, ``#hnsIframe``/``#ifrm_photolink`` frames and the
``#googleAdTable``/``#seoulAdTable`` ads inside. Dated from 2017-04-18 to 2020-07-27: a public Java
stock-news scraper (banks21c/MavenStockProject, ``WwwSeoulCoKr.java``) read its ``h1.atit2`` headline and
``.v_days`` times until it changed to the ``2020`` markup on 2020-07-28.

Version ``2020`` (the same ``newsView.php`` URLs; that scraper's selectors from 2020-07-28 to its last change
in June 2021): the headline is still ``h1.atit2``; the time is the first ``span`` of ``.S20_v_snt .option
span.w_date``, the text ``.S20_v_article``, with ``.v_photoarea`` photos and the ``#seoulAdTable`` ad
inside. Dated from 2020-07-28; its end is not known.
"""
from datetime import date

from .base import SiteProfile

#: the layout is attested on January 2026 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2026-01"

CURRENT = SiteProfile(
    name="seoul",
    hosts=("www.seoul.co.kr",),
    markers=(("viewContent", "v_photoarea"), ("viewContent", "reporterInfo", "h38")),
    press="서울신문",
    title=("h1.h38", "meta[property='og:title']@content"),
    subtitle=("h2.stit",),
    body=("div.viewContent", ".viewContent"),
    drop=("div.v_photoarea", "figure", "div.byline", "h2.stit", "div[class*='adBox']", "script"),
    published=(".dateInfo .writeInfo", "meta[property='article:published_time']@content"),
    updated=(".dateInfo .updateInfo",),
    byline=(".reporterInfo .name a", ".reporterInfo .name"),
    copyright=("p.articleCopyright",),
    caption=("figcaption.v_photo_caption", "figcaption"),
)

V2017 = SiteProfile(
    name="seoul",
    version="2017",
    hosts=("www.seoul.co.kr", "seoul.co.kr"),
    markers=(("atit2", 'id="atic_txt1"'),),
    valid_from=date(2017, 4, 18),
    valid_until=date(2020, 7, 27),
    press="서울신문",
    title=(".atit2", "meta[property='og:title']@content"),
    subtitle=(".title_sub",),
    body=("#atic_txt1",),
    drop=(".v_photoarea", "#hnsIframe", "#ifrm_photolink", "#googleAdTable", "#seoulAdTable", "script", "iframe"),
    date_line=(".v_days",),
    caption=(".v_photoarea .v_photo_caption",),
)

V2020 = SiteProfile(
    name="seoul",
    version="2020",
    hosts=("www.seoul.co.kr", "seoul.co.kr"),
    markers=(("S20_v_article", "S20_v_snt"),),
    valid_from=date(2020, 7, 28),
    press="서울신문",
    title=("h1.atit2", ".atit2", "meta[property='og:title']@content"),
    body=(".S20_v_article",),
    drop=("#seoulAdTable", "#googleAdTable", "script", "iframe"),
    published=(".S20_v_snt .option span.w_date span",),
)

PROFILES = [CURRENT, V2020, V2017]
