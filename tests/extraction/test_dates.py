from datetime import date

import pytest

from sinmun.extraction.dates import dates_in_paths, labelled_dates, parse_date


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
