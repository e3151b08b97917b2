import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def need_shared(sub: str) -> Path:
    """A path under ../shared; skipped locally when absent, an error in CI."""
    path = SHARED / sub
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"shared material missing in CI: {path}")
        pytest.skip(f"no {path}")
    return path
