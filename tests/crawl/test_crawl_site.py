"""sinmun crawl / fetch against the fake press site on 127.0.0.1 (tests/crawl_site.py): politeness, discovery,
date filters, walls, retries, redirects, charsets, and the WARC re-extracting to the same records."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("httpx")
pytest.importorskip("protego")
pytest.importorskip("warcio")

sys.path.insert(0, str(Path(__file__).parents[1]))  # the shared helpers in tests/
from crawl_site import DAY, PressSite  # noqa: E402

from sinmun.cli import main  # noqa: E402

DELAY = 0.05
CRAWL_DELAY = 0.2
# Short delays keep the suite quick; the timeouts stay generous so that a loaded machine never turns a
# slow answer into a failure (only /hang.html, which never finishes, is meant to time out).
FAST = ["--delay", str(DELAY), "--timeout", "60", "--retries", "1", "--backoff", "0.05", "--no-progress"]
HANG_TIMEOUT = ["--timeout", "8"]


def outlet_file(tmp_path: Path, site: PressSite) -> Path:
    path = tmp_path / "outlets.json"
    path.write_text(json.dumps({"fake": {
        "title": "가상일보", "hosts": ["127.0.0.1"], "sections": {},
        "sources": [{"kind": "newsmap", "url": f"{site.base}/sitemap_index.xml"},
                    {"kind": "rss", "url": f"{site.base}/rss.xml"},
                    {"kind": "list", "url": f"{site.base}/list?page={{page}}"}]}}), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """One crawl of the whole fake outlet, shared by the assertions below."""
    tmp = tmp_path_factory.mktemp("crawl")
    site = PressSite(articles=12, crawl_delay=CRAWL_DELAY)
    out = tmp / "out.jsonl"
    args = ["crawl", "fake", "--sources", str(outlet_file(tmp, site)), "--since", DAY, "--until", DAY,
            "-o", str(out), "-w", str(tmp / "out.warc.gz"), *FAST, *HANG_TIMEOUT]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    site.close()
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    errors = [json.loads(line) for line in (tmp / "out.jsonl.errors.jsonl").read_text().splitlines()]
    return {"site": site, "result": result, "records": records, "errors": errors, "tmp": tmp, "out": out}


def reasons(crawled) -> dict[str, str]:
    return {Path(e["url"].split("?")[0]).name: e["reason"] for e in crawled["errors"] if e.get("url")}


def test_the_crawl_stores_exactly_the_expected_articles(crawled):
    assert crawled["result"].exit_code == 0, crawled["result"].output
    site = crawled["site"]
    titles = sorted(r["title"] for r in crawled["records"])
    # 1..12 from the sitemap, the feed and the list, 13 only through the 301 -> 302 chain, and the two
    # pages that answered 429 and 503 first
    expected = sorted([site.title(n) for n in range(1, 14)] + ["busy 기사", "flaky 기사"])
    assert titles == expected
    assert len({r["id"] for r in crawled["records"]}) == len(crawled["records"])


def test_euc_kr_pages_with_the_charset_only_in_the_header_are_read(crawled):
    site = crawled["site"]
    titles = {r["title"] for r in crawled["records"]}
    assert {site.title(3), site.title(6), site.title(9), site.title(12)} <= titles


def test_robots_rules_are_obeyed_and_reported(crawled):
    paths = crawled["site"].log.paths()
    assert paths[0] == "/robots.txt"
    assert not [p for p in paths if p.startswith("/private/")]
    assert reasons(crawled)["secret.html"] == "robots-disallowed"


def test_each_request_starts_at_least_the_crawl_delay_after_the_previous_answer(crawled):
    hits = crawled["site"].log.snapshot()
    assert len(hits) > 20
    gaps = [later.at - earlier.answered for earlier, later in zip(hits, hits[1:])]
    assert min(gaps) >= CRAWL_DELAY   # robots.txt's Crawl-delay (0.2 s) beats --delay 0.05


def test_retry_after_is_respected_and_503_is_retried(crawled):
    hits = [h for h in crawled["site"].log.snapshot() if h.path == "/busy.html"]
    assert len(hits) == 2
    assert hits[1].at - hits[0].answered >= 1.0          # Retry-After: 1
    assert crawled["site"].log.count("/flaky.html") == 2


def test_the_summary_counts_the_walls(crawled):
    output = crawled["result"].output
    assert "BLOCKED        2 URLs answered with a bot wall" in output
    assert "http-403-bot-wall 1" in output and "robots-disallowed 1" in output


def test_failures_have_their_reasons_and_walls_are_not_stored(crawled):
    found = reasons(crawled)
    assert found["missing.html"] == "http-404"
    assert found["hang.html"] == "timeout"
    assert found["wall.html"] == "http-403-bot-wall"
    assert found["challenge.html"] == "bot-wall"
    assert found["report.pdf"] == "not-html"            # fetched (200), stored in the WARC, not an article
    urls = {r["url"] for r in crawled["records"]}
    assert not [u for u in urls if "wall" in u or "challenge" in u]


def test_dates_filter_before_fetching_and_after_extracting(crawled):
    site, found = crawled["site"], reasons(crawled)
    paths = site.log.paths()
    for name in ("old-1.html", "old-3.html"):          # dated by the news sitemap, by the feed
        assert found[name] == "out-of-range"
        assert f"/news/{name}" not in paths
    assert "/sitemap-old.xml" not in paths               # the index says it was last modified before --since
    assert "/news/late-1.html" in paths                  # the list gives no date: fetched ...
    assert found["late-1.html"] == "out-of-range"        # ... and dropped by its published date


def test_no_url_is_fetched_twice_across_variants(crawled):
    paths = [p for p in crawled["site"].log.paths() if p.startswith("/news/")]
    assert len(paths) == len(set(p.split("?")[0] for p in paths))


def test_the_warc_re_extracts_to_the_same_records_with_sinmun_run(crawled, monkeypatch):
    tmp = crawled["tmp"]
    again = tmp / "again.jsonl"
    result = CliRunner().invoke(main, ["run", str(tmp / "out.warc.gz"), "-o", str(again), "--workers", "0"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    rerun = {r["id"]: r for r in map(json.loads, again.read_text(encoding="utf-8").splitlines())}
    for record in crawled["records"]:
        assert rerun[record["id"]] == record
    # what `sinmun run` has beyond the crawl is the article the crawl dropped as out of range
    extra = [r["url"] for r in rerun.values() if r["id"] not in {c["id"] for c in crawled["records"]}]
    assert [Path(u).name for u in extra] == ["late-1.html"]


def test_fetch_refetch_is_conditional(tmp_path):
    site = PressSite(articles=3)
    try:
        args = ["fetch", f"{site.base}/news/1.html", "-w", str(tmp_path / "f.warc.gz"), *FAST]
        assert CliRunner().invoke(main, args, catch_exceptions=False).exit_code == 0
        assert CliRunner().invoke(main, args, catch_exceptions=False).exit_code == 0
        assert site.log.count("/news/1.html") == 1       # already fetched: not again
        assert CliRunner().invoke(main, [*args, "--refetch"], catch_exceptions=False).exit_code == 0
    finally:
        site.close()
    hits = [h for h in site.log.snapshot() if h.path == "/news/1.html"]
    assert len(hits) == 2 and hits[1].headers.get("If-None-Match") == '"a1"'
    errors = (tmp_path / "f.warc.gz.errors.jsonl").read_text()
    assert '"not-modified"' in errors


def test_user_agent_names_sinmun_and_a_contact_url(crawled):
    agent = crawled["site"].log.snapshot()[0].headers["User-Agent"]
    assert agent.startswith("sinmun/") and "+http" in agent


def test_max_limits_the_articles_fetched(tmp_path):
    site = PressSite(articles=12, hang=False)
    try:
        args = ["crawl", "fake", "--sources", str(outlet_file(tmp_path, site)), "--since", DAY, "--max", "3",
                "-o", str(tmp_path / "m.jsonl"), *FAST]
        result = CliRunner().invoke(main, args, catch_exceptions=False)
    finally:
        site.close()
    assert result.exit_code == 0, result.output
    assert len((tmp_path / "m.jsonl").read_text().splitlines()) == 3
    assert len([p for p in site.log.paths() if p.startswith("/news/")]) == 3


def test_crawling_a_site_root_follows_the_sitemaps_of_its_robots_txt(tmp_path):
    site = PressSite(articles=12, hang=False)
    try:
        args = ["crawl", f"{site.base}/", "--since", DAY, "--until", DAY, "-o", str(tmp_path / "r.jsonl"), *FAST]
        result = CliRunner().invoke(main, args, catch_exceptions=False)
    finally:
        site.close()
    assert result.exit_code == 0, result.output
    titles = {json.loads(line)["title"] for line in (tmp_path / "r.jsonl").read_text().splitlines()}
    assert titles == {site.title(n) for n in range(1, 7)}   # the news sitemap's articles


def test_bad_output_name_is_one_line_before_any_request(tmp_path):
    site = PressSite(articles=2)
    try:
        result = CliRunner().invoke(main, ["fetch", f"{site.base}/news/1.html", "-o",
                                                           str(tmp_path / "x.txt"), *FAST])
    finally:
        site.close()
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().startswith("error: output must end in")
    assert site.log.paths() == []


def test_a_second_round_reads_the_sources_again_but_fetches_only_new_articles(tmp_path):
    site = PressSite(articles=4, hang=False)
    args = ["crawl", f"{site.base}/rss.xml", "--since", DAY, "--until", DAY, "-o", str(tmp_path / "o.jsonl"),
            *FAST, "--retries", "0"]
    try:
        first = CliRunner().invoke(main, args, catch_exceptions=False)
        articles_after_first = [p for p in site.log.paths() if p.startswith("/news/")]
        second = CliRunner().invoke(main, args, catch_exceptions=False)
    finally:
        site.close()
    assert first.exit_code == 0 and second.exit_code == 0, second.output
    assert site.log.count("/rss.xml") == 2
    assert site.log.count("/busy.html") == 2              # a 429 is tried again in the next round
    assert site.log.count("/missing.html") == 1           # a 404 is not
    assert [p for p in site.log.paths() if p.startswith("/news/")] == articles_after_first
    records = [json.loads(line) for line in (tmp_path / "o.jsonl").read_text().splitlines()]
    assert len({r["id"] for r in records}) == len(records) == 7
    # 1-4, 5 through the redirect chain, and (no retries within a round) the 429 and the 503 of the first
    # round, which the second round tried again
    assert {"busy 기사", "flaky 기사"} <= {r["title"] for r in records}


def test_fetch_to_parquet_and_archive(tmp_path):
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    from sinmun.archive.store import Archive
    site = PressSite(articles=3)
    try:
        urls = [f"{site.base}/news/{n}.html" for n in (1, 2, 3)]
        result = CliRunner().invoke(main, ["fetch", *urls, "-o", str(tmp_path / "p.parquet"), "--archive",
                                           str(tmp_path / "a.db"), *FAST], catch_exceptions=False)
    finally:
        site.close()
    assert result.exit_code == 0, result.output
    assert sorted(pq.read_table(tmp_path / "p.parquet").column("title").to_pylist()) == sorted(
        site.title(n) for n in (1, 2, 3))
    with Archive(tmp_path / "a.db") as archive:
        assert archive.count() == 3
    assert (tmp_path / "p.warc.gz").exists()


def test_two_processes_never_share_one_state(tmp_path):
    from sinmun.crawl.job import Job, JobConfig
    holder = Job(JobConfig(tmp_path / "s.warc.gz"))
    try:
        result = CliRunner().invoke(main, ["fetch", "http://127.0.0.1:9/x", "-w", str(tmp_path / "s.warc.gz"),
                                           "--no-progress"])
    finally:
        holder.state.close()
        holder.lock.close()
    assert result.exit_code == 1
    assert "another sinmun fetch/crawl is using" in result.stderr and "Traceback" not in result.stderr


def test_articles_already_in_the_archive_are_not_fetched_again(tmp_path):
    site = PressSite(articles=4, hang=False)
    db = tmp_path / "a.db"
    try:
        first = [f"{site.base}/news/{n}.html" for n in (1, 2)]
        CliRunner().invoke(main, ["fetch", *first, "--archive", str(db), "-w", str(tmp_path / "f.warc.gz"), *FAST],
                           catch_exceptions=False)
        result = CliRunner().invoke(main, ["crawl", f"{site.base}/rss.xml", "--since", DAY, "--archive", str(db),
                                           "-w", str(tmp_path / "c.warc.gz"), *FAST, "--retries", "0"],
                                    catch_exceptions=False)
    finally:
        site.close()
    assert result.exit_code == 0, result.output
    assert site.log.count("/news/1.html") == site.log.count("/news/2.html") == 1
    assert site.log.count("/news/3.html") == 1
    assert "already-archived 2" in result.output


def test_hosts_are_fetched_side_by_side_each_one_request_at_a_time(tmp_path):
    sites = [PressSite(articles=4, crawl_delay=0.3), PressSite(articles=4, crawl_delay=0.3)]
    try:
        urls = [f"{site.base}/news/{n}.html" for n in range(1, 5) for site in sites]
        result = CliRunner().invoke(main, ["fetch", *urls, "-w", str(tmp_path / "h.warc.gz"), *FAST],
                                    catch_exceptions=False)
    finally:
        for site in sites:
            site.close()
    assert result.exit_code == 0, result.output
    first, second = (site.log.snapshot() for site in sites)
    for hits in (first, second):   # per host: each request after the previous answer plus the crawl delay
        assert len(hits) == 5 and min(b.at - a.answered for a, b in zip(hits, hits[1:])) >= 0.3
    assert second[0].at < first[-1].at and first[0].at < second[-1].at   # the two hosts overlapped in time


def test_robots_txt_is_retried_before_a_host_is_given_up(tmp_path):
    site = PressSite(articles=2, robots_fails_first=True)
    try:
        result = CliRunner().invoke(main, ["fetch", f"{site.base}/news/1.html", "-w", str(tmp_path / "r.warc.gz"),
                                           *FAST], catch_exceptions=False)
    finally:
        site.close()
    assert result.exit_code == 0, result.output
    assert site.log.paths() == ["/robots.txt", "/robots.txt", "/news/1.html"]


def test_robots_txt_unavailable_means_nothing_is_fetched(tmp_path):
    site = PressSite(articles=2, robots_fails_first=True)
    try:
        result = CliRunner().invoke(main, ["fetch", f"{site.base}/news/1.html", "-w", str(tmp_path / "r.warc.gz"),
                                           *FAST, "--retries", "0"], catch_exceptions=False)
    finally:
        site.close()
    assert site.log.paths() == ["/robots.txt"]
    assert "robots-unavailable" in result.output and "HTTP 503" in result.stderr


def test_bodies_beyond_max_bytes_are_cut_and_marked_truncated(tmp_path):
    from warcio.archiveiterator import ArchiveIterator
    site = PressSite(articles=2)
    warc = tmp_path / "t.warc.gz"
    try:
        result = CliRunner().invoke(main, ["fetch", f"{site.base}/news/1.html", "-w", str(warc), "--max-bytes",
                                           "1024", *FAST], catch_exceptions=False)
    finally:
        site.close()
    assert result.exit_code == 0, result.output
    with open(warc, "rb") as stream:
        responses = [(r.rec_headers.get_header("WARC-Truncated"), len(r.content_stream().read()))
                     for r in ArchiveIterator(stream) if r.rec_type == "response"]
    assert responses == [("length", 1024)]


def test_a_host_met_again_later_still_waits_its_delay(tmp_path):
    """A/go redirects to B, whose /go redirects back to A: A's worker has finished by then, and the new one
    must still wait the delay after A's last answer (--ignore-robots: B answers at once, without a robots.txt)."""
    from urllib.parse import quote
    a, b = PressSite(articles=2), PressSite(articles=2)
    try:
        back = f"{a.base}/news/2.html"
        there = f"{b.base}/go?to={quote(back, safe='')}"
        result = CliRunner().invoke(main, ["fetch", f"{a.base}/go?to={quote(there, safe='')}", "-w",
                                           str(tmp_path / "g.warc.gz"), *FAST, "--delay", "0.5", "--ignore-robots"],
                                    catch_exceptions=False)
    finally:
        a.close()
        b.close()
    assert result.exit_code == 0, result.output
    hits = a.log.snapshot()
    assert [h.path.split("?")[0] for h in hits] == ["/go", "/news/2.html"]
    assert b.log.paths()[0].startswith("/go")
    assert hits[1].at - hits[0].answered >= 0.5


@pytest.mark.parametrize("args,message", [
    (["crawl", "no-such-outlet", "--since", DAY], "unknown outlet"),
    (["crawl", "naver", "--since", "2025-13-01"], "dates are YYYY-MM-DD"),
    (["crawl", "naver", "--since", DAY, "--until", "2025-08-01"], "--until is before --since"),
    (["crawl", "naver", "--since", DAY, "--source", "rss,telepathy"], "unknown kind"),
    (["fetch"], "give URLs or -i FILE"),
])
def test_usage_errors_are_one_line(args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and message in result.stderr and "Traceback" not in result.stderr


def test_a_broken_sources_file_is_one_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"x": {"sources": [{"url": "http://a/"}]}}')
    result = CliRunner().invoke(main, ["crawl", "x", "--since", DAY, "--sources", str(bad)])
    assert result.exit_code == 2 and "not a valid outlets file" in result.stderr


def test_a_non_url_input_is_reported_and_the_others_fetched(tmp_path):
    site = PressSite(articles=1)
    try:
        result = CliRunner().invoke(main, ["fetch", "not a url", f"{site.base}/news/1.html", "-w",
                                           str(tmp_path / "n.warc.gz"), *FAST], catch_exceptions=False)
    finally:
        site.close()
    assert result.exit_code == 0
    assert "not a url: error: not an http(s) URL" in result.stderr
    assert site.log.count("/news/1.html") == 1


def test_a_malformed_redirect_is_logged_not_raised(tmp_path):
    from urllib.parse import quote
    site = PressSite(articles=1, hang=False)
    try:
        args = ["fetch", f"{site.base}/go?to={quote('http://a.example:99999/x')}", f"{site.base}/news/1.html",
                "-w", str(tmp_path / "r.warc.gz"), *FAST]
        result = CliRunner().invoke(main, args, catch_exceptions=False)
    finally:
        site.close()
    assert "Traceback" not in result.output
    reasons = [json.loads(line)["reason"] for line in (tmp_path / "r.warc.gz.errors.jsonl").read_text().splitlines()]
    assert reasons == ["bad-redirect"]
    assert site.log.count("/news/1.html") == 1  # the other page was fetched
