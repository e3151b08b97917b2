"""A WARC or JSONL input that gives no page at all still leaves a trace: one skipped line with its reason."""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys

import pytest

from sinmun.io.pages import InputProblem
from sinmun.io.sources import iter_pages

WARCINFO = (b"WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
            b"WARC-Date: 2025-08-05T00:00:00Z\r\nContent-Type: application/warc-fields\r\nContent-Length: 16\r\n\r\n"
            b"software: test\r\n\r\n\r\n")


def _files(tmp_path):
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_bytes(b"\n  \n\n")
    (tmp_path / "empty.warc.gz").write_bytes(b"")
    (tmp_path / "info-only.warc.gz").write_bytes(gzip.compress(WARCINFO))
    return ["empty.jsonl", "blank.jsonl", "empty.warc.gz", "info-only.warc.gz"]


def test_each_file_that_gives_no_page_is_reported_once(tmp_path):
    pytest.importorskip("fastwarc")
    names = _files(tmp_path)
    items = list(iter_pages([str(tmp_path / name) for name in names]))
    assert all(isinstance(item, InputProblem) for item in items)
    assert [(item.source, item.reason, item.status) for item in items] == [
        (str(tmp_path / name), "no-pages", "skipped") for name in names]


def test_run_counts_and_logs_them(tmp_path):
    pytest.importorskip("fastwarc")
    names = _files(tmp_path)
    out = tmp_path / "out" / "o.jsonl"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run([sys.executable, "-m", "sinmun.cli", "run", *(str(tmp_path / n) for n in names),
                           "-o", str(out), "--workers", "0"], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "skipped        4  (no-pages 4)" in done.stdout
    logged = [json.loads(line) for line in (tmp_path / "out" / "o.jsonl.errors.jsonl").read_text().splitlines()]
    assert sorted(entry["source"] for entry in logged) == sorted(str(tmp_path / n) for n in names)
