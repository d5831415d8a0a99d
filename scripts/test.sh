#!/usr/bin/env bash
# Run the test suite, then the linters, from the .venv made by scripts/setup.sh.
# External programs (pandoc, LibreOffice, pdftotext) are used when installed; with
# DVTOOL_REQUIRE_INTEROP=1 (as in CI) their absence fails the run instead of skipping.
set -euo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
# One temporary root per checkout: pytest sessions of two checkouts on one machine
# otherwise remove each other's temporary directories and crash at exit.
root="${TMPDIR:-/tmp}/dvtool-pytest-$(pwd | cksum | cut -d' ' -f1)"
mkdir -p "$root"
export PYTEST_DEBUG_TEMPROOT="${PYTEST_DEBUG_TEMPROOT:-$root}"
[ -x "$py" ] || py=python3
# Build step, as scripts/setup.sh: the cue patterns and dataclass methods of the current source, compiled.
"$py" scripts/precompile.py
"$py" -m pytest "$@"
"$py" -m ruff check src tests benchmarks
"$py" -m ruff format --check src tests benchmarks
"$py" -m mypy
