"""``sinmun run``: many pages in (files, folders, WARC, JSONL), a corpus out (JSONL or Parquet).

Pages are read as a stream in a stable order and extracted in worker processes; outcomes
are handled in input order, so the run's position is one number. Every page ends in the
output or in ``OUT.errors.jsonl`` (with its reason), and ``OUT.state.json`` records, at each
checkpoint, how many pages are done and how big each output file was then. A run that was
killed resumes from its last checkpoint: files are cut back to that point and the pages
after it are done again, so nothing is duplicated or skipped.
"""
from __future__ import annotations

import functools
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .dedup import Deduplicator, signature
from .io.pages import InputProblem, PageInput
from .io.sinks import JsonlSink, Sink, open_sink, shard_path
from .io.sources import iter_pages
from .pool import OrderedPool, default_workers
from .records import ARTICLE, DUPLICATE, ERROR, NON_ARTICLE, Outcome, RecordOptions, build_outcome

STATE_VERSION = 1
DEDUP_MODES = ("keep-first", "mark")


class RunError(Exception):
    """A run that cannot start (output exists, nothing to resume, options changed)."""


@dataclass
class RunConfig:
    inputs: list[str]
    output: str
    shard_size: int | None = None
    workers: int | None = None            # None: all cores; 0: in this process
    dedup: str | None = None              # None, "keep-first" or "mark"
    dedup_threshold: float = 0.8
    redact_pii: str | None = None         # None, "body" or "all"
    resume: bool = False
    overwrite: bool = False
    checkpoint_seconds: float = 2.0

    def fingerprint(self) -> dict[str, Any]:
        """What must not change between an interrupted run and its resumption."""
        return {"inputs": list(self.inputs), "output": self.output, "shard_size": self.shard_size,
                "dedup": self.dedup, "dedup_threshold": self.dedup_threshold, "redact_pii": self.redact_pii}

    @property
    def errors_path(self) -> Path:
        return Path(self.output + ".errors.jsonl")

    @property
    def state_path(self) -> Path:
        return Path(self.output + ".state.json")


@dataclass
class Summary:
    pages_in: int = 0
    articles_out: int = 0
    non_articles: int = 0
    duplicates: int = 0
    duplicates_dropped: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    pii: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0                  # all runs of this output together
    resumed_at: int = 0                   # pages already done when this run started
    finished: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {f.name: (dict(v) if isinstance(v := getattr(self, f.name), Counter) else v) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Summary":
        values = {f.name: data[f.name] for f in fields(cls) if f.name in data}
        for name in ("errors", "skipped", "pii"):
            values[name] = Counter(values.get(name) or {})
        return cls(**values)

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())


OutcomeHook = Callable[[Outcome, Summary], None]


def run_corpus(config: RunConfig, sinks: Sequence[Sink] = (), on_outcome: OutcomeHook | None = None) -> Summary:
    """Run (or resume) a corpus job. ``sinks`` receive every output record after the main output;
    ``on_outcome`` is called after each page (progress bars, error lines)."""
    if config.dedup not in (None, *DEDUP_MODES):
        raise ValueError(f"dedup must be one of {DEDUP_MODES}")
    try:
        primary = open_sink(Path(config.output), config.shard_size)
    except ValueError as exc:
        raise RunError(str(exc)) from None
    errors_log = JsonlSink(config.errors_path)
    state = _load_or_clear(config, [primary, errors_log, *sinks])
    Path(config.output).parent.mkdir(parents=True, exist_ok=True)
    if state and state.get("finished"):
        summary = Summary.from_dict(state["summary"])
        summary.resumed_at = summary.pages_in
        return summary
    named = {"output": primary, "errors": errors_log}
    for number, sink in enumerate(sinks):
        named[getattr(sink, "name", f"extra-{number}-{type(sink).__name__}")] = sink
    for name, sink in named.items():
        sink.open(state["sinks"].get(name) if state else None)
    run = _Run(config, named, primary, errors_log, state, on_outcome)
    return run.execute()


class _Run:
    def __init__(self, config: RunConfig, sinks: dict[str, Sink], primary: Sink, errors_log: JsonlSink,
                 state: dict[str, Any] | None, on_outcome: OutcomeHook | None) -> None:
        self.config = config
        self.sinks = sinks
        self.primary = primary
        self.errors_log = errors_log
        self.record_sinks = [s for name, s in sinks.items() if name != "errors"]
        self.on_outcome = on_outcome
        self.summary = Summary.from_dict(state["summary"]) if state else Summary()
        self.done = state["pages_done"] if state else 0
        self.last_source = state["last_source"] if state else None
        self.summary.resumed_at = self.done
        self.dedup = self._dedup_index() if config.dedup else None
        self.started = time.monotonic()
        self.seconds_before = self.summary.seconds
        self.last_checkpoint = self.started

    def execute(self) -> Summary:
        options = RecordOptions(redact_pii=self.config.redact_pii, dedup=bool(self.config.dedup))
        workers = default_workers() if self.config.workers is None else self.config.workers
        pool = OrderedPool(functools.partial(build_outcome, options=options), workers, on_crash=_crashed,
                           preload=("sinmun.records",))
        # On Ctrl-C or any failure, no checkpoint is written here: a page may be half-handled, and
        # the last periodic checkpoint is a consistent point to resume from.
        for outcome in pool.map(self._pages_to_do()):
            self._handle(outcome)
            self.done += 1
            self.last_source = outcome.source
            if time.monotonic() - self.last_checkpoint >= self.config.checkpoint_seconds:
                self._checkpoint()
        self._checkpoint(finished=True)
        return self.summary

    def _pages_to_do(self) -> Iterator[PageInput | InputProblem]:
        base = Path(self.config.output)
        own_files = (os.path.abspath(base), os.path.abspath(shard_path(base, 0)).rsplit("-", 1)[0] + "-")
        seen = 0
        for seen, page in enumerate(iter_pages(self.config.inputs, exclude=own_files), start=1):
            if seen < self.done:
                continue
            if seen == self.done:
                if page.source != self.last_source:
                    raise RunError(f"cannot resume: the inputs changed (page {seen} is {page.source}, "
                                   f"the interrupted run had {self.last_source})")
                continue
            yield page
        if seen < self.done:
            raise RunError(f"cannot resume: the inputs now hold {seen} pages, the interrupted run did {self.done}")

    def _handle(self, outcome: Outcome) -> None:
        summary = self.summary
        summary.pages_in += 1
        if outcome.status == ARTICLE:
            record = outcome.record
            if self.dedup is not None and outcome.signature is not None:
                record["dup_cluster"], record["duplicate"] = self.dedup.classify(record["id"], outcome.signature)
                if record["duplicate"]:
                    summary.duplicates += 1
                    if self.config.dedup == "keep-first":
                        summary.duplicates_dropped += 1
                        self.errors_log.write(_duplicate_entry(outcome))
                        self._notify(outcome)
                        return
            for sink in self.record_sinks:
                sink.write(record)
            summary.articles_out += 1
            summary.pii.update(outcome.pii)
        else:
            self.errors_log.write(outcome.log_entry())
            if outcome.status == NON_ARTICLE:
                summary.non_articles += 1
            elif outcome.status == ERROR:
                summary.errors[outcome.reason] += 1
            else:
                summary.skipped[outcome.reason] += 1
        self._notify(outcome)

    def _notify(self, outcome: Outcome) -> None:
        if self.on_outcome:
            self.on_outcome(outcome, self.summary)

    def _checkpoint(self, finished: bool = False) -> None:
        if not finished and not all(sink.can_checkpoint() for sink in self.sinks.values()):
            return
        now = time.monotonic()
        self.summary.seconds = round(self.seconds_before + now - self.started, 3)
        self.summary.finished = finished
        states = {name: (sink.close() if finished else sink.checkpoint()) for name, sink in self.sinks.items()}
        state = {"version": STATE_VERSION, "config": self.config.fingerprint(), "pages_done": self.done,
                 "last_source": self.last_source, "finished": finished, "sinks": states,
                 "summary": self.summary.to_dict()}
        _write_atomically(self.config.state_path, json.dumps(state, ensure_ascii=False, indent=1))
        self.last_checkpoint = now

    def _dedup_index(self) -> Deduplicator:
        """The duplicate index; on resume, rebuilt from the first copies already in the output."""
        index = Deduplicator(threshold=self.config.dedup_threshold)
        if self.done:
            for record in self.primary.records():
                if record.get("duplicate") is None:
                    index.classify(record["id"], signature(record["body_paragraphs"]))
        return index


def _duplicate_entry(outcome: Outcome) -> dict[str, Any]:
    record = outcome.record
    return {"source": outcome.source, "status": DUPLICATE, "reason": f"{record['duplicate']}-duplicate",
            "message": f"{record['duplicate']} duplicate of {record['dup_cluster']}", "url": outcome.url,
            "id": record["id"], "dup_cluster": record["dup_cluster"]}


def _crashed(page: PageInput | InputProblem) -> Outcome:
    return Outcome(page.source, ERROR, reason="worker-crashed", message="the worker process died on this page",
                   url=page.url)


def _load_or_clear(config: RunConfig, sinks: list[Sink]) -> dict[str, Any] | None:
    """The state to resume from, or None for a fresh run (after clearing old files if asked)."""
    existing = [p for sink in sinks for p in sink.leftovers()] + [config.state_path]
    existing = [p for p in existing if p.exists() or p.is_symlink()]
    if not existing:
        return None
    if config.overwrite:
        for path in existing:
            path.unlink()
        return None
    if not config.resume:
        raise RunError(f"{existing[0]} exists: use --resume to continue an interrupted run, "
                       "or --overwrite to start again")
    if not config.state_path.exists():
        raise RunError(f"cannot resume: no {config.state_path} (the output was not written by sinmun run); "
                       "use --overwrite to start again")
    try:
        state = json.loads(config.state_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RunError(f"cannot resume: {config.state_path} is unreadable: {exc}") from None
    if state.get("version") != STATE_VERSION:
        raise RunError(f"cannot resume: {config.state_path} was written by another sinmun version")
    if state["config"] != config.fingerprint():
        changed = sorted(k for k, v in config.fingerprint().items() if state["config"].get(k) != v)
        raise RunError(f"cannot resume: options differ from the interrupted run ({', '.join(changed)})")
    return state


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "w", encoding="utf-8") as stream:
        stream.write(text)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, path)
