"""The labels a generic body's text ends with: ``Comments``, ``Tags:``, ``Share``, ``Previous post``.

A container found without a site profile often closes with the widgets under the article: a
comment counter's label, a tag line's heading, a pager, an ad marker. Such a line is short (up
to :data:`LABEL_CHARS`), mostly letters (not a date or a time, which a list page ends with) and
no sentence, or the number a counter shows beside its label. Up to :data:`MAX_LABELS` of them are
removed from the end of a body whose last line before them closes a sentence; more would be a
list of headlines, not an article's tail.
"""
from __future__ import annotations

import re

from .clean import Cleaned

#: a label is at most this long
LABEL_CHARS = 30
#: a counter's number (reactions, comments) is this many digits at most: a longer number is no widget's
MAX_COUNTER_DIGITS = 4
#: at most this many labels close a body
MAX_LABELS = 3
#: the rule name of a removed label (in ``Cleaned.removed_rules``, and so in ``explain``)
TRAILING_RULE = "trailing label"
_SENTENCE_CLOSE = re.compile(r"[.!?\u2026\u3002][\"'\u201d\u2019\u00bb)\]]*$")


def drop_trailing_labels(cleaned: Cleaned) -> None:
    """Remove the labels ending ``cleaned.paragraphs`` (recorded as removed with :data:`TRAILING_RULE`)."""
    paragraphs = cleaned.paragraphs
    count = 0
    while count < len(paragraphs) and count <= MAX_LABELS and is_label(paragraphs[-1 - count]):
        count += 1
    if not count or count > MAX_LABELS or count == len(paragraphs):
        return
    if not _SENTENCE_CLOSE.search(paragraphs[-1 - count]):
        return
    for _ in range(count):
        cleaned.remove(paragraphs.pop(), TRAILING_RULE)
    cleaned.removed[-count:] = reversed(cleaned.removed[-count:])  # in reading order


def is_label(line: str) -> bool:
    """Short, mostly letters (at least three), and not a sentence; or a counter's number beside its label (``좋아요``
    then ``0``)."""
    if len(line) > LABEL_CHARS or _SENTENCE_CLOSE.search(line):
        return False
    if line.isdigit():
        return len(line) <= MAX_COUNTER_DIGITS
    letters = sum(c.isalpha() for c in line)
    return letters >= 3 and letters * 2 >= len(line.replace(" ", ""))

