"""WARC input on hostile ground: records that lie about their length, revisits, broken headers, and
the HTTP header's charset reaching the decoder.
"""
from __future__ import annotations

import pytest

from corpus_pages import STORIES, story_page


# ----------------------------------------------------------------- 7. WARC records that lie about their length
def _with_length(record: bytes, delta: int) -> bytes:
    import re
    match = re.search(rb"Content-Length: (\d+)", record)
    return record[:match.start(1)] + str(int(match.group(1)) + delta).encode() + record[match.end(1):]


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
@pytest.mark.parametrize("delta", [300, -300, 5_000_000])
def test_a_wrong_content_length_costs_one_record_not_the_rest(tmp_path, name, delta):
    from corpus_pages import http_response, warc_record, write_warc

    from sinmun.io.sources import iter_pages
    from sinmun.corpus.records import build_outcome
    records = [warc_record(f"https://www.sinmun-ilbo.example/news/{key}", http_response(story_page(key).encode()))
               for key in ("bridge", "library", "rain", "wire")]
    records[1] = _with_length(records[1], delta)
    warc = write_warc(tmp_path / name, records)
    results = [build_outcome(page) for page in iter_pages([str(warc)])]
    assert [(o.status, o.reason) for o in results] == [
        ("article", None), ("error", "warc-bad-length"), ("article", None), ("article", None)]
    assert results[1].url.endswith("/library") and "offset" in results[1].message
    assert [o.record["title"] for o in results if o.record] == [
        STORIES["bridge"][0], STORIES["rain"][0], STORIES["wire"][0]]


def test_revisit_records_and_a_broken_header_in_the_middle_are_accounted_for(tmp_path):
    from corpus_pages import http_response, warc_record, write_warc
    from fastwarc.warc import WarcRecordType

    from sinmun.io.sources import iter_pages
    from sinmun.corpus.records import build_outcome
    good = warc_record("https://www.sinmun-ilbo.example/news/rain", http_response(story_page("rain").encode()))
    revisit = warc_record("https://www.sinmun-ilbo.example/news/rain", b"HTTP/1.1 200 OK\r\n\r\n",
                          record_type=WarcRecordType.revisit)
    broken = good.replace(b"WARC/1.", b"WARC/X.", 1)  # not a WARC header: unreadable, the next one is found
    warc = write_warc(tmp_path / "crawl.warc", [good, revisit, broken, good])
    results = [build_outcome(page) for page in iter_pages([str(warc)])]
    assert [(o.status, o.reason) for o in results] == [
        ("article", None), ("skipped", "warc-revisit"), ("error", "warc-corrupt"), ("article", None)]


# ----------------------------------------------------------------- the HTTP header's charset reaches the decoder
LATIN1_PAGE = ("<html><head><title>Café crème à Séoul</title></head><body><article>"
               + "<p>Le café « crème » de la rue coûte désormais trois euros, dit la gérante élue.</p>" * 6
               + "</article></body></html>")


def test_the_header_charset_of_a_warc_response_decodes_the_page(tmp_path):
    from corpus_pages import http_response, warc_record, write_warc

    from sinmun.io.sources import iter_pages
    from sinmun.corpus.records import build_outcome
    # the page's template declares another charset; the server's header says what the bytes are
    body = LATIN1_PAGE.replace("<head>", "<head><meta charset='windows-1251'>").encode("latin-1")
    warc = write_warc(tmp_path / "latin.warc", [warc_record(
        "https://www.example.fr/cafe", http_response(body, content_type="text/html; charset=ISO-8859-1"))])
    [outcome] = [build_outcome(page) for page in iter_pages([str(warc)])]
    assert outcome.record["title"] == "Café crème à Séoul"
    assert outcome.record["body_paragraphs"][0].startswith("Le café « crème » de la rue coûte")


def test_extract_takes_the_transport_charset_before_the_page_declaration():
    import sinmun
    page = LATIN1_PAGE.replace("<head>", "<head><meta charset='windows-1251'>").encode("latin-1")
    assert sinmun.extract(page, charset="iso-8859-1").title == "Café crème à Séoul"
    assert sinmun.extract(page).title != "Café crème à Séoul"  # without the header, the page's (wrong) word wins
