"""``sinmun archive export``: the archive as a BigKinds-style CSV or XLSX sheet, or Parquet."""
from __future__ import annotations

import click

from .archive import _date_option, _friendly_errors, db_option


@click.command("export")
@click.argument("output", type=click.Path(dir_okay=False, writable=True))
@db_option
@click.option("--format", "fmt", type=click.Choice(("csv", "xlsx", "parquet")),
              help="Default: from OUTPUT's extension.")
@click.option("--press", help="Only this press (exact name).")
@click.option("--since", help="From this date (YYYY-MM-DD, inclusive).")
@click.option("--until", help="Up to this date (YYYY-MM-DD, inclusive).")
@click.option("--english-headers", is_flag=True,
              help="Column names id, date, press … instead of BigKinds' 뉴스 식별자, 일자 ….")
@_friendly_errors
def export_command(output: str, db_path: str, fmt: str | None, press: str | None, since: str | None,
                   until: str | None, english_headers: bool) -> None:
    """Write the archive's articles to OUTPUT (.csv, .xlsx or .parquet), one row an article, with the
    columns of a BigKinds download: id, date, press, reporters, title, section, people, places,
    organisations, keywords, body, URL."""
    from ..archive.export import ExportFilter, export, format_of
    from ..archive.store import Archive
    from ..extras import MissingExtraError
    chosen = format_of(output, fmt)
    where = ExportFilter(press, _date_option(since, "--since"), _date_option(until, "--until"))
    try:
        with Archive(db_path, readonly=True) as archive:
            count = export(archive, output, chosen, where, korean_headers=not english_headers)
    except MissingExtraError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{count} articles -> {output} ({chosen})")
