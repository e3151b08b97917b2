"""An AMP page shows its photos as ``<amp-img>``: they are the record's images like ``<img>`` ones; fixture page
``tests/fixtures/conventions/amp-page-images``."""
from __future__ import annotations

import sinmun

STORY = "".join(f"<p>{line}</p>" for line in (
    "가상시가 내년 봄까지 공영자전거 1천대를 더 들여온다고 20일 밝혔다.",
    "시는 대여소 120곳을 새로 만들고, 기존 대여소의 거치대도 늘리기로 했다.", "이용 요금은 1시간에 1천원으로 지금과 같다."))
HEAD = ("<html amp lang='ko'><head><meta charset='utf-8'><title>가상시 자전거 - 가상일보</title></head><body>"
        "<h1>가상시 자전거</h1><div>입력 2025.11.20 10:12</div><div class='article-body'>")
URL = "https://www.gasang.example/news/articleViewAmp.html?idxno=1"


def images(photo: str) -> list[tuple[str, str | None]]:
    found = sinmun.extract(HEAD + photo + STORY + "</div></body></html>", url=URL).images
    return [(i.url, i.caption) for i in found]


def test_an_amp_img_is_a_photo_with_its_caption():
    photo = ("<figure><amp-img src='/p/1.jpg' width='800' height='533' layout='responsive'></amp-img>"
             "<figcaption>가상시청 앞 대여소.</figcaption></figure>")
    assert images(photo) == [("https://www.gasang.example/p/1.jpg", "가상시청 앞 대여소.")]


def test_an_amp_img_and_its_noscript_fallback_are_one_photo():
    photo = ("<amp-img src='/p/1.jpg' width='800' height='533'><noscript><img src='/p/1.jpg' width='800'>"
             "</noscript></amp-img>")
    assert [url for url, _ in images(photo)] == ["https://www.gasang.example/p/1.jpg"]


def test_a_small_amp_img_is_an_icon():
    assert images("<amp-img src='/i/share.png' width='24' height='24'></amp-img>") == []
