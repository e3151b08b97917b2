"""``sinmun run ... --archive PATH``: a corpus-run sink that stores every article in the archive."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ..corpus.identity import record_article_id
from ..io.sinks import Sink
from .store import Archive, Writer


class ArchiveSink(Sink):
    """Adds each output record to an archive, committing at the run's checkpoints.

    Adding is an upsert keyed by the record's id, so the records a resumed run sends again
    after its last checkpoint update themselves instead of duplicating: no position to keep.
    """

    name = "archive"

    def __init__(self, path: str | Path, *, enrich: bool = False) -> None:
        self.path = Path(path)
        self.enrich = enrich
        self._archive: Archive | None = None
        self._writer: Writer | None = None

    def open(self, state: dict[str, Any] | None) -> None:
        self._archive = Archive(self.path)
        # Batches end at the run's checkpoints, not by count.
        self._writer = Writer(self._archive, batch_size=1 << 30, enrich=self.enrich)

    def write(self, record: dict[str, Any]) -> None:
        assert self._writer is not None, "open() first"
        self._writer.add(dict(record, id=record_article_id(record)))  # the id every path in uses

    def checkpoint(self) -> dict[str, Any]:
        if self._writer is not None:
            self._writer.commit()
        return {}

    def close(self) -> dict[str, Any]:
        state = self.checkpoint()
        if self._archive is not None:
            self._archive.close()
            self._archive = self._writer = None
        return state

    def leftovers(self) -> list[Path]:
        return []  # --overwrite replaces the run's output, never an archive that may hold other runs
