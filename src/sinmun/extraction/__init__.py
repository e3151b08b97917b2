"""The extraction stages: one HTML page in, one :class:`sinmun.Article` out.

``parse`` (decode, bound, parse; ``prepass`` and ``attributes`` before it, ``rawtext`` after it) ->
``metadata`` (meta tags, JSON-LD) and ``arc``, ``nextdata``, ``flight`` (embedded story JSON, as a
``story.EmbeddedStory``) ->
``content`` (find the body, read paragraphs and images) -> ``clean`` (boilerplate, bylines, reporters) with ``dates``,
``presses``, ``fragments`` and ``urls`` as readers -> ``fields`` (every field's sources in precedence
order, ``FIELD_RULES``; helpers in ``bodies``, ``times``, ``people``, ``tail`` (the page's closing lines))
resolved by ``resolve`` ->
``pipeline`` (:func:`extract`: matches the site profile from :mod:`sinmun.sites`, whose ``sources``
may reorder a field's sources, assembles the record and judges it) and ``explain`` (the provenance
``extract(..., explain=True)`` adds).

May import: :mod:`sinmun.article`, :mod:`sinmun.errors`, :mod:`sinmun.sites` (the site profiles,
which are part of core extraction and import these stages back) and third-party parsers.
Never imports :mod:`sinmun.corpus`, :mod:`sinmun.io`, :mod:`sinmun.archive`, :mod:`sinmun.web`,
:mod:`sinmun.cli` or :mod:`sinmun.crawl` (checked by ``tests/test_architecture.py``).
"""
from .pipeline import extract

__all__ = ["extract"]
