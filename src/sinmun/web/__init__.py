"""``sinmun serve``: a local, server-rendered web page over the archive (no JavaScript needed).

May import :mod:`sinmun.archive` (what it shows), the extraction stages' date parser and the package
version; nothing but :mod:`sinmun.cli` imports it.
"""
