"""sinmun (신문): clean, structured records from Korean news pages.

>>> import sinmun
>>> article = sinmun.extract(html, url="https://v.daum.net/v/20250805103256945")
>>> article.title, article.press, article.body_paragraphs
>>> sinmun.extract(html, explain=True).explain.fields["published"].source   # where a field came from

The public API is this module: :func:`extract` (from :mod:`sinmun.extraction`), the record types of
:mod:`sinmun.article` and the errors of :mod:`sinmun.errors`. The packages and what each may import are in
docs/architecture.md (checked by ``tests/test_architecture.py``).
"""
from .article import Article, Explanation, FieldExplanation, Image, RelatedLink, RemovedLine, Reporter, SourceOffer
from .errors import DecodeError, EmptyInputError, NotHtmlError, SinmunError
from .extraction.dates import ReferenceDateError
from .extraction.pipeline import extract

__version__ = "0.1.0"

__all__ = ["Article", "Image", "RelatedLink", "Reporter", "Explanation", "FieldExplanation", "SourceOffer",
           "RemovedLine", "extract", "SinmunError", "EmptyInputError",
           "NotHtmlError", "DecodeError", "ReferenceDateError", "__version__"]
