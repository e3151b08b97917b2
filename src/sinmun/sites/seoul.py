"""서울신문 (www.seoul.co.kr): the article page as served in 2025-2026 (``/news/<section>/<yyyy>/<mm>/<dd>/<id>``).

Layout (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
January 2026 pages): the headline is ``h1.h38`` and the subtitle ``h2.stit``; the reporter links
sit in ``.reporterInfo .name a`` (the bare name) and the times in ``.dateInfo`` (``.writeInfo``
입력, ``.updateInfo`` 수정). The text is ``div.viewContent``: bare text runs separated by
``<br><br>``, ``div.v_photoarea`` photos (``figure picture img.viewImage``, caption
``figcaption.v_photo_caption``), a ``div.byline`` box and the ``p.articleCopyright`` notice.
"""
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

PROFILES = [CURRENT]
