"""Small hand-written Korean articles and helpers shared by the archive tests."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def article(key: str, title: str, body: list[str], *, press: str = "신문일보", section: str = "정치",
            published: str = "2025-08-05T10:00:00+09:00", reporter: str = "김하늘", **extra) -> dict:
    record = {"title": title, "subtitle": None, "published": published, "updated": None, "press": press,
              "portal": None, "reporters": [{"name": reporter, "email": None}], "section": section,
              "body_paragraphs": body, "images": [], "copyright": None, "related": [], "comment_count": None,
              "canonical_url": f"https://news.example/{key}", "url": None, "language": "ko", "site": None,
              "is_article": True, "warnings": []}
    record.update(extra)
    return record


CORPUS = [
    article("a", "한미, 전략기술 협력 강화", ["한미 양국은 전략기술을 중심으로 협력을 강화하기로 했다.",
            "과학기술정보통신부 한가람 장관은 마크 윌슨 백악관 과학기술정책실장과 만났다."],
            published="2025-08-05T09:00:00+09:00", dup_cluster="c1"),
    article("b", "정부, 전략 기술 육성 계획 발표", ["정부는 전략 기술 육성 계획을 발표했다. 예산은 3조원이다."],
            press="한빛경제", section="경제", published="2025-08-12T11:00:00+09:00", reporter="이도윤",
            dup_cluster="c1"),
    article("c", "반도체 수출 석 달째 증가", ["반도체가 수출을 이끌었다. 산업통상자원부는 반도체 수출이 늘었다고 밝혔다."],
            press="한빛경제", section="경제", published="2025-09-01T08:00:00+09:00", reporter="이도윤"),
    article("d", "정상회담 앞두고 의제 조율", ["양국 정상회담을 앞두고 외교부가 의제를 조율하고 있다."],
            published="2025-07-20T08:00:00+09:00"),
    article("e", "여름 휴가철 고속도로 정체", ["휴가철을 맞아 고속도로 곳곳에서 정체가 이어졌다."],
            press="누리뉴스", section="사회", published="2025-08-02T18:00:00+09:00", reporter="박서연"),
]


def write_jsonl(path: Path, records) -> Path:
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def sinmun_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "sinmun.cli", *args]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A real `sinmun serve` subprocess on 127.0.0.1."""

    def __init__(self, db: Path, *options: str) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(sinmun_command("serve", "--db", str(db), "--port", str(self.port), *options),
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.time() + 120
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("server died: " + self.process.stderr.read().decode())
            try:
                urllib.request.urlopen(self.base + "/static/style.css", timeout=1)
                return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("server did not start")

    def get(self, path: str) -> tuple[int, str]:
        with urllib.request.urlopen(self.base + path, timeout=20) as response:
            return response.status, response.read().decode("utf-8")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()


CHROMIUM = "/usr/bin/chromium"


def need_chromium() -> str:
    if not (os.path.exists(CHROMIUM) and shutil.which(CHROMIUM)):
        if os.environ.get("CI"):
            pytest.fail("chromium missing in CI (scripts/services.sh installs it)")
        pytest.skip("no /usr/bin/chromium")
    return CHROMIUM


class Feed:
    """The standard input of a process, filled by the test record by record: the process reading it
    blocks until the test sends more or closes it, so the test decides how far it gets, not the scheduler."""

    def __init__(self, process: subprocess.Popen) -> None:
        assert process.stdin is not None, "start the process with stdin=subprocess.PIPE"
        self._file = process.stdin

    def send(self, records) -> None:
        for record in records:
            self._file.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
        self._file.flush()

    def close(self) -> None:
        try:
            self._file.close()
        except BrokenPipeError:  # the reader is gone (killed): nothing left to deliver
            pass


def wait_for(condition, what: str, timeout: float = 120.0, interval: float = 0.05) -> None:
    """Poll ``condition`` until it holds; fail with ``what`` after a generous deadline."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(interval)
