"""The web app's routes and defences, through FastAPI's TestClient (the app in-process over a real
SQLite file) and a real `sinmun serve` on 127.0.0.1: article URLs (ids with ``/``, the JSON record),
no outgoing image requests by default, Host checks against DNS rebinding, and the CSP headers."""
from __future__ import annotations

import http.client
import re
from html import unescape

import pytest
from archive_helpers import CORPUS, Server, article
from fastapi.testclient import TestClient

from sinmun.archive import Archive, article_id
from sinmun.web.app import article_path, create_app, host_name

LOCAL = "http://127.0.0.1:8080"
SLASHED = article("slashed", "경로가 든 아이디 기사", ["아이디에 빗금이 들어 있는 기사 본문이다."],
                  id="2025/08/05/news.html?x=1#top")
PHOTO = article("photo", "사진이 있는 기사", ["사진 설명을 확인하는 본문이다."], images=[
    {"url": "https://img.news.example/2025/photo.jpg", "caption": "홍길동 씨가 자전거를 타고 있다",
     "alt": "자전거 타는 홍길동", "width": 640},
    {"url": "data:image/gif;base64,R0lGODlhAQABAAAAACw=", "caption": "작은 그림", "alt": None, "width": 1},
    {"url": "javascript:alert(1)", "caption": "이상한 주소", "alt": None, "width": None}])


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("websec") / "web.db"
    with Archive(path) as archive:
        archive.add_records(CORPUS + [SLASHED, PHOTO], source="tests", enrich=False)
        with archive.writer() as writer:
            writer.add(CORPUS[0], source="tests", original_html="<html><body><h1>원문 시험</h1></body></html>")
    return path


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db), base_url=LOCAL)


def links(html: str) -> list[str]:
    return [unescape(h) for h in re.findall(r'href="([^"]+)"', html)]


def test_the_json_record_link_opens_the_record(client):
    page = client.get(article_path(article_id(CORPUS[0])))
    assert page.status_code == 200
    (json_link,) = [h for h in links(page.text) if h.endswith(".json")]
    record = client.get(json_link)
    assert record.status_code == 200 and record.headers["content-type"] == "application/json"
    assert record.json()["id"] == article_id(CORPUS[0]) and record.json()["title"] == CORPUS[0]["title"]


def test_ids_with_slashes_and_url_characters_open_in_every_view(client):
    key = SLASHED["id"]
    assert article_path(key) == "/article/2025%2F08%2F05%2Fnews.html%3Fx%3D1%23top"
    page = client.get(article_path(key))
    assert page.status_code == 200 and "경로가 든 아이디 기사" in page.text
    assert client.get(article_path(key, ".json")).json()["id"] == key
    hit = client.get("/", params={"q": "빗금이"})
    assert article_path(key) in links(hit.text)
    assert client.get("/article/2025/08/05/news.html%3Fx%3D1%23top").status_code == 200  # raw slashes too


def test_compare_original_and_unknown_articles(client):
    key = article_id(CORPUS[0])
    compare = client.get(article_path(key, "/compare"))
    assert compare.status_code == 200 and article_path(key, "/original") in compare.text
    original = client.get(article_path(key, "/original"))
    assert original.status_code == 200 and "원문 시험" in original.text
    assert client.get(article_path("no-such-id")).status_code == 404
    assert client.get(article_path("no-such-id", ".json")).status_code == 404
    assert client.get(article_path(article_id(CORPUS[1]), "/original")).status_code == 404  # none stored


def test_remote_photos_are_not_loaded_by_default(client):
    response = client.get(article_path(article_id(PHOTO)))
    html = response.text
    assert "img-src 'self' data:;" in response.headers["content-security-policy"]
    assert "https:" not in response.headers["content-security-policy"]
    sources = re.findall(r'<img [^>]*src="([^"]+)"', html)
    assert sources == ["data:image/gif;base64,R0lGODlhAQABAAAAACw="]  # inline data only
    assert "https://img.news.example/2025/photo.jpg" in links(html)  # a link the reader may follow
    assert "자전거 타는 홍길동" in html and "홍길동 씨가 자전거를 타고 있다" in html and "이상한 주소" in html
    assert "javascript:" not in html


def test_remote_photos_load_when_allowed(db):
    client = TestClient(create_app(db, remote_images=True), base_url=LOCAL)
    response = client.get(article_path(article_id(PHOTO)))
    assert "img-src 'self' data: https: http:;" in response.headers["content-security-policy"]
    sources = re.findall(r'<img [^>]*src="([^"]+)"', response.text)
    assert sources == ["https://img.news.example/2025/photo.jpg", "data:image/gif;base64,R0lGODlhAQABAAAAACw="]


@pytest.mark.parametrize("header, name", [("127.0.0.1:8080", "127.0.0.1"), ("[::1]:8080", "::1"),
                                          ("LocalHost.", "localhost"), ("::1", "::1"), ("evil.example", "evil.example")])
def test_host_names_are_read_without_port_or_brackets(header, name):
    assert host_name(header) == name


def test_foreign_host_headers_are_refused(db, client):
    for host in ("127.0.0.1:8080", "localhost:8080", "[::1]:8080", "localhost"):
        assert client.get("/", headers={"host": host}).status_code == 200, host
    refused = client.get("/", headers={"host": "rebind.attacker.example:8080"})
    assert refused.status_code == 400 and "--allowed-host rebind.attacker.example" in refused.text
    assert client.get(article_path(article_id(CORPUS[0]), ".json"),
                      headers={"host": "rebind.attacker.example"}).status_code == 400
    bound = TestClient(create_app(db, host="192.0.2.7", allowed_hosts=["news.lan"]), base_url=LOCAL)
    for host, status in (("192.0.2.7:8080", 200), ("news.lan", 200), ("localhost", 200), ("other.lan", 400)):
        assert bound.get("/", headers={"host": host}).status_code == status, host
    anything = TestClient(create_app(db, allowed_hosts=["*"]), base_url=LOCAL)
    assert anything.get("/", headers={"host": "other.lan"}).status_code == 200


def test_a_real_server_refuses_a_rebound_host_name(db):
    server = Server(db)
    try:
        for host, status in ((f"127.0.0.1:{server.port}", 200), ("rebind.attacker.example", 400)):
            connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=20)
            connection.request("GET", "/?q=%EC%A0%84%EB%9E%B5", headers={"Host": host})
            assert connection.getresponse().status == status, host
            connection.close()
    finally:
        server.stop()


def test_serve_options_reach_the_app(db):
    server = Server(db, "--allowed-host", "news.lan", "--remote-images")
    try:
        for host, status in (("news.lan", 200), ("other.lan", 400)):
            connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=20)
            connection.request("GET", "/", headers={"Host": host})
            response = connection.getresponse()
            assert response.status == status, host
            if status == 200:
                assert "img-src 'self' data: https: http:" in response.getheader("content-security-policy", "")
            connection.close()
    finally:
        server.stop()


def test_original_page_csp_forbids_framing_elsewhere(client):
    csp = client.get(article_path(article_id(CORPUS[0]), "/original")).headers["content-security-policy"]
    assert "frame-ancestors 'self'" in csp and "sandbox" in csp and "default-src 'none'" in csp
    assert "frame-ancestors 'self'" in client.get("/").headers["content-security-policy"]


def test_a_very_long_query_is_answered_with_a_note(client):
    query = " ".join(["전략기술을"] * 400 + [f"낱말{i}" for i in range(600)])  # 1,000 words
    response = client.get("/", params={"q": query})
    assert response.status_code == 200
    assert "앞의 서로 다른 16개 낱말로만 찾았습니다" in response.text
    assert "‘" + query in response.text  # the query itself is shown as typed
