"""sinmun (신문): clean, structured records from Korean news pages.

>>> import sinmun
>>> article = sinmun.extract(html, url="https://v.daum.net/v/20250805103256945")
>>> article.title, article.press, article.body_paragraphs
>>> sinmun.extract(html, explain=True).explain.fields["published"].source   # where a field came from

The public API is this module: :func:`extract` (from :mod:`sinmun.extraction`), the record types of
:mod:`sinmun.article` and the errors of :mod:`sinmun.errors`. The packages and what each may import are in
docs/architecture.md (checked by ``tests/test_architecture.py``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .article import Article, Explanation, FieldExplanation, Image, RelatedLink, RemovedLine, Reporter, SourceOffer
from .errors import DecodeError, EmptyInputError, NotHtmlError, SinmunError

if TYPE_CHECKING:
    from .extraction.dates import ReferenceDateError
    from .extraction.pipeline import extract

__version__ = "0.1.0"

#: Loaded on first use: the extraction stages take ~0.2 s to import, which commands that never
#: extract (``sinmun search``, ``sinmun trend``) should not pay.
_LAZY = {"extract": "extraction.pipeline", "ReferenceDateError": "extraction.dates"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib
        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = ["Article", "Image", "RelatedLink", "Reporter", "Explanation", "FieldExplanation", "SourceOffer",
           "RemovedLine", "extract", "SinmunError", "EmptyInputError",
           "NotHtmlError", "DecodeError", "ReferenceDateError", "__version__"]
