"""Pages too big for one parsed tree (issue 12): read in chunks, they give the record the usual path gives."""
from __future__ import annotations

from pathlib import Path

import pytest

import sinmun
from sinmun.errors import SinmunError
from sinmun.extraction import large, parse, pipeline

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SMALL = large.Limits(threshold=0, region=600, head=400, tail=200, chunk=200)

SENTENCES = ("가상시는 다음 달부터 시내버스 첫차 시간을 새벽 4시 30분으로 앞당긴다고 밝혔다.",
             "시는 이른 출근길 시민의 불편을 덜기 위해 노선 열두 개의 배차 간격도 줄이기로 했다.",
             "나가람 가상시 교통국장은 \"새벽 시간대 이용객이 해마다 늘고 있다\"고 말했다.",
             "이번 조정으로 하루 운행 횟수는 모두 240회 늘어난다.")


def story_page(paragraphs: int, *, scripts: bool = False) -> str:
    """An invented article: head metadata, a header with the byline, ``paragraphs`` paragraphs with
    subheadings, photos and line breaks among them, a closing byline and copyright, related links."""
    head = ("<meta charset='utf-8'><title>가상시 시내버스 첫차 30분 앞당긴다 - 가상일보</title>"
            "<meta property='og:title' content='가상시 시내버스 첫차 30분 앞당긴다'>"
            "<meta property='article:published_time' content='2025-03-04T09:30:00+09:00'>")
    blocks = []
    for i in range(paragraphs):
        text = f"{i + 1}번째 문단. {SENTENCES[i % len(SENTENCES)]}"
        if i % 97 == 5:
            blocks.append(f"<h3>소제목 {i}: 노선별 변경 내용</h3>")
        if i % 1000 == 7:
            blocks.append(f"<figure><img src='/photo/{i}.jpg' alt='버스 정류장 {i}'>"
                          f"<figcaption>가상시 버스 정류장 {i}. 가상시 제공</figcaption></figure>")
        if scripts and i % 500 == 3:
            blocks.append(f"<script>var slot{i} = '{'x' * 2000}';</script><!-- 광고 {i} -->")
        blocks.append(f"<p>{text}<br>{SENTENCES[(i + 1) % len(SENTENCES)]}</p>" if i % 13 == 0 else f"<p>{text}</p>")
    body = "".join(blocks)
    return ("<!doctype html><html lang='ko'><head>" + head + "</head><body>"
            "<header><a href='/' class='logo'>가상일보</a><nav><a href='/politics'>정치</a></nav></header>"
            "<div class='article-head'><h1>가상시 시내버스 첫차 30분 앞당긴다</h1>"
            "<span class='byline'>홍길동 기자</span><span class='date'>입력 2025.03.04 09:30</span></div>"
            f"<div id='article-body' class='article_body'>{body}"
            "<p><img src='/photo/last.jpg' alt='버스 노선도'></p><p>홍길동 기자 gildong@gasang.example</p><p>ⓒ 가상일보, 무단전재 및 재배포 금지</p></div>"
            "<div class='related'><h4>관련기사</h4><ul><li><a href='/news/1'>가상시 지하철 막차 연장</a></li>"
            "<li><a href='/news/2'>가상시 버스 요금 동결</a></li></ul></div>"
            "<footer>가상일보 | 가상시 중앙로 1</footer></body></html>")


def usual_record(monkeypatch: pytest.MonkeyPatch, html: str | bytes, url: str | None = None) -> dict | str:
    """The record as the usual path (one tree of the whole page) gives it, or the error it raises."""
    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "load_large", lambda *args, **kwargs: None)
        return _record(html, url)


def chunked_record(monkeypatch: pytest.MonkeyPatch, html: str | bytes, limits: large.Limits,
                   url: str | None = None) -> dict | str:
    with monkeypatch.context() as patch:
        patch.setattr(large, "LIMITS", limits)
        return _record(html, url)


def _record(html: str | bytes, url: str | None) -> dict | str:
    try:
        return sinmun.extract(html, url).to_dict()
    except SinmunError as exc:
        return f"{type(exc).__name__}: {exc}"


@pytest.fixture(scope="module")
def big_page() -> bytes:
    data = story_page(46_000).encode()
    assert len(data) > large.LIMITS.threshold
    return data


def test_a_big_page_is_read_in_chunks_and_gives_the_usual_record(monkeypatch, big_page):
    chunked = large.load_large(big_page)
    assert chunked is not None and len(chunked.elision.chunks()) > 10
    assert len(chunked.page.html) < 300_000  # the parsed page is the region's head and tail only
    record = sinmun.extract(big_page)
    assert record.to_dict() == usual_record(monkeypatch, big_page)
    assert len(record.body_paragraphs) > 46_000 and record.published and record.title
    assert not any("sinmun-elided" in p for p in record.body_paragraphs)


def test_text_and_bytes_give_one_record(big_page):
    assert sinmun.extract(big_page.decode()).to_dict() == sinmun.extract(big_page).to_dict()


def test_explain_reads_the_chunked_body(monkeypatch, big_page):
    record = sinmun.extract(big_page, explain=True)
    assert record.explain is not None
    assert record.body_paragraphs == sinmun.extract(big_page).body_paragraphs


@pytest.mark.parametrize("encoding", [None, "utf-8", "cp949"])
def test_a_page_past_the_size_bound_is_cut_where_the_usual_path_cuts_it(monkeypatch, encoding):
    text = story_page(40_000, scripts=True)
    page = text if encoding is None else text.encode(encoding)
    monkeypatch.setattr(parse, "MAX_HTML_CHARS", 1_000_000)
    monkeypatch.setattr(large, "MAX_HTML_CHARS", 1_000_000)
    assert large.load_large(page) is not None
    record = chunked_record(monkeypatch, page, large.LIMITS)
    assert record == usual_record(monkeypatch, page)
    assert isinstance(record, dict) and any(w.startswith("page cut to 1000000 characters") for w in record["warnings"])
    assert any("comments, styles and scripts dropped" in w for w in record["warnings"])


def test_small_pages_take_the_usual_path():
    assert large.load_large(story_page(50).encode()) is None
    assert large.load_large(story_page(50)) is None


def _fixture_pages() -> list[Path]:
    return sorted(FIXTURES.rglob("*.html"))


def test_fixture_articles_keep_their_body_when_read_in_chunks(monkeypatch):
    """With the limits lowered to a fixture's size, the chunked reader leaves out most of each page's body
    container and still gives each article fixture's body as the usual path does."""
    read_in_chunks = 0
    for path in _fixture_pages():
        data = path.read_bytes()
        usual = usual_record(monkeypatch, data)
        if large.load_large(data, None, SMALL) is None or not isinstance(usual, dict) or not usual["is_article"]:
            continue
        read_in_chunks += 1
        chunked = chunked_record(monkeypatch, data, SMALL)
        assert isinstance(chunked, dict), path
        assert chunked["body_paragraphs"] == usual["body_paragraphs"], path
    assert read_in_chunks >= 15


STORY = SENTENCES[0]
HOSTILE = {
    "deep nesting": "<html><body>" + "<div>" * 3000 + STORY * 50 + "</div>" * 3000 + "</body></html>",
    "unclosed divs": "<html><body>" + "<div class='a'><p>" + STORY * 2 + "" + "<div><span>x" * 400 + "</body></html>",
    "one paragraph without tags": "<html><body>" + STORY * 2000 + "</body></html>",
    "unclosed tag at the end": "<html><body><div>" + f"<p>{STORY}</p>" * 200 + "<div class='x" + "a" * 5000,
    "tag storm": "<html><body><div>" + "<" * 20_000 + f"<p>{STORY}</p>" * 100 + "</div></body></html>",
    "stray closing tags": "<html><body><div id='c'>" + f"</div></span><p>{STORY}</p>" * 300 + "</body></html>",
    "comment never closed": "<html><body><div>" + f"<p>{STORY}</p>" * 100 + "<!--" + f"<p>{STORY}</p>" * 100,
    "paragraphs under body": "<!doctype html><html><body>" + f"<p>{STORY}</p>" * 400 + "</body></html>",
    "table rows": "<html><body><table>" + f"<tr><td>{STORY}</td></tr>" * 300 + "</table></body></html>",
    "misnested inline tags": "<html><body><div>" + f"<a><b>{STORY}</a></b><p>x</p>" * 300,
    "unclosed items": "<html><body><ul>" + f"<li>{STORY}<p>{STORY}" * 300 + "</ul>",
    "svg among paragraphs": "<html><body><div>" + f"<p>{STORY}</p><svg><g><p>x</p></g></svg>" * 300,
    "select among paragraphs": "<html><body><div>" + f"<p>{STORY}</p><select><option>{STORY}<div>z</div></select>" * 300,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_pages_give_the_usual_outcome(monkeypatch, name):
    page = HOSTILE[name]
    assert chunked_record(monkeypatch, page, SMALL) == usual_record(monkeypatch, page)


@pytest.mark.parametrize("data", [b"\x00\x01\x02" * 5000, bytes(range(256)) * 100, b"\x89PNG" + b"\x00" * 9000,
                                  b"<html><body>" + "가나다".encode("cp949") * 5000 + b"</body></html>",
                                  b"\xef\xbb\xbf<html><body><p>" + STORY.encode() * 300 + b"</p></body></html>"])
def test_binary_and_odd_bytes_give_the_usual_outcome(monkeypatch, data):
    assert chunked_record(monkeypatch, data, SMALL) == usual_record(monkeypatch, data)


def test_widget_boxes_leave_a_chunked_body_as_they_leave_the_usual_one(monkeypatch):
    html = story_page(120).replace(
        "<p>5번째 문단.", "<div class='adsbygoogle'>광고 영역 안내 문구입니다 이곳에 광고가 들어갑니다</div><p>5번째 문단.")
    usual = usual_record(monkeypatch, html)
    assert isinstance(usual, dict) and not any("광고 영역" in p for p in usual["body_paragraphs"])
    assert chunked_record(monkeypatch, html, SMALL) == usual
