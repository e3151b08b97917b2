"""Site profiles: one small module per site, each a list of layouts (newest first).

:func:`match` picks the profile for a page from its URL's host, or from markers in the
markup when the URL is unknown; among a site's layouts it takes the first whose markers
or body selector fit the page and, when several fit, the one in use on the page's date
(``valid_from``/``valid_until``). ``sources`` declares, per outlet, where ``sinmun crawl`` finds its articles.

The built-in profiles come from the modules named in :data:`_MODULES` (one a line: adding an outlet is
adding its module and one line). Profiles from outside the package: call :func:`register` with
:class:`SiteProfile` objects, or declare an entry point in the ``sinmun.sites`` group naming a module with
a ``PROFILES`` list (or the list itself); those load on the first :func:`match`. Registered profiles come
before the built-in ones, so a user's profile for a host wins.

Part of core extraction. May import the extraction stages (:mod:`sinmun.extraction`: the pipeline
applies a profile, a profile's hooks use the stages' readers — the one documented package cycle) and
:mod:`sinmun.article`; never :mod:`sinmun.corpus`, :mod:`sinmun.io`, :mod:`sinmun.archive`,
:mod:`sinmun.web`, :mod:`sinmun.cli` or :mod:`sinmun.crawl` (``tests/test_architecture.py``).
"""
from __future__ import annotations

import importlib
import operator
import warnings
from collections.abc import Callable, Iterable
from datetime import date
from importlib.metadata import entry_points

from .base import SiteProfile, select_all, select_first
from .markers import FoundMarkers, MarkerIndex, MarkersOnDemand, page_date
from ..extraction.urls import host_of

#: the modules under sinmun.sites that hold built-in profiles (a ``PROFILES`` list each), in match order
_MODULES = (
    "daum",
    "naver",
    "naver_entertain",
    "naver_sports",
    "imbc",
    "kbs",
    "sbs",
    "chosun",
    "mk",
    "tvchosun",
    "ytn",
    # the major outlets' own sites
    "yna",
    "joongang",
    "donga",
    "hani",
    "khan",
    "hankookilbo",
    "kmib",
    "seoul",
    "segye",
    "munhwa",
    "kookje",
    "mt",
    "asiae",
    "mbn",
    "nocutnews",
    "jtbc",
    "hankyung",
    "osen",
    "yonhapnewstv",
    "channela",
    "ndsoft",
    "sedaily",
    "newsis",
    "news1",
    "fnnews",
    "imaeil",
    "edaily",
    "etoday",
    "dailian",
    "dt",
    "sportschosun",
    "ohmynews",
    "zdnet",
    "heraldcorp",
    "sportsseoul",
    "etnews",
    "inews24",
    "pressian",
    "busan",
    "newspim",
    "xportsnews",
    "ajunews",
    "kwangju",
)

#: the built-in profiles, in match order (what the README's coverage table lists)
BUILT_IN: tuple[SiteProfile, ...] = tuple(
    profile for module in _MODULES for profile in importlib.import_module(f"{__name__}.{module}").PROFILES
)
#: the profiles :func:`match` tries: registered ones first, then the built-in ones
PROFILES: list[SiteProfile] = list(BUILT_IN)

#: the entry-point group other packages declare their profiles in
ENTRY_POINT_GROUP = "sinmun.sites"
_plugins_loaded = False
#: markers are looked for in the first this many characters of a page when its URL names no profile's host ...
DISCOVERY_SPAN = 200_000
#: ... and in the first this many when telling one layout of a site from another
LAYOUT_SPAN = 400_000


class _Index:
    """The marker and host indexes of :data:`PROFILES`, rebuilt whenever the list changed (``register``, or a
    direct edit)."""

    def __init__(self) -> None:
        #: the profiles the indexes were built from (held, so that their identities stay theirs)
        self.built_from: tuple[SiteProfile, ...] = ()
        self.index = MarkerIndex([])
        #: per host a profile names, the positions in :data:`PROFILES` of the profiles naming it
        self.by_host: dict[str, list[int]] = {}

    def _fresh(self) -> None:
        current, built = tuple(PROFILES), self.built_from
        if len(current) != len(built) or not all(map(operator.is_, current, built)):
            self.index = MarkerIndex([m for p in current for m in p.markers])
            self.by_host = {}
            for position, profile in enumerate(current):
                for name in dict.fromkeys(profile.hosts):
                    self.by_host.setdefault(name, []).append(position)
            self.built_from = current

    def get(self) -> MarkerIndex:
        self._fresh()
        return self.index

    def for_host(self, host: str) -> list[SiteProfile]:
        """The profiles one of whose hosts is ``host`` or a domain above it, in :data:`PROFILES` order."""
        self._fresh()
        # ``host`` itself and every part after one of its dots: what ``host.endswith("." + name)`` tests
        names = [host] + [host[i + 1:] for i, char in enumerate(host) if char == "."]
        positions = sorted({p for name in names for p in self.by_host.get(name, ())})
        return [self.built_from[p] for p in positions]


_INDEX = _Index()


def register(*profiles: SiteProfile) -> None:
    """Add site profiles (before the built-in ones, so they win for their hosts)."""
    for profile in profiles:
        if not isinstance(profile, SiteProfile):
            raise TypeError(f"not a SiteProfile: {profile!r}")
    PROFILES[:0] = [p for p in profiles if p not in PROFILES]


def _load_plugins() -> None:
    """The profiles of installed packages' ``sinmun.sites`` entry points (once; a broken one is a warning)."""
    global _plugins_loaded
    if _plugins_loaded:
        return
    _plugins_loaded = True
    for point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = point.load()
            found: Iterable[SiteProfile] = getattr(loaded, "PROFILES", loaded)
            register(*found)
        except Exception as exc:  # a third-party plugin must not break extraction
            warnings.warn(f"site profiles of entry point {point.name!r} not loaded: {exc}", stacklevel=2)


def _host_matches(host: str, profile: SiteProfile) -> bool:
    """Whether ``host`` is one of the profile's hosts or under one (what :meth:`_Index.for_host` answers for all)."""
    return any(host == h or host.endswith("." + h) for h in profile.hosts)


def match(url: str | None, html: str, tree, when: date | None = None) -> SiteProfile | None:
    """The profile for this page, or None for the generic path.

    A known URL decides: a host without a profile takes the generic path whatever the markup
    holds. Markers pick the profile only when the URL (or its host) is unknown; then all profiles'
    markers are found in one scan per attribute (:class:`~sinmun.sites.markers.MarkerIndex`).
    When several layouts of the site fit, ``when`` (the day the
    page was fetched: a WARC date, the caller's reference date) or else the page's own publication date
    picks the layout in use that day.
    """
    _load_plugins()
    candidates, found = _candidates(host_of(url), html)
    if not candidates:
        return None
    fitting = _first_site_fitting(candidates, lambda p: found.any_of(p.markers, LAYOUT_SPAN))
    fitting = fitting or _first_site_fitting(candidates, lambda p: any(tree.css_first(s) is not None for s in p.body))
    if not fitting:
        return candidates[0]
    return _in_use(fitting, html, when)


def _first_site_fitting(candidates: list[SiteProfile], fits: Callable[[SiteProfile], bool]) -> list[SiteProfile]:
    """The candidates that ``fits`` accepts and that belong to the first accepted one's site, in order: the
    layouts of other sites are not tried once the site is known (nor their markers looked for)."""
    first = next((p for p in candidates if fits(p)), None)
    if first is None:
        return []
    return [p for p in candidates if p.name == first.name and (p is first or fits(p))]


def _candidates(host: str | None, html: str) -> tuple[list[SiteProfile], FoundMarkers]:
    """The profiles the page may be in (by host, or by markers for an unknown host) and the markers found."""
    if host:
        candidates = _INDEX.for_host(host)
        # a few layouts' markers: each looked for when a layout is tried, once, stopping at its first occurrence
        return candidates, MarkersOnDemand(html, LAYOUT_SPAN)
    # every profile found here has its markers within the layout span as well
    found = _INDEX.get().scan(html, DISCOVERY_SPAN)
    return [p for p in PROFILES if found.any_of(p.markers, DISCOVERY_SPAN)], found


def _in_use(fitting: list[SiteProfile], html: str, when: date | None) -> SiteProfile:
    """The fitting layout served on the page's day (the first fitting one when no day tells)."""
    if len(fitting) == 1 or all(p.valid_from is None and p.valid_until is None for p in fitting):
        return fitting[0]
    day = when or page_date(html, DISCOVERY_SPAN)
    serving = [p for p in fitting if day is not None and p.in_use_on(day)]
    return min(enumerate(serving), key=_evidence)[1] if serving else fitting[0]


def _evidence(ranked: tuple[int, SiteProfile]) -> tuple[bool, int, int]:
    """How little a serving layout's dates say about the day (smaller says more; newest first on ties).

    An older layout whose end is unknown yields to a newer one also in use that day: its open end only
    means nobody recorded when it was replaced (the newest layout's open end means it is still served).
    Then a layout dated on both sides says more than one open on a side."""
    position, profile = ranked
    older_with_unknown_end = position > 0 and profile.valid_until is None
    return older_with_unknown_end, (profile.valid_from is None) + (profile.valid_until is None), position


__all__ = ["BUILT_IN", "PROFILES", "SiteProfile", "match", "register", "host_of", "select_all", "select_first"]
