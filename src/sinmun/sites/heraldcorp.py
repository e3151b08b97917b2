"""헤럴드경제 (biz.heraldcorp.com, news.heraldcorp.com): two article layouts.

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

Neither layout is dated. Public link lists carry ``view.php?ud=`` URLs up to September 2024 and
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

PROFILES = [CURRENT, V2016]
