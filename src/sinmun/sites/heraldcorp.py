"""헤럴드경제 (biz.heraldcorp.com, news.heraldcorp.com): four article layouts.

- ``current`` (``/article/<n>`` pages; facts from per-outlet body-selector maps naming
  ``article#articleText`` for biz.heraldcorp.com, and a public real-estate news crawler of January
  2026 that reads the text and photos in order from ``article#articleText``, the photos in
  ``.article-photo-wrap`` boxes, and keeps the reporter's portrait, which sits elsewhere, out):
  the text is ``article#articleText``. The headline, time and reporter markup of these pages is not
  known from a source; the generic sources (``og:title``, meta times, bylines in the text) read them.
- ``2016`` (``view.php?ud=<n>``; facts from the public just-news article reader's 헤럴드경제
  implementation, written in September 2014 and last changed in January 2016 to drop ad boxes;
  crawlers of 2023 and 2025 still read ``#articleText``): the headline is ``.article_text span`` and
  ``.new_time`` the time line ("기사입력 2016-01-29 10:00"); the text is ``#articleText``: runs with
  ``.mask_div`` ad boxes and inline ad ``span``s.

- ``2019`` (``view.php?ud=<n>``; facts from a public Java stock-news scraper, banks21c/MavenStockProject,
  ``BizHeraldcorpCom.java`` and ``NewsHeraldcorpCom.java``, written in October 2019 for pages of February
  2019 on biz. and news.heraldcorp.com and not changed to June 2021): the headline is ``.view_top_t2 ul
  li h1``, the times the ``.ellipsis`` line that holds "기사입력 … | 최종수정 …", the text ``#articleText``
  (opening with the "[헤럴드경제=홍길동 기자]" byline), with the print buttons ``div.pop_prt_btns`` and the
  reaction box ``.w_mug_emotion`` on the page.
- ``2018`` (the same scraper's ``NewsHerald.java``, for a page of February 2018): the headline is
  ``.view_top h1`` and the time the first ``.view_top .ellipsis`` (its label in an ``em``); the text is
  ``#articleText`` inside ``#content_ADTOM``, with photos in ``.imageC`` boxes captioned by ``.desc``.

No layout is dated: the scraper's files were all first written in October 2019. Public link lists
carry ``view.php?ud=`` URLs up to September 2024 and
``/article/<n>`` URLs (numbers from 10000000) from December 2024, but no source says when the markup
itself changed. ``mbiz.heraldcorp.com/article/<n>`` links appear in 2026 lists without their markup,
so the current layout does not claim the mobile host.
"""
from .base import SiteProfile

#: /article/ URLs are attested from December 2024, this markup in January 2026; the start is not known
CURRENT_SINCE = None
ATTESTED = ("2024-12", "2026-01")

CURRENT = SiteProfile(
    name="heraldcorp",
    hosts=("biz.heraldcorp.com",),
    # a page without photos has no photo box: then the body selector picks this layout
    markers=(('id="articleText"', "article-photo-wrap"),),
    press="헤럴드경제",
    body=("article#articleText",),
    lead_images=("article#articleText .article-photo-wrap",),
    drop=(".article-photo-wrap", "script", "style", "iframe"),
)

#: the view.php selectors were written in September 2014 and last changed in January 2016; start and end unknown
V2016_ATTESTED = ("2014-09", "2016-01")

V2016 = SiteProfile(
    name="heraldcorp",
    version="2016",
    hosts=("biz.heraldcorp.com", "news.heraldcorp.com", "mbiz.heraldcorp.com"),
    markers=(("article_text", "new_time", 'id="articleText"'),),
    press="헤럴드경제",
    title=(".article_text span", "meta[property='og:title']@content"),
    body=("#articleText",),
    drop=(".mask_div", "script", "iframe"),
    published=(".new_time",),
)

V2019 = SiteProfile(
    name="heraldcorp",
    version="2019",
    hosts=("biz.heraldcorp.com", "news.heraldcorp.com", "mbiz.heraldcorp.com"),
    markers=(("view_top_t2", 'id="articleText"'),),
    press="헤럴드경제",
    title=(".view_top_t2 ul li h1", "meta[property='og:title']@content"),
    body=("#articleText",),
    drop=("div.pop_prt_btns", ".w_mug_emotion", "script", "iframe"),
    date_line=(".view_top_t2 .ellipsis", ".ellipsis"),
)

V2018 = SiteProfile(
    name="heraldcorp",
    version="2018",
    hosts=("biz.heraldcorp.com", "news.heraldcorp.com", "mbiz.heraldcorp.com"),
    markers=(('class="view_top"', "content_ADTOM", 'id="articleText"'),),
    press="헤럴드경제",
    title=(".view_top h1", "meta[property='og:title']@content"),
    body=("#content_ADTOM #articleText", "#articleText"),
    lead_images=("#articleText .imageC",),
    drop=(".imageC", "script", "iframe"),
    published=(".view_top .ellipsis",),
    caption=(".imageC .desc",),
)

PROFILES = [CURRENT, V2019, V2018, V2016]
