"""More reporter conventions (issue 10 §1): a senior writer's title ``대기자`` is no reporter's name."""
from __future__ import annotations

import pytest

from sinmun.extraction.clean import find_reporters


@pytest.mark.parametrize("line", ["홍길동 대기자 hong@gasang.example", "대기자 hong@gasang.example", "입주 대기자 명단"])
def test_the_senior_title_is_no_name(line):
    assert "대기자" not in [r.name for r in find_reporters(line)]
