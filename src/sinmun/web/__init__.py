"""``sinmun serve``: a local, server-rendered web page over the archive (no JavaScript needed)."""
