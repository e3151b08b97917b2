"""헤럴드경제 (biz.heraldcorp.com, news.heraldcorp.com): the ``view.php?ud=<n>`` article page of 2016.

Layout (facts from the public just-news article reader's 헤럴드경제 implementation, whose selectors
last changed in January 2016; crawlers of 2023 and 2025 still read ``#articleText``, by then on
``/article/<n>`` pages): the headline is ``.article_text span`` and ``.new_time`` the time line
("기사입력 2016-01-29 10:00"); the text is ``#articleText``: runs with ``.mask_div`` ad boxes and
inline ad ``span``s. The layout served later is not covered.
"""
from .base import SiteProfile

#: the selectors were last changed in January 2016; the layout's start and end are not known
V2016_ATTESTED = ("2016-01", "2016-01")

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

PROFILES = [V2016]
