"""Next.js App Router pages: the story read from the flight stream that ``self.__next_f.push`` scripts carry.

The pages here are written inline for these tests (invented outlet, names and text); the full page with
its expected record is tests/fixtures/generic-ko/next-app-router.html.
"""
import json

from sinmun.article import Reporter
from sinmun.extraction.flight import flight_rows, flight_stream, read_story
from sinmun.extraction.parse import load

BODY = ('<p>가상군이 다음 달부터 마을버스 요금을 500원 내린다.</p>'
        '<p>군은 3일 버스 회사와 손실을 나눠 메우기로 합의했다고 밝혔다. 인하된 요금은 1년 동안 적용된다.</p>')


def push(chunk: str) -> str:
    return "<script>self.__next_f.push(" + json.dumps([1, chunk], ensure_ascii=False) + ")</script>"


def page_of(chunks: list[str]) -> bytes:
    scripts = "".join(push(c) for c in chunks)
    return ('<html lang="ko"><head><title>가상군 소식</title></head><body><main></main>'
            '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' + scripts + '</body></html>').encode()


def article_row(row_id: str, **fields: object) -> str:
    article = {"title": "가상군, 마을버스 요금 500원 내린다", "contentHtml": "$1f", "publishedAt": "2025-06-03T09:00:00+09:00",
               "writers": [{"name": "김철수", "email": "cheolsu@gasang.example"}], **fields}
    return row_id + ":" + json.dumps(["$", "$L3", None, {"data": {"article": article}}], ensure_ascii=False) + "\n"


def test_text_row_split_across_pushes_is_put_in_place_of_its_reference():
    length = len(BODY.encode("utf-8"))
    chunks = ['2:I[100,["static/chunks/a.js"],"default"]\n', f"1f:T{length:x}," + BODY[:40], BODY[40:],
              article_row("5")]
    story = read_story(load(page_of(chunks)))
    assert story is not None and story.source == "next-flight"
    assert story.title == "가상군, 마을버스 요금 500원 내린다"
    assert story.published == "2025-06-03T09:00:00+09:00"
    assert story.reporters == [Reporter("김철수", "cheolsu@gasang.example")]
    assert story.paragraphs == ["가상군이 다음 달부터 마을버스 요금을 500원 내린다.",
                                "군은 3일 버스 회사와 손실을 나눠 메우기로 합의했다고 밝혔다. 인하된 요금은 1년 동안 적용된다."]


def test_text_row_length_counts_utf8_bytes_so_the_next_row_is_read():
    text = "가나다"  # 9 bytes in UTF-8, 3 characters
    rows, texts = flight_rows(f"7:T{len(text.encode()):x},{text}8:[1,2]\n".encode())
    assert texts == {"7": text}
    assert rows == [[1, 2]]


def test_tagged_rows_and_broken_rows_are_skipped_not_fatal():
    rows, texts = flight_rows(b'1:HL["/a.css","style"]\n2:{"a":\n3:E{"digest":"x"}\nnot a row\n4:"$Sreact.fragment"\n')
    assert rows == [["/a.css", "style"], {"digest": "x"}, "$Sreact.fragment"]
    assert texts == {}


def test_only_kind_one_chunks_make_the_stream():
    html = page_of(["1:[1]\n"]).replace(b"</body>", b'<script>self.__next_f.push([3,"QUJD"])</script></body>')
    assert flight_stream(load(html)) == b"1:[1]\n"


def test_page_without_the_app_router_payload_has_no_flight_story():
    assert read_story(load(b"<html><body><p>\xea\xb0\x80</p><script>var x = 1;</script></body></html>")) is None
    # a page that only mentions the name in a script does not confuse the reader
    assert read_story(load(b"<html><body><script>// __next_f is not used here</script></body></html>")) is None


def test_ad_slot_placeholders_are_no_text():
    body = BODY.replace("</p><p>", "</p>$$AD_BANNER$$<p>")
    chunks = [f"1f:T{len(body.encode()):x},{body}", article_row("5")]
    story = read_story(load(page_of(chunks)))
    assert story is not None
    assert len(story.paragraphs) == 2 and all("AD_BANNER" not in p for p in story.paragraphs)



def test_rows_side_by_side_are_not_taken_for_a_teaser_list():
    """Three rows that each hold an article-like object: the stream's rows are no list of teasers, so the
    one with the longest body is the story."""
    def row(row_id: str, title: str, body: str) -> str:
        return row_id + ":" + json.dumps({"title": title, "content": body}, ensure_ascii=False) + "\n"
    short = "<p>" + "가상군 소식 요약입니다. " * 8 + "</p>"
    chunks = [row("4", "가상군 소식 하나", short), row("5", "가상군 소식 둘", short),
              row("6", "가상군, 마을버스 요금 500원 내린다", BODY + BODY.replace("가상군", "가상읍"))]
    story = read_story(load(page_of(chunks)))
    assert story is not None and story.title == "가상군, 마을버스 요금 500원 내린다"
