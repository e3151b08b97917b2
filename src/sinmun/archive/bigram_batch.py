"""The index side of :class:`sinmun.archive.fts.BigramTokenizer`, vectorised with numpy.

:meth:`BigramTokenizer.tokens` walks every character in Python (44 % of ingestion time). This
module produces the same token strings for a whole batch of texts with a few numpy passes:

1. the texts are joined with ``\\n`` and each code point is classified (CJK, other letter/digit,
   inner-space candidate, the separator between two texts, anything else);
2. the space runs that have a CJK character on both sides are dropped (``전략 기술`` -> ``전략기술``);
3. every character owns three output slots: itself, the next character, a space. A CJK character
   fills the first and the third, and the second too when the next character is CJK (the bigram);
   a letter/digit fills the first, and the third when the next character is not a letter/digit;
   a separator fills the first (with ``\\n``); anything else fills none. One lookup of
   (class, next class) in a table gives the slots to keep, one boolean selection the output.

The output is then one string of every text's tokens, each followed by a space, the texts cut
apart at ``\\n`` (a character no token holds). Texts without a character outside the BMP (nearly
all) are handled as UTF-16 code units, half the memory traffic of UTF-32. Equality with the
character-by-character tokeniser is tested on random text over every character class
(tests/archive/test_archive_ingest.py).
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

#: The code-point ranges of fts._CJK.
CJK_RANGES = ((0xAC00, 0xD7A3), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x3040, 0x30FF))
OTHER, CJK, WORD, SPACE, SEPARATOR = 0, 1, 2, 3, 4
_CLASSES = 5
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
    if codes.dtype == np.uint16:
        return table[codes]
    astral = codes > 0xFFFF
    classes = table[np.where(astral, 0, codes)]
    if astral.any():  # outside the BMP nothing is CJK or a space: a letter/digit or nothing
        positions = np.flatnonzero(astral)
        classes[positions] = [WORD if chr(code).isalnum() else OTHER for code in codes[positions].tolist()]
    return classes


def _inner_space_runs(classes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(the position before, the position after) each space run that has a CJK character right
    before and right after it: the run is left out, the two characters joined."""
    spaces = np.flatnonzero(classes == SPACE)
    if not spaces.size:
        return spaces, spaces
    run_start = np.empty(spaces.size, bool)
    run_start[0] = True
    np.not_equal(spaces[1:] - spaces[:-1], 1, out=run_start[1:])
    run_end = np.empty(spaces.size, bool)
    run_end[-1] = True
    run_end[:-1] = run_start[1:]
    before, after = spaces[run_start] - 1, spaces[run_end] + 1
    padded = np.append(classes, np.uint8(OTHER))  # index -1 and index size both read OTHER
    inner = (padded[before] == CJK) & (padded[after] == CJK) & (before >= 0)
    return before[inner], after[inner]


@lru_cache(maxsize=1)
def _lower() -> np.ndarray:
    """``chr(i).lower()`` of every BMP code point, where it is one character (all but U+0130)."""
    return np.fromiter((ord(low) if len(low := chr(i).lower()) == 1 else i for i in range(0x10000)),
                       dtype=np.uint32, count=0x10000)


#: Letters whose lower case is not one fixed character: U+0130 (two), capital sigma (final form).
_CONTEXT_LOWER = (0x130, 0x3A3)
#: The output slots a character fills, by (class, next class): itself, the next character, a space
#: (and a fourth, never filled, so that a character's four flags are read as one 32-bit word).
_SLOT_COUNT = 4
_SLOTS = np.zeros((_CLASSES, _CLASSES, _SLOT_COUNT), bool)
_SLOTS[CJK, :, :3] = (True, False, True)          # a run's last CJK character, alone
_SLOTS[CJK, CJK, :3] = (True, True, True)         # a CJK bigram
_SLOTS[WORD, :, :3] = (True, False, True)         # a word's last letter/digit, then the space
_SLOTS[WORD, WORD, :3] = (True, False, False)     # a letter/digit inside a word
_SLOTS[SEPARATOR, :, :3] = (True, False, False)   # the separator between two texts: ``\n``
#: indexed by class * _CLASSES + next class
_SLOTS_PACKED = np.ascontiguousarray(_SLOTS.reshape(_CLASSES * _CLASSES, _SLOT_COUNT)).view(np.uint32).ravel()


def _codes(joined: str) -> np.ndarray:
    """The code points of ``joined``: UTF-16 code units when it has none outside the BMP, else UTF-32."""
    narrow = joined.encode("utf-16-le", "surrogatepass")
    if len(narrow) == 2 * len(joined):
        return np.frombuffer(narrow, dtype=np.uint16)
    return np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def warm() -> None:
    """Build the lookup tables now (a process about to fork helpers that tokenise)."""
    _classes()
    _lower()


#: :func:`packed_tokens` of a batch: the output's bytes, their encoding, and whether each text's
#: tokens must still be lower-cased by ``str.lower``. Cheap to hand between processes.
Packed = tuple[bytes, str, bool]


def index_texts(texts: list[str]) -> list[str]:
    """``BigramTokenizer().index_text(text)`` for each text, in one vectorised pass."""
    return unpack(packed_tokens(texts)) if texts else []


def packed_tokens(texts: list[str]) -> Packed:
    """:func:`index_texts` of a non-empty batch, before it is decoded (:func:`unpack`)."""
    codes = _codes(_SEPARATOR.join(texts))
    classes = _class_of(codes)
    classes[np.cumsum([len(text) + 1 for text in texts[:-1]], dtype=np.int64) - 1] = SEPARATOR
    codes, lower_each = _lowered(codes, classes)
    encoding = "utf-16-le" if codes.dtype == np.uint16 else "utf-32-le"
    return _layout(codes, classes).tobytes(), encoding, lower_each


def unpack(packed: Packed) -> list[str]:
    """The token string of each text of a :func:`packed_tokens` batch."""
    data, encoding, lower_each = packed
    texts_tokens = data.decode(encoding, "surrogatepass").split(_SEPARATOR)
    return [(tokens[:-1].lower() if lower_each else tokens[:-1]) for tokens in texts_tokens]


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


def _layout(codes: np.ndarray, classes: np.ndarray) -> np.ndarray:
    """The output: every text's tokens, each followed by a space, the texts apart at ``\\n``."""
    pairs = classes * np.uint8(_CLASSES)
    pairs[:-1] += classes[1:]
    slots = np.empty((codes.size, _SLOT_COUNT), codes.dtype)
    slots[:, 0] = codes
    slots[:-1, 1] = codes[1:]
    slots[-1:, 1] = 0
    slots[:, 2] = ord(" ")
    before, after = _inner_space_runs(classes)
    if before.size:  # 전략 기술: 략 is followed by 기 (the spaces between fill no slot)
        pairs[before] = CJK * _CLASSES + CJK
        slots[before, 1] = codes[after]
    filled = _SLOTS_PACKED[pairs].view(bool).reshape(codes.size, _SLOT_COUNT)
    return slots[filled]
