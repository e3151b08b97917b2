"""`sinmun run` end to end: outputs, the errors log, summaries, resume after a real SIGKILL."""
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from corpus_pages import (
    STORIES,
    article_page,
    http_response,
    list_page,
    read_jsonl,
    story_page,
    warc_record,
    write_jsonl,
    write_warc,
)

from sinmun.corpus import RunConfig, run_corpus
from sinmun.io.sinks import Sink
from sinmun.corpus.pool import OrderedPool, WorkersDying

ROOT = Path(__file__).resolve().parents[2]


def sinmun_run(*args, cwd, check=True, **kwargs):
    result = subprocess.run([sys.executable, "-m", "sinmun.cli", "run", *map(str, args)], cwd=cwd,
                            capture_output=True, text=True, **kwargs)
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture
def mixed_inputs(tmp_path):
    """A WARC, a JSONL file and a folder: 11 pages, each good or bad in its own way."""
    warc = write_warc(tmp_path / "crawl.warc.gz", [
        warc_record("https://www.sinmun-ilbo.example/news/bridge", http_response(story_page("bridge").encode())),
        warc_record("https://www.sinmun-ilbo.example/logo.png", http_response(b"\x89PNG", "image/png")),
        warc_record("https://x.example/broken", b"NOT HTTP AT ALL\r\n\r\n<html></html>"),
        warc_record("https://www.sinmun-ilbo.example/news/rain", http_response(story_page("rain").encode())),
    ])
    jsonl = write_jsonl(tmp_path / "dump.jsonl", [{"html": story_page("library"), "url": "https://a.example/lib"},
                                                  "{not json", {"html": list_page()}])
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "example.html").write_bytes((ROOT / "examples" / "press-article.html").read_bytes())
    (folder / "wire.html").write_text(story_page("wire"), encoding="utf-8")
    os.symlink(folder / "gone.html", folder / "broken-link.html")
    (folder / "empty.html").write_bytes(b"")
    return [warc, jsonl, folder]


def test_every_page_ends_in_the_output_or_the_errors_log(tmp_path, mixed_inputs):
    out = tmp_path / "out" / "corpus.jsonl"
    out.parent.mkdir()
    result = sinmun_run(*mixed_inputs, "-o", out, "--workers", "2", cwd=tmp_path)
    records = read_jsonl(out)
    log = read_jsonl(Path(f"{out}.errors.jsonl"))
    assert len(records) + len(log) == 11
    assert [r["title"] for r in records] == [
        "낡은 육교 세 곳 철거…횡단보도로 바꾼다", "주말 남부 많은 비…최대 120㎜ 예보", "동네 도서관 밤 10시까지 연다…직장인 이용 늘 듯",
        "서울시, 한강 야간 자전거길 12㎞ 새로 연다", "[속보] 반도체 수출 석 달 연속 늘어"]
    assert {(e["status"], e["reason"]) for e in log} == {
        ("skipped", "not-html"), ("error", "warc-bad-http"), ("error", "bad-json"), ("non-article", "not-article"),
        ("error", "unreadable"), ("error", "empty")}
    assert all(e["source"] for e in log)
    example = records[3]
    assert example["source"].endswith("pages/example.html")
    assert example["chars"] == len("\n\n".join(example["body_paragraphs"]))
    assert example["paragraphs"] == len(example["body_paragraphs"]) == 4
    assert example["boilerplate_removed"] == 3  # the byline, the copyright line, the subtitle repeated atop the body
    assert 0.7 < example["hangul_ratio"] < 1
    assert len({r["id"] for r in records}) == 5 and all(len(r["id"]) == 24 for r in records)
    assert "pages in       11" in result.stdout and "articles out   5" in result.stdout
    assert "errors         4" in result.stdout and "non-articles   1" in result.stdout
    assert "Traceback" not in result.stderr
    assert len([line for line in result.stderr.splitlines() if ": error: " in line]) == 4


def test_ids_are_stable_hashes_of_the_canonical_url_or_the_body(tmp_path):
    same_url = [story_page("bridge", url="https://www.sinmun-ilbo.example/news/1"),
                story_page("rain", url="HTTPS://WWW.SINMUN-ILBO.EXAMPLE/news/1#top")]
    no_url = article_page(*STORIES["library"], url="").replace('<link rel="canonical" href="">', "")
    jsonl = write_jsonl(tmp_path / "p.jsonl", [{"html": h} for h in same_url + [no_url, no_url]])
    records = []
    run_corpus(RunConfig([str(jsonl)], str(tmp_path / "o.jsonl"), workers=0), sinks=[_ListSink(records)])
    assert records[0]["id"] == records[1]["id"]
    assert records[2]["id"] == records[3]["id"] != records[0]["id"]


def test_existing_output_is_refused_unless_resume_or_overwrite(tmp_path, mixed_inputs):
    out = tmp_path / "c.jsonl"
    out.write_text("precious\n")
    refused = sinmun_run(*mixed_inputs, "-o", out, cwd=tmp_path, check=False)
    assert refused.returncode == 1
    assert refused.stderr.strip() == f"error: {out} exists: use --resume to continue an interrupted run, " \
                                     "or --overwrite to start again"
    assert out.read_text() == "precious\n"
    not_ours = sinmun_run(*mixed_inputs, "-o", out, "--resume", cwd=tmp_path, check=False)
    assert not_ours.returncode == 1 and "cannot resume: no" in not_ours.stderr
    sinmun_run(*mixed_inputs, "-o", out, "--overwrite", "--workers", "0", cwd=tmp_path)
    assert len(read_jsonl(out)) == 5
    again = sinmun_run(*mixed_inputs, "-o", out, "--resume", cwd=tmp_path)
    assert "already complete, nothing to do" in again.stdout
    changed = sinmun_run(*mixed_inputs, "-o", out, "--resume", "--dedup", cwd=tmp_path, check=False)
    assert changed.returncode == 1 and "options differ from the interrupted run (dedup)" in changed.stderr


def test_parquet_keeps_nested_fields_and_shards(tmp_path, mixed_inputs):
    out = tmp_path / "corpus.parquet"
    sinmun_run(*mixed_inputs, "-o", out, "--shard-size", "2", "--workers", "1", cwd=tmp_path)
    shards = sorted(tmp_path.glob("corpus-*.parquet"))
    assert [p.name for p in shards] == ["corpus-00000.parquet", "corpus-00001.parquet", "corpus-00002.parquet"]
    table = pq.read_table(shards[0])
    assert str(table.schema.field("reporters").type) == "list<element: struct<name: string, email: string>>"
    assert str(table.schema.field("body_paragraphs").type) == "list<element: string>"
    first = table.to_pylist()[0]
    assert first["reporters"] == [{"name": "김하늘", "email": "sky@sinmun-ilbo.example"}]
    assert sum(pq.read_metadata(p).num_rows for p in shards) == 5
    assert not list(tmp_path.glob("*.partial"))


def test_jsonl_gz_shards(tmp_path, mixed_inputs):
    out = tmp_path / "corpus.jsonl.gz"
    sinmun_run(*mixed_inputs, "-o", out, "--shard-size", "3", cwd=tmp_path)
    shards = sorted(tmp_path.glob("corpus-*.jsonl.gz"))
    assert [len(read_jsonl(p)) for p in shards] == [3, 2]


class _ListSink(Sink):
    """An extra sink, as an archive would be: receives every output record."""

    name = "list"

    def __init__(self, records):
        self.records = records

    def write(self, record):
        self.records.append(record)


def test_extra_sinks_receive_every_output_record(tmp_path, mixed_inputs):
    seen = []
    summary = run_corpus(RunConfig([str(p) for p in mixed_inputs], str(tmp_path / "o.jsonl"), workers=2),
                         sinks=[_ListSink(seen)])
    assert summary.articles_out == 5
    assert seen == read_jsonl(tmp_path / "o.jsonl")


def _die_on_three(n: int) -> int:
    if n == 3:
        os._exit(1)
    return n * 10


def test_pool_keeps_order_and_survives_a_worker_dying():
    pool = OrderedPool(_die_on_three, workers=2, on_crash=lambda n: -n, chunk_size=2)
    assert list(pool.map(range(8))) == [0, 10, 20, -3, 40, 50, 60, 70]


def _always_die(n: int) -> int:
    os._exit(1)


def test_pool_gives_up_when_every_worker_dies():
    pool = OrderedPool(_always_die, workers=1, on_crash=lambda n: -n, chunk_size=2)
    with pytest.raises(WorkersDying):
        list(pool.map(range(100)))


# ----------------------------------------------------------------- resume after SIGKILL
def _many_pages(path: Path, count: int) -> Path:
    """``count`` pages, every third line broken JSON (so a run prints a line for it)."""
    keys = list(STORIES)
    lines = []
    for i in range(count):
        title, paragraphs = STORIES[keys[i % len(keys)]]
        html = article_page(title, paragraphs + [f"이 문장은 {i}번 시험 기사에만 있다."], f"https://t.example/{i}")
        lines.append("{broken json" if i % 3 == 1 else {"html": html})
    return write_jsonl(path, lines)


def _kill_mid_run(command: list[str], state: Path, at_least: int, cwd: Path, pages: Path) -> int:
    """Kill the run once its saved state has ``at_least`` pages done, before it can finish.

    The run prints one stderr line per broken page. The test reads them up to page 902, then
    stops reading: with hundreds of lines (far more than a pipe holds) still to come, the run
    blocks on stderr and cannot finish, so no timing decides whether the kill comes in time."""
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    watchdog = threading.Timer(120, lambda: os.killpg(process.pid, signal.SIGKILL))
    watchdog.start()
    try:
        for line in process.stderr:
            if line.startswith(f"{pages}:902:"):
                break
        deadline = time.monotonic() + 120
        done, finished = 0, False
        while time.monotonic() < deadline and process.poll() is None:
            try:
                saved = json.loads(state.read_text())
                done, finished = saved["pages_done"], saved["finished"]
            except (OSError, ValueError, KeyError):
                pass
            if done >= at_least or finished:
                break
            time.sleep(0.01)
        assert at_least <= done and not finished, f"pages done {done}, finished {finished}"
        return done
    finally:
        watchdog.cancel()
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait()
        process.stderr.close()


@pytest.mark.parametrize("name, options, at_least", [
    ("out.jsonl.gz", ["--shard-size", "700", "--dedup", "keep-first", "--redact-pii"], 300),
    ("out.parquet", ["--shard-size", "400", "--dedup", "mark"], 400),
])
def test_a_killed_run_resumes_without_duplicating_or_skipping(tmp_path, name, options, at_least):
    pages = _many_pages(tmp_path / "pages.jsonl", 3000)
    base = [sys.executable, "-m", "sinmun.cli", "run", str(pages), "--workers", "2", "--no-progress",
            "--checkpoint-seconds", "0.05", *options]
    reference_dir, run_dir = tmp_path / "reference", tmp_path / "run"
    reference_dir.mkdir(), run_dir.mkdir()
    reference = subprocess.run(base + ["-o", name], cwd=reference_dir, capture_output=True, text=True)
    assert reference.returncode == 0, reference.stderr[-3000:]

    killed_at = _kill_mid_run(base + ["-o", name], run_dir / f"{name}.state.json", at_least, run_dir, pages)
    assert 0 < killed_at < 3000
    resumed = subprocess.run(base + ["-o", name, "--resume"], cwd=run_dir, capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert "done by the interrupted run" in resumed.stdout

    def contents(folder):
        records = []
        for shard in sorted(folder.glob("out-*")):
            rows = pq.read_table(shard).to_pylist() if name.endswith("parquet") else read_jsonl(shard)
            records += [(r["source"], r["id"], r["dup_cluster"], r["duplicate"], r["body_paragraphs"]) for r in rows]
        log = [(e["source"], e["reason"]) for e in read_jsonl(folder / f"{name}.errors.jsonl")]
        return records, log

    expected, got = contents(reference_dir), contents(run_dir)
    assert len(got[0]) + len(got[1]) == 3000
    assert got == expected
    assert not list(run_dir.glob("*.partial"))


def test_output_folder_is_made_and_an_unwritable_output_is_one_clear_line(tmp_path, mixed_inputs):
    from click.testing import CliRunner

    from sinmun.cli import main
    runner = CliRunner()
    made = runner.invoke(main, ["run", *map(str, mixed_inputs), "-o", str(tmp_path / "new" / "dir" / "c.jsonl"),
                                "--workers", "0", "-q"])
    assert made.exit_code == 0 and len(read_jsonl(tmp_path / "new" / "dir" / "c.jsonl")) == 5
    blocked = tmp_path / "file"
    blocked.write_text("")
    failed = runner.invoke(main, ["run", *map(str, mixed_inputs), "-o", str(blocked / "c.jsonl"), "--workers", "0"])
    assert failed.exit_code == 1
    assert failed.output.strip().splitlines()[-1].startswith("error: cannot write the output: ")
    assert "Traceback" not in failed.output


def test_run_stores_articles_in_an_archive_and_a_rerun_updates_them(tmp_path, mixed_inputs):
    from sinmun.archive.store import Archive

    out, db = tmp_path / "out" / "corpus.jsonl", tmp_path / "news.db"
    sinmun_run(*mixed_inputs, "-o", out, "--archive", db, "--workers", "0", cwd=tmp_path)
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    with Archive(db, readonly=True) as archive:
        assert archive.count() == len(written) > 0
        stored = archive.get(written[0]["id"])
        assert stored["title"] == written[0]["title"]
        assert archive.integrity() == "ok"
    sinmun_run(*mixed_inputs, "-o", out, "--archive", db, "--workers", "0", "--overwrite", cwd=tmp_path)
    with Archive(db, readonly=True) as archive:
        assert archive.count() == len(written)  # upserted by id, not duplicated
    search = subprocess.run([sys.executable, "-m", "sinmun.cli", "search", "자전거길", "--db", str(db), "--format",
                             "json"], capture_output=True, text=True, cwd=tmp_path)
    assert search.returncode == 0, search.stderr
    assert "한강 야간 자전거길" in search.stdout
