"""KBS News (news.kbs.co.kr)."""
from __future__ import annotations

from collections.abc import Iterable

from ..article import Image
from ..extraction import fields
from ..extraction.content import read_images
from ..extraction.resolve import Context, source
from .base import SiteProfile


@source("print copy", 0.7)
def PRINT_COPY_IMAGE(ctx: Context) -> Iterable[list[Image]]:
    """The lead photo is set by script; its real URL is only in the hidden print copy.

    Broadcast items (category link into /vod/, a programme such as '뉴스 7') show a video
    whose poster sits in the same place: that is not an article image.
    """
    category = ctx.page.tree.css_first("a.cate")
    if category is not None and "/vod/" in (category.attributes.get("href") or ""):
        return []
    holder = ctx.page.tree.css_first("#mailHtmlContents .view_con_img")
    if holder is None:
        return []
    base_url = ctx.value("canonical_url") or ctx.url or "https://news.kbs.co.kr/"
    return [read_images(holder, base_url, ("figcaption",))[:1]]


CURRENT = SiteProfile(
    name="kbs",
    hosts=("news.kbs.co.kr", "kbs.co.kr"),
    markers=('id="cont_newstext"',),
    press="KBS",
    title=("h5.tit-s", "meta[property='og:title']@content"),
    body=("#cont_newstext",),
    drop=("#mailHtmlContents",),
    published=(".dates .date:nth-of-type(1)",),
    updated=(".dates .date:nth-of-type(2)",),
    byline=("#ulReporterList .name",),
    section=("a.cate",),
    copyright=("p.copyright",),
    sources={"images": fields.then("images", PRINT_COPY_IMAGE)},
)

PROFILES = [CURRENT]
