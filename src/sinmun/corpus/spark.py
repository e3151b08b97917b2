"""The corpus extraction as an Apache Spark job, for when one machine is not enough.

Two ways in. The cluster job (:func:`run_job`, ``sinmun spark``, or
``spark-submit .../sinmun/corpus/spark.py warc.paths.gz -o s3a://bucket/out --news-hosts``) reads a
crawl's path list, keeps the news hosts, writes Parquet with provenance, resumes by input file
and removes near-duplicates across the whole corpus (see :mod:`sinmun.corpus.spark_job`). The
DataFrame API works on pages a user already has:

>>> pages = read_pages(spark, ["crawl/*.warc.gz"])                   # or any DataFrame with `html`
>>> outcomes = extract_pages(pages)                                  # one row per page
>>> outcomes.filter("status = 'article'").drop("status", "reason", "message").write.parquet(...)

Rows are extracted with ``mapPartitions``: each executor task sets up once per partition
and runs the same :func:`sinmun.corpus.records.build_outcome` as ``sinmun run``, so records are
identical. Imports are absolute so that spark-submit can run this file as a script.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sinmun.io.pages import InputProblem, PageInput
from sinmun.io.sinks import record_schema
from sinmun.io.sources import expand_files, pages_of_file
from sinmun.corpus.records import RecordOptions, build_outcome

PAGE_COLUMNS = ("source", "html", "path", "url", "fetched_at", "status", "reason", "message")
OUTCOME_COLUMNS = ("status", "reason", "message")


def pages_schema():
    """Schema of :func:`read_pages`: a page (``html`` bytes or a ``path`` to read) or an input problem."""
    from pyspark.sql.types import BinaryType, StringType, StructField, StructType
    return StructType([StructField(name, BinaryType() if name == "html" else StringType(), True)
                       for name in PAGE_COLUMNS])


def outcomes_schema():
    """The corpus record's columns (nested fields as arrays of structs) plus status, reason, message."""
    from pyspark.sql.types import StringType, StructField, StructType
    record = _spark_type(record_schema())
    return StructType(list(record.fields) + [StructField(name, StringType(), True) for name in OUTCOME_COLUMNS])


def read_pages(spark, inputs: list[str], partitions: int | None = None):
    """A DataFrame of pages from files, directories, globs, WARC and JSONL files.

    Paths are listed on the driver; each file is read by an executor (a WARC file is one task).
    """
    files: list[Path] = []
    problems: list[InputProblem] = []
    for item in expand_files(inputs):
        if isinstance(item, InputProblem):
            problems.append(item)
        else:
            files.append(item)
    rows = spark.sparkContext.parallelize([str(f) for f in files], partitions or max(1, len(files)))
    pages = rows.flatMap(_file_rows)
    if problems:
        pages = pages.union(spark.sparkContext.parallelize([_page_row(p) for p in problems], 1))
    return spark.createDataFrame(pages, pages_schema())


def extract_pages(pages, redact_pii: str | None = None):
    """One outcome row per page row. ``pages`` needs an ``html`` column (string or binary) and may
    have ``url``, ``fetched_at``, ``source`` (else the row number in its partition is used)."""
    function = functools.partial(extract_partition, redact_pii=redact_pii)
    return pages.sparkSession.createDataFrame(pages.rdd.mapPartitionsWithIndex(function), outcomes_schema())


def extract_partition(index: int, rows: Iterable[Any], redact_pii: str | None = None) -> Iterator[tuple]:
    options = RecordOptions(redact_pii=redact_pii)
    names = [f.name for f in outcomes_schema().fields]
    for number, row in enumerate(rows):
        page = _page_of_row(row.asDict(), f"partition-{index}:{number}")
        outcome = build_outcome(page, options)
        values = dict(outcome.record or {"source": outcome.source, "url": outcome.url})
        values.update(status=outcome.status, reason=outcome.reason, message=outcome.message)
        yield tuple(values.get(name) for name in names)


def _page_of_row(row: dict[str, Any], fallback_source: str) -> PageInput | InputProblem:
    source = row.get("source") or fallback_source
    if row.get("reason"):
        return InputProblem(source, row["reason"], row.get("message") or "", status=row.get("status") or "error",
                            url=row.get("url"))
    html = row.get("html")
    return PageInput(source, html=bytes(html) if isinstance(html, (bytearray, memoryview)) else html,
                     path=row.get("path"), url=row.get("url"), fetched_at=row.get("fetched_at"))


def _file_rows(path: str) -> Iterator[tuple]:
    for item in pages_of_file(Path(path)):
        yield _page_row(item)


def _page_row(item: PageInput | InputProblem) -> tuple:
    if isinstance(item, InputProblem):
        return (item.source, None, None, item.url, None, item.status, item.reason, item.message)
    html = item.html.encode() if isinstance(item.html, str) else item.html
    return (item.source, html, item.path, item.url, item.fetched_at, None, None, None)


def _spark_type(arrow_type):
    """Arrow schema/type -> Spark type (the subset corpus records use)."""
    import pyarrow as pa
    from pyspark.sql import types as T
    if isinstance(arrow_type, pa.Schema) or pa.types.is_struct(arrow_type):
        fields = list(arrow_type) if isinstance(arrow_type, pa.Schema) else [arrow_type.field(i)
                                                                           for i in range(arrow_type.num_fields)]
        return T.StructType([T.StructField(f.name, _spark_type(f.type), True) for f in fields])
    if pa.types.is_list(arrow_type):
        return T.ArrayType(_spark_type(arrow_type.value_type), True)
    simple = {pa.string(): T.StringType(), pa.int64(): T.LongType(), pa.float64(): T.DoubleType(),
              pa.bool_(): T.BooleanType(), pa.binary(): T.BinaryType()}
    return simple[arrow_type]


def run_job(spark, config):
    """The cluster job (see :func:`sinmun.corpus.spark_job.run_job`)."""
    from sinmun.corpus.spark_job import run_job as run
    return run(spark, config)


if __name__ == "__main__":  # spark-submit .../sinmun/corpus/spark.py INPUTS -o OUT [options]
    from sinmun.cli.spark import spark_command
    spark_command.main(prog_name="sinmun.corpus.spark")
