#!/usr/bin/env bash
# Install sinmun with its test extras into .venv and run the whole test suite.
# Used by the README and by .ci/run; safe to run again (it reuses .venv).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
bash scripts/services.sh
# lint and type checks first (settings in pyproject.toml); set -e stops the script when either fails
.venv/bin/python -m ruff check src tests
.venv/bin/python -m mypy src
exec .venv/bin/python -m pytest "$@"
