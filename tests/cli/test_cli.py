"""The sinmun command: formats, exit codes, one clear line per failure, no tracebacks."""
import json
import os
import subprocess
import sys

from conftest import FIXTURES, ROOT

EXAMPLE = ROOT / "examples" / "press-article.html"


def run(*args, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "sinmun.cli", *args], input=stdin, capture_output=True, cwd=ROOT,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def test_json_for_one_page():
    result = run("extract", str(EXAMPLE))
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["title"] == "서울시, 한강 야간 자전거길 12㎞ 새로 연다"
    assert record["reporters"] == [{"name": "김하늘", "email": "sky@sinmun-ilbo.example"}]


def test_jsonl_for_a_directory_walk(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.html").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "two.htm").write_bytes((FIXTURES / "generic" / "wrong-charset-cp949.html").read_bytes())
    (tmp_path / "notes.md").write_text("not a page")
    result = run("extract", str(tmp_path), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert len(lines) == 2
    titles = {json.loads(line)["title"] for line in lines}
    assert "가상군 농산물 직거래 장터 열려" in titles


def test_markdown_and_text_to_a_file(tmp_path):
    out = tmp_path / "out.md"
    assert run("extract", str(EXAMPLE), "--format", "markdown", "-o", str(out)).returncode == 0
    markdown = out.read_text(encoding="utf-8")
    assert markdown.startswith("# 서울시, 한강 야간 자전거길 12㎞ 새로 연다")
    assert "By 김하늘" in markdown
    text = run("extract", str(EXAMPLE), "--format", "text").stdout.decode()
    assert "무단전재" not in text and "서울시가 한강 반포지구에서" in text


def test_stdin_with_url_and_reference_date():
    dump = (FIXTURES / "generic" / "dump-no-year.txt").read_bytes()
    result = run("extract", "-", "--reference-date", "2024-12-10", "--url", "https://v.daum.net/v/20241203000000000",
                 stdin=dump)
    record = json.loads(result.stdout)
    assert record["published"] == "2024-12-03"
    assert record["url"] == "https://v.daum.net/v/20241203000000000"


def test_failures_exit_1_with_one_line_each(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    image = tmp_path / "photo.html"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    result = run("extract", str(EXAMPLE), str(empty), str(image), str(tmp_path / "missing.html"))
    assert result.returncode == 1
    errors = result.stderr.decode().strip().splitlines()
    assert len(errors) == 3
    assert all(": error: " in line for line in errors)
    assert "Traceback" not in result.stderr.decode()
    assert json.loads(result.stdout)["title"]  # the good page still comes out


def test_non_article_is_a_warning_not_a_failure():
    result = run("extract", str(FIXTURES / "generic" / "portal-home.html"))
    assert result.returncode == 0
    assert "warning: not an article" in result.stderr.decode()
    assert json.loads(result.stdout)["is_article"] is False


def test_usage_errors_exit_2():
    assert run("extract").returncode == 2
    assert run("extract", str(EXAMPLE), "--format", "xml").returncode == 2
    assert run("extract", str(EXAMPLE), "--reference-date", "someday").returncode == 2


def test_fifo_and_devices_are_refused_not_read(tmp_path):
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    result = run("extract", str(fifo), "/dev/zero", str(EXAMPLE))  # reading either would block or never end
    assert result.returncode == 1
    assert result.stderr.decode().count("not a regular file") == 2
    assert json.loads(result.stdout)["title"]
