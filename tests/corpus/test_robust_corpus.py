"""`sinmun run`, its inputs and `archive add` on hostile ground: slow pages, bad URLs and dates,
outputs that are inputs, kills and SIGTERM, odd file names, FIFOs, missing extras.

Real subprocesses and files throughout; every wait is on an event (a line read, a file
appearing) or a poll with a generous deadline, never a fixed sleep or a timing assert.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest
from archive_helpers import wait_for
from corpus_pages import STORIES, article_page, read_jsonl, run_sinmun as sinmun, story_page, write_jsonl

import sinmun as sinmun_package
from sinmun.corpus.identity import canonical_url_key
from sinmun.corpus.pool import OrderedPool
from sinmun.corpus.records import reference_date_of

SRC = Path(sinmun_package.__file__).resolve().parent.parent  # the sinmun under test
DEADLINE = 120.0




def slow_page() -> str:
    """A page of 300 000 short lines: about 7 s of extraction work here (the parser keeps its first 6 M chars),
    far over a 3 s limit, while an ordinary page takes milliseconds even on a busy machine."""
    lines = "".join(f"짧은 줄 {i}번입니다. 다음 줄로<br><br>" for i in range(300_000))
    return f"<html><body><div>{lines}</div></body></html>"


# ----------------------------------------------------------------- 1. a real time limit
def _sleep_on_three(n: int) -> int:
    if n == 3:
        time.sleep(3600)  # blocked in C: only killing the worker ends this
    return n * 10


def test_pool_kills_a_worker_that_overruns_and_goes_on():
    pool = OrderedPool(_sleep_on_three, workers=2, on_crash=lambda n: -n, chunk_size=4, timeout=5,
                       on_timeout=lambda n: ("timeout", n))
    assert list(pool.map(range(10))) == [0, 10, 20, ("timeout", 3), 40, 50, 60, 70, 80, 90]


def test_a_page_over_the_time_limit_is_logged_as_timeout_and_the_run_goes_on(tmp_path):
    pages = write_jsonl(tmp_path / "pages.jsonl", [
        {"html": story_page("bridge")}, {"html": slow_page()}, {"html": story_page("rain")}])
    out = tmp_path / "out.jsonl"
    result = sinmun("run", pages, "-o", out, "--workers", "1", "--page-timeout", "3", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [r["title"] for r in read_jsonl(out)] == [STORIES["bridge"][0], STORIES["rain"][0]]
    (entry,) = read_jsonl(Path(f"{out}.errors.jsonl"))
    assert (entry["source"], entry["reason"]) == (f"{pages}:2", "timeout")
    assert "errors         1  (timeout 1)" in result.stdout


# ----------------------------------------------------------------- 2, 3. bad URLs and dates
def test_url_keys_never_raise():
    assert canonical_url_key("http://a.com:99999/x") == "http://a.com:99999/x"
    assert canonical_url_key("http://[::1/x") == "http://[::1/x"
    assert canonical_url_key("HTTP://A.example:80") == "http://a.example/"


def test_a_bad_url_or_an_out_of_range_date_costs_no_page(tmp_path):
    bad_url = "http://a.com:99999/x"
    pages = write_jsonl(tmp_path / "pages.jsonl", [
        {"html": story_page("bridge")},
        {"html": story_page("library", url=bad_url), "url": bad_url},
        {"html": story_page("rain"), "fetched_at": "9999-12-31T23:59:59-12:00"},
        {"html": story_page("wire")}])
    out = tmp_path / "out.jsonl"
    result = sinmun("run", pages, "-o", out, "--workers", "0", cwd=tmp_path)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    records = read_jsonl(out)
    log = read_jsonl(Path(f"{out}.errors.jsonl"))
    assert len(records) + len(log) == 4
    titles = [r["title"] for r in records]
    assert STORIES["bridge"][0] in titles and STORIES["wire"][0] in titles and STORIES["rain"][0] in titles
    assert str(reference_date_of("9999-12-31T23:59:59-12:00")) == "9999-12-31"


# ----------------------------------------------------------------- 4. an output that is an input
def test_an_output_that_is_an_input_is_refused_and_the_input_kept(tmp_path):
    pages = write_jsonl(tmp_path / "pages.jsonl", [{"html": story_page("bridge")}])
    before = pages.read_bytes()
    os.link(pages, tmp_path / "hard.jsonl")
    for output in ("pages.jsonl", "./pages.jsonl", "hard.jsonl", str(pages)):
        result = sinmun("run", "pages.jsonl", "-o", output, "--overwrite", cwd=tmp_path)
        assert result.returncode == 1, (output, result.stdout)
        assert "is also an input" in result.stderr and "Traceback" not in result.stderr
    refused = sinmun("run", "pages.jsonl.errors.jsonl", "pages.jsonl", "-o", "pages.jsonl", cwd=tmp_path)
    assert refused.returncode == 1 and "is also an input" in refused.stderr
    assert pages.read_bytes() == before


def test_an_input_file_where_the_output_goes_in_an_input_folder_or_glob_is_refused(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    write_jsonl(folder / "a.jsonl", [{"html": story_page("bridge")}])
    theirs = write_jsonl(folder / "b.jsonl", [{"html": story_page("rain")}])
    before = theirs.read_bytes()
    for source in ("data", "data/*.jsonl"):
        result = sinmun("run", source, "-o", "data/b.jsonl", "--overwrite", cwd=tmp_path)
        assert result.returncode == 1 and "was not written by sinmun run" in result.stderr, result.stderr
    assert theirs.read_bytes() == before
    theirs.unlink()  # sinmun's own output in an input folder is skipped, run after run
    for _ in range(2):
        ran = sinmun("run", "data/*.jsonl", "-o", "data/b.jsonl", "--overwrite", "--workers", "0", cwd=tmp_path)
        assert ran.returncode == 0, ran.stderr
        assert [r["title"] for r in read_jsonl(folder / "b.jsonl")] == [STORIES["bridge"][0]]


# ----------------------------------------------------------------- 5, 6, 8. kills, SIGTERM, odd names
def _pages(path: Path, count: int, broken_every: int = 3) -> Path:
    keys = list(STORIES)
    lines = []
    for i in range(count):
        title, paragraphs = STORIES[keys[i % len(keys)]]
        html = article_page(title, paragraphs + [f"{i}번 시험 기사에만 있는 문장."], f"https://t.example/{i}")
        lines.append("{broken json" if i % broken_every == 1 else {"html": html})
    return write_jsonl(path, lines)


class Running:
    """A `sinmun run` subprocess whose stderr lines (one a failed page) are the test's events.

    While the test does not read them, the run stops at the next line once the pipe is full:
    with enough failed pages left, it cannot finish before the test lets it."""

    def __init__(self, args: list, cwd: Path) -> None:
        command = [sys.executable, "-m", "sinmun.cli", "run", *map(str, args)]
        self.process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True, start_new_session=True)
        self.watchdog = threading.Timer(DEADLINE, self.kill_group)
        self.watchdog.start()

    def read_until(self, text: str) -> None:
        for line in self.process.stderr:
            if text in line:
                return
        pytest.fail(f"the run ended before printing {text!r} (exit {self.process.wait()})")

    def descendants(self) -> list[psutil.Process]:
        return psutil.Process(self.process.pid).children(recursive=True)

    def kill_group(self) -> None:
        self.watchdog.cancel()
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def finish(self) -> tuple[int, str]:
        rest = self.process.stderr.read()  # EOF: every holder of the pipe is gone
        code = self.process.wait()
        self.watchdog.cancel()
        return code, rest


def _all_gone(processes: list[psutil.Process]) -> bool:
    def alive(p: psutil.Process) -> bool:
        try:
            return p.is_running() and p.status() != psutil.STATUS_ZOMBIE
        except psutil.NoSuchProcess:
            return False
    return not any(alive(p) for p in processes)


def test_sigkill_of_the_run_takes_its_workers_and_helpers_along(tmp_path):
    pages = _pages(tmp_path / "pages.jsonl", 3000)
    run = Running([pages, "-o", "out.jsonl", "--workers", "2", "--no-progress"], tmp_path)
    try:
        run.read_until(f"{pages}:302:")
        children = run.descendants()
        assert len(children) >= 2  # the workers (and the forkserver, the resource tracker)
        run.process.send_signal(signal.SIGKILL)
        assert run.process.wait() == -signal.SIGKILL
        wait_for(lambda: _all_gone(children), "the workers and helpers to die with the run", DEADLINE)
        run.finish()  # and nobody holds the caller's pipe any more
    finally:
        run.kill_group()


def test_sigterm_stops_like_ctrl_c_and_the_run_resumes(tmp_path):
    pages = _pages(tmp_path / "pages.jsonl", 3000)
    args = [pages, "-o", "out.jsonl", "--workers", "2", "--no-progress", "--checkpoint-seconds", "0.05"]
    run = Running(args, tmp_path)
    run.read_until(f"{pages}:302:")
    children = run.descendants()
    run.process.send_signal(signal.SIGTERM)
    code, rest = run.finish()
    assert code == 143, rest
    assert "terminated: run the same command with --resume" in rest and "Traceback" not in rest
    wait_for(lambda: _all_gone(children), "the workers to stop", DEADLINE)
    resumed = sinmun("run", *args, "--resume", cwd=tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    records, log = read_jsonl(tmp_path / "out.jsonl"), read_jsonl(tmp_path / "out.jsonl.errors.jsonl")
    assert len(records) == 2000 and len(log) == 1000
    assert len({r["source"] for r in records} | {e["source"] for e in log}) == 3000


def test_a_run_killed_in_its_first_moments_resumes(tmp_path):
    pages = _pages(tmp_path / "pages.jsonl", 400)
    args = [pages, "-o", "out.jsonl.gz", "--workers", "1", "--no-progress", "-q"]
    process = subprocess.Popen([sys.executable, "-m", "sinmun.cli", "run", *map(str, args)], cwd=tmp_path,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_for(lambda: (tmp_path / "out.jsonl.gz").exists() or process.poll() is not None, "the output to appear",
                 DEADLINE)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    assert (tmp_path / "out.jsonl.gz.state.json").exists()
    resumed = sinmun("run", *args, "--resume", cwd=tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    assert len(read_jsonl(tmp_path / "out.jsonl.gz")) == 400 - 133


def test_file_names_that_are_not_utf8(tmp_path):
    odd = os.fsencode(tmp_path) + b"/\xff\xfe-page.html"
    with open(odd, "wb") as stream:
        stream.write(story_page("rain").encode())
    out = os.fsencode(tmp_path) + b"/out-\xff.jsonl"
    first = sinmun("run", odd, "-o", out, "--workers", "0", cwd=tmp_path)
    assert first.returncode == 0 and "Traceback" not in first.stderr, first.stderr
    assert "articles out   1" in first.stdout and "out-\\xff.jsonl" in first.stdout
    state = json.loads(Path(os.fsdecode(out + b".state.json")).read_text(encoding="utf-8"))
    assert state["finished"] and state["config"]["inputs"] == [os.fsdecode(odd)]
    again = sinmun("run", odd, "-o", out, "--resume", cwd=tmp_path)
    assert again.returncode == 0 and "already complete" in again.stdout, again.stderr


# ----------------------------------------------------------------- 11. the base install
BLOCKER = """
import sys

class _NoExtras:
    blocked = ("fastwarc", "pyarrow", "datasketch", "rich", "numpy")

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in self.blocked:
            raise ImportError(f"No module named {name!r} (blocked by the test)", name=name)
        return None

sys.meta_path.insert(0, _NoExtras())
"""


def test_run_works_without_the_corpus_extra_and_says_what_is_missing(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(BLOCKER)  # every interpreter of the run: its workers too
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(site), str(SRC)]))
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.html").write_text(story_page("bridge"), encoding="utf-8")
    (folder / "b.html").write_text(story_page("rain"), encoding="utf-8")
    ran = sinmun("run", folder, "-o", "out.jsonl", "--workers", "1", cwd=tmp_path, env=env)
    assert ran.returncode == 0, ran.stderr
    assert len(read_jsonl(tmp_path / "out.jsonl")) == 2
    (tmp_path / "crawl.warc").write_bytes(b"")
    for args in (["crawl.warc", "-o", "w.jsonl"], [folder, "-o", "p.parquet"], [folder, "-o", "d.jsonl", "--dedup"]):
        missing = sinmun("run", *args, cwd=tmp_path, env=env)
        assert missing.returncode == 1, missing.stderr
        assert missing.stderr.strip().endswith("pip install 'sinmun[corpus]'") and "Traceback" not in missing.stderr
        assert len(missing.stderr.strip().splitlines()) == 1
