"""bench/stages.py --instructions-json: callgrind ratios from bench/instructions.py take the place of the
wall-clock extraction ratios, matched to each tree by its src path; the other speed figures stay."""
from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from conftest import ROOT

BENCH = ROOT / "bench"


@pytest.fixture(scope="module")
def stages():
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location("bench_stages", BENCH / "stages.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_ratios_are_matched_by_tree_and_replace_only_the_extraction_rows(stages, tmp_path):
    old, new = tmp_path / "old" / "src", tmp_path / "new" / "src"
    old.mkdir(parents=True)
    new.mkdir(parents=True)
    measures = [{"src": str(old), "set": "ko", "ratio": 3.8}, {"src": str(new), "set": "ko", "ratio": 3.1},
                {"src": str(new), "set": "en-aeb", "ratio": 7.5}, {"src": str(tmp_path), "set": "ko", "ratio": 9.0}]
    path = tmp_path / "ir.json"
    path.write_text(json.dumps({"measures": measures}), encoding="utf-8")
    ratios = stages.instruction_ratios(str(path), {"today": old, "new": new})
    assert ratios == {"today": {"ko_ratio": 3.8}, "new": {"ko_ratio": 3.1, "en_ratio": 7.5}}
    results = {"today": {"speed": {"ko_ratio": 5.0, "en_ratio": 11.0, "peak_mb": 40.0}}, "new": {}}
    stages.apply_instruction_ratios(results, ratios)
    assert results["today"]["speed"] == {"ko_ratio": 3.8, "en_ratio": 11.0, "peak_mb": 40.0}
    assert results["new"]["speed"] == {"ko_ratio": 3.1, "en_ratio": 7.5}
    notes = stages.table_notes(str(path), results, {}, [])
    assert "callgrind" in notes[0]
