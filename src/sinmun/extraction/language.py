"""The body's language from its letters: Hangul syllables against Latin letters.

:func:`detect_language` decides as the pipeline always has on the paragraphs joined with
spaces (at least 20 characters; Korean when there are more than 10 Hangul syllables and at
least 0.3 of them per Latin letter; English when Latin letters outnumber them), but counts
paragraph by paragraph without building the joined text or a list of its letters, so a body
of millions of characters costs no more memory than its largest paragraph.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

MIN_CHARS = 20
MIN_HANGUL = 10
HANGUL_PER_LATIN = 0.3
_HANGUL_RUNS = re.compile(r"[가-힣]+")
_LATIN_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


#: the high bytes of UTF-16 code units U+AC00 to U+D6FF, all Hangul syllables (U+D7xx is read apart)
_HANGUL_HIGH_BYTES = bytes(range(0xAC, 0xD7))
_HANGUL_D7 = re.compile("[\ud700-\ud7a3]")


def hangul_count(text: str) -> int:
    """Hangul syllables (U+AC00 to U+D7A3) in ``text``, without a list of them.

    Counted on the high bytes of the text's UTF-16 code units (C-speed passes over bytes): U+AC00 to
    U+D6FF by their high byte alone, the few of U+D700 to U+D7A3 by a search only when such a byte is there."""
    if text.isascii():
        return 0
    high = text.encode("utf-16-le", "surrogatepass")[1::2]
    count = len(high) - len(high.translate(None, _HANGUL_HIGH_BYTES))
    if b"\xd7" in high:
        count += len(_HANGUL_D7.findall(text))
    return count


def letter_counts(text: str) -> tuple[int, int]:
    """Hangul syllables (U+AC00 to U+D7A3) and ASCII Latin letters in ``text``."""
    if text.isascii():
        raw = text.encode("ascii")
        return 0, len(raw) - len(raw.translate(None, _LATIN_BYTES))
    hangul = hangul_count(text)
    raw = text.encode("utf-8", "surrogatepass")  # Latin letters are single bytes; nothing else encodes to them
    return hangul, len(raw) - len(raw.translate(None, _LATIN_BYTES))


def detect_language(paragraphs: Sequence[str]) -> str | None:
    """'ko', 'en' or None (too short, or neither script clearly ahead) for a body's paragraphs."""
    chars = sum(len(p) for p in paragraphs) + max(0, len(paragraphs) - 1)  # as if joined with spaces
    if chars < MIN_CHARS:
        return None
    hangul = latin = 0
    for paragraph in paragraphs:
        more_hangul, more_latin = letter_counts(paragraph)
        hangul += more_hangul
        latin += more_latin
    if hangul >= latin * HANGUL_PER_LATIN and hangul > MIN_HANGUL:
        return "ko"
    if latin > hangul:
        return "en"
    return None


#: languages written in the Latin alphabet
LATIN_SCRIPT_LANGUAGES = frozenset(
    "af ca cs cy da de en es et eu fi fr ga gl hr hu id is it lt lv ms nb nl nn no pl pt ro sk sl sq sv sw tl "
    "tr vi".split())
#: English function words: about one word in six of English prose, next to none of other Latin-script languages'
_ENGLISH_WORDS = frozenset("the and of to is that for with was are this it".split())
_WORD = re.compile(r"[A-Za-z]+")
#: the share of words that makes Latin-script text English, and how much text is looked at
ENGLISH_WORD_SHARE = 0.08
_ENGLISH_SAMPLE_CHARS = 2000


def _sample(paragraphs: Sequence[str]) -> str:
    """The body's first few thousand characters."""
    sample: list[str] = []
    size = 0
    for paragraph in paragraphs:
        sample.append(paragraph[:_ENGLISH_SAMPLE_CHARS - size])
        size += len(sample[-1])
        if size >= _ENGLISH_SAMPLE_CHARS:
            break
    return " ".join(sample)


_NOT_LETTERS = re.compile(r"[\W\d_]+")


def latin_language(paragraphs: Sequence[str], declared: str | None) -> str | None:
    """The language of a body whose Latin letters outnumber its Hangul ones (:func:`detect_language` says 'en'):
    English by its function words; else the page's ``declared`` language when it is written in Latin script
    (``<html lang="de">`` over German text; a template may declare German over an English story); and when
    most of the letters are not Latin ones at all (Cyrillic, kana), the declared language whatever it is."""
    if declared == "en":
        return "en"  # whatever the words say: English, or a script the letters cannot tell apart
    sample = _sample(paragraphs)
    if not sample.isascii():
        letters = _NOT_LETTERS.sub("", sample)
        if letter_counts(letters)[1] * 2 < len(letters):  # (accented Latin letters count as others)
            return declared
    if declared not in LATIN_SCRIPT_LANGUAGES:
        return "en"  # (the function words could only say so again)
    words = _WORD.findall(sample.lower())
    if sum(word in _ENGLISH_WORDS for word in words) >= ENGLISH_WORD_SHARE * len(words):
        return "en"
    return declared
