"""The shared half-cleaned Daum dump must come out as its expected record."""
import subprocess
import sys

from conftest import ROOT, need_shared


def test_shared_sample_passes_the_team_checker():
    page = need_shared("samples/daum-etnews-20250805.txt")
    expected = page.with_name("daum-etnews-20250805.expected.json")
    checker = need_shared("tools/check_sample.py")
    record = subprocess.run([sys.executable, "-m", "sinmun.cli", "extract", str(page), "--format", "json"],
                            capture_output=True, text=True, cwd=ROOT, check=True).stdout
    result = subprocess.run([sys.executable, str(checker), str(page), str(expected)], input=record,
                            capture_output=True, text=True)
    last = result.stdout.strip().splitlines()[-1]
    assert last.endswith(" 0 failed"), result.stdout
    assert int(last.split()[0]) >= 20
