"""Stage 1: bytes to text to a parsed tree.

Decoding order for bytes: byte-order mark (UTF-8, UTF-32, UTF-16), UTF-16 without one (NUL
bytes in ASCII pairs), strict UTF-8 (valid UTF-8 with non-ASCII bytes is near-certain evidence
and beats a contradicting ``<meta charset>``), UTF-8 with a few damaged bytes, then the
declared charset (EUC-KR is read as its superset CP949; a Latin-1 declaration over bytes that
read as CP949 Hangul is a template default and loses), then CP949, then charset-normalizer.
Damaged bytes become U+FFFD with a warning; binary data is refused.

The text is then bounded (:mod:`sinmun.extraction.prepass`: huge pages lose scripts, styles and comments
before the size cut; elements nested deeper than the parser can afford are flattened).
"""
from __future__ import annotations

import codecs

import re
import zlib
from dataclasses import dataclass, field
from functools import cached_property

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..errors import DecodeError, EmptyInputError, NotHtmlError
from .attributes import MAX_ATTRIBUTES, cap_attributes
from .prepass import MAX_NESTING, drop_inert_markup, flatten_deep_nesting, has_few_tags, tree_too_deep
from .rawtext import MAX_REPAIRS, closed_raw_text

#: Pages longer than this (in characters) are cut before parsing, with a warning.
MAX_HTML_CHARS = 6_000_000
MAX_GZIP_BYTES = 64_000_000

_MAGIC = {
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive",
    b"%PDF": "PDF document",
    b"RIFF": "RIFF media file",
    b"\x7fELF": "ELF binary",
    b"BZh": "bzip2 archive",
    b"\xfd7zXZ": "xz archive",
    b"7z\xbc\xaf": "7z archive",
    b"OggS": "Ogg media",
    b"\x00\x00\x00": "binary data",
}
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_CHARSET_ALIASES = {"euc-kr": "cp949", "euckr": "cp949", "ks_c_5601-1987": "cp949", "ksc5601": "cp949",
                    "x-windows-949": "cp949", "ms949": "cp949", "uhc": "cp949", "utf8": "utf-8"}


@dataclass
class Page:
    """A decoded page and its parsed tree."""

    html: str
    tree: LexborHTMLParser
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)

    @cached_property
    def is_fragment(self) -> bool:
        """True for half-cleaned dumps: text and HTML fragments with no document head."""
        head = self.html[:4096].lower()
        return "<html" not in head and "<head" not in head and "<!doctype" not in head

    @cached_property
    def scripts(self) -> list[LexborNode]:
        """The page's script elements in document order: one walk of the tree for all their readers
        (JSON-LD, Next.js and Nuxt payloads)."""
        return self.tree.tags("script")

    @cached_property
    def metas(self) -> list[LexborNode]:
        """The page's meta elements in document order (one walk of the tree for all their readers)."""
        return self.tree.tags("meta")

    @cached_property
    def canonical_link(self) -> LexborNode | None:
        """The page's first ``<link rel=canonical>`` (:func:`first_canonical_link`), found once for metadata and
        the page judge alike."""
        return first_canonical_link(self.tree)

    @cached_property
    def meta_attributes(self) -> list[dict[str, str | None]]:
        """Each of :attr:`metas`' attributes, a dict per element in document order: read once for all their
        readers (an attribute read from the node costs about as much as all of them as a dict, a missing one
        more)."""
        return [node.attributes for node in self.metas]


#: a ``<link rel=canonical>``, the word in any case
CANONICAL_LINK = "link[rel='canonical' i]"


def first_canonical_link(tree: LexborHTMLParser) -> LexborNode | None:
    """The page's first ``<link rel=canonical>`` (the word in any case). Looked for in the head first, where it
    belongs: the head comes before the rest of the document, so one found there is the first, and only a page
    without one there costs a walk of the whole tree."""
    head = tree.head
    found = head.css_first(CANONICAL_LINK) if head is not None else None
    return found if found is not None else tree.css_first(CANONICAL_LINK)


def _normal_charset(name: str) -> str | None:
    name = name.strip().lower()
    name = _CHARSET_ALIASES.get(name, name)
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    # base64, hex, zlib, rot13 ... are codecs but not text encodings
    return info.name if getattr(info, "_is_text_encoding", True) else None


def decode_bytes(data: bytes, charset: str | None = None) -> tuple[str, str]:
    """Decode page bytes to text; return the text and the encoding used."""
    text, encoding, _ = decode_with_warnings(data, charset)
    return text, encoding


def decode_with_warnings(data: bytes, charset: str | None = None) -> tuple[str, str, list[str]]:
    """Decode page bytes to text; return the text, the encoding and what was repaired.

    ``charset`` is the transport's word (the HTTP ``Content-Type`` charset): as in browsers it comes
    before the page's own declaration, after a byte-order mark and bytes that are valid UTF-8.
    A few bytes that fit no encoding (a page cut mid-character, a stray byte) become U+FFFD
    with a warning instead of costing the page.
    """
    text, encoding, warnings, _ = _decode(data, charset)
    return text, encoding, warnings


def _decode(data: bytes, charset: str | None) -> tuple[str, str, list[str], bytes | None]:
    """:func:`decode_with_warnings`, and the bytes that are the text's exact UTF-8 form when the page
    was strict UTF-8 (the parser reads those bytes; no second copy is encoded), else None."""
    if not data or data.isspace():
        raise EmptyInputError("empty input")
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data)
    by_mark = _decode_by_byte_order_mark(data)
    if by_mark is not None:
        return by_mark[0], by_mark[1], [], None
    _refuse_binary(data)
    nuls = data[:8192].count(b"\x00")
    if nuls > 2:
        utf16 = _utf16_without_mark(data)
        if utf16 is not None:
            return utf16[0], utf16[1], [], None
        if nuls > MAX_STRAY_NULS:
            raise NotHtmlError("not HTML: binary data (NUL bytes)")
    data, removed = _without_nul_bytes(data) if b"\x00" in data else (data, 0)
    said = [f"{removed} NUL byte(s) removed"] if removed else []
    try:
        return data.decode("utf-8"), "utf-8", said, data
    except UnicodeDecodeError:
        pass
    text, encoding, warnings = _decode_damaged_or_declared(data, charset)
    return text, encoding, warnings + said, None


#: NUL bytes in a page's first 8 KB are this many at most (1 %) when the page is text with a few stray ones (a CMS's
#: garbage, a truncated field); more, and not UTF-16, it is binary data (a short one is told by its control
#: characters after decoding)
MAX_STRAY_NULS = 80


def _without_nul_bytes(data: bytes) -> tuple[bytes, int]:
    """The page without its stray NUL bytes (a browser's parser ignores them in text), and how many went."""
    cleaned = data.replace(b"\x00", b"")
    return cleaned, len(data) - len(cleaned)


def _refuse_binary(data: bytes) -> None:
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise NotHtmlError(f"not HTML: looks like a {kind}")


def _decode_damaged_or_declared(data: bytes, charset: str | None) -> tuple[str, str, list[str]]:
    """Bytes that are not strict UTF-8: UTF-8 with a few damaged bytes, the declared charset,
    CP949, or what charset-normalizer detects."""
    charset = (_normal_charset(charset) if charset else None) or _declared_charset(data)
    if charset in _LATIN_CHARSETS and _reads_as_hangul(data):
        charset = "cp949"  # EUC-KR bytes under a template's default Latin-1 declaration
    mostly_utf8 = _mostly_utf8(data, trust=charset in (None, "utf-8"))
    if mostly_utf8 is not None:
        return mostly_utf8, "utf-8", [_replaced_warning(mostly_utf8, "utf-8")]
    if charset and charset != "utf-8":
        text = _decode_mostly(data, charset)
        if text is not None:
            return text, charset, _repair_warnings(text, charset)
    # Korean pages without a usable declaration are CP949 far more often than anything else.
    text = _decode_mostly(data, "cp949")
    if text is not None:
        return text, "cp949", _repair_warnings(text, "cp949")
    text, encoding = _detect(data)
    return text, encoding, _repair_warnings(text, encoding)


_LATIN_CHARSETS = {"latin-1", "iso8859-1", "cp1252", "ascii", "iso8859-15"}
#: byte-order marks, UTF-32 first: its little-endian mark starts with UTF-16's.
_BYTE_ORDER_MARKS = ((codecs.BOM_UTF8, "utf-8", "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
                     (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"), (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"))


def _decode_by_byte_order_mark(data: bytes) -> tuple[str, str] | None:
    for mark, codec, name in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return data[len(mark):].decode(codec, errors="replace"), name
    return None


def _utf16_without_mark(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text without a byte-order mark: one byte of each ASCII pair is NUL."""
    head = data[:8192 - 8192 % 2]
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            sample = head.decode(codec)
        except UnicodeDecodeError:
            continue
        if "<" in sample and _control_ratio(sample) < 0.01:
            return data[: len(data) - len(data) % 2].decode(codec, errors="replace"), "utf-16"
    return None


def _declared_charset(data: bytes) -> str | None:
    declared = _DECLARED_CHARSET.search(data[:16384])
    if not declared:
        return None
    return _normal_charset(declared.group(1).decode("ascii", "ignore"))


def _reads_as_hangul(data: bytes) -> bool:
    """True when the non-ASCII bytes read as CP949 Hangul (mojibake under a Latin-1 declaration);
    the first 400 kB are evidence enough."""
    text = _decode_mostly(data[:400_000], "cp949")
    if text is None:
        return False
    non_ascii = _non_ascii(text)
    return non_ascii > 0 and len(_HANGUL_SYLLABLE.findall(text)) >= 0.6 * non_ascii


_HANGUL_SYLLABLE = re.compile(r"[가-힣]")


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def _mostly_utf8(data: bytes, *, trust: bool) -> str | None:
    """UTF-8 with a few broken sequences: kept, the broken bytes replaced.

    Valid multi-byte sequences far outnumbering the broken ones are near-certain evidence
    (CP949 bytes read as UTF-8 break at almost every character); a UTF-8 declaration, or none,
    lowers the bar to "more valid than broken, and few broken" for a page with little non-ASCII text.
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count("\ufffd".encode())
    if broken <= 0:
        return None
    valid = _non_ascii(text) - broken
    if valid >= 20 * broken or (trust and valid >= broken and broken <= max(2, len(text) // 1000)):
        return text
    return None


def _replaced_warning(text: str, encoding: str) -> str:
    return f"{text.count(chr(0xFFFD))} byte sequence(s) not valid {encoding}; replaced with U+FFFD"


def _repair_warnings(text: str, encoding: str) -> list[str]:
    return [_replaced_warning(text, encoding)] if "\ufffd" in text else []


def _decode_mostly(data: bytes, charset: str) -> str | None:
    """Decode with ``charset`` when it fits all but a few stray bytes (real EUC-KR pages have some)."""
    try:
        return data.decode(charset)
    except (UnicodeError, LookupError):
        pass
    try:
        text = data.decode(charset, errors="replace")
    except (UnicodeError, LookupError):
        return None
    return text if text.count("\ufffd") <= max(2, len(text) // 1000) else None


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:2_000_000]).best()
    # No encoding fits every byte: text with damage here and there is still read as UTF-8;
    # binary data fails the control-character test below.
    encoding = best.encoding if best is not None else "utf-8"
    text = data.decode(encoding, errors="replace")
    if _control_ratio(text[:20000]) > 0.05:
        raise NotHtmlError("not HTML: binary data")
    return text, encoding


#: the C0 control characters but tab, line feed, form feed and carriage return: one byte each in UTF-8,
#: and no byte of a longer sequence.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20)])


#: the characters at the start of a page that tell binary data (:func:`_control_ratio` over them)
_BINARY_HEAD = 20_000
#: each control byte alone
_BINARY_MARKS = tuple(bytes([b]) for b in _CONTROL_BYTES)


def _binary_head(html: str, encoded: bytes) -> bool:
    """Whether the page's first :data:`_BINARY_HEAD` characters are more than 5 % control characters and
    U+FFFD. ``encoded`` is ``html`` in UTF-8 (lone surrogates dropped), so those characters lie in its
    first 4 bytes per character: when that stretch holds no control byte (one ``memchr`` per byte value)
    and the characters no U+FFFD (one search for one character; its three UTF-8 bytes take a slower
    search), the common case, the share is 0 without encoding the head again."""
    end = 4 * _BINARY_HEAD
    if all(encoded.find(mark, 0, end) < 0 for mark in _BINARY_MARKS) and html.find("\ufffd", 0, _BINARY_HEAD) < 0:
        return False
    return _control_ratio(html[:_BINARY_HEAD]) > 0.05


def _control_ratio(text: str) -> float:
    """Share of control characters (and U+FFFD) in a text: high for binary data."""
    if not text:
        return 0.0
    raw = text.encode("utf-8", "surrogatepass")
    controls = len(raw) - len(raw.translate(None, _CONTROL_BYTES))
    return (controls + text.count("\ufffd")) / len(text)


def _gunzip(data: bytes) -> bytes:
    try:
        decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = decomp.decompress(data, MAX_GZIP_BYTES)
    except zlib.error as exc:
        raise DecodeError(f"broken gzip data: {exc}") from None
    if not out:
        raise EmptyInputError("empty gzip data")
    return out


def load(html: str | bytes, charset: str | None = None) -> Page:
    """Decode (if needed; ``charset``: the HTTP header's), bound and parse a page."""
    warnings: list[str] = []
    encoding = None
    utf8: bytes | None = None  # the page's own bytes when they are its text's UTF-8 form
    if isinstance(html, (bytes, bytearray, memoryview)):
        html, encoding, warnings, utf8 = _decode(bytes(html), charset)
    if not isinstance(html, str):
        raise TypeError(f"html must be str or bytes, not {type(html).__name__}")
    if not html or html.isspace():
        raise EmptyInputError("empty input")
    oversized = len(html) > MAX_HTML_CHARS
    if oversized:  # bounded below: the head is judged as it came
        if _control_ratio(html[:_BINARY_HEAD]) > 0.05:
            raise NotHtmlError("not HTML: binary data")
        bounded = _bounded(html, warnings)
        if bounded is not html:
            html, utf8 = bounded, None
    # what the parser reads (it drops lone surrogates too): the page's bytes themselves when they are that
    encoded = utf8 if utf8 is not None else html.encode("utf-8", "ignore")
    del utf8
    if not oversized and _binary_head(html, encoded):
        raise NotHtmlError("not HTML: binary data")
    html, tree = _parse_bounded(html, encoded, warnings)
    html, tree = _with_raw_text_closed(html, tree, warnings)
    return Page(html=html, tree=tree, encoding=encoding, warnings=warnings)


def _with_raw_text_closed(html: str, tree: LexborHTMLParser, warnings: list[str]) -> tuple[str, LexborHTMLParser]:
    """The page parsed again with each raw-text element it left open closed (``rawtext``), at most
    :data:`~sinmun.extraction.rawtext.MAX_REPAIRS` of them; the page as it was parsed when it has none."""
    for _ in range(MAX_REPAIRS):
        repaired = closed_raw_text(html, tree)
        if repaired is None:
            break
        html, tag = repaired
        name = "comment" if tag == "-comment" else f"<{tag}>"
        warnings.append(f"unclosed {name} swallowed the rest of the page: closed where the markup resumes")
        html, tree = _parse_bounded(html, html.encode("utf-8", "ignore"), warnings)
    return html, tree


def _parse_bounded(html: str, encoded: bytes, warnings: list[str]) -> tuple[str, LexborHTMLParser]:
    """Parse with the parser's work bounded. A page of few tags is parsed as it is and its tree's depth
    checked (the parser's worst case on so few tags is small); any other page, or one found nesting too
    deep, has its elements beyond :data:`MAX_NESTING` flattened before it is parsed."""
    if has_few_tags(html):
        parsed_html, tree, cut = _parse_capped(html, encoded)
        if not tree_too_deep(tree):
            _note_cut(cut, warnings)
            return parsed_html, tree
    html, flattened = flatten_deep_nesting(html, encoded=encoded)
    if flattened:
        warnings.append(f"elements nested deeper than {MAX_NESTING} levels flattened ({flattened} tags dropped)")
        encoded = html.encode("utf-8", "ignore")
    html, tree, cut = _parse_capped(html, encoded)
    _note_cut(cut, warnings)
    return html, tree


def _parse_capped(html: str, encoded: bytes) -> tuple[str, LexborHTMLParser, int]:
    """The page parsed with its tags bounded to :data:`MAX_ATTRIBUTES` attributes: its text, tree and the
    number of tags cut."""
    bounded_markup, cut = cap_attributes(encoded)
    if cut:
        encoded = bounded_markup
        html = encoded.decode("utf-8", "replace")
    tree = LexborHTMLParser(encoded)
    tree.raw_html = b""  # the parser's copy of its input: nothing reads it, and the text is in ``html``
    return html, tree, cut


def _note_cut(cut: int, warnings: list[str]) -> None:
    if cut:
        warnings.append(f"{cut} tags cut to their first {MAX_ATTRIBUTES} attributes")


def _bounded(html: str, warnings: list[str]) -> str:
    """At most :data:`MAX_HTML_CHARS` characters: comments, styles and scripts (but the structured
    data ones) go first, so that megabytes of script cannot push the article past the cut."""
    if len(html) <= MAX_HTML_CHARS:
        return html
    size = len(html)
    html = drop_inert_markup(html, keep_budget=MAX_HTML_CHARS // 2)
    if len(html) < size:
        warnings.append(f"page of {size} characters: comments, styles and scripts dropped before the size bound")
    if len(html) > MAX_HTML_CHARS:
        warnings.append(f"page cut to {MAX_HTML_CHARS} characters from {len(html)}")
        html = html[:MAX_HTML_CHARS]
    return html


__all__ = ["Page", "decode_bytes", "decode_with_warnings", "load"]
