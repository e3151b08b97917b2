"""``sinmun sites``: every site profile (outlet, hosts, layouts with their dates), and the crawl sources.

The default is a table (rich when installed, plain text otherwise) of the profiles followed by the outlets
``sinmun crawl`` knows; ``--format json`` and ``--format markdown`` print the profiles alone (the README's
coverage table is the Markdown one, ``scripts/sites_table.py``). ``--json`` keeps printing the crawl
outlets in the shape ``sinmun crawl --sources`` reads.
"""
from __future__ import annotations

import json
import shutil

import click

from .. import sites
from ..sites.catalog import Site, catalog, markdown_table
from ..sites.sources import OUTLETS


@click.command("sites")
@click.option("--format", "output_format", type=click.Choice(["table", "json", "markdown"]), default="table",
              show_default=True, help="How to print the site profiles.")
@click.option("--json", "as_json", is_flag=True,
              help="Print the crawl outlets and their sources instead (the shape `crawl --sources` reads).")
def sites_command(output_format: str, as_json: bool) -> None:
    """The site profiles (outlet, hosts, layouts and the dates they were in use) and the crawl sources."""
    if as_json:
        from .crawl import _outlet_dict

        click.echo(json.dumps({name: _outlet_dict(o) for name, o in OUTLETS.items()}, ensure_ascii=False, indent=2))
        return
    sites._load_plugins()
    entries = catalog(sites.PROFILES)
    if output_format == "json":
        click.echo(json.dumps([s.as_dict() for s in entries], ensure_ascii=False, indent=2))
    elif output_format == "markdown":
        click.echo(markdown_table(entries), nl=False)
    else:
        _print_table(entries)
        _print_sources()


def _print_table(entries: list[Site]) -> None:
    rows = [(s.outlet, s.name, "\n".join(s.hosts), "\n".join(f"{x.version}: {x.dates}" for x in s.layouts))
            for s in entries]
    try:
        from rich.console import Console
        from rich.table import Table
    except ModuleNotFoundError:  # rich comes with the 'archive' extra: plain columns without it
        for outlet, name, hosts, layouts in rows:
            click.echo(f"{name:<16} {outlet}\n    hosts: {hosts.replace(chr(10), ', ')}\n"
                       f"    layouts: {layouts.replace(chr(10), '; ')}")
        return
    table = Table(title=f"Site profiles ({len(entries)} sites)", show_lines=True)
    for column in ("outlet", "profile", "hosts", "layouts (in use)"):
        table.add_column(column)
    for row in rows:
        table.add_row(*row)
    Console(width=max(120, shutil.get_terminal_size().columns)).print(table)


def _print_sources() -> None:
    click.echo("\nCrawl outlets (`sinmun crawl NAME`):")
    for name, item in OUTLETS.items():
        click.echo(f"{name:<10} {item.title}  ({', '.join(item.hosts)})")
        for source in item.sources:
            click.echo(f"    {source.kind:<8} {source.url}" + (f"  [{source.parser}]" if source.parser else ""))
        if item.sections:
            click.echo("    sections: " + ", ".join(f"{k} {v}" for k, v in item.sections.items()))


COMMANDS = [sites_command]  # loaded on first use by sinmun.cli.LazyCommands
