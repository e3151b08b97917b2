"""``sinmun spark``: the corpus extraction as an Apache Spark job (the work is in sinmun.spark)."""
from __future__ import annotations

import sys
import time

import click

from .cli_corpus import PII_MODES


@click.command("spark")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True,
              help="OUT.parquet or OUT.jsonl[.gz]: a directory of part files; other pages go to OUT.errors.")
@click.option("--master", default="local[*]", show_default=True, help="Spark master URL.")
@click.option("--partitions", type=click.IntRange(min=1), help="Partitions to read the files in (default: one a file).")
@click.option("--redact-pii", type=click.Choice(PII_MODES), is_flag=False, flag_value="body",
              help="As for sinmun run.")
@click.option("--overwrite", is_flag=True, help="Replace an existing output.")
def spark_command(inputs: tuple[str, ...], output: str, master: str, partitions: int | None,
                  redact_pii: str | None, overwrite: bool) -> None:
    """Extract INPUTS (as for sinmun run) with Apache Spark (the 'spark' extra and Java needed)."""
    import os
    started = time.monotonic()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    try:
        from pyspark.sql import SparkSession

        from .spark import run_job
        active = SparkSession.getActiveSession()
        spark = active or (SparkSession.builder.master(master).appName("sinmun")
                           .config("spark.ui.enabled", "false").getOrCreate())
    except Exception as exc:  # no pyspark, no Java
        click.echo(f"error: cannot start Spark: {type(exc).__name__}: {str(exc).splitlines()[0]}", err=True)
        sys.exit(1)
    try:
        counts = run_job(spark, list(inputs), output, redact_pii=redact_pii, partitions=partitions,
                         overwrite=overwrite)
    except FileExistsError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    finally:
        if active is None:
            spark.stop()
    pages = sum(counts.values())
    click.echo(f"pages in       {pages}")
    for status in ("article", "non-article", "skipped", "error"):
        click.echo(f"{status + 's':<15}{counts.get(status, 0)}")
    click.echo(f"time           {time.monotonic() - started:.1f} s")
    click.echo(f"output         {output} (not in it: {output.rstrip('/')}.errors)")
