"""Raw-text elements left open: a ``<title>``, ``<script>``, ``<style>``, ``<textarea>`` or comment whose end tag
the page forgot swallows the rest of the page.

The HTML parser reads everything after such an opening as the element's text, to the end of the input (as a
browser would), so a page whose ``<title>`` is never closed has an empty body and its story sits in the title.
After the parse, :func:`closed_raw_text` looks at the two places such an element ends up, the last element of the
head and the document's last node, and only when one of them holds the page's markup as text (a ``<p>``, a
``<div>``, ``<body>`` …) does it find the opening in the markup and close the element where the markup resumes.
An ordinary page costs a few node lookups; the markup is searched only on a page found broken.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

#: elements whose content the parser reads as text up to their own end tag
RAW_TEXT_TAGS = frozenset(("title", "script", "style", "textarea", "xmp", "noembed", "noframes", "iframe"))
#: text that is a page's structure, not a script's or a title's own: the markup an unclosed element swallowed
_PAGE_MARKUP = re.compile(r"<(?:/?(?:head|body|html|div|p|table|section|article|main|header|footer|nav|ul|ol|"
                          r"h[1-6]|span|a)|meta|link|title|img)[\s>/]", re.IGNORECASE)
#: where the markup resumes inside a title, a textarea or a comment (their text holds no tags)
_ANY_TAG = re.compile(r"<[A-Za-z!/]")
#: at most this many elements are closed in one page (each costs a parse)
MAX_REPAIRS = 3


def swallowing_element(html: str, tree: LexborHTMLParser) -> str | None:
    """The tag (``"title"``, ``"script"`` … or ``"-comment"``) of an element left open that holds the rest of
    the page's markup as its text (its text holds page markup and ends where ``html`` ends), or None."""
    head = tree.head
    candidates = [head.last_child] if head is not None else []
    candidates.append(_last_node(tree))
    for node in candidates:
        tag = _swallowing_tag(node, html)
        if tag is not None:
            return tag
    return None


def _last_node(tree: LexborHTMLParser) -> LexborNode | None:
    node = tree.root
    while node is not None and node.last_child is not None:
        node = node.last_child
    return node


def _swallowing_tag(node: LexborNode | None, html: str) -> str | None:
    if node is None:
        return None
    if node.tag == "-text" and node.parent is not None:
        node = node.parent
    if node.tag == "-comment":
        text = node.comment_content or ""
    elif node.tag in RAW_TEXT_TAGS:
        text = node.text(deep=True) or ""
    else:
        return None
    return node.tag if _runs_to_the_end(text, html) and _PAGE_MARKUP.search(text) else None


#: this many characters of an element's text, at its end, are matched against the end of the page
_TAIL_CHARS = 40


def _runs_to_the_end(text: str, html: str) -> bool:
    """Whether ``text`` ends where the page ends (line breaks as the parser gives them): the element was never
    closed. A closed element at the end of a page is followed by its end tag (``</script></body></html>``)."""
    tail = text.rstrip()[-_TAIL_CHARS:]
    page_tail = html[-4 * _TAIL_CHARS:].replace("\r\n", "\n").replace("\r", "\n").rstrip()
    return bool(tail) and page_tail.endswith(tail)


def close_open_element(html: str, tag: str) -> str | None:
    """``html`` with the last ``tag`` element left open (or comment, for ``"-comment"``) closed where the page's
    markup resumes after its opening; None when no such place is found. (The markup is searched without case in
    place: a lowered copy may not keep the page's offsets.)"""
    if tag == "-comment":
        opening, closing, end_tag = _COMMENT_OPENING, _COMMENT_CLOSING, "-->"
    else:
        opening = re.compile(f"<{tag}(?=[\\s>/])", re.IGNORECASE)
        closing, end_tag = re.compile(f"</{tag}", re.IGNORECASE), f"</{tag}>"
    last_close = None
    for last_close in closing.finditer(html):
        pass
    found = opening.search(html, last_close.end() if last_close else 0)
    if found is None:
        return None
    content = found.end() if tag == "-comment" else html.find(">", found.end()) + 1
    if content <= 0:
        return None
    resume = (_PAGE_MARKUP if tag in ("script", "style") else _ANY_TAG).search(html, content)
    if resume is None:
        return None
    return html[:resume.start()] + end_tag + html[resume.start():]


_COMMENT_OPENING = re.compile("<!--")
_COMMENT_CLOSING = re.compile("-->")


def closed_raw_text(html: str, tree: LexborHTMLParser) -> tuple[str, str] | None:
    """The page's markup with one swallowing element closed, and the element's tag; None when the page has none
    (the usual case, told from the tree alone) or no place to close it is found."""
    tag = swallowing_element(html, tree)
    if tag is None:
        return None
    repaired = close_open_element(html, tag)
    return None if repaired is None else (repaired, tag)
