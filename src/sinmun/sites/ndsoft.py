"""The ND소프트 news CMS (``/news/articleView.html?idxno=<n>``), shared by many Korean outlets.

One set of selectors serves every outlet on it: :func:`outlet` builds each outlet's profile (its
hosts and press), and :data:`FAMILY` (no hosts, no press) takes a page of this CMS that comes
without a URL, whichever outlet it is from; the press then comes from the page's notice or meta.

Layout (facts from a public Android reader's ND소프트 parser tests, with sample markup of three of
its skins, written in 2026, and from public crawlers of ND소프트 outlets — 연합인포맥스, 테크M,
이지경제, 제주일보, 여성신문 — for the headline and header list): the text is
``article#article-view-content-div`` (class ``article-veiw-body``, sic, ``itemprop=articleBody``),
``<p>`` paragraphs with ``h2.subheading`` subtitle lines (or ``div.article-head-sub``) at the top,
``figure.photo-layout`` photos (caption ``figcaption``, often opening with "▲"), ``div.ad-template``
ad slots, and in some skins the share buttons (``ul.info-options2``), the notice
(``div.view-copyright``) and the reporter box (``div.view-editors``: ``strong.names``, e-mail
``a.user-email``) inside it. The header (``header.article-view-header``) has the headline
(``.heading``; older skins ``div.article-head-title``) and the ``div.info-group`` list
(``ul.infomation`` or ``ul.breadcrumbs``): the reporter item (``기자명`` icon label, "홍길동 기자",
or ``li.info-name``) and the labelled times ("입력 2026.01.06 10:00", older skins "승인 …" in
``.info-text ul li``). Below the text: the reporter card ``article.writer`` (``strong.name``,
``a.email``) and the notice ``article.article-copy`` or ``article.article-copyright``
("저작권자 © 블로터 무단전재 및 재배포 금지").

A public TypeScript news-crawler's parser notes for two ND소프트 outlets (January 2026) give the
same skin family: ``h1.heading``, ``h2.subheading`` (``<br>``-separated lines), the reporter
``.info-name`` ("홍길동 기자"), the time in ``.info-group .breadcrumbs li`` ("입력 2026.01.02
16:42"), ``.photo-layout`` photos with ``figcaption``, ``.tag-group .tag`` hashtags and the notice
``.article-copyright``.

Outlets on it here (each by its ``/news/articleView.html?idxno=`` article URLs and the CMS's
``/news/photo/`` and ``/news/thumbnail/`` image paths): 블로터 (www.bloter.net), 대전일보
(www.daejonilbo.com) and 강원도민일보 (www.kado.net, one of the two outlets of those notes). A public
multi-outlet crawler's per-site configuration (2023-2025 markup) gives both of them, and a dozen
other outlets, as ``ul.infomation`` / ``h3.heading`` / ``article#article-view-content-div`` pages
with ``ad-view`` ad boxes in the text.
"""
from .base import SiteProfile

#: the skins are attested in 2026 samples and older crawlers; their start is not known
CURRENT_SINCE = None
ATTESTED = "2026"

_HEADER = "header.article-view-header"


def outlet(name: str, hosts: tuple[str, ...], press: str | None, *,
           markers: tuple[str | tuple[str, ...], ...] = ()) -> SiteProfile:
    """One outlet's profile on the shared ND소프트 selectors."""
    return SiteProfile(
        name=name,
        hosts=hosts,
        markers=markers,
        press=press,
        title=(f"{_HEADER} .heading", "h1.heading", "h3.heading", "div.article-head-title",
               "meta[property='og:title']@content"),
        subtitle=("h2.subheading", "#article-view-content-div .article-head-sub"),
        body=("article#article-view-content-div", "#article-view-content-div", "article.article-veiw-body"),
        drop=("h2.subheading", ".article-head-sub", "div.ad-template", "[class*='ad-view']", "ul.info-options2",
              "div.view-copyright", "div.view-editors", ".tag-group", "script", "iframe"),
        date_line=("div.info-group ul.infomation", "div.info-group ul.breadcrumbs", "div.info-group",
                   "div.info-text ul", "div.info-text"),
        byline=("ul.infomation li:has(i.icon-user-o)", ".info-name", "div.view-editors strong.names",
                "article.writer strong.name"),
        reporter_email=("article.writer a.email", "div.view-editors a.user-email"),
        copyright=(".article-copy", ".article-copyright", "div.view-copyright"),
        caption=("figure figcaption",),
    )


#: a page of this CMS without a URL: the body's id with the CMS's own misspelt class
FAMILY = outlet("ndsoft", (), None, markers=(("article-view-content-div", "article-veiw-body"),))

BLOTER = outlet("bloter", ("www.bloter.net", "bloter.net"), "블로터")
DAEJONILBO = outlet("daejonilbo", ("www.daejonilbo.com", "daejonilbo.com"), "대전일보")
KADO = outlet("kado", ("www.kado.net", "kado.net"), "강원도민일보")

PROFILES = [BLOTER, DAEJONILBO, KADO, FAMILY]
