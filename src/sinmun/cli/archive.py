"""``sinmun archive add``, ``sinmun search``, ``sinmun trend``, ``sinmun serve``: the archive from the shell."""
from __future__ import annotations

import errno
import json
import os
import socket
import sqlite3
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

import click

from ..archive.store import DEFAULT_BATCH, DEFAULT_DB, Archive, Filters, SearchResult
from ..extras import require

db_option = click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                         help="The archive's SQLite file.")


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(2)


def _friendly_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """One clear line on stderr for an unusable archive, never a traceback."""
    @wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except FileNotFoundError as exc:
            if exc.filename is not None:  # an output's folder, not the archive (which says "no archive at")
                _fail(f"cannot write {exc.filename}: {exc.strerror}")
            _fail(f"{exc} (add articles first: sinmun archive add PAGES --db PATH)")
        except OSError as exc:  # an output that cannot be written (no space, no permission)
            where = f" {exc.filename}" if exc.filename is not None else ""
            _fail(f"cannot write{where}: {exc.strerror or exc}")
        except sqlite3.DatabaseError as exc:
            _fail(f"archive database: {exc}")
        except ValueError as exc:
            _fail(str(exc))
    return run


def _existing_archive(db_path: str) -> None:
    """Fail (one line) unless ``db_path`` is an archive: a typo must not create an empty one, nor serve a page
    whose every request fails."""
    with Archive(db_path, readonly=True) as archive:
        archive.count()


def _date_option(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    from ..extraction.dates import parse_date  # the extraction stages load only when a date is given

    parsed = parse_date(value)
    if parsed is None:
        raise click.BadParameter(f"not a date: {value!r} (use YYYY-MM-DD)", param_hint=name)
    return parsed.iso()[:10]


def filter_options(command: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed([
        click.option("--press", help="Only this press (exact name)."),
        click.option("--section", help="Only this section."),
        click.option("--reporter", help="Only articles by this reporter (name)."),
        click.option("--person", help="Only articles naming this person, as shown in facets (e.g. '한가람')."),
        click.option("--org", help="Only articles naming this organisation."),
        click.option("--place", help="Only articles naming this place."),
        click.option("--since", help="From this date (YYYY-MM-DD, inclusive)."),
        click.option("--until", help="Up to this date (YYYY-MM-DD, inclusive)."),
    ]):
        command = option(command)
    return command


def _filters(press: str | None, section: str | None, reporter: str | None, person: str | None, org: str | None,
             place: str | None, since: str | None, until: str | None) -> Filters:
    return Filters(press=press, section=section, reporter=reporter, person=person, org=org, place=place,
                   since=_date_option(since, "--since"), until=_date_option(until, "--until"))


@click.group("archive")
def archive_group() -> None:
    """Keep extracted articles in a local SQLite archive."""


@archive_group.command("add")
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--no-enrich", is_flag=True, help="Skip keywords/people/organisations (faster; run "
              "`sinmun archive enrich` later).")
@click.option("--batch-size", default=DEFAULT_BATCH, show_default=True, type=click.IntRange(min=1),
              help="Records per transaction.")
@_friendly_errors
def add_command(inputs: tuple[str, ...], db_path: str, no_enrich: bool, batch_size: int) -> None:
    """Add HTML pages (files or directories) and JSONL record files to the archive ('-': JSONL on stdin).

    Re-adding a page updates it; files fully added by an earlier run are skipped, so a run
    that was interrupted is resumed by running it again. Exits 1 when some input failed.
    """
    from ..archive.ingest import add_paths

    if not no_enrich:
        require("kiwipiepy", "archive")
    with Archive(db_path) as archive:
        report = add_paths(archive, list(inputs), enrich=not no_enrich, batch_size=batch_size,
                           on_problem=lambda where, why: click.echo(f"{where}: error: {why}", err=True))
        stats = report.stats
        click.echo(f"{db_path}: {stats.added} added, {stats.updated} updated, {stats.unchanged} unchanged, "
                   f"{report.files_skipped} files already done, {len(report.problems)} problems; "
                   f"{archive.count()} articles in the archive", err=True)
    sys.exit(1 if report.problems else 0)


@archive_group.command("enrich")
@db_option
@_friendly_errors
def enrich_command(db_path: str) -> None:
    """Add keywords, people, organisations and places to articles added with --no-enrich."""
    require("kiwipiepy", "archive")
    _existing_archive(db_path)
    with Archive(db_path) as archive:
        done = archive.enrich_pending()
    click.echo(f"{db_path}: {done} articles enriched", err=True)


def _replace_archive(rebuilt: Path, db_path: str) -> None:
    """Put the rebuilt file in the archive's place; the old file's emptied WAL and shared-memory files go
    with it (a stale WAL beside the new file would be replayed into it)."""
    os.replace(rebuilt, db_path)
    for suffix in ("-wal", "-shm"):
        Path(db_path + suffix).unlink(missing_ok=True)


@archive_group.command("reorder")
@db_option
@click.option("--out", "out_path", type=click.Path(dir_okay=False),
              help="Write the rebuilt archive here and leave --db as it is (default: replace --db).")
@_friendly_errors
def reorder_command(db_path: str, out_path: str | None) -> None:
    """Rebuild the archive with its articles numbered in publication order.

    A search with a date range (--since/--until) then reads only that range of the index, which
    makes dated and filtered searches of a large archive several times faster. Articles added
    later are found as before; run it again after large additions. Do not run it while another
    process writes to the archive.
    """
    from ..archive.reorder import rebuild

    _existing_archive(db_path)
    with Archive(db_path) as archive:  # everything in the WAL goes into the file the rebuild reads
        archive.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    target = Path(out_path) if out_path else Path(db_path + ".reorder-tmp")
    if out_path is None:
        target.unlink(missing_ok=True)  # left by an interrupted run
    elif target.exists():
        _fail(f"{target} exists")
    count = rebuild(db_path, target)
    if out_path is None:
        _replace_archive(target, db_path)
    click.echo(f"{out_path or db_path}: {count} articles, numbered in publication order", err=True)


@click.command("search")
@click.argument("query")
@db_option
@filter_options
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 1000))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@_friendly_errors
def search_command(query: str, db_path: str, limit: int, fmt: str, **filters: str | None) -> None:
    """Search the archive: ranked hits with highlighted snippets, and the hits' top keywords and people.

    Particles and spacing do not matter: 전략기술을, 전략기술 and 전략 기술 find the same
    articles. "Quoted words" are matched as written. An empty QUERY ('') lists by date.
    """
    if fmt == "table":
        require("rich", "archive")
    with Archive(db_path, readonly=True) as archive:
        result = archive.search(query, _filters(**filters), limit=limit, facets=True)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_table(result)


def plain_console() -> Any:
    """A rich console that prints strings as they are: scraped text and queries hold [brackets] and :colons:."""
    from rich.console import Console

    return Console(highlight=False, markup=False, emoji=False)


def _print_table(result: SearchResult) -> None:
    from rich.table import Table
    from rich.text import Text

    console = plain_console()
    if not result.hits:
        console.print(f"no articles match {result.query!r}")
        return
    count = f"{result.total:,}" + ("+" if result.total_capped else "")
    table = Table(title=Text(f"{count} articles match {result.query!r}"), show_lines=True, expand=True)
    table.add_column("#", justify="right", width=3)
    table.add_column("article", ratio=1, overflow="fold")
    for number, hit in enumerate(result.hits, 1):
        cell = Text()
        for text, marked in hit.title_marked or [("(untitled)", False)]:
            cell.append(text, style="bold yellow" if marked else "bold")
        meta = " · ".join(x for x in (hit.press, (hit.published or "")[:16].replace("T", " "), hit.section,
                                      ", ".join(hit.reporters)) if x)
        cell.append("\n" + meta + f"  [{hit.id}]\n", style="dim")
        for text, marked in hit.snippet:
            cell.append(text, style="bold yellow" if marked else None)
        table.add_row(str(number), cell)
    console.print(table)
    if result.facets_partial:
        console.print(Text(f"facets below count the newest {result.facets_counted:,} hits", style="dim"))
    for kind, label in (("keyword", "top keywords"), ("person", "people"), ("org", "organisations"),
                        ("place", "places"), ("press", "press")):
        values = result.facets.get(kind) or []
        if values:
            line = Text()
            line.append(f"{label}:", style="bold")
            line.append(" " + ", ".join(f"{v} ({_number(c)})" for v, c in values))
            console.print(line)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


@click.command("trend")
@click.argument("query")
@db_option
@filter_options
@click.option("--by", type=click.Choice(["press", "section"]), help="One series per press or section.")
@click.option("--interval", type=click.Choice(["day", "week"]), default="day", show_default=True)
@click.option("--png", type=click.Path(dir_okay=False, writable=True), help="Also draw the chart into this PNG.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@_friendly_errors
def trend_command(query: str, db_path: str, by: str | None, interval: str, png: str | None, fmt: str,
                  **filters: str | None) -> None:
    """Count QUERY's hits per day or week (optionally per press or section); draw them with --png."""
    from ..archive.trend import korean_font_file, plot_png, trend

    if fmt == "table":
        require("rich", "archive")
    if png:
        require("matplotlib", "archive")
    with Archive(db_path, readonly=True) as archive:
        result = trend(archive, query, _filters(**filters), interval=interval, by=by)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        from rich.table import Table
        from rich.text import Text
        table = Table(title=Text(f"{result.total} articles match {query!r}, per {interval}"), min_width=40)
        table.add_column(interval)
        for group in result.series:
            table.add_column(group, justify="right")
        for row in result.rows():
            table.add_row(*map(str, row))
        plain_console().print(table)
    if png:
        plot_png(result, png)
        if korean_font_file() is None:
            click.echo("note: no Korean font found, so Hangul in the chart shows as boxes "
                       "(install one, e.g. apt install fonts-noto-cjk)", err=True)
        click.echo(f"chart written to {png}", err=True)


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (local only by default).")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port).")
@_friendly_errors
@click.option("--remote-images", is_flag=True,
              help="Load article photos from their publishers' servers (off: caption and link only).")
@click.option("--allowed-host", "allowed_hosts", multiple=True,
              help="Another Host name to answer (repeatable; '*' = any).")
def serve_command(db_path: str, host: str, port: int, remote_images: bool, allowed_hosts: tuple[str, ...]) -> None:
    """A local web page over the archive: search, filters, trends, article and original-page views."""
    for module in ("fastapi", "jinja2", "uvicorn", "kiwipiepy", "matplotlib"):  # the web page uses them all
        require(module, "archive")
    from ..web.app import create_app

    _existing_archive(db_path)
    app = create_app(db_path, host=host, allowed_hosts=allowed_hosts, remote_images=remote_images)
    listener = _listen(host, port)
    _run_server(app, listener, f"serving {db_path} on {_url(listener)}")


def _listen(host: str, port: int) -> socket.socket:
    """A socket bound and listening on host:port, or one line (the port is busy, the host unknown) and exit 1."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                                             flags=socket.AI_PASSIVE)[0]
        listener = socket.socket(family, kind, proto)
        try:
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does; a live port stays busy
            listener.bind(address)
            listener.listen(2048)
        except OSError:
            listener.close()
            raise
    except OSError as exc:
        hint = " (another server is running there? choose one with --port)" if exc.errno == errno.EADDRINUSE else ""
        click.echo(f"error: cannot listen on {host}:{port}: {exc.strerror or exc}{hint}", err=True)
        sys.exit(1)
    return listener


def _url(listener: socket.socket) -> str:
    host, port = listener.getsockname()[:2]
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def _run_server(app: Any, listener: socket.socket, ready_line: str) -> None:
    """Run uvicorn on the listening socket; ``ready_line`` goes to stderr once the server accepts requests."""
    import uvicorn

    class Server(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=sockets)
            if not self.should_exit:
                click.echo(ready_line, err=True)

    Server(uvicorn.Config(app, log_level="warning")).run(sockets=[listener])


COMMANDS = [archive_group, search_command, trend_command, serve_command]
