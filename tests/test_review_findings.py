"""Inputs found in review: each once crashed, hung or lost text."""
import time

import pytest

import sinmun
from sinmun.dates import labelled_dates, parse_date

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


@pytest.mark.parametrize("html", [
    "<html><head><meta charset='base64'></head><body>\xff</body></html>".encode("latin-1"),
    "<html><head><meta charset='undefined'></head><body>\xff</body></html>".encode("latin-1"),
    "<script type='application/ld+json'>" + "[" * 1000 + "</script><p>본문</p>",
    "<script type='application/ld+json'>{\"@type\": 5, \"headline\": 3}</script><p>본문</p>",
    "<script>Fusion.globalContent=" + "[" * 1000 + ";</script>",
    "<script>Fusion.globalContent={\"content_elements\": [], \"headlines\": \"x\", \"credits\": [1], "
    "\"taxonomy\": {\"primary_section\": \"정치\"}};</script>",
    "<link rel='canonical' href='http://[::1'><div class='article_body'><img src='a.jpg' width='300'><p>" + S * 3 + "</p></div>",
    "제목 작성일 08-05 <p>" + S * 3 + "</p> 좋아요 댓글, 공유",
])
def test_odd_pages_never_raise(html):
    article = sinmun.extract(html)
    assert isinstance(article.is_article, bool)


@pytest.mark.parametrize("html", [
    page("입력" + " " * 3000 + "x", S),
    page(S, S, "홍길동 기자", head="<meta name='description' content='" + "a" * 200_000 + "'>"),
    page(S, head="<meta name='author' content='" + "가나·" * 20_000 + "'>"),
    "<script type='application/ld+json'>" + "/*a" * 60_000 + "</script>" + page(S),
    "제목 작성일 08-05 <p>" + S * 3 + "</p> " + "이전 " * 20_000,
    "<html><body><div class='article_body'>" + "<span>" * 50_000 + S + "</span>" * 50_000 + "</div></body></html>",
    "<html><body>" + "<div class='viewer'>" * 20_000 + S + "</div>" * 20_000 + "</body></html>",
    "제목 작성일 08-05 " + "<div>" * 30_000 + S + "</div>" * 30_000,
    "<html><body><div class='article_body'><p>" + S * 3 + "</p>" + "<img src='/a.jpg' width='300'>" * 50_000 + "</div></body></html>",
])
def test_adversarial_pages_take_bounded_time(html):
    start = time.monotonic()
    sinmun.extract(html)
    assert time.monotonic() - start < 5


def test_press_from_copyright_lines_with_the_notice_after_the_mark():
    from sinmun.presses import press_from_copyright
    assert press_from_copyright("한겨레 ⓒ 무단전재 및 재배포 금지") == "한겨레"
    assert press_from_copyright("Copyright ⓒ The Dong-A Ilbo. All rights reserved") != "Copyright"


def test_year_from_url_paths_can_be_the_next_january():
    html = ("가상 제목 작성일 01-02 09:10 <div><p>" + S * 3 + "</p>"
            "<img src='https://img.example/news/202512/31/a.jpg'></div>")
    assert sinmun.extract(html).published == "2026-01-02T09:10:00+09:00"
