"""Optional parts of sinmun: import them lazily and say which extra to install when missing.

Any module may import this one; it imports nothing of sinmun.
"""
from __future__ import annotations

import importlib
from types import ModuleType


class MissingExtraError(ImportError):
    """An optional dependency is not installed; the message is one line naming the extra."""

    def __init__(self, module: str, extra: str) -> None:
        self.module = module
        self.extra = extra
        super().__init__(f"this needs {module}, which is not installed: pip install 'sinmun[{extra}]'")


def require(module: str, extra: str) -> ModuleType:
    """Import ``module`` or raise :class:`MissingExtraError` naming ``pip install 'sinmun[extra]'``."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        if exc.name is not None and module.split(".")[0] != exc.name.split(".")[0]:
            raise  # the module is there but something it needs is broken: a real bug, not a missing extra
        raise MissingExtraError(module.split(".")[0], extra) from None
