"""Fetching and crawling: from URLs, or an outlet's declared sources and a date range, to a WARC file,
then (through the same record code as ``sinmun run``) to a corpus and an archive.

Layers, each usable alone:

``urls``        canonical URL keys (tracking parameters stripped, Naver/Daum article variants joined)
``state``       the SQLite frontier + seen-set + validators beside the output (what makes a run resumable)
``warcfile``    the WARC written (request and response records, one gzip member each; cut back on resume)
``politeness``  robots.txt (protego), per-host delay, Retry-After and capped back-off
``blocks``      bot walls, JavaScript challenges and login pages
``discover``    links and their dates from sitemaps, news sitemaps, RSS/Atom, list pages, portal day lists
``fetcher``     the asyncio engine (httpx): one request at a time per host, many hosts at once
``extracting``  the WARC's responses -> corpus records (``sinmun.corpus.records``) -> sinks (``sinmun.io.sinks``)
``job``         ``fetch`` and ``crawl`` end to end

This package may import ``sinmun.corpus.records``, ``sinmun.io``, ``sinmun.archive``, ``sinmun.sites.sources`` and the
extraction code; the core extraction modules must never import it. Its third-party libraries (httpx,
protego, courlan, feedparser, warcio) are the ``crawl`` extra and are imported lazily by the modules that need
them.
"""
