"""``extract(..., explain=True)`` and ``sinmun extract --explain``: where every field came from.

On every fixture page: each non-empty field of the record names its winning source, the offers list
the winner once as ``won`` and the others with why they lost, the removed lines carry rule names and
add up to ``boilerplate_removed``; and the record without explain is byte-for-byte what it was.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

import sinmun
from sinmun.extraction.pipeline import RESOLVED_FIELDS
from conftest import FIXTURES, ROOT, need_shared

PAGES = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".html", ".htm", ".txt"))
STATUSES = ("won", "lower precedence", "rejected: ")


def _options(page):
    expected = page.with_name(page.name.rsplit(".", 1)[0] + ".expected.json")
    options = json.loads(expected.read_text(encoding="utf-8")).get("_options", {}) if expected.exists() else {}
    return {k: v for k, v in options.items() if k in ("url", "reference_date")}


def _empty(value):
    return value is None or value == [] or value == ""


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(FIXTURES).as_posix())
def test_every_field_names_its_source_and_the_alternatives(page):
    options = _options(page)
    plain = sinmun.extract(page.read_bytes(), **options)
    explained = sinmun.extract(page.read_bytes(), explain=True, **options)
    assert plain.explain is None and "explain" not in plain.to_dict()
    record = explained.to_dict()
    explanation = record.pop("explain")
    assert json.dumps(record, ensure_ascii=False) == json.dumps(plain.to_dict(), ensure_ascii=False)
    fields = explanation["fields"]
    assert set(RESOLVED_FIELDS) <= set(fields)
    for name in RESOLVED_FIELDS:
        found = fields[name]
        if not _empty(getattr(explained, name)):
            assert found["source"], f"{name}: no winning source for {getattr(explained, name)!r}"
        winners = [o for o in found["offers"] if o["status"] == "won"]
        assert len(winners) == (1 if found["source"] else 0), name
        if winners:
            assert winners[0]["source"] == found["source"]
        for offer in found["offers"]:
            assert offer["status"].startswith(STATUSES), offer
            assert 0 < offer["confidence"] <= 1
    assert len(explanation["removed"]) == explained.boilerplate_removed
    assert all(line["rule"] and line["text"] for line in explanation["removed"])


def test_alternatives_say_why_they_lost():
    page = FIXTURES / "generic" / "yonhap-dateline.html"
    explanation = sinmun.extract(page.read_bytes(), explain=True).explain
    losers = [o for f in explanation.fields.values() for o in f.offers if o.status != "won"]
    assert losers, "a page with a headline in several places offers alternatives"
    assert all(o.status == "lower precedence" or o.status.startswith("rejected: ") for o in losers)


def test_a_date_without_a_year_is_listed_as_rejected():
    html = ("<html><body><div class='article_body'><p>입력 08-05 10:32</p>"
            + "<p>홍길동 기자가 전한 이야기는 길게 이어진다. 마을 사람들은 도서관을 다시 열었다고 말했다.</p>" * 3
            + "</div></body></html>")
    explanation = sinmun.extract(html, explain=True).explain
    published = explanation.fields["published"]
    assert published.source is None
    assert any(o.status == "rejected: no year (pass reference_date)" for o in published.offers)


def test_removed_lines_carry_the_cleaners_rule_names_and_the_repeated_headline():
    headline = "마을 도서관이 다시 문을 열었다는 소식"
    html = (f"<html><head><title>{headline}</title></head><body><h1>{headline}</h1><div class='article_body'>"
            f"<p>{headline}</p>"
            + "<p>나가람 기자가 전한 이야기는 길게 이어진다. 마을 사람들은 도서관을 다시 열었다고 말했다.</p>" * 3
            + "<p>나가람 기자 garam@sinmun.example</p><p>Copyright ⓒ 가상일보. 무단전재 및 재배포 금지.</p>"
            "</div></body></html>")
    article = sinmun.extract(html, explain=True)
    rules = [(line.rule, line.text) for line in article.explain.removed]
    assert ("repeated headline", headline) in rules
    assert ("copyright", "Copyright ⓒ 가상일보. 무단전재 및 재배포 금지.") in rules
    assert any(rule == "byline" for rule, _ in rules)
    assert article.explain.fields["reporters"].source == "body text"
    assert article.explain.fields["copyright"].source == "body"


def run(*args):
    return subprocess.run([sys.executable, "-m", "sinmun.cli", *args], capture_output=True, cwd=ROOT,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def test_cli_explain_prints_every_field_with_its_winning_source():
    sample = need_shared("samples/daum-etnews-20250805.txt")
    result = run("extract", str(sample), "--explain")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    explanation = sinmun.extract(sample.read_bytes(), explain=True).explain
    for name, found in explanation.fields.items():
        row = re.search(rf"│ {re.escape(name)}\s+│ (?P<source>[^│]+?)\s+│", out)
        assert row, f"no row for {name}"
        assert row["source"] == (found.source or "—"), name
    assert "lines removed from the body" in out


def test_cli_explain_as_json_adds_the_key_and_only_with_the_flag():
    page = FIXTURES / "generic" / "yonhap-dateline.html"
    with_explain = json.loads(run("extract", str(page), "--explain", "--format", "json").stdout)
    without = json.loads(run("extract", str(page)).stdout)
    assert with_explain.pop("explain")["fields"]["title"]["source"]
    assert with_explain == without and "explain" not in without
    lines = run("extract", str(page), "--explain", "--format", "jsonl").stdout.decode().splitlines()
    assert "explain" in json.loads(lines[0])


def test_cli_explain_with_a_text_format_is_a_usage_error():
    result = run("extract", str(FIXTURES / "generic" / "yonhap-dateline.html"), "--explain", "--format", "text")
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr and b"--explain" in result.stderr


def test_the_table_without_rich_is_plain_text(monkeypatch):
    import io

    from sinmun.cli import explain_table

    page = FIXTURES / "generic" / "yonhap-dateline.html"
    article = sinmun.extract(page.read_bytes(), explain=True)
    monkeypatch.setattr(explain_table.importlib.util, "find_spec", lambda name: None)
    out = io.StringIO()
    explain_table.write_explanations([("page.html", article)], out)
    text = out.getvalue()
    assert text.startswith("== page.html\n")
    for name, found in article.explain.fields.items():
        assert re.search(rf"^{re.escape(name)}\s+{re.escape(found.source or '—')}\s", text, re.M), name
