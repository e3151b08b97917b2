"""The benchmark runs end to end on a few real pages with sinmun alone (no peer needed)."""
import importlib.util
import json
import subprocess
import sys

import pytest

from conftest import ROOT, SHARED, need_shared

SET_DIRS = {"ko": "eval/ko", "samples": "samples"}


@pytest.fixture(scope="module")
def bench_run(tmp_path_factory):
    """`sinmun bench` over the first 2 pages of eval/ko and the Daum sample, sinmun only, one timed pass."""
    need_shared("tools/score.py")
    need_shared("eval/ko")
    need_shared("samples")
    out = tmp_path_factory.mktemp("bench")
    result = subprocess.run([sys.executable, "-m", "sinmun.cli", "bench", "--sets", "ko,samples", "--limit", "2",
                             "--tools", "sinmun", "--reps", "1", "--out", str(out), "--shared", str(SHARED)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    return out, result.stdout


def team_scorer():
    """../shared/tools/score.py, imported as the benchmark's reference."""
    spec = importlib.util.spec_from_file_location("team_score", SHARED / "tools" / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


#: the summary table's score columns, in order, as score_page names them.
SCORE_COLUMNS = ("P", "R", "F", "title", "date", "press", "reporters", "leak")


def scorer_means(scorer, pages: list[dict]) -> list[str]:
    """The team scorer's mean of each score column over ``pages`` for sinmun, formatted as the table is."""
    run = scorer.TOOLS["sinmun"]()
    scores = [scorer.score_page(run(page["html"], page["url"]), page["exp"]) for page in pages]
    return [f"{sum(float(s[k]) for s in scores if k in s) / sum(1 for s in scores if k in s):.3f}"
            for k in SCORE_COLUMNS]


def test_writes_a_table_per_set_and_prints_it(bench_run):
    out, stdout = bench_run
    scorer = team_scorer()
    for name, pages in (("ko", "2 pages"), ("samples", "1 page")):
        text = (out / f"{name}.md").read_text(encoding="utf-8")
        report = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))["tools"]["sinmun"]
        assert text.startswith(f"## {name}: {pages} (")
        assert ("| tool | body P | body R | body F1 | title | date | press | reporters | leak | errors "
                "| pages/s |") in text
        row = next(line for line in text.splitlines() if line.startswith("| sinmun |"))
        cells = [c.strip() for c in row.strip("|").split("|")]
        expected = scorer_means(scorer, scorer.load_set(SHARED / SET_DIRS[name])[:2])
        assert cells[1:9] == expected
        assert cells[9:11] == ["0", f"{report['pages_per_s']:.1f}"]  # errors, pages/s
        assert "### Pages where sinmun falls short" in text
        assert text.splitlines()[0] in stdout


def test_json_holds_per_page_scores_equal_to_the_team_scorer(bench_run):
    out, _ = bench_run
    report = json.loads((out / "ko.json").read_text(encoding="utf-8"))
    sinmun = report["tools"]["sinmun"]
    assert report["pages"] == 2 and report["reps"] == 1 and report["machine"]["nproc"] >= 1
    assert sinmun["available"] and sinmun["errors"] == 0 and sinmun["pages_per_s"] > 0
    assert len(sinmun["pass_seconds"]) == 1
    assert sinmun["pages_per_s"] == pytest.approx(2 / sinmun["pass_seconds"][0])

    scorer = team_scorer()
    run = scorer.TOOLS["sinmun"]()
    pages = scorer.load_set(SHARED / "eval" / "ko")[:2]
    for page, row in zip(pages, sinmun["pages"], strict=True):
        expected = scorer.score_page(run(page["html"], page["url"]), page["exp"])
        assert row["id"] == page["id"]
        assert {k: row[k] for k in expected} == pytest.approx(expected)
        assert row["seconds"] > 0
    assert sinmun["F"] == pytest.approx(sum(r["F"] for r in sinmun["pages"]) / 2)


def test_draws_the_chart(bench_run):
    out, _ = bench_run
    png = (out / "accuracy.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000


def test_unknown_tool_is_one_line_error():
    need_shared("tools/score.py")
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "accuracy.py"), "--tools", "sinmun,nosuch",
                             "--shared", str(SHARED)], capture_output=True, text=True, timeout=600)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: unknown tool(s): nosuch (known: sinmun,")


def test_a_missing_peer_is_reported_and_the_others_still_run(tmp_path):
    """trafilatura made unimportable in the child (as when the [bench] extra is not installed)."""
    need_shared("tools/score.py")
    need_shared("samples")
    code = ("import runpy, sys; sys.modules['trafilatura'] = None; "
            f"sys.argv = ['accuracy.py', '--sets', 'samples', '--tools', 'sinmun,trafilatura', '--reps', '1', "
            f"'--out', {str(tmp_path)!r}, '--shared', {str(SHARED)!r}]; "
            f"runpy.run_path({str(ROOT / 'bench' / 'accuracy.py')!r}, run_name='__main__')")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "samples.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(): line for line in text.splitlines() if line.startswith("| ")}
    assert "not available: " in rows["trafilatura"] and "Error" in rows["trafilatura"]
    assert "not available" not in rows["sinmun"]
    report = json.loads((tmp_path / "samples.json").read_text(encoding="utf-8"))
    assert report["tools"]["trafilatura"]["available"] is False
    assert report["tools"]["sinmun"]["available"] is True
    assert (tmp_path / "accuracy.png").stat().st_size > 10_000


def test_per_page_diagnostics_name_the_wrong_field_and_the_leaked_snippet(tmp_path):
    """A set of the project's own example page, labelled with one wrong reporter and one snippet that is
    really body text, so the benchmark must report exactly that field and that snippet."""
    need_shared("tools/score.py")
    own = tmp_path / "own"
    own.mkdir()
    (own / "press-article.html").write_bytes((ROOT / "examples" / "press-article.html").read_bytes())
    expected = {
        "url": "https://www.sinmun-ilbo.example/news/articleView.html?idxno=20250812",
        "title": "서울시, 한강 야간 자전거길 12㎞ 새로 연다", "published": "2025-08-12T06:30:00+09:00",
        "press": "신문일보", "reporters": [{"name": "박기자"}],
        "body_paragraphs": ["서울시가 한강 반포지구에서 잠실지구까지 12㎞ 구간에 야간 전용 자전거길을 새로 조성한다고 12일 밝혔다."],
        "must_not_contain": ["무단전재 및 재배포 금지", "노면 유도등을 설치하고"],
    }
    (own / "press-article.expected.json").write_text(json.dumps(expected, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "results"
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "accuracy.py"), "--sets", str(own), "--tools",
                             "sinmun", "--reps", "1", "--out", str(out), "--shared", str(SHARED), "--quote"],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    page = json.loads((out / "own.json").read_text(encoding="utf-8"))["tools"]["sinmun"]["pages"][0]
    assert (page["title"], page["date"], page["press"], page["reporters"]) == (True, True, True, False)
    assert page["wrong"] == {"reporters": {"got": ["김하늘"], "want": ["박기자"]}}
    assert page["leaked"] == ["노면 유도등을 설치하고"] and page["leak"] == 0.5
    scorer = team_scorer()
    html = (own / "press-article.html").read_text(encoding="utf-8")
    want = scorer.score_page(scorer.TOOLS["sinmun"]()(html, expected["url"]),
                             {**expected, "body_text": "\n".join(expected["body_paragraphs"])})
    assert (page["P"], page["R"], page["F"]) == pytest.approx((want["P"], want["R"], want["F"]))
    assert page["R"] == 1.0 and page["P"] < 0.5  # the label keeps one of the four paragraphs
    text = (out / "own.md").read_text(encoding="utf-8")
    assert 'reporters: got ["김하늘"], want ["박기자"]; leaked: "노면 유도등을 설치하고"' in text
    assert "- reporters: 1 of 1: press-article" in text

    plain = tmp_path / "plain"  # without --quote the files name the fields, never the pages' text
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "accuracy.py"), "--sets", str(own), "--tools",
                             "sinmun", "--reps", "1", "--out", str(plain), "--shared", str(SHARED)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    page = json.loads((plain / "own.json").read_text(encoding="utf-8"))["tools"]["sinmun"]["pages"][0]
    assert (page["wrong"], page["leaked"]) == (["reporters"], 1)
    text = (plain / "own.md").read_text(encoding="utf-8")
    assert "reporters wrong; 1 snippet(s) leaked" in text and "김하늘" not in text and "노면 유도등" not in text
