"""Masking personal data in body text: e-mail addresses, phone numbers, resident registration numbers."""
from __future__ import annotations

import re
from collections import Counter

from ..article import Article
from ..extraction.clean import EMAIL_RE

# 900101-1234567: a real birth date, then a 1-8 (sex/century, foreigners 5-8) and six digits.
RRN_RE = re.compile(r"(?<![\d-])\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s?-\s?[1-8]\d{6}(?!\d)")
# 010-1234-5678, 01012345678, 02-123-4567, 031.123.4567, (02) 123-4567, +82 10-1234-5678, 1588-1234
PHONE_RE = re.compile(
    r"(?<![\d.-])(?:"
    r"(?:\+82[-.\s]?|\(?0)(?:1[016789]|2|[3-6][1-5]|70|50\d?)\)?[-.\s]?\d{3,4}[-.\s]?\d{4}"
    r"|1[56]\d{2}-\d{4}(?![년\d])"
    r")(?![\d])"
)
MASKS = {"rrn": (RRN_RE, "[RRN]"), "email": (EMAIL_RE, "[EMAIL]"), "phone": (PHONE_RE, "[PHONE]")}
MODES = ("body", "all")


def redact_text(text: str) -> tuple[str, Counter[str]]:
    """``text`` with personal data masked, and how many of each kind were masked."""
    counts: Counter[str] = Counter()
    for kind, (pattern, mask) in MASKS.items():  # RRN first: its digits would also look like a phone number
        text, found = pattern.subn(mask, text)
        if found:
            counts[kind] += found
    return text, counts


def redact_article(article: Article, mode: str = "body") -> Counter[str]:
    """Mask personal data in the body (in place). ``mode="all"`` also drops the reporters' e-mail
    addresses, which ``"body"`` keeps (a byline address is published contact data)."""
    if mode not in MODES:
        raise ValueError(f"redaction mode must be one of {MODES}, not {mode!r}")
    counts: Counter[str] = Counter()
    paragraphs = []
    for paragraph in article.body_paragraphs:
        masked, found = redact_text(paragraph)
        paragraphs.append(masked)
        counts += found
    article.body_paragraphs = paragraphs
    if mode == "all":
        for reporter in article.reporters:
            if reporter.email:
                reporter.email = None
                counts["reporter_email"] += 1
    return counts
