"""The prose-ending and stock-quote rules, written so the regex engine skips ahead, still read lines as before."""
from __future__ import annotations

import pytest

from sinmun.extraction.clean import boilerplate_rule, reads_as_prose


@pytest.mark.parametrize(("line", "prose"), [
    ("정부는 새 정책을 발표했다.", True),
    ("정부는 새 정책을 발표했다 .", True),
    ('"곧 발표하겠다"', True),
    ("그는 말했다.) ", True),
    ("오늘은 맑아요? 내일은 흐림", True),   # a sentence ends, more text follows
    ("오늘은 맑다. 내일은 흐림", True),
    ("다", False),                         # the ending needs a syllable before it
    ("A다.", False),
    ("발표했다\" .", False),               # punctuation after the closing quote: no sentence end
    ("가상전자 주가 동향", False),
])
def test_reads_as_prose(line: str, prose: bool) -> None:
    assert reads_as_prose(line) is prose


@pytest.mark.parametrize(("line", "rule"), [
    ("가상전자 012345 ▲1.2%", "stock-quote"),
    ("가상전자 12,300원 ▲ 5.2%", "stock-quote"),
    ("가상 바이오 012345 12,300원 -3.1%", "stock-quote"),
    ("가상전자 012345 12,300원 +5.2 %", "stock-quote"),
    ("가상전자 주가 5.2% 올라", None),
    ("가상전자 012345 12,300원", None),
])
def test_stock_quote_lines(line: str, rule: str | None) -> None:
    assert boilerplate_rule(line) == rule
