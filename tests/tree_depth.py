"""The depth of a parsed page, for the tests that bound it."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser


def element_depth(tree: LexborHTMLParser) -> int:
    """The deepest element of the parsed page, counted from the document."""
    deepest = 0
    stack = [(tree.root, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        child = node.child
        while child is not None:
            if child.tag != "-text":
                stack.append((child, depth + 1))
            child = child.next
    return deepest
