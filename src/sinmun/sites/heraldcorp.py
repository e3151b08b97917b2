"""헤럴드경제 (biz.heraldcorp.com, news.heraldcorp.com): the ``view.php?ud=<n>`` article page of 2019.

Layout (facts from the public just-news article reader's 헤럴드경제 implementation, written by
2019; crawlers of 2023 and 2025 still read ``#articleText``, by then on ``/article/<n>`` pages):
the headline is ``.article_text span`` and ``.new_time`` the time line ("기사입력 2019-02-15
10:00"); the text is ``#articleText``: runs with ``.mask_div`` ad boxes and inline ad ``span``s.
The layout served later is not covered.
"""
from .base import SiteProfile

#: the layout is attested in 2019; its start and end are not known
V2019_ATTESTED = ("2019", "2019")

V2019 = SiteProfile(
    name="heraldcorp",
    version="2019",
    hosts=("biz.heraldcorp.com", "news.heraldcorp.com", "mbiz.heraldcorp.com"),
    markers=(("article_text", "new_time", 'id="articleText"'),),
    press="헤럴드경제",
    title=(".article_text span", "meta[property='og:title']@content"),
    body=("#articleText",),
    drop=(".mask_div", "script", "iframe"),
    published=(".new_time",),
)

PROFILES = [V2019]
