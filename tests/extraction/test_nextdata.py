"""Script-rendered pages: the story read from Next.js ``__NEXT_DATA__`` and Nuxt payloads.

The pages under tests/data/nextjs are written for these tests: an empty ``#__next``/``#__nuxt``
and the story in JSON. What each must give is kept here (they have no expected records yet).
"""
import json
from pathlib import Path

import pytest

from sinmun.article import Image, Reporter
from sinmun.extraction.nextdata import find_article, read_story, revive_nuxt
from sinmun.extraction.parse import load

DATA = Path(__file__).resolve().parents[1] / "data" / "nextjs"


def story_of(name: str):
    return read_story(load((DATA / name).read_bytes()))


def test_next_page_with_an_html_body():
    story = story_of("next-html-body.html")
    assert story is not None and story.source == "next"
    assert story.title == "가상시, 심야 버스 노선 두 배로 늘린다"
    assert story.subtitle == "다음 달부터 12개 노선 운행"
    assert (story.published, story.updated) == ("2024-03-05T09:30:00+09:00", "2024-03-05T11:02:00+09:00")
    assert (story.section, story.press) == ("사회", "가상일보")
    assert story.canonical_url == "https://www.gasang.example/article/20240305001"
    assert story.reporters == [Reporter("홍길동", "gildong@gasang.example")]
    assert story.paragraphs == ["가상시가 다음 달부터 심야 버스 노선을 여섯 개에서 열두 개로 늘린다.",
                                "시는 5일 심야 시간 이동 수요를 분석한 결과 도심과 외곽을 잇는 노선이 부족하다는 결론을 얻었다고 밝혔다.",
                                "요금은 그대로", "요금은 현재와 같은 2500원이며, 교통카드 환승 할인도 그대로 적용된다."]
    assert story.images == [Image("https://img.gasang.example/2024/03/05/bus.jpg", "가상시 심야 버스가 정류장에 서 있다.")]


def test_next_page_with_blocks_a_byline_string_and_korean_date_keys():
    story = story_of("next-blocks.html")
    assert story is not None
    assert story.title == "바닷물 리튬 추출 필터 개발"
    assert (story.published, story.updated, story.section) == ("2024.03.04 15:20", "2024.03.04 16:05", "과학")
    assert story.reporters == [Reporter("김철수", "cskim@nara.example")]
    assert story.paragraphs == ["나라대학교 연구팀이 바닷물에서 리튬을 뽑아내는 새 필터를 개발했다고 4일 밝혔다.",
                                "연구팀은 기존 방식보다 추출 속도가 세 배 빠르다고 설명했다.",
                                "상용화까지는 2년 정도 걸릴 것으로 본다."]
    assert story.images == [Image("https://cdn.nara.example/2024/03/filter.jpg", "연구팀이 개발한 필터.")]


def test_nuxt3_flattened_payload():
    story = story_of("nuxt3.html")
    assert story is not None and story.source == "nuxt"
    assert (story.title, story.published) == ("가상항 크루즈 터미널 문 연다", "2024-02-20T08:00:00+09:00")
    assert story.reporters == [Reporter("나가람", "garam@haean.example")]
    assert story.paragraphs[0] == "가상항 국제 크루즈 터미널이 오는 4월 문을 연다." and len(story.paragraphs) == 3
    assert story.images == [Image("https://img.haean.example/cruise.jpg", "가상항 크루즈 터미널 조감도")]


def test_nuxt2_state():
    story = story_of("nuxt2.html")
    assert story is not None and story.source == "nuxt"
    assert (story.title, story.published, story.press) == ("가상군 귀농 지원금 두 배로", "2024-01-15 10:00:00", "누리신문")
    assert [r.name for r in story.reporters] == ["정가람", "최나래"]
    assert len(story.paragraphs) == 2


def test_a_list_page_of_teasers_has_no_story():
    assert story_of("next-list.html") is None


def test_pages_without_a_payload_or_with_a_broken_one():
    assert read_story(load("<html><body><p>본문</p></body></html>")) is None
    for broken in ("{not json", "[" * 100_000 + "]" * 100_000, '"just a string"', "[]"):
        page = f'<html><body><script id="__NEXT_DATA__" type="application/json">{broken}</script></body></html>'
        assert read_story(load(page)) is None
        page = f'<html><body><script id="__NUXT_DATA__" type="application/json">{broken}</script></body></html>'
        assert read_story(load(page)) is None


def test_nuxt_payload_cycles_and_bad_indexes_are_harmless():
    payload = [["Reactive", 1], {"self": 1, "story": 2, "missing": 99, "negative": -1},
               {"title": 3, "body": 4, "loop": 2}, "가상 제목 열 글자 이상", "본문 " * 60]
    revived = revive_nuxt(payload)
    assert revived["self"] is revived and revived["missing"] is None and revived["negative"] is None
    found = find_article(revived)
    assert found is not None and found["title"] == "가상 제목 열 글자 이상"
    assert revive_nuxt([["Reactive", 0]]) is None


def test_deep_and_wide_json_is_walked_within_its_caps():
    deep: dict = {"title": "가상 제목 열 글자 이상", "content": "본문 " * 60}
    for _ in range(5_000):
        deep = {"child": deep}
    assert find_article(deep) is None  # deeper than MAX_DEPTH: not searched
    teasers = [{"title": f"제목 {i} 가나다라", "x": i} for i in range(300_000)]
    story = {"headline": "앞에 있는 진짜 기사 제목", "articleBody": "본문 " * 100}
    assert find_article({"items": [story, *teasers]}) is story  # read in order, until the node cap
    assert find_article({"items": [*teasers, *teasers, story]}) is None  # past the cap: not reached


@pytest.mark.parametrize("key", ["datePublished", "published_at", "pubDate", "regDate", "createdAt"])
def test_date_keys(key):
    data = {"props": {"pageProps": {"post": {"headline": "가상 기사 제목입니다", "body": "문장입니다. " * 30,
                                             key: "2024-03-05 09:00"}}}}
    page = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
    story = read_story(load(page))
    assert story is not None and story.published == "2024-03-05 09:00"


def test_nuxt2_state_with_repeated_values_named_once():
    """``window.__NUXT__=(function(a,b,…){return {…}}(x,y,…))``: the names take the call's values."""
    story = story_of("nuxt2-iife.html")
    assert story is not None and story.source == "nuxt"
    assert (story.title, story.published, story.updated) == ("가상시 전통시장 주차장 무료 개방", "2024-02-08 09:10",
                                                             "2024-02-08 09:10")
    assert story.section == "사회"
    assert story.reporters == [Reporter("윤가람", "garam@nuri.example")]
    assert story.paragraphs == ["가상시가 설 연휴 동안 전통시장 공영주차장 12곳을 무료로 개방한다.",
                                "시는 연휴 기간 시장을 찾는 시민의 주차 부담을 덜기 위해 이같이 결정했다고 밝혔다. "
                                "무료 개방은 연휴 마지막 날 자정까지다."]


@pytest.mark.parametrize("script, value", [
    ('{a:1,"b":[true,null,void 0],c:new Date(5),d:\'it\\\'s\',e:-2.5e1}',
     {"a": 1, "b": [True, None, None], "c": 5, "d": "it's", "e": -25.0}),
    ("(function(x,y){return {p:x,q:[y,x],r:z}}(\"가\",{k:1}));", {"p": "가", "q": [{"k": 1}, "가"], "r": None}),
    ("{a:" + "[" * 10_000 + "]" * 10_000 + "}", None),      # deeper than the cap
    ('{a:"' + "x" * 200_000, None),                       # a string that never ends
    ("(function(a){return {a:a}}(1,", None),              # a call that never ends
    ("{a:alert(1)}", None),                                # code, not a literal
    ("someFunction()", None),
])
def test_nuxt2_state_literals(script, value):
    from sinmun.extraction.nextdata import nuxt2_state
    assert nuxt2_state(script) == value


def test_extract_reads_a_script_rendered_page_from_its_story():
    """Wired as an embedded-story source: the page's markup is empty, the record comes from the JSON."""
    import sinmun

    article = sinmun.extract((DATA / "next-html-body.html").read_bytes())
    assert article.title == "가상시, 심야 버스 노선 두 배로 늘린다"
    assert article.published == "2024-03-05T09:30:00+09:00" and article.updated == "2024-03-05T11:02:00+09:00"
    assert [r.name for r in article.reporters] == ["홍길동"] and article.press == "가상일보"
    assert article.body_paragraphs[0] == "가상시가 다음 달부터 심야 버스 노선을 여섯 개에서 열두 개로 늘린다."
    assert article.is_article
    explained = sinmun.extract((DATA / "next-html-body.html").read_bytes(), explain=True).explain
    assert explained.fields["title"].source == "embedded story"


def test_payload_script_found_as_its_selector_finds_it():
    """``script#__NEXT_DATA__`` ignores the id's case in a quirks-mode page only; the payload is read
    from the scripts the page collected once, with the selector's own answer."""
    from sinmun.extraction.nextdata import _payloads
    from sinmun.extraction.parse import load

    assert _payloads(load('<script id="__next_data__">{"a": 1}</script><p>x</p>')) == [("next", {"a": 1})]
    standards = ('<!doctype html><script id="__next_data__">{"a": 1}</script>'
                 '<script id="__NEXT_DATA__">{"b": 2}</script>')
    assert _payloads(load(standards)) == [("next", {"b": 2})]


def test_nuxt2_state_found_after_a_mention_that_is_no_assignment():
    from sinmun.extraction.nextdata import _nuxt2_assignment

    html = '<script>if (window.__NUXT__) {}</script><script>window.__NUXT__ = {"a": 1}</script>'
    found = _nuxt2_assignment(html)
    assert found is not None and html[found.end():].startswith('{"a": 1}')
    assert _nuxt2_assignment("<p>window.__NUXT_</p>") is None
