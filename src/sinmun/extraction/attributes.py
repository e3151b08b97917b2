"""A bound on the attributes of one tag, applied to the raw markup before the HTML parser sees it.

lexbor checks each new attribute of an element against the ones it already has, so a tag with k
distinct attributes costs k² steps: 20,000 of them (170 kB) take 0.7 s, a 6 MB tag would take
an hour. No real page needs thousands of attributes on one element; past :data:`MAX_ATTRIBUTES`
the rest of the tag is dropped (its ``>`` stays, so the markup after it parses as before).

Finding such a tag must not cost a scan of every tag (a regex over the markup costs two thirds of
a parse). A tag of :data:`MAX_ATTRIBUTES` attributes is at least 2 × that long, so it covers a
whole aligned block of :data:`BLOCK` bytes without a ``>``; one ``bytes.find`` per block (a
``memchr``, about 1 % of a parse) finds the candidates, and only those are read attribute by
attribute. Not caught: a tag whose values are quoted and each hold a ``>`` (the blocks then all
hold one).
"""
from __future__ import annotations

import re

#: attributes kept on one tag (lexbor reads 2,000 in about 7 ms)
MAX_ATTRIBUTES = 2000
#: block size of the cheap scan: a tag longer than twice this covers a block with no ``>``
BLOCK = 2048

#: the first tag opening in a stretch of markup (the name ends at a space, '/' or '>')
_TAG_OPEN = re.compile(rb"<[a-zA-Z][^\s/>]*+")
#: one attribute as the HTML tokenizer reads it: separators, a name, an optional value
_ATTRIBUTE = re.compile(rb"""[\s/]*+[^\s/>=][^\s/>=]*+(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]*+))?""")
#: bytes of which at least one comes between two attributes (whitespace, '/', a closing quote)
_SEPARATORS = (b" ", b"\t", b"\n", b"\r", b"\f", b"/", b'"', b"'")
#: where raw text (script, style, comment) may start or end before a stretch
_RAW_OPENERS = (b"<script", b"<SCRIPT", b"<style", b"<STYLE", b"<!--")
_RAW_CLOSERS = (b"</script", b"</SCRIPT", b"</style", b"</STYLE", b"-->")


def _in_raw_text(markup: bytes, at: int) -> bool:
    """Whether ``at`` may lie inside a script, style or comment (its last opener comes after its
    last closer); such text has no attributes to bound."""
    opened = max(markup.rfind(opener, 0, at) for opener in _RAW_OPENERS)
    return opened > max(markup.rfind(closer, 0, at) for closer in _RAW_CLOSERS)


def _after_raw_text_opener(markup: bytes, at: int) -> bool:
    """Whether the last ``<`` before ``at`` opens a script or style (so ``at`` is in its text: long inline
    scripts without a ``<`` are the common stretch without ``>``)."""
    opened = markup.rfind(b"<", 0, at)
    return opened >= 0 and markup[opened + 1:opened + 7].lower() in (b"script", b"style>", b"style ")


def _overflow_at(markup: bytes, start: int, end: int) -> int | None:
    """Where the attributes past :data:`MAX_ATTRIBUTES` of the tag opened in ``markup[start:end]``
    begin, or None (no tag opens there, it has fewer, or the stretch is raw text)."""
    if end - start < 2 * MAX_ATTRIBUTES or _after_raw_text_opener(markup, start):
        return None
    tag = _TAG_OPEN.search(markup, start, end - 2 * MAX_ATTRIBUTES)
    if tag is None:
        return None
    if sum(markup.count(separator, tag.end(), end) for separator in _SEPARATORS) < MAX_ATTRIBUTES:
        return None  # each attribute after the first needs a separator before it or a quote
    if _in_raw_text(markup, tag.start()):
        return None
    at = tag.end()
    for count, attribute in enumerate(_ATTRIBUTE.finditer(markup, at, end), 1):
        if count > MAX_ATTRIBUTES:
            return attribute.start()
        at = attribute.end()
    return None


def cap_attributes(markup: bytes) -> tuple[bytes, int]:
    """``markup`` with every tag bounded to :data:`MAX_ATTRIBUTES` attributes, and how many tags were cut.

    A page without such a tag comes back as it is (the same object)."""
    size = len(markup)
    find = markup.find
    pieces: list[bytes] = []
    kept_from = cut = 0
    block = 0
    while block + BLOCK <= size:
        if find(b">", block, block + BLOCK) >= 0:
            block += BLOCK
            continue
        start = markup.rfind(b">", 0, block) + 1
        end = find(b">", block)
        end = size if end < 0 else end
        overflow = _overflow_at(markup, start, end)
        if overflow is not None:
            pieces.append(markup[kept_from:overflow])
            kept_from = end
            cut += 1
        block = (end // BLOCK + 1) * BLOCK
    if not cut:
        return markup, 0
    pieces.append(markup[kept_from:])
    return b"".join(pieces), cut
