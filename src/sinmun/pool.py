"""An ordered, bounded process pool: results come back in input order, at most ``inflight``
items are in memory, and a worker that dies takes down only the item that killed it."""
from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Generic, TypeVar

In = TypeVar("In")
Out = TypeVar("Out")


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _ignore_interrupt() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle


class OrderedPool(Generic[In, Out]):
    """``map(items)`` runs ``fn`` on each item in ``workers`` processes (0: in this process).

    ``on_crash(item)`` gives the result for an item whose worker process died.
    """

    def __init__(self, fn: Callable[[In], Out], workers: int, on_crash: Callable[[In], Out],
                 inflight: int | None = None, preload: tuple[str, ...] = ()) -> None:
        self.fn = fn
        self.workers = workers
        self.on_crash = on_crash
        self.inflight = inflight or max(4, workers * 4)
        self.preload = preload
        self.pool: ProcessPoolExecutor | None = None

    def map(self, items: Iterable[In]) -> Iterator[Out]:
        if self.workers == 0:
            yield from map(self.fn, items)
            return
        pending: deque[tuple[In, Future]] = deque()
        self._start()
        try:
            for item in items:
                pending.append((item, self.pool.submit(self.fn, item)))
                while len(pending) >= self.inflight:
                    yield self._next(pending)
            while pending:
                yield self._next(pending)
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def _start(self) -> None:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(list(self.preload))
        self.pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_ignore_interrupt)

    def _next(self, pending: deque[tuple[In, Future]]) -> Out:
        item, future = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            pass
        # Some in-flight item killed a worker: run each of them alone to find which.
        waiting = [item] + [i for i, _ in pending]
        pending.clear()
        self._restart()
        results = [self._alone(i) for i in waiting]
        for other, result in zip(waiting[1:], results[1:]):
            done: Future = Future()
            done.set_result(result)
            pending.append((other, done))
        return results[0]

    def _alone(self, item: In) -> Out:
        try:
            return self.pool.submit(self.fn, item).result()
        except BrokenProcessPool:
            self._restart()
            return self.on_crash(item)

    def _restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self._start()
