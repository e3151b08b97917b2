"""Small reusable steps for site ``finish`` hooks: what a profile's selectors cannot say.

Each is written for one markup habit shared by several Korean news sites, not for one page.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from selectolax.lexbor import LexborHTMLParser

from ..article import Article, Reporter
from ..clean import EMAIL_RE, _add_reporter, clean_paragraphs, find_reporters
from ..content import caption_texts, find_body_node, read_paragraphs
from ..dates import labelled_dates, parse_date
from ..parse import Page
from .base import SiteProfile, select_first

_BREAK_RUN = re.compile(r"(?:<br\s*/?>\s*)+", re.I)


def join_lone_breaks(html: str) -> str:
    """A lone ``<br>`` becomes a space; runs of two or more stay (they end a paragraph)."""
    return _BREAK_RUN.sub(lambda m: m.group(0) if m.group(0).lower().count("<br") >= 2 else " ", html)


def reread_body_on_break_runs(page: Page, article: Article, profile: SiteProfile) -> None:
    """Re-read the body where paragraphs are text runs split by ``<br><br>``.

    The generic reader ends a paragraph at every ``<br>``; on these sites a single ``<br>``
    only breaks a line inside a paragraph (``□ 방송일시 … <br>□ 진행 …``).
    """
    node, _ = find_body_node(page.tree, profile.body)
    if node is None or not article.body_paragraphs:
        return
    root = LexborHTMLParser(f"<div>{join_lone_breaks(node.html or '')}</div>").css_first("div")
    if root is None:
        return
    captions = caption_texts(root) | {i.caption for i in article.images if i.caption}
    paragraphs = [p for p in read_paragraphs(root, profile.drop) if p not in captions]
    cleaned = clean_paragraphs(paragraphs)
    if cleaned.paragraphs:
        article.body_paragraphs = cleaned.paragraphs


def labelled_updated(page: Page, article: Article, selectors: tuple[str, ...]) -> None:
    """The 수정 time from a line that holds both times (``등록 2023.04.05 19:50 / 수정 2023.04.05 19:51``)."""
    text = select_first(page.tree, selectors)
    updated_text = labelled_dates(text).get("updated") if text else None
    when = parse_date(updated_text) if updated_text else None
    if when is None:
        return
    updated = when.iso()
    if not article.published or updated[:19] > article.published[:19]:
        article.updated = updated


def reporters_from_links(page: Page, selector: str, email_params: tuple[str, ...] = ("email", "mail")) -> list[Reporter]:
    """Reporters from byline links that carry the e-mail in their URL (``…?author=홍길동 기자&email=hong@x.kr``)."""
    found: list[Reporter] = []
    for link in page.tree.css(selector):
        href = link.attributes.get("href") or ""
        query = parse_qs(urlsplit(href).query)
        email = next((query[p][0] for p in email_params if query.get(p) and EMAIL_RE.fullmatch(query[p][0])), None)
        email = email or next(iter(EMAIL_RE.findall(href)), None)
        text = link.text(separator=" ", strip=True) or " ".join(query.get("author", []))
        names = [r.name for r in find_reporters(text)]
        for i, name in enumerate(names):
            _add_reporter(found, name, email if i == len(names) - 1 else None)
    return found
