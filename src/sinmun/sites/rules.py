"""Small reusable readers for a profile's own sources: what its selectors cannot say.

Each is written for one markup habit shared by several Korean news sites, not for one page.
"""
from __future__ import annotations

from urllib.parse import parse_qs

from ..article import Reporter
from ..extraction.clean import EMAIL_RE, add_reporter, find_reporters
from ..extraction.parse import Page
from ..extraction.urls import split_url


def reporters_from_links(page: Page, selector: str,
                         email_params: tuple[str, ...] = ("email", "mail")) -> list[Reporter]:
    """Reporters from byline links that carry the e-mail in their URL (``…?author=홍길동 기자&email=hong@x.kr``)."""
    found: list[Reporter] = []
    for link in page.tree.css(selector):
        href = link.attributes.get("href") or ""
        parts = split_url(href)
        query = parse_qs(parts.query) if parts else {}
        email = next((query[p][0] for p in email_params if query.get(p) and EMAIL_RE.fullmatch(query[p][0])), None)
        email = email or next(iter(EMAIL_RE.findall(href)), None)
        text = link.text(separator=" ", strip=True) or " ".join(query.get("author", []))
        names = [r.name for r in find_reporters(text)]
        for i, name in enumerate(names):
            add_reporter(found, name, email if i == len(names) - 1 else None)
    return found
