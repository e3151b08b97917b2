"""Script-rendered pages: the story in Next.js ``__NEXT_DATA__`` or Nuxt's payload, read generically.

Such pages ship an empty ``<div id="__next">`` (or ``#__nuxt``) and the article as JSON:

- Next.js: ``<script id="__NEXT_DATA__" type="application/json">{"props": {"pageProps": …}}</script>``;
- Nuxt 3: ``<script id="__NUXT_DATA__" type="application/json">[…]</script>``, a flattened array in
  which every object's values are indexes of other entries (``["Reactive", 3]``-style wrappers
  around some);
- Nuxt 2: ``window.__NUXT__={…}`` when the state is plain JSON.

No site's key names are assumed. The JSON is walked (iteratively, with depth, node and size
caps) for the object that looks most like an article: a headline-like key (``title``,
``headline``, ``subject``…) holding a short text and a body-like key (``content``, ``body``,
``articleBody``, ``html``…) holding article text, HTML or a list of blocks; the longest such
body wins. Its neighbours give the dates (``publishedAt``, ``datePublished``, ``createdAt``,
``regDate``, ``pubDate``…), reporters (``author``, ``reporter``, ``byline``…, as text, objects
or lists), section, press, canonical URL and images. HTML bodies are split into paragraphs and
figures by the same reader the page markup gets.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..article import Image, Reporter
from .bylines import clean_author
from .clean import add_reporter, normalize_space
from .content import read_images, read_paragraphs
from .parse import Page
from .story import EmbeddedStory

MAX_JSON_CHARS = 8_000_000
MAX_DEPTH = 48
MAX_NODES = 400_000
MAX_BLOCKS = 2_000
MIN_BODY_CHARS = 80
TEASER_LIST = 3
_NUXT2 = re.compile(r"window\.__NUXT__\s*=\s*")
_NUXT2_START = "window.__NUXT__"
_TAG = re.compile(r"<[^<>]{0,2000}>")


def _key(name: str) -> str:
    return name.replace("_", "").replace("-", "").lower()


def _keys(*names: str) -> tuple[str, ...]:
    return tuple(_key(n) for n in names)


TITLE_KEYS = _keys("headline", "title", "articleTitle", "newsTitle", "subject", "artTitle", "headLine", "mainTitle")
BODY_KEYS = _keys("articleBody", "body", "content", "contents", "bodyHtml", "contentHtml", "html", "newsContent",
                  "articleContent", "artContent", "text", "story", "blocks", "contentElements", "paragraphs")
SUBTITLE_KEYS = _keys("subtitle", "subTitle", "subheadline", "subHeadline", "deck", "dek", "alternativeHeadline")
PUBLISHED_KEYS = _keys("datePublished", "publishedAt", "publishedDate", "publishDate", "publishAt", "pubDate",
                       "firstPublishedAt", "createdAt", "createDate", "createdDate", "regDate", "registDate",
                       "inputDate", "insertDate", "serviceDate", "date", "regDt", "inputDt", "serviceDt", "deployDt",
                       "deployDate", "publishDt")
UPDATED_KEYS = _keys("dateModified", "updatedAt", "updateDate", "updatedDate", "modifiedAt", "modifiedDate",
                     "modDate", "lastModified", "editDate", "lastUpdatedDate", "modDt", "updateDt", "editDt",
                     "reDeployDt")
AUTHOR_KEYS = _keys("authors", "author", "reporters", "reporter", "writers", "writer", "byline", "byLine",
                    "journalists", "journalist", "credits")
SECTION_KEYS = _keys("section", "sectionName", "category", "categoryName", "sectionTitle")
PRESS_KEYS = _keys("press", "publisher", "pressName", "mediaName", "media", "outlet", "source", "sourceName")
URL_KEYS = _keys("canonicalUrl", "canonical", "shareUrl", "url", "link", "permalink")
IMAGE_KEYS = _keys("images", "image", "mainImage", "featuredImage", "thumbnail", "photo", "photos", "leadImage")
NAME_KEYS = _keys("name", "reporterName", "authorName", "writerName", "fullName", "displayName", "byline", "title")
EMAIL_KEYS = _keys("email", "reporterEmail", "authorEmail", "mail", "emailAddress")
TEXT_KEYS = _keys("text", "content", "html", "value", "rendered", "body", "basic", "main", "children")
IMAGE_URL_KEYS = _keys("url", "src", "imageUrl", "path", "originalUrl", "original")
CAPTION_KEYS = _keys("caption", "description", "imageCaption", "alt", "altText", "credit")
IMAGE_TYPES = {"image", "photo", "img", "figure", "picture"}


def read_story(page: Page) -> EmbeddedStory | None:
    """The article a Next.js or Nuxt page carries in its JSON payload, or None."""
    for source, data in _payloads(page):
        found = find_article(data)
        if found is not None:
            return story_from(found, source)
    return None


def _payloads(page: Page) -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    for source, script_id in (("next", "__NEXT_DATA__"), ("nuxt", "__NUXT_DATA__")):
        node = _script_by_id(page, script_id)
        text = node.text(deep=True) if node is not None else ""
        data = _json(text) if text else None
        if data is not None:
            found.append((source, revive_nuxt(data) if source == "nuxt" else data))
    match = _nuxt2_assignment(page.html)
    if match is not None:
        data = nuxt2_state(page.html[match.end(): match.end() + MAX_JSON_CHARS])
        if data is not None:
            found.append(("nuxt", data))
    return found


def _nuxt2_assignment(html: str) -> re.Match[str] | None:
    """``_NUXT2.search(html, 0, MAX_JSON_CHARS)``, found by its literal start (``str.find`` runs several times
    faster than the regex engine's scan for it)."""
    start = html.find(_NUXT2_START, 0, MAX_JSON_CHARS)
    while start >= 0:
        match = _NUXT2.match(html, start, MAX_JSON_CHARS)
        if match is not None:
            return match
        start = html.find(_NUXT2_START, start + 1, MAX_JSON_CHARS)
    return None


def _script_by_id(page: Page, script_id: str) -> LexborNode | None:
    """The first script ``script#<script_id>`` finds, among the page's scripts (no walk of the tree): an id
    that reads the same in lower case is a candidate, and the selector judges it (ids ignore case only in
    quirks mode)."""
    wanted = script_id.lower()
    for node in page.scripts:
        if (node.attributes.get("id") or "").lower() == wanted:
            found = node.css_first("script#" + script_id)
            if found is not None and found.mem_id == node.mem_id:
                return node
    return None


def _json(text: str) -> Any:
    if len(text) > MAX_JSON_CHARS:
        return None
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


# ----------------------------------------------------------------- Nuxt 2 state
_JS_TOKEN = re.compile(r"""\s*(?:(?P<punct>[{}\[\]:,()])|(?P<string>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|"""
                       r"(?P<number>-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|(?P<void>void\s+0)|(?P<new>new\s+Date\()|"
                       r"(?P<word>[A-Za-z_$][\w$]*))", re.S)
_IIFE = re.compile(r"\(\s*function\s*\(([\w$,\s]*)\)\s*\{\s*return\s*")
_WORDS = {"true": True, "false": False, "null": None, "undefined": None}
MAX_JS_TOKENS = 2_000_000
_CALL = re.compile(r"\s*;?\s*\}\s*\(")
_CLOSE_CALL = re.compile(r"\s*\)")
_COMMA = re.compile(r"\s*,")
_COLON = re.compile(r"\s*:")


def nuxt2_state(script: str) -> Any:
    """The value of ``window.__NUXT__=`` in a Nuxt 2 page: JSON, a JavaScript object literal, or
    the ``(function(a,b,…){return {…}}(x,y,…))`` form that names repeated values once; None if
    it is anything else."""
    if script.startswith("{"):
        try:
            return json.JSONDecoder(strict=False).raw_decode(script)[0]
        except (ValueError, RecursionError):
            return js_literal(script, 0, {})[0]
    match = _IIFE.match(script)
    if match is None:
        return None
    _, position = js_literal(script, match.end(), None)  # skipped over, to find the arguments
    call = _CALL.match(script, position) if position >= 0 else None
    arguments = _js_arguments(script, call.end()) if call is not None else None
    if arguments is None:
        return None
    names = [n.strip() for n in match.group(1).split(",") if n.strip()]
    return js_literal(script, match.end(), dict(zip(names, arguments)))[0]


def _js_arguments(text: str, position: int) -> list[Any] | None:
    """The comma-separated literals of a call, up to its ``)``."""
    values: list[Any] = []
    while len(values) < MAX_BLOCKS * 50:
        end = _CLOSE_CALL.match(text, position)
        if end is not None:
            return values
        value, position = js_literal(text, position, {})
        if position < 0:
            return None
        values.append(value)
        comma = _COMMA.match(text, position)
        position = comma.end() if comma is not None else position
    return None


@dataclass
class _Frame:
    container: dict[str, Any] | list[Any]
    key: str | None = None

    def put(self, value: Any) -> None:
        if isinstance(self.container, list):
            self.container.append(value)
        elif self.key is not None:
            self.container[self.key] = value


def js_literal(text: str, position: int, names: dict[str, Any] | None) -> tuple[Any, int]:
    """One JavaScript literal (objects, arrays, strings, numbers, ``true``/``null``/``void 0``,
    ``new Date(…)``, and names looked up in ``names``, or None for every name when ``names`` is
    None) read from ``position``; with where it ends, or (None, -1) when it is not such a literal.
    An explicit stack: nesting costs no recursion."""
    stack: list[_Frame] = []
    for _ in range(MAX_JS_TOKENS):
        token = _JS_TOKEN.match(text, position)
        if token is None or len(stack) > MAX_DEPTH * 4:
            return None, -1
        position, raw = token.end(), token.group(token.lastgroup or 0)
        if raw in ("{", "[") or (raw == "," and stack):
            position = _open_or_next(text, position, raw, stack)
            if position < 0:
                return None, -1
            continue
        if raw in ("}", "]") and stack:
            value = stack.pop().container
        else:
            value, position = _js_scalar(text, token, names)
            if position < 0:
                return None, -1
        if not stack:
            return value, position
        stack[-1].put(value)
    return None, -1


def _open_or_next(text: str, position: int, raw: str, stack: list[_Frame]) -> int:
    """``{`` or ``[`` opens a container; ``,`` moves to its next item (in an object, past its key)."""
    if raw != ",":
        stack.append(_Frame({} if raw == "{" else []))
    return _read_key(text, position, stack[-1]) if isinstance(stack[-1].container, dict) else position


def _read_key(text: str, position: int, frame: _Frame) -> int:
    """After ``{`` or ``,`` in an object: the key and its colon (or nothing, before ``}``)."""
    token = _JS_TOKEN.match(text, position)
    if token is None:
        return -1
    if token.group("punct") == "}":
        return position
    if token.lastgroup not in ("string", "word", "number"):
        return -1
    raw = token.group(token.lastgroup or 0)
    frame.key = _js_string(raw) if token.lastgroup == "string" else raw
    colon = _COLON.match(text, token.end())
    return colon.end() if colon is not None else -1


def _js_scalar(text: str, token: re.Match[str], names: dict[str, Any] | None) -> tuple[Any, int]:
    kind, raw, position = token.lastgroup, token.group(token.lastgroup or 0), token.end()
    if kind == "new":  # new Date(x): the value is x
        inner = _JS_TOKEN.match(text, position)
        value, end = _js_scalar(text, inner, names) if inner is not None and inner.lastgroup != "new" else (None, -1)
        close = _CLOSE_CALL.match(text, end) if end >= 0 else None
        return (value, close.end()) if close is not None else (None, -1)
    if kind == "string":
        return _js_string(raw), position
    if kind == "number":
        return (float(raw) if any(c in raw for c in ".eE") else int(raw)), position
    if kind == "void":
        return None, position
    if kind == "word":
        if raw in _WORDS:
            return _WORDS[raw], position
        return (None if names is None else names.get(raw)), position
    return None, -1


def _js_string(raw: str) -> str:
    body = raw[1:-1]
    if raw[0] == "'":
        body = body.replace("\\'", "'").replace('"', '\\"')
    body = re.sub(r"\\x([0-9a-fA-F]{2})", r"\\u00\1", body)
    try:
        return json.loads(f'"{body}"', strict=False)
    except ValueError:
        return body


# ----------------------------------------------------------------- Nuxt 3 payloads
_WRAPPERS = {"Reactive", "ShallowReactive", "Ref", "ShallowRef", "EmptyRef", "EmptyShallowRef", "NuxtError"}


def revive_nuxt(payload: Any) -> Any:
    """Nuxt 3's flattened payload as nested values: each index reference replaced by its entry.

    Entries are revived once each (shared ones are shared, cycles stay cycles), iteratively and
    at most :data:`MAX_NODES` of them; ``["Reactive", i]``-style wrappers give their inner value.
    """
    if not isinstance(payload, list) or not payload:
        return payload
    revived: dict[int, Any] = {}
    pending = [0]
    while pending and len(revived) < MAX_NODES:
        index = pending.pop()
        if index in revived or not 0 <= index < len(payload):
            continue
        revived[index], references = _revive_entry(payload[index])
        pending.extend(references)
    return _link(payload, revived)


def _is_wrapper(raw: Any) -> bool:
    return isinstance(raw, list) and len(raw) == 2 and raw[0] in _WRAPPERS and type(raw[1]) is int


def _revive_entry(raw: Any) -> tuple[Any, list[int]]:
    """One payload entry as a value (containers copied, to be linked) and the indexes it names."""
    if isinstance(raw, dict):
        return dict(raw), [v for v in raw.values() if type(v) is int]
    if _is_wrapper(raw):
        return raw, [raw[1]]
    if isinstance(raw, list) and len(raw) == 2 and raw[0] == "Date" and isinstance(raw[1], str):
        return raw[1], []
    if isinstance(raw, list) and not (raw and isinstance(raw[0], str)):
        return list(raw), [v for v in raw if type(v) is int]
    return raw, []  # a scalar, or a special form (Set, Map, …) kept as it is


def _link(payload: list[Any], revived: dict[int, Any]) -> Any:
    """Replace the index references inside the revived containers by the entries they name."""
    def entry(index: Any) -> Any:
        if type(index) is not int or index not in revived:
            return None
        value = revived[index]
        if _is_wrapper(value):
            return revived.get(value[1]) if value[1] != index else None
        return value
    for index, value in list(revived.items()):
        if isinstance(value, dict) and isinstance(payload[index], dict):
            for key, reference in payload[index].items():
                value[key] = entry(reference)
        elif isinstance(value, list) and value is not payload[index] and isinstance(payload[index], list):
            value[:] = [entry(reference) for reference in payload[index]]
    return entry(0)


# ----------------------------------------------------------------- finding the article
def find_article(data: Any) -> dict[str, Any] | None:
    """The object that looks most like an article: a headline and the longest body text.

    Objects that are items of one list with other candidates (:data:`TEASER_LIST` or more) are
    teasers of a list page or of a related-stories box, never the story itself.
    """
    candidates: list[tuple[int, dict[str, Any], int | None]] = []
    per_list: dict[int, int] = {}
    for item, in_list in _objects(data):
        weight = _article_weight(item)
        if weight:
            candidates.append((weight, item, in_list))
            if in_list is not None:
                per_list[in_list] = per_list.get(in_list, 0) + 1
    stories = [(w, item) for w, item, in_list in candidates if in_list is None or per_list[in_list] < TEASER_LIST]
    return max(stories, key=lambda c: c[0])[1] if stories else None


def _objects(data: Any) -> Iterator[tuple[dict[str, Any], int | None]]:
    """Every object in the JSON once, with the id of the list it is an item of (None if none);
    an explicit stack with depth and node caps, safe on cycles."""
    seen: set[int] = set()
    stack: list[tuple[Any, int, int | None]] = [(data, 0, None)]
    nodes = 0
    while stack and nodes < MAX_NODES:
        value, depth, in_list = stack.pop()
        nodes += 1
        if id(value) in seen or depth > MAX_DEPTH:
            continue
        seen.add(id(value))
        if isinstance(value, list):
            stack.extend((c, depth + 1, id(value)) for c in reversed(value) if isinstance(c, (dict, list)))
        elif isinstance(value, dict):
            stack.extend((c, depth + 1, None) for c in value.values() if isinstance(c, (dict, list)))
            yield value, in_list


def _article_weight(item: dict[str, Any]) -> int:
    """How much article text the object holds under a body key, if it also has a headline; 0 if not."""
    title = _text_of(_field(item, TITLE_KEYS))
    if not title or not 5 <= len(title) <= 300:
        return 0
    chars = _body_chars(_field(item, BODY_KEYS))
    if chars < MIN_BODY_CHARS:
        return 0
    return chars + (200 if _field(item, PUBLISHED_KEYS) else 0)


def _body_chars(body: Any) -> int:
    """About how much text a body holds (markup not counted), without parsing it: candidates are many."""
    if isinstance(body, dict):
        body = _field(body, TEXT_KEYS) or _field(body, BODY_KEYS)
    if isinstance(body, str):
        return len(body) - sum(len(tag) for tag in _TAG.findall(body))
    if isinstance(body, list):
        return sum(_body_chars(b) if isinstance(b, str) else _block_chars(b) for b in body[:MAX_BLOCKS])
    return 0


def _block_chars(block: Any) -> int:
    if not isinstance(block, dict):
        return 0
    text = _field(block, TEXT_KEYS)
    if isinstance(text, str):
        return len(text)
    return sum(len(t) for t in _leaf_texts(text)) if isinstance(text, list) else 0


def _field(item: dict[str, Any], keys: tuple[str, ...]) -> Any:
    """The value of the first of ``keys`` (compared without case, ``_`` or ``-``) the object has."""
    normal = {_key(k): v for k, v in item.items() if isinstance(k, str) and v not in (None, "", [], {})}
    return next((normal[k] for k in keys if k in normal), None)


def _text_of(value: Any) -> str | None:
    """A text value, or one wrapped in an object (``{"rendered": …}``, ``{"basic": …}``), as plain text."""
    if isinstance(value, dict):
        value = _field(value, TEXT_KEYS)
    if not isinstance(value, str):
        return None
    return _plain(value) or None


def _plain(markup: str) -> str:
    if "<" not in markup and "&" not in markup:
        return normalize_space(markup)
    root = LexborHTMLParser(f"<div>{markup}</div>").css_first("div")
    return normalize_space(root.text(separator=" ")) if root is not None else ""


# ----------------------------------------------------------------- the story
def story_from(item: dict[str, Any], source: str) -> EmbeddedStory:
    paragraphs, images = _body_paragraphs(_field(item, BODY_KEYS))
    images += [i for i in _images(_field(item, IMAGE_KEYS)) if i.url not in {x.url for x in images}]
    url = _field(item, URL_KEYS)
    return EmbeddedStory(
        source=source, title=_text_of(_field(item, TITLE_KEYS)), subtitle=_text_of(_field(item, SUBTITLE_KEYS)),
        published=_scalar(_field(item, PUBLISHED_KEYS)), updated=_scalar(_field(item, UPDATED_KEYS)),
        section=_name_of(_field(item, SECTION_KEYS)), press=_name_of(_field(item, PRESS_KEYS)),
        canonical_url=url if isinstance(url, str) and url.startswith(("http://", "https://")) else None,
        reporters=_reporters(_field(item, AUTHOR_KEYS)), paragraphs=paragraphs, images=images)


def _scalar(value: Any) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return normalize_space(value) or None if isinstance(value, str) else None


def _name_of(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = _field(value, NAME_KEYS)
    return normalize_space(value) or None if isinstance(value, str) else None


def _body_paragraphs(body: Any) -> tuple[list[str], list[Image]]:
    """Paragraphs and figures of a body: HTML, plain text, or a list of blocks."""
    if isinstance(body, dict):
        body = _field(body, TEXT_KEYS) or _field(body, BODY_KEYS)
    if isinstance(body, str):
        return _html_paragraphs(body)
    if not isinstance(body, list):
        return [], []
    paragraphs: list[str] = []
    images: list[Image] = []
    for block in body[:MAX_BLOCKS]:
        if isinstance(block, str):
            found, pictures = _html_paragraphs(block)
            paragraphs += found
            images += pictures
        elif isinstance(block, dict):
            _add_block(block, paragraphs, images)
    return paragraphs, images


def _add_block(block: dict[str, Any], paragraphs: list[str], images: list[Image]) -> None:
    kind = str(block.get("type") or block.get("nodeType") or block.get("_type") or "").lower()
    if kind in IMAGE_TYPES:
        images += _images(block)
        return
    text = _field(block, TEXT_KEYS)
    if isinstance(text, str):
        found, pictures = _html_paragraphs(text)
        paragraphs += found
        images += pictures
    elif isinstance(text, list):  # rich-text nodes: the block's text is its leaves' text
        joined = normalize_space("".join(_leaf_texts(text)))  # inline runs: their spaces are their own
        if joined:
            paragraphs.append(joined)


def _leaf_texts(nodes: list[Any]) -> list[str]:
    texts: list[str] = []
    stack = list(reversed(nodes[:MAX_BLOCKS]))
    while stack and len(texts) < MAX_BLOCKS:
        node = stack.pop()
        if isinstance(node, str):
            texts.append(node)
        elif isinstance(node, dict):
            value = _field(node, TEXT_KEYS)
            if isinstance(value, str):
                texts.append(value)
            elif isinstance(value, list):
                stack.extend(reversed(value[:MAX_BLOCKS]))
    return texts


def _html_paragraphs(text: str) -> tuple[list[str], list[Image]]:
    if "<" not in text:
        return [normalize_space(p) for p in re.split(r"\n\s*\n|\r?\n", text) if normalize_space(p)], []
    root = LexborHTMLParser(f"<div>{text}</div>").css_first("div")
    if root is None:
        return [], []
    return read_paragraphs(root), read_images(root, None)


def _images(value: Any) -> list[Image]:
    items = value if isinstance(value, list) else [value]
    images = []
    for item in items[:MAX_BLOCKS]:
        url = item if isinstance(item, str) else _field(item, IMAGE_URL_KEYS) if isinstance(item, dict) else None
        if isinstance(url, dict):
            url = _field(url, IMAGE_URL_KEYS)
        if isinstance(url, str) and url.strip():
            caption = _text_of(_field(item, CAPTION_KEYS)) if isinstance(item, dict) else None
            images.append(Image(url=url.strip(), caption=caption))
    return images


def _reporters(value: Any) -> list[Reporter]:
    """Reporters from text bylines ("홍길동 기자 hong@…"), objects with a name and e-mail, or lists of either."""
    found: list[Reporter] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:50]:
        if isinstance(item, dict) and isinstance(item.get("by"), list):  # Arc-style credits
            found += [r for r in _reporters(item["by"]) if r.name not in {f.name for f in found}]
            continue
        name = _name_of(item)
        email = _field(item, EMAIL_KEYS) if isinstance(item, dict) else None
        if not name:
            continue
        named = clean_author(name)  # titles, outlets, desks and e-mails off, as for every author string
        for reporter in named:
            add_reporter(found, reporter.name, reporter.email or (email if isinstance(email, str) else None))
    return found
