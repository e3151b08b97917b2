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


class LazyCommands(dict):
    """A group's ``commands`` that imports a command's module when the command is first looked up.

    ``sinmun search`` should not pay for the modules of commands it does not run: the crawl
    commands import every site profile and the extraction stages (~0.2 s of a 0.3 s search), and
    ``run``, ``extract``, ``spark`` and ``bench`` their own option parsing and helpers.
    Names are known before their module is imported (``"fetch" in main.commands`` is true);
    listing the commands (``sinmun --help``) imports them all.
    """

    def __init__(self, modules: dict[str, str]) -> None:
        super().__init__()
        self.modules = dict(modules)  # command name -> module of sinmun.cli defining it in COMMANDS

    def _load(self, name: Any) -> None:
        module_name = self.modules.get(name)
        if module_name is not None:
            import importlib
            module = importlib.import_module(module_name, __name__)
            # a module of several commands lists them in COMMANDS; a module of one names it NAME_command
            for command in getattr(module, "COMMANDS", None) or [getattr(module, f"{name}_command")]:
                self.modules.pop(command.name, None)
                super().__setitem__(command.name, command)

    def _load_all(self) -> None:
        for name in list(self.modules):
            self._load(name)

    def __getitem__(self, name: Any) -> Any:
        self._load(name)
        return super().__getitem__(name)

    def get(self, name: Any, default: Any = None) -> Any:
        self._load(name)
        return super().get(name, default)

    def __contains__(self, name: object) -> bool:
        return name in self.modules or super().__contains__(name)

    def __iter__(self) -> Any:
        self._load_all()
        return super().__iter__()

    def __len__(self) -> int:
        return super().__len__() + len(self.modules)

    def keys(self) -> Any:
        self._load_all()
        return super().keys()

    def values(self) -> Any:
        self._load_all()
        return super().values()

    def items(self) -> Any:
        self._load_all()
        return super().items()


@click.group(cls=SinmunGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sinmun")
def main() -> None:
    """sinmun (신문): clean, structured records from Korean news pages."""


# Subcommands live in their own modules; registered last so that they can import from here.
from .archive import COMMANDS as ARCHIVE_COMMANDS  # noqa: E402  (archive, search, trend, serve)
from .archive import archive_group  # noqa: E402
from .export import export_command  # noqa: E402

#: commands whose modules load when the command is looked up (tests/cli/test_cli_lazy.py)
LAZY_COMMANDS = {"fetch": ".crawl", "crawl": ".crawl", "sites": ".sites", "run": ".corpus", "extract": ".extract",
                 "spark": ".spark", "bench": ".bench"}
main.commands = LazyCommands(LAZY_COMMANDS)
for _command in ARCHIVE_COMMANDS:
    main.add_command(_command)
archive_group.add_command(export_command)  # sinmun archive export
