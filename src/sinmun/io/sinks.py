"""Where corpus records go: JSONL (optionally gzip) and Parquet files, sharded, resumable.

A :class:`Sink` receives each finished record dict. The runner calls :meth:`Sink.checkpoint`
at points where everything written so far must survive a crash; the state it returns is
handed back to :meth:`Sink.open` when an interrupted run resumes, so the sink can drop what
was written after that point. Extra sinks (an archive, an index) can join a run through
``run_corpus(..., sinks=[...])``; one that cannot truncate should be idempotent by ``id``.
"""
from __future__ import annotations

import dataclasses
import gzip
import json
import os
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ..article import Article
from ..extras import require

SHARD_DIGITS = 5


class Sink:
    """A consumer of finished records (base class: does nothing, keeps no state)."""

    def open(self, state: dict[str, Any] | None) -> None:
        """Start writing; ``state`` is a previous :meth:`checkpoint` result when resuming."""

    def write(self, record: dict[str, Any]) -> None:
        raise NotImplementedError

    def can_checkpoint(self) -> bool:
        """Whether a checkpoint is possible now (Parquet: only between shards)."""
        return True

    def checkpoint(self) -> dict[str, Any]:
        """Make what was written durable; return what :meth:`open` needs to resume from here."""
        return {}

    def close(self) -> dict[str, Any]:
        return self.checkpoint()

    def files(self) -> list[Path]:
        """The finished files this sink has written."""
        return []

    def leftovers(self) -> list[Path]:
        """Every file of this sink on disk, finished or not (what ``--overwrite`` removes)."""
        return self.files()


def shard_path(base: Path, index: int) -> Path:
    """``out.jsonl.gz`` -> ``out-00003.jsonl.gz``."""
    name = base.name
    for suffix in (".jsonl.gz", ".jsonl", ".parquet"):
        if name.endswith(suffix):
            return base.with_name(f"{name[:-len(suffix)]}-{index:0{SHARD_DIGITS}d}{suffix}")
    return base.with_name(f"{name}-{index:0{SHARD_DIGITS}d}")


class _ShardedFiles(Sink):
    """Shard bookkeeping shared by the JSONL and Parquet sinks."""

    def __init__(self, base: Path, shard_size: int | None = None) -> None:
        self.base = Path(base)
        self.shard_size = shard_size
        self.shard = 0           # index of the shard being written
        self.in_shard = 0        # records in that shard
        self.total = 0

    def path_of(self, index: int) -> Path:
        return shard_path(self.base, index) if self.shard_size else self.base

    def files(self) -> list[Path]:
        if not self.shard_size:
            return [self.base]
        return [path for _, path in self._shards()]

    def _shards(self, partial: bool = False) -> list[tuple[int, Path]]:
        """(index, path) of the shard files present, complete ones or ``.partial`` ones."""
        first = shard_path(self.base, 0).name
        prefix, suffix = first.split("0" * SHARD_DIGITS, 1)
        suffix += ".partial" if partial else ""
        found = []
        for path in self.base.parent.iterdir() if self.base.parent.exists() else ():
            middle = path.name[len(prefix):-len(suffix)]
            if path.name.startswith(prefix) and path.name.endswith(suffix) and middle.isdigit() \
                    and len(middle) == SHARD_DIGITS:
                found.append((int(middle), path))
        return sorted(found)

    def _remove_shards_from(self, index: int) -> None:
        for partial in (False, True):
            for number, path in self._shards(partial):
                if number >= index:
                    path.unlink()

    def _shard_full(self) -> bool:
        return self.shard_size is not None and self.shard_size > 0 and self.in_shard >= self.shard_size


class JsonlSink(_ShardedFiles):
    """One JSON object a line; ``.gz`` output is written as one gzip member per checkpoint, so a
    file cut at a checkpoint is still valid gzip."""

    def __init__(self, base: Path, shard_size: int | None = None) -> None:
        super().__init__(base, shard_size)
        self.compress = str(base).endswith(".gz")
        self.raw: IO[bytes] | None = None
        self.stream: IO[bytes] | gzip.GzipFile | None = None

    def open(self, state: dict[str, Any] | None) -> None:
        if state:
            self.shard, self.in_shard, self.total = state["shard"], state["in_shard"], state["total"]
            if self.shard_size:
                self._remove_shards_from(self.shard + 1)
            path = self.path_of(self.shard)
            if path.exists() or state["size"]:
                self.raw = open(path, "r+b")
                self.raw.truncate(state["size"])
                self.raw.seek(state["size"])
        elif self.shard_size:
            self._remove_shards_from(0)  # a run killed before its first checkpoint may have left some
        else:
            self.raw = open(self.base, "wb")

    def write(self, record: dict[str, Any]) -> None:
        if self._shard_full():
            self._finish_shard()
            self.shard += 1
            self.in_shard = 0
        if self.raw is None:
            self.raw = open(self.path_of(self.shard), "wb")
        if self.stream is None:
            self.stream = gzip.GzipFile(fileobj=self.raw, mode="wb", compresslevel=6) if self.compress else self.raw
        # backslashreplace: a lone surrogate becomes a \udXXX escape, still valid JSON
        self.stream.write(json.dumps(record, ensure_ascii=False).encode("utf-8", "backslashreplace") + b"\n")
        self.in_shard += 1
        self.total += 1

    def checkpoint(self) -> dict[str, Any]:
        size = self._sync()
        return {"shard": self.shard, "in_shard": self.in_shard, "total": self.total, "size": size}

    def close(self) -> dict[str, Any]:
        state = self.checkpoint()
        if self.raw:
            self.raw.close()
            self.raw = None
        return state

    def records(self) -> Iterator[dict[str, Any]]:
        """Every record in the files (after :meth:`open`, that is everything committed)."""
        for path in self.files():
            if path.exists():
                with (gzip.open(path, "rb") if self.compress else open(path, "rb")) as stream:
                    for line in stream:
                        yield json.loads(line)

    def _sync(self) -> int:
        if self.raw is None:
            return 0
        if self.stream is not None and self.stream is not self.raw:
            self.stream.close()  # ends the gzip member; the raw file stays open
        self.stream = None
        self.raw.flush()
        os.fsync(self.raw.fileno())
        return self.raw.tell()

    def _finish_shard(self) -> None:
        self._sync()
        if self.raw:
            self.raw.close()
        self.raw = None


class ParquetSink(_ShardedFiles):
    """Parquet with nested fields as lists/structs. A shard is written as ``NAME.partial`` and
    renamed when complete, so a crash never leaves a broken Parquet file; a run resumes from the
    last complete shard (use ``--shard-size`` for long runs)."""

    def __init__(self, base: Path, shard_size: int | None = None, row_group: int = 2000) -> None:
        super().__init__(base, shard_size)
        require("pyarrow.parquet", "corpus")  # fail early when the extra is missing
        self.schema = record_schema()
        self.row_group = min(row_group, shard_size) if shard_size else row_group
        self.rows: list[dict[str, Any]] = []
        self.writer: Any = None   # pyarrow.parquet.ParquetWriter (pyarrow ships no type hints)

    def open(self, state: dict[str, Any] | None) -> None:
        self.shard = state["shard"] if state else 0
        self.total = state["total"] if state else 0
        if self.shard_size:
            self._remove_shards_from(self.shard)
        self._partial().unlink(missing_ok=True)

    def write(self, record: dict[str, Any]) -> None:
        self.rows.append(record)
        self.in_shard += 1
        self.total += 1
        if len(self.rows) >= self.row_group:
            self._flush_rows()
        if self._shard_full():
            self._finish_shard()

    def can_checkpoint(self) -> bool:
        return self.in_shard == 0

    def leftovers(self) -> list[Path]:
        partial = [p for _, p in self._shards(partial=True)] if self.shard_size else [self._partial()]
        return self.files() + partial

    def checkpoint(self) -> dict[str, Any]:
        return {"shard": self.shard, "total": self.total}

    def close(self) -> dict[str, Any]:
        if self.in_shard or (self.shard == 0 and self.writer is None):  # an empty run still leaves a valid file
            self._finish_shard()
        return self.checkpoint()

    def records(self) -> Iterator[dict[str, Any]]:
        import pyarrow.parquet as pq
        for path in self.files():
            if path.exists():
                for batch in pq.ParquetFile(path).iter_batches():
                    yield from batch.to_pylist()

    def _flush_rows(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq
        if self.writer is None:
            self.writer = pq.ParquetWriter(self._partial(), self.schema, compression="zstd")
        self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
        self.rows = []

    def _finish_shard(self) -> None:
        self._flush_rows()
        self.writer.close()
        self.writer = None
        os.replace(self._partial(), self.path_of(self.shard))
        self.shard += 1
        self.in_shard = 0

    def _partial(self) -> Path:
        path = self.path_of(self.shard)
        return path.with_name(path.name + ".partial")


def open_sink(path: Path, shard_size: int | None = None) -> JsonlSink | ParquetSink:
    """The output sink for a path, by extension: ``.jsonl``, ``.jsonl.gz`` or ``.parquet``."""
    name = str(path).lower()
    if name.endswith(".parquet"):
        return ParquetSink(path, shard_size)
    if name.endswith((".jsonl", ".jsonl.gz")):
        return JsonlSink(path, shard_size)
    raise ValueError(f"output must end in .jsonl, .jsonl.gz or .parquet: {path}")


# ----------------------------------------------------------------- schema
def record_schema():
    """The Arrow schema of a corpus record, derived from :class:`Article` (nested dataclasses
    become structs, lists become lists) plus the corpus fields."""
    import pyarrow as pa
    extra = [("id", pa.string()), ("source", pa.string()), ("fetched_at", pa.string())]
    signals = [("hangul_ratio", pa.float64()), ("chars", pa.int64()), ("paragraphs", pa.int64()),
               ("pii_redacted", pa.int64()),
               ("dup_cluster", pa.string()), ("duplicate", pa.string())]
    return pa.schema(extra + _dataclass_fields(Article) + signals)


def _dataclass_fields(cls: type) -> list[tuple[str, Any]]:
    hints = typing.get_type_hints(cls)
    return [(f.name, _arrow_type(hints[f.name])) for f in dataclasses.fields(cls)]


def _arrow_type(hint: Any):
    import pyarrow as pa
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return _arrow_type(args[0])
    if typing.get_origin(hint) is list:
        return pa.list_(_arrow_type(args[0]))
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return pa.struct(_dataclass_fields(hint))
    return {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}[hint]
