"""The web page in real headless Chromium (Debian's chromium, driven by Playwright) against a real
`sinmun serve` on 127.0.0.1: search, open an article, and scraped HTML that must stay text."""
from __future__ import annotations

import time

import pytest
from archive_helpers import CORPUS, ROOT, Server, article, need_chromium

from sinmun.archive import Archive, article_id
from sinmun.archive.ingest import add_paths

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

INJECTION = article(
    "evil", "<script>window.__pwned=1;alert(1)</script> 수상한 제목",
    ['본문 <img src=x onerror="window.__pwned=2;alert(2)"> 끝', "<b>굵게</b> 문단과 악성코드 시험"],
    subtitle='"><svg onload=alert(3)>', press="<i>가짜일보</i>", section="사회",
    images=[{"url": "javascript:alert(4)", "caption": "<script>alert(5)</script> 캡션", "alt": None,
             "width": None}])
ORIGINAL = """<!doctype html><html><head><title>원문</title>
<script>window.top.__pwned = 3; alert(6); fetch('{base}/?leak=script');</script>
<link rel="stylesheet" href="{base}/static/style.css?leak=css"></head>
<body onload="alert(7)"><h1>원문 고유 문구</h1><img src="{base}/static/x.png?leak=img">
<iframe src="{base}/?leak=frame"></iframe></body></html>"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    need_chromium()
    db = tmp_path_factory.mktemp("web") / "web.db"
    with Archive(db) as archive:
        archive.add_records(CORPUS, source="tests")
        add_paths(archive, [str(ROOT / "examples")])
    running = Server(db)
    with Archive(db) as archive, archive.writer() as writer:  # the original needs the server's address
        writer.add(INJECTION, source="tests", original_html=ORIGINAL.format(base=running.base))
    yield running
    running.stop()


@pytest.fixture()
def page(server):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=need_chromium(), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        opened = context.new_page()
        opened.dialogs = []
        opened.requests, opened.responses, opened.blocked = [], [], []
        opened.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
        context.on("request", lambda request: opened.requests.append(request.url))
        context.on("response", lambda response: opened.responses.append(response.url))
        context.on("requestfailed", lambda request: opened.blocked.append((request.url, request.failure)))
        yield opened
        browser.close()


def wait_until(page, condition, timeout: float = 120.0) -> None:
    """Poll ``condition`` (Playwright delivers its events while we wait) until true or the deadline."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met before the deadline"
        page.wait_for_timeout(50)


def settled(page) -> None:
    """The page, its frames and images loaded (so inline scripts and onload handlers, had they been
    allowed, have run), and a round trip to the page, so that every event before it was delivered.
    (No timers: in the sandboxed original page they never fire.)"""
    page.wait_for_load_state("load")
    assert page.evaluate("document.readyState") == "complete"


def test_search_then_open_an_article(server, page):
    page.goto(server.base + "/")
    page.fill("input[name=q]", "전략기술을")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector(".hit")
    page.wait_for_load_state("load")  # the trend chart is an <img> drawn by the server
    titles = page.locator(".hit h2").all_inner_texts()
    assert set(titles) == {"한미, 전략기술 협력 강화", "정부, 전략 기술 육성 계획 발표"}
    assert "2건" in page.inner_text(".summary")
    assert page.locator(".hit mark").count() >= 2
    assert page.locator(".trend img").evaluate("img => img.complete && img.naturalWidth > 0")
    press_facet = page.locator(".facet", has_text="언론사")
    assert "한빛경제" in press_facet.inner_text()

    page.click("text=한미, 전략기술 협력 강화")
    page.wait_for_selector("h1")
    assert page.inner_text("h1") == "한미, 전략기술 협력 강화"
    assert "김하늘 기자" in page.inner_text(".byline")
    assert "한가람" in page.inner_text(".side")
    assert "정부, 전략 기술 육성 계획 발표" in page.inner_text(".cluster")  # same dup_cluster

    page.goto(server.base + "/?q=&press=" + "%ED%95%9C%EB%B9%9B%EA%B2%BD%EC%A0%9C")
    assert page.locator(".hit").count() == 2 and page.dialogs == []


def test_example_page_shows_image_caption_and_original_side_by_side(server, page):
    page.goto(server.base + "/?q=" + "자전거길")
    page.click(".hit h2 a")
    assert "자전거길" in page.inner_text("h1")
    assert page.locator(".photo figcaption").count() >= 1
    page.click("text=원문과 나란히 보기")
    frame = page.frame_locator("iframe[sandbox='']")
    assert "자전거길" in frame.locator("body").inner_text()
    assert page.locator(".pane.record .body p").count() >= 2


def test_article_photos_make_no_outside_request(server, page):
    page.goto(server.base + "/?q=" + "자전거길")
    page.click(".hit h2 a")
    settled(page)
    assert page.locator(".photo img").count() == 0
    assert "한강 반포지구 자전거길" in page.inner_text(".photo")  # the alt text stands in for the photo
    photo_link = page.locator(".photo-off a").get_attribute("href")
    assert photo_link.startswith("http") and "/news/photo/202508/20250812_01.jpg" in photo_link
    assert page.requests and all(url.startswith(server.base + "/") for url in page.requests), page.requests


def test_results_come_before_facets_on_a_phone_and_beside_them_on_a_desktop(server, page):
    page.goto(server.base + "/?q=" + "전략기술")
    first_hit, first_facet = page.locator(".hit").first, page.locator(".facet").first
    wide_hit, wide_facet = first_hit.bounding_box(), first_facet.bounding_box()
    assert wide_facet["x"] + wide_facet["width"] <= wide_hit["x"]  # a side column
    page.set_viewport_size({"width": 390, "height": 844})
    wait_until(page, lambda: first_hit.bounding_box()["width"] < 390)
    narrow_hit, narrow_facet = first_hit.bounding_box(), first_facet.bounding_box()
    assert narrow_hit["y"] + narrow_hit["height"] <= narrow_facet["y"], (narrow_hit, narrow_facet)
    assert narrow_hit["y"] < 844  # the first result is on the first screen
    assert page.locator(".filter-form").bounding_box()["y"] > narrow_hit["y"]
    assert page.locator(".to-filters").is_visible()
    page.click(".to-filters")
    wait_until(page, lambda: page.evaluate("location.hash") == "#filters")


def test_injected_markup_shows_as_text_and_never_runs(server, page):
    evil_id = article_id(INJECTION)
    page.goto(server.base + "/?q=" + "악성코드")
    assert "<script>window.__pwned=1;alert(1)</script> 수상한 제목" in page.inner_text(".hit h2")
    page.goto(f"{server.base}/article/{evil_id}")
    assert page.inner_text("h1").startswith("<script>window.__pwned=1")
    assert 'onerror="window.__pwned=2' in page.inner_text(".story .body")
    assert "<svg onload=alert(3)>" in page.inner_text(".dek")
    assert page.locator(".story .body img, .story svg, .story b").count() == 0
    assert "<script>alert(5)</script> 캡션" in page.inner_text("figcaption")
    settled(page)
    assert page.evaluate("window.__pwned") is None and page.dialogs == []


def test_original_page_is_sandboxed_no_script_no_request(server, page):
    evil_id = article_id(INJECTION)
    page.goto(f"{server.base}/article/{evil_id}/compare")
    frame = page.frame_locator("iframe")
    assert frame.locator("h1").inner_text() == "원문 고유 문구"
    assert_no_leak(page)
    assert page.evaluate("window.__pwned") is None and page.dialogs == []
    # opened directly (not in the iframe), the CSP still forbids scripts and loads
    page.blocked.clear()
    page.goto(f"{server.base}/article/{evil_id}/original")
    assert_no_leak(page)
    assert page.dialogs == []


def assert_no_leak(page) -> None:
    """The original's stylesheet and image were requested and blocked by the CSP; its script never
    ran (so its fetch never happened), its frame was never loaded: nothing reached the server."""
    wait_until(page, lambda: {"css", "img"} <= {url.split("leak=")[1] for url, _ in page.blocked if "leak=" in url})
    settled(page)
    blocked = {url.split("leak=")[1]: failure for url, failure in page.blocked if "leak=" in url}
    assert blocked == {"css": "csp", "img": "csp"}, blocked
    assert not [url for url in page.responses if "leak=" in url], page.responses
