"""``sinmun fetch`` and ``sinmun crawl`` (thin; the work is in sinmun.crawl). ``sinmun sites``: cli/sites.py."""
from __future__ import annotations

import json
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .. import __version__
from ..sites.sources import OUTLETS, SOURCE_KINDS, Outlet, Source

if TYPE_CHECKING:  # rich comes with the 'corpus' extra; imported when the live table is shown
    from rich.live import Live

COMMON_HELP = ("Polite by default: robots.txt obeyed, one request at a time per host, --delay seconds apart; "
               "killed, run the same command again to continue. See docs/crawl.md.")


PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")


def _proxy_url(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An http(s) or socks5 URL with a host (what the HTTP client takes), checked before anything starts."""
    from urllib.parse import urlsplit
    if value is None:
        return None
    try:
        parts = urlsplit(value.strip())
        valid = parts.scheme.lower() in PROXY_SCHEMES and bool(parts.hostname) and (parts.port or 1) > 0
    except ValueError:  # an unclosed IPv6 bracket, a port out of range
        valid = False
    if not valid:
        raise click.BadParameter(f"not a proxy URL: {value!r} (e.g. http://127.0.0.1:3128; schemes: "
                                 f"{', '.join(PROXY_SCHEMES)})")
    return value.strip()


def _header_value(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A header value: printable text on one line (a line break would end the header)."""
    if value is not None and (not value.strip() or any(ord(c) < 32 or ord(c) == 127 for c in value)):
        raise click.BadParameter("a header value is one line of printable text")
    return value


def _common(command: Callable) -> Callable:
    options = [
        click.option("-w", "--warc", type=click.Path(dir_okay=False),
                     help="The WARC to write (default: OUTPUT's name with .warc.gz, else ./sinmun-fetch.warc.gz)."),
        click.option("-o", "--output", help="Also extract: OUT.jsonl, OUT.jsonl.gz or OUT.parquet."),
        click.option("--archive", "archive_path", type=click.Path(dir_okay=False),
                     help="Also store the articles in this archive (SQLite; see `sinmun search`)."),
        click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True,
                     help="Seconds from the end of one response to the next request to the same host "
                          "(robots.txt Crawl-delay wins when longer)."),
        click.option("--user-agent", callback=_header_value,
                     help="User-Agent header (default names sinmun and a contact URL)."),
        click.option("--timeout", type=click.FloatRange(min=0.01), default=30.0, show_default=True,
                     help="Seconds for one complete response."),
        click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True,
                     help="Retries of 429, 5xx, timeouts and connection errors."),
        click.option("--backoff", type=click.FloatRange(min=0), default=2.0, show_default=True,
                     help="First wait before a retry without Retry-After (doubled each time)."),
        click.option("--max-wait", type=click.FloatRange(min=0), default=300.0, show_default=True,
                     help="Cap on any wait, Retry-After included."),
        click.option("--max-bytes", type=click.IntRange(min=1024), default=10 * 1024 * 1024, show_default=True,
                     help="Bodies are cut beyond this size (marked WARC-Truncated)."),
        click.option("--max-hosts", type=click.IntRange(min=1), default=32, show_default=True,
                     help="Hosts fetched at the same time (each still one request at a time)."),
        click.option("--ignore-robots", is_flag=True, help="Do not read robots.txt (only for sites you run)."),
        click.option("--proxy", callback=_proxy_url, help="HTTP proxy URL for every request."),
        click.option("--progress/--no-progress", default=None,
                     help="Live progress (default: when stderr is a terminal)."),
        click.option("-q", "--quiet", is_flag=True, help="No stderr line for each URL that did not become an article."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@click.command("fetch", epilog=COMMON_HELP)
@click.argument("urls", nargs=-1)
# bytes that are not UTF-8 stay visible (\\xff) and make their line "not an http(s) URL", never an exception
@click.option("-i", "--input", "input_file", type=click.File("r", encoding="utf-8", errors="backslashreplace"),
              help="A file of URLs, one a line (# comments allowed).")
@click.option("--refetch", is_flag=True, help="Fetch URLs fetched before again (conditional: ETag, Last-Modified).")
@_common
def fetch_command(urls: tuple[str, ...], input_file, refetch: bool, **options: Any) -> None:
    """Fetch URLS into a WARC (request and response records, bytes as served); with -o or --archive,
    extract them as `sinmun run` does. Killed? Run the same command again: it continues."""
    listed = [line.strip() for line in input_file if line.strip() and not line.startswith("#")] if input_file else []
    targets = [*urls, *listed]
    if not targets:
        raise click.UsageError("give URLs or -i FILE")
    job = _make_job(options, refetch=refetch)
    bad = job.seed_urls(targets)
    for url in bad:
        click.echo(f"{url}: error: not an http(s) URL", err=True)
    _run(job, options)


@click.command("crawl", epilog=COMMON_HELP)
@click.argument("target")
@click.option("--since", required=True, help="First day (YYYY-MM-DD, KST) of the articles wanted.")
@click.option("--until", help="Last day (default: today).")
@click.option("--section", "sections", multiple=True, help="Section code(s) for list sources (see `sinmun sites`).")
@click.option("--max", "max_articles", type=click.IntRange(min=1), help="Fetch at most N articles.")
@click.option("--source", "source_kinds", default=",".join(SOURCE_KINDS), show_default=True,
              help="Which declared sources to read.")
@click.option("--sources", "sources_file", type=click.Path(exists=True, dir_okay=False),
              help="A JSON file declaring outlets (the shape of `sinmun sites --json`).")
@_common
def crawl_command(target: str, since: str, until: str | None, sections: tuple[str, ...], max_articles: int | None,
                  source_kinds: str, sources_file: str | None, **options: Any) -> None:
    """Crawl an OUTLET (a name from `sinmun sites`) or a URL (a feed, sitemap or list page) for the
    articles published from --since to --until: discover, filter by date, fetch, store, extract."""
    from ..crawl.job import adhoc_outlet
    from ..crawl.urls import is_http_url
    dates = _date_range(since, until)
    if "://" in target and not is_http_url(target):
        raise click.BadParameter(f"not an http(s) URL: {target!r}", param_hint="TARGET")
    kinds = tuple(k.strip() for k in source_kinds.split(",") if k.strip())
    unknown = [k for k in kinds if k not in SOURCE_KINDS]
    if unknown:
        raise click.UsageError(f"--source: unknown kind(s) {', '.join(unknown)} (known: {', '.join(SOURCE_KINDS)})")
    outlets = {**OUTLETS, **(_load_outlets(sources_file) if sources_file else {})}
    chosen = outlets.get(target.lower()) if "://" not in target else adhoc_outlet(target)
    if chosen is None:
        raise click.UsageError(f"unknown outlet {target!r}; `sinmun sites` lists them, or give a URL")
    job = _make_job(options, dates=dates, max_articles=max_articles)
    seeded = job.seed_outlet(chosen, (*kinds, "auto"), list(sections))
    if not seeded and not job.resumed:
        click.echo(f"error: {chosen.name} declares no {'/'.join(kinds)} source for these sections", err=True)
        sys.exit(1)
    _run(job, options)


COMMANDS = [fetch_command, crawl_command]  # `sinmun sites` lives in cli/sites.py


# ---------------------------------------------------------------------- helpers
def _date_range(since: str, until: str | None):
    from datetime import date
    from ..crawl.extracting import DateRange
    try:
        first = date.fromisoformat(since)
        last = date.fromisoformat(until) if until else None
    except ValueError as exc:
        raise click.UsageError(f"dates are YYYY-MM-DD: {exc}") from None
    if last and last < first:
        raise click.UsageError("--until is before --since")
    return DateRange(first.isoformat(), last.isoformat() if last else None)


def _make_job(options: dict[str, Any], **extra: Any):
    from ..crawl.job import Job, JobConfig, JobError
    from ..crawl.politeness import Politeness, default_user_agent
    from ..extras import MissingExtraError
    output, warc = options["output"], options["warc"]
    if output and not output.lower().endswith((".jsonl", ".jsonl.gz", ".parquet")):
        click.echo(f"error: output must end in .jsonl, .jsonl.gz or .parquet: {output}", err=True)
        sys.exit(1)
    if not warc:
        warc = _strip_suffix(output) + ".warc.gz" if output else "sinmun-fetch.warc.gz"
    politeness = Politeness(delay=options["delay"], user_agent=options["user_agent"] or default_user_agent(__version__),
                            obey_robots=not options["ignore_robots"], timeout=options["timeout"],
                            retries=options["retries"], backoff=options["backoff"], max_backoff=options["max_wait"],
                            max_bytes=options["max_bytes"])
    config = JobConfig(Path(warc), output, options["archive_path"], politeness, max_hosts=options["max_hosts"],
                       proxy=options["proxy"], **extra)
    try:
        return Job(config, on_event=None, on_outcome=None)
    except (JobError, MissingExtraError, sqlite3.Error) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)


def _strip_suffix(path: str) -> str:
    for suffix in (".jsonl.gz", ".jsonl", ".parquet"):
        if path.endswith(suffix):
            return path[:-len(suffix)]
    return path


def _run(job, options: dict[str, Any]) -> None:
    from ..crawl.job import JobError
    from ..extras import MissingExtraError
    show = sys.stderr.isatty() if options["progress"] is None else options["progress"]
    display = _Display(show, options["quiet"])
    job.on_event, job.on_outcome = display.event, display.outcome
    try:
        with display:
            summary = job.run()
    except (JobError, MissingExtraError) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except OSError as exc:
        click.echo(f"error: cannot write: {exc}", err=True)
        sys.exit(1)
    except sqlite3.Error as exc:
        click.echo(f"error: crawl state {job.config.state_path}: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("interrupted: run the same command again to continue", err=True)
        sys.exit(130)
    click.echo(format_summary(summary, job.config))


class _Display:
    """Live per-host counts (rich, when shown) and one stderr line per URL that did not become an article."""

    COLUMNS = ("found", "filtered", "fetched", "failed", "articles", "dropped")
    SHOWN_HOSTS = 10

    def __init__(self, show: bool, quiet: bool) -> None:
        self.show, self.quiet = show, quiet
        self.hosts: dict[str, dict[str, int]] = {}
        self.started = time.monotonic()
        self.live: Live | None = None

    def __enter__(self) -> "_Display":
        if self.show:
            from rich.console import Console
            from rich.live import Live
            live = self.live = Live(get_renderable=self._table, console=Console(stderr=True), refresh_per_second=4)
            live.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.live:
            self.live.stop()
            self.live.console.line()

    def _count(self, url: str | None, name: str) -> None:
        from urllib.parse import urlsplit
        host = (urlsplit(url).netloc if url else "") or "?"
        counts = self.hosts.setdefault(host, dict.fromkeys(self.COLUMNS, 0))
        counts[name] += 1

    def _table(self):
        from rich.table import Table
        elapsed = max(time.monotonic() - self.started, 1e-6)
        table = Table(*("host", *self.COLUMNS, "fetched/s"), title=f"sinmun crawl  {elapsed:.0f} s")
        busiest = sorted(self.hosts.items(), key=lambda kv: -kv[1]["fetched"])[:self.SHOWN_HOSTS]
        for host, counts in busiest:
            table.add_row(host, *(str(counts[c]) for c in self.COLUMNS), f"{counts['fetched'] / elapsed:.1f}")
        totals = {c: sum(h[c] for h in self.hosts.values()) for c in self.COLUMNS}
        table.add_row(f"all {len(self.hosts)} hosts", *(str(totals[c]) for c in self.COLUMNS),
                      f"{totals['fetched'] / elapsed:.1f}", style="bold")
        return table

    def _say(self, line: str) -> None:
        if self.quiet:
            return
        if self.live:
            self.live.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            click.echo(line, err=True)

    def event(self, name: str, url: str, reason: str | None, message: str | None) -> None:
        self._count(url, name if name in self.COLUMNS else "failed")
        if name == "found":
            return
        if name in ("failed", "filtered"):
            self._say(f"{url}: {reason}: {message}")

    def outcome(self, source: str, url: str | None, status: str, reason: str | None, message: str | None) -> None:
        self._count(url, "articles" if status == "article" else "dropped")
        if status != "article":
            self._say(f"{url or source}: {reason}: {message}")


def format_summary(summary, config) -> str:
    """Totals of this run (with rates) and of the whole state, one line per host, and where the files are."""
    counters, counts = summary.counters, summary.counts
    elapsed = max(time.monotonic() - counters.started, 1e-6)
    total = {name: counters.total(name) for name in ("found", "filtered", "fetched", "failed", "skipped")}
    lines = [f"this run       found {total['found']}, filtered {total['filtered']}, fetched {total['fetched']} "
             f"({total['fetched'] / elapsed:.1f}/s), failed {total['failed']}, skipped {total['skipped']}"
             + (" (continued an interrupted run)" if summary.resumed else "")
             + (f"; {summary.beyond_max} article links beyond --max" if summary.beyond_max else "")]
    if summary.extract is not None:
        dropped = ", ".join(f"{k} {v}" for k, v in summary.extract.dropped.most_common())
        lines.append(f"extracted      {summary.extract.articles} articles this run"
                     + (f" (not stored: {dropped})" if dropped else ""))
    lines.append("all runs       article URLs: " + ", ".join(
        f"{status} {counts.get(('article', status), 0)}" for status in ("done", "failed", "skipped", "queued"))
                 + f"; sources read {counts.get(('source', 'done'), 0)}")
    if summary.reasons:
        lines.append("why not        " + ", ".join(f"{reason} {n}" for reason, n in summary.reasons.items()))
    if summary.blocked:
        lines.append(f"BLOCKED        {summary.blocked} URLs answered with a bot wall, a JavaScript challenge or a "
                     "login page (not stored): the site refuses automated access; raise --delay, or ask the site")
    lines += _host_lines(counters, elapsed)
    lines.append(f"warc           {config.warc}")
    if config.output:
        lines.append(f"output         {config.output}")
    lines.append(f"errors log     {summary.errors_path}  (a line for every URL that did not become an article)")
    return "\n".join(lines)


def _host_lines(counters, elapsed: float, limit: int = 30) -> list[str]:
    names = ("found", "filtered", "fetched", "failed", "skipped", "redirected")
    hosts = sorted(counters.by_host.items(), key=lambda kv: (-kv[1].get("fetched", 0), kv[0]))
    lines = [f"  {host:<30} " + "  ".join(f"{n} {c.get(n, 0)}" for n in names if c.get(n))
             + f"  ({c.get('fetched', 0) / elapsed:.1f} fetched/s)" for host, c in hosts[:limit]]
    if len(hosts) > limit:
        lines.append(f"  … and {len(hosts) - limit} more hosts")
    return lines


def _outlet_dict(item: Outlet) -> dict[str, Any]:
    return {"title": item.title, "hosts": list(item.hosts), "sections": item.sections,
            "article_pattern": item.article_pattern, "note": item.note,
            "sources": [{"kind": s.kind, "url": s.url, "section": s.section, "parser": s.parser} for s in item.sources]}


def _load_outlets(path: str) -> dict[str, Outlet]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return {name.lower(): Outlet(name.lower(), d.get("title", name), tuple(d.get("hosts", ())),
                                     tuple(Source(s["kind"], s["url"], s.get("section"), s.get("parser"))
                                           for s in d["sources"]), dict(d.get("sections", {})),
                                     d.get("article_pattern"), d.get("note", ""))
                for name, d in data.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise click.UsageError(f"--sources {path}: not a valid outlets file ({type(exc).__name__}: {exc})") from None
