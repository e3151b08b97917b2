from datetime import date

import pytest

import sinmun
from sinmun.extraction.dates import date_of_url, dates_in_paths, labelled_dates, parse_date


@pytest.mark.parametrize("text, iso", [
    ("2025.08.05. 오전 10:32", "2025-08-05T10:32:00+09:00"),
    ("2025.08.05. 오후 1:02", "2025-08-05T13:02:00+09:00"),
    ("입력 2025-08-05 10:32", "2025-08-05T10:32:00+09:00"),
    ("2026. 3. 21. 21:43", "2026-03-21T21:43:00+09:00"),
    ("2025-08-05T01:32:00Z", "2025-08-05T10:32:00+09:00"),
    ("2025-08-05T10:32:05+09:00", "2025-08-05T10:32:05+09:00"),
    ("20260321214325", "2026-03-21T21:43:25+09:00"),
    ("2025년 8월 5일 오후 3시 5분", "2025-08-05T15:05:00+09:00"),
    ("2023.04.07 (08:26)", "2023-04-07T08:26:00+09:00"),
    ("1774097005975", "2026-03-21T21:43:25+09:00"),
    ("2025-08-05", "2025-08-05"),
    ("2025.08.05(화)", "2025-08-05"),
])
def test_full_dates_in_kst(text, iso):
    assert parse_date(text).iso() == iso


def test_date_without_year_takes_the_reference_year():
    when = parse_date("작성일 08-05", date(2025, 8, 10))
    assert when.iso() == "2025-08-05" and when.year_inferred


def test_december_date_read_in_january_belongs_to_the_year_before():
    assert parse_date("12-30", date(2026, 1, 2)).iso() == "2025-12-30"


def test_date_without_year_and_no_reference_is_unknown():
    assert parse_date("08-05") is None
    assert parse_date("오늘") is None


def test_labelled_dates():
    found = labelled_dates("기사입력 2025.08.05. 오전 10:32 최종수정 2025.08.05. 오후 1:02")
    assert parse_date(found["published"]).iso() == "2025-08-05T10:32:00+09:00"
    assert parse_date(found["updated"]).iso() == "2025-08-05T13:02:00+09:00"


def test_dates_in_image_paths():
    assert dates_in_paths("https://t1.daumcdn.net/news/202508/05/etimesi/x.jpg") == [date(2025, 8, 5)]


def test_latin_labels_match_in_any_case_and_the_leftmost_wins():
    from sinmun.extraction.dates import labelled_dates

    assert labelled_dates("PUBLISHED 2024.1.2 10:00 UPDATED 2024.1.3") == {
        "published": "2024.1.2 10:00", "updated": "2024.1.3"}
    assert labelled_dates("MoDiFiEd : 2024/1/2 pm 1:2") == {"updated": "2024/1/2 pm 1:2"}
    # a lower-case label before a capitalised one: the first in the text is the label's date
    assert labelled_dates("posted 2020.1.1 and Posted 2019.1.1") == {"published": "2020.1.1"}
    assert labelled_dates("Posted 2019.1.1 and posted 2020.1.1") == {"published": "2019.1.1"}


@pytest.mark.parametrize("url, day", [
    ("https://www.gasang.example/news/2025/09/14/library-opens", date(2025, 9, 14)),
    ("https://www.gasang.example/2025-09-14/story", date(2025, 9, 14)),
    ("https://www.gasang.example/news/20250914/7", date(2025, 9, 14)),
    ("https://www.gasang.example/2024/09/library-opens", date(2024, 9, 15)),  # the month only
    ("https://www.gasang.example/article/20240914000123", date(2024, 9, 14)),
    ("https://www.gasang.example/view/AKR20230914012300001?section=x", date(2023, 9, 14)),
    ("https://www.gasang.example/news/articleView.html?idxno=2013012345", None),  # ten digits: an id
    ("https://www.gasang.example/2019/12345", None),
    ("https://www.gasang.example/2025/02/30/x", None),
    (None, None),
])
def test_the_day_an_article_url_is_filed_under(url, day):
    assert date_of_url(url) == day


def test_a_month_day_after_an_unreadable_year_is_no_date():
    """``0001-01-01T00:00:00Z`` (a CMS's empty JSON-LD date) is no 1 January of a year near the reference."""
    assert parse_date("0001-01-01T00:00:00Z", date(2019, 11, 19), nearest=True) is None


def test_a_page_url_gives_the_year_to_a_date_line_without_one():
    page = ('<html lang="ko"><body><h1>가상시 새 도서관</h1><p>입력 12.31 23:50</p><div class="article-body">'
            + "<p>가상시가 새 도서관을 연다고 밝혔다. 도서관은 다음 달 문을 연다.</p>" * 4 + "</div></body></html>")
    article = sinmun.extract(page, "https://www.gasang.example/news/2025/01/01/library")
    assert article.published == "2024-12-31T23:50:00+09:00"  # the year nearest the URL's day
    assert sinmun.extract(page, "https://www.gasang.example/news/view?id=7").published is None


@pytest.mark.parametrize("text, iso", [
    ("Sep 14, 2025", "2025-09-14"),
    ("Published : Sep 14, 2025 - 08:40", "2025-09-14"),  # no zone: the day alone
    ("SEPT. 14TH 2025", "2025-09-14"),
    ("14 September 2025, 8:40 pm", "2025-09-14"),
    ("19 Nov 2019 07:09 GMT", "2019-11-19T16:09:00+09:00"),  # a zone: the time, in KST
    ("Updated: 14 September 2025 at 08:40 KST", "2025-09-14T08:40:00+09:00"),
    ("on 3 May 2025 the council said", "2025-05-03"),
])
def test_english_dates_with_the_month_named(text, iso):
    assert parse_date(text).iso() == iso


@pytest.mark.parametrize("text", ["Mayor 14, 2025", "May 2025", "Sep 2025 14", "March 40, 2025"])
def test_english_words_and_months_alone_are_no_dates(text):
    assert parse_date(text) is None


@pytest.mark.parametrize("text, iso", [
    ("기사입력 2025/09/14 [08:40]", "2025-09-14T08:40:00+09:00"),
    ("입력 2025.09.14 [오후 3:05]", "2025-09-14T15:05:00+09:00"),
])
def test_a_time_in_square_brackets(text, iso):
    assert parse_date(text).iso() == iso
    assert parse_date(labelled_dates(text)["published"]).iso() == iso


def test_labelled_english_dates():
    found = labelled_dates("Published : Sep 14, 2025 - 08:40 Updated : Sep 15, 2025 - 10:05")
    assert parse_date(found["published"]).iso() == "2025-09-14"
    assert parse_date(found["updated"]).iso() == "2025-09-15"


def test_a_day_shown_takes_the_time_a_later_source_gives_for_that_day():
    story = "<p>가상시가 새 도서관을 연다고 밝혔다. 도서관은 다음 달 문을 연다.</p>" * 4
    page = ('<html lang="ko"><body><h1>가상시 새 도서관</h1><p>2025.09.14</p><div class="article-body">' + story
            + '</div><time datetime="{}">x</time></body></html>')
    assert sinmun.extract(page.format("2025-09-13T23:40:00Z")).published == "2025-09-14"  # 14 Sep in KST, 13th there
    assert sinmun.extract(page.format("2025-09-14T08:40:00+09:00")).published == "2025-09-14T08:40:00+09:00"


def test_the_day_takes_the_same_time_when_every_source_is_read():
    """``explain`` reads every source; the time a day-only winner takes comes from the same offers."""
    story = "<p>가상시가 새 도서관을 연다고 밝혔다. 도서관은 다음 달 문을 연다.</p>" * 4
    page = ('<html lang="ko"><body><h1>가상시 새 도서관</h1><p>2025.09.14</p><div class="article-body">' + story
            + '</div><time datetime="2025-09-14T08:40:00+09:00">x</time>'
            '<script>var data = {"pubDate": "2025-09-14 09:10"};</script></body></html>')
    plain, explained = sinmun.extract(page), sinmun.extract(page, explain=True)
    assert plain.published == explained.published == "2025-09-14T08:40:00+09:00"


@pytest.mark.parametrize("text, expected", [
    ("지면 게재일 2025.11.21 | 온라인 게재일 2025.11.20 10:12", {"published": "2025.11.20 10:12"}),
    ("지면 발행 2025.11.21 입력 2025.11.20 10:00", {"published": "2025.11.20 10:00"}),
    ("지면게재일 2025.11.21", {"published": "2025.11.21"}),     # the print edition's day alone: the best there is
    ("게재일 2025.11.20", {"published": "2025.11.20"}),
])
def test_the_print_editions_day_gives_way_to_the_pages_own(text, expected):
    assert labelled_dates(text) == expected
