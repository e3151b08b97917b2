"""``sinmun bench``: runs ``bench/accuracy.py`` of a source checkout (its options are the script's own)."""
from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import click

from ..extras import require

SCRIPT = Path("bench") / "accuracy.py"


def find_bench_script() -> Path | None:
    """bench/accuracy.py beside the installed sources (editable install) or under the current directory."""
    candidates = [Path(__file__).resolve().parents[3] / SCRIPT, Path(os.getcwd()) / SCRIPT]
    return next((path for path in candidates if path.is_file()), None)


def load_bench_script(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("sinmun_bench_accuracy", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path} as a Python module")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@click.command("bench", add_help_option=False,
               context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def bench_command(args: tuple[str, ...]) -> None:
    """Accuracy and speed of sinmun and its peers on the labelled sets (see: sinmun bench --help)."""
    script = find_bench_script()
    if script is None:
        click.echo(f"error: sinmun bench needs a source checkout: run it from the checkout's root (no {SCRIPT} in "
                   "the current directory or beside the installed package)", err=True)
        sys.exit(2)
    if not {"-h", "--help"} & set(args):
        require("matplotlib", "bench")  # for the chart, drawn last: say so before the long run, not after
    try:
        code = load_bench_script(script).main(list(args), prog="sinmun bench")
    except Exception as exc:  # a bug in the benchmark: one line, not a traceback
        click.echo(f"error: internal {type(exc).__name__}: {exc}", err=True)
        code = 1
    sys.exit(code)
