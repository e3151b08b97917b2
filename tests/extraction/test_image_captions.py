"""Which caption belongs to which photo of a body."""
from __future__ import annotations

from sinmun import extract

LINES = ("가상시는 다음 달부터 시내버스 첫차 시간을 새벽 4시 30분으로 앞당긴다고 밝혔다.",
         "시는 이른 출근길 시민의 불편을 덜기 위해 노선 열두 개의 배차 간격도 줄이기로 했다.",
         "이번 조정으로 하루 운행 횟수는 모두 240회 늘어난다.")


def page(body: str) -> str:
    return ("<html><head><title>가상시 시내버스 첫차 30분 앞당긴다</title></head><body>"
            f"<h1>가상시 시내버스 첫차 30분 앞당긴다</h1><div class='article_body'>{body}</div></body></html>")


def captions(html: str) -> dict[str, str | None]:
    return {image.url: image.caption for image in extract(html).images}


def test_a_photo_without_a_caption_does_not_take_another_photos_caption() -> None:
    html = page(f"<p>{LINES[0]}</p><figure><img src='/a.jpg'><figcaption>버스 정류장. 가상시 제공</figcaption></figure>"
                f"<p>{LINES[1]}</p><p><img src='/b.jpg' alt='노선도'></p><p>{LINES[2]}</p>")
    assert captions(html) == {"/a.jpg": "버스 정류장. 가상시 제공", "/b.jpg": None}


def test_a_photo_alone_in_its_box_takes_the_caption_beside_it() -> None:
    html = page(f"<p>{LINES[0]}</p><div class='photo'><span><img src='/a.jpg'></span>"
                f"<p class='caption'>버스 정류장. 가상시 제공</p></div><p>{LINES[1]}</p><p>{LINES[2]}</p>")
    assert captions(html) == {"/a.jpg": "버스 정류장. 가상시 제공"}
