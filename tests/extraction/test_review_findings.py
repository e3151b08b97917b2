"""Inputs found in review: each once crashed, hung or lost text."""
import pytest

import sinmun
from sinmun.extraction.dates import labelled_dates, parse_date

S = "정부는 오늘 새로운 정책을 발표했다고 밝혔다. 이번 정책은 내년부터 시행된다."


def page(*paragraphs: str, head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head>{head}<title>가상 제목입니다</title></head><body><div class='article_body'>{body}</div></body></html>"


@pytest.mark.parametrize("sentence", [
    "관련 자료에 따르면 지난해 수출은 10% 늘었다.",
    "시민 김모씨는 \"정말 좋아요\"라고 말했다.",
    "유튜브 채널 구독하기 버튼을 누른 사람이 늘었다고 회사는 밝혔다.",
    "그는 주요 뉴스를 스크랩해 보관해 왔다고 밝혔다.",
    "제보를 받은 경찰은 현장에 출동했다고 밝혔다.",
    "법원은 신문 기사를 무단 전재한 업체에 배상 책임이 있다고 판단했다.",
])
def test_story_sentences_that_look_like_furniture_stay(sentence):
    article = sinmun.extract(page(S, S, S, sentence, S, S, "홍길동 기자 hong@example.co.kr"))
    assert sentence in article.body_paragraphs
    assert len(article.body_paragraphs) == 6
    assert [r.name for r in article.reporters] == ["홍길동"]
    assert article.copyright is None


def test_paragraphs_directly_under_body():
    article = sinmun.extract(f"<html><body><h1>제목입니다 제목</h1><p>{S * 5}</p><p>{S * 5}</p></body></html>")
    assert article.is_article and len(article.body_paragraphs) == 2


def test_euc_kr_page_with_a_stray_byte_stays_hangul():
    html = page(S, S).replace("<head>", "<head><meta charset='euc-kr'>").encode("cp949")
    html = html.replace("정책".encode("cp949"), b"\xff" + "정책".encode("cp949"), 1)
    article = sinmun.extract(html)
    assert article.title == "가상 제목입니다"


def test_labels_ending_in_il_and_one_digit_minutes():
    found = labelled_dates("수정일 2025-08-06 입력일 2025-08-05")
    assert found == {"updated": "2025-08-06", "published": "2025-08-05"}
    assert parse_date(labelled_dates("입력 2025년 8월 5일 오후 3시 5분")["published"]).iso() == "2025-08-05T15:05:00+09:00"


def record_of(article: sinmun.Article, expected: dict) -> dict:
    """The fields of ``article`` that ``expected`` names: images as (url, width), reporters as names."""
    got = {name: getattr(article, name) for name in expected}
    if "images" in got:
        got["images"] = [(i.url, i.width) for i in article.images]
    if "reporters" in got:
        got["reporters"] = [r.name for r in article.reporters]
    return got


#: A known gap of a dump whose text stands straight under <body>: the lead line "제목 작성일 08-05" is kept.
DUMP_LEAD_KEPT = pytest.mark.xfail(strict=True, raises=AssertionError,
                                   reason="a dump's lead line (title + date label) is kept as a body paragraph")
NOT_ARTICLE = {"title": None, "body_paragraphs": [], "is_article": False}


@pytest.mark.parametrize("html, expected", [
    ("<html><head><meta charset='base64'></head><body>\xff</body></html>".encode("latin-1"), NOT_ARTICLE),
    ("<html><head><meta charset='undefined'></head><body>\xff</body></html>".encode("latin-1"), NOT_ARTICLE),
    ("<script type='application/ld+json'>" + "[" * 1000 + "</script><p>본문</p>",
     {"title": None, "is_article": False}),
    ("<script type='application/ld+json'>{\"@type\": 5, \"headline\": 3}</script><p>본문</p>",
     {"title": None, "is_article": False}),
    ("<script>Fusion.globalContent=" + "[" * 1000 + ";</script>", NOT_ARTICLE),
    ("<script>Fusion.globalContent={\"content_elements\": [], \"headlines\": \"x\", \"credits\": [1], "
     "\"taxonomy\": {\"primary_section\": \"정치\"}};</script>",
     {**NOT_ARTICLE, "section": None, "reporters": [],
      "warnings": ["embedded Arc story JSON is malformed; ignored", "not an article: 0 characters of body text"]}),
    ("<link rel='canonical' href='http://[::1'><div class='article_body'><img src='a.jpg' width='300'><p>" + S * 3
     + "</p></div>",
     {"body_paragraphs": [S * 3], "images": [("a.jpg", 300)], "canonical_url": "http://[::1", "is_article": True}),
    # a lone <p> under 200 characters straight under <body> (content scoring takes the body: test_bare_body.py)
    ("제목 작성일 08-05 <p>" + S * 3 + "</p> 좋아요 댓글, 공유", {"title": "제목", "body_paragraphs": [S * 3], "is_article": True}),
])
def test_odd_pages_give_their_record(html, expected):
    """Broken charsets, JSON and URLs never raise; each page gives the record it should."""
    assert record_of(sinmun.extract(html), expected) == expected


@pytest.mark.parametrize("html, expected", [
    (page("입력" + " " * 3000 + "x", S),
     {"title": "가상 제목입니다", "body_paragraphs": [S], "published": None, "is_article": False}),
    (page(S, S, "홍길동 기자", head="<meta name='description' content='" + "a" * 200_000 + "'>"),
     {"subtitle": None, "reporters": ["홍길동"], "body_paragraphs": [S, S], "is_article": True}),
    (page(S, head="<meta name='author' content='" + "가나·" * 20_000 + "'>"),
     {"reporters": [], "body_paragraphs": [S], "is_article": False}),
    ("<script type='application/ld+json'>" + "/*a" * 60_000 + "</script>" + page(S),
     {"title": "가상 제목입니다", "body_paragraphs": [S], "is_article": False}),
    pytest.param("제목 작성일 08-05 <p>" + S * 3 + "</p> " + "이전 " * 20_000,
                 {"title": "제목", "body_paragraphs": [S * 3], "related": [], "is_article": True},
                 marks=DUMP_LEAD_KEPT),
    ("<html><body><div class='article_body'>" + "<span>" * 50_000 + S + "</span>" * 50_000 + "</div></body></html>",
     {"body_paragraphs": [S], "is_article": False}),
    ("<html><body>" + "<div class='viewer'>" * 20_000 + S + "</div>" * 20_000 + "</body></html>",
     {"body_paragraphs": [S], "is_article": False}),
    ("제목 작성일 08-05 " + "<div>" * 30_000 + S + "</div>" * 30_000,
     {"title": "제목", "body_paragraphs": [S], "is_article": False}),
    ("<html><body><div class='article_body'><p>" + S * 3 + "</p>" + "<img src='/a.jpg' width='300'>" * 50_000
     + "</div></body></html>",
     {"body_paragraphs": [S * 3], "images": [("/a.jpg", 300)], "is_article": True}),
])
def test_adversarial_pages_give_their_record(html, expected):
    """Pages built to be slow (huge attributes, deep nesting, repeated tags) still give the right record.
    How long they take is measured by bench/adversarial.py, not here."""
    assert record_of(sinmun.extract(html), expected) == expected


def test_press_from_copyright_lines_with_the_notice_after_the_mark():
    from sinmun.extraction.presses import press_from_copyright
    assert press_from_copyright("한겨레 ⓒ 무단전재 및 재배포 금지") == "한겨레"
    assert press_from_copyright("Copyright ⓒ The Dong-A Ilbo. All rights reserved") != "Copyright"


def test_year_from_url_paths_can_be_the_next_january():
    html = ("가상 제목 작성일 01-02 09:10 <div><p>" + S * 3 + "</p>"
            "<img src='https://img.example/news/202512/31/a.jpg'></div>")
    assert sinmun.extract(html).published == "2026-01-02T09:10:00+09:00"
