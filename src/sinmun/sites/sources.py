"""Where each outlet publishes its article URLs: RSS/Atom feeds, news sitemaps, sitemap indexes, section list
pages, and the portals' per-day lists. Data only (no fetching here); ``sinmun crawl OUTLET`` reads it and
``sinmun sites`` prints it.

Keys are the site-profile names where a profile exists (``daum``, ``naver``, ``chosun``, ``mk``, ``kbs``,
``imbc``, ``sbs``, ``ytn``, ``tvchosun``) and short outlet names otherwise. A source URL may hold the
placeholders ``{section}``, ``{date}`` (YYYYMMDD), ``{day}`` (YYYY-MM-DD) and ``{page}``: such a source is
expanded for every day of the crawl's range, every section asked for (or all declared) and pages 1, 2, ...
while a page still yields new links.

The URLs were taken from public knowledge (the outlets' RSS pages as listed by public Korean-news RSS
collections such as akngs/knews-rss, Arc XP's standard outbound-feed paths, and the list URLs that public
Naver/Daum crawler projects use). They could not be checked against the live sites from where this was
written; docs/crawl.md says how to correct or add one (``--sources FILE.json`` takes the same shape).
"""
from __future__ import annotations

from dataclasses import dataclass, field

RSS, NEWSMAP, SITEMAP, LIST = "rss", "newsmap", "sitemap", "list"
SOURCE_KINDS = (RSS, NEWSMAP, SITEMAP, LIST)


@dataclass(frozen=True)
class Source:
    kind: str                       # rss | newsmap | sitemap | list
    url: str                        # may hold {section} {date} {day} {page}
    section: str | None = None      # the section this source covers (None: all)
    parser: str | None = None       # list pages: "naver-day", "daum-day", or None (generic links)


@dataclass(frozen=True)
class Outlet:
    name: str
    title: str                                  # the outlet's Korean name
    hosts: tuple[str, ...]                      # hosts whose links are articles of this outlet
    sources: tuple[Source, ...]
    sections: dict[str, str] = field(default_factory=dict)   # section code -> name (for {section})
    article_pattern: str | None = None          # regex an article URL's path+query matches (list pages)
    note: str = ""


def _rss(*urls: str) -> tuple[Source, ...]:
    return tuple(Source(RSS, url) for url in urls)


NAVER_SECTIONS = {"100": "정치", "101": "경제", "102": "사회", "103": "생활/문화", "104": "세계", "105": "IT/과학"}
DAUM_SECTIONS = {"society": "사회", "politics": "정치", "economic": "경제", "foreign": "국제", "culture": "문화",
                 "digital": "IT", "entertain": "연예", "sports": "스포츠"}

OUTLETS: dict[str, Outlet] = {o.name: o for o in (
    Outlet("naver", "네이버 뉴스", ("news.naver.com", "n.news.naver.com", "m.news.naver.com"), (
        Source(LIST, "https://news.naver.com/main/list.naver?mode=LSD&mid=sec&sid1={section}&date={date}"
                     "&page={page}", parser="naver-day"),
    ), NAVER_SECTIONS, r"^/(?:mnews/)?article/\d{3}/\d+|^/main/read\.n(?:aver|hn)\?",
        "per-section, per-day lists (mode=LSD); the newer breakingnews/section/<sid1>/<sid2>?date= lists "
        "need a sub-section and are not declared"),
    Outlet("daum", "다음 뉴스", ("v.daum.net", "news.v.daum.net"), (
        Source(LIST, "https://news.daum.net/breakingnews/{section}?regDate={date}&page={page}", parser="daum-day"),
    ), DAUM_SECTIONS, r"^/v/\d{14,20}", "per-day breaking-news lists"),
    Outlet("chosun", "조선일보", ("www.chosun.com",), (
        Source(NEWSMAP, "https://www.chosun.com/arc/outboundfeeds/news-sitemap/?outputType=xml"),
        Source(SITEMAP, "https://www.chosun.com/arc/outboundfeeds/sitemap-index/?outputType=xml"),
        Source(RSS, "https://www.chosun.com/arc/outboundfeeds/rss/?outputType=xml"),
    ), {}, r"^/[a-z-]+/(?:[a-z-]+/)?\d{4}/\d{2}/\d{2}/[A-Z0-9]+/?$", "Arc XP outbound feeds"),
    Outlet("mk", "매일경제", ("www.mk.co.kr",), _rss("https://www.mk.co.kr/rss/30000001/"), {},
           r"^/news/[a-z]+/\d+", "RSS 30000001 is 전체뉴스"),
    Outlet("sbs", "SBS", ("news.sbs.co.kr",), _rss(
        "https://news.sbs.co.kr/news/newsflashRssFeed.do?plink=RSSREADER",
        "https://news.sbs.co.kr/news/SectionRssFeed.do?sectionId=01&plink=RSSREADER"), {},
        r"^/news/endPage\.do\?", "newsflash feed and section 01 (정치)"),
    Outlet("yna", "연합뉴스", ("www.yna.co.kr",), _rss("https://www.yna.co.kr/rss/news.xml"), {},
           r"^/view/[A-Z]{3}\d+", "all-news feed"),
    Outlet("hani", "한겨레", ("www.hani.co.kr",), _rss("https://www.hani.co.kr/rss/"), {},
           r"^/arti/", "all-news feed"),
    Outlet("khan", "경향신문", ("www.khan.co.kr",), _rss("https://www.khan.co.kr/rss/rssdata/total_news.xml"), {},
           r"^/article/\d+|^/[a-z-]+/[a-z-]+/article/\d+", "total_news feed"),
    Outlet("donga", "동아일보", ("www.donga.com",), _rss("https://rss.donga.com/total.xml"), {},
           r"^/news/[A-Za-z]+/article/", "total feed"),
    Outlet("hankyung", "한국경제", ("www.hankyung.com",), _rss("https://www.hankyung.com/feed/all-news"), {},
           r"^/article/\d+", "all-news feed"),
    Outlet("joongang", "중앙일보", ("www.joongang.co.kr",), _rss("https://www.joongang.co.kr/rss"), {},
           r"^/article/\d+", "RSS index page as listed publicly; may be an HTML list of feeds"),
)}


def outlet(name: str) -> Outlet | None:
    return OUTLETS.get(name.strip().lower())
