"""The article archive: SQLite storage, Korean full-text search, enrichment, trends.

>>> from sinmun.archive import Archive, Filters
>>> with Archive("sinmun.db") as archive:
...     archive.add_records(records, source="run-1")
...     result = archive.search("전략기술을", Filters(press="전자신문"), facets=True)

May import the extraction stages (to extract pages it is given), :mod:`sinmun.corpus` for the record
identity and the per-page time limit (``identity``, ``limits``), :mod:`sinmun.io`, the shared record types
and :mod:`sinmun.extras`; never :mod:`sinmun.web`, :mod:`sinmun.cli` or :mod:`sinmun.crawl`.
"""
from .store import DEFAULT_DB, AddStats, Archive, Filters, Hit, SearchResult, article_id

__all__ = ["Archive", "Filters", "AddStats", "Hit", "SearchResult", "article_id", "DEFAULT_DB"]
