"""--redact-pii: e-mails, phone numbers and resident registration numbers masked in the body."""
from corpus_pages import article_page, read_jsonl, write_jsonl

from sinmun import extract
from sinmun.corpus import RunConfig, run_corpus
from sinmun.corpus.pii import redact_article, redact_text


def test_masks_each_kind_and_counts_it():
    text = ("제보는 tip@news.example 또는 010-1234-5678, 02-123-4567, +82 10 9876 5432, (031) 765-4321로. "
            "주민번호 900101-1234567 유출. 대표번호 1588-1234. 휴대전화 01098765432.")
    masked, counts = redact_text(text)
    assert masked == ("제보는 [EMAIL] 또는 [PHONE], [PHONE], [PHONE], [PHONE]로. "
                      "주민번호 [RRN] 유출. 대표번호 [PHONE]. 휴대전화 [PHONE].")
    assert counts == {"email": 1, "phone": 6, "rrn": 1}


def test_leaves_dates_money_years_and_numbers_alone():
    text = ("2025.08.12 발표, 1950-1953년 전쟁, 매출 1,234,567원, 기사번호 20250812103256945, "
            "점수 3-2, 제품 번호 AB-1234-5678, 2025-08-12T06:30:00+09:00, 991332-1234567")
    assert redact_text(text) == (text, {})


def test_reporter_email_is_kept_unless_all():
    html = article_page("개인정보가 들어간 기사 제목입니다", [
        "문의는 담당자 hong@city.example 또는 010-2222-3333으로 하면 된다고 시 관계자가 밝혔다.",
        "시는 주민등록번호 800515-2345678 같은 개인정보가 든 서류를 모두 파기했다고 덧붙였다. " * 2,
    ], "https://www.sinmun-ilbo.example/news/pii")
    article = extract(html)
    assert article.reporters[0].email == "sky@sinmun-ilbo.example"
    counts = redact_article(article, "body")
    assert counts == {"email": 1, "phone": 1, "rrn": 2}
    assert "hong@city.example" not in article.body and "[RRN]" in article.body
    assert article.reporters[0].email == "sky@sinmun-ilbo.example"
    assert redact_article(article, "all") == {"reporter_email": 1}
    assert article.reporters[0].email is None


def test_run_counts_masks_in_the_summary_and_record(tmp_path):
    html = article_page("연락처가 있는 기사 제목입니다", [
        "자세한 내용은 상담센터 1577-0000이나 help@center.example로 문의하면 된다. 센터는 평일에 문을 연다.",
        "센터는 올해 상담 인력을 두 배로 늘리고, 주말에도 전화 상담을 받을 수 있도록 운영 시간을 넓힐 계획이다."],
        "https://www.sinmun-ilbo.example/news/contact")
    pages = write_jsonl(tmp_path / "p.jsonl", [{"html": html}])
    summary = run_corpus(RunConfig([str(pages)], str(tmp_path / "o.jsonl"), workers=0, redact_pii="all"))
    assert dict(summary.pii) == {"email": 1, "phone": 1, "reporter_email": 1}
    (record,) = read_jsonl(tmp_path / "o.jsonl")
    assert record["pii_redacted"] == 3
    assert "[PHONE]" in record["body_paragraphs"][0] and record["reporters"][0]["email"] is None
