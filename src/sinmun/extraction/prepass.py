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

from selectolax.lexbor import LexborHTMLParser

#: open elements deeper than this are flattened: their tags go, their text stays.
MAX_NESTING = 512
#: a page with at most this many '<' is parsed before its depth is known, and its tree checked after: on so few
#: tags the parser's worst case (every tag opening one more level) stays small (bench/adversarial.py measures
#: it), while the depth scan below costs about as much as the parse itself on an ordinary page.
FEW_TAGS = 4000

_VOID = ("area|base|br|col|embed|hr|img|input|keygen|link|meta|param|source|track|wbr|basefont|bgsound|frame|"
         "image|isindex|spacer")
# Elements an opening tag of their own kind (or their parent's end) closes: they do not nest by themselves.
_SELF_CLOSING_KIN = "p|li|dt|dd|option|optgroup|tr|td|th|tbody|thead|tfoot|colgroup|caption|rb|rt|rtc|rp"
_SELF_CLOSING_KIN_SET = frozenset(_SELF_CLOSING_KIN.split("|"))
#: tags that never add to the depth: void elements, the above, the document's own and raw-text elements.
_UNCOUNTED = frozenset(f"{_VOID}|{_SELF_CLOSING_KIN}|html|head|body|script|style|textarea|title|xmp|iframe|"
                        "noembed|noframes|plaintext".split("|"))
# HTML elements whose ``<x/>`` still opens an element (the slash is ignored outside SVG/MathML).
_SLASH_IGNORED = frozenset(
    "div|section|article|aside|nav|main|header|footer|blockquote|center|ul|ol|dl|table|form|fieldset|figure|"
    "details|dialog|address|menu|dir|span|font|a|b|i|u|em|strong|small|big|s|strike|tt|code|nobr|label|button".split("|"))
#: the characters the tokenizer reads as whitespace inside a tag (not \\v, which ``\\s`` also takes)
_WS = "\\t\\n\\f\\r "
#: raw-text and RCDATA elements: the tokenizer reads their content as text up to their own end tag
_RAW_TEXT = ("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes")


def _any_case(word: str) -> str:
    return "".join(f"[{c.lower()}{c.upper()}]" for c in word)


# A tag's attributes read as the tokenizer reads them (names, '=', quoted or bare values) up to its '>', so that
# a '<' inside a quoted value is no tag; each alternative starts on characters the others do not, and the loop is
# possessive, so the scan stays linear.
_ATTRS = (rf"(?:[{_WS}]+|/(?!>)|[^{_WS}/>][^{_WS}/>=]*"
          rf"(?:[{_WS}]*=[{_WS}]*(?:\"[^\"]*\"?|'[^']*'?|[^{_WS}>]*))?)*+")
# Comments as the tokenizer ends them (``<!-->``, ``<!--->``, ``-->``, ``--!>``, or the end of the page), then
# bogus comments (``<!DOCTYPE``, ``<!x``, ``<?x``, ``</ x``: up to the next '>').
_COMMENT = r"!--(?:-?>|[^-]*+(?:-(?!-!?>)[^-]*+)*+(?:--!?>|\Z))"
_BOGUS = r"[!?][^>]*+>?|/(?![a-zA-Z])[^>]*+>?"


def _raw_text(name: str, attributes: str) -> str:
    """One raw-text element skipped whole, after its first letter: the rest of its start tag (``attributes``:
    how its attributes are read) and its text up to ``</name`` and a delimiter (an unclosed one runs to the
    end, as in HTML); the case spelt out, which matches faster than IGNORECASE."""
    rest = rf"{_any_case(name[1:])}(?=[{_WS}/>]|\Z)"
    if name == "plaintext":
        return rest + r"[\s\S]*"  # the rest of the page is text
    end = rf"</{_any_case(name)}(?:[{_WS}/>]|\Z)"
    return rf"{rest}{attributes}>?[^<]*+(?:<(?!{end[1:]})[^<]*+)*+"


def _skipped(attributes: str) -> str:
    """Comments, bogus comments and raw-text elements, the latter grouped by first letter (a tag such as
    ``<span>`` is tried against the ``s`` names once)."""
    by_first: dict[str, list[str]] = {}
    for name in (*_RAW_TEXT, "plaintext"):
        by_first.setdefault(name[0], []).append(_raw_text(name, attributes))
    raw = "|".join(f"[{first}{first.upper()}](?:{'|'.join(names)})" for first, names in by_first.items())
    return rf"{_COMMENT}|{_BOGUS}|{raw}"


#: a tag name as the tokenizer reads it: a letter, then anything up to whitespace, '/' or '>'
_NAME = rf"[a-zA-Z][^{_WS}/>]*"
#: group 1: '/name' or 'name' of a tag; empty for comments and skipped raw text. (A tag's attributes are not
#: read: reading them as the tokenizer does, quoted values and all, tripled the cost of this scan.)
_TAG_NAMES = re.compile(rf"<(?:{_skipped('[^>]*+')}|(/?{_NAME}))")
#: the same scan over UTF-8 markup (what the parser reads), a byte per ASCII character.
_TAG_NAMES_UTF8 = re.compile(_TAG_NAMES.pattern.encode())
#: the same tags with their closing '/>' (groups: slash, name, self-closing slash; a slash that ends a bare
#: attribute value, ``<a href=x/>``, is the value's).
_TAGS = re.compile(rf"<(?:{_skipped(_ATTRS)}|(/?)({_NAME}){_ATTRS}(?:(/)>|>)?)")


def _name_and_direction(token: str | bytes) -> tuple[str, bool]:
    text = token.decode("latin-1") if isinstance(token, bytes) else token
    return text.lstrip("/").lower(), text.startswith("/")


#: each counted tag name's code in the step bytes (1 .. _SHARED_CODE - 1); later names share _SHARED_CODE
_NAME_CODES: dict[str, int] = {}
_SHARED_CODE = 0x7F
#: a closing tag's step is its name's code with this bit set
_CLOSING = 0x80


def _step(token: str | bytes) -> bytes:
    """One byte for a tag token: its name's code (an opening tag) or the code with :data:`_CLOSING` set;
    none for a tag that does not count. A closing tag of a name under the shared code is no step: it
    may belong to another name of that code, and counting it could hide depth."""
    name, closing = _name_and_direction(token)
    if not name or name in _UNCOUNTED:
        return b""
    code = _NAME_CODES.get(name)
    if code is None:
        code = min(len(_NAME_CODES) + 1, _SHARED_CODE)
        if code < _SHARED_CODE:
            _NAME_CODES[name] = code
    if closing and code == _SHARED_CODE:
        return b""
    return bytes([code | (_CLOSING if closing else 0)])


class _Steps(dict[str | bytes, bytes]):
    """Each tag token's step byte (:func:`_step`), worked out the first time the token is seen."""

    def __missing__(self, token: str | bytes) -> bytes:
        if len(self) > _MAX_REMEMBERED_TOKENS:  # hostile pages invent endless tag names
            self.clear()
        step = self[token] = _step(token)
        return step


_MAX_REMEMBERED_TOKENS = 4096
_STEPS = _Steps()
#: per name code: the translation of its steps to +1 (in) and -1 (out) as signed bytes, and every other step
#: byte (deleted)
_NAME_WALKS = {code: (bytes.maketrans(bytes([code, code | _CLOSING]), b"\x01\xff"),
                      bytes(b for b in range(256) if b not in (code, code | _CLOSING)))
               for code in range(1, _SHARED_CODE + 1)}
#: a step byte to its name's code (the closing bit cleared)
_TO_NAME_CODE = bytes(b & ~_CLOSING for b in range(256))


def _steps(html: str | bytes) -> bytes:
    """The page's counted tags in order, one step byte each (the scan runs at regex speed)."""
    tokens: list[str | bytes] = (_TAG_NAMES_UTF8.findall(html) if isinstance(html, bytes)
                                 else _TAG_NAMES.findall(html))
    return b"".join(map(_STEPS.__getitem__, tokens))


def _name_range(steps: bytes, code: int) -> int:
    """How far the walk of one name's tags (its opening tags in, its closing tags out) strays from its
    start and lowest point: the highest running sum (and 0) minus the lowest (and 0)."""
    table, others = _NAME_WALKS[code]
    walk = steps.translate(table, others)
    if not walk:
        return 0
    running = list(accumulate(memoryview(walk).cast("b")))  # the steps read as signed bytes: +1, -1
    return max(0, max(running)) - min(0, min(running))


def _names_by_count(steps: bytes) -> list[tuple[int, int]]:
    """(number of tags, code) of each tag name on the page, the most frequent first."""
    names = steps.translate(_TO_NAME_CODE)
    count = names.count  # one count per name over the folded steps, not one per step byte
    return sorted(((count(code), code) for code in set(names)), reverse=True)


def nesting_upper_bound(html: str | bytes) -> int:
    """A cheap upper bound on how deep the page nests elements.

    Per tag name, opening tags count up and closing tags down; tags that cannot nest by themselves
    (``p``, ``li``, ``td``, void elements) do not count, nor do tags inside comments, scripts and
    styles. The elements of one name open at any point are at most that name's running sum minus
    its lowest value before (and 0), so the depth is at most the sum of the names' ranges. (One
    running sum over all names would not do: closing tags that close nothing, ``<div></b>``
    repeated, keep it flat while the page nests ever deeper.) ``html`` may be the page's UTF-8
    bytes (the parser's input), which scan faster than its text.

    The scan reads tag names as the tokenizer does (to whitespace, '/' or '>'), comments as it ends them
    (``<!-->``, ``--!>``), bogus comments (``<!x``, ``<?x``, ``</ x``) up to their '>', and the text of
    raw-text and RCDATA elements (script, style, textarea, title, xmp, iframe, noembed, noframes,
    plaintext) up to their own end tag. Not caught: it does not read attributes (a closing tag, a
    ``<script`` or a ``<!--`` inside a quoted value is taken for one: reading values as the tokenizer does
    tripled the scan's cost; :func:`flatten_deep_nesting` does read them), and what depends on the tree
    builder's state (inside ``<svg>`` or ``<math>`` a ``<style>``, ``<title>`` or ``<script>`` holds
    markup; a script's ``<!--<script>`` escape keeps the next ``</script>`` inside it). Each, opening or
    beside a page of deep ``<div>`` s, hides them: 20,000 and as many ``<p>`` take about 0.8 s to parse.
    """
    steps = _steps(html)
    return sum(_name_range(steps, code) for _, code in _names_by_count(steps))


def nests_deeper_than(html: str | bytes, limit: int) -> bool:
    """Whether :func:`nesting_upper_bound` exceeds ``limit``. A name's range is at most its number of
    tags, so only the most frequent names are walked: once the ranges walked and the counts of the
    names left cannot pass ``limit`` together, the answer is no."""
    steps = _steps(html)
    left = len(steps)
    if left <= limit:
        return False
    total = 0
    for count, code in _names_by_count(steps):
        if total + left <= limit:
            return False
        left -= count
        total += _name_range(steps, code)
        if total > limit:
            return True
    return False


def has_few_tags(markup: str | bytes) -> bool:
    """Whether the page has at most :data:`FEW_TAGS` tags (a count of '<', which runs at memory speed). The
    page's text and its UTF-8 bytes hold as many; the text is the shorter where it is not ASCII."""
    return (markup.count("<") if isinstance(markup, str) else markup.count(b"<")) <= FEW_TAGS


def _with_ancestors(count: int) -> str:
    """A selector for a first child with at least ``count`` element ancestors. Some element has that many
    exactly when some first child has: the element's parent has a first child, with the same ancestors. Only
    first children (one per element with children, fewer than half the elements) have their ancestors
    walked, the others fail at once (measured on the shared Korean pages: two thirds of the cost of ``*``)."""
    return "*" + " > *" * (count - 1) + " > :first-child"


# An element with at least N element ancestors, for N = 63 (a cheap first look) and N = MAX_NESTING.
_PROBE_DEEPER = _with_ancestors(63)
_DEEPER_THAN_LIMIT = _with_ancestors(MAX_NESTING)


def tree_too_deep(tree: LexborHTMLParser) -> bool:
    """Whether a parsed page nests more than :data:`MAX_NESTING` elements deep (html counted as the first).
    The selector engine walks the ancestors of each first child, so this costs the sum of their depths, in C."""
    if tree.root is None or tree.css_first(_PROBE_DEEPER) is None:
        return False
    return tree.css_first(_DEEPER_THAN_LIMIT) is not None


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
