"""The ``sinmun`` command: a thin layer over the library, one module per command group.

``extract`` (sinmun extract), ``corpus`` (run), ``spark`` (spark), ``archive`` (archive, search, trend,
serve), ``export`` (archive export), ``crawl`` (fetch, crawl), ``sites`` (sites) and ``bench`` (bench). This module
holds the top-level group :func:`main` and its one-line error handling; ``python -m sinmun.cli`` runs it.

May import every other part of sinmun (it is the outermost layer); nothing in sinmun imports it, except
the spark-submit entry block of :mod:`sinmun.corpus.spark`. Commands import their optional
dependencies and heavy modules inside the command function, so ``sinmun --help`` stays fast.
"""
from __future__ import annotations

import errno
import os
import sys
import traceback
from typing import Any

import click

from .. import __version__
from ..extras import MissingExtraError

#: the optional modules sinmun uses, by the extra that installs them (a safety net for imports not made
#: through ``sinmun.extras.require``: their ModuleNotFoundError still becomes the one-line hint)
OPTIONAL_MODULES = {
    "fastwarc": "corpus", "pyarrow": "corpus", "datasketch": "corpus", "numpy": "corpus",
    "pyspark": "spark", "fsspec": "spark", "aiohttp": "spark",
    "kiwipiepy": "archive", "matplotlib": "archive", "rich": "archive", "fastapi": "archive",
    "uvicorn": "archive", "jinja2": "archive",
    "httpx": "crawl", "h2": "crawl", "sniffio": "crawl", "protego": "crawl", "courlan": "crawl",
    "feedparser": "crawl", "warcio": "crawl",
    "openpyxl": "export", "datatrove": "datatrove", "orjson": "datatrove",
}

#: set to 1 to see the traceback of an unexpected error (for developers)
DEBUG_VARIABLE = "SINMUN_DEBUG"


def error_line(exc: BaseException) -> str:
    """One line for an error no command handled: the missing extra, or the internal error's type and message."""
    if isinstance(exc, ModuleNotFoundError) and not isinstance(exc, MissingExtraError) and exc.name:
        extra = OPTIONAL_MODULES.get(exc.name.split(".")[0])
        if extra:
            exc = MissingExtraError(exc.name.split(".")[0], extra)
    if isinstance(exc, MissingExtraError):
        return f"error: {exc}"
    message = (str(exc).strip().splitlines() or [""])[0]
    return f"error: internal {type(exc).__name__}: {message} (set {DEBUG_VARIABLE}=1 to see the traceback)"


class SinmunGroup(click.Group):
    """The top-level group: whatever a command lets through is one line on stderr and exit 1, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except OSError as exc:
            if exc.errno == errno.EPIPE:
                raise  # the reader went away (| head): click exits quietly
            _fail_unexpected(exc)
        except Exception as exc:
            _fail_unexpected(exc)


def _fail_unexpected(exc: Exception) -> None:
    if os.environ.get(DEBUG_VARIABLE, "") not in ("", "0"):
        traceback.print_exc()
    else:
        click.echo(error_line(exc), err=True)
    sys.exit(1)


@click.group(cls=SinmunGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sinmun")
def main() -> None:
    """sinmun (신문): clean, structured records from Korean news pages."""


# Subcommands live in their own modules; registered last so that they can import from here.
from .archive import COMMANDS as ARCHIVE_COMMANDS  # noqa: E402  (archive, search, trend, serve)
from .archive import archive_group  # noqa: E402
from .bench import bench_command  # noqa: E402
from .corpus import run_command  # noqa: E402
from .extract import extract_command  # noqa: E402
from .crawl import COMMANDS as CRAWL_COMMANDS  # noqa: E402  (fetch, crawl)
from .export import export_command  # noqa: E402
from .spark import spark_command  # noqa: E402
from .sites import sites_command  # noqa: E402

for _command in (extract_command, run_command, spark_command, *ARCHIVE_COMMANDS, bench_command, *CRAWL_COMMANDS,
                 sites_command):
    main.add_command(_command)
archive_group.add_command(export_command)  # sinmun archive export
