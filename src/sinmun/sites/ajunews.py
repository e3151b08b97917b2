"""아주경제 (www.ajunews.com): the article page (``/view/<yyyymmddHHMMSS…>``).

Layout (facts from a public multi-outlet Selenium crawler's per-site configuration, whose entries
describe 2023-2025 markup, and a second crawler's per-domain body map naming the same container,
``article_con``, with ``#articleBody`` as its fallback; the ``/view/`` URLs from a 2023 crawler
module): the first ``h1`` is the headline and the element of class ``date`` the time; the text is
``div.article_con``, with ``figure`` photos, ``dcamp_ad`` ad boxes, the reporter's ``byline`` box,
the like buttons (``like_wrap``), the bottom links (``article_bot``) and the notice (``copy``)
inside.
"""
from .base import SiteProfile

#: the layout is attested in 2023-2025 markup; its start is not known
CURRENT_SINCE = None
ATTESTED = "2023"

CURRENT = SiteProfile(
    name="ajunews",
    hosts=("www.ajunews.com", "ajunews.com", "m.ajunews.com"),
    markers=(("article_con", "dcamp_ad"),),
    press="아주경제",
    title=("h1", "meta[property='og:title']@content"),
    body=("div.article_con", "#articleBody"),
    drop=("[class*='dcamp_ad']", "[class*='byline']", "[class*='like_wrap']", "[class*='article_bot']",
          "div.article_con > .copy", "figure", "script"),
    published=(".date",),
    byline=("div.article_con [class*='byline']",),
)

PROFILES = [CURRENT]
