"""The page's closing blocks: the last text blocks of the document, read backwards from the end of its body.

A page whose footer carries no footer or copyright class (``<p>Copyright ⓒ 가상일보. All rights reserved.</p>``
as the body's last element, or inside an unnamed wrapper) still ends with its copyright notice; the walk here
finds those last blocks without reading the text of the whole page: it steps from the body's last node to the
previous one in document order, entering elements from their end and skipping scripts, styles and other
elements without readable text, until it has seen enough text nodes or spent its budget of nodes.
"""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

#: text nodes read from the end of the page, and the most nodes the walk visits
CLOSING_TEXTS = 8
MAX_CLOSING_VISITS = 300
#: the children of a closing element read for its lines, from its end (a body of a million bare text nodes is
#: not read whole)
MAX_BLOCK_CHILDREN = 200
_UNREAD = frozenset(("script", "style", "noscript", "template", "iframe", "svg", "select", "button", "img",
                     "picture", "video", "audio", "form"))


#: elements that start a new line of their parent's text (inline ones continue it)
_LINE_BREAKS = frozenset(("br", "p", "div", "li", "dd", "dt", "tr", "td", "th", "address", "section", "footer",
                          "article", "aside", "ul", "ol", "dl", "table", "tbody", "h1", "h2", "h3", "h4", "h5", "h6",
                          "blockquote", "pre", "hr"))


def closing_lines(tree: LexborHTMLParser) -> list[str]:
    """The lines of the elements that hold the page's last text nodes (the last element first, its lines in
    order), whitespace collapsed; a ``<br>`` or a block inside such an element ends a line."""
    body = tree.body
    if body is None:
        return []
    lines: list[str] = []
    seen: set[int] = set()
    for text_node in _closing_text_nodes(body):
        parent = text_node.parent
        if parent is None or parent.mem_id in seen:
            continue
        seen.add(parent.mem_id)
        lines += _lines(parent)
    return lines


def _lines(block: LexborNode) -> list[str]:
    """The lines of ``block``'s last :data:`MAX_BLOCK_CHILDREN` children, in order."""
    lines: list[str] = []
    current: list[str] = []
    for child in _last_children(block):
        tag = child.tag or ""
        if tag in _LINE_BREAKS:
            lines.append("".join(current))
            current = []
            if tag not in ("br", "hr"):
                lines.append(child.text(separator=" ") or "")
        elif tag == "-text":
            current.append(child.text_content or "")
        elif tag not in _UNREAD and not tag.startswith("-"):
            current.append(child.text(separator="") or "")
    lines.append("".join(current))
    return [line for line in (" ".join(text.split()) for text in lines) if line]


def _last_children(block: LexborNode) -> list[LexborNode]:
    """``block``'s last :data:`MAX_BLOCK_CHILDREN` children, in document order."""
    children: list[LexborNode] = []
    child = block.last_child
    while child is not None and len(children) < MAX_BLOCK_CHILDREN:
        children.append(child)
        child = child.prev
    return children[::-1]


def _closing_text_nodes(body: LexborNode) -> list[LexborNode]:
    """The body's last :data:`CLOSING_TEXTS` non-blank text nodes outside unread elements, last first."""
    found: list[LexborNode] = []
    node = body.last_child
    for _ in range(MAX_CLOSING_VISITS):
        if node is None or len(found) >= CLOSING_TEXTS:
            break
        tag = node.tag or ""
        if tag == "-text":
            if (node.text_content or "").strip():
                found.append(node)
            node = _previous(node, body)
        elif tag in _UNREAD or tag.startswith("-") or node.last_child is None:
            node = _previous(node, body)
        else:
            node = node.last_child
    return found


def _previous(node: LexborNode, root: LexborNode) -> LexborNode | None:
    """The node before ``node`` in a backwards walk that has entered ``node``'s ancestors up to ``root``: its
    previous sibling, else its nearest ancestor's (None once the walk would leave ``root``)."""
    current: LexborNode | None = node
    while current is not None and current.prev is None:
        current = current.parent
        if current is None or current.mem_id == root.mem_id:
            return None
    return current.prev if current is not None else None
