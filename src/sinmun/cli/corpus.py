"""``sinmun run`` and ``sinmun spark``: corpus commands (thin; the work is in sinmun.corpus / sinmun.corpus.spark)."""
from __future__ import annotations

import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import click

from ..extras import MissingExtraError
from ..io.pages import display_path

if TYPE_CHECKING:  # the corpus modules need the 'corpus' extra; imported when a command runs
    from ..corpus.run import RunConfig, Summary
    from ..corpus.records import Outcome
    from rich.progress import Progress, TaskID

DEDUP_MODES = ("keep-first", "mark")
PII_MODES = ("body", "all")


@click.command("run")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True,
              help="OUT.jsonl, OUT.jsonl.gz or OUT.parquet; pages not in it go to OUT.errors.jsonl.")
@click.option("--shard-size", type=click.IntRange(min=1), help="Records per output file (OUT-00000.jsonl ...).")
@click.option("--workers", type=click.IntRange(min=0), help="Worker processes (default: all cores; 0: none).")
@click.option("--dedup", type=click.Choice(DEDUP_MODES), is_flag=False, flag_value="mark",
              help="Cluster duplicate stories (exact, then MinHash LSH): mark them (bare --dedup, or --dedup=mark) "
                   "or keep the first of each cluster (--dedup=keep-first).")
@click.option("--dedup-threshold", type=click.FloatRange(0.1, 1.0), default=0.8, show_default=True,
              help="Estimated Jaccard similarity of 5-character shingles that makes a near duplicate.")
@click.option("--redact-pii", type=click.Choice(PII_MODES), is_flag=False, flag_value="body",
              help="Mask e-mails, phone and resident registration numbers in the body; =all also drops "
                   "the reporters' e-mails.")
@click.option("--articles-only/--keep-non-articles", default=True, show_default=True,
              help="Pages that are not articles (home, list, search pages) stay out of OUT and are counted "
                   "(and logged in OUT.errors.jsonl); --keep-non-articles writes them to OUT flagged is_article false.")
@click.option("--resume", is_flag=True, help="Continue an interrupted run of the same command.")
@click.option("--overwrite", is_flag=True, help="Replace an existing output.")
@click.option("--checkpoint-seconds", type=click.FloatRange(min=0), default=2.0, show_default=True,
              help="How often the run's position is saved for --resume.")
@click.option("--page-timeout", type=click.FloatRange(min=0.01), default=60.0, show_default=True,
              help="Seconds a page may take; a worker that overruns is replaced and the page logged as timeout.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
@click.option("-q", "--quiet", is_flag=True, help="No line on stderr for each failed page.")
@click.option("--archive", "archive_path", type=click.Path(dir_okay=False),
              help="Also store every article in this archive (SQLite; see `sinmun search`).")
@click.option("--archive-enrich", is_flag=True,
              help="Enrich while archiving (keywords, people; slow: or run `sinmun archive enrich` later).")
def run_command(inputs: tuple[str, ...], output: str, shard_size: int | None, workers: int | None,
                dedup: str | None, dedup_threshold: float, redact_pii: str | None, articles_only: bool,
                resume: bool, overwrite: bool,
                checkpoint_seconds: float, page_timeout: float, progress: bool | None, quiet: bool,
                archive_path: str | None, archive_enrich: bool) -> None:
    """Extract a corpus: INPUTS (files, directories, globs, .warc/.warc.gz, .jsonl with an "html"
    field) into OUT, using all cores. Every page ends in OUT or in OUT.errors.jsonl with its reason.

    Exits 0 when the run completed (failed pages are logged), 1 when it could not run, 130 when
    interrupted (Ctrl-C) and 143 when terminated (SIGTERM): run again with --resume.
    """
    if resume and overwrite:
        raise click.UsageError("--resume and --overwrite exclude each other")
    from ..corpus.run import RunConfig, RunError, run_corpus
    from ..corpus.pool import WorkersDying
    config = RunConfig(list(inputs), output, shard_size=shard_size, workers=workers, dedup=dedup,
                       dedup_threshold=dedup_threshold, redact_pii=redact_pii, resume=resume, overwrite=overwrite,
                       checkpoint_seconds=checkpoint_seconds, page_timeout=page_timeout, articles_only=articles_only)
    reporter = _Reporter(_want_bar(progress), quiet)
    try:
        with _terminate_as_interrupt(), reporter:
            summary = run_corpus(config, sinks=_extra_sinks(archive_path, archive_enrich),
                                 on_outcome=reporter.update)
    except (RunError, MissingExtraError) as exc:
        _fail(f"error: {exc}")
    except WorkersDying as exc:
        _fail(f"error: {exc}; run again with --resume once fixed")
    except OSError as exc:  # the output cannot be written (no space, no permission)
        _fail(f"error: cannot write the output: {exc}")
    except KeyboardInterrupt as exc:
        click.echo(f"{'terminated' if isinstance(exc, Terminated) else 'interrupted'}: run the same command "
                   f"with --resume to continue ({display_path(config.state_path)})", err=True)
        sys.exit(143 if isinstance(exc, Terminated) else 130)
    click.echo(format_summary(summary, config))


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C: workers stopped, the run left resumable."""


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    def terminate(signum, frame):  # noqa: ARG001
        raise Terminated()
    try:
        previous = signal.signal(signal.SIGTERM, terminate)
    except ValueError:  # not the main thread: leave SIGTERM alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _fail(line: str) -> None:
    click.echo(line.encode("utf-8", "backslashreplace").decode("utf-8"), err=True)
    sys.exit(1)


def _want_bar(progress: bool | None) -> bool:
    """The progress bar needs rich: asked for, a missing rich is an error; by default, no bar."""
    if progress is False or (progress is None and not sys.stderr.isatty()):
        return False
    try:
        from ..extras import require
        require("rich.progress", "corpus")
    except MissingExtraError:
        if progress:
            raise click.ClickException(str(MissingExtraError("rich", "corpus"))) from None
        return False
    return True


def _extra_sinks(archive_path: str | None, enrich: bool) -> list:
    if not archive_path:
        return []
    from ..archive.sink import ArchiveSink
    return [ArchiveSink(archive_path, enrich=enrich)]


class _Reporter:
    """Progress bar (rich) and one stderr line per failed page."""

    def __init__(self, show_bar: bool, quiet: bool) -> None:
        self.show_bar = show_bar
        self.quiet = quiet
        self.progress: Progress | None = None
        self.task: TaskID | None = None
        self.started = time.monotonic()
        self.seen = 0

    def __enter__(self) -> "_Reporter":
        if self.show_bar:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
            progress = self.progress = Progress(SpinnerColumn(), TextColumn("{task.completed} pages"),
                                                TextColumn("{task.fields[rate]:.1f} pages/s"),
                                                TextColumn("articles {task.fields[articles]}"),
                                                TextColumn("errors {task.fields[errors]}"), TimeElapsedColumn(),
                                                console=Console(stderr=True), transient=False)
            progress.start()
            self.task = progress.add_task("run", total=None, rate=0.0, articles=0, errors=0)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress:
            self.progress.stop()

    def update(self, outcome: Outcome, summary: Summary) -> None:
        self.seen += 1
        if outcome.status == "error" and not self.quiet:
            line = f"{outcome.source}: error: {outcome.reason}: {outcome.message}"
            if self.progress:
                self.progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
            else:
                click.echo(line, err=True)
        if self.progress and self.task is not None:
            rate = self.seen / max(time.monotonic() - self.started, 1e-6)
            self.progress.update(self.task, completed=summary.pages_in, rate=rate, articles=summary.articles_out,
                                 errors=summary.error_count)


def format_summary(summary: Summary, config: RunConfig) -> str:
    def by_reason(counts) -> str:
        return ", ".join(f"{k} {v}" for k, v in counts.most_common())

    done_now = summary.pages_in - summary.resumed_at
    lines = [f"pages in       {summary.pages_in}"
             + (f" ({summary.resumed_at} done by the interrupted run)" if summary.resumed_at else ""),
             f"articles out   {summary.articles_out}",
             f"non-articles   {summary.non_articles}"
             + ("" if config.articles_only else " (kept in the output, flagged)"),
             f"duplicates     {summary.duplicates}" + (f" ({summary.duplicates_dropped} dropped)"
                                                       if summary.duplicates_dropped else ""),
             f"skipped        {sum(summary.skipped.values())}" + (f"  ({by_reason(summary.skipped)})"
                                                                  if summary.skipped else ""),
             f"errors         {summary.error_count}" + (f"  ({by_reason(summary.errors)})" if summary.errors else "")]
    if config.redact_pii:
        lines.append(f"pii masked     {sum(summary.pii.values())}" + (f"  ({by_reason(summary.pii)})"
                                                                       if summary.pii else ""))
    rate = summary.pages_in / summary.seconds if summary.seconds else 0.0
    lines.append(f"time           {summary.seconds:.1f} s ({rate:.1f} pages/s)"
                 + ("" if done_now or not summary.resumed_at else "; already complete, nothing to do"))
    lines.append(f"output         {display_path(config.output)} (not in it: {display_path(config.errors_path)})")
    return "\n".join(lines)
