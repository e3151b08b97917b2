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
from collections.abc import Callable

from .clean import Cleaned
from .language import hangul_count

#: a label is at most this long
LABEL_CHARS = 30
#: a counter's number (reactions, comments) is this many digits at most: a longer number is no widget's
MAX_COUNTER_DIGITS = 4
#: at most this many labels close a body
MAX_LABELS = 3
#: the rule name of a removed label (in ``Cleaned.removed_rules``, and so in ``explain``)
TRAILING_RULE = "trailing label"
LEADING_RULE = "leading label"
_SENTENCE_CLOSE = re.compile(r"[.!?\u2026\u3002][\"'\u201d\u2019\u00bb)\]]*$")


def drop_trailing_labels(cleaned: Cleaned) -> None:
    """Remove the labels ending ``cleaned.paragraphs`` (recorded as removed with :data:`TRAILING_RULE`)."""
    paragraphs = cleaned.paragraphs
    count = _label_run(paragraphs[::-1], _trailing_label)
    for _ in range(count):
        cleaned.remove(paragraphs.pop(), TRAILING_RULE)
    if count:
        cleaned.removed[-count:] = reversed(cleaned.removed[-count:])  # in reading order


def _label_run(lines: list[str], label: Callable[[str], bool]) -> int:
    """How many of the first ``lines`` are labels to remove: at most :data:`MAX_LABELS`, not all of them, and
    the line after them closes a sentence; else 0."""
    count = labels = 0  # a counter's number beside its label is no label of its own
    while count < len(lines) and labels <= MAX_LABELS and label(lines[count]):
        labels += not lines[count].isdigit()
        count += 1
    if not count or labels > MAX_LABELS or count == len(lines) or not _SENTENCE_CLOSE.search(lines[count]):
        return 0
    return count


#: a Korean label opening the body is this long at most (a subtitle line is longer: ``fields._SUBTITLE_CHARS``)
MAX_KOREAN_LEADING_LABEL_CHARS = 7
#: a line opened or closed by one of these is a transcript's marker or a dateline (``[앵커]``, ``【 앵커멘트 】``,
#: ``(서울=가상일보)``), never a widget's label
_MARKER_CHARS = "[]【】()<>〈〉◀▶"


def drop_leading_labels(cleaned: Cleaned) -> None:
    """Remove the widget labels opening ``cleaned.paragraphs`` (``기사 듣기``, ``가 가 가 가``, ``인쇄 공유``) before a
    sentence, as :func:`drop_trailing_labels` does at the end (recorded with :data:`LEADING_RULE`)."""
    paragraphs = cleaned.paragraphs
    count = _label_run(paragraphs, _leading_label)
    for line in paragraphs[:count]:
        cleaned.remove(line, LEADING_RULE)
    del paragraphs[:count]


def _leading_label(line: str) -> bool:
    """A label opening the body; a Korean one is shorter than a subtitle line (which the subtitle reader takes from
    there: ``요금 동결, 대여소 120곳``)."""
    if line.isdigit() or line[:1] in _MARKER_CHARS or line[-1:] in _MARKER_CHARS or not is_label(line):
        return False
    return len(line) <= MAX_KOREAN_LEADING_LABEL_CHARS or not hangul_count(line)


def is_label(line: str) -> bool:
    """Short, mostly letters (at least three), and not a sentence; or a counter's number beside its label (``좋아요``
    then ``0``)."""
    if len(line) > LABEL_CHARS or _SENTENCE_CLOSE.search(line):
        return False
    if line.isdigit():
        return len(line) <= MAX_COUNTER_DIGITS
    letters = sum(c.isalpha() for c in line)
    return letters >= 3 and letters * 2 >= len(line.replace(" ", ""))


#: a button's sign alone on its line is this long at most (``+``, ``▲``, ``>>``)
_SIGN_CHARS = 2


def _trailing_label(line: str) -> bool:
    """A label closing the body: as :func:`is_label`, or a Korean word of two syllables (``구독``, ``공감``), maybe
    with a counter's number (``공감0``), or a button's sign alone (``+``, ``▲``). (Not where the body opens: a
    section's name such as ``사회`` heads a list page's text there, and the page judge reads it.)"""
    if len(line) <= _SIGN_CHARS and not any(c.isalnum() for c in line):
        return True
    if counted := _KOREAN_COUNTER.fullmatch(line):  # a counter's label and number on one line: "공감0", "댓글 3"
        line = counted["label"]
    return len(line) == 2 == hangul_count(line) or is_label(line)


#: a Korean counter's label with its number beside it
_KOREAN_COUNTER = re.compile(r"(?P<label>[가-힣]{2,6})\s*\d{1,%d}" % MAX_COUNTER_DIGITS)

