"""``sinmun run``: many pages in (files, folders, WARC, JSONL), a corpus out (JSONL or Parquet).

Pages are read as a stream in a stable order and extracted in worker processes; outcomes
are handled in input order, so the run's position is one number. Every page ends in the
output or in ``OUT.errors.jsonl`` (with its reason), and ``OUT.state.json`` records, at each
checkpoint, how many pages are done and how big each output file was then. A run that was
killed resumes from its last checkpoint: files are cut back to that point and the pages
after it are done again, so nothing is duplicated or skipped.
"""
from __future__ import annotations

import contextlib
import functools
import glob
import json
import os
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .dedup import Deduplicator, signature
from ..extras import require
from ..io.pages import InputProblem, PageInput, display_path
from ..io.sinks import JsonlSink, ParquetSink, Sink, open_sink, shard_path
from ..io.sources import iter_pages
from ..io.warc import WARC_SUFFIXES
from .limits import PAGE_TIME_LIMIT
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
    page_timeout: float = PAGE_TIME_LIMIT  # seconds a page may take; a worker that overruns is replaced
    #: pages that are not articles stay out of the output (in the errors log); False: in it, flagged
    articles_only: bool = True

    def fingerprint(self) -> dict[str, Any]:
        """What must not change between an interrupted run and its resumption."""
        return {"inputs": list(self.inputs), "output": self.output, "shard_size": self.shard_size,
                "dedup": self.dedup, "dedup_threshold": self.dedup_threshold, "redact_pii": self.redact_pii,
                # named only when not the default, so that runs interrupted before the option existed resume
                **({} if self.articles_only else {"articles_only": False})}

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
    _require_extras(config)
    try:
        primary = open_sink(Path(config.output), config.shard_size)
    except ValueError as exc:
        raise RunError(str(exc)) from None
    errors_log = JsonlSink(config.errors_path)
    _refuse_outputs_among_inputs(config, [primary, errors_log])
    state = _load_or_clear(config, [primary, errors_log, *sinks])
    Path(config.output).parent.mkdir(parents=True, exist_ok=True)
    if state and state.get("finished"):
        summary = Summary.from_dict(state["summary"])
        summary.resumed_at = summary.pages_in
        return summary
    if state is None:  # the state comes before any output, so that every interrupted run can resume
        _write_state(config, _state(config, 0, None, False, {}, Summary()))
    named: dict[str, Sink] = {"output": primary, "errors": errors_log}
    for number, sink in enumerate(sinks):
        named[getattr(sink, "name", f"extra-{number}-{type(sink).__name__}")] = sink
    for name, sink in named.items():
        sink.open(state["sinks"].get(name) if state else None)
    run = _Run(config, named, primary, errors_log, state, on_outcome)
    return run.execute()


class _Run:
    def __init__(self, config: RunConfig, sinks: dict[str, Sink], primary: JsonlSink | ParquetSink,
                 errors_log: JsonlSink, state: dict[str, Any] | None, on_outcome: OutcomeHook | None) -> None:
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
        options = RecordOptions(redact_pii=self.config.redact_pii, dedup=bool(self.config.dedup),
                                page_timeout=self.config.page_timeout,
                                keep_non_articles=not self.config.articles_only)
        workers = default_workers() if self.config.workers is None else self.config.workers
        pool = OrderedPool(functools.partial(build_outcome, options=options), workers, on_crash=_crashed,
                           preload=("sinmun.corpus.records",), timeout=_kill_after(self.config.page_timeout),
                           on_timeout=functools.partial(_timed_out, seconds=self.config.page_timeout))
        # On Ctrl-C or any failure, no checkpoint is written here: a page may be half-handled, and
        # the last periodic checkpoint is a consistent point to resume from.
        with contextlib.closing(pool.map(self._pages_to_do())) as outcomes:  # closed: workers stopped at once
            for outcome in outcomes:
                self._handle(outcome)
                self.done += 1
                self.last_source = outcome.source
                if time.monotonic() - self.last_checkpoint >= self.config.checkpoint_seconds:
                    self._checkpoint()
        self._checkpoint(finished=True)
        return self.summary

    def _pages_to_do(self) -> Iterator[PageInput | InputProblem]:
        own_file = own_output_matcher(self.config)
        seen = 0
        for seen, page in enumerate(iter_pages(self.config.inputs, exclude=own_file), start=1):
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
            assert record is not None, "an article outcome carries its record"
            if self.dedup is not None and outcome.signature is not None:
                record["dup_cluster"], record["duplicate"] = self.dedup.classify(record["id"], outcome.signature)
                if record["duplicate"]:
                    summary.duplicates += 1
                    if self.config.dedup == "keep-first":
                        summary.duplicates_dropped += 1
                        self.errors_log.write(_duplicate_entry(outcome, record))
                        self._notify(outcome)
                        return
            for sink in self.record_sinks:
                sink.write(record)
            summary.articles_out += 1
            summary.pii.update(outcome.pii)
        elif outcome.status == NON_ARTICLE and outcome.record is not None:
            self.primary.write(outcome.record)  # kept, flagged is_article false; not archived
            summary.non_articles += 1
            summary.pii.update(outcome.pii)
        else:
            self.errors_log.write(outcome.log_entry())
            if outcome.status == NON_ARTICLE:
                summary.non_articles += 1
            elif outcome.status == ERROR:
                summary.errors[_reason(outcome)] += 1
            else:
                summary.skipped[_reason(outcome)] += 1
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
        _write_state(self.config, _state(self.config, self.done, self.last_source, finished, states, self.summary))
        self.last_checkpoint = now

    def _dedup_index(self) -> Deduplicator:
        """The duplicate index; on resume, rebuilt from the first copies already in the output."""
        index = Deduplicator(threshold=self.config.dedup_threshold)
        if self.done:
            for record in self.primary.records():
                if record.get("duplicate") is None and record.get("is_article") is not False:
                    index.classify(record["id"], signature(record["body_paragraphs"]))
        return index


def _reason(outcome: Outcome) -> str:
    if outcome.reason is None:
        raise ValueError(f"a {outcome.status} outcome without a reason: {outcome.source}")
    return outcome.reason


def _duplicate_entry(outcome: Outcome, record: dict[str, Any]) -> dict[str, Any]:
    return {"source": outcome.source, "status": DUPLICATE, "reason": f"{record['duplicate']}-duplicate",
            "message": f"{record['duplicate']} duplicate of {record['dup_cluster']}", "url": outcome.url,
            "id": record["id"], "dup_cluster": record["dup_cluster"]}


def _crashed(page: PageInput | InputProblem) -> Outcome:
    return Outcome(page.source, ERROR, reason="worker-crashed", message="the worker process died on this page",
                   url=page.url)


def _timed_out(page: PageInput | InputProblem, seconds: float) -> Outcome:
    return Outcome(page.source, ERROR, reason="timeout",
                   message=f"page took longer than {seconds:g}s; its worker process was stopped", url=page.url)


def _kill_after(seconds: float) -> float:
    """When the parent kills a worker: a little after the page's own alarm, which stops Python code
    cleanly; the kill is for native code, which no alarm interrupts."""
    return seconds + min(max(1.0, seconds / 4), 10.0)


def _require_extras(config: RunConfig) -> None:
    """Fail before anything is written when the command line needs an extra that is not installed."""
    if config.output.lower().endswith(".parquet"):
        require("pyarrow.parquet", "corpus")
    if config.dedup:
        require("numpy", "corpus")  # dedup's MinHash (sinmun.corpus.dedup)
    if any(raw.lower().endswith(WARC_SUFFIXES) for raw in config.inputs):
        require("fastwarc.warc", "corpus")


def _state(config: RunConfig, done: int, last_source: str | None, finished: bool, sinks: dict[str, Any],
           summary: Summary) -> dict[str, Any]:
    return {"version": STATE_VERSION, "config": config.fingerprint(), "pages_done": done,
            "last_source": last_source, "finished": finished, "sinks": sinks, "summary": summary.to_dict()}


def _write_state(config: RunConfig, state: dict[str, Any]) -> None:
    # backslashreplace: a file name that is not UTF-8 (a lone surrogate) becomes a \udcXX escape,
    # which JSON reads back as the same string
    text = json.dumps(state, ensure_ascii=False, indent=1)
    _write_atomically(config.state_path, text.encode("utf-8", "backslashreplace"))


# ----------------------------------------------------------------- outputs that are inputs
def _resolved_output(path: str) -> str:
    """An output path with its folder resolved (the file itself is replaced, not followed)."""
    absolute = os.path.abspath(path)
    return os.path.join(os.path.realpath(os.path.dirname(absolute)), os.path.basename(absolute))


def own_output_matcher(config: RunConfig):
    """A test on resolved paths: is this one of the files the run writes (output, shards, errors
    log, state)?"""
    base = _resolved_output(config.output)
    names = {base, base + ".partial", _resolved_output(str(config.errors_path)),
             _resolved_output(str(config.state_path)), _resolved_output(str(config.state_path)) + ".tmp"}
    prefix, suffix = str(shard_path(Path(base), 0)).split("0" * 5, 1)
    shard = re.compile(re.escape(prefix) + r"\d{5}" + re.escape(suffix) + r"(\.partial)?")

    def is_own(path: str) -> bool:
        return path in names or (config.shard_size is not None and shard.fullmatch(path) is not None)
    return is_own


def _refuse_outputs_among_inputs(config: RunConfig, sinks: list[Sink]) -> None:
    """An input the run would overwrite is refused before anything is touched.

    A file named as an input is never also an output. In an input folder or among a glob's
    matches, the run's own files are skipped, but only when sinmun wrote them (there is a state
    file): a file that happens to sit where the output goes would be replaced unread."""
    is_own = own_output_matcher(config)
    existing = [os.path.realpath(p) for sink in sinks for p in sink.leftovers() + [config.state_path]
                if p.exists()]
    for raw in config.inputs:
        if not glob.has_magic(raw) or os.path.lexists(raw):
            if not os.path.isdir(raw) and (is_own(_resolved_output(raw)) or is_own(os.path.realpath(raw))
                                           or any(_same_file(raw, other) for other in existing)):
                raise RunError(f"the output file {display_path(raw)} is also an input: choose another output")
        if config.state_path.exists():
            continue
        for found in _files_found_by(raw, existing):
            raise RunError(f"{display_path(found)} is in the input {display_path(raw)} and was not written by "
                           "sinmun run: it would be replaced unread; choose another output")


def _files_found_by(raw: str, candidates: list[str]) -> list[str]:
    """Those of ``candidates`` (resolved paths) that walking the input folder or matching the glob finds."""
    matches = [raw] if os.path.lexists(raw) else glob.glob(raw, recursive=True) if glob.has_magic(raw) else []
    found = []
    for match in matches:
        real = os.path.realpath(match)
        if os.path.isdir(match):
            found += [c for c in candidates if c.startswith(os.path.join(real, ""))]
        elif glob.has_magic(raw) and real in candidates:
            found.append(real)
    return found


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


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
        raise RunError(f"{display_path(existing[0])} exists: use --resume to continue an interrupted run, "
                       "or --overwrite to start again")
    if not config.state_path.exists():
        raise RunError(f"cannot resume: no {display_path(config.state_path)} "
                       "(the output was not written by sinmun run); use --overwrite to start again")
    try:
        state = json.loads(config.state_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RunError(f"cannot resume: {display_path(config.state_path)} is unreadable: {exc}") from None
    if state.get("version") != STATE_VERSION:
        raise RunError(f"cannot resume: {display_path(config.state_path)} was written by another sinmun version")
    if state["config"] != config.fingerprint():
        changed = sorted(k for k, v in config.fingerprint().items() if state["config"].get(k) != v)
        raise RunError(f"cannot resume: options differ from the interrupted run ({', '.join(changed)})")
    return state


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, path)
