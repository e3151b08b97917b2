"""bench/instructions.py: its arithmetic, its arguments and its message without valgrind (no valgrind run here)."""
from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from conftest import ROOT

BENCH = ROOT / "bench"


@pytest.fixture(scope="module")
def instructions():
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location("bench_instructions", BENCH / "instructions.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (dataclasses look their module up there)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_ratio_subtracts_the_imports_run(instructions):
    m = instructions.Measure(src="src", set="ko", imports=1_000, parse=1_200, extract=1_700)
    assert (m.parse_ir, m.extract_ir) == (200, 700)
    assert m.ratio == pytest.approx(3.5)
    assert instructions.ratio(5, 0) is None


def test_collected_reads_callgrinds_last_count(instructions):
    log = "==1== Callgrind\n==1== Events    : Ir\n==1== Collected : 123456789\n==1==\n==1== I   refs: 123,456,789\n"
    assert instructions.collected(log) == 123456789
    with pytest.raises(RuntimeError):
        instructions.collected("no count here")


def test_arguments_default_to_both_sets_and_this_tree(instructions):
    args = instructions.parse_args([])
    assert args.sets == ["ko", "en-aeb"]
    assert [p.name for p in args.src] == ["src"] and args.src[0].is_absolute()
    args = instructions.parse_args(["--src", "/a/src", "--src", "/b/src", "--sets", "ko"])
    assert [str(p) for p in args.src] == ["/a/src", "/b/src"] and args.sets == ["ko"]
    with pytest.raises(SystemExit):
        instructions.parse_args(["--worker", "ko", "nosuchmode"])


def test_table_and_json(instructions, tmp_path):
    measures = [instructions.Measure("/old/src", "ko", 10, 30, 110), instructions.Measure("src", "ko", 10, 30, 70)]
    table = instructions.markdown(measures)
    assert "| ko | /old/src | 20 | 100 | 5.00x |" in table and "| ko | src | 20 | 60 | 3.00x |" in table
    instructions.write_results(tmp_path / "ir", measures)
    rows = json.loads((tmp_path / "ir.json").read_text(encoding="utf-8"))["measures"]
    assert [r["ratio"] for r in rows] == [5.0, 3.0] and (tmp_path / "ir.md").read_text(encoding="utf-8") == table


def test_without_valgrind_one_line_and_exit_2(instructions, monkeypatch, capsys):
    monkeypatch.setattr(instructions.shutil, "which", lambda name: None)
    assert instructions.main(["--sets", "ko"]) == 2
    err = capsys.readouterr().err.strip()
    assert "valgrind is not installed" in err and "\n" not in err


def test_steady_warms_up_with_every_page(instructions, tmp_path):
    assert instructions.parse_args([]).steady is False
    assert instructions.parse_args(["--steady", "--sets", "ko"]).steady is True
    measures = [instructions.Measure("src", "ko", 10, 30, 70)]
    instructions.write_results(tmp_path / "steady", measures, steady=True)
    assert json.loads((tmp_path / "steady.json").read_text(encoding="utf-8"))["warm_up_pages"] == "all"
    instructions.write_results(tmp_path / "first", measures)
    assert json.loads((tmp_path / "first.json").read_text(encoding="utf-8"))["warm_up_pages"] == instructions.WARM_UP_PAGES
