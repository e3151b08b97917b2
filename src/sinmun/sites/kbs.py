"""KBS News (news.kbs.co.kr): the article page (``/news/view.do?ncd=<n>``) in three layouts.

- ``current`` (facts from a public TypeScript news-crawler's per-outlet parser notes, written against
  January 2026 pages): the headline is ``h4.headline-title``, the section ``.category-name``, the times
  ``em.input-date`` ("입력 2026.01.06 (17:45)") and ``em.edit-date`` ("수정 …"); the text is the ``<p>``
  runs of ``.detail-body`` (the same text also sits in a ``messageText`` script variable for
  text-to-speech), the lead photo or video poster in ``.detail-visual``. The notes name no reporter
  element: the sign-off in the text and the generic sources read the reporter. Undated (attested in
  January 2026); the layout below may have ended earlier.
- ``2019``: the headline is ``h5.tit-s`` (in ``.landing-caption``), the times ``.dates .date``
  (입력, 수정), the reporters ``#ulReporterList`` (each ``li`` a name and its ``mailto:`` link), the text
  ``#cont_newstext``, with a hidden print copy (``#mailHtmlContents``) that holds the lead photo's real
  URL. Dated from 2019-02-14, the day the public just-news article reader's KBS implementation was
  changed to this markup (headline ``.landing-caption .tit-s``, reporter and e-mail in ``.name span``,
  text ``#cont_newstext``; "fix #298"); its selectors stayed so until the reader's last change in
  November 2021, and the shared pages of 2023 still carry them.
- ``2015`` (the just-news selectors of 2015-07-05, its first KBS version, to 2019-02-13): the headline
  is ``.sec_subject .subject_area`` and the reporter ``.sec_subject .source``; the text is already
  ``#cont_newstext``. The reader read no time from this layout, so the generic sources give the date.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

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
    markers=(("headline-title", "input-date", "detail-body"),),
    press="KBS",
    title=("h4.headline-title", ".headline-title", "meta[property='og:title']@content"),
    body=(".detail-body",),
    lead_images=(".detail-visual",),
    drop=(".detail-visual", "script", "style", "iframe"),
    published=("em.input-date",),
    updated=("em.edit-date",),
    section=(".category-name",),
)

V2019 = SiteProfile(
    name="kbs",
    version="2019",
    hosts=("news.kbs.co.kr", "kbs.co.kr"),
    markers=('id="cont_newstext"',),
    valid_from=date(2019, 2, 14),
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

V2015 = SiteProfile(
    name="kbs",
    version="2015",
    hosts=("news.kbs.co.kr", "kbs.co.kr"),
    markers=(("sec_subject", "subject_area", 'id="cont_newstext"'),),
    valid_from=date(2015, 7, 5),
    valid_until=date(2019, 2, 13),
    press="KBS",
    title=(".sec_subject .subject_area", "meta[property='og:title']@content"),
    body=("#cont_newstext",),
    drop=("script", "iframe"),
    byline=(".sec_subject .source",),
)

PROFILES = [CURRENT, V2019, V2015]
