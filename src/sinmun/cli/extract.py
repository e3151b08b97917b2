"""``sinmun extract``: pages (files, directories, standard input) in, article records out (the library's
:func:`sinmun.extract` behind a command)."""
from __future__ import annotations

import errno
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import click

from ..article import Article
from ..errors import SinmunError
from ..io.files import MAX_PAGE_FILE_BYTES, PAGE_SUFFIXES, is_page_file, read_page_file, walk_pages
from ..io.jsonl import is_jsonl_file
from ..io.warc import is_warc_file

FORMATS = ("json", "jsonl", "markdown", "text")

@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format [default: json; with --explain, a table per page].")
@click.option("--url", help="The page's URL (for one page): picks the site profile, resolves links.")
@click.option("--reference-date", help="Date (YYYY-MM-DD) that gives the year to dates written without one.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write here, not to stdout.")
@click.option("--explain", is_flag=True,
              help="Say where each field came from: the winning source, what the other sources offered and why "
                   "they lost, and the lines removed from the body with the rule that removed each. Prints a table "
                   "per page; with --format json or jsonl each record carries it as \"explain\".")
def extract_command(paths: tuple[str, ...], fmt: str | None, url: str | None, reference_date: str | None,
                    output: str | None, explain: bool) -> None:
    """Extract pages (files, directories, or - for standard input) into article records.

    Exits 0 when every page was extracted, 1 when some failed (one line each on stderr).
    """
    _check_arguments(paths, reference_date, fmt, explain)
    stream = _open_output(output)
    records: list[tuple[str, Article]] = []
    failures = 0
    for source, data in _read_inputs(paths):
        article = _extract_one(source, data, url, reference_date, explain)
        if article is None:
            failures += 1
        else:
            records.append((source, article))
    _write_output(records, fmt or ("explain" if explain else "json"), stream, output or "<stdout>")
    sys.exit(1 if failures else 0)


def _check_arguments(paths: tuple[str, ...], reference_date: str | None, fmt: str | None, explain: bool) -> None:
    if any(not path.strip() for path in paths):
        raise click.BadParameter("an empty path names no file (use . for the current directory)",
                                 param_hint="PATHS")
    if explain and fmt in ("markdown", "text"):
        raise click.BadParameter(f"--explain goes with --format json or jsonl (or no --format: a table), not {fmt}",
                                 param_hint="--explain")
    if reference_date:
        from ..extraction.dates import parse_date
        if parse_date(reference_date) is None:
            raise click.BadParameter(f"not a date: {reference_date!r}", param_hint="--reference-date")


def _extract_one(source: str, data: bytes | Exception, url: str | None, reference_date: str | None,
                 explain: bool = False) -> Article | None:
    """The page's record, or None after one ``SOURCE: error: reason`` line on stderr."""
    from ..extraction.pipeline import extract  # loaded by the commands that extract, not by every command

    if isinstance(data, Exception):
        click.echo(f"{source}: error: {data}", err=True)
        return None
    try:
        article = extract(data, url=url, reference_date=reference_date, explain=explain)
    except SinmunError as exc:
        click.echo(f"{source}: error: {exc}", err=True)
        return None
    except Exception as exc:  # a bug must not cost the batch its other pages
        click.echo(f"{source}: error: internal {type(exc).__name__}: {exc}", err=True)
        return None
    if not article.is_article:
        click.echo(f"{source}: warning: {'; '.join(article.warnings)}", err=True)
    return article


URL_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def _url_hint() -> str:
    from . import main  # the top-level group: is the crawl's fetch command there?
    if "fetch" in main.commands:
        return "extract reads files; to fetch a page use: sinmun fetch URL (or save it first and pass --url URL)"
    return "extract reads files, not URLs: save the page first (e.g. curl -o page.html URL) and pass --url URL"


def _read_inputs(paths: tuple[str, ...]) -> Iterator[tuple[str, bytes | Exception]]:
    """(source, bytes) for every page named or found below a directory, in order; (source, error) when unreadable."""
    for raw in paths:
        path = Path(raw)
        if raw == "-":
            yield "<stdin>", _read_stdin()
        elif URL_PATTERN.match(raw) and not path.exists():
            yield raw, ValueError(_url_hint())
        elif path.is_dir():
            yield from _read_directory(raw, path)
        elif _many_pages(path):
            yield raw, ValueError(_many_pages_hint(path))
        else:
            yield raw, _read_file(path)


def _read_directory(raw: str, path: Path) -> Iterator[tuple[str, bytes | Exception]]:
    found = False
    for page in walk_pages(path, accept=lambda p: is_page_file(p) or _many_pages(p)):
        found = True
        if _many_pages(page):  # found, not named: said so, but no failure
            click.echo(f"{page}: warning: not read: {_many_pages_hint(page)}", err=True)
        else:
            yield str(page), _read_file(page)
    if not found:
        click.echo(f"{raw}: warning: no page files here ({', '.join(PAGE_SUFFIXES)})", err=True)


def _many_pages(path: Path) -> bool:
    """A WARC or JSON Lines file: many pages in one file, which ``sinmun run`` reads (extract takes one page a file)."""
    return is_warc_file(path) or is_jsonl_file(path)


def _many_pages_hint(path: Path) -> str:
    kind = "a WARC file" if is_warc_file(path) else "a JSON Lines file"
    return f"{kind} holds many pages; extract them with: sinmun run {path} -o OUT.jsonl"


def _read_file(path: Path) -> bytes | OSError:
    try:
        return read_page_file(path)
    except OSError as exc:
        return OSError(exc.strerror or str(exc))


def _read_stdin() -> bytes | OSError:
    """Standard input, up to the size bound of page files (beyond it: an error, not a runaway read)."""
    data = sys.stdin.buffer.read(MAX_PAGE_FILE_BYTES + 1)
    if len(data) > MAX_PAGE_FILE_BYTES:
        return OSError(f"input too large for a page (more than {MAX_PAGE_FILE_BYTES} bytes)")
    return data


def _open_output(path: str | None) -> IO[str]:
    """The output stream, opened before any page is read so that an unwritable path fails at once."""
    if not path:
        return sys.stdout
    try:
        return open(path, "w", encoding="utf-8")
    except OSError as exc:
        click.echo(f"error: cannot write {path}: {exc.strerror or exc}", err=True)
        sys.exit(1)


def _write_output(records: list[tuple[str, Article]], fmt: str, stream: IO[str], name: str) -> None:
    """Write the records (nothing at all when there are none) and close; a full or broken output is one line."""
    try:
        if records:
            _write(records, fmt, stream)
        stream.flush()
        if stream is not sys.stdout:
            stream.close()
    except OSError as exc:
        if exc.errno == errno.EPIPE:
            raise
        click.echo(f"error: cannot write {name}: {exc.strerror or exc}", err=True)
        _discard_buffered(stream)
        sys.exit(1)


def _discard_buffered(stream: IO[str]) -> None:
    """Point the stream's descriptor at /dev/null, so the exit-time flush of what is still buffered cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _write(named: list[tuple[str, Article]], fmt: str, stream: IO[str]) -> None:
    if fmt == "explain":
        from .explain_table import write_explanations
        write_explanations(named, stream)
        return
    records = [article for _, article in named]
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
