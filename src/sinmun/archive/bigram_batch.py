"""The index side of :class:`sinmun.archive.fts.BigramTokenizer`, vectorised with numpy.

:meth:`BigramTokenizer.tokens` walks every character in Python (44 % of ingestion time). This
module produces the same token strings for a whole batch of texts with a dozen numpy passes:

1. classify each code point (CJK, other letter/digit, inner-space candidate, anything else);
2. drop the space runs that have a CJK character on both sides (``전략 기술`` -> ``전략기술``);
3. every CJK character emits itself plus the next character when that one is CJK too (the
   bigram) or alone when it ends its run; a letter/digit emits itself, plus a space when the
   next character is not a letter/digit; everything else emits nothing. Each token is followed
   by one space, so the output array is laid out with one ``cumsum`` of the emitted lengths.

The texts are joined with ``\\n`` (a separator that never belongs to a token) and the output is
cut back into one string per text. Equality with the character-by-character tokeniser is tested
on random text over every character class (tests/test_archive_ingest.py).
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

#: The code-point ranges of fts._CJK.
CJK_RANGES = ((0xAC00, 0xD7A3), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x3040, 0x30FF))
OTHER, CJK, WORD, SPACE = 0, 1, 2, 3
_SPACES = (0x20, 0x09, 0xA0)
_SEPARATOR = "\n"


@lru_cache(maxsize=1)
def _classes() -> np.ndarray:
    """The class of every BMP code point (``re``'s ``[^\\W_]`` is ``str.isalnum``)."""
    table = np.fromiter((chr(i).isalnum() for i in range(0x10000)), dtype=bool, count=0x10000).astype(np.uint8)
    table *= WORD
    for start, end in CJK_RANGES:
        table[start:end + 1] = CJK
    table[list(_SPACES)] = SPACE
    return table


def _class_of(codes: np.ndarray) -> np.ndarray:
    table = _classes()
    astral = codes > 0xFFFF
    classes = table[np.where(astral, 0, codes)]
    if astral.any():  # outside the BMP nothing is CJK or a space: a letter/digit or nothing
        positions = np.flatnonzero(astral)
        classes[positions] = [WORD if chr(code).isalnum() else OTHER for code in codes[positions].tolist()]
    return classes


def _inner_spaces(classes: np.ndarray) -> np.ndarray:
    """True for the spaces of each run that has a CJK character right before and right after it."""
    size = classes.size
    space = classes == SPACE
    after_space = np.zeros(size, bool)
    after_space[1:] = space[:-1]
    before_space = np.zeros(size, bool)
    before_space[:-1] = space[1:]
    starts = np.flatnonzero(space & ~after_space)
    ends = np.flatnonzero(space & ~before_space)
    padded = np.append(classes, np.uint8(OTHER))  # index -1 and index size both read OTHER
    inner = (padded[starts - 1] == CJK) & (padded[ends + 1] == CJK) & (starts > 0)
    delta = np.zeros(size + 1, np.int8)
    delta[starts[inner]] = 1
    delta[ends[inner] + 1] -= 1
    return np.cumsum(delta[:-1], dtype=np.int8).astype(bool)


@lru_cache(maxsize=1)
def _lower() -> np.ndarray:
    """``chr(i).lower()`` of every BMP code point, where it is one character (all but U+0130)."""
    return np.fromiter((ord(low) if len(low := chr(i).lower()) == 1 else i for i in range(0x10000)),
                       dtype=np.uint32, count=0x10000)


#: Letters whose lower case is not one fixed character: U+0130 (two), capital sigma (final form).
_CONTEXT_LOWER = (0x130, 0x3A3)
#: Characters emitted for (class, next class): a CJK bigram 3 (two and a space), a run's last
#: CJK character 2, a letter/digit inside a word 1, a word's last one 2 (with the space).
_EMITTED = np.zeros((4, 4), np.uint8)
_EMITTED[CJK, :] = 2
_EMITTED[CJK, CJK] = 3
_EMITTED[WORD, :] = 2
_EMITTED[WORD, WORD] = 1
_EMITTED_FLAT = _EMITTED.ravel()  # indexed by class * 4 + next class


def index_texts(texts: list[str]) -> list[str]:
    """``BigramTokenizer().index_text(text)`` for each text, in one vectorised pass."""
    if not texts:
        return []
    joined = _SEPARATOR.join(texts)
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    classes = _class_of(codes)
    separators = np.cumsum([len(text) + 1 for text in texts], dtype=np.int64) - 1  # the last: one past the end
    if (classes == SPACE).any():
        keep = ~_inner_spaces(classes)
        kept_before = np.cumsum(keep, dtype=np.int32) - keep  # each kept character's position after the drop
        separators = np.append(kept_before, np.int32(keep.sum()))[separators]
        codes, classes = codes[keep], classes[keep]
    codes, lower_each = _lowered(codes, classes)
    starts, layout = _layout(codes, classes)
    tokens = layout.tobytes().decode("utf-32-le", "surrogatepass")
    bounds = np.append(starts, np.int32(layout.size))[separators].tolist()
    out = []
    begin = 0
    for end in bounds:
        text = tokens[begin:end - 1] if end > begin else ""
        out.append(text.lower() if lower_each else text)
        begin = end
    return out


def _lowered(codes: np.ndarray, classes: np.ndarray) -> tuple[np.ndarray, bool]:
    """Words in lower case by table; (codes unchanged, True) when ``str.lower`` must do it
    (a letter outside the BMP, or one whose lower case depends on its context)."""
    words = classes == WORD
    if not words.any():
        return codes, False
    letters = codes[words]
    if int(letters.max()) > 0xFFFF or np.isin(letters, _CONTEXT_LOWER).any():
        return codes, True
    codes = codes.copy()
    codes[words] = _lower()[letters]
    return codes, False


def _layout(codes: np.ndarray, classes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(where each character's output starts, the output: every token followed by a space)."""
    pairs = classes * np.uint8(4)
    pairs[:-1] += classes[1:]
    emitted = _EMITTED_FLAT[pairs]
    ends = np.cumsum(emitted, dtype=np.int32)
    starts = ends - emitted
    layout = np.full(int(ends[-1]) if ends.size else 0, ord(" "), dtype=np.uint32)
    chars = emitted > 0
    layout[starts[chars]] = codes[chars]
    pair = emitted == 3
    layout[starts[pair] + 1] = np.roll(codes, -1)[pair]
    return starts, layout
