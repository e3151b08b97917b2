"""Korean-aware tokenisation for SQLite FTS5.

Python's ``sqlite3`` cannot register a custom FTS5 tokenizer, so text is tokenised here and
stored in the FTS table as space-separated tokens (the table's own ``ascii`` tokenizer only
splits on those spaces). Two tokenisers are offered; docs/archive.md has the measurements
that picked :class:`BigramTokenizer` as the archive's default:

* :class:`BigramTokenizer` - overlapping character bigrams over each run of Hangul / CJK text.
  Runs continue across single spaces, so ``전략 기술`` and ``전략기술`` share the bigram ``략기``
  and a query for either finds both. Query words lose trailing particles (``전략기술을`` ->
  ``전략기술``, by a table: :func:`strip_particles`) and become phrase queries over their bigrams.
* :class:`MorphemeTokenizer` - kiwipiepy content morphemes (nouns, verb/adjective stems,
  roots, foreign words, numbers). Particles and endings are dropped by the analyser.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

#: Hangul syllables, CJK ideographs, kana: scripts written without spaces between morphemes.
_CJK = "\uac00-\ud7a3\u3400-\u4dbf\u4e00-\u9fff\u3040-\u30ff"
_SPACES = re.compile(r"[ \t\u00a0]+")
#: Spaces between two CJK characters: removed, so runs continue across them.
_INNER_SPACE = re.compile(rf"(?<=[{_CJK}])[ \t\u00a0]+(?=[{_CJK}])")
#: A CJK run, or a word of other letters/digits.
_TOKEN = re.compile(rf"([{_CJK}]+)|([^\W_{_CJK}]+)")
_QUERY_TERM = re.compile(r'"([^"]+)"|(\S+)')

class Tokenizer(Protocol):
    name: str

    def index_text(self, text: str) -> str:
        """The text as space-separated index tokens."""

    def index_texts(self, texts: list[str]) -> list[str]:
        """:meth:`index_text` of many texts (a batch costs less than one call per text)."""

    def match_query(self, query: str) -> str | None:
        """An FTS5 MATCH expression for a user query (None when it has no searchable token)."""

    def match_phrases(self, query: str) -> list[str]:
        """The phrases that :meth:`match_query` ANDs together, one FTS5 expression each."""

    def highlight_terms(self, query: str) -> list[str]:
        """The strings to mark in result snippets."""


@dataclass(frozen=True)
class QueryTerm:
    text: str
    exact: bool  # a "quoted phrase": matched as written


#: A query uses its first MAX_QUERY_TERMS distinct terms (each cut to MAX_TERM_CHARS characters):
#: a pasted paragraph costs no more than a few words, and the cost never grows with its length.
MAX_QUERY_TERMS = 16
MAX_TERM_CHARS = 64


def _query_terms(query: str) -> Iterator[QueryTerm]:
    """Every term of a query, duplicates included, read lazily from left to right."""
    for found in _QUERY_TERM.finditer(query):
        quoted, word = found.groups()
        text = (quoted or word).strip()
        if text and text.upper() not in ("AND", "OR", "NOT"):
            yield QueryTerm(_SPACES.sub(" ", text)[:MAX_TERM_CHARS].strip(), bool(quoted))


def parse_query(query: str) -> list[QueryTerm]:
    """Split a query into terms: words, or "quoted phrases" kept as written.

    Repeated terms count once, and only the first :data:`MAX_QUERY_TERMS` distinct terms are
    kept; the rest of the query is not even read.
    """
    return _first_distinct(_query_terms(query))


def _first_distinct(terms: Iterable[QueryTerm]) -> list[QueryTerm]:
    kept: dict[QueryTerm, None] = {}
    for term in terms:
        kept.setdefault(term)
        if len(kept) == MAX_QUERY_TERMS:
            break
    return list(kept)


_OPERATORS = {("", "AND"), ("", "OR"), ("", "NOT")}


def dropped_terms(query: str) -> int:
    """About how many distinct terms of ``query`` :func:`parse_query` leaves out (one regex pass)."""
    return max(0, len(set(_QUERY_TERM.findall(query)) - _OPERATORS) - MAX_QUERY_TERMS)


def _fts_string(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


# --- kiwipiepy, loaded once and only when needed ------------------------------------------

_kiwi_lock = threading.Lock()
_kiwi = None


def kiwi():
    """The shared kiwipiepy analyser (loading takes about a second, so it happens once)."""
    global _kiwi
    with _kiwi_lock:
        if _kiwi is None:
            from kiwipiepy import Kiwi
            _kiwi = Kiwi()
        return _kiwi


def analyse(text: str) -> list:
    """kiwipiepy tokens of ``text`` (calls are serialised: one analyser serves every thread)."""
    analyser = kiwi()
    with _analyse_lock:
        return analyser.tokenize(text)


_analyse_lock = threading.Lock()


# --- particles, from a table --------------------------------------------------------------

#: Particles and copula endings a query word may carry, with the stems each one follows:
#: "C" a syllable with a final consonant (받침), "V" one without, "VL" without or with ㄹ
#: (서울로), "" any. Non-Hangul stems (AI, 5G) take any. 으로 is let after ㄹ too (기술으로:
#: a common misspelling).
_PARTICLES: dict[str, str] = {
    "이": "C", "가": "V", "은": "C", "는": "V", "을": "C", "를": "V", "과": "C", "와": "V",
    "의": "", "에": "", "도": "", "만": "", "께": "", "로": "VL", "이나": "C", "나": "V", "이랑": "C", "랑": "V",
    "으로": "C", "에서": "", "에게": "", "께서": "", "한테": "", "까지": "", "부터": "", "처럼": "", "보다": "",
    "마저": "", "조차": "", "마다": "", "만큼": "", "밖에": "", "에는": "", "에도": "", "에의": "",
    "에서는": "", "에서도": "", "에서의": "", "에게는": "", "에게도": "", "으로는": "C", "로는": "VL",
    "으로도": "C", "로도": "VL", "으로서": "C", "로서": "VL", "으로써": "C", "로써": "VL",
    "과의": "C", "와의": "V", "과는": "C", "와는": "V", "와도": "V", "이란": "C", "란": "V",
    "이라는": "C", "라는": "V", "이라고": "C", "라고": "V", "이며": "C", "이고": "C", "이다": "C",
    "이었다": "C", "였다": "V",
}
#: Particles that may leave a one-syllable stem (책을 -> 책, 집에서 -> 집): no common
#: two-syllable noun ends in them. The others (이 가 의 도 로 과, and 과는 이나 라는 built on
#: them) end many (국가 물가 회의 도로 결과 길이 나라), so they need a stem of two syllables.
_SHORT_STEM_PARTICLES = frozenset(p for p in _PARTICLES if p[0] in "을를은는에으") | frozenset(
    "까지 부터 처럼 보다 마저 조차 밖에 한테 마다".split())
#: Nouns of three or more syllables that end in a particle look-alike, kept whole.
_NOUNS = frozenset("""
어린이 고양이 원자로 활주로 고속도로 경기도 강원도 충청도 전라도 경상도 제주도 울릉도 정상회의 국무회의
전원회의 민주주의 자본주의 사회주의 공산주의 보호주의 자유주의 전문가 소설가 정치가 작곡가
""".split())


def _final(syllable: str) -> int | None:
    """The final-consonant index of a Hangul syllable (0: none, 8: ㄹ), None for any other character."""
    code = ord(syllable) - 0xAC00
    return code % 28 if 0 <= code <= 0xD7A3 - 0xAC00 else None


def _follows(stem: str, particle: str) -> bool:
    if len(stem) < (1 if particle in _SHORT_STEM_PARTICLES else 2):
        return False
    final = _final(stem[-1])
    rule = _PARTICLES[particle]
    if final is None or not rule:
        return True
    return {"C": final != 0, "V": final == 0, "VL": final in (0, 8)}[rule]


@lru_cache(maxsize=4096)
def strip_particles(word: str) -> str:
    """``전략기술을`` -> ``전략기술``, ``반도체가`` -> ``반도체``, ``기업들의`` -> ``기업``; ``국가`` stays.

    The longest particle or copula ending of :data:`_PARTICLES` that the word ends in is cut when
    the stem left fits it: long enough (two syllables for most one-syllable particles, so that
    국가, 회의, 도로 stay whole) and with the final consonant the particle follows (가 after a
    vowel, 이 after a consonant: 전문가 is not 전문 + 가). A plural 들 at the end goes too.
    No analyser is loaded (kiwipiepy costs seconds and ~500 MiB per process): the query path
    stays fast from a cold start.

    The table errs towards cutting: a word cut too far (정상회의 -> 정상회) still finds every
    article holding it, because its bigrams are a prefix of the whole word's; a particle left on
    (물이, one syllable and 이) finds only that spelling. tests/test_archive_particles.py compares
    the table with kiwipiepy's analysis on invented query words and lists where they differ.
    """
    if len(word) < 2 or _final(word[-1]) is None or word in _NOUNS:
        return word
    for size in (3, 2, 1):
        particle = word[-size:]
        stem = word[:-size]
        if particle in _PARTICLES and stem and _follows(stem, particle):
            word = stem
            break
    return word[:-1] if word.endswith("들") and len(word) > 2 else word


def highlight_terms(query: str) -> list[str]:
    """The query's terms as they should appear in text: quoted as written, words without particles."""
    return list(dict.fromkeys(t.text if t.exact else strip_particles(t.text) for t in parse_query(query)))


# --- character bigrams ---------------------------------------------------------------------

class BigramTokenizer:
    """Overlapping character bigrams for CJK runs; other words lower-cased whole."""

    name = "bigram-v1"

    def tokens(self, text: str, *, run_ends: bool = True) -> list[str]:
        """Index tokens; ``run_ends`` adds each run's last syllable (for one-syllable queries)."""
        out: list[str] = []
        for run, word in _TOKEN.findall(_INNER_SPACE.sub("", text)):
            if word:
                out.append(word.lower())
            elif len(run) == 1:
                out.append(run)
            else:
                out.extend(map(str.__add__, run, run[1:]))
                if run_ends:
                    out.append(run[-1])
        return out

    def index_text(self, text: str) -> str:
        return " ".join(self.tokens(text))

    def index_texts(self, texts: list[str]) -> list[str]:
        """The same strings as :meth:`index_text`, computed for the whole batch with numpy
        (:mod:`sinmun.archive.bigram_batch`); character by character where numpy is missing."""
        try:
            from .bigram_batch import index_texts
        except ImportError:
            return [self.index_text(text) for text in texts]
        return index_texts(texts)

    def _term_expression(self, term: QueryTerm) -> str | None:
        text = term.text if term.exact else " ".join(strip_particles(w) for w in term.text.split())
        tokens = self.tokens(text, run_ends=False)
        if not tokens:
            return None
        phrase = _fts_string(" ".join(tokens))
        if len(tokens[-1]) == 1 and re.match(f"[{_CJK}]", tokens[-1]):
            # a run of one syllable (칩 in AI칩): any bigram starting with it, or a run ending in it
            return phrase + " *"
        return phrase

    def match_phrases(self, query: str) -> list[str]:
        return list(dict.fromkeys(p for p in (self._term_expression(t) for t in parse_query(query)) if p))

    def match_query(self, query: str) -> str | None:
        return " AND ".join(self.match_phrases(query)) or None

    def highlight_terms(self, query: str) -> list[str]:
        return highlight_terms(query)


# --- kiwipiepy morphemes -------------------------------------------------------------------

_CONTENT_TAGS = ("NNG", "NNP", "NNB", "NR", "NP", "VV", "VA", "XR", "SL", "SH", "SN", "MAG")


class MorphemeTokenizer:
    """Content morphemes from kiwipiepy (particles and endings dropped)."""

    name = "kiwi-v1"

    def tokens(self, text: str) -> list[str]:
        return [t.form.lower() for t in analyse(text) if t.tag.startswith(_CONTENT_TAGS)]

    def index_text(self, text: str) -> str:
        return " ".join(self.tokens(text))

    def index_texts(self, texts: list[str]) -> list[str]:
        return [self.index_text(text) for text in texts]

    def _parts(self, query: str) -> list[str]:
        parts = []
        for term in parse_query(query):
            tokens = self.tokens(term.text)
            if tokens:
                joined = " ".join(tokens)
                parts.append(_fts_string(joined) if term.exact else " AND ".join(map(_fts_string, tokens)))
        return list(dict.fromkeys(parts))

    def match_query(self, query: str) -> str | None:
        return " AND ".join(self._parts(query)) or None

    def match_phrases(self, query: str) -> list[str]:
        return list(dict.fromkeys(phrase for part in self._parts(query) for phrase in part.split(" AND ")))

    def highlight_terms(self, query: str) -> list[str]:
        return highlight_terms(query)


TOKENIZERS: dict[str, type] = {BigramTokenizer.name: BigramTokenizer, MorphemeTokenizer.name: MorphemeTokenizer}


def tokenizer_named(name: str) -> Tokenizer:
    try:
        return TOKENIZERS[name]()
    except KeyError:
        raise ValueError(f"unknown tokenizer {name!r} (known: {', '.join(TOKENIZERS)})") from None


# --- snippets ------------------------------------------------------------------------------

def term_pattern(terms: list[str]) -> re.Pattern[str] | None:
    """A regex finding the terms in original text, with or without spaces between syllables."""
    alternatives = []
    for term in sorted({t for t in terms if t.strip()}, key=len, reverse=True):
        chars = [re.escape(c) for c in _SPACES.sub("", term)]
        alternatives.append(r"\s*".join(chars))
    return re.compile("|".join(alternatives), re.I) if alternatives else None


Segment = tuple[str, bool]  # (text, is_match)


def snippet(text: str, pattern: re.Pattern[str] | None, width: int = 160) -> list[Segment]:
    """About ``width`` characters of ``text`` around the first match, as marked segments."""
    text = _SPACES.sub(" ", text.replace("\n", " ")).strip()
    first = pattern.search(text) if pattern else None
    start = max(0, (first.start() - width // 3) if first else 0)
    end = min(len(text), start + width)
    window = text[start:end]
    segments: list[Segment] = [("…", False)] if start > 0 else []
    segments += mark(window, pattern)
    if end < len(text):
        segments.append(("…", False))
    return segments


def mark(text: str, pattern: re.Pattern[str] | None) -> list[Segment]:
    """``text`` split into plain and matching segments."""
    if not pattern:
        return [(text, False)] if text else []
    segments: list[Segment] = []
    position = 0
    for match in pattern.finditer(text):
        if match.start() > position:
            segments.append((text[position:match.start()], False))
        if match.end() > match.start():
            segments.append((match.group(), True))
        position = match.end()
    if position < len(text):
        segments.append((text[position:], False))
    return segments
