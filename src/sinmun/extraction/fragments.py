"""Half-cleaned dumps: page text with HTML fragments mixed in.

Such a dump keeps the visible header text (title, ``작성일 08-05``, counters) before the
first tag and the footer text (prev/next links, comment counter) after the last one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..article import RelatedLink
from .dates import PUBLISHED_LABELS, UPDATED_LABELS

_LABELS = "|".join(re.escape(label) for label in PUBLISHED_LABELS + UPDATED_LABELS)
_TITLE_END = re.compile(r"\s(?:" + _LABELS + r")(?:일시|시간|일자|일)?\s*[:：]?\s*\d")
_SHORT_DATE = r"(?:\d{4}[.-]\d{1,2}[.-]\d{1,2}\.?|\d{1,2}[.-]\d{1,2})"
_PREV_NEXT = re.compile(r"(?P<rel>이전|다음)\s+(?P<title>.{2,150}?)\s+(?P<date>" + _SHORT_DATE + r")(?=\s|$)")
_COMMENTS = re.compile(r"댓글\s*(?P<count>\d[\d,]*)")


@dataclass
class DumpText:
    lead: str
    tail: str


def split_dump(html: str) -> DumpText:
    """Text before the first tag and after the last one."""
    first = html.find("<")
    last = html.rfind(">")
    lead = html[:first] if first > 0 else ""
    tail = html[last + 1:] if 0 <= last < len(html) - 1 else ""
    return DumpText(lead=" ".join(lead.split()), tail=" ".join(tail.split()))


def title_from_lead(lead: str) -> str | None:
    """The headline: the lead text up to its first date label."""
    if not lead:
        return None
    match = _TITLE_END.search(" " + lead)
    title = lead[: match.start() - 1] if match else lead
    title = title.strip()
    return title if 2 <= len(title) <= 300 else None


def related_from_text(text: str) -> list[RelatedLink]:
    return [RelatedLink(rel="prev" if m["rel"] == "이전" else "next", title=m["title"].strip(), date=m["date"])
            for m in _PREV_NEXT.finditer(text)]


def comment_count_from_text(text: str) -> int | None:
    match = _COMMENTS.search(text)
    return int(match["count"].replace(",", "")) if match else None
