"""국민일보 (www.kmib.co.kr): the article page as served in 2025-2026 (``/article/view.asp?arcid=…``), and the
older ``news.kmib.co.kr`` page.

Version ``current`` (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): the breadcrumb (``.breadcrumb a``) names the section, the headline is
``h1.article_headline``, and ``div.datetime`` holds the labelled times ("입력:2026-01-06 14:00",
"수정:…"). The text is the bare text runs of ``div#articleBody`` separated by ``<br>``, with
``div.article_body_img`` figures, an ``div.article_recommend`` box, the closing "홍길동 기자
hong@…" line and the notice "GoodNews paper ⓒ 국민일보(www.kmib.co.kr), 무단전재 및 수집, 재배포금지".

Version ``2019`` (``news.kmib.co.kr/article/view.asp?arcid=…``, served as EUC-KR; facts from the public
just-news article reader's 국민일보 implementation, changed for this layout on 2019-02-18 ("Clean up for
kmib.co.kr") and not in its selectors since, and from a public C# news downloader of 2019-09 for the
host and the EUC-KR encoding): ``.nwsti`` holds the headline ``h3`` and the ``.nwsti_btm .date``
times (``.t11``: "입력 2019-06-03 04:05", "수정 …"); the text is the bare text runs of
``#articleBody`` separated by ``<br>``, ending with the "홍길동 기자 hong@…" line, with links to the
outlet's photo, video and 페북 selection pages inside. Dated from 2019-02-18; its end is not dated by
the sources.
"""
from datetime import date

from .base import SiteProfile

#: the layout is attested on January 2026 pages; its start is not known
CURRENT_SINCE = None
ATTESTED = "2026-01"

CURRENT = SiteProfile(
    name="kmib",
    hosts=("www.kmib.co.kr",),
    markers=(("article_headline", 'id="articleBody"'),),
    press="국민일보",
    title=("h1.article_headline", "meta[property='og:title']@content"),
    body=("div#articleBody",),
    drop=("div.article_body_img", "div.article_recommend", "script"),
    date_line=("div.datetime",),
    section=(".breadcrumb a",),
    caption=("figcaption",),
)

V2019 = SiteProfile(
    name="kmib",
    version="2019",
    hosts=("news.kmib.co.kr",),
    markers=(("nwsti_btm", 'id="articleBody"'),),
    valid_from=date(2019, 2, 18),
    press="국민일보",
    title=(".nwsti h3", "meta[property='og:title']@content"),
    body=("#articleBody",),
    drop=("a[href*='/article/fbchoice/']", "a[href*='/photo/index.asp']", "a[href*='/vod/index.asp']", "script",
          "iframe"),
    date_line=(".nwsti_btm .date",),
)

PROFILES = [CURRENT, V2019]
