"""A wall-clock limit for one page, so that no page can stall a batch."""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import SinmunError

#: seconds one page may take in a batch run (extraction is linear; this guards against the unforeseen).
PAGE_TIME_LIMIT = 60.0


class PageTimeout(SinmunError):
    reason = "timeout"


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`PageTimeout` in the block after ``seconds`` (POSIX main thread only;
    elsewhere, and for ``None`` or 0, the block runs unbounded)."""
    usable = bool(seconds) and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or seconds is None:
        yield
        return

    def expire(signum, frame):  # noqa: ARG001
        raise PageTimeout(f"page took longer than {seconds:g}s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
