"""Finding the site markers of a page without one pass per marker per profile, and the page's own date.

Most markers are attribute fragments (``id="dic_area"``, ``class="news_txt"``): :class:`MarkerIndex` puts all
markers that open with the same attribute (``id="``, ``class="``, ``name="`` …) into one regular expression,
that attribute literally followed by a trie of the values (common prefixes shared), so one pass per
attribute finds every marker of that form however many profiles there are. The few markers of another
shape are looked for with ``str.find``, each once. Measured on the shared Korean pages, a single trie of all
markers is slower than this in Python's regex engine (it tries the trie at every character that could
start a marker), which is why the scan is grouped by attribute.

The scan is exact: a marker that is a prefix of another is credited wherever the longer one is found, and
the scan steps back inside a match only where another marker could begin there.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from .base import Marker

#: the attribute a marker opens with (its group)
_ATTRIBUTE = re.compile(r"""[A-Za-z][\w:-]*=["']""")


def _parts(marker: Marker) -> tuple[str, ...]:
    return (marker,) if isinstance(marker, str) else marker


def _trie_regex(words: Iterable[str]) -> str:
    """One alternation of ``words`` as a trie: at each character only the branches that can still match."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(trie)


def _branch(node: dict[str, dict]) -> str:
    alternatives = [re.escape(char) + _branch(child) for char, child in sorted(node.items()) if char]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body})?" if "" in node else body  # greedy: the longest marker at a position wins


def _prefixes_of(word: str, words: Iterable[str]) -> list[str]:
    return [other for other in words if other != word and word.startswith(other)]


def _may_begin_inside(word: str, others: Sequence[str]) -> bool:
    """Whether another marker can start strictly inside an occurrence of ``word``."""
    return any(word[k:].startswith(o) or o.startswith(word[k:]) for k in range(1, len(word)) for o in others)


class FoundMarkers:
    """Where each marker string ends first in the scanned page (markers not found are absent)."""

    def __init__(self, first_end: dict[str, int]) -> None:
        self.first_end = first_end

    def has(self, marker: Marker, span: int) -> bool:
        """Whether ``marker`` (every part of a tuple marker) lies within the page's first ``span`` characters."""
        return all(self.first_end.get(part, span + 1) <= span for part in _parts(marker))

    def any_of(self, markers: Iterable[Marker], span: int) -> bool:
        return any(self.has(marker, span) for marker in markers)


def find_each(html: str, markers: Iterable[Marker], span: int) -> FoundMarkers:
    """The markers in ``html[:span]`` looked for one by one (for the few markers of one site's layouts)."""
    first_end: dict[str, int] = {}
    for word in dict.fromkeys(part for marker in markers for part in _parts(marker) if part):
        start = html.find(word, 0, span)
        if start >= 0:
            first_end[word] = start + len(word)
    return FoundMarkers(first_end)


class MarkersOnDemand(FoundMarkers):
    """:class:`FoundMarkers` of ``html[:span]`` (what :func:`find_each` would find there) that looks for each
    marker string only when first asked about it, with one ``str.find``: a site's layouts are tried in order,
    and the markers of layouts that need not be tried are never looked for."""

    def __init__(self, html: str, span: int) -> None:
        super().__init__({})
        self._html = html
        self._span = span
        self._absent: set[str] = set()

    def has(self, marker: Marker, span: int) -> bool:
        return all(self._ends_within(part, span) for part in _parts(marker))

    def _ends_within(self, part: str, span: int) -> bool:
        if not part:
            return False  # an empty part is never found (find_each leaves it out)
        if part not in self.first_end and part not in self._absent:
            start = self._html.find(part, 0, self._span)
            if start >= 0:
                self.first_end[part] = start + len(part)
            else:
                self._absent.add(part)
        return self.first_end.get(part, span + 1) <= span


class _Group:
    """The markers that open with one attribute, as one pattern scanned once."""

    def __init__(self, opening: str, words: list[str]) -> None:
        self.words = words
        self.pattern = re.compile(re.escape(opening) + _trie_regex(w[len(opening):] for w in words))
        self.prefixes = {w: _prefixes_of(w, words) for w in words}
        self.step_inside = {w: _may_begin_inside(w, [o for o in words if o != w]) for w in words}

    def scan(self, html: str, limit: int, first_end: dict[str, int]) -> None:
        position, wanted = 0, len(self.words)
        found_here = 0
        while found_here < wanted:
            found = self.pattern.search(html, position, limit)
            if found is None:
                return
            word, start = found.group(), found.start()
            for part in (word, *self.prefixes[word]):
                if part not in first_end:
                    first_end[part] = start + len(part)
                    found_here += 1
            position = start + 1 if self.step_inside[word] else found.end()


class MarkerIndex:
    """All marker strings of a set of profiles, grouped for a scan of one pass per attribute."""

    def __init__(self, markers: Iterable[Marker]) -> None:
        self.words = list(dict.fromkeys(part for marker in markers for part in _parts(marker) if part))
        by_opening: dict[str, list[str]] = {}
        for word in self.words:
            opening = _ATTRIBUTE.match(word)
            by_opening.setdefault(opening.group() if opening else "", []).append(word)
        self._loose = by_opening.pop("", [])
        self._groups = [_Group(opening, words) for opening, words in by_opening.items()]

    def scan(self, html: str, span: int) -> FoundMarkers:
        """The markers in ``html[:span]``, with where each first ends."""
        limit = min(span, len(html))
        found = find_each(html, self._loose, limit)
        for group in self._groups:
            group.scan(html, limit, found.first_end)
        return found


_DATE_KEY = r"(?:article:published_time|datePublished|og:regDate)"
_DAY = r"(\d{4})-?(\d{2})-?(\d{2})"
#: the publication day in the head: meta ``article:published_time``/``og:regDate`` (either attribute order)
#: or JSON-LD ``datePublished``
_PAGE_DATE = re.compile(
    _DATE_KEY + r"""["']?(?:\s*:\s*|[^>]{0,60}?content\s*=\s*)["']?""" + _DAY
    + r"""|content\s*=\s*["']""" + _DAY + r"""[^"']*["'][^>]{0,60}?""" + _DATE_KEY)


def page_date(html: str, span: int) -> date | None:
    """The day the page says it was published, read cheaply from its first ``span`` characters."""
    for found in _PAGE_DATE.finditer(html, 0, min(span, len(html))):
        year, month, day = (int(g) for g in found.groups() if g is not None)
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None
