"""Stage 1: bytes to text to a parsed tree.

Decoding order for bytes: byte-order mark, then strict UTF-8 (valid UTF-8 with non-ASCII
bytes is near-certain evidence and beats a contradicting ``<meta charset>``), then the
declared charset (EUC-KR is read as its superset CP949), then charset-normalizer.
"""
from __future__ import annotations

import codecs

import re
import zlib
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser

from .errors import DecodeError, EmptyInputError, NotHtmlError

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

    @property
    def is_fragment(self) -> bool:
        """True for half-cleaned dumps: text and HTML fragments with no document head."""
        head = self.html[:4096].lower()
        return "<html" not in head and "<head" not in head and "<!doctype" not in head


def _normal_charset(name: str) -> str | None:
    name = name.strip().lower()
    name = _CHARSET_ALIASES.get(name, name)
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    # base64, hex, zlib, rot13 ... are codecs but not text encodings
    return info.name if getattr(info, "_is_text_encoding", True) else None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode page bytes to text; return the text and the encoding used."""
    if not data.strip():
        raise EmptyInputError("empty input")
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data)
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise NotHtmlError(f"not HTML: looks like a {kind}")
    head = data[:8192]
    if head.count(b"\x00") > 2:
        raise NotHtmlError("not HTML: binary data (NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(data[:16384])
    if declared:
        charset = _normal_charset(declared.group(1).decode("ascii", "ignore"))
        if charset and charset != "utf-8":
            text = _decode_mostly(data, charset)
            if text is not None:
                return text, charset
    # Korean pages without a usable declaration are CP949 far more often than anything else.
    text = _decode_mostly(data, "cp949")
    if text is not None:
        return text, "cp949"
    return _detect(data)


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
    if best is None:
        raise NotHtmlError("not HTML: no text encoding fits the bytes")
    encoding = best.encoding
    text = data.decode(encoding, errors="replace")
    if _control_ratio(text[:20000]) > 0.05:
        raise NotHtmlError("not HTML: binary data")
    return text, encoding


_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def _control_ratio(text: str) -> float:
    """Share of control characters (and U+FFFD) in a text: high for binary data."""
    if not text:
        return 0.0
    return len(_CONTROL_CHARS.findall(text)) / len(text)


def _gunzip(data: bytes) -> bytes:
    try:
        decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = decomp.decompress(data, MAX_GZIP_BYTES)
    except zlib.error as exc:
        raise DecodeError(f"broken gzip data: {exc}") from None
    if not out:
        raise EmptyInputError("empty gzip data")
    return out


def load(html: str | bytes) -> Page:
    """Decode (if needed), bound and parse a page."""
    warnings: list[str] = []
    encoding = None
    if isinstance(html, (bytes, bytearray, memoryview)):
        html, encoding = decode_bytes(bytes(html))
    if not isinstance(html, str):
        raise TypeError(f"html must be str or bytes, not {type(html).__name__}")
    if not html.strip():
        raise EmptyInputError("empty input")
    if _control_ratio(html[:20000]) > 0.05:
        raise NotHtmlError("not HTML: binary data")
    if len(html) > MAX_HTML_CHARS:
        warnings.append(f"page cut to {MAX_HTML_CHARS} characters from {len(html)}")
        html = html[:MAX_HTML_CHARS]
    tree = LexborHTMLParser(html)
    return Page(html=html, tree=tree, encoding=encoding, warnings=warnings)


__all__ = ["Page", "decode_bytes", "load"]
