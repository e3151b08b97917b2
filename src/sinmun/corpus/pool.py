"""An ordered, bounded process pool with a real time limit per item.

Results come back in input order and at most ``inflight`` chunks of items are in memory.
Each worker process reports every item it finishes, so the parent always knows which item a
worker is on and since when: a worker that overruns ``timeout`` on one item (stuck in native
code, which no alarm interrupts) is killed and replaced, a worker that dies takes down only the
item it was on, and the rest of its chunk goes to another worker. Workers die with their
parent, even when it is killed with SIGKILL (``PR_SET_PDEATHSIG`` on Linux, and a watcher thread).
"""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

In = TypeVar("In")
Out = TypeVar("Out")


class WorkersDying(RuntimeError):
    """Worker processes die on item after item: the environment is broken, not a page."""


MAX_CRASHES_IN_A_ROW = 3
PR_SET_PDEATHSIG = 1
PARENT_CHECK_SECONDS = 0.5
#: how long a new worker process may take to start (import, unpickle) before its first item's clock runs
STARTUP_SECONDS = 120.0


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


# ----------------------------------------------------------------- in the worker process
def _die_with_parent(parent_pid: int) -> None:
    """Ask the kernel to kill this process when its parent goes (Linux), and watch the run's
    process from a thread (everywhere: covers a parent that is not the run, as under forkserver)."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    first_parent = os.getppid()

    def watch() -> None:
        while True:
            try:
                os.kill(parent_pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:
                pass
            if os.getppid() != first_parent:
                os._exit(1)
            time.sleep(PARENT_CHECK_SECONDS)
    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _worker_main(conn: Connection, fn: Callable[[Any], Any], parent_pid: int) -> None:
    """Run chunks until the parent closes the pipe; send ``(result, finished_at)`` after each item."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _die_with_parent(parent_pid)
    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        conn.send(("started", None, time.monotonic()))  # the clock of the chunk's first item starts now
        for item in chunk:
            try:
                message = ("ok", fn(item))
            except Exception as exc:  # handed to the parent, which raises it as the old pool did
                message = ("raised", _picklable(exc))
            conn.send((*message, time.monotonic()))


def _picklable(exc: Exception) -> Exception:
    import pickle
    try:
        pickle.dumps(exc)
        return exc
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")


# ----------------------------------------------------------------- in the parent
@dataclass
class _Worker:
    process: Any
    conn: Connection
    items: deque = field(default_factory=deque)  # (sequence number, item) not yet answered
    since: float = 0.0                            # when the worker started its current item
    started: bool = False                         # whether it has begun the chunk (it may still be starting up)

    def deadline(self, timeout: float) -> float:
        return self.since + (timeout if self.started else max(timeout, STARTUP_SECONDS))


class OrderedPool(Generic[In, Out]):
    """``map(items)`` runs ``fn`` on each item in ``workers`` processes (0: in this process).

    Items travel in chunks of ``chunk_size``; ``on_crash(item)`` gives the result for an item
    whose worker died, ``on_timeout(item)`` for one that took longer than ``timeout`` seconds
    (its worker is killed). ``preload`` names modules the forkserver imports once for all workers.
    """

    def __init__(self, fn: Callable[[In], Out], workers: int, on_crash: Callable[[In], Out],
                 chunk_size: int = 16, inflight: int | None = None, preload: tuple[str, ...] = (),
                 timeout: float | None = None, on_timeout: Callable[[In], Out] | None = None) -> None:
        self.fn = fn
        self.workers = workers
        self.on_crash = on_crash
        self.on_timeout = on_timeout or on_crash
        self.timeout = timeout
        self.chunk_size = chunk_size
        self.inflight = inflight or workers * 3
        self.preload = preload
        self.crashes_in_a_row = 0
        self._context: multiprocessing.context.ForkServerContext | None = None
        self._live: list[_Worker] = []

    def map(self, items: Iterable[In]) -> Generator[Out, None, None]:
        if self.workers == 0:
            yield from map(self.fn, items)
            return
        run: _MapRun[In, Out] = _MapRun(self, iter(items))
        finished = False
        try:
            yield from run.results()
            finished = True
        finally:
            self._stop_all(gently=finished)

    # --- workers
    def _start_worker(self) -> _Worker:
        if self._context is None:
            self._context = multiprocessing.get_context("forkserver")
            self._context.set_forkserver_preload(list(self.preload))
        parent_end, child_end = self._context.Pipe(duplex=True)
        process = self._context.Process(target=_worker_main, args=(child_end, self.fn, os.getpid()),
                                        name="sinmun-worker", daemon=True)
        process.start()
        child_end.close()
        worker = _Worker(process, parent_end)
        self._live.append(worker)
        return worker

    def _kill(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join()
        worker.conn.close()
        self._live.remove(worker)

    def _stop_all(self, gently: bool) -> None:
        """Idle workers end when their pipe closes; after an interruption they are killed at once."""
        for worker in list(self._live):
            if not gently:
                worker.process.kill()
            worker.conn.close()
        for worker in list(self._live):
            worker.process.join(None if not gently else 10)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
        self._live.clear()


class _MapRun(Generic[In, Out]):
    """The bookkeeping of one ``map`` call."""

    def __init__(self, pool: OrderedPool, items: Iterator[In]) -> None:
        self.pool = pool
        self.items = items
        self.exhausted = False
        self.read = 0                       # items taken from the input
        self.next_out = 0                   # sequence number of the next result to yield
        self.todo: deque = deque()          # (sequence number, item) waiting for a worker
        self.done: dict[int, Out] = {}
        self.busy: list[_Worker] = []
        self.idle: list[_Worker] = [pool._start_worker() for _ in range(pool.workers)]

    def results(self) -> Iterator[Out]:
        while True:
            self._read_ahead()
            self._hand_out()
            while self.next_out in self.done:
                yield self.done.pop(self.next_out)
                self.next_out += 1
            if self.exhausted and not self.todo and not self.busy and self.next_out == self.read:
                return
            if self.busy:
                self._collect()

    def _read_ahead(self) -> None:
        room = self.pool.inflight * self.pool.chunk_size - (self.read - self.next_out)
        while room > 0 and not self.exhausted:
            try:
                item = next(self.items)
            except StopIteration:
                self.exhausted = True
                break
            self.todo.append((self.read, item))
            self.read += 1
            room -= 1

    def _hand_out(self) -> None:
        while self.idle and self.todo:
            worker = self.idle.pop()
            while self.todo and len(worker.items) < self.pool.chunk_size:
                worker.items.append(self.todo.popleft())
            worker.since, worker.started = time.monotonic(), False
            try:
                worker.conn.send([item for _, item in worker.items])
            except OSError:
                pass  # the worker is gone: its pipe reports the end, and the first item counts as crashed
            self.busy.append(worker)

    def _collect(self) -> None:
        """Wait for a result or the nearest deadline; handle deaths and overruns."""
        timeout = None
        if self.pool.timeout is not None:
            nearest = min(w.deadline(self.pool.timeout) for w in self.busy)
            timeout = max(0.0, nearest - time.monotonic())
        for conn in wait([w.conn for w in self.busy], timeout):
            worker = next(w for w in self.busy if w.conn is conn)
            self._receive(worker)
        if self.pool.timeout is not None:
            now = time.monotonic()
            for worker in [w for w in self.busy if now >= w.deadline(self.pool.timeout)]:
                self._replace(worker, self.pool.on_timeout, crashed=False)

    def _receive(self, worker: _Worker) -> None:
        try:
            while worker.items and worker.conn.poll():
                kind, value, at = worker.conn.recv()
                worker.since, worker.started = min(at, time.monotonic()), True
                if kind == "started":
                    continue
                number, _ = worker.items.popleft()
                if kind == "raised":
                    raise value
                self.done[number] = value
                self.pool.crashes_in_a_row = 0
        except (EOFError, OSError):
            self._replace(worker, self.pool.on_crash, crashed=True)
            return
        if not worker.items:
            self.busy.remove(worker)
            self.idle.append(worker)

    def _replace(self, worker: _Worker, result_for: Callable[[In], Out], crashed: bool) -> None:
        """The worker's current item gets ``result_for(item)``; the rest of its chunk goes back in line."""
        self.busy.remove(worker)
        self.pool._kill(worker)
        number, item = worker.items.popleft()
        self.done[number] = result_for(item)
        self.todo.extendleft(reversed(worker.items))
        if crashed:
            self.pool.crashes_in_a_row += 1
            if self.pool.crashes_in_a_row >= MAX_CRASHES_IN_A_ROW:
                raise WorkersDying(f"worker processes died on {self.pool.crashes_in_a_row} items in a row: "
                                   "the environment is broken, not a page")
        self.idle.append(self.pool._start_worker())
