"""The fetched WARC's article responses -> corpus records, exactly as ``sinmun run`` makes them.

The WARC is read with :func:`sinmun.io.warc.read_warc` and each page goes through
:func:`sinmun.corpus.records.build_outcome`, so ``sinmun run WARC`` re-extracts the same records (same ``source``,
``id`` and ``fetched_at``). On top: responses that were discovery pages are passed over, articles published
outside the crawl's range are dropped (``out-of-range``), and an article id already stored is not stored again.
The position in the WARC, the sinks' checkpoints and the stored ids are committed together, so a run killed
here resumes without losing or doubling a record.
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..io.pages import InputProblem, PageInput
from ..io.sinks import Sink
from ..io.warc import read_warc
from ..corpus.records import ARTICLE, RecordOptions, build_outcome
from .discover import day_of
from .state import ARTICLE as ARTICLE_KIND
from .state import DONE, CrawlState

CHECKPOINT_RECORDS = 200
CHECKPOINT_SECONDS = 2.0


@dataclass
class ExtractSummary:
    articles: int = 0
    dropped: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True)
class DateRange:
    since: str | None = None    # YYYY-MM-DD, inclusive
    until: str | None = None

    def contains(self, day: str | None) -> bool:
        if day is None:
            return True   # no date to judge by: kept (the source's date, if any, was checked before fetching)
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)


OutcomeHook = Callable[[str, str | None, str, str | None, str | None], None]   # (source, url, status, reason, msg)


class WarcExtractor:
    def __init__(self, state: CrawlState, warc_path: Path, sinks: dict[str, Sink], dates: DateRange,
                 options: RecordOptions = RecordOptions(), on_outcome: OutcomeHook | None = None) -> None:
        self.state = state
        self.warc_path = warc_path
        self.sinks = sinks
        self.dates = dates
        self.options = options
        self.on_outcome = on_outcome or (lambda *args: None)
        self.summary = ExtractSummary()
        self.stored: set[str] = set()
        self.pending_ids: list[str] = []
        self.pending_rows: list[tuple] = []

    def run(self) -> ExtractSummary:
        position = self.state.get("extract_position", 0)
        saved = self.state.get("sink_states", {})
        for name, sink in self.sinks.items():
            sink.open(saved.get(name))
        self.stored = self.state.stored_ids()
        done, last = 0, time.monotonic()
        for page in read_warc(self.warc_path):
            done += 1
            if done <= position:
                continue
            self._page(page)
            if (len(self.pending_rows) + len(self.pending_ids) >= CHECKPOINT_RECORDS
                    or time.monotonic() - last > CHECKPOINT_SECONDS) and self._checkpoint(done):
                last = time.monotonic()
        self._checkpoint(done, final=True)
        return self.summary

    def _page(self, page: PageInput | InputProblem) -> None:
        record_id = page.source.rsplit("#", 1)[-1]
        row = self.state.record_row(record_id)
        if row is None or row[1] != ARTICLE_KIND:
            return   # a discovery page or a redirect: its links were followed when it was fetched
        if isinstance(page, InputProblem) and page.status == "skipped" and row[2] != DONE:
            return   # a non-2xx response: its reason (http-404 ...) is already in the log
        outcome = build_outcome(page, self.options)
        if outcome.status != ARTICLE or outcome.record is None:
            self._drop(page.source, outcome.url, outcome.status, outcome.reason, outcome.message)
            return
        record = outcome.record
        day = day_of(record.get("published"))
        if not self.dates.contains(day):
            self._drop(page.source, outcome.url, "skipped", "out-of-range",
                       f"published {day}, outside {self.dates.since or '…'} – {self.dates.until or '…'}")
        elif record["id"] in self.stored:
            self._drop(page.source, outcome.url, "skipped", "duplicate", f"article {record['id']} already stored")
        else:
            for sink in self.sinks.values():
                sink.write(record)
            self.stored.add(record["id"])
            self.pending_ids.append(record["id"])
            self.summary.articles += 1
            self.on_outcome(page.source, outcome.url, ARTICLE, None, None)

    def _drop(self, source: str, url: str | None, status: str, reason: str | None, message: str | None) -> None:
        self.pending_rows.append((source, None, url, status, reason, message))
        self.summary.dropped[reason or status] += 1
        self.on_outcome(source, url, status, reason, message)

    def _checkpoint(self, position: int, final: bool = False) -> bool:
        if not final and not all(sink.can_checkpoint() for sink in self.sinks.values()):
            return False
        states: dict[str, Any] = {name: (sink.close() if final else sink.checkpoint())
                                  for name, sink in self.sinks.items()}
        with self.state.transaction():
            self.state.put("sink_states", states)
            self.state.put("extract_position", position)
            self.state.add_stored(self.pending_ids)
            self.state.add_outcomes(self.pending_rows)
        self.pending_ids, self.pending_rows = [], []
        return True
