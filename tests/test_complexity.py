"""Core extraction stays small enough to read: no function over 60 lines or above cyclomatic
complexity 15 in ``sinmun.extraction`` and ``sinmun.sites`` (radon's measure, as ``radon cc`` shows it)."""
from __future__ import annotations

from pathlib import Path

import pytest

radon_complexity = pytest.importorskip("radon.complexity")

SOURCE = Path(__file__).resolve().parent.parent / "src" / "sinmun"
CORE = sorted([*(SOURCE / "extraction").glob("*.py"), *(SOURCE / "sites").glob("*.py")])
MAX_LINES = 60
MAX_COMPLEXITY = 15


def _blocks(path: Path):
    for block in radon_complexity.cc_visit(path.read_text(encoding="utf-8")):
        yield block
        yield from getattr(block, "methods", ())


@pytest.mark.parametrize("path", CORE, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_core_functions_are_short_and_simple(path):
    too_big = [f"{b.name} (line {b.lineno}): {b.endline - b.lineno + 1} lines, complexity {b.complexity}"
               for b in _blocks(path) if b.letter != "C"
               and (b.complexity > MAX_COMPLEXITY or b.endline - b.lineno + 1 > MAX_LINES)]
    assert not too_big, too_big
