"""``sinmun spark``: the corpus extraction as an Apache Spark job (the work is in sinmun.corpus.spark_job).

The same command runs under spark-submit: ``spark-submit .../sinmun/corpus/spark.py INPUTS -o OUT``.
"""
from __future__ import annotations

import json
import os
import sys
import time

import click

from ..extras import require

from .corpus import PII_MODES

DEDUP_MODES = ("mark", "keep-first")


@click.command("spark")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True,
              help="Output directory (local, s3a://, gs:// ...): articles/, errors/, summary.json.")
@click.option("--master", help="Spark master URL (default: spark-submit's, else local[*]).")
@click.option("--base-url", default="https://data.commoncrawl.org/", show_default=True,
              help="Prefix for the relative paths of a warc.paths[.gz] list.")
@click.option("--crawl", help="Crawl name for inputs whose path names none (default: from CC-MAIN-… in the path).")
@click.option("--news-hosts", is_flag=False, flag_value="known", metavar="[FILE]",
              help="Keep only news hosts: every outlet sinmun knows, or the domains in FILE (one a line).")
@click.option("--dedup", type=click.Choice(DEDUP_MODES), is_flag=False, flag_value="mark",
              help="Near-duplicates across the corpus, as sinmun run --dedup.")
@click.option("--dedup-threshold", type=click.FloatRange(0.1, 0.99), default=0.8, show_default=True)
@click.option("--redact-pii", type=click.Choice(PII_MODES), is_flag=False, flag_value="body",
              help="As for sinmun run.")
@click.option("--overwrite", is_flag=True,
              help="Start again: remove the output first (else finished inputs are skipped).")
def spark_command(inputs: tuple[str, ...], output: str, master: str | None, base_url: str, crawl: str | None,
                  news_hosts: str | None, dedup: str | None, dedup_threshold: float, redact_pii: str | None,
                  overwrite: bool) -> None:
    """Extract INPUTS with Apache Spark: WARC files, globs, warc.paths.gz lists, s3://, gs://, https://
    (the 'spark' extra and Java needed). A rerun skips the inputs a killed run finished."""
    try:
        from ..corpus.spark_job import JobConfig, run_job
    except ImportError as exc:  # fastwarc, pyarrow: the 'corpus' extra
        raise click.ClickException(f"{exc} (pip install 'sinmun[corpus,spark]')") from None
    if news_hosts and news_hosts != "known" and not os.path.isfile(news_hosts):
        raise click.BadParameter(f"no such file: {news_hosts}", param_hint="--news-hosts")
    config = JobConfig(tuple(inputs), output, base_url=base_url, crawl=crawl, news_hosts=news_hosts, dedup=dedup,
                       dedup_threshold=dedup_threshold, redact_pii=redact_pii, overwrite=overwrite)
    started = time.monotonic()
    spark, owned = _session(master)
    try:
        summary = run_job(spark, config)
    except Exception as exc:  # Spark reports a failed task as one long Py4J error: keep its first line
        click.echo(f"error: {type(exc).__name__}: {_first_line(exc)}", err=True)
        sys.exit(1)
    finally:
        if owned:
            spark.stop()
    _print_summary(summary, time.monotonic() - started)


def _session(master: str | None):
    """The active Spark session, else a new one (and whether this command must stop it)."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    SparkSession = require("pyspark.sql", "spark").SparkSession  # a missing pyspark: one line naming the extra
    try:
        active = SparkSession.getActiveSession()
        if active is not None:
            return active, False
        builder = SparkSession.builder.appName("sinmun").config("spark.ui.enabled", "false")
        if master and master.startswith("local"):  # a few cores: not Spark's 200 shuffle partitions
            builder = builder.master(master).config("spark.sql.shuffle.partitions", "8")
        elif master:
            builder = builder.master(master)
        return builder.getOrCreate(), True
    except Exception as exc:  # no pyspark, no Java
        click.echo(f"error: cannot start Spark: {type(exc).__name__}: {_first_line(exc)}", err=True)
        sys.exit(1)


def _first_line(exc: Exception) -> str:
    lines = [line for line in str(exc).splitlines() if line.strip()]
    return lines[0][:300] if lines else ""


def _print_summary(summary, seconds: float) -> None:
    counters = summary.counters
    click.echo(f"inputs         {summary.inputs} ({summary.inputs_done_before} finished before, skipped)")
    if summary.inputs_unfinished:
        click.echo(f"unfinished     {summary.inputs_unfinished} (could not be read: a rerun tries them again)")
    for problem in summary.input_problems:
        click.echo(f"input problem  {problem['input']}: {problem['reason']}: {problem['message']}")
    for name in ("records", "seen", "filtered_host", "not_html", "not_article", "extracted"):
        click.echo(f"{name:<15}{counters.get(name, 0)}")
    if counters.get("errors"):
        click.echo(f"errors         {json.dumps(counters['errors'], ensure_ascii=False, sort_keys=True)}")
    click.echo(f"duplicates     {summary.duplicates} ({summary.duplicates_dropped} dropped)")
    click.echo(f"articles out   {summary.articles_out}")
    click.echo(f"time           {seconds:.1f} s")
    click.echo(f"output         {summary.output.rstrip('/')}/articles (summary.json, errors/ beside it)")
