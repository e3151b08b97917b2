"""The cluster job: a crawl's WARC files in, a partitioned, deduplicated Parquet corpus out.

One Spark task per input file reads it as a stream, skips records of other hosts before
any HTML is parsed, extracts the rest with :func:`sinmun.corpus.records.build_outcome` (what
``sinmun run`` runs) and writes, each by a temporary name and a rename:

``OUT/_parts/KEY.parquet``   the input's articles with provenance and duplicate signatures
``OUT/errors/KEY.jsonl``     the input's pages that are not articles, one line each
``OUT/_markers/KEY.json``    last: the input is finished, with its counters

A rerun skips every input that has a marker. The driver then removes near-duplicates
across all parts (:mod:`sinmun.corpus.spark_dedup`) and writes ``OUT/articles/`` partitioned by
``crawl``, ``press_key`` and ``year_month`` (Spark's commit protocol: each task's files
appear when the task commits), and ``OUT/summary.json``.
"""
from __future__ import annotations

import functools
import json
import posixpath
import uuid
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from sinmun.io.pages import InputProblem
from sinmun.corpus.records import ARTICLE, ERROR, NON_ARTICLE, RecordOptions, build_outcome
from sinmun.corpus.spark_inputs import (CC_BASE_URL, HostFilter, InputFile, ReadCounters, host_filter_of, list_inputs,
                                 pages_of_input)

PARTITION_COLUMNS = ("crawl", "press_key", "year_month")
PROVENANCE = ("warc_file", "warc_offset", "warc_length", "warc_record_id", "fetch_date")
ORDER = ("input_index", "record_index")
UNKNOWN = "unknown"


@dataclass(frozen=True)
class JobConfig:
    inputs: tuple[str, ...]
    output: str
    base_url: str = CC_BASE_URL
    crawl: str | None = None          # partition value for inputs whose path names no CC-MAIN crawl
    news_hosts: str | None = None     # None (every host), "known" (sinmun's outlets) or a file of domains
    dedup: str | None = None          # None, "mark" or "keep-first" (as sinmun run --dedup)
    dedup_threshold: float = 0.8
    redact_pii: str | None = None
    overwrite: bool = False


@dataclass(frozen=True)
class TaskSettings:
    """What every task needs (small: pickled into each task)."""

    output: str
    hosts: frozenset[str] | None
    redact_pii: str | None


@dataclass
class JobSummary:
    inputs: int = 0
    inputs_done_before: int = 0
    inputs_unfinished: int = 0        # could not be opened: a rerun tries them again
    input_problems: list[dict[str, Any]] = field(default_factory=list)
    counters: dict[str, Any] = field(default_factory=dict)
    duplicates: int = 0
    duplicates_dropped: int = 0
    articles_out: int = 0
    output: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# ----------------------------------------------------------------------------- one task: one input
def process_input(item: InputFile, settings: TaskSettings) -> dict[str, Any]:
    """Extract one input file into its part, errors and marker files; returns the marker."""
    import pyarrow as pa
    fs, root = _output_fs(settings.output)
    hosts = HostFilter(settings.hosts) if settings.hosts is not None else None
    counters = ReadCounters()
    rows, errors = [], []
    options = RecordOptions(redact_pii=settings.redact_pii, dedup=True)
    for number, (page, provenance) in enumerate(pages_of_input(item, hosts, counters)):
        outcome = build_outcome(page, options)
        if outcome.status == ARTICLE:
            rows.append(_article_row(item, number, outcome, provenance))
        else:
            errors.append(outcome.log_entry())
            _count_problem(counters, outcome)
    marker = {"input": item.url, "key": item.key, "crawl": item.crawl, **_counter_dict(counters, len(rows)),
              "finished": not (counters.records == 0 and counters.errors.get("unreadable"))}
    _atomic_write(fs, posixpath.join(root, "errors", item.key + ".jsonl"),
                  lambda stream: stream.write("".join(json.dumps(e, ensure_ascii=False) + "\n"
                                                      for e in errors).encode()))
    if marker["finished"]:  # an input that could not be opened (network, 404) is tried again by a rerun
        _atomic_write(fs, posixpath.join(root, "_parts", item.key + ".parquet"),
                      lambda stream: _write_parquet(stream, pa.Table.from_pylist(rows, schema=part_schema())))
        _atomic_write(fs, marker_path(root, item.key),
                      lambda stream: stream.write(json.dumps(marker, ensure_ascii=False).encode()))
    return marker


def _article_row(item: InputFile, number: int, outcome, provenance) -> dict[str, Any]:
    row = dict(outcome.record)
    row.update(warc_file=provenance.warc_file, warc_offset=provenance.offset, warc_length=provenance.length,
               warc_record_id=provenance.record_id, fetch_date=provenance.fetch_date,
               input_index=item.index, record_index=number, crawl=item.crawl,
               press_key=row.get("press") or UNKNOWN, year_month=_year_month(row),
               exact=outcome.signature.exact, minhash=outcome.signature.minhash)
    return row


def _year_month(row: dict[str, Any]) -> str:
    for value in (row.get("published"), row.get("fetched_at")):
        if value and len(value) >= 7 and value[4] == "-":
            return value[:7]
    return UNKNOWN


def _count_problem(counters: ReadCounters, outcome) -> None:
    if outcome.status == NON_ARTICLE:
        counters.skipped["not-article"] += 1
    elif outcome.status == ERROR:
        counters.errors[outcome.reason or "unknown"] += 1
    else:
        counters.skipped[outcome.reason or "unknown"] += 1


def _counter_dict(counters: ReadCounters, extracted: int) -> dict[str, Any]:
    return {"records": counters.records, "seen": counters.responses, "filtered_host": counters.filtered_host,
            "not_html": counters.skipped.get("not-html", 0), "not_article": counters.skipped.get("not-article", 0),
            "extracted": extracted, "skipped": dict(counters.skipped), "errors": dict(counters.errors)}


def part_schema():
    """A part file's columns: the corpus record, provenance, partition and order keys, signature."""
    import pyarrow as pa

    from sinmun.io.sinks import record_schema
    extra = [("warc_file", pa.string()), ("warc_offset", pa.int64()), ("warc_length", pa.int64()),
             ("warc_record_id", pa.string()), ("fetch_date", pa.string()), ("input_index", pa.int64()),
             ("record_index", pa.int64()), ("crawl", pa.string()), ("press_key", pa.string()),
             ("year_month", pa.string()), ("exact", pa.string()), ("minhash", pa.binary())]
    schema = record_schema()
    for name, kind in extra:
        schema = schema.append(pa.field(name, kind))
    return schema


# ----------------------------------------------------------------------------- files
def _output_fs(output: str):
    import fsspec
    fs, root = fsspec.core.url_to_fs(output)
    return fs, root


def marker_path(root: str, key: str) -> str:
    return posixpath.join(root, "_markers", key + ".json")


def _atomic_write(fs, path: str, write) -> None:
    """Write by a temporary name, then rename: a killed task leaves no half file under ``path``."""
    folder, name = posixpath.split(path)
    fs.makedirs(folder, exist_ok=True)
    temporary = posixpath.join(folder, f".{name}.{uuid.uuid4().hex}.tmp")
    with fs.open(temporary, "wb") as stream:
        write(stream)
    fs.mv(temporary, path)


def _write_parquet(stream, table) -> None:
    import pyarrow.parquet as pq
    pq.write_table(table, stream)


def _read_markers(fs, root: str) -> dict[str, dict[str, Any]]:
    folder = posixpath.join(root, "_markers")
    if not fs.exists(folder):
        return {}
    markers = {}
    for path in fs.glob(posixpath.join(folder, "*.json")):
        with fs.open(path, "rb") as stream:
            marker = json.loads(stream.read())
        markers[marker["key"]] = marker
    return markers


# ----------------------------------------------------------------------------- the driver
def run_job(spark, config: JobConfig) -> JobSummary:
    """Run (or resume) the job; the counters summed over every finished input are in the summary."""
    fs, root = _output_fs(config.output)
    if config.overwrite and fs.exists(root):
        fs.rm(root, recursive=True)
    files, problems = list_inputs(config.inputs, config.base_url, config.crawl)
    hosts = host_filter_of(config.news_hosts)
    done = _read_markers(fs, root)
    todo = [item for item in files if item.key not in done]
    settings = TaskSettings(config.output, hosts.domains if hosts else None, config.redact_pii)
    this_run: dict[str, dict[str, Any]] = {}
    if todo:
        task = functools.partial(process_input, settings=settings)
        this_run = {m["key"]: m for m in spark.sparkContext.parallelize(todo, len(todo)).map(task).collect()}
    markers = [done.get(item.key) or this_run[item.key] for item in files if item.key in done or item.key in this_run]
    summary = JobSummary(inputs=len(files), inputs_done_before=len(files) - len(todo),
                         inputs_unfinished=sum(1 for m in markers if not m.get("finished", True)),
                         input_problems=problem_rows(problems),
                         counters=sum_counters(markers), output=config.output)
    for problem in problems:  # inputs that name no file are errors too
        summary.counters["errors"][problem.reason] = summary.counters["errors"].get(problem.reason, 0) + 1
    _write_articles(spark, config, root, [m["key"] for m in markers if m.get("finished", True)], summary)
    fs.makedirs(root, exist_ok=True)  # nothing else made it when no input names a file
    with fs.open(posixpath.join(root, "summary.json"), "wb") as stream:
        stream.write(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2).encode())
    return summary


def sum_counters(markers: list[dict[str, Any]]) -> dict[str, Any]:
    total: dict[str, Any] = {"skipped": Counter(), "errors": Counter()}
    for marker in markers:
        for name in ("records", "seen", "filtered_host", "not_html", "not_article", "extracted"):
            total[name] = total.get(name, 0) + marker.get(name, 0)
        total["skipped"].update(marker.get("skipped", {}))
        total["errors"].update(marker.get("errors", {}))
    return {**total, "skipped": dict(total["skipped"]), "errors": dict(total["errors"])}


def _write_articles(spark, config: JobConfig, root: str, keys: list[str], summary: JobSummary) -> None:
    from sinmun.corpus.spark_dedup import mark_duplicates
    articles_path = config.output.rstrip("/") + "/articles"
    if not keys:
        return
    parts = [config.output.rstrip("/") + f"/_parts/{key}.parquet" for key in keys]
    articles = spark.read.schema(_spark_part_schema()).parquet(*parts)
    if config.dedup:
        articles, summary.duplicates = mark_duplicates(articles, config.dedup_threshold)
        if config.dedup == "keep-first":
            articles = articles.filter("duplicate IS NULL")
            summary.duplicates_dropped = summary.duplicates
    articles = articles.drop("exact", "minhash").persist()
    try:
        summary.articles_out = articles.count()
        (articles.repartition(*PARTITION_COLUMNS).sortWithinPartitions(*ORDER)  # one file a partition
         .write.mode("overwrite").partitionBy(*PARTITION_COLUMNS).parquet(articles_path))
    finally:
        articles.unpersist()


def _spark_part_schema():
    from sinmun.corpus.spark import _spark_type
    return _spark_type(part_schema())


def problem_rows(problems: list[InputProblem]) -> list[dict[str, Any]]:
    return [{"input": p.source, "reason": p.reason, "message": p.message} for p in problems]
