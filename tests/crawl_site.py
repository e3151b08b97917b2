"""A fake press site and a fake portal, served on 127.0.0.1 for the crawl tests, the demo and the benchmark.

``PressSite`` serves one outlet: robots.txt (a disallowed folder, a Crawl-delay, a Sitemap line), a sitemap
index with a news sitemap and an old sitemap, an RSS feed, paginated list pages, article pages (UTF-8, and
EUC-KR with the charset only in the HTTP header, some gzip-encoded), a 301 -> 302 chain, a 404, a 429 with
Retry-After, a 503 that works the second time, a response that never finishes, a 403 bot wall and a 200
JavaScript challenge. ``PortalProxy`` is an HTTP proxy that answers for news.naver.com, n.news.naver.com,
news.daum.net and v.daum.net with per-day list pages and article pages, so the real portal URL forms are
crawled (through ``--proxy``) without the network. Every request is logged with its arrival time.

All text is invented for the tests (홍길동, 김철수, example.co.kr).

Run ``python tests/crawl_site.py`` to serve a site until interrupted (used by scripts/demo_crawl.sh).
"""
from __future__ import annotations

import gzip
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

DAY = "2025-08-05"
OLD_DAY = "2024-01-10"
TOPICS = ["항만 물류", "도시 농업", "청년 창업", "지역 축제", "전기 버스", "도서관 개관", "하천 정비", "기상 관측",
          "학교 급식", "문화 유산", "해양 구조", "산림 보호"]


@dataclass
class Hit:
    at: float          # time.monotonic() when the request arrived
    host: str
    path: str
    headers: dict[str, str]
    answered: float = 0.0   # time.monotonic() just before the first byte of the answer was written


@dataclass
class RequestLog:
    hits: list[Hit] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, hit: Hit) -> None:
        with self.lock:
            self.hits.append(hit)

    def paths(self, host: str | None = None) -> list[str]:
        with self.lock:
            return [h.path for h in self.hits if host is None or h.host == host]

    def count(self, path: str) -> int:
        return sum(1 for p in self.paths() if p == path)

    def snapshot(self) -> list[Hit]:
        with self.lock:
            return list(self.hits)


def article_html(title: str, day: str, paragraphs: list[str], reporter: str = "홍길동",
                 charset: str | None = "utf-8", time_of_day: str = "09:30") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html lang=\"ko\"><head>{meta}<title>{title} - 가상일보</title>"
            f'<meta property="og:title" content="{title}">'
            f'<meta property="article:published_time" content="{day}T{time_of_day}:00+09:00">'
            f"</head><body><header><nav><a href=\"/\">홈</a> <a href=\"/list?page=1\">전체기사</a></nav></header>"
            f'<article><h1 class="headline">{title}</h1><div class="byline">입력 {day} {time_of_day}</div>'
            f'<div id="article-body" class="article_body">{body}'
            f"<p>{reporter} 기자 reporter@example.co.kr</p></div></article>"
            f"<footer>Copyright ⓒ 가상일보. 무단전재 및 재배포 금지</footer></body></html>")


def paragraphs_for(topic: str, number: int) -> list[str]:
    return [f"{topic} 사업을 두고 시 관계자는 {number}번째 설명회에서 올해 계획을 자세히 밝혔다고 전했다.",
            f"주민들은 {topic}에 대한 의견을 모아 다음 달까지 시에 제출하기로 했다는 이야기가 나왔다.",
            f"전문가들은 {topic} 정책이 지역 경제에 미칠 영향을 꼼꼼하게 따져 봐야 한다고 입을 모았다.",
            f"시는 {number}개 동 주민센터에서 설명 자료를 나눠 주고 온라인으로도 질문을 받을 계획이다."]


class PressSite:
    """One fake outlet on its own port. ``articles`` are the in-range article numbers it lists."""

    def __init__(self, articles: int = 12, crawl_delay: float | None = None, day: str = DAY,
                 hang: bool = True, robots_fails_first: bool = False) -> None:
        self.articles = articles
        self.hang = hang       # list /hang.html in the feed (it costs the crawl its timeout)
        self.robots_fails_first = robots_fails_first
        self.crawl_delay = crawl_delay
        self.day = day
        self.log = RequestLog()
        self.stop_event = threading.Event()
        self.counts: dict[str, int] = {}
        self.server = _serve(self._handler_class())
        self.port = self.server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"

    # what the tests expect -------------------------------------------------
    def article_path(self, n: int) -> str:
        return f"/news/{n}.html"

    def title(self, n: int) -> str:
        return f"{TOPICS[n % len(TOPICS)]} 소식 {n}호"

    def close(self) -> None:
        self.stop_event.set()
        self.server.shutdown()
        self.server.server_close()

    # responses -------------------------------------------------------------
    def respond(self, path: str, query: dict[str, list[str]]) -> tuple[int, list[tuple[str, str]], bytes] | None:
        simple = {"/robots.txt": self._robots, "/sitemap_index.xml": self._sitemap_index,
                  "/sitemap-news.xml": self._news_sitemap, "/sitemap-old.xml": self._old_sitemap,
                  "/rss.xml": self._rss}
        if path in simple:
            return simple[path]()
        if path == "/list":
            return self._list(int(query.get("page", ["1"])[0]))
        if path == "/go":   # a redirect to anywhere (another host)
            return 302, [("Location", query.get("to", ["/"])[0])], b""
        return self._special(path) or self._article(path)

    def _robots(self):
        self.counts["/robots.txt"] = self.counts.get("/robots.txt", 0) + 1
        if self.robots_fails_first and self.counts["/robots.txt"] == 1:
            return 503, [("Content-Type", "text/plain")], b"busy"
        lines = ["User-agent: *", "Disallow: /private/"]
        if self.crawl_delay is not None:
            lines.append(f"Crawl-delay: {self.crawl_delay}")
        lines.append(f"Sitemap: {self.base}/sitemap_index.xml")
        return 200, [("Content-Type", "text/plain")], ("\n".join(lines) + "\n").encode()

    def _sitemap_index(self):
        body = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<sitemap><loc>{self.base}/sitemap-news.xml</loc><lastmod>{self.day}T12:00:00+09:00</lastmod></sitemap>"
                f"<sitemap><loc>{self.base}/sitemap-old.xml</loc><lastmod>{OLD_DAY}</lastmod></sitemap>"
                "</sitemapindex>")
        return 200, [("Content-Type", "application/xml")], body.encode()

    def _news_sitemap(self):
        entries = [(f"{self.base}{self.article_path(n)}", self.day) for n in range(1, self.articles // 2 + 1)]
        entries.append((f"{self.base}/news/old-1.html", OLD_DAY))    # dated out of range: never fetched
        urls = "".join(
            f"<url><loc>{loc}</loc><news:news><news:publication><news:name>가상일보</news:name>"
            f"<news:language>ko</news:language></news:publication><news:publication_date>{day}T09:30:00+09:00"
            f"</news:publication_date><news:title>기사</news:title></news:news></url>" for loc, day in entries)
        body = ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>')
        return 200, [("Content-Type", "application/xml")], body.encode()

    def _old_sitemap(self):
        body = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<url><loc>{self.base}/news/old-2.html</loc></url></urlset>")
        return 200, [("Content-Type", "application/xml")], body.encode()

    def _rss(self):
        half = self.articles // 2
        items = [(f"{self.base}{self.article_path(n)}?utm_source=rss&utm_medium=feed", self.day)
                 for n in range(half - 1, self.articles + 1)]   # two overlap the sitemap, with tracking params
        items += [(f"{self.base}/private/secret.html", self.day), (f"{self.base}/moved/1", self.day),
                  (f"{self.base}/missing.html", self.day), (f"{self.base}/busy.html", self.day),
                  (f"{self.base}/flaky.html", self.day), *([(f"{self.base}/hang.html", self.day)] * self.hang),
                  (f"{self.base}/wall.html", self.day), (f"{self.base}/challenge.html", self.day),
                  (f"{self.base}/files/report.pdf", self.day),
                  (f"{self.base}/news/old-3.html", OLD_DAY)]
        rendered = "".join(f"<item><title>기사</title><link>{link.replace('&', '&amp;')}</link>"
                           f"<pubDate>{_rfc822(day)}</pubDate></item>" for link, day in items)
        body = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>가상일보</title>'
                f"<link>{self.base}/</link>{rendered}</channel></rss>")
        return 200, [("Content-Type", "application/rss+xml")], body.encode()

    def _list(self, page: int):
        per_page = 4
        numbers = [n for n in range(1, self.articles + 1)][(page - 1) * per_page:page * per_page]
        links = "".join(f'<li><a href="{self.article_path(n)}">{self.title(n)}</a></li>' for n in numbers)
        if page == 1:
            links += '<li><a href="/news/late-1.html">늦게 알려진 기사</a></li>'   # no date in the list
        body = f"<html><head><title>전체기사</title></head><body><ul class='list'>{links}</ul></body></html>"
        return 200, [("Content-Type", "text/html; charset=utf-8")], body.encode()

    def _special(self, path: str):
        count = self.counts[path] = self.counts.get(path, 0) + 1
        if path.startswith("/moved/"):
            return 301, [("Location", f"/moved2/{path.rsplit('/', 1)[1]}")], b""
        if path.startswith("/moved2/"):
            return 302, [("Location", f"{self.base}{self.article_path(self.articles + 1)}?utm_campaign=x")], b""
        if path == "/busy.html" and count == 1:
            return 429, [("Retry-After", "1"), ("Content-Type", "text/plain")], b"slow down"
        if path == "/flaky.html" and count == 1:
            return 503, [("Content-Type", "text/plain")], b"try again"
        if path == "/wall.html":
            return 403, [("Content-Type", "text/html")], (
                "<html><head><title>Access Denied</title></head><body><div id='captcha'>"
                "보안 확인: 로봇이 아닙니다 확인을 눌러 주세요 (captcha)</div></body></html>").encode()
        if path == "/challenge.html":
            return 200, [("Content-Type", "text/html")], (
                "<html><head><title>Just a moment...</title><script>var cf_chl_opt={};</script></head>"
                "<body><noscript>Please enable JavaScript and cookies to continue</noscript></body></html>").encode()
        if path == "/hang.html":
            return -1, [], b""
        if path == "/files/report.pdf":
            return 200, [("Content-Type", "application/pdf")], b"%PDF-1.4\n%fake\n"
        return None

    def _article(self, path: str):
        if path in ("/busy.html", "/flaky.html"):
            return self._page(f"{path[1:-5]} 기사", self.day, 40, "utf-8", gzip_it=False)
        if path.startswith("/news/late-"):
            return self._page("늦게 알려진 지난 기사", OLD_DAY, 41, "utf-8", gzip_it=False)   # out of range by its date
        if path.startswith("/news/") and path.endswith(".html") and path[6:-5].isdigit():
            n = int(path[6:-5])
            if 1 <= n <= self.articles + 1:   # the last one only through the redirect chain
                return self._page(self.title(n), self.day, n, "euc-kr" if n % 3 == 0 else "utf-8",
                                  gzip_it=n % 2 == 0)
        return 404, [("Content-Type", "text/html")], "<html><body><h1>없는 페이지</h1></body></html>".encode()

    def _page(self, title: str, day: str, n: int, charset: str, gzip_it: bool):
        topic = TOPICS[n % len(TOPICS)]
        html = article_html(title, day, paragraphs_for(topic, n), charset=None if charset == "euc-kr" else charset)
        body = html.encode(charset)
        headers = [("Content-Type", f"text/html; charset={charset}"), ("ETag", f'"a{n}"'),
                   ("Last-Modified", "Tue, 05 Aug 2025 01:00:00 GMT")]
        if gzip_it:
            body = gzip.compress(body)
            headers.append(("Content-Encoding", "gzip"))
        return 200, headers, body

    def _handler_class(self):
        site = self

        class Handler(_Handler):
            def answer(self, host: str, path: str, query: dict[str, list[str]]):
                return site.respond(path, query)

            owner = site
        return Handler


class PortalProxy:
    """A forward proxy answering for the portals' hosts, per-day lists and article pages (plain http: the
    list links are http:// so that no CONNECT/TLS is needed)."""

    NAVER_OID = "001"

    def __init__(self, per_day: int = 5, day: str = DAY) -> None:
        self.per_day = per_day
        self.day = day
        self.log = RequestLog()
        self.stop_event = threading.Event()
        self.server = _serve(self._handler_class())
        self.port = self.server.server_address[1]
        self.proxy = f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.stop_event.set()
        self.server.shutdown()
        self.server.server_close()

    def naver_aid(self, section: str, n: int) -> str:
        return f"{int(section) * 1000 + n:010d}"

    def daum_id(self, section: str, n: int) -> str:
        return f"{self.day.replace('-', '')}{abs(hash(section)) % 1000:03d}{n:06d}"[:17]

    def respond(self, host: str, path: str, query: dict[str, list[str]]):
        if path == "/robots.txt":
            return 200, [("Content-Type", "text/plain")], b"User-agent: *\nDisallow: /private/\n"
        if host == "news.naver.com" and path == "/main/list.naver":
            return self._naver_list(query)
        if host == "news.daum.net" and path.startswith("/breakingnews/"):
            return self._daum_list(path.rsplit("/", 1)[1], query)
        if host in ("n.news.naver.com", "news.naver.com", "v.daum.net"):
            return self._article(host, path, query)
        return 404, [("Content-Type", "text/html")], b"<html><body>not here</body></html>"

    def _page_numbers(self, query) -> tuple[str, int]:
        return query.get("date", query.get("regDate", [""]))[0], int(query.get("page", ["1"])[0])

    def _naver_list(self, query):
        date, page = self._page_numbers(query)
        section = query.get("sid1", ["100"])[0]
        numbers = self._numbers(date, page)
        items = []
        for n in numbers:
            aid = self.naver_aid(section, n)
            items.append(f'<li><dl><dt><a href="http://n.news.naver.com/mnews/article/{self.NAVER_OID}/{aid}'
                         f'?sid={section}">기사 {n}</a></dt></dl></li>')
            # the same article in the old form: joined by the canonical key
            items.append(f'<li><dl><dt><a href="http://news.naver.com/main/read.naver?mode=LSD&mid=sec&sid1='
                         f'{section}&oid={self.NAVER_OID}&aid={aid}">기사 {n}</a></dt></dl></li>')
        body = ("<html><body><div class='list_body newsflash_body'><ul class='type06_headline'>" + "".join(items)
                + "</ul></div><div class='paging'><strong>1</strong></div></body></html>")
        return 200, [("Content-Type", "text/html; charset=EUC-KR")], body.encode("euc-kr")

    def _daum_list(self, section: str, query):
        date, page = self._page_numbers(query)
        items = []
        for n in self._numbers(date, page):
            news_id = self.daum_id(section, n)
            items.append(f'<li><strong class="tit_thumb"><a href="http://v.daum.net/v/{news_id}" '
                         f'class="link_txt">기사 {n}</a></strong></li>')
            items.append(f'<li><a href="http://news.v.daum.net/v/{news_id}" class="link_txt">기사 {n}</a></li>')
        body = "<html><body><ul class='list_news2 list_allnews'>" + "".join(items) + "</ul></body></html>"
        return 200, [("Content-Type", "text/html; charset=utf-8")], body.encode()

    def _numbers(self, date: str, page: int) -> list[int]:
        """Three links a page; past the last page the portal repeats the last page (as Naver does)."""
        if date != self.day.replace("-", ""):
            return []
        pages = (self.per_day + 2) // 3
        page = min(page, pages)
        return list(range((page - 1) * 3 + 1, min(page * 3, self.per_day) + 1))

    def _article(self, host: str, path: str, query):
        n = int(path.rstrip("/").rsplit("/", 1)[-1][-3:] or 0) % 1000
        title = f"포털 기사 {host.split('.')[-2]} {path.rsplit('/', 1)[-1]}"
        html = article_html(title, self.day, paragraphs_for(TOPICS[n % len(TOPICS)], n + 100), reporter="김철수")
        return 200, [("Content-Type", "text/html; charset=utf-8")], html.encode()

    def _handler_class(self):
        portal = self

        class Handler(_Handler):
            def answer(self, host: str, path: str, query: dict[str, list[str]]):
                return portal.respond(host, path, query)

            owner = portal
        return Handler


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    owner = None

    def answer(self, host: str, path: str, query: dict[str, list[str]]):
        raise NotImplementedError

    def log_message(self, *args) -> None:   # quiet
        pass

    def do_GET(self) -> None:  # noqa: N802
        parts = urlsplit(self.path)
        host = parts.hostname or (self.headers.get("Host") or "").split(":")[0]
        path = parts.path or "/"
        hit = Hit(time.monotonic(), host, path + (f"?{parts.query}" if parts.query else ""), dict(self.headers.items()))
        self.owner.log.add(hit)
        status, headers, body = self.answer(host, path, parse_qs(parts.query))
        if self.headers.get("If-None-Match") and ("ETag", self.headers["If-None-Match"]) in headers:
            status, body = 304, b""
        hit.answered = time.monotonic()
        if status == -1:
            self._hang()
            return
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _hang(self) -> None:
        """Headers and a first byte, then nothing until the server stops."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        self.wfile.write(b"<")
        self.wfile.flush()
        self.owner.stop_event.wait(600)
        self.close_connection = True


def _serve(handler) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _rfc822(day: str) -> str:
    year, month, dom = (int(x) for x in day.split("-"))
    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    return f"Tue, {dom:02d} {months[month - 1]} {year} 00:30:00 GMT"


if __name__ == "__main__":   # serve a site for the demo until interrupted
    site = PressSite(crawl_delay=None)
    print(site.base, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        site.close()
        sys.exit(0)
