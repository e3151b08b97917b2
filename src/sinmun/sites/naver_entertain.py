"""Naver Entertainment (연예): a partner outlet's story as the portal's entertainment section shows it.

Two layouts, told apart by markup:

- ``NEWSEND`` — the script-built "news end" page of ``m.entertain.naver.com/article/<oid>/<aid>`` (also served
  as ``n.news.naver.com/entertain/article/…`` and, for sports, by :mod:`.naver_sports`): the headline is an
  ``h2`` whose class starts ``NewsEndMain_article_title`` (a hashed suffix follows), the reporter line a
  ``NewsEndMain_article_journalist_info…`` element, the time in ``.article_head_info em``, and the story in
  ``#comp_news_article div._article_content``. The outlet is named in ``og:article:author``/``twitter:creator``.
- ``V2018`` — ``entertain.naver.com/read?oid=…&aid=…``: headline ``#content h2.end_tit``, the story in
  ``div#articeBody`` (spelled so by the site), and in ``div.article_info`` the time
  (``span.author em``: ``2018.08.23. 오후 5:04``) and the link to the original (``a[alt=기사원문]``); the
  outlet's logo ``.press_logo img`` carries its name. Public crawler projects read this layout from 2018
  on; crawlers written from 2023 read ``NEWSEND`` instead. The exact switch-over day is not known, so the
  ranges are left open and the markup decides.

The press is the original outlet, never the portal; ``portal`` is ``naver``. Where the knowledge came from:
the selectors that public Naver-news crawler projects (Python, R and JavaScript scrapers on GitHub) use for
these pages; no page of theirs was copied.
"""
from .base import SiteProfile

#: where both script-built Naver "news end" pages (연예, 스포츠) keep each part of the story
NEWSEND_TITLE = ("h2[class^='NewsEndMain_article_title']", "meta[property='og:title']@content")
NEWSEND_BODY = ("#comp_news_article div._article_content", "div._article_content")
NEWSEND_MARKERS = ("NewsEndMain_article_title",)


def newsend_profile(name: str, hosts: tuple[str, ...]) -> SiteProfile:
    """The script-built Naver "news end" layout of one section (entertainment or sports)."""
    return SiteProfile(
        name=name,
        hosts=hosts,
        markers=NEWSEND_MARKERS,
        portal="naver",
        title=NEWSEND_TITLE,
        body=NEWSEND_BODY,
        drop=(".end_photo_org", "span.end_photo_org", ".vod_player_wrap", "._VIDEO_AREA_WRAP", ".byline",
              ".reporter_area", ".copyright", ".promotion"),
        published=(".article_head_info em", "span[data-date-time]@data-date-time"),
        byline=("[class^='NewsEndMain_article_journalist_info']", ".byline"),
        press_name=("meta[name='twitter:creator']@content", "meta[property='og:article:author']@content"),
        copyright=(".copyright",),
        caption=("em.img_desc", ".img_desc"),
    )


NEWSEND = newsend_profile("naver-entertain", ("m.entertain.naver.com", "entertain.naver.com", "n.news.naver.com"))

V2018 = SiteProfile(
    name="naver-entertain",
    version="2018",
    hosts=("entertain.naver.com", "m.entertain.naver.com"),
    markers=(('id="articeBody"', 'class="end_tit"'),),
    portal="naver",
    title=("#content h2.end_tit", "h2.end_tit"),
    body=("div#articeBody",),
    drop=(".end_photo_org", "span.end_photo_org", ".vod_area", "a.link_news", ".link_news"),
    published=("div.article_info span.author em",),
    byline=(".byline", ".journalistcard_summary_name"),
    press_name=(".press_logo img@alt", "meta[name='twitter:creator']@content",
                "meta[property='og:article:author']@content"),
    copyright=(".copyright",),
    caption=("em.img_desc",),
)

PROFILES = [NEWSEND, V2018]
