"""Site profiles: one small module per site, each a list of layouts (newest first).

:func:`match` picks the profile for a page from its URL's host, or from markers in the
markup when the URL is unknown; among a site's layouts it takes the first whose markers
or body selector fit the page. ``sources`` declares, per outlet, where ``sinmun crawl`` finds its articles.

Profiles from outside the package: call :func:`register` with :class:`SiteProfile` objects, or
declare an entry point in the ``sinmun.sites`` group naming a module with a ``PROFILES`` list (or the
list itself); those load on the first :func:`match`. Registered profiles come before the built-in
ones, so a user's profile for a host wins.

Part of core extraction. May import the extraction stages (:mod:`sinmun.extraction`: the pipeline
applies a profile, a profile's hooks use the stages' readers — the one documented package cycle) and
:mod:`sinmun.article`; never :mod:`sinmun.corpus`, :mod:`sinmun.io`, :mod:`sinmun.archive`,
:mod:`sinmun.web`, :mod:`sinmun.cli` or :mod:`sinmun.crawl` (``tests/test_architecture.py``).
"""
from __future__ import annotations

import warnings
from collections.abc import Iterable
from importlib.metadata import entry_points

from .base import SiteProfile, select_all, select_first
from . import chosun, daum, imbc, kbs, mk, naver, sbs, tvchosun, ytn
# the major outlets' own sites, one module a line
from . import yna
from . import joongang
from . import donga
from . import hani
from . import khan
from . import hankookilbo
from . import kmib
from . import seoul
from . import segye
from . import munhwa
from . import kookje
from . import mt
from . import asiae
from . import mbn
from . import nocutnews
from . import jtbc
from . import hankyung
from . import osen
from . import yonhapnewstv
from . import channela
from . import ndsoft
from . import sedaily
from . import newsis
from . import news1
from . import fnnews
from . import imaeil
from . import edaily
from . import etoday
from . import dailian
from . import dt
from . import sportschosun
from . import ohmynews
from . import zdnet
from . import heraldcorp
from . import sportsseoul
from . import etnews
from . import inews24
from . import pressian
from . import busan
from . import newspim
from . import xportsnews
from . import ajunews
from ..extraction.urls import host_of

PROFILES: list[SiteProfile] = [
    *daum.PROFILES, *naver.PROFILES, *imbc.PROFILES, *kbs.PROFILES, *sbs.PROFILES,
    *chosun.PROFILES, *mk.PROFILES, *tvchosun.PROFILES, *ytn.PROFILES,
    *yna.PROFILES,
    *joongang.PROFILES,
    *donga.PROFILES,
    *hani.PROFILES,
    *khan.PROFILES,
    *hankookilbo.PROFILES,
    *kmib.PROFILES,
    *seoul.PROFILES,
    *segye.PROFILES,
    *munhwa.PROFILES,
    *kookje.PROFILES,
    *mt.PROFILES,
    *asiae.PROFILES,
    *mbn.PROFILES,
    *nocutnews.PROFILES,
    *jtbc.PROFILES,
    *hankyung.PROFILES,
    *osen.PROFILES,
    *yonhapnewstv.PROFILES,
    *channela.PROFILES,
    *ndsoft.PROFILES,
    *sedaily.PROFILES,
    *newsis.PROFILES,
    *news1.PROFILES,
    *fnnews.PROFILES,
    *imaeil.PROFILES,
    *edaily.PROFILES,
    *etoday.PROFILES,
    *dailian.PROFILES,
    *dt.PROFILES,
    *sportschosun.PROFILES,
    *ohmynews.PROFILES,
    *zdnet.PROFILES,
    *heraldcorp.PROFILES,
    *sportsseoul.PROFILES,
    *etnews.PROFILES,
    *inews24.PROFILES,
    *pressian.PROFILES,
    *busan.PROFILES,
    *newspim.PROFILES,
    *xportsnews.PROFILES,
    *ajunews.PROFILES,
]


#: the entry-point group other packages declare their profiles in
ENTRY_POINT_GROUP = "sinmun.sites"
_plugins_loaded = False


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
    return any(host == h or host.endswith("." + h) for h in profile.hosts)


def match(url: str | None, html: str, tree) -> SiteProfile | None:
    """The profile for this page, or None for the generic path.

    A known URL decides: a host without a profile takes the generic path whatever the markup
    holds. Markers pick the profile only when the URL (or its host) is unknown.
    """
    _load_plugins()
    host = host_of(url)
    candidates = [p for p in PROFILES if host and _host_matches(host, p)]
    if not candidates:
        if host:
            return None
        head = html[:200_000]
        candidates = [p for p in PROFILES if p.markers and p.matches_markup(head)]
    if not candidates:
        return None
    head = html[:400_000]
    for profile in candidates:
        if profile.markers and profile.matches_markup(head):
            return profile
    for profile in candidates:
        if any(tree.css_first(s) is not None for s in profile.body):
            return profile
    return candidates[0]


__all__ = ["PROFILES", "SiteProfile", "match", "register", "host_of", "select_all", "select_first"]
