"""A new user's first hour: missing extras, bad arguments and unwritable outputs are one line, never a traceback."""
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tomllib
import urllib.request
from pathlib import Path

import pytest

from archive_helpers import article, free_port, write_jsonl
from conftest import ROOT

EXAMPLE = ROOT / "examples" / "press-article.html"
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "200"}
ENV.pop("SINMUN_DEBUG", None)

# Runs the sinmun command with some modules made unimportable, as on an install without their extra.
WITHOUT = """import sys
for name in filter(None, sys.argv[1].split(",")):
    sys.modules[name] = None
sys.argv = ["sinmun", *sys.argv[2:]]
from sinmun.cli import main
main()
"""


def sinmun(*args: str, without: tuple[str, ...] = (), cwd: Path = ROOT, env: dict | None = None, **kwargs):
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **kwargs}
    return subprocess.run([sys.executable, "-c", WITHOUT, ",".join(without), *args], text=True, cwd=cwd,
                          env=env or ENV, timeout=300, **streams)


def one_error_line(result) -> str:
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def archive_db(tmp_path_factory) -> Path:
    """An archive whose scraped text is full of rich markup, emoji codes and brackets."""
    folder = tmp_path_factory.mktemp("archive")
    records = write_jsonl(folder / "records.jsonl", [
        article("m1", "괄호 [/] 제목 [bold]굵게", ["마크업 본문 [/] 괄호와 :smile: 그리고 a:b:c 끝."],
                press="[/]뉴스:thumbs_up:"),
        article("m2", "평범한 마크업 기사", ["마크업 없는 평범한 본문이다."], press="신문일보"),
    ])
    db = folder / "news.db"
    result = sinmun("archive", "add", str(records), "--db", str(db), "--no-enrich")
    assert result.returncode == 0, result.stderr
    return db


def extra_line(module: str, extra: str) -> str:
    return f"error: this needs {module}, which is not installed: pip install 'sinmun[{extra}]'"


# --- 1. missing extras ------------------------------------------------------------------------------------------

ALL_OPTIONAL = ("kiwipiepy", "rich", "matplotlib", "fastapi", "uvicorn", "jinja2", "fastwarc", "pyarrow",
                "datasketch", "numpy", "pyspark")


def test_the_base_commands_work_with_no_optional_module_at_all(tmp_path):
    assert sinmun("--help", without=ALL_OPTIONAL).returncode == 0
    for command in ("extract", "run", "spark", "archive", "search", "trend", "serve"):
        result = sinmun(command, "--help", without=ALL_OPTIONAL)
        assert result.returncode == 0 and "Usage:" in result.stdout, result.stderr
    result = sinmun("extract", str(EXAMPLE), without=ALL_OPTIONAL)
    assert result.returncode == 0 and json.loads(result.stdout)["title"]
    db = tmp_path / "base.db"
    added = sinmun("archive", "add", str(EXAMPLE), "--db", str(db), "--no-enrich", without=ALL_OPTIONAL)
    assert added.returncode == 0, added.stderr
    found = sinmun("search", "자전거길", "--db", str(db), "--format", "json", without=ALL_OPTIONAL)
    assert found.returncode == 0 and json.loads(found.stdout)["total"] == 1


@pytest.mark.parametrize("missing, extra, args", [
    ("kiwipiepy", "archive", ("archive", "add", str(EXAMPLE), "--db", "{tmp}/new.db")),
    ("kiwipiepy", "archive", ("archive", "enrich", "--db", "{db}")),
    ("rich", "archive", ("search", "마크업", "--db", "{db}")),
    ("rich", "archive", ("trend", "마크업", "--db", "{db}")),
    ("matplotlib", "archive", ("trend", "마크업", "--db", "{db}", "--format", "json", "--png", "{tmp}/t.png")),
    ("uvicorn", "archive", ("serve", "--db", "{db}", "--port", "0")),
    ("fastapi", "archive", ("serve", "--db", "{db}", "--port", "0")),
    ("kiwipiepy", "archive", ("serve", "--db", "{db}", "--port", "0")),
    ("pyarrow", "corpus", ("run", str(EXAMPLE), "-o", "{tmp}/out.parquet")),
    ("numpy", "corpus", ("run", str(EXAMPLE), "-o", "{tmp}/out.jsonl", "--dedup=mark")),
    ("pyspark", "spark", ("spark", str(EXAMPLE), "-o", "{tmp}/spark-out")),
    ("matplotlib", "bench", ("bench", "--limit", "1", "--out", "{tmp}/bench")),
])
def test_a_missing_extra_is_one_line_naming_it(missing, extra, args, archive_db, tmp_path):
    args = [a.format(tmp=tmp_path, db=archive_db) for a in args]
    result = sinmun(*args, without=(missing,))
    assert result.returncode == 1
    assert one_error_line(result) == extra_line(missing, extra)
    assert list(tmp_path.iterdir()) == []  # refused before doing any work


FAILING_COMMAND = """import sys
from sinmun.cli import main
@main.command("boom")
def boom():
    raise RuntimeError("kaputt\\nsecond line")
sys.argv = ["sinmun", "boom"]
main()
"""


def test_an_unexpected_error_is_one_line_and_a_traceback_only_on_request():
    command = [sys.executable, "-c", FAILING_COMMAND]
    result = subprocess.run(command, capture_output=True, text=True, env=ENV, timeout=300)
    assert result.returncode == 1
    assert one_error_line(result) == "error: internal RuntimeError: kaputt (set SINMUN_DEBUG=1 to see the traceback)"
    debug = subprocess.run(command, capture_output=True, text=True, env={**ENV, "SINMUN_DEBUG": "1"}, timeout=300)
    assert debug.returncode == 1 and "Traceback" in debug.stderr and "kaputt" in debug.stderr


# --- 2. rich markup in queries and stored text ----------------------------------------------------------------

def test_search_table_prints_brackets_and_colons_as_they_are(archive_db):
    result = sinmun("search", "마크업", "--db", str(archive_db))
    assert result.returncode == 0, result.stderr
    for text in ("괄호 [/] 제목 [bold]굵게", "[/] 괄호와 :smile: 그리고 a:b:c 끝.", "[/]뉴스:thumbs_up:"):
        assert text in result.stdout
    assert "😄" not in result.stdout and "👍" not in result.stdout
    odd = sinmun("search", "[/] 마크업 :smile: [bold]", "--db", str(archive_db))
    assert odd.returncode == 0, odd.stderr
    assert "'[/] 마크업 :smile: [bold]'" in odd.stdout


def test_trend_table_prints_press_names_and_query_as_they_are(archive_db):
    result = sinmun("trend", "[/]마크업 :smile:", "--db", str(archive_db), "--by", "press")
    assert result.returncode == 0, result.stderr
    assert "[/]뉴스:thumbs_up:" in result.stdout and "'[/]마크업 :smile:'" in result.stdout
    assert "👍" not in result.stdout


# --- 3. extract: outputs, stdin, odd arguments ------------------------------------------------------------------

@pytest.mark.parametrize("output", ["/nonexistent-dir/sub/x.json", "/dev/full", "/sys/sinmun-test.json"])
def test_an_unwritable_output_is_one_line(output):
    if not Path(output).parent.is_dir() and output.startswith("/sys"):
        pytest.skip("no /sys here")
    result = sinmun("extract", str(EXAMPLE), "-o", output)
    assert result.returncode == 1
    assert one_error_line(result).startswith(f"error: cannot write {output}: ")


def test_a_full_stdout_is_one_line():
    with open("/dev/full", "w") as full:
        result = sinmun("extract", str(EXAMPLE), stdout=full)
    assert result.returncode == 1
    assert one_error_line(result) == "error: cannot write <stdout>: No space left on device"


def test_standard_input_is_read_up_to_the_page_bound():
    with open("/dev/zero", "rb") as zeros:  # endless: read unbounded, it would never finish
        result = sinmun("extract", "-", stdin=zeros)
    assert result.returncode == 1 and result.stdout == ""
    assert one_error_line(result).startswith("<stdin>: error: input too large for a page")


def test_an_empty_path_is_a_usage_error_not_the_current_directory(tmp_path):
    shutil.copy(EXAMPLE, tmp_path / "page.html")  # what walking the current directory would find
    result = sinmun("extract", "", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert "empty path" in result.stderr and "Traceback" not in result.stderr


def test_a_missing_file_prints_nothing_on_stdout(tmp_path):
    for fmt in ("json", "jsonl", "markdown", "text"):
        result = sinmun("extract", str(tmp_path / "missing.html"), "--format", fmt)
        assert result.returncode == 1 and result.stdout == ""
        assert one_error_line(result) == f"{tmp_path / 'missing.html'}: error: No such file or directory"


def test_a_url_argument_is_told_that_extract_reads_files(tmp_path):
    from sinmun.cli import main

    url = "https://n.news.naver.com/article/437/0000483987"
    result = sinmun("extract", url, str(EXAMPLE), cwd=tmp_path)
    assert result.returncode == 1
    line = one_error_line(result)
    assert line.startswith(f"{url}: error: extract reads files")  # the URL as given, not https:/n.news...
    assert ("sinmun fetch URL" in line) == ("fetch" in main.commands) and "--url" in line
    assert json.loads(result.stdout)["title"]  # the file still comes out


def test_an_empty_directory_is_a_warning(tmp_path):
    result = sinmun("extract", str(tmp_path))
    assert result.returncode == 0 and result.stdout == ""
    assert one_error_line(result).startswith(f"{tmp_path}: warning: no page files here")


# --- 4. serve on a busy port ------------------------------------------------------------------------------------

def test_serve_on_a_busy_port_is_one_line_and_never_says_serving(archive_db):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = sinmun("serve", "--db", str(archive_db), "--port", str(port))
    assert result.returncode == 1
    line = one_error_line(result)
    assert line.startswith(f"error: cannot listen on 127.0.0.1:{port}: Address already in use")
    assert "serving" not in result.stderr


def test_serve_says_serving_once_it_answers_on_the_port_it_got(archive_db):
    process = subprocess.Popen([sys.executable, "-m", "sinmun.cli", "serve", "--db", str(archive_db), "--port", "0"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=ENV)
    try:
        line = process.stderr.readline()  # blocks until the server is ready (or gone: '')
        match = re.fullmatch(rf"serving {re.escape(str(archive_db))} on (http://127\.0\.0\.1:(\d+)/)\n", line)
        assert match, line
        assert int(match.group(2)) != 0
        with urllib.request.urlopen(match.group(1) + "static/style.css", timeout=60) as response:
            assert response.status == 200
    finally:
        process.terminate()
        process.wait(120)


def test_serve_on_an_address_not_of_this_machine_is_one_line(archive_db):
    result = sinmun("serve", "--db", str(archive_db), "--host", "192.0.2.1", "--port", str(free_port()))  # TEST-NET-1
    assert result.returncode == 1
    assert one_error_line(result).startswith("error: cannot listen on 192.0.2.1:")
    assert "serving" not in result.stderr


# --- 5. packaging -----------------------------------------------------------------------------------------------

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_build_system_setuptools_reads_the_spdx_license():
    assert isinstance(PYPROJECT["project"]["license"], str)  # an SPDX expression: setuptools >= 77
    (requirement,) = [r for r in PYPROJECT["build-system"]["requires"] if r.startswith("setuptools")]
    minimum = re.fullmatch(r"setuptools>=(\d+)(?:\.\d+)*", requirement)
    assert minimum and int(minimum.group(1)) >= 77


def test_the_package_is_marked_typed():
    assert (ROOT / "src" / "sinmun" / "py.typed").is_file()
    assert "py.typed" in PYPROJECT["tool"]["setuptools"]["package-data"]["sinmun"]


def test_every_optional_dependency_has_its_extra_in_the_cli_hint():
    from sinmun.cli import OPTIONAL_MODULES

    extras = {extra: requirements for extra, requirements in PYPROJECT["project"]["optional-dependencies"].items()
              if extra not in ("test", "bench")}
    for extra, requirements in extras.items():
        for requirement in requirements:
            name = re.match(r"[A-Za-z0-9_.-]+", requirement).group(0).lower().replace("-", "_")
            if name == "sinmun":
                continue  # an extra that includes another one
            assert name in OPTIONAL_MODULES, name
            home = OPTIONAL_MODULES[name]  # a module in several extras (rich) names one that has it
            assert any(r.lower().replace("-", "_").startswith(name) for r in extras[home]), (name, home)


# --- 6. bench outside a checkout --------------------------------------------------------------------------------

def test_bench_outside_a_checkout_says_it_needs_one(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(ROOT / "src" / "sinmun", site / "sinmun")  # an installed package: no bench/ beside it
    env = {**ENV, "PYTHONPATH": str(site)}
    result = sinmun("bench", "--limit", "1", cwd=tmp_path, env=env)
    assert result.returncode == 2
    assert one_error_line(result).startswith("error: sinmun bench needs a source checkout")
