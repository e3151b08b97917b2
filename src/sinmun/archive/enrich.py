"""Enrichment from kiwipiepy's analysis: nouns (for keywords), people (with their titles kept
apart), organisations and places.

One analyser pass per article (title and body together), and :func:`analyse_many` sends a batch
of articles through kiwipiepy's batch API, whose worker threads analyse while Python reads the
results. Entities follow how Korean news names them:

* people: a name (surname + given name, or a foreign name) before a title, possibly with an
  organisation or place between (``홍길동 한빛부 장관`` -> 홍길동, title 장관), before ``씨``, or
  a name-shaped proper noun on its own;
* organisations: well-known bodies (with their short forms joined: ``문체부`` = 문화체육관광부)
  and proper nouns ending like one (``-위원회``, ``-공사``, ``-은행``, ``-그룹``, ``-대학교``, ``-당``…);
* places: countries, regions, provinces, cities and districts, and proper nouns ending like one
  (``-구``, ``-동``, ``-역``, ``-광장``…); a city that acts (``서울시는 밝혔다``) is an organisation.
"""
from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from . import gazetteer as gz
from .entity_rules import Chunk, chunks_of, find_entities

KEYWORDS_PER_ARTICLE = 10
#: Articles handed to the analyser at once by :func:`analyse_many`.
BATCH = 64


@dataclass
class Enrichment:
    nouns: Counter = field(default_factory=Counter)
    people: Counter = field(default_factory=Counter)
    orgs: Counter = field(default_factory=Counter)
    places: Counter = field(default_factory=Counter)
    #: person -> the titles written with them (``{"홍길동": Counter({"장관": 2})}``)
    titles: dict[str, Counter] = field(default_factory=dict)


_lock = threading.Lock()
#: One analysis at a time per process (the analyser's own worker threads do the parallel work).
_tokenize_lock = threading.Lock()
_analyser = None


def analyser(workers: int | None = None):
    """The process's kiwipiepy analyser, with the gazetteer in its user dictionary.

    It is built once (loading takes about a second and ~450 MiB), with ``workers`` threads for the
    batch API (default: one per core); later calls return the same analyser whatever they ask.
    """
    global _analyser
    with _lock:
        if _analyser is None:
            from ..extras import require
            kiwi = require("kiwipiepy", "archive").Kiwi(num_workers=workers if workers and workers > 0 else -1)
            for word, value in gz.user_words():
                kiwi.add_user_word(word, "NNP", 0.0, user_value=value)
            _analyser = kiwi
        return _analyser


def analyse(title: str, body: str) -> Enrichment:
    """Nouns (title counts double), people with titles, organisations and places of one article."""
    text, title_end = _joined(title, body)
    kiwi = analyser()
    with _tokenize_lock:
        tokens = kiwi.tokenize(text)
    return enrichment_of(tokens, text, title_end)


def analyse_many(articles: Iterable[tuple[str, str]], *, workers: int | None = None) -> list[Enrichment]:
    """:func:`analyse` of many ``(title, body)`` articles through the analyser's batch API
    (``workers`` is used only if this call builds the analyser, see :func:`analyser`)."""
    return list(iter_analyse(articles, workers=workers))


def iter_analyse(articles: Iterable[tuple[str, str]], *, workers: int | None = None) -> Iterator[Enrichment]:
    """Like :func:`analyse_many`, one batch of :data:`BATCH` articles at a time."""
    kiwi = analyser(workers)
    batch: list[tuple[str, int]] = []
    for title, body in articles:
        batch.append(_joined(title, body))
        if len(batch) >= BATCH:
            yield from _run_batch(kiwi, batch)
            batch = []
    if batch:
        yield from _run_batch(kiwi, batch)


def _run_batch(kiwi, batch: list[tuple[str, int]]) -> Iterator[Enrichment]:
    with _tokenize_lock:  # results are read while the analyser's threads work on the next texts
        results = [enrichment_of(tokens, text, title_end)
                   for (text, title_end), tokens in zip(batch, kiwi.tokenize([text for text, _ in batch]))]
    yield from results


def _joined(title: str, body: str) -> tuple[str, int]:
    """Title and body as one text (one analyser call), and where the title ends."""
    title = title or ""
    body = body or ""
    if not title:
        return body, 0
    return title + "\n" + body, len(title)


def enrichment_of(tokens: list, text: str, title_end: int) -> Enrichment:
    """The enrichment of one analysed text."""
    chunks = chunks_of(tokens, text)
    enrichment = Enrichment(nouns=_nouns(chunks, title_end))
    found = find_entities(chunks, text)
    enrichment.people, enrichment.orgs, enrichment.places = found.people, found.orgs, found.places
    enrichment.titles = found.titles
    return enrichment


def _nouns(chunks: list[Chunk], title_end: int) -> Counter:
    nouns: Counter = Counter()
    for chunk in chunks:
        word = chunk.noun
        if len(word) >= 2 and not word.isdigit():
            nouns[word] += 2 if chunk.start < title_end else 1
    return nouns
