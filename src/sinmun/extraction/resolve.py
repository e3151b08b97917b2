"""The resolver: each field of the record from an ordered tuple of sources.

A *source* is a small function of the page (:class:`Context`) that offers candidates for one field: a
site profile's selector, the embedded story JSON, JSON-LD, a meta tag, a byline rule, the URL. A
:class:`FieldRule` lists a field's sources in precedence order (the lists are in
:mod:`sinmun.extraction.fields`, ``FIELD_RULES``); a site profile may give its own order for a field
(``SiteProfile.sources``). The first acceptable candidate wins. Sources after the winner are not read
at all, unless the rule *consults* them (a reporter's e-mail lent by another source, a date's seconds)
or the caller asked for an explanation; then every source is read and every offer kept, so
:mod:`sinmun.extraction.explain` can say why the others lost.

Fields may depend on each other (the subtitle must differ from the title, the press may come from the
copyright line): a source asks :meth:`Context.value` for the other field, which is resolved once and
remembered. Nothing else is shared between fields, so a field's value is the same whatever order they
are asked in. Page facts that several sources read (the body container, the embedded story) are
computed once through :meth:`Context.once`.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from .metadata import PageMeta
from .parse import Page

if TYPE_CHECKING:
    from ..sites.base import SiteProfile

T = TypeVar("T")


@dataclass(slots=True)
class Candidate:
    """One value a source offers for a field. A candidate with a ``problem`` is never chosen.

    (Treated as immutable; not ``frozen`` because a frozen dataclass is slow to make, and every page
    makes dozens.)"""

    value: Any
    source: str
    confidence: float
    problem: str | None = None
    #: what the source read, when the value was made from it (a date's text)
    raw: str | None = None


@dataclass(slots=True)
class Rejected:
    """What a source returns for something it found but cannot offer (a date without a year)."""

    value: Any
    reason: str


@dataclass(slots=True)
class Offer:
    """A value with the text it was read from (``Candidate.raw``)."""

    value: Any
    raw: str


@dataclass(frozen=True, eq=False)
class Source:
    """A named way to find a field's value; ``confidence`` says how much a value from it is usually worth."""

    name: str
    confidence: float
    read: Callable[[Context], Iterable[Any]] = field(compare=False)

    def __call__(self, ctx: Context) -> list[Candidate]:
        found: list[Candidate] = []
        for value in self.read(ctx):
            if value is None or value == "" or value == []:
                continue
            if isinstance(value, Rejected):
                raw = value.value if isinstance(value.value, str) else None
                found.append(Candidate(value.value, self.name, self.confidence, problem=value.reason, raw=raw))
            elif isinstance(value, Offer):
                found.append(Candidate(value.value, self.name, self.confidence, raw=value.raw))
            else:
                found.append(Candidate(value, self.name, self.confidence))
        return found


def source(name: str, confidence: float) -> Callable[[Callable[[Context], Iterable[Any]]], Source]:
    """Make a function ``(ctx) -> values`` a :class:`Source` (empty values are not offers)."""
    def wrap(read: Callable[[Context], Iterable[Any]]) -> Source:
        return Source(name, confidence, read)
    return wrap


@dataclass(slots=True)
class Resolution:
    """How one field got its value: the winner, every offer that was read, and what the rule made of it."""

    name: str
    winner: Candidate | None
    value: Any
    #: every candidate read, in precedence order (the winner among them)
    offers: list[Candidate] = field(default_factory=list)
    #: sources read that offered nothing
    silent: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: what the rule changed in the winner's value (seconds added from another source, e-mails lent)
    notes: list[str] = field(default_factory=list)

    def first(self, *sources: str) -> Candidate | None:
        """The first acceptable offer from one of ``sources``."""
        return next((c for c in self.offers if c.source in sources and c.problem is None), None)


#: a rule's last step: it may change ``resolution.value`` (and add warnings or notes) from the offers read
Settle = Callable[["Context", Resolution], None]


@dataclass(frozen=True)
class FieldRule:
    """A field's sources in precedence order, and what happens to the winner."""

    sources: tuple[Source, ...]
    #: the value when no source offers one (called: a fresh list each time)
    empty: Callable[[], Any] = lambda: None
    settle: Settle | None = None
    #: sources read even after a winner (``settle`` needs their offers); ``ALL`` for every one
    consult: frozenset[str] = frozenset()


_MISSING: Any = object()
#: ``FieldRule.consult`` value meaning every source
ALL = frozenset({"*"})


class Context:
    """One page under extraction: what every source may read, and the fields resolved so far."""

    def __init__(self, page: Page, *, profile: SiteProfile | None, meta: PageMeta, url: str | None,
                 page_url: str | None, reference: date | None, rules: Mapping[str, FieldRule],
                 explain: bool = False) -> None:
        self.page, self.profile, self.meta = page, profile, meta
        self.url, self.page_url, self.reference = url, page_url, reference
        self.rules, self.explain = rules, explain
        self._resolutions: dict[str, Resolution] = {}
        self._resolving: list[str] = []
        self._memo: dict[Callable[[Context], Any], Any] = {}

    def once(self, fact: Callable[[Context], T]) -> T:
        """``fact(self)``, computed on first use and remembered (a page fact several sources read)."""
        value: T = self._memo.get(fact, _MISSING)
        if value is _MISSING:
            value = self._memo[fact] = fact(self)
        return value

    def settle(self, fact: Callable[[Context], T], value: T) -> None:
        """Give ``fact`` its value for this page before any source asks (a reader that worked it out another
        way, such as :mod:`sinmun.extraction.large` for the body of a page read in chunks)."""
        self._memo[fact] = value

    def sources_for(self, name: str) -> tuple[Source, ...]:
        own = self.profile.sources.get(name) if self.profile is not None else None
        return own if own is not None else self.rules[name].sources

    def value(self, name: str) -> Any:
        resolved = self._resolutions.get(name)
        return (resolved if resolved is not None else self.resolution(name)).value

    def resolution(self, name: str) -> Resolution:
        if name not in self._resolutions:
            if name in self._resolving:  # a rule that needs itself is a bug in the rules, not in the page
                raise RuntimeError(f"field {name!r} depends on itself: {' -> '.join(self._resolving)}")
            self._resolving.append(name)
            try:
                self._resolutions[name] = self._resolve(name)
            finally:
                self._resolving.pop()
        return self._resolutions[name]

    @property
    def resolutions(self) -> dict[str, Resolution]:
        return dict(self._resolutions)

    def _resolve(self, name: str) -> Resolution:
        rule = self.rules[name]
        resolution = Resolution(name=name, winner=None, value=None)
        read_all = self.explain or rule.consult is ALL
        winner: Candidate | None = None
        for src in self.sources_for(name):
            if winner is not None and not read_all and src.name not in rule.consult:
                if not rule.consult:
                    break  # nothing after the winner is read
                continue
            offers = src(self)
            if not offers:
                resolution.silent.append(src.name)
                continue
            resolution.offers += offers
            if winner is None:
                for candidate in offers:
                    if candidate.problem is None:
                        winner = candidate
                        break
        resolution.winner = winner
        resolution.value = winner.value if winner is not None else rule.empty()
        if rule.settle is not None:
            rule.settle(self, resolution)
        return resolution
