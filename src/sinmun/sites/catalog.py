"""What the site profiles cover, as plain data: one entry per site with its outlet, hosts and dated layouts.

``sinmun sites`` prints it (table, JSON, Markdown) and the README's coverage table is generated from it
(``scripts/sites_table.py``), so the two cannot drift apart (``tests/test_sites_catalog.py``).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .base import SiteProfile
from .sources import OUTLETS

#: how a portal's own pages are named when the profile's press is the original outlet
PORTAL_NAMES = {"naver": "네이버", "daum": "다음"}
#: portal sections whose profiles are named after them
SECTION_NAMES = {"naver-entertain": "네이버 연예", "naver-sports": "네이버 스포츠"}


@dataclass(frozen=True)
class Layout:
    version: str
    valid_from: date | None
    valid_until: date | None

    @property
    def dates(self) -> str:
        """The range as words: ``2018-01-01 – 2022-12-31``, ``from 2022-01-01``, ``until 2020-12-31``, ``undated``."""
        if self.valid_from and self.valid_until:
            return f"{self.valid_from.isoformat()} – {self.valid_until.isoformat()}"
        if self.valid_from:
            return f"from {self.valid_from.isoformat()}"
        if self.valid_until:
            return f"until {self.valid_until.isoformat()}"
        return "undated"


@dataclass(frozen=True)
class Site:
    name: str
    outlet: str
    portal: str | None
    hosts: tuple[str, ...]
    layouts: tuple[Layout, ...]

    def as_dict(self) -> dict:
        return {"name": self.name, "outlet": self.outlet, "portal": self.portal, "hosts": list(self.hosts),
                "layouts": [{"version": x.version,
                             "valid_from": x.valid_from.isoformat() if x.valid_from else None,
                             "valid_until": x.valid_until.isoformat() if x.valid_until else None}
                            for x in self.layouts]}


def _outlet(name: str, layouts: list[SiteProfile]) -> str:
    """The press a site's profiles name; for a portal (its pages name the press) the portal; else the outlet."""
    press = next((p.press for p in layouts if p.press), None)
    if press:
        return press
    portal = next((p.portal for p in layouts if p.portal), None)
    if portal:
        label = SECTION_NAMES.get(name) or (OUTLETS[name].title if name in OUTLETS else PORTAL_NAMES.get(portal))
        return f"{label or portal} (portal)"
    return OUTLETS[name].title if name in OUTLETS else name


def catalog(profiles: list[SiteProfile]) -> list[Site]:
    """One :class:`Site` per profile name, in the order the profiles are tried."""
    by_name: dict[str, list[SiteProfile]] = {}
    for profile in profiles:
        by_name.setdefault(profile.name, []).append(profile)
    return [Site(name=name, outlet=_outlet(name, layouts),
                 portal=next((p.portal for p in layouts if p.portal), None),
                 hosts=tuple(dict.fromkeys(h for p in layouts for h in p.hosts)),
                 layouts=tuple(Layout(p.version, p.valid_from, p.valid_until) for p in layouts))
            for name, layouts in by_name.items()]


def markdown_table(sites: list[Site]) -> str:
    """The coverage table in Markdown (what the README carries)."""
    lines = ["| outlet | profile | hosts | layouts |", "|---|---|---|---|"]
    for site in sites:
        hosts = ", ".join(f"`{h}`" for h in site.hosts)
        layouts = "; ".join(f"{x.version} ({x.dates})" for x in site.layouts)
        lines.append(f"| {site.outlet} | `{site.name}` | {hosts} | {layouts} |")
    return "\n".join(lines) + "\n"
