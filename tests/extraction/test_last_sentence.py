"""bylines.last_sentence finds from the end what a search for the last sentence finds."""
from __future__ import annotations

import random
import re

import pytest

from sinmun.extraction.bylines import last_sentence, sign_off_reporters

#: the search it replaces: a sentence start (the text's or after an end mark and a space), then no end mark but
#: perhaps a last one, then only spaces
SEARCHED = re.compile(r"(?:^|(?<=[.!?])\s)(?P<sentence>[^.!?]*[.!?]?)\s*$")


def searched(paragraph: str) -> str | None:
    found = SEARCHED.search(paragraph)
    return found["sentence"].strip() if found else None


@pytest.mark.parametrize("seed", range(5))
def test_it_finds_what_the_search_finds(seed: int) -> None:
    rng = random.Random(seed)
    letters = ["가", "니", "다", "5", "a", ".", "!", "?", " ", "\n", "\u3000", "\t"]
    for _ in range(4000):
        paragraph = "".join(rng.choice(letters) for _ in range(rng.randrange(0, 14)))
        found = last_sentence(paragraph)
        assert (found.strip() if found is not None else None) == searched(paragraph), repr(paragraph)


@pytest.mark.parametrize("paragraph, sentence", [
    ("첫 문장이다. 가상일보 홍길동입니다.", "가상일보 홍길동입니다."),
    ("비율은 3.5%였습니다", None),
    ("한 문장뿐입니다  ", "한 문장뿐입니다"),
    ("", ""),
])
def test_examples(paragraph: str, sentence: str | None) -> None:
    found = last_sentence(paragraph)
    assert (found.strip() if found is not None else None) == sentence


def test_a_sign_off_after_a_sentence_still_names_its_reporter() -> None:
    found = sign_off_reporters("가상시는 오늘 새 정책을 내놨습니다. 가상뉴스 홍길동입니다.")
    assert [reporter.name for reporter in found] == ["홍길동"]
