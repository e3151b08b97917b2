"""An ordered, bounded process pool: results come back in input order, at most
``inflight`` chunks of items are in memory, and a worker that dies takes down only the item
that killed it."""
from __future__ import annotations

import itertools
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


class WorkersDying(RuntimeError):
    """Worker processes die on item after item: the environment is broken, not a page."""


MAX_CRASHES_IN_A_ROW = 3


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _ignore_interrupt() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle


def _run_chunk(fn: Callable[[In], Out], chunk: list[In]) -> list[Out]:
    return [fn(item) for item in chunk]


class OrderedPool(Generic[In, Out]):
    """``map(items)`` runs ``fn`` on each item in ``workers`` processes (0: in this process).

    Items travel in chunks of ``chunk_size`` (one round trip per chunk, not per page);
    ``on_crash(item)`` gives the result for an item whose worker process died.
    """

    def __init__(self, fn: Callable[[In], Out], workers: int, on_crash: Callable[[In], Out],
                 chunk_size: int = 16, inflight: int | None = None, preload: tuple[str, ...] = ()) -> None:
        self.fn = fn
        self.workers = workers
        self.on_crash = on_crash
        self.chunk_size = chunk_size
        self.inflight = inflight or workers * 3
        self.preload = preload
        self.pool: ProcessPoolExecutor | None = None
        self.crashes_in_a_row = 0

    def map(self, items: Iterable[In]) -> Iterator[Out]:
        if self.workers == 0:
            yield from map(self.fn, items)
            return
        pending: deque[tuple[list[In], Future]] = deque()
        self._start()
        try:
            iterator = iter(items)
            while chunk := list(itertools.islice(iterator, self.chunk_size)):
                pending.append((chunk, self.pool.submit(_run_chunk, self.fn, chunk)))
                while len(pending) >= self.inflight:
                    yield from self._next(pending)
            while pending:
                yield from self._next(pending)
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def _start(self) -> None:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(list(self.preload))
        self.pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_ignore_interrupt)

    def _next(self, pending: deque[tuple[list[In], Future]]) -> list[Out]:
        chunk, future = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            pass
        # An item in flight killed a worker: run every in-flight item alone to find which.
        waiting = [chunk] + [c for c, _ in pending]
        pending.clear()
        self._restart()
        results = [[self._alone(item) for item in c] for c in waiting]
        for other, result in zip(waiting[1:], results[1:]):
            done: Future = Future()
            done.set_result(result)
            pending.append((other, done))
        return results[0]

    def _alone(self, item: In) -> Out:
        try:
            result = self.pool.submit(self.fn, item).result()
        except BrokenProcessPool:
            self.crashes_in_a_row += 1
            if self.crashes_in_a_row >= MAX_CRASHES_IN_A_ROW:
                raise WorkersDying(f"worker processes died on {self.crashes_in_a_row} items in a row, "
                                   "each run alone: the environment is broken, not a page") from None
            self._restart()
            return self.on_crash(item)
        self.crashes_in_a_row = 0
        return result

    def _restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self._start()
