"""Site profiles: one small module per site, each a list of layouts (newest first).

:func:`match` picks the profile for a page from its URL's host, or from markers in the
markup when the URL is unknown; among a site's layouts it takes the first whose markers
or body selector fit the page. ``sources`` declares, per outlet, where ``sinmun crawl`` finds its articles.

Part of core extraction. May import the extraction stages (:mod:`sinmun.extraction`: the pipeline
applies a profile, a profile's hooks use the stages' readers — the one documented package cycle) and
:mod:`sinmun.article`; never :mod:`sinmun.corpus`, :mod:`sinmun.io`, :mod:`sinmun.archive`,
:mod:`sinmun.web`, :mod:`sinmun.cli` or :mod:`sinmun.crawl` (``tests/test_architecture.py``).
"""
from __future__ import annotations

from .base import SiteProfile, select_all, select_first
from . import chosun, daum, imbc, kbs, mk, naver, sbs, tvchosun, ytn
from ..extraction.urls import host_of

PROFILES: list[SiteProfile] = [
    *daum.PROFILES, *naver.PROFILES, *imbc.PROFILES, *kbs.PROFILES, *sbs.PROFILES,
    *chosun.PROFILES, *mk.PROFILES, *tvchosun.PROFILES, *ytn.PROFILES,
]


def _host_matches(host: str, profile: SiteProfile) -> bool:
    return any(host == h or host.endswith("." + h) for h in profile.hosts)


def match(url: str | None, html: str, tree) -> SiteProfile | None:
    """The profile for this page, or None for the generic path.

    A known URL decides: a host without a profile takes the generic path whatever the markup
    holds. Markers pick the profile only when the URL (or its host) is unknown.
    """
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


__all__ = ["PROFILES", "SiteProfile", "match", "host_of", "select_all", "select_first"]
