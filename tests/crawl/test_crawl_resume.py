"""SIGKILL a crawl (a real subprocess) while it fetches, run the same command again: the stored articles are
exactly the expected set, each once, and no URL already stored is fetched again."""
from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("httpx")
pytest.importorskip("warcio")

sys.path.insert(0, str(Path(__file__).parents[1]))  # the shared helpers in tests/
from crawl_site import DAY, PressSite  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
DEADLINE = 120.0


def crawl_command(site: PressSite, tmp: Path) -> list[str]:
    return [sys.executable, "-c", "from sinmun.cli import main; main()", "crawl", f"{site.base}/list?page=1",
            "--since", DAY, "--until", DAY, "-o", str(tmp / "out.jsonl"), "-w", str(tmp / "out.warc.gz"),
            "--delay", "0.02", "--timeout", "60", "--no-progress", "-q"]


def article_hits(site: PressSite) -> list[str]:
    return [p for p in site.log.paths() if p.startswith("/news/")]


def run_until_killed(command: list[str], site: PressSite, after_hits: int) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + DEADLINE
    while len(article_hits(site)) < after_hits and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait()


def warc_targets(path: Path) -> list[str]:
    from warcio.archiveiterator import ArchiveIterator
    with open(path, "rb") as stream:
        return [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(stream)
                if r.rec_type == "response"]


def test_sigkill_and_resume_store_each_article_once(tmp_path):
    site = PressSite(articles=40)
    command = crawl_command(site, tmp_path)
    try:
        run_until_killed(command, site, after_hits=5)
        run_until_killed(command, site, after_hits=18)
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        finished = subprocess.run(command, env=env, capture_output=True, text=True, timeout=DEADLINE)
    finally:
        site.close()
    assert finished.returncode == 0, finished.stderr
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    titles = [r["title"] for r in records]
    assert sorted(titles) == sorted(site.title(n) for n in range(1, 41))   # late-1 is out of range
    assert len(set(titles)) == len(titles)
    # the WARC holds each page once: a record written just before a kill was cut off and fetched again
    targets = [t for t in warc_targets(tmp_path / "out.warc.gz") if "/news/" in t]
    assert len(targets) == len(set(targets)) == 41
    # only a request in flight at a kill (one host: at most one per kill) may have been sent twice
    hits = article_hits(site)
    assert len(hits) - len(set(hits)) <= 2


def test_a_record_written_after_the_last_commit_is_cut_off(tmp_path):
    from sinmun.crawl.warcfile import Exchange, WarcAppender
    path = tmp_path / "x.warc.gz"
    writer = WarcAppender(path)
    writer.open(None)
    writer.write(Exchange("http://127.0.0.1/a", [], 200, "OK", [("Content-Type", "text/html")], b"<p>a</p>"))
    committed = writer.size()
    writer.write(Exchange("http://127.0.0.1/b", [], 200, "OK", [("Content-Type", "text/html")], b"<p>b</p>"))
    writer.close()
    writer.open(committed)
    writer.write(Exchange("http://127.0.0.1/c", [], 200, "OK", [("Content-Type", "text/html")], b"<p>c</p>"))
    writer.close()
    assert warc_targets(path) == ["http://127.0.0.1/a", "http://127.0.0.1/c"]
    gzip.decompress(path.read_bytes())   # still one valid multi-member gzip file


class Crash(Exception):
    pass


def test_extraction_killed_between_checkpoints_resumes_without_doubles(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from sinmun.cli import main
    from sinmun.crawl import extracting
    from sinmun.crawl.extracting import DateRange, WarcExtractor
    from sinmun.crawl.state import CrawlState
    from sinmun.io.sinks import JsonlSink

    site = PressSite(articles=7)
    try:
        urls = [f"{site.base}/news/{n}.html" for n in range(1, 8)]
        warc = tmp_path / "w.warc.gz"
        result = CliRunner().invoke(main, ["fetch", *urls, "-w", str(warc), "--delay", "0.01", "--no-progress"],
                                    catch_exceptions=False)
    finally:
        site.close()
    assert result.exit_code == 0, result.output
    monkeypatch.setattr(extracting, "CHECKPOINT_RECORDS", 2)
    out = tmp_path / "o.jsonl"

    class Crashing(JsonlSink):
        def write(self, record):
            if self.total == 5:
                raise Crash("killed")
            super().write(record)

    state = CrawlState(str(warc) + ".state.sqlite")
    with pytest.raises(Crash):
        WarcExtractor(state, warc, {"output": Crashing(out)}, DateRange()).run()
    state.close()
    assert len(out.read_text().splitlines()) == 5        # written, but only 4 were checkpointed
    state = CrawlState(str(warc) + ".state.sqlite")
    summary = WarcExtractor(state, warc, {"output": JsonlSink(out)}, DateRange()).run()
    state.close()
    titles = [json.loads(line)["title"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(titles) == sorted(site.title(n) for n in range(1, 8))
    assert summary.articles == 3                          # 4 were done before the crash
