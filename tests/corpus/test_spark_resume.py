"""The README's spark-submit command over an https:// path list (a real TLS server on 127.0.0.1 with a
self-signed certificate): killed after two of three inputs are finished, the rerun skips them, reads
only the third, and the rows are sinmun run's on the same files."""
import json
import os
import shutil
import signal
import ssl
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from corpus_pages import STORIES, article_page, http_response, list_page, read_jsonl, story_page, warc_record, write_warc

import sinmun.corpus.spark
from sinmun.corpus import RunConfig, run_corpus

SRC = Path(sinmun.corpus.spark.__file__).resolve().parents[2]
CRAWL = "crawl-data/CC-MAIN-2025-38/segments/1/warc"
NEWS = "https://www.sinmun-ilbo.example/news/"


def _certificate(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    return cert, key


class _Files(BaseHTTPRequestHandler):
    """Serves ``root``; the file named ``held`` only once ``release`` is set; ``requests`` lists the GETs."""

    root: Path
    held: str
    release: threading.Event
    requests: list

    def do_HEAD(self):  # noqa: N802  (fsspec asks for the size first)
        self._answer(body=False)

    def do_GET(self):  # noqa: N802
        self._answer(body=True)

    def _answer(self, body: bool) -> None:
        name = self.path.lstrip("/")
        if body:
            self.requests.append(name)
            if name.endswith(self.held):
                self.release.wait(300)
        path = self.root / name
        if not path.is_file():
            self.send_error(404)
            return
        data = path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if body:
            try:
                self.wfile.write(data)
            except OSError:  # the killed job's connection
                pass

    def log_message(self, *args):
        pass


@pytest.fixture
def server(tmp_path):
    if not shutil.which("java") or not shutil.which("openssl"):
        pytest.skip("needs java and openssl")
    cert, key = _certificate(tmp_path)
    handler = type("Handler", (_Files,), {"root": tmp_path / "www", "held": "c.warc.gz",
                                          "release": threading.Event(), "requests": []})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"https://127.0.0.1:{httpd.server_address[1]}/", handler, cert
    handler.release.set()
    httpd.shutdown()


def _crawl(folder: Path) -> list[Path]:
    wire = STORIES["wire"]
    copy = article_page(wire[0], [f"(세종=연합뉴스) {wire[1][0]}"] + wire[1][1:], NEWS + "copy", press="다른신문")
    pages = {"a": [("wire", story_page("wire")), ("section", list_page())],
             "b": [("rain", story_page("rain")), ("copy", copy)],
             "c": [("bridge", story_page("bridge")), ("again", story_page("wire", url=NEWS + "again"))]}
    folder.mkdir(parents=True)
    return [write_warc(folder / f"{name}.warc.gz", [warc_record(NEWS + key, http_response(page.encode()))
                                                    for key, page in records]) for name, records in pages.items()]


def _submit(paths: Path, out: Path, base_url: str, cert: Path, hosts: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(SRC), PYSPARK_PYTHON=sys.executable, SSL_CERT_FILE=str(cert))
    spark_submit = Path(sys.executable).with_name("spark-submit")
    command = [str(spark_submit), "--master", "local[2]", "--conf", "spark.ui.enabled=false",
               "--conf", "spark.sql.shuffle.partitions=2", sinmun.corpus.spark.__file__,
               str(paths), "-o", str(out), "--base-url", base_url, "--news-hosts", str(hosts), "--dedup"]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)


def _wait_for(condition, process: subprocess.Popen, seconds: float = 240) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert process.poll() is None, process.stdout.read()
        assert time.monotonic() < deadline, "the job did not get there"
        time.sleep(0.2)


def test_killed_job_resumes_over_https(server, tmp_path):
    base_url, handler, cert = server
    files = _crawl(tmp_path / "www" / CRAWL)
    paths = tmp_path / "warc.paths"
    paths.write_text("".join(f"{CRAWL}/{f.name}\n" for f in files) + f"{CRAWL}/d-missing.warc.gz\n")
    hosts = tmp_path / "hosts.txt"
    hosts.write_text("sinmun-ilbo.example\n")
    out = tmp_path / "out"
    markers = out / "_markers"
    job = _submit(paths, out, base_url, cert, hosts)
    try:
        _wait_for(lambda: len(list(markers.glob("*.json"))) == 2 and any(r.endswith("c.warc.gz")
                                                                          for r in handler.requests), job)
    finally:
        os.killpg(job.pid, signal.SIGKILL)
        job.wait(60)
    assert sorted(p.name.split("-")[0] for p in markers.glob("*.json")) == ["a.warc.gz", "b.warc.gz"]
    assert not (out / "articles").exists()
    handler.release.set()
    before = len(handler.requests)
    rerun = _submit(paths, out, base_url, cert, hosts)
    output, _ = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, output
    assert "inputs         4 (2 finished before, skipped)" in output and "unfinished     1" in output
    # a and b are not read again; d (404, no marker) is tried again
    assert sorted(r.rsplit("/", 1)[-1] for r in handler.requests[before:]) == ["c.warc.gz", "d-missing.warc.gz"]
    summary = json.loads((out / "summary.json").read_text())
    assert summary["counters"]["errors"] == {"unreadable": 1} and summary["inputs_unfinished"] == 1
    rows = ds.dataset(str(out / "articles"), format="parquet", partitioning="hive").to_table().to_pylist()
    run_corpus(RunConfig([str(f) for f in files], str(tmp_path / "run.jsonl"), workers=0, dedup="mark"))
    fields = ("id", "url", "title", "body_paragraphs", "dup_cluster", "duplicate")
    expected = sorted(tuple(json.dumps(r[k], ensure_ascii=False) for k in fields) for r in read_jsonl(tmp_path / "run.jsonl"))
    assert sorted(tuple(json.dumps(r[k], ensure_ascii=False) for k in fields) for r in rows) == expected
    assert len(expected) == 5 and all(r["crawl"] == "CC-MAIN-2025-38" and r["warc_file"].startswith(base_url)
                                      for r in rows)
