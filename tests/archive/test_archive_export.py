"""sinmun archive export: BigKinds-style CSV and XLSX, and Parquet, from a real archive file."""
import csv

import pyarrow.parquet as pq
import pytest
from archive_helpers import CORPUS, article
from click.testing import CliRunner

from sinmun.archive.store import Archive
from sinmun.cli import main

HEADERS = ["뉴스 식별자", "일자", "언론사", "기고자", "제목", "통합 분류1", "인물", "위치", "기관", "키워드", "본문", "URL"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "a.db"
    long_body = article("long", "아주 긴 기사", ["제어\x07문자 " + "가나다라마바사 " * 5000], press="누리뉴스",
                        published="2025-06-01T08:00:00+09:00")
    with Archive(path) as archive:
        archive.add_records([*CORPUS, long_body], enrich=True)
    return path


def _run(*args):
    result = CliRunner().invoke(main, ["archive", "export", *args])
    return result.exit_code, result.output


def test_csv_has_bigkinds_columns_oldest_first(db, tmp_path):
    out = tmp_path / "a.csv"
    code, output = _run(str(out), "--db", str(db))
    assert code == 0 and output.strip() == f"6 articles -> {out} (csv)"
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the Hangul as UTF-8
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert list(rows[0]) == HEADERS
    assert [r["일자"] for r in rows] == ["20250601", "20250720", "20250802", "20250805", "20250812", "20250901"]
    first = next(r for r in rows if r["제목"] == "한미, 전략기술 협력 강화")
    assert (first["언론사"], first["기고자"], first["통합 분류1"], first["URL"]) == (
        "신문일보", "김하늘", "정치", "https://news.example/a")
    assert "과학기술정보통신부" in first["기관"].split(",") and "한가람" in first["인물"].split(",")
    assert first["키워드"] and first["위치"] == ""
    assert first["본문"].split("\n")[0] == "한미 양국은 전략기술을 중심으로 협력을 강화하기로 했다."


def test_filters_and_english_headers(db, tmp_path):
    out = tmp_path / "b.csv"
    code, _ = _run(str(out), "--db", str(db), "--press", "한빛경제", "--since", "2025-08-10", "--english-headers")
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert code == 0 and [r["title"] for r in rows] == ["정부, 전략 기술 육성 계획 발표", "반도체 수출 석 달째 증가"]
    assert list(rows[0])[:3] == ["id", "date", "press"]


def test_xlsx_opens_with_long_bodies_cut_to_excels_limit(db, tmp_path):
    import openpyxl
    out = tmp_path / "a.xlsx"
    assert _run(str(out), "--db", str(db))[0] == 0
    sheet = openpyxl.load_workbook(out, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == HEADERS and len(rows) == 7
    long_row = next(r for r in rows if r[4] == "아주 긴 기사")
    assert len(long_row[10]) == 32_767 and "\x07" not in long_row[10]


def test_parquet_keeps_lists(db, tmp_path):
    out = tmp_path / "a.parquet"
    assert _run(str(out), "--db", str(db), "--english-headers")[0] == 0
    table = pq.read_table(out)
    assert table.column_names == ["id", "date", "press", "reporters", "title", "section", "people", "places",
                                  "organisations", "keywords", "body", "url"]
    assert table.num_rows == 6 and ["이도윤"] in table.column("reporters").to_pylist()


def test_bad_requests_are_one_line(db, tmp_path):
    code, output = _run(str(tmp_path / "a.txt"), "--db", str(db))
    assert code == 2 and output.strip() == (f"error: cannot tell the format of {tmp_path / 'a.txt'}: "
                                            "name it .csv, .xlsx or .parquet, or give --format")
    code, output = _run(str(tmp_path / "a.csv"), "--db", str(tmp_path / "none.db"))
    assert code == 2 and "no archive at" in output and "Traceback" not in output
