"""Hostile or damaged crawl sources: a sitemap cut short, a gzip bomb, a list page nested a million deep.

Each must give what it can (the links before the cut), in linear time, and never stop the crawl.
"""
from __future__ import annotations

import gzip
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

pytest.importorskip("feedparser")

from sinmun.crawl.discover import discover, gunzip_prefix, parse_sitemap  # noqa: E402
from sinmun.extraction import parse as parse_module  # noqa: E402
from sinmun.extraction.prepass import MAX_NESTING, nesting_upper_bound  # noqa: E402


def sitemap(count: int, host: str = "https://news.example.co.kr") -> bytes:
    entries = "".join(f"<url><loc>{host}/news/{n}</loc><lastmod>2025-08-05</lastmod></url>" for n in range(count))
    return (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}'
            "</urlset>").encode()


def test_a_gzipped_sitemap_cut_short_gives_the_urls_before_the_cut():
    whole = gzip.compress(sitemap(2000))
    found = discover(whole[: len(whole) // 2], "https://news.example.co.kr/sitemap.xml.gz", "sitemap")
    assert 0 < len(found.articles) < 2000
    assert found.articles[0] == ("https://news.example.co.kr/news/0", "2025-08-05", False)
    numbers = [int(url.rsplit("/", 1)[1]) for url, _, _ in found.articles]
    assert numbers == list(range(len(numbers)))  # in order, none invented past the cut


def test_a_plain_sitemap_cut_mid_entry_keeps_the_whole_entries():
    body = sitemap(10)
    cut = body[: body.index(b"/news/7") + 3]
    assert [url for url, _, _ in parse_sitemap(cut).articles] == [f"https://news.example.co.kr/news/{n}"
                                                                   for n in range(7)]


def test_broken_gzip_gives_nothing_rather_than_an_error():
    assert discover(b"\x1f\x8b\x08\x00garbage", "https://news.example.co.kr/s.xml.gz", None).articles == []


def test_a_gzip_bomb_is_decompressed_only_up_to_the_bound():
    bomb = gzip.compress(b" " * 5_000_000)
    assert len(gunzip_prefix(bomb, limit=100_000)) == 100_000


def test_a_list_page_nested_deeper_than_the_parser_affords_is_flattened_before_parsing(monkeypatch):
    depths: list[int] = []
    real = parse_module.LexborHTMLParser

    def recording(html, *args, **kwargs):
        depths.append(nesting_upper_bound(html))
        return real(html, *args, **kwargs)

    monkeypatch.setattr(parse_module, "LexborHTMLParser", recording)
    page = ('<html><body><a href="/news/12345">홍길동 기자의 기사</a>' + "<div>" * 100_000 + "목록"
            + "</div>" * 10 + "</body></html>").encode()
    found = discover(page, "https://news.example.co.kr/list", "list")
    assert depths and max(depths) <= MAX_NESTING + 2  # the raw page (100,000 deep) costs the parser quadratic time
    assert [url for url, _, _ in found.articles] == ["https://news.example.co.kr/news/12345"]


ARTICLE = """<html><head><meta charset="utf-8"><title>{n}번째 기사 - 예시일보</title>
<meta property="og:title" content="예시일보 {n}번째 기사 제목"><meta property="article:published_time"
content="2025-08-05T09:00:00+09:00"></head><body><article><h1>예시일보 {n}번째 기사 제목</h1>
<p>홍길동 기자가 쓴 {n}번째 기사의 첫 문단이다. 시민들이 새 도서관을 찾았다.</p>
<p>김철수 관장은 "많은 분이 찾아 주셔서 기쁘다"고 말했다. 도서관은 매일 밤 9시까지 연다.</p>
<p>홍길동 기자 gildong@news.example</p></article></body></html>"""


class _Site(BaseHTTPRequestHandler):
    cut_sitemap = b""

    def do_GET(self):  # noqa: N802 (the http.server API)
        if self.path == "/sitemap.xml.gz":
            self._answer(200, "application/x-gzip", self.cut_sitemap)
        elif self.path.startswith("/news/"):
            self._answer(200, "text/html; charset=utf-8", ARTICLE.format(n=self.path.rsplit("/", 1)[1]).encode())
        else:
            self._answer(404, "text/plain", b"not here")

    def _answer(self, status: int, kind: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_crawling_a_truncated_gzipped_sitemap_fetches_its_first_articles(tmp_path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    host = f"http://127.0.0.1:{server.server_address[1]}"
    whole = gzip.compress(sitemap(500, host))
    _Site.cut_sitemap = whole[: len(whole) // 2]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        done = subprocess.run([sys.executable, "-m", "sinmun.cli", "crawl", f"{host}/sitemap.xml.gz", "--since",
                               "2025-08-01", "--until", "2025-08-31", "--max", "2", "--delay", "0", "--no-progress",
                               "-w", str(tmp_path / "c.warc.gz"), "-o", str(tmp_path / "c.jsonl")],
                              capture_output=True, text=True, timeout=600)
    finally:
        server.shutdown()
        thread.join()
    assert done.returncode == 0, done.stderr
    assert "internal" not in done.stderr and "Traceback" not in done.stderr
    assert len((tmp_path / "c.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_a_warc_that_is_already_there_without_a_crawl_state_is_left_alone(tmp_path):
    pytest.importorskip("warcio")
    theirs = tmp_path / "theirs.warc.gz"
    theirs.write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n"))
    before = theirs.read_bytes()
    done = subprocess.run([sys.executable, "-m", "sinmun.cli", "fetch", "http://127.0.0.1:9/a", "-w", str(theirs),
                           "--retries", "0", "--no-progress"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and f"{theirs} exists" in done.stderr
    assert theirs.read_bytes() == before
