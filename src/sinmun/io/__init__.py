"""Readers and writers around the extractor: page files, WARC and JSONL inputs, JSONL/Parquet sinks.

``files`` (page files and folders), ``warc`` and ``jsonl`` (pages inside archives), ``sources`` (any of
these, as one stream of :class:`~sinmun.io.pages.PageInput`), ``sinks`` (where records go).

May import :mod:`sinmun.article` and :mod:`sinmun.extras` only: it knows records, not how they are made.
"""
