"""The body does not repeat the subtitle that layouts print at the top of the article text."""
from sinmun.extraction.fields import without_subtitle


def test_body_drops_opening_paragraphs_that_repeat_the_subtitle():
    body = ["첫 줄 부제", "둘째 줄 부제", "가상군이 다음 달부터 마을버스 요금을 내린다.", "둘째 문단이다."]
    assert without_subtitle(body, "첫 줄 부제 / 둘째 줄 부제") == body[2:]
    assert without_subtitle(body, "첫 줄 부제 둘째 줄 부제") == body[2:]
    assert without_subtitle(body, "첫 줄 부제") == body[1:]
    assert without_subtitle(body, "다른 부제") == body
    assert without_subtitle(body, None) == body
    # the body keeps one paragraph at least
    assert without_subtitle(["같은 문장"], "같은 문장") == ["같은 문장"]
