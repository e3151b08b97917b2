"""Corpus machinery: many pages in, one record per page out, at the scale of a crawl.

``run`` (``sinmun run``: stream, resume, checkpoints) drives ``pool`` (worker processes) over
``records`` (one page -> one outcome: extraction, ``limits``, ``identity``, ``dedup``, ``pii``,
``quality``). ``spark``, ``spark_inputs``, ``spark_job`` and ``spark_dedup`` run the same
``records`` on an Apache Spark cluster; ``datatrove_step`` is the datatrove pipeline step.

May import: the extraction stages (:mod:`sinmun.extraction`, :mod:`sinmun.sites`), the shared
record types (:mod:`sinmun.article`, :mod:`sinmun.errors`), :mod:`sinmun.extras` and
:mod:`sinmun.io`. Never imports :mod:`sinmun.archive`, :mod:`sinmun.web`, :mod:`sinmun.cli` or
:mod:`sinmun.crawl` (a sink such as the archive comes in from the caller).

The run API is re-exported here (``from sinmun.corpus import RunConfig, run_corpus``) and
loaded on first use, so importing one module of the package (e.g. ``identity``) stays light.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .run import RunConfig, RunError, Summary, run_corpus

__all__ = ["RunConfig", "RunError", "Summary", "run_corpus"]


def __getattr__(name: str) -> Any:
    """The run API (``sinmun.corpus.run``), imported when first asked for."""
    if name in __all__:
        return getattr(importlib.import_module(".run", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
