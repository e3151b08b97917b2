"""The article archive: SQLite storage, Korean full-text search, enrichment, trends.

>>> from sinmun.archive import Archive, Filters
>>> with Archive("sinmun.db") as archive:
...     archive.add_records(records, source="run-1")
...     result = archive.search("전략기술을", Filters(press="전자신문"), facets=True)
"""
from .store import DEFAULT_DB, AddStats, Archive, Filters, Hit, SearchResult, article_id

__all__ = ["Archive", "Filters", "AddStats", "Hit", "SearchResult", "article_id", "DEFAULT_DB"]
