"""The ``sinmun`` command: a thin layer over the library."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO

import click

from . import __version__
from .article import Article
from .errors import SinmunError
from .extract import extract
from .io.files import expand_inputs, read_page_file

FORMATS = ("json", "jsonl", "markdown", "text")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sinmun")
def main() -> None:
    """sinmun (신문): clean, structured records from Korean news pages."""


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True,
              help="Output format.")
@click.option("--url", help="The page's URL (for one page): picks the site profile, resolves links.")
@click.option("--reference-date", help="Date (YYYY-MM-DD) that gives the year to dates written without one.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write here, not to stdout.")
def extract_command(paths: tuple[str, ...], fmt: str, url: str | None, reference_date: str | None,
                    output: str | None) -> None:
    """Extract pages (files, directories, or - for standard input) into article records.

    Exits 0 when every page was extracted, 1 when some failed (one line each on stderr).
    """
    if reference_date:
        from .dates import parse_date
        if parse_date(reference_date) is None:
            raise click.BadParameter(f"not a date: {reference_date!r}", param_hint="--reference-date")
    records: list[Article] = []
    failures = 0
    for source, data in _read_inputs(list(paths)):
        if isinstance(data, Exception):
            click.echo(f"{source}: error: {data}", err=True)
            failures += 1
            continue
        try:
            article = extract(data, url=url, reference_date=reference_date)
        except SinmunError as exc:
            click.echo(f"{source}: error: {exc}", err=True)
            failures += 1
            continue
        except Exception as exc:  # a bug must not cost the batch its other pages
            click.echo(f"{source}: error: internal {type(exc).__name__}: {exc}", err=True)
            failures += 1
            continue
        if not article.is_article:
            click.echo(f"{source}: warning: {'; '.join(article.warnings)}", err=True)
        records.append(article)
    with _open_output(output) as stream:
        _write(records, fmt, stream)
    sys.exit(1 if failures else 0)


def _read_inputs(paths: list[str]):
    for path in (["-"] if paths == ["-"] else None) or expand_inputs([p for p in paths if p != "-"]):
        if str(path) == "-":
            yield "<stdin>", sys.stdin.buffer.read()
            continue
        try:
            yield str(path), read_page_file(Path(path))
        except OSError as exc:
            yield str(path), OSError(exc.strerror or str(exc))
    if "-" in paths and paths != ["-"]:
        yield "<stdin>", sys.stdin.buffer.read()


class _open_output:
    def __init__(self, path: str | None) -> None:
        self.path = path
        self.stream: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        self.stream = open(self.path, "w", encoding="utf-8") if self.path else sys.stdout
        return self.stream

    def __exit__(self, *exc: object) -> None:
        if self.path and self.stream:
            self.stream.close()


def _write(records: list[Article], fmt: str, stream: IO[str]) -> None:
    if fmt == "json":
        payload = records[0].to_dict() if len(records) == 1 else [r.to_dict() for r in records]
        stream.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        for record in records:
            stream.write(record.to_json(indent=None) + "\n")
    elif fmt == "markdown":
        stream.write("\n---\n\n".join(r.to_markdown() for r in records))
    else:
        stream.write("\n\f\n".join(r.to_text() for r in records))


# Subcommands live in their own modules; registered last so that they can import from here.
from .cli_archive import COMMANDS as ARCHIVE_COMMANDS  # noqa: E402  (archive, search, trend, serve)
from .cli_archive import archive_group  # noqa: E402
from .cli_bench import bench_command  # noqa: E402
from .cli_export import export_command  # noqa: E402
from .cli_corpus import run_command  # noqa: E402
from .cli_spark import spark_command  # noqa: E402

for _command in (run_command, spark_command, *ARCHIVE_COMMANDS, bench_command):
    main.add_command(_command)
archive_group.add_command(export_command)  # sinmun archive export


if __name__ == "__main__":  # pragma: no cover
    main()
