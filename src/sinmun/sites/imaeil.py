"""매일신문 (news.imaeil.com): the article page (``/page/view/<yyyymmddHHMMSS…>``) as served in 2023.

Layout (facts from a public crawler project's page-structure notes of July 2023 and a Python
crawler module of April 2023, with a per-outlet selector map naming the same text container):
the headline is ``p.title``, the reporter ``span.name`` and the times ``span.date``; the text is
``div#articlebody[itemprop=articleBody]`` inside ``div.article_content``: ``<p>`` paragraphs with
``figure.img_center`` photos and ``<div>`` boxes (ads, embeds) as its direct children.
"""
from .base import SiteProfile

#: the layout is attested on 2023 pages; its start and end are not known
CURRENT_SINCE = None
ATTESTED = "2023-07"

CURRENT = SiteProfile(
    name="imaeil",
    hosts=("news.imaeil.com", "www.imaeil.com", "imaeil.com"),
    markers=(('id="articlebody"', "article_content", "img_center"),),
    press="매일신문",
    # the headline comes before the side lists' p.title teasers
    title=("p.title", "meta[property='og:title']@content"),
    body=("div#articlebody[itemprop='articleBody']", "div#articlebody"),
    drop=("#articlebody > div", "script"),
    published=("span.date",),
    caption=("figcaption",),
)

PROFILES = [CURRENT]
