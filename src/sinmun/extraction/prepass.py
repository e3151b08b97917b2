"""Linear passes over raw markup that keep the HTML parser's work bounded.

Two habits of broken or hostile pages make parsing and extraction slow: elements nested
hundreds of thousands deep (the parser walks its stack of open elements for every tag, so
its time grows with depth times tags) and megabytes of script in front of the article (a
size bound cut on raw text would then keep only script). Both are handled here, on the
text, before the parser sees it.
"""
from __future__ import annotations

import re
from itertools import accumulate
from operator import sub

#: open elements deeper than this are flattened: their tags go, their text stays.
MAX_NESTING = 512

_VOID = ("area|base|br|col|embed|hr|img|input|keygen|link|meta|param|source|track|wbr|basefont|bgsound|frame|"
         "image|isindex|spacer")
# Elements an opening tag of their own kind (or their parent's end) closes: they do not nest by themselves.
_SELF_CLOSING_KIN = "p|li|dt|dd|option|optgroup|tr|td|th|tbody|thead|tfoot|colgroup|caption|rb|rt|rtc|rp"
_SELF_CLOSING_KIN_SET = frozenset(_SELF_CLOSING_KIN.split("|"))
#: tags that never add to the depth: void elements, the above, the document's own and raw-text elements.
_UNCOUNTED = frozenset(f"{_VOID}|{_SELF_CLOSING_KIN}|html|head|body|script|style|textarea|title|xmp".split("|"))
# HTML elements whose ``<x/>`` still opens an element (the slash is ignored outside SVG/MathML).
_SLASH_IGNORED = frozenset(
    "div|section|article|aside|nav|main|header|footer|blockquote|center|ul|ol|dl|table|form|fieldset|figure|"
    "details|dialog|address|menu|dir|span|font|a|b|i|u|em|strong|small|big|s|strike|tt|code|nobr|label|button".split("|"))
# Comments, scripts and styles are skipped whole (an unclosed one runs to the end, as in HTML);
# the loops are unrolled (runs of non-'<') so that long scripts scan at regex speed.
_RAW = (r"!--[^-]*(?:-(?!->)[^-]*)*(?:-->|\Z)"
        r"|script\b[^>]{0,4096}>[^<]*(?:<(?!/script)[^<]*)*"
        r"|style\b[^>]{0,4096}>[^<]*(?:<(?!/style)[^<]*)*")
#: group 1: '/name' or 'name' of a tag; empty for skipped raw text.
_TAG_NAMES = re.compile(r"<(?:" + _RAW + r"|(/?[a-zA-Z][a-zA-Z0-9]*))", re.I)


def _any_case(word: str) -> str:
    return "".join(f"[{c.lower()}{c.upper()}]" for c in word)


def _raw_text_any_case(name: str) -> str:
    """A script or style element skipped whole, as in :data:`_RAW`, its name after the leading ``s`` in any case."""
    return (_any_case(name[1:]) + r"\b[^>]{0,4096}>[^<]*(?:<(?!/" + _any_case(name) + r")[^<]*)*")


#: the tag names of UTF-8 markup (what the parser reads): the same scan, a byte per ASCII character, with
#: the case spelt out (``[sS][cC]...``), which the regex engine matches faster than under IGNORECASE, and
#: script and style behind one ``[sS]`` (a tag is tried against one branch fewer).
_TAG_NAMES_UTF8 = re.compile((r"<(?:!--[^-]*(?:-(?!->)[^-]*)*(?:-->|\Z)|[sS](?:" + _raw_text_any_case("script") + "|"
                              + _raw_text_any_case("style") + r")|(/?[a-zA-Z][a-zA-Z0-9]*))").encode())
#: the same tags with their attributes and closing '/>' (groups: slash, name, self-closing slash).
#: (A tag's attributes are taken possessively, up to its '>', then a look back for the '/': a lazy run that
#: tried '/>' at every character cost 4,096 steps for each '<' of a page whose tags never close.)
_TAGS = re.compile(r"<(?:" + _RAW + r"|(/?)([a-zA-Z][a-zA-Z0-9]*)(?:[^>]{0,4096}+(?:(?<=(/)))?>)?)", re.I)


def _delta(token: str | bytes) -> int:
    name = (token.decode("ascii") if isinstance(token, bytes) else token).lstrip("/").lower()
    if not name or name in _UNCOUNTED:
        return 0
    return -1 if token[:1] in ("/", b"/") else 1


_STEP_MARK = {1: b"+", -1: b"/", 0: b""}


class _Steps(dict[str | bytes, bytes]):
    """Each tag token's step in depth as one byte (``+`` in, ``/`` out, none for a tag that does not
    count), worked out the first time the token is seen."""

    def __missing__(self, token: str | bytes) -> bytes:
        if len(self) > _MAX_REMEMBERED_TOKENS:  # hostile pages invent endless tag names
            self.clear()
        step = self[token] = _STEP_MARK[_delta(token)]
        return step


_MAX_REMEMBERED_TOKENS = 4096
_STEPS = _Steps()
#: a step byte as the running sum's step plus one (``+`` adds 2, ``/`` adds 0): sums stay C integers
_STEP_PLUS_ONE = bytes.maketrans(b"+/", b"\x02\x00")
#: the steps are summed this many at a time when only a bound against a limit is asked for
_STRETCH = 256


def _steps(html: str | bytes) -> bytes:
    """The page's counted tags in order, one step byte each (the scan runs at regex speed)."""
    tokens: list[str | bytes] = (_TAG_NAMES_UTF8.findall(html) if isinstance(html, bytes)
                                 else _TAG_NAMES.findall(html))
    return b"".join(map(_STEPS.__getitem__, tokens))


def _range_of_walk(steps: bytes) -> int:
    """How far the running depth strays from its start and lowest point: the highest running sum
    (and 0) minus the lowest (and 0)."""
    if not steps:
        return 0
    running = list(map(sub, accumulate(steps.translate(_STEP_PLUS_ONE)), range(1, len(steps) + 1)))
    return max(0, max(running)) - min(0, min(running))


def nesting_upper_bound(html: str | bytes) -> int:
    """A cheap upper bound on how deep the page nests elements.

    Opening tags count up, closing tags down; tags that cannot nest by themselves (``p``, ``li``,
    ``td``, void elements) do not count, nor do tags inside comments, scripts and styles. The depth
    at any point is the running sum minus its lowest value before (and 0): at most the walk's range.
    ``html`` may be the page's UTF-8 bytes (the parser's input), which scan faster than its text.
    """
    return _range_of_walk(_steps(html))


def nests_deeper_than(html: str | bytes, limit: int) -> bool:
    """Whether :func:`nesting_upper_bound` exceeds ``limit``, from sums of stretches of steps: within a
    stretch the depth moves at most by its ins and outs, so only a page whose stretches could reach
    past ``limit`` is walked step by step."""
    steps = _steps(html)
    if len(steps) <= limit:  # the walk's range is at most its length
        return False
    high = low = depth = 0
    for start in range(0, len(steps), _STRETCH):
        stretch = steps[start:start + _STRETCH]
        outs = stretch.count(b"/")
        high = max(high, depth + len(stretch) - outs)
        low = min(low, depth - outs)
        depth += len(stretch) - 2 * outs
    return high - low > limit and _range_of_walk(steps) > limit


def flatten_deep_nesting(html: str, limit: int = MAX_NESTING, *, encoded: bytes | None = None) -> tuple[str, int]:
    """Drop the tags of elements nested deeper than ``limit``; return the markup and how many went.

    Text and void elements (``<br>``, ``<img>``) stay, so nothing readable is lost; a page
    that never nests that deep comes back unchanged. ``encoded``, the page's UTF-8 form when
    the caller has it, is scanned for the depth bound instead of the text.
    """
    if not nests_deeper_than(html if encoded is None else encoded, limit):
        return html, 0
    pieces: list[str] = []
    kept_from = dropped = depth = 0
    open_counts: dict[str, int] = {}
    for match in _TAGS.finditer(html):
        closing, name, self_closed = match.groups()
        if name is None:
            continue  # a comment, script or style
        name = name.lower()
        if name in _UNCOUNTED and name not in _SELF_CLOSING_KIN_SET:
            continue  # void elements, the document's own html/head/body
        if closing:
            if open_counts.get(name):
                open_counts[name] -= 1
                depth -= 1
            deep = depth >= limit
        elif name in _SELF_CLOSING_KIN_SET or (self_closed and name not in _SLASH_IGNORED):
            deep = depth >= limit
        else:
            open_counts[name] = open_counts.get(name, 0) + 1
            depth += 1
            deep = depth > limit
        if deep:
            pieces.append(html[kept_from:match.start()])
            kept_from = match.end()
            dropped += 1
    if not dropped:
        return html, 0
    pieces.append(html[kept_from:])
    return "".join(pieces), dropped


#: scripts kept when a huge page loses its scripts: structured data that metadata.py and arc.py read.
_KEPT_SCRIPT = re.compile(r"application/ld\+json|Fusion\.(?:globalContent|arcSite)", re.I)
_INERT = re.compile(r"<!--[^-]*(?:-(?!->)[^-]*)*(?:-->|\Z)"
                    r"|<(script|style)\b[^>]{0,4096}>[^<]*(?:<(?!/\1)[^<]*)*(?:</\1[^>]{0,256}>|\Z)", re.I)


def drop_inert_markup(html: str, keep_budget: int) -> str:
    """Remove comments, styles and scripts in one pass; keep JSON-LD and Arc XP story scripts
    (up to ``keep_budget`` characters in all, each whole or not at all)."""
    budget = keep_budget

    def replace(match: re.Match[str]) -> str:
        nonlocal budget
        text = match.group(0)
        if match.group(1) and match.group(1).lower() == "script" and len(text) <= budget \
                and _KEPT_SCRIPT.search(text, 0, 4096 + 200):
            budget -= len(text)
            return text
        return ""

    return _INERT.sub(replace, html)
