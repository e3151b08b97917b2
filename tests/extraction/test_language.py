"""extraction.language.detect_language: the decisions of the pipeline's language rule, counted per paragraph."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from sinmun.extraction.language import detect_language, letter_counts


def joined_rule(text: str) -> str | None:
    """The rule as the pipeline wrote it on the joined text (a list of every letter)."""
    if len(text) < 20:
        return None
    hangul = len(re.findall(r"[가-힣]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    if hangul >= latin * 0.3 and hangul > 10:
        return "ko"
    if latin > hangul:
        return "en"
    return None


CASES = [
    ([], None),
    (["짧은 글"], None),
    (["홍길동 기자가 가상시 시청 앞에서 취재한 내용을 전했다."], "ko"),
    (["The council met on Tuesday to discuss the new parking rules downtown."], "en"),
    (["가상시는 AI 반도체 R&D 예산을 늘렸다고 밝혔다."], "ko"),
    # 11 syllables against 40 Latin letters: 11 < 0.3 * 40, so Latin wins
    (["가나다라마바사아자차카 abcdefghij abcdefghij abcdefghij abcdefghij"], "en"),
    # exactly 10 syllables is not enough for Korean; Latin does not outnumber them either
    (["가나다라마바사아자차 1234567890 !!!"], None),
    # 19 characters and 20 with the joining space: the spaces count towards the 20
    (["가나다라마바사아자", "차카타파하가나다라"], None),
    (["가나다라마바사아자", "차카타파하가나다라마"], "ko"),
    (["가나다라마바사아자차", "카타파하가나다라마바"], "ko"),
    (["12345 67890 12345 67890 …"], None),
    (["\ud800 lone surrogate and letters in English text here"], "en"),
    (["ＡＢＣ full-width letters are not Latin here 가나다"], "en"),
    (["ᄀᄁᄂ jamo are not syllables", "힣힣힣 가가가 각각각 끝끝"], "ko"),
    (["Café déjà vu, naïve résumé — 가"], "en"),
]


@pytest.mark.parametrize("paragraphs,expected", CASES)
def test_decides_as_the_joined_rule(paragraphs, expected):
    assert detect_language(paragraphs) == expected
    assert joined_rule(" ".join(paragraphs)) == expected


@pytest.mark.parametrize("text", ["", "abc XYZ", "가나 abc", "힣 가 ㄱ ㅏ ᄀ", "Ｚ z é", "\udfff가a"])
def test_letter_counts(text):
    assert letter_counts(text) == (len(re.findall(r"[가-힣]", text)), len(re.findall(r"[A-Za-z]", text)))


def test_a_body_of_millions_of_syllables_costs_no_list_of_them():
    """Two million syllables: a list of them would take over 100 MB; counting stays near the text's size."""
    code = ("import resource, sys\n"
            "from sinmun.extraction.language import detect_language\n"
            "body = ['가나다라마바사아자차' * 40] * 5000\n"
            "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
            "assert detect_language(body) == 'ko'\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) < 20_000  # KiB: far below the 100+ MB of a list of the letters


def test_hangul_count_at_the_edges_of_the_syllable_block():
    from sinmun.extraction.language import hangul_count

    assert hangul_count("가힣") == 2  # U+AC00 and U+D7A3, the first and the last syllable
    assert hangul_count("\uabff\ud7a4\ud7ff\u3131") == 0  # just outside, Jamo Extended-B, a compatibility jamo
    assert hangul_count("\ud700\ud6ff가나 abc é 😀") == 4  # U+D700 is a syllable, the emoji is a surrogate pair
    assert hangul_count("\ud800x\udfff") == 0  # lone surrogates
