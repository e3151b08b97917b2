"""Ad boxes found by their shape, whatever their class (issue 10 §1): an element holding only ad embeds
(``iframe``, ``ins``, ``script``) and a short label leaves the body; the story's embedded video, a box with a
picture, and a short sentence beside a script stay. The fixture page is ``tests/fixtures/generic-ko/ad-embeds``."""
from __future__ import annotations

import pytest

import sinmun

STORY = ["가상시가 다음 달 새 버스 노선 세 개를 연다.", "시는 출퇴근 시간 배차 간격을 10분으로 줄인다고 밝혔다.",
         "요금은 지금과 같다."]


def body_of(inner: str) -> list[str]:
    html = ("<html lang='ko'><head><meta charset='utf-8'><title>가상시, 새 버스 노선 연다</title></head><body>"
            "<h1>가상시, 새 버스 노선 연다</h1><div class='article_body'>"
            f"<p>{STORY[0]}</p>{inner}<p>{STORY[1]}</p><p>{STORY[2]}</p></div></body></html>")
    return sinmun.extract(html, "https://www.gasang.example/news/4").body_paragraphs


@pytest.mark.parametrize("box", [
    "<div class='mask_div'><iframe src='https://adserver.gasang.example/slot?id=3'></iframe><p>가상 협찬</p></div>",
    "<div class='revenue_unit_wrap'><ins class='revenue_unit_item' data-unit='x1'></ins><span>가상은행 협찬</span></div>",
    "<div style='float:left;margin:0 10px'><script>window.gasangAds.push('mid')</script><em>Sponsored by 가상</em></div>",
    "<div class='box_r'><div><iframe src='//ad.gasang.example/a'></iframe></div><div>가상 파트너스</div></div>",
])
def test_a_box_of_ad_embeds_and_a_short_label_leaves_the_body(box):
    assert body_of(box) == STORY


@pytest.mark.parametrize("inner, kept", [
    ("<div class='video_wrap'><iframe src='https://www.youtube.com/embed/abc'></iframe><p>가상시 버스 시승 영상</p></div>",
     "가상시 버스 시승 영상"),
    ("<div class='photo'><img src='/bus.jpg'><script>lazy()</script><span>새 전기버스</span></div>", "새 전기버스"),
    ("<div><script>track()</script>노선은 모두 세 개다.</div>", "노선은 모두 세 개다."),
    ("<div class='mask_div'><script>x()</script>가상역에서 산업단지까지 가는 새 노선은 출퇴근길을 20분 줄인다.</div>",
     "가상역에서 산업단지까지 가는 새 노선은 출퇴근길을 20분 줄인다."),
])
def test_the_storys_embeds_pictures_and_sentences_stay(inner, kept):
    assert kept in body_of(inner)


@pytest.mark.parametrize("inner, kept", [
    ("<div><b>새 노선 세 곳</b><script>track('sub')</script></div>", "새 노선 세 곳"),
    ("<div class='sub'>요금 동결 방침<script>lazy()</script></div>", "요금 동결 방침"),
])
def test_a_short_line_beside_a_script_alone_stays_unless_it_names_an_ad(inner, kept):
    assert kept in " ".join(body_of(inner))
