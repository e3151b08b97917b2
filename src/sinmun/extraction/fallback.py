"""A second look at a scored body: one that holds little of the page's prose, or one beside lists.

Content scoring credits the few containers right above each block of text, so a page whose
article is cut into many small containers (a recipe's steps, a product page's panels, a
magazine's rows) can lose to one compact block elsewhere: a review, a teaser, a footer note.
What the chosen body holds is then compared with the page's prose as a whole, the way a
second extractor's opinion is weighed: the prose paragraphs outside comments, sidebars,
related lists, headers and footers. When the body holds under :data:`BODY_SHARE` of that prose,
the smallest element holding most of it (:data:`COVER_SHARE`) is read instead, if it reads
as more than the body (:data:`GROWTH`). That element is read without its link-dense parts (menus,
teaser lists, with the subheading above them), and of what it adds only the prose, list items,
table cells and the subheadings that lead into kept text: date lines, counters and labels stay out.

A scored body that stands may still have lists or tables beside it that belong to it (a recipe's
ingredients beside its steps): :func:`lists_beside` adds runs of three items or more from just
above the body (not a date-and-byline pair, not a list of links).
"""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .content import (BLOCK_NAMES, INLINE_TAGS, SKIP_TAGS, _Block, TextBlocks, _follow, _is_other_region, _kind,
                      _Paragraphs, _text_blocks, _text_weight, ancestor_is, link_boxes, read_paragraphs)
from .widgets import widget_boxes

#: the body holds less than this share of the page's prose: it looks under-extracted
BODY_SHARE = 0.7
#: the replacement is the smallest element holding at least this share of the page's prose
COVER_SHARE = 0.8
#: ... and it is taken only when it reads more than this many times the body's characters
GROWTH = 1.0
#: prose missing from the body below this many characters is not worth a second look
MIN_MISSING = 300
#: an element inside the replacement whose text is at least this share of link text is left out
LINK_SHARE = 0.5
_REGION_TAGS = frozenset(("header", "footer"))
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_SUBHEADINGS = _HEADINGS - {"h1"}
#: blocks of a list or table: kept for their place, however short (ingredients, prices, a step)
_ITEM_TAGS = frozenset(("li", "td", "th", "dd", "dt"))
#: what may join a body from beside it: items of lists and tables, subheadings
_ADDED_QUERY = ", ".join(sorted(_ITEM_TAGS | {"h2", "h3", "h4", "h5", "h6"}))
#: the shortest run of items that joins a body from beside it (a pair is a date and a byline)
_BESIDE_RUN = 3


def wider_body(tree: LexborHTMLParser, parts: list[LexborNode], paragraphs: list[str],
               drop: tuple[str, ...] = (), text_blocks: TextBlocks | None = None
               ) -> tuple[list[LexborNode], list[str]] | None:
    """The element holding most of the page's prose and its kept paragraphs, when ``parts`` (read
    as ``paragraphs``) hold too little of that prose; None when the body stands. ``text_blocks``:
    the page's, when content scoring read them already."""
    part_ids = {p.mem_id for p in parts}
    sides = _missing_prose(_page_blocks(tree, text_blocks), parts, paragraphs)
    if sides is None:
        return None
    inside, outside, wanted = sides
    holder = _smallest_holder(inside + outside, COVER_SHARE * wanted)
    if holder is None:
        return None
    found = _kept_lines(holder, drop, set(paragraphs), part_ids)
    if sum(map(len, found)) <= GROWTH * sum(map(len, paragraphs)):
        return None
    return [holder], found


def _missing_prose(blocks: list[_Block], parts: list[LexborNode], paragraphs: list[str]
                   ) -> tuple[list[_Block], list[_Block], int] | None:
    """The prose blocks inside the body's parts, those missing from it, and the characters of both;
    None when the body holds enough of the page's prose to stand."""
    regions: dict[int, bool] = {}
    inside, outside = _by_side(blocks, parts)
    # what is outside bounds the prose outside: most pages are decided before any of it is judged
    outside_bound = sum(b.own for b in outside)
    if outside_bound < MIN_MISSING:
        return None
    inside = _prose_blocks(inside, regions)
    in_body = sum(b.own for b in inside)
    if _stands(in_body, outside_bound):
        return None
    # a copy of the body's own text elsewhere (a print or mobile copy, a hidden duplicate) is not missing prose
    read = {b.text for b in inside} | {" ".join(p.split()) for p in paragraphs}
    outside = _prose_blocks(outside, regions, read)
    missing = sum(b.own for b in outside)
    if _stands(in_body, missing):
        return None
    return inside, outside, in_body + missing


def _prose_blocks(blocks: list[_Block], regions: dict[int, bool], read: set[str] | None = None) -> list[_Block]:
    """The prose blocks outside other regions, but those whose text is in ``read``."""
    return [b for b in blocks if (read is None or b.text not in read) and b.is_prose
            and not _in_other_region(b.node, regions)]


#: lists and tables beside the body are looked for this many levels above it ...
BESIDE_LEVELS = 2
#: ... in an element with at most this many times the body's characters of text
BESIDE_RATIO = 3.0


def lists_beside(parts: list[LexborNode], paragraphs: list[str], drop: tuple[str, ...] = ()) -> list[str] | None:
    """The body's paragraphs with the lists and tables set beside it (a recipe's ingredients, a
    product's details), in reading order: up to :data:`BESIDE_LEVELS` above the body's parts, in an
    element of at most :data:`BESIDE_RATIO` times the body's text that is no other region, runs of
    three list items or table cells or more that are not mostly links, with the subheadings leading
    into them. None when there are none."""
    read = sum(map(len, paragraphs))
    top = _common_ancestor(parts)
    if not read or top is None:
        return None
    part_ids = {p.mem_id for p in parts}
    in_body: set[int] | None = None  # the body's own items, found when an ancestor is worth a look
    found = None
    ancestor = top if len(parts) > 1 else top.parent
    for _ in range(BESIDE_LEVELS):
        if ancestor is None or ancestor.tag in _STOP_BESIDE or _text_weight(ancestor) > BESIDE_RATIO * read \
                or in_other_region(ancestor):
            break
        if in_body is None:
            in_body = {item.mem_id for part in parts for item in part.css(_ADDED_QUERY)}
        if _has_additions(ancestor, in_body):  # a cheap test before the reading
            lines = _kept_lines(ancestor, drop, set(paragraphs), part_ids, prose=False)
            if sum(map(len, lines)) > read:
                found = lines
        ancestor = ancestor.parent
    return found


#: where the look beside the body stops: the page's top, and the rows of a table one of whose cells holds the story
#: (a table laid out for the page, its other cells the headline, the date line and the buttons: no table of data)
_STOP_BESIDE = frozenset(("body", "html", "tr", "tbody", "thead", "tfoot", "table"))


def _has_additions(root: LexborNode, skip: set[int]) -> bool:
    """Whether ``root`` holds a subheading or :data:`_BESIDE_RUN` list items or table cells (not those
    of ``skip``) whose text is not mostly link text: what :func:`lists_beside` could add."""
    count = 0
    for element in root.css(_ADDED_QUERY):
        if element.mem_id in skip:
            continue
        chars = len(element.text(strip=True) or "")
        if chars and sum(len(a.text(strip=True) or "") for a in element.css("a")) < LINK_SHARE * chars:
            if element.tag in _SUBHEADINGS:
                return True
            count += 1
            if count >= _BESIDE_RUN:
                return True
    return False


def _common_ancestor(nodes: list[LexborNode]) -> LexborNode | None:
    """The nearest element holding all of ``nodes``."""
    above: set[int] | None = None
    for node in nodes:
        chain = set()
        ancestor: LexborNode | None = node
        while ancestor is not None:
            chain.add(ancestor.mem_id)
            ancestor = ancestor.parent
        above = chain if above is None else above & chain
    ancestor = nodes[0] if nodes else None
    while ancestor is not None and above is not None and ancestor.mem_id not in above:
        ancestor = ancestor.parent
    return ancestor


def _stands(in_body: int, missing: int) -> bool:
    """Whether a body holding ``in_body`` characters of prose, with ``missing`` more elsewhere, stands."""
    return missing < MIN_MISSING or in_body >= BODY_SHARE * (in_body + missing)


def _by_side(blocks: list[_Block], parts: list[LexborNode]) -> tuple[list[_Block], list[_Block]]:
    """The blocks inside the body's parts (a part, or an element under one below ``<body>``), and those
    outside them. The elements under the parts are listed by one query each, in the parser's C code, rather
    than each block climbing to ``<body>``; a part that holds an element named ``body`` or ``html`` (where
    such a climb stops) is climbed to as before."""
    part_ids = {p.mem_id for p in parts}
    if any(part.tag in ("body", "html") or part.css_first("body, html") is not None for part in parts):
        memo: dict[int, bool] = {}
        held = {b.node.mem_id for b in blocks if ancestor_is(b.node, memo, lambda e: e.mem_id in part_ids)}
    else:
        held = part_ids | {element.mem_id for part in parts for element in part.css("*")}
    inside = [b for b in blocks if b.node.mem_id in held]
    outside = [b for b in blocks if b.node.mem_id not in held]
    return inside, outside


def _page_blocks(tree: LexborHTMLParser, text_blocks: TextBlocks | None) -> list[_Block]:
    """The page's blocks of text of 25 characters or more (not yet judged)."""
    body = tree.body
    if body is None:
        return []
    nodes, texts, links = text_blocks or _text_blocks(body)
    found = []
    for key, text in texts.items():
        if len(text) >= 25:
            found.append(_Block(nodes[key], text, links.get(key, 0)))
    return found


def in_other_region(node: LexborNode) -> bool:
    """Whether ``node`` sits in a sidebar, a related list, a comment thread, a header or a footer:
    a body found by its markup there (a teaser of another story) gets a second look too."""
    return _in_other_region(node, {})


def _in_other_region(node: LexborNode, memo: dict[int, bool]) -> bool:
    """Whether ``node`` or an ancestor is a skipped tag, a header, a footer or another region
    (:func:`sinmun.extraction.content._is_other_region`); ``memo`` keeps the answer per element."""
    return ancestor_is(node, memo, _is_region)


def _is_region(element: LexborNode) -> bool:
    tag = element.tag or ""
    return tag in SKIP_TAGS or tag in _REGION_TAGS or _is_other_region(element)


def _smallest_holder(blocks: list[_Block], wanted: float) -> LexborNode | None:
    """The deepest element below ``<body>`` whose prose blocks sum to ``wanted`` characters."""
    held: dict[int, int] = {}
    depth: dict[int, int] = {}
    elements: dict[int, LexborNode] = {}
    for block in blocks:
        chain = []
        ancestor = block.node.parent
        while ancestor is not None and ancestor.tag not in ("body", "html"):
            chain.append(ancestor)
            ancestor = ancestor.parent
        for level, element in enumerate(reversed(chain)):
            key = element.mem_id
            held[key] = held.get(key, 0) + block.own
            depth[key] = level
            elements[key] = element
    enough = [key for key, chars in held.items() if chars >= wanted]
    if not enough:
        return None
    return elements[max(enough, key=depth.__getitem__)]


def _kept_lines(holder: LexborNode, drop: tuple[str, ...], body_lines: set[str], part_ids: set[int], *,
                prose: bool = True) -> list[str]:
    """The paragraphs of ``holder`` without its link-dense parts outside the body's ``part_ids``: the
    body's own lines, and of the others the prose, runs of list items or table cells and the
    subheadings followed by kept text."""
    skip = link_boxes(holder) | widget_boxes(holder) | _link_dense_parts(holder, part_ids) | _hidden_parts(holder)
    lines = _read_lines(holder, drop, skip)
    runs = _item_runs(lines, 2 if prose else _BESIDE_RUN)
    keep = [text in body_lines or (prose and _Block(holder, text).is_prose) or in_run
            for (text, _), in_run in zip(lines, runs)]
    for i in range(len(lines) - 2, -1, -1):  # from the end: a subheading leads into what is kept after it
        text, tag = lines[i]
        if tag in _SUBHEADINGS and not keep[i]:  # the page's headline (h1) is the title's, not the body's
            keep[i] = keep[i + 1] and lines[i + 1][1] not in _HEADINGS
    return [text for (text, _), kept in zip(lines, keep) if kept]


#: what a page hides from view by its class or style (a print copy of the story, a screen reader's label): a body
#: read wider never takes it in
#: (grouped under the attribute each needs, so that an element without it is passed over at once)
_HIDDEN_QUERY = ("[class]:is([class~=hide], [class~=hidden], [class~=blind], [class~=sr-only], [class~=screen_out], "
                 "[class~=visually-hidden]), [style]:is([style*='display:none' i], [style*='display: none' i]), "
                 "[hidden]")


def _hidden_parts(holder: LexborNode) -> frozenset[int]:
    return frozenset(node.mem_id for node in holder.css(_HIDDEN_QUERY))


def _item_runs(lines: list[tuple[str, str]], shortest: int) -> list[bool]:
    """Per line, whether it is in a run of at least ``shortest`` list items or table cells in a row
    (a lone item is a date or a label; a pair, a date and a byline)."""
    flags = [False] * len(lines)
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and lines[end][1] in _ITEM_TAGS:
            end += 1
        if end - start >= shortest:
            flags[start:end] = [True] * (end - start)
        start = end + 1 if end == start else end
    return flags


def _link_dense_parts(holder: LexborNode, part_ids: set[int]) -> frozenset[int]:
    """The outermost elements under ``holder`` whose text is mostly link text (menus, teaser
    lists), and a subheading right before each; none inside the body's parts (read as before).
    An element's text is measured only when it holds link text (none is no link-dense part), and an element
    without link text is not entered: nothing under it holds any (:func:`_link_chars`)."""
    linked = _link_chars(holder)
    found: set[int] = set()
    stack = list(holder.iter())
    while stack:
        element = stack.pop()
        key = element.mem_id
        if key in part_ids or key not in linked:
            continue
        links = linked.get(key, 0) if element.tag not in INLINE_TAGS else 0
        if links and links >= LINK_SHARE * len(element.text(strip=True) or ""):
            found.add(key)
            before = element.prev
            while before is not None and before.tag in ("-text", "-comment"):
                before = before.prev
            if before is not None and before.tag in _HEADINGS:
                found.add(before.mem_id)
            continue
        stack.extend(element.iter())
    return frozenset(found)


def _link_chars(root: LexborNode) -> dict[int, int]:
    """Per element under ``root``: characters of the stripped text runs inside its links (a link
    inside another link counts once, as part of the outer one)."""
    totals: dict[int, int] = {}
    root_key = root.mem_id
    for link in root.css("a"):
        chars = len(link.text(strip=True) or "")
        if not chars or link.mem_id == root_key:
            continue
        chain = []
        ancestor = link.parent
        while ancestor is not None and ancestor.mem_id != root_key:
            if ancestor.tag == "a":  # the outer link counts these characters
                break
            chain.append(ancestor.mem_id)
            ancestor = ancestor.parent
        else:
            for key in chain:
                totals[key] = totals.get(key, 0) + chars
    return totals


class _TaggedParagraphs(_Paragraphs):
    """:class:`sinmun.extraction.content._Paragraphs` that also notes, per paragraph, the tag of
    the innermost block element it was read in."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.open: list[str] = [""]

    def open_block(self, tag_id: int) -> None:
        super().open_block(tag_id)
        self.open.append(BLOCK_NAMES[tag_id])

    def close_block(self) -> None:
        super().close_block()
        self.open.pop()

    def flush(self) -> None:
        before = len(self.done)
        super().flush()
        if len(self.done) > before:
            self.tags.append(self.open[-1])


def _read_lines(container: LexborNode, drop: tuple[str, ...], skip: frozenset[int]) -> list[tuple[str, str]]:
    """The container's paragraphs as :func:`sinmun.extraction.content.read_paragraphs` reads them,
    each with the tag of its block element."""
    out = _TaggedParagraphs()
    read_paragraphs(container, drop, skip=skip, out=out)
    return list(zip(out.done, out.tags))



#: how many levels above a scored body a story block in a row of stories is looked for
_STORY_LEVELS = 8


def page_story(tree: LexborHTMLParser, node: LexborNode) -> LexborNode | None:
    """The counterpart of ``node`` in the page's own story, when ``node`` lies in another one of a row
    of story blocks (a page that loads the next stories below its own: blocks of one tag and class,
    each with its ``<h1>``). The page's story is the block whose headline its ``<title>`` holds;
    None when ``node`` is in it, or no block's headline is in the title."""
    title = _page_title(tree)
    if not title:
        return None
    path: list[LexborNode] = []
    ancestor: LexborNode | None = node
    for _ in range(_STORY_LEVELS):
        if ancestor is None or ancestor.tag in ("body", "html"):
            return None
        row = _story_row(ancestor)
        if row:
            own = next((story for story in row if _headline_in(story, title)), None)
            if own is None or own.mem_id == ancestor.mem_id:
                return None
            return _follow(own, path, node)
        path.insert(0, ancestor)
        ancestor = ancestor.parent
    return None


def _story_row(block: LexborNode) -> list[LexborNode]:
    """``block`` and its siblings of its tag and class, when there are several and each has an ``<h1>``."""
    kind, parent = _kind(block), block.parent
    if kind is None or parent is None:
        return []
    row = [sibling for sibling in parent.iter() if _kind(sibling) == kind]
    if len(row) < 2 or any(story.css_first("h1") is None for story in row):
        return []
    return row


def _page_title(tree: LexborHTMLParser) -> str:
    # the first <title> of the document: the head's, which comes before the body, when it has one
    head = tree.head
    element = head.css_first("title") if head is not None else None
    if element is None:
        element = tree.css_first("title")
    return " ".join((element.text() if element is not None else "").split()).lower()


def _headline_in(block: LexborNode, title: str) -> bool:
    headline = block.css_first("h1")
    text = " ".join((headline.text() if headline is not None else "").split()).lower()
    return len(text) >= 8 and text in title
