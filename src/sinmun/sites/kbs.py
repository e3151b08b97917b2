"""KBS News (news.kbs.co.kr)."""
from __future__ import annotations

from ..article import Article, Image
from ..extraction.content import read_images
from ..extraction.parse import Page
from .base import SiteProfile


def _print_copy_image(page: Page, article: Article) -> None:
    """The lead photo is set by script; its real URL is only in the hidden print copy.

    Broadcast items (category link into /vod/, a programme such as '뉴스 7') show a video
    whose poster sits in the same place: that is not an article image.
    """
    if article.images:
        return
    category = page.tree.css_first("a.cate")
    if category is not None and "/vod/" in (category.attributes.get("href") or ""):
        return
    holder = page.tree.css_first("#mailHtmlContents .view_con_img")
    if holder is not None:
        base_url = article.canonical_url or article.url or "https://news.kbs.co.kr/"
        images: list[Image] = read_images(holder, base_url, ("figcaption",))
        article.images = images[:1]


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
    finish=_print_copy_image,
)

PROFILES = [CURRENT]
